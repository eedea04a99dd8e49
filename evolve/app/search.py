"""Run a search from a config: build the problem, the evolution and the executor; checkpoint; resume."""
from __future__ import annotations

import time
from pathlib import Path

from evolve import run_folder as rf
from evolve.config import RESUME_MUTABLE, ConfigError, apply_override, load_config, search_changes, validate
from evolve.driver import Budget, DriverHooks, run_search
from evolve.evolution import EvolutionSettings, RegularizedEvolution
from evolve.executors import make_executor
from evolve.mutations import DEFAULT_WEIGHTS, SearchSpace
from evolve.progress import make_progress
from evolve.seeds import build_seed


def build_evolution(config: dict) -> RegularizedEvolution:
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
            seeds.append(build_seed(spec))
        except ValueError as e:
            raise ConfigError(f"config key 'search_space.seeds' (entry {i}): {e}") from None
    se = config["search"]
    settings = EvolutionSettings(se["population_size"], se["tournament_size"], config["seed"], se["first_objective_bias"])
    return RegularizedEvolution(settings, space, seeds)


def build_problem_from_config(config: dict):
    """The evaluator (targets.problem.KernelProblem) a config describes; point sets from the cache."""
    from targets.problem import build_problem

    e = config["evaluation"]
    return build_problem(
        config["target"]["name"], config["target"]["domain"], e["train_points"], e["validation_points"],
        config["seed"], config["search_space"]["op_costs"], e["fitting"], e["cache_dir"], e["mpmath_dps"],
    )


def _front_meta(config: dict, problem) -> dict:
    return {"target": config["target"]["name"], "domain": list(problem.target.domain),
            "validation_points": len(problem.validation), "seed": config["seed"]}


def execute(config: dict, run_dir: Path, resume_state: dict | None = None) -> dict:
    """Run (or continue) the search of `config` in `run_dir`; returns the final status.

    Checkpoints every `output.checkpoint_seconds`, on Ctrl-C and at the end; the
    front is rewritten whenever it changes (at most once per second).
    """
    run_dir = Path(run_dir)
    problem = build_problem_from_config(config)
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
    executor = make_executor(x["kind"], problem, **options)
    meta = _front_meta(config, problem)
    out = config["output"]
    state = {"front_dirty": False, "last_front": 0.0, "last_checkpoint": time.monotonic()}

    def on_result(result, entered_front):
        if "error" in result.info:
            rf.append_log(run_dir, f"birth {result.birth}: evaluator error {result.info['error']}")
        if entered_front:
            state["front_dirty"] = True
            rf.append_log(run_dir, f"birth {result.birth} ({result.mutation}) joins the front: "
                                   f"ulp={result.fitness[0]:.4g} cost={result.fitness[1]:g}")

    title = f"evolve {config['target']['name']} -> {run_dir}"
    with make_progress(out["progress"], title) as progress:
        def on_tick(status):
            now = time.monotonic()
            final = status.get("done") or status.get("interrupted")
            if state["front_dirty"] and (final or now - state["last_front"] >= 1.0):
                rf.save_front(run_dir, evolution.archive, meta)
                state["front_dirty"], state["last_front"] = False, now
            if final or now - state["last_checkpoint"] >= out["checkpoint_seconds"]:
                rf.save_checkpoint(run_dir, evolution, status["in_flight"], status["elapsed"])
                state["last_checkpoint"] = now
            progress.update(status, evolution.archive, force=bool(final))

        hooks = DriverHooks(on_result=on_result, on_tick=on_tick)
        try:
            # tick at least as often as checkpoints are due (a tick is where they are taken)
            status = run_search(evolution, executor, budget, hooks, resubmit, elapsed_before,
                                tick_seconds=min(1.0, out["checkpoint_seconds"]))
        except KeyboardInterrupt:
            rf.append_log(run_dir, f"interrupted after {evolution.evaluations} evaluations; "
                                   f"resume with: evolve run --resume {run_dir}")
            raise
        finally:
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
    from targets.registry import get_target

    def named(key, fn, *args):
        try:
            return fn(*args)
        except ValueError as e:
            raise ConfigError(f"config key {key!r}: {e}") from None

    named("target", get_target, config["target"]["name"], config["target"]["domain"])
    named("evaluation.fitting", fit_options_from_dict, config["evaluation"]["fitting"])
    build_evolution(config)
    x = config["executor"]
    if x["kind"] == "ray" and x["address"] is None:
        from evolve.executors import check_local_workers

        named("executor.num_workers", check_local_workers, x["num_workers"])


def start_run(config_path=None, overrides=(), run_dir=None) -> dict:
    """`evolve run CONFIG`: load and check the whole config, claim a new run folder, search."""
    config = load_config(config_path, list(overrides))
    check_config(config)
    if run_dir is None:
        run_dir = rf.new_run_dir(config["output"]["runs_dir"], config["target"]["name"])
    with rf.claim_run_dir(run_dir, fresh=True):
        rf.save_config(run_dir, config)
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
    changes = search_changes(saved, config)
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
