"""Time and evaluations until the search first finds a kernel below 1 ULP (validation), per seed.

Runs experiments/TARGET.yaml (default exp) once per seed with a time budget (no stop-at-target
exists, so each run uses its whole budget) and reads the run's log.txt: the first line
'HH:MM:SS birth N (...) joins the front: ulp=E cost=C' with E < 1, against the 'start' line's
time stamp (1 s resolution), and N + 1 evaluations (births count from 0).  --from-runs reads
existing run folders instead of searching.

    python experiments/bench_time_to_1ulp.py [--seeds 0 1 2] [--budget 480] [--from-runs DIR ...]
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
from pathlib import Path

# one BLAS thread, as the `evolve` CLI sets: a multi-threaded SVD in the fitting is ~100x slower
# on a loaded machine (measured: 23 ms vs 0.12 ms); set before numpy is first imported
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import yaml  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kernels as K  # noqa: E402

HERE = Path(__file__).resolve().parent
_STAMP = r"^(\d\d):(\d\d):(\d\d) "
_BIRTH = re.compile(_STAMP + r"birth (\d+) \(([^)]*)\) joins the front: ulp=(\S+) cost=(\S+)")
_START = re.compile(_STAMP + r"start:")
_DONE = re.compile(_STAMP + r"done: (\d+) evaluations in ([\d.]+)s")


def _seconds(m) -> int:
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))


def first_below(log_text: str, bound: float = 1.0) -> dict:
    """From a run's log.txt: the first front entry with error < bound.

    Returns {reached, seconds, evaluations, ulp, cost, total_evaluations, total_seconds};
    seconds from the first 'start' line (day wrap-around handled); a resumed run counts from
    its first start.
    """
    start = prev = None
    elapsed = 0
    out = {"reached": False, "seconds": None, "evaluations": None, "ulp": None, "cost": None,
           "total_evaluations": None, "total_seconds": None}
    for line in log_text.splitlines():
        m = _START.match(line)
        if m and start is None:
            start = prev = _seconds(m)
            continue
        if start is None:
            continue
        stamp = re.match(_STAMP, line)
        if stamp:
            t = _seconds(stamp)
            elapsed += (t - prev) % 86400  # never negative: past midnight wraps
            prev = t
        m = _BIRTH.match(line)
        if m and not out["reached"] and float(m.group(6)) < bound:
            out.update(reached=True, seconds=elapsed, evaluations=int(m.group(4)) + 1,
                       ulp=float(m.group(6)), cost=float(m.group(7)))
        m = _DONE.match(line)
        if m:
            out.update(total_evaluations=int(m.group(4)), total_seconds=float(m.group(5)))
    if start is None:
        raise ValueError("log has no 'start' line")
    return out


def run_seed(target: str, seed: int, budget: float, runs_dir: Path, extra=()) -> Path:
    """One search of experiments/TARGET.yaml with `seed` and `budget` seconds; its run folder."""
    from evolve.app.search import start_run

    overrides = [f"seed={seed}", f"budget.max_seconds={budget}", "budget.max_evaluations=null",
                 f"output.runs_dir={runs_dir}", "output.progress=none", *extra]
    status = start_run(HERE / f"{target}.yaml", overrides)
    return Path(status["run_dir"])


def run(target: str = "exp", seeds=(0, 1, 2), budget: float = 480, runs_dir=None, from_runs=None,
        extra=(), log=print) -> dict:
    """Search (or read) one run per seed; per-run rows plus the median over reached runs."""
    runs_dir = Path(runs_dir or K.ROOT / "runs" / "time_to_1ulp")
    folders = [Path(d) for d in from_runs] if from_runs else [
        run_seed(target, s, budget, runs_dir, extra) for s in seeds]
    rows = []
    for d in folders:
        r = first_below((d / "log.txt").read_text())
        cfg = yaml.safe_load((d / "config.yaml").read_text()) if (d / "config.yaml").is_file() else {}
        r.update(run_dir=str(d), seed=cfg.get("seed"), budget_s=cfg.get("budget", {}).get("max_seconds"))
        rows.append(r)
        log(f"{d}: " + (f"< 1 ULP after {r['seconds']} s, {r['evaluations']} evaluations "
                        f"(ulp {r['ulp']:.4f}, cost {r['cost']:g})" if r["reached"]
                        else f"not below 1 ULP in {r['total_seconds']} s"))
    reached = [r for r in rows if r["reached"]]
    summary = {"runs": len(rows), "reached": len(reached),
               "median_seconds": statistics.median(r["seconds"] for r in reached) if reached else None,
               "median_evaluations": statistics.median(r["evaluations"] for r in reached) if reached else None}
    return {"target": target, "budget_s": None if from_runs else budget, "rows": rows, "summary": summary,
            "overrides": list(extra)}


def to_markdown(result: dict) -> str:
    """One row per run and the median."""
    overrides = result.get("overrides") or []
    config = f"experiments/{result['target']}.yaml" + (
        " with " + ", ".join(f"`{o}`" for o in overrides) if overrides else "")
    lines = [f"Time to the first {result['target']} kernel below 1 ULP (validation), one search per "
             f"seed ({config}, serial executor):", "",
             "| seed | seconds | evaluations | ULP | cost | run evaluations / s | budget s |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in result["rows"]:
        rate = (f"{r['total_evaluations'] / r['total_seconds']:.1f}"
                if r["total_evaluations"] and r["total_seconds"] else "-")
        if r["reached"]:
            lines.append(f"| {r['seed']} | {r['seconds']} | {r['evaluations']} | {r['ulp']:.3f} | {r['cost']:g} "
                         f"| {rate} | {r['budget_s']} |")
        else:
            lines.append(f"| {r['seed']} | not reached | - | - | - | {rate} | {r['budget_s']} |")
    s = result["summary"]
    if s["reached"]:
        lines.append(f"| median ({s['reached']}/{s['runs']} reached) | {s['median_seconds']:g} | "
                     f"{s['median_evaluations']:g} | | | | |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", default="exp", choices=K.TARGETS)
    ap.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    ap.add_argument("--budget", type=float, default=480, help="seconds per seed")
    ap.add_argument("--runs-dir", default=str(K.ROOT / "runs" / "time_to_1ulp"))
    ap.add_argument("--from-runs", nargs="+", default=None, help="read these run folders instead")
    ap.add_argument("--set", action="append", default=[], help="extra config override per run")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    ap.add_argument("--name", default="time_to_1ulp", help="output file stem in --out")
    args = ap.parse_args(argv)
    result = run(args.target, args.seeds, args.budget, args.runs_dir, args.from_runs, args.set)
    print(K.save_result(Path(args.out), args.name, result, to_markdown(result)))


if __name__ == "__main__":
    main()
