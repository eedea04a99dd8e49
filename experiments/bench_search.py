"""Search benchmark (issue bar): run the exp/log/erf (core and tail) configs with their default budgets.

Reports, per target: wall time, evaluations, evaluations/s per core, the best
validation max ULP on the front and the cheapest front program under 1 and 4 ULP.

    python experiments/bench_search.py [--targets exp log erf] [--set budget.max_seconds=60 ...]
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from evolve.app.search import start_run

HERE = Path(__file__).resolve().parent


def cheapest_under(front, bound):
    costs = [cost for cost, err in front if err < bound]
    return min(costs) if costs else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--targets", nargs="+", default=["exp", "log", "erf", "erf_tail"])
    ap.add_argument("--set", action="append", default=[], help="config override for every run")
    ap.add_argument("--runs-dir", default="runs/bench")
    ap.add_argument("--out", default="results/bench_search.json")
    args = ap.parse_args()
    rows = []
    for name in args.targets:
        overrides = [f"output.runs_dir={args.runs_dir}", "output.progress=plain", *args.set]
        t0 = time.perf_counter()
        status = start_run(HERE / f"{name}.yaml", overrides)
        wall = time.perf_counter() - t0
        from evolve.config import load_config
        workers = load_config(HERE / f"{name}.yaml", overrides)["executor"]["num_workers"]
        front = status["front"]
        rows.append({
            "target": name, "wall_s": round(wall, 1), "evaluations": status["evaluations"],
            "evals_per_s": round(status["evals_per_second"], 2),
            "evals_per_s_per_core": round(status["evals_per_second"] / workers, 2),
            "best_ulp": min(err for _, err in front), "cheapest_cost_under_1ulp": cheapest_under(front, 1.0),
            "cheapest_cost_under_4ulp": cheapest_under(front, 4.0), "run_dir": status["run_dir"],
        })
    print(f"\n{'target':6} {'wall s':>7} {'evals':>6} {'evals/s/core':>12} {'best ULP':>9} {'cost<1ULP':>9} {'cost<4ULP':>9}")
    for r in rows:
        print(f"{r['target']:6} {r['wall_s']:7.1f} {r['evaluations']:6d} {r['evals_per_s_per_core']:12.2f} "
              f"{r['best_ulp']:9.3f} {str(r['cheapest_cost_under_1ulp']):>9} {str(r['cheapest_cost_under_4ulp']):>9}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"cpu_count": os.cpu_count(), "rows": rows}, indent=1))
    print(f"written {out}")


if __name__ == "__main__":
    main()
