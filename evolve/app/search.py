"""Run a search from a config: build the problem, the evolution and the executor; checkpoint; resume."""
from __future__ import annotations

import time
from pathlib import Path

from evolve import run_folder as rf
from evolve.config import load_config, validate
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
    space = SearchSpace(ops=tuple(s["ops"]), max_nodes=s["max_nodes"], weights=weights)
    for op in s["op_costs"]:
        if op not in space.ops:
            raise ValueError(f"config key 'search_space.op_costs': {op!r} is not in search_space.ops")
    seeds = [build_seed(spec) for spec in s["seeds"]]
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


def start_run(config_path=None, overrides=(), run_dir=None) -> dict:
    """`evolve run CONFIG`: load and validate the config, make the run folder, search."""
    config = load_config(config_path, list(overrides))
    if run_dir is None:
        run_dir = rf.new_run_dir(config["output"]["runs_dir"], config["target"]["name"])
    else:
        run_dir = Path(run_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
        if (run_dir / rf.CHECKPOINT).exists():
            raise FileExistsError(f"{run_dir} already holds a run; use --resume {run_dir} to continue it")
    rf.save_config(run_dir, config)
    rf.append_log(run_dir, f"start: target={config['target']['name']} seed={config['seed']} "
                           f"executor={config['executor']['kind']}")
    return execute(config, run_dir)


def resume_run(run_dir, overrides=()) -> dict:
    """`evolve run --resume RUN_DIR`: continue from the last checkpoint with nothing lost.

    Overrides may change the budget or executor (e.g. more time, more workers).
    """
    run_dir = Path(run_dir)
    config = rf.load_run_config(run_dir)
    from evolve.config import apply_override
    for assignment in overrides:
        config = apply_override(config, assignment)
    validate(config)
    state = rf.load_checkpoint(run_dir)
    rf.save_config(run_dir, config)
    rf.append_log(run_dir, "resume" + (f" from {state['evolution']['evaluations']} evaluations" if state else " (no checkpoint: from scratch)"))
    return execute(config, run_dir, state)
