"""Cluster-scale benchmark of the driver side: how many workers one search keeps busy.

Runs the real `evolve run` path (evolve.app.search.execute: evolution, executor,
checkpoints, front file) with the stub evaluator (evolve/stub_evaluator.py, no
numerics; optional simulated work) and measures, per configuration, results/s,
microseconds of driver time per result, checkpoint write (loop blocked; full
background encode + write) and load times, and how many workers at 11
evaluations/s each (a real child costs ~90 ms) that throughput supports.  Also the
checkpoint of a population of 10,000 with 20,000 children in flight.

    python experiments/bench_scale.py [--quick] [--out results/scale.json]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from evolve import run_folder as rf  # noqa: E402
from evolve.app.search import build_evolution, execute  # noqa: E402
from evolve.config import load_config  # noqa: E402
from evolve.driver import Budget, run_search  # noqa: E402
from evolve.executors.serial import SerialExecutor  # noqa: E402
from evolve.stub_evaluator import StubEvaluator  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# A one-time comparison with the code before issue 22 (commit 59e7e32, which no longer exists
# in the tree), measured on the same machine with the same stub: run_search + SerialExecutor
# for the loop, a RayExecutor with 2 local workers, and one synchronous checkpoint write.
BEFORE_AFTER = """
## Profile before / after (issue 22)

Same machine (Intel Xeon, 2 vCPUs, 23.5 GiB, shared: load average 7-9 from other jobs during
both runs, so figures are ±30 %), instant stub evaluator, `run_search` with the serial
executor unless noted; the "before" tree is commit 59e7e32.

| measurement | before | after |
|---|---:|---:|
| serial loop, population 64 / tournament 8 | 4,865 results/s (206 µs) | 11,931 results/s (84 µs) |
| serial loop, population 1000 / tournament 50 | 1,128 results/s (887 µs) | 6,509 results/s (154 µs) |
| serial loop, population 10000 / tournament 8 | 390 results/s (2,563 µs) | 13,419 results/s (75 µs) |
| Ray, 2 workers, batch 1 | 977 results/s | 1,228 results/s |
| Ray, 2 workers, batch 8 | 4,321 results/s | 4,889 results/s |
| Ray, 2 workers, batch 64 | 6,017 results/s | 9,532 results/s |
| checkpoint, population 10,000 + 20,000 in flight: write (synchronous) | 2.16 s, 11.7 MB | 0.38 s, 2.4 MB |
| the same: load | 3.13 s | 1.13 s |

Where a result's time went (cProfile, cumulative µs per result, profiler overhead included):

| population / tournament | before | after |
|---|---|---|
| 64 / 8 | next_task 360 (select_parent 173 of which non_dominated 138; mutate 158), tell 44 | next_task 194 (mutate 100; select_parent 85, of which non_dominated 48), tell 19 |
| 1000 / 50 | select_parent 1,563 (non_dominated 1,490), tell 422, mutate 204 | select_parent 237 (non_dominated 155), mutate 105, tell 26 |
| 10000 / 8 | tell 5,247 (scan for the oldest), select_parent 259, mutate 237 | mutate 120, select_parent 79, tell 19 |

