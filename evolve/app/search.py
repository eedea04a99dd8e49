"""Run a search from a config: build the problem, the evolution and the executor; checkpoint; resume."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from evolve import run_folder as rf
from evolve.config import RESUME_MUTABLE, ConfigError, apply_override, load_config, search_changes, validate
from evolve.driver import Budget, DriverHooks, run_search
from evolve.evolution import EvolutionSettings, RegularizedEvolution
from evolve.executors import make_executor
from evolve.islands import IslandModel, Migration
from evolve.mutations import DEFAULT_WEIGHTS, SearchSpace
from evolve.ops import LEAVES, get_op
from evolve.progress import make_progress
from evolve.seeds import build_seed


def build_evolution(config: dict) -> RegularizedEvolution | IslandModel:
    """The evolution loop a config describes (search space, seeds, population, master seed)."""
    s = config["search_space"]
    weights = dict(DEFAULT_WEIGHTS)
    weights.update(config["search"]["mutation_weights"])
    try:
        space = SearchSpace(ops=tuple(s["ops"]), max_nodes=s["max_nodes"], weights=weights)
    except ValueError as e:
        raise ConfigError(f"config key 'search_space.ops': {e}") from None
    for op in s["op_costs"]:
        if op not in space.ops:
            raise ConfigError(f"config key 'search_space.op_costs': {op!r} is not in search_space.ops")
    seeds = []
    for i, spec in enumerate(s["seeds"]):
        try:
            seed = build_seed(spec)
            template = sorted({n.op for n in seed.nodes if n.op not in LEAVES and not get_op(n.op).evolvable})
            if template:
                raise ValueError(f"ops {', '.join(template)} serve full-range templates, not kernel seeds")
            seeds.append(seed)
        except ValueError as e:
            raise ConfigError(f"config key 'search_space.seeds' (entry {i}): {e}") from None
    se = config["search"]
    settings = EvolutionSettings(se["population_size"], se["tournament_size"], config["seed"], se["first_objective_bias"],
                                 se["archive_parent_probability"])
    if se["islands"] == 1:
        return RegularizedEvolution(settings, space, seeds)
    migration = Migration(se["migration_interval"], se["migrants"], se["migration_topology"])
    return IslandModel(settings, space, seeds, se["islands"], migration)


def cost_weights_from_config(config: dict, run_dir: Path | None = None) -> tuple[dict, dict | None]:
    """(op weights, calibration record or None) of the config's cost model.  A run folder
    that recorded its weights (cost_weights.json) keeps them: a resumed run scores as it began,
    on whatever machine it continues."""
    from targets.costmodel import WEIGHTS_FILE, cost_weights

    c, s = config["cost"], config["search_space"]
    recorded = Path(run_dir) / WEIGHTS_FILE if run_dir is not None else None
    if recorded is not None and recorded.is_file():
        record = rf.read_json(recorded, "cost weights record")
        return dict(record["search_weights"]), record
    weights, record = cost_weights(c["model"], s["ops"], c["backend"], config["evaluation"]["cache_dir"],
                                   s["op_costs"])
    return weights, record


def build_problem_from_config(config: dict, cost_weights: dict | None = None):
    """The evaluator (targets.problem.KernelProblem) a config describes; point sets from the cache.
    `cost_weights` (default: the config's cost model, measured or cached) weigh the ops."""
    from targets.problem import build_problem

    if cost_weights is None:
        cost_weights = cost_weights_from_config(config)[0]
    e = config["evaluation"]
    return build_problem(
        config["target"]["name"], config["target"]["domain"], e["train_points"], e["validation_points"],
        config["seed"], cost_weights, e["fitting"], e["cache_dir"], e["mpmath_dps"],
    )


def _record_cost_model(run_dir: Path, config: dict, weights: dict, record: dict | None) -> None:
    """Write cost_weights.json into the run folder (once): the model, the weights the search
    uses, and the calibration (fingerprint, timings) they came from."""
    from targets.costmodel import WEIGHTS_FILE

    path = Path(run_dir) / WEIGHTS_FILE
    if path.is_file():
        return
    obj = {"model": config["cost"]["model"], "backend": config["cost"]["backend"], "search_weights": weights,
           "calibration": record}
    rf.write_atomic(path, json.dumps(obj, indent=1))


def _front_meta(config: dict, problem) -> dict:
    if not hasattr(problem, "target"):  # a stub evaluator (benchmarks)
        return {"target": config["target"]["name"], "domain": config["target"]["domain"], "seed": config["seed"]}
    return {"target": config["target"]["name"], "domain": list(problem.target.domain),
            "validation_points": len(problem.validation), "seed": config["seed"],
            "cost_model": config["cost"]["model"]}


def execute(config: dict, run_dir: Path, resume_state: dict | None = None, evaluator=None) -> dict:
    """Run (or continue) the search of `config` in `run_dir`; returns the final status.

    Checkpoints every `output.checkpoint_seconds`, on Ctrl-C and at the end; the
    front is rewritten whenever it changes (at most once per second).  `evaluator`
    replaces the config's problem (benchmarks pass a stub; the front's metadata still
    comes from the config's target).
    """
    run_dir = Path(run_dir)
    if evaluator is None:
        weights, record = cost_weights_from_config(config, run_dir)
        _record_cost_model(run_dir, config, weights, record)
        problem = build_problem_from_config(config, weights)
    else:
        problem = evaluator
    evolution = build_evolution(config)
    resubmit, elapsed_before = [], 0.0
    if resume_state is not None:
        evolution.load_state_dict(resume_state["evolution"])
        resubmit, elapsed_before = resume_state["in_flight"], float(resume_state["elapsed"])
    b = config["budget"]
    budget = Budget(b["max_evaluations"], b["max_seconds"])
    x = config["executor"]
    options = {"num_workers": x["num_workers"]}
    if x["kind"] == "ray":
        options["address"] = x["address"]
        options["batch_size"] = None if x["batch_size"] == "auto" else x["batch_size"]
    if x["kind"] == "ray" and isinstance(evolution, IslandModel):  # each island's loop in its own actor
        from evolve.executors.ray_islands import RayIslands

        executor = RayIslands(evolution, problem, **options)
    else:
        executor = make_executor(x["kind"], problem, **options)
    writer = rf.checkpoint_writer(run_dir)
    meta = _front_meta(config, problem)
    out = config["output"]
    state = {"front_dirty": False, "last_front": 0.0, "last_checkpoint": time.monotonic()}

    def on_result(result, entered_front):
        if "error" in result.info:
            rf.append_log(run_dir, f"birth {result.birth}: evaluator error {result.info['error']}")
        if entered_front:
            state["front_dirty"] = True
            rf.append_log(run_dir, f"birth {result.birth} ({result.mutation}) joins the front: "
                                   f"ulp={result.fitness[0]:.4g} cost={result.fitness[1]:g} "
                                   f"ops={result.program.cost():g}")

    def on_front(member):  # a Ray island's result that entered the global front
        state["front_dirty"] = True
        rf.append_log(run_dir, f"birth {member.birth} joins the front: ulp={member.fitness[0]:.4g} "
                               f"cost={member.fitness[1]:g} ops={member.program.cost():g}")

    title = f"evolve {config['target']['name']} -> {run_dir}"
    with make_progress(out["progress"], title) as progress:
        def on_tick(status):
            now = time.monotonic()
            final = status.get("done") or status.get("interrupted")
            if state["front_dirty"] and (final or now - state["last_front"] >= 1.0):
                rf.save_front(run_dir, evolution.archive, meta)
                state["front_dirty"], state["last_front"] = False, now
            if final or now - state["last_checkpoint"] >= out["checkpoint_seconds"]:
                # periodic ones encode and write in the background; the last one before returning
                writer.save(evolution, status["in_flight"], status["elapsed"], wait=bool(final))
                state["last_checkpoint"] = now
            progress.update(status, evolution.archive, force=bool(final))

        try:
            # tick at least as often as checkpoints are due (a tick is where they are taken)
            tick = min(1.0, out["checkpoint_seconds"])
            if hasattr(executor, "model"):  # Ray islands: the islands run their own loops
                from evolve.executors.ray_islands import IslandHooks

                hooks = IslandHooks(
                    on_error=lambda birth, error: rf.append_log(run_dir, f"birth {birth}: evaluator error {error}"),
                    on_front=lambda m: on_front(m), on_tick=on_tick)
                if resubmit:  # from a serial island run: island actors propose afresh (budget still exact)
                    rf.append_log(run_dir, f"{len(resubmit)} children in flight at the checkpoint are dropped: "
                                           f"island actors propose new ones")
                status = executor.run(budget, hooks, elapsed_before, tick)
            else:
                hooks = DriverHooks(on_result=on_result, on_tick=on_tick)
                status = run_search(evolution, executor, budget, hooks, resubmit, elapsed_before, tick_seconds=tick)
        except KeyboardInterrupt:
            message = (f"interrupted after {evolution.evaluations} evaluations; "
                       f"resume with: evolve run --resume {run_dir}")
            rf.append_log(run_dir, message)
            print(f"\n{message}", file=sys.stderr)
            raise
        finally:
            writer.join()
            if getattr(executor, "resubmitted", 0):
                rf.append_log(run_dir, f"{executor.resubmitted} tasks resubmitted after worker failures")
            executor.close()
    rf.save_front(run_dir, evolution.archive, meta)
    rf.append_log(run_dir, f"done: {status['evaluations']} evaluations in {status['elapsed']:.1f}s "
                           f"({status['evals_per_second']:.2f}/s)")
    status["run_dir"] = str(run_dir)
    status["front"] = [(m.fitness[1], m.fitness[0]) for m in evolution.archive.members]
    return status


def check_config(config: dict) -> None:
    """Everything about a validated config that can fail before a search starts: target and
    domain, ops, seeds, mutation and fitting options, executor size.  Cheap (no point sets),
    so a bad config fails before a run folder exists.  Raises ValueError naming the key."""
    from targets.problem import fit_options_from_dict
    from targets.registry import define, get_target

    def named(key, fn, *args):
        try:
            return fn(*args)
        except ValueError as e:
            raise ConfigError(f"config key {key!r}: {e}") from None

    for fname, definition in (config["target"]["define"] or {}).items():
        # registered for this process; `uses` paths are inlined, so the saved config is self-contained
        config["target"]["define"][fname] = named(f"target.define.{fname}", define, fname, definition).source
    named("target", get_target, config["target"]["name"], config["target"]["domain"])
    named("evaluation.fitting", fit_options_from_dict, config["evaluation"]["fitting"])
    from targets.costmodel import CALIBRATORS, COST_MODELS

    if config["cost"]["model"] not in COST_MODELS:
        raise ConfigError(f"config key 'cost.model': unknown cost model {config['cost']['model']!r}; "
                          f"known: {', '.join(sorted(COST_MODELS))}")
    if config["cost"]["backend"] not in CALIBRATORS:
        raise ConfigError(f"config key 'cost.backend': unknown backend {config['cost']['backend']!r}; "
                          f"known: {', '.join(sorted(CALIBRATORS))}")
    build_evolution(config)
    x = config["executor"]
    if x["kind"] == "ray" and x["address"] is None:
        from evolve.executors.cpus import check_local_workers

        named("executor.num_workers", check_local_workers, x["num_workers"])


def start_run(config_path=None, overrides=(), run_dir=None) -> dict:
    """`evolve run CONFIG`: load and check the whole config, claim a new run folder, search."""
    config = load_config(config_path, list(overrides))
    check_config(config)
    if run_dir is None:
        run_dir = rf.new_run_dir(config["output"]["runs_dir"], config["target"]["name"])
    with rf.claim_run_dir(run_dir, fresh=True):
        rf.save_config(run_dir, config)
        rf.save_search_record(run_dir, config)
        rf.append_log(run_dir, f"start: target={config['target']['name']} seed={config['seed']} "
                               f"executor={config['executor']['kind']}")
        return execute(config, Path(run_dir))


def resume_run(run_dir, overrides=()) -> dict:
    """`evolve run --resume RUN_DIR`: continue from the last checkpoint with nothing lost.

    Overrides may change only the keys under config.RESUME_MUTABLE (budget, executor,
    output, evaluation.cache_dir); a change to any key that defines the search (target,
    search space, evaluation sets, search settings, seed) is refused, naming the key.
    """
    run_dir = Path(run_dir)
    saved = rf.load_run_config(run_dir)
    config = saved
    for assignment in overrides:
        config = apply_override(config, assignment)
    validate(config)
    record = rf.load_search_record(run_dir)  # what the run started with: catches an edited config.yaml
    changes = search_changes(saved if record is None else record, config)
    if changes:
        listed = "; ".join(f"{key}: the run used {old!r}, now {new!r}" for key, old, new in changes)
        raise ConfigError(f"cannot resume {run_dir} with a different search ({listed}). Only "
                          f"{', '.join(RESUME_MUTABLE)} may change on resume; start a new run instead")
    check_config(config)
    with rf.claim_run_dir(run_dir, fresh=False):
        state = rf.load_checkpoint(run_dir)
        if state is not None:
            rf.check_checkpoint(run_dir, state, build_evolution(config))
        rf.save_config(run_dir, config)
        rf.append_log(run_dir, "resume" + (f" from {state['evolution']['evaluations']} evaluations"
                                           if state else " (no checkpoint: from scratch)"))
        return execute(config, run_dir, state)
