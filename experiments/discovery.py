"""Time-to-front from the identity seed: exp, log and the erf core, with the calibrated cost model.

For each target: `--seeds` searches from `search_space.seeds: [identity]` (experiments/TARGET.yaml
plus DISCOVERY, below) and, for comparison, one search with the config's own fitted seeds.
Each search runs in its own process (serial executor, one core), at most `--jobs` at a time,
for `--budget` seconds.  Finished runs are kept in RUNS_DIR/rows/*.json, so an interrupted
sweep continues where it stopped when started again with the same arguments.
results/discovery.json and .md are rewritten after every finished run.

    python experiments/discovery.py [--seeds 0 1 2] [--budget 480] [--jobs 2] [--targets exp log erf]

discovery.json holds exactly: {"cost_model", "runs": [{"target", "seeds", "seed", "seconds",
"evaluations", "best_ops_below_1ulp", "seconds_to_below_1ulp", "front": [[ops, cost, max_ulp]]}]}.
best_ops_below_1ulp: the op count (fma = 1) of the cheapest front program below 1 ULP on the
validation set (null if none); seconds_to_below_1ulp: when the run first held a program below
1 ULP with that many ops or fewer (log time stamps, 1 s resolution); seconds: the run's wall time.
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core per search: a threaded BLAS only fights the other runs

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS = ("exp", "log", "erf")
BAR_OPS = {"exp": 6, "log": 9, "erf": 8}  # issue 20: < 1 ULP at <= this many ops, 2 of 3 seeds
# What a discovery search sets over experiments/TARGET.yaml (besides seed, budget, folders).
DISCOVERY = ["cost.model=calibrated", "search.archive_parent_probability=0.5",
             "search.mutation_weights={horner_step: 2}", "evaluation.fitting={memo_size: 20000}"]
_STAMP = r"^(\d\d):(\d\d):(\d\d) "
_FRONT = re.compile(_STAMP + r"birth (\d+) .*joins the front: ulp=(\S+) cost=(\S+) ops=(\S+)")
_START = re.compile(_STAMP + r"start:")


def _secs(m) -> int:
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))


def first_below(log_text: str, max_ops: float | None, bound: float = 1.0) -> int | None:
    """Seconds from the run's start to the first front entry with error < bound and at most
    `max_ops` ops (None: no such entry)."""
    start = None
    for line in log_text.splitlines():
        m = _START.match(line)
        if m and start is None:
            start = _secs(m)
        m = _FRONT.match(line)
        if m and start is not None and float(m.group(5)) < bound and max_ops is not None \
                and float(m.group(7)) <= max_ops:
            return (_secs(m) - start) % 86400
    return None


def overrides(target: str, kind: str, seed: int, budget: float, runs_dir: Path) -> list[str]:
    """The config overrides of one search: kind 'identity' (discovery) or 'seeded' (the config's seeds)."""
    out = [f"seed={seed}", f"budget.max_seconds={budget}", "budget.max_evaluations=null",
           f"output.runs_dir={runs_dir}", "output.progress=none", *DISCOVERY]
    if kind == "identity":
        out.append("search_space.seeds=[identity]")
    return out


def run_one(target: str, kind: str, seed: int, budget: float, runs_dir: Path) -> dict:
    """Search once (in this process) and return the row of discovery.json plus extras ('_'-keys)."""
    from evolve.app.search import start_run

    status = start_run(HERE / f"{target}.yaml", overrides(target, kind, seed, budget, runs_dir))
    run_dir = Path(status["run_dir"])
    front = json.loads((run_dir / "front.json").read_text())
    config = yaml.safe_load((run_dir / "config.yaml").read_text())
    entries = sorted(front["entries"], key=lambda e: (e["ops"], e["cost"], e["error"]))
    below = [e["ops"] for e in entries if e["error"] < 1]
    best = min(below) if below else None
    log = (run_dir / "log.txt").read_text()
    row = {"target": target, "seeds": config["search_space"]["seeds"], "seed": seed,
           "seconds": round(float(status["elapsed"]), 1), "evaluations": int(status["evaluations"]),
           "best_ops_below_1ulp": int(best) if best is not None else None,
           "seconds_to_below_1ulp": first_below(log, best),
           "front": [[int(e["ops"]), e["cost"], e["error"]] for e in entries]}
    row["_run_dir"] = str(run_dir)
    row["_kind"] = kind
    row["_first_below_any"] = first_below(log, float("inf"))
    return row


def rows_to_result(rows: list[dict]) -> dict:
    """discovery.json: exactly the issue's fields."""
    keys = ("target", "seeds", "seed", "seconds", "evaluations", "best_ops_below_1ulp",
            "seconds_to_below_1ulp", "front")
    return {"cost_model": "calibrated", "runs": [{k: r[k] for k in keys} for r in rows]}


def to_markdown(rows: list[dict], weights: dict | None, planned: int) -> str:
    lines = ["# Discovery from the identity seed (issue 20)", "",
             f"{len(rows)} of {planned} planned searches done. Each: experiments/TARGET.yaml with "
             f"{', '.join(f'`{o}`' for o in DISCOVERY)}, serial executor (one core), the whole budget; "
             "'identity' rows add `search_space.seeds=[identity]`, 'seeded' rows keep the config's fitted seeds.",
             ""]
    if weights:
        lines += ["Calibrated op weights (jax_cpu, fma = 1): " +
                  ", ".join(f"{k} {v:g}" for k, v in sorted(weights.items())), ""]
    lines += ["| target | seeds | seed | s | evaluations | eval/s | cheapest < 1 ULP: ops (cost, ULP) | "
              "s to it | s to any < 1 ULP | bar |", "|---|---|---:|---:|---:|---:|---|---:|---:|---|"]
    for r in rows:
        best = [f for f in r["front"] if f[2] < 1 and f[0] == r["best_ops_below_1ulp"]]
        cell = (f"{r['best_ops_below_1ulp']} ({min(best, key=lambda f: f[2])[1]:g}, "
                f"{min(f[2] for f in best):.3f})" if best else "none")
        bar = BAR_OPS[r["target"]]
        met = r["best_ops_below_1ulp"] is not None and r["best_ops_below_1ulp"] <= bar
        lines.append(f"| {r['target']} | {r['_kind']} | {r['seed']} | {r['seconds']:.0f} | {r['evaluations']} | "
                     f"{r['evaluations'] / r['seconds']:.1f} | {cell} | {r['seconds_to_below_1ulp']} | "
                     f"{r['_first_below_any']} | {'met' if met else 'not met'} (<= {bar} ops) |")
    lines += ["", "Bar (identity seed, 2 of 3 seeds, < 1 ULP at <= N ops):", ""]
    for t in TARGETS:
        ident = [r for r in rows if r["target"] == t and r["_kind"] == "identity"]
        if ident:
            ok = sum(1 for r in ident if r["best_ops_below_1ulp"] is not None
                     and r["best_ops_below_1ulp"] <= BAR_OPS[t])
            lines.append(f"- {t}: {ok} of {len(ident)} seeds at <= {BAR_OPS[t]} ops"
                         f" -> {'met' if ok >= 2 else 'not met' if len(ident) >= 3 else 'incomplete'}")
    lines += ["", "Fronts (ops, calibrated cost, validation max ULP), programs below 10 ULP:", ""]
    for r in rows:
        pts = ", ".join(f"{o} / {c:g} / {u:.3g}" for o, c, u in r["front"] if u < 10)
        lines.append(f"- {r['target']} {r['_kind']} seed {r['seed']}: {pts}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--targets", nargs="+", default=list(TARGETS), choices=TARGETS)
    ap.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    ap.add_argument("--seeded", nargs="*", type=int, default=[0], help="seeds of the seeded-config runs")
    ap.add_argument("--budget", type=float, default=480)
    ap.add_argument("--jobs", type=int, default=2, help="searches at a time (one core each)")
    ap.add_argument("--runs-dir", default=str(ROOT / "runs" / "discovery"))
    ap.add_argument("--out", default=str(ROOT / "results"))
    ap.add_argument("--one", nargs=3, metavar=("TARGET", "KIND", "SEED"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    runs_dir, rows_dir = Path(args.runs_dir), Path(args.runs_dir) / "rows"
    if args.one:
        target, kind, seed = args.one
        row = run_one(target, kind, int(seed), args.budget, runs_dir)
        rows_dir.mkdir(parents=True, exist_ok=True)
        (rows_dir / f"{target}-{kind}-{seed}.json").write_text(json.dumps(row, indent=1))
        return
    from targets.costmodel import cost_weights

    weights, _ = cost_weights("calibrated", ["add", "sub", "mul", "div", "fma"], "jax_cpu")  # cached once, here
    plan = [(t, "identity", s) for s in args.seeds for t in args.targets]
    plan += [(t, "seeded", s) for s in args.seeded for t in args.targets]
    rows_dir.mkdir(parents=True, exist_ok=True)

    def done(job) -> Path:
        return rows_dir / f"{job[0]}-{job[1]}-{job[2]}.json"

    def write() -> None:
        rows = [json.loads(done(j).read_text()) for j in plan if done(j).is_file()]
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "discovery.json").write_text(json.dumps(rows_to_result(rows), indent=1))
        (out / "discovery.md").write_text(to_markdown(rows, weights, len(plan)))

    todo = [j for j in plan if not done(j).is_file()]
    running: list[tuple[tuple, subprocess.Popen]] = []
    while todo or running:
        while todo and len(running) < args.jobs:
            job = todo.pop(0)
            cmd = [sys.executable, __file__, "--one", job[0], job[1], str(job[2]), "--budget", str(args.budget),
                   "--runs-dir", str(runs_dir)]
            print(time.strftime("%H:%M:%S"), "start", *job, flush=True)
            running.append((job, subprocess.Popen(cmd)))
        time.sleep(2)
        for job, proc in list(running):
            if proc.poll() is not None:
                running.remove((job, proc))
                print(time.strftime("%H:%M:%S"), "done", *job, "rc", proc.returncode, flush=True)
                write()
    write()
    print((Path(args.out) / "discovery.md").read_text())


if __name__ == "__main__":
    main()
