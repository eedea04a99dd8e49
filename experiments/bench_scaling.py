"""Scaling benchmark: evaluations/s of the exp search, serial vs Ray with 1 and 2 workers.

1. search: each mode runs the same config for a fixed wall budget (search time only:
   Ray's start is excluded, as the driver's clock starts once the actors are up).
   The modes follow different trajectories (Ray's steady state is asynchronous), so
   they evaluate different programs, and a fit's cost depends on the program.
2. replay (the controlled measure): the children a serial search proposed in that
   budget are evaluated again, the same tasks in the same order, by each executor;
   the modes take turns `--repeats` times and each keeps its best turn.
Under CPU contention from other processes more worker processes get a larger share
of the machine, which flatters Ray: the load average is printed beside each row.

    python experiments/bench_scaling.py [--seconds 60] [--repeats 2] [--modes serial ray1 ray2] [--set k=v ...]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the CLI does: one BLAS thread per process

import argparse  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from evolve.app.search import build_evolution, build_problem_from_config, start_run  # noqa: E402
from evolve.config import load_config  # noqa: E402
from evolve.driver import Budget, run_search  # noqa: E402
from evolve.executors import make_executor  # noqa: E402

HERE = Path(__file__).resolve().parent
MODES = {"serial": ["executor.kind=serial", "executor.num_workers=1"],
         "ray1": ["executor.kind=ray", "executor.num_workers=1"],
         "ray2": ["executor.kind=ray", "executor.num_workers=2"]}


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "n/a"


class RecordingExecutor:
    """Wraps an executor and keeps every task submitted to it."""

    def __init__(self, inner):
        self.inner, self.tasks, self.capacity = inner, [], inner.capacity

    def submit(self, task):
        self.tasks.append(task)
        self.inner.submit(task)

    def wait(self):
        return self.inner.wait()

    def close(self):
        self.inner.close()


def replay(executor, tasks) -> float:
    """Evaluate `tasks` keeping `executor.capacity` in flight; returns evaluations/s."""
    todo, pending, done = list(reversed(tasks)), 0, 0
    t0 = time.perf_counter()
    while done < len(tasks):
        while todo and pending < executor.capacity:
            executor.submit(todo.pop())
            pending += 1
        finished = len(executor.wait())
        pending, done = pending - finished, done + finished
    return len(tasks) / (time.perf_counter() - t0)


def replay_table(config, overrides, seconds, modes, repeats=1) -> dict:
    """Record a serial search's tasks for `seconds`, then time each mode on exactly those tasks.

    The modes take turns `repeats` times (so drift in the machine's load hits them all);
    a mode's rate is its best turn, the one least disturbed by other processes.
    """
    cfg = load_config(config, overrides)
    problem = build_problem_from_config(cfg)
    rec = RecordingExecutor(make_executor("serial", problem))
    status = run_search(build_evolution(cfg), rec, Budget(max_seconds=seconds))
    tasks = rec.tasks[:status["evaluations"]]
    rows = {m: {"tasks": len(tasks), "turns": [], "load_before": load_average()} for m in modes}
    for _ in range(repeats):
        for mode in modes:
            kind, workers = ("serial", 1) if mode == "serial" else ("ray", int(mode[3:]))
            ex = make_executor(kind, problem, num_workers=workers)
            try:
                rows[mode]["turns"].append(round(replay(ex, tasks), 2))
            finally:
                ex.close()
            rows[mode]["load_after"] = load_average()
            print(f"replay {mode}: {rows[mode]}", flush=True)
    for r in rows.values():
        r["evals_per_s"] = max(r["turns"])
    return rows


def print_table(title, rows, count_key):
    base = rows.get("serial", {}).get("evals_per_s")
    print(f"\n{title}")
    print(f"{'mode':7} {count_key:>6} {'evals/s':>8} {'/serial':>8}  load avg before / after")
    for mode, r in rows.items():
        ratio = f"{r['evals_per_s'] / base:.2f}x" if base else "-"
        print(f"{mode:7} {r[count_key]:6d} {r['evals_per_s']:8.2f} {ratio:>8}  {r['load_before']} / {r['load_after']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="wall budget of each mode")
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    ap.add_argument("--config", default=None, help="default: experiments/exp.yaml, else the embedded config")
    ap.add_argument("--set", action="append", default=[], help="config override for every mode")
    ap.add_argument("--no-replay", action="store_true", help="skip the fixed-task replay")
    ap.add_argument("--repeats", type=int, default=2, help="replay turns per mode (best one counts)")
    ap.add_argument("--out", default="results/bench_scaling.json")
    args = ap.parse_args()
    config = args.config or (HERE / "exp.yaml" if (HERE / "exp.yaml").is_file() else None)
    rows = {}
    with tempfile.TemporaryDirectory(prefix="bench_scaling-") as runs:
        for mode in args.modes:
            overrides = [f"budget.max_seconds={args.seconds}", "budget.max_evaluations=null",
                         "output.progress=none", f"output.runs_dir={runs}", *MODES[mode], *args.set]
            load_before = load_average()
            t0 = time.perf_counter()
            status = start_run(config, overrides)
            rows[mode] = {"evals": status["evaluations"], "search_s": round(status["elapsed"], 2),
                          "wall_s": round(time.perf_counter() - t0, 2),
                          "evals_per_s": status["evaluations"] / status["elapsed"],
                          "best_ulp": min(err for _, err in status["front"]),
                          "load_before": load_before, "load_after": load_average()}
            print(f"search {mode}: {rows[mode]}", flush=True)
    replayed = {} if args.no_replay else replay_table(config, ["output.progress=none", *args.set],
                                                      args.seconds, args.modes, args.repeats)
    print(f"\nconfig {config or 'embedded default'}, {args.seconds:g} s each, {os.cpu_count()} CPUs")
    print_table("search (fixed wall budget; different trajectories)", rows, "evals")
    if replayed:
        print_table(f"replay (the same tasks for every mode; best of {args.repeats} turns)", replayed, "tasks")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"config": str(config), "seconds": args.seconds, "cpu_count": os.cpu_count(),
                               "search": rows, "replay": replayed}, indent=1))
    print(f"written {out}")


if __name__ == "__main__":
    main()