What changed: the oldest member leaves through a min-heap of (birth, slot) (O(log n), exact
even when results arrive out of order); the tournament's front is a sort-and-sweep for two
objectives (O(k log k)); a tournament sample is drawn by rejection (~1 µs, not numpy's
choice at 10-17 µs); mutation draws its kind from a cached cumulative table and builds one
Program per mutation instead of two or three (pruning on node lists, unchanged nodes
reused; the children are identical to before for the same random draws); the task seed is
a splitmix64 hash instead of a numpy SeedSequence; Ray picks a worker from a queue of free
call slots (O(1)) and sizes batches automatically.  Checkpoints use format 2 (each program
once: a structure table plus float32 constant bits; in-flight children stored once), and the
loop only freezes the state (list and rng-state copies, a few ms) while a background thread
builds, encodes and writes it.
"""
RATE = 11.0  # evaluations/s of one worker on a real child (~90 ms each)

# (label, executor kind, islands, population, tournament, batch_size, workers, evaluations, logical CPUs)
CONFIGS = [
    ("serial default", "serial", 1, 64, 8, 1, 1, 30000, None),
    ("serial large tournament", "serial", 1, 1000, 50, 1, 1, 20000, None),
    ("serial population 10k", "serial", 1, 10000, 8, 1, 1, 30000, None),
    ("serial 8 islands", "serial", 8, 64, 8, 1, 1, 30000, None),
    ("ray batch 1 (old default)", "ray", 1, 64, 8, 1, 2, 4000, None),
    ("ray batch 8", "ray", 1, 64, 8, 8, 2, 20000, None),
    ("ray default (batch auto)", "ray", 1, 64, 8, "auto", 2, 60000, None),
    ("ray 2 islands, batch auto", "ray", 2, 64, 8, "auto", 2, 80000, None),
    ("ray 8 islands, batch auto, 8 simulated workers", "ray", 8, 64, 8, "auto", 8, 80000, 8),
]


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
                 platform.processor())
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return {"cpu": model, "cpus": os.cpu_count(), "memory_gib": round(mem / 2**20, 1),
            "python": platform.python_version(), "load_average_at_start": os.getloadavg()[0]}


def run_config(label, kind, islands, pop, tour, batch, workers, evaluations, logical_cpus, work_s) -> dict:
    config = load_config(None, [
        f"search.population_size={pop}", f"search.tournament_size={tour}", f"search.islands={islands}",
        "search.migration_interval=2000", f"executor.kind={kind}", f"executor.num_workers={workers}",
        f"executor.batch_size={batch}", f"budget.max_evaluations={evaluations}", "budget.max_seconds=null",
        "output.progress=none", "output.checkpoint_seconds=2"])
    ray = None
    if logical_cpus:  # simulated workers: more actors than cores (their work, if any, is a sleep)
        import ray
        ray.init(address="local", num_cpus=logical_cpus, include_dashboard=False, logging_level="error")
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        run_dir = Path(tmp) / "run"
        run_dir.mkdir()
        cpu = time.process_time()
        status = execute(config, run_dir, evaluator=StubEvaluator(work_s))
        cpu = time.process_time() - cpu  # this process only: Ray workers and island actors excluded
        if ray is not None:
            ray.shutdown()
        evolution = build_evolution(config)
        state = rf.load_checkpoint(run_dir)
        evolution.load_state_dict(state["evolution"])
        write = _time(lambda: rf.save_checkpoint(run_dir, evolution, [], status["elapsed"]))
        load = _time(lambda: build_evolution(config).load_state_dict(rf.load_checkpoint(run_dir)["evolution"]))
    rate = status["evals_per_second"]
    return {"label": label, "load_average": round(os.getloadavg()[0], 2), "executor": kind, "islands": islands,
            "population": pop, "tournament": tour,
            "batch_size": batch, "workers": workers, "simulated_work_s": work_s, "evaluations": evaluations,
            "results_per_s": round(rate, 1), "us_per_result": round(1e6 / rate, 1),
            "driver_cpu_us_per_result": round(1e6 * cpu / evaluations, 1),
            "checkpoint_write_s": round(write, 4), "checkpoint_load_s": round(load, 4),
            "workers_supported_at_11_per_s": int(rate / RATE)}


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def big_checkpoint(population: int = 10000, in_flight: int = 20000) -> dict:
    """Checkpoint of a full population with many children in flight: loop blocked, full write, load."""
    config = load_config(None, [f"search.population_size={population}", "search.tournament_size=8"])
    evolution = build_evolution(config)
    run_search(evolution, SerialExecutor(StubEvaluator()), Budget(max_evaluations=population + population // 5))
    tasks = [evolution.next_task() for _ in range(in_flight)]
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        writer = rf.checkpoint_writer(Path(tmp))
        start = time.perf_counter()
        writer.save(evolution, tasks, 1.0)
        blocked = time.perf_counter() - start
        writer.join()
        background = time.perf_counter() - start
        size = (Path(tmp) / rf.CHECKPOINT).stat().st_size
        load = _time(lambda: build_evolution(config).load_state_dict(rf.load_checkpoint(Path(tmp))["evolution"]))
    return {"population": population, "in_flight": in_flight, "loop_blocked_s": round(blocked, 4),
            "encode_and_write_s": round(background, 4), "load_s": round(load, 4), "bytes": size}


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = [
        "# Cluster scale: driver throughput with the stub evaluator",
        "",
        f"Measured by `python experiments/bench_scale.py` on {m['cpu']}, {m['cpus']} CPUs, {m['memory_gib']} GiB "
        f"(Python {m['python']}), through `evolve.app.search.execute` (the `evolve run` path: evolution, executor, "
        "checkpoints every 2 s, front file) with an instant stub evaluator.  Workers supported = results/s / 11 "
        "(a real child costs ~90 ms on one core).",
        "",
        "| configuration | islands | population / tournament | batch | Ray workers | results/s | µs/result "
        "| driver CPU µs/result | checkpoint write s | load s | workers supported |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in report["configs"]:
        workers = c["workers"] if c["executor"] == "ray" else "-"
        lines.append(f"| {c['label']} | {c['islands']} | {c['population']} / {c['tournament']} | {c['batch_size']} "
                     f"| {workers} | {c['results_per_s']:,.0f} | {c['us_per_result']:.0f} | {c['driver_cpu_us_per_result']:.0f} "
                     f"| {c['checkpoint_write_s']:.3f} | {c['checkpoint_load_s']:.3f} "
                     f"| {c['workers_supported_at_11_per_s']:,} |")
    b = report["checkpoint_population_10000"]
    lines += ["", f"Checkpoint at population {b['population']:,} with {b['in_flight']:,} children in flight: "
              f"the loop is blocked {b['loop_blocked_s']:.3f} s (snapshot), the background encode + atomic write "
              f"takes {b['encode_and_write_s']:.3f} s, {b['bytes'] / 1e6:.1f} MB; loading it {b['load_s']:.2f} s.", "",
              "µs/result is wall time per result (1 / results/s); with Ray the driver, island actors and "
              "evaluation actors share the 2 cores.  Driver CPU µs/result is the `evolve run` process's CPU time "
              "(start-up included) per result: with Ray islands the loops run in the island actors, so the driver "
              "itself only routes migrants and checkpoints.  The per-row checkpoint write is a synchronous "
              "write of the final state (no children in flight).  Load average (1 min) during each row: "
              + ", ".join(f"{c['label']} {c['load_average']}" for c in report["configs"]) + ".", BEFORE_AFTER]
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the evaluations (a smoke test)")
    parser.add_argument("--work", type=float, default=0.0, help="simulated seconds of work per child (a sleep)")
    parser.add_argument("--only", nargs="*", help="labels to run (default: all)")
    parser.add_argument("--out", default=str(ROOT / "results" / "scale.json"))
    parser.add_argument("--markdown-only", action="store_true", help="rewrite the .md from the saved .json")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.markdown_only:
        out.with_suffix(".md").write_text(markdown(json.loads(out.read_text())))
        return
    configs = []
    for label, kind, islands, pop, tour, batch, workers, evaluations, cpus in CONFIGS:
        if args.only and label not in args.only:
            continue
        if args.quick:
            evaluations = max(evaluations // 10, 2 * pop * islands)
        row = run_config(label, kind, islands, pop, tour, batch, workers, evaluations, cpus, args.work)
        print(json.dumps(row), flush=True)
        configs.append(row)
    big = big_checkpoint(2000, 4000) if args.quick else big_checkpoint()
    print(json.dumps(big), flush=True)
    report = {"machine": machine(), "configs": configs, "checkpoint_population_10000": big}
    out.write_text(json.dumps(report, indent=1) + "\n")
    out.with_suffix(".md").write_text(markdown(report))
    print(f"wrote {out} and {out.with_suffix('.md')}")


if __name__ == "__main__":
    main()
