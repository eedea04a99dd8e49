"""Kernels to benchmark: where they come from, and the benchmarks' shared command-line options.

Where kernels come from (first match wins, per target):
  --run TARGET=RUN_DIR   a run folder: its cheapest front entry under 1 ULP, else its most accurate;
  --runs-root DIR        the best such pick among DIR/TARGET-* run folders (lowest cost under
                         1 ULP, else lowest error);
  --kernels-dir DIR      JSON files {"target", "program" (evolve.serialize.to_json_obj), ...}
                         (default results/kernels).
erf has two kernels (targets/erf.py): its tail comes from --run erf_tail=RUN_DIR (most accurate
program), else the "tail" entry of the kernel JSON file, else the best DIR/erf_tail-* folder.
The implementations the benchmarks compare are in experiments/implementations.py.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # scripts run as `python experiments/x.py` from any folder
    sys.path.insert(0, str(ROOT))

from evolve.program import Program  # noqa: E402
from evolve.serialize import from_json_obj  # noqa: E402
from targets.fullrange import full_range  # noqa: E402

TARGETS = ("exp", "log", "erf")
NEEDS_TAIL = frozenset(t for t in TARGETS if "tail" in full_range(t).slots)  # targets with a tail kernel


@dataclass(eq=False)
class Kernel:
    """One kernel to benchmark: its program, the search's figures and where it came from."""

    target: str
    program: Program
    error: float | None = None      # validation max ULP of the kernel (from the search)
    cost: float | None = None
    source: str = ""
    front: list = field(default_factory=list)  # the run's whole front (dicts), if from a run
    tail: Program | None = None     # the second kernel of targets that have one (erf)

    def label(self) -> str:
        err = "?" if self.error is None else f"{self.error:.3f}"
        tail = "" if self.tail is None else f" + tail kernel cost {self.tail.cost():g}"
        return f"{self.target}: cost {self.cost:g}{tail}, validation {err} ULP ({self.source})"


# ----------------------------------------------------------------------------- loading

def pick_entry(entries: list[dict], bound: float = 1.0) -> dict:
    """The cheapest entry with error < bound, else the most accurate (then cheapest) one."""
    if not entries:
        raise ValueError("empty front")
    under = [e for e in entries if e["error"] < bound]
    if under:
        return min(under, key=lambda e: (e["cost"], e["error"]))
    return min(entries, key=lambda e: (e["error"], e["cost"]))


def kernel_from_run(run_dir, target: str | None = None) -> Kernel:
    """The kernel `pick_entry` chooses from a run folder's front.json."""
    from evolve.run_folder import load_front

    front = load_front(Path(run_dir))
    if target is not None and front["target"] != target:
        raise ValueError(f"{run_dir} is a {front['target']} run, not {target}")
    e = pick_entry(front["entries"])
    return Kernel(front["target"], e["program"], float(e["error"]), float(e["cost"]), str(run_dir),
                  front["entries"])


def kernel_from_file(path) -> Kernel:
    """A kernel JSON file {target, program, [error | validation_max_ulp], [cost], [tail], ...}, as
    `evolve export` writes beside its output; the front of its `source_run`, if that folder
    exists (relative paths: to the repository root), comes along for the Pareto plots."""
    from evolve.run_folder import load_front

    obj = json.loads(Path(path).read_text())
    program = from_json_obj(obj["program"])
    cost = obj.get("cost", program.cost())
    err = obj.get("error", obj.get("validation_max_ulp"))
    tail = from_json_obj(obj["tail"]["program"]) if obj.get("tail") else None
    front = []
    run = obj.get("source_run")
    if run:
        run = Path(run) if Path(run).is_absolute() else ROOT / run
        if (run / "front.json").is_file():
            front = load_front(run)["entries"]
    return Kernel(obj["target"], program, None if err is None else float(err), float(cost), str(path),
                  front, tail=tail)


def best_run(runs_root, target: str) -> Kernel | None:
    """Among runs_root/TARGET-* run folders, the pick with the lowest cost under 1 ULP (else
    the lowest error); None if there is none."""
    best, best_key = None, None
    for d in sorted(Path(runs_root).glob(f"{target}-*")):
        if not (d / "front.json").is_file():
            continue
        try:
            k = kernel_from_run(d, target)
        except (ValueError, KeyError, json.JSONDecodeError):
            continue
        key = (0, k.cost, k.error) if k.error < 1.0 else (1, k.error, k.cost)
        if best_key is None or key < best_key:
            best, best_key = k, key
    return best


def load_kernels(runs: dict | None = None, runs_root=None, kernels_dir=None,
                 targets=TARGETS) -> dict[str, Kernel]:
    """Kernels per target from explicit run folders, a runs root, or a kernels folder."""
    runs = dict(runs or {})
    out: dict[str, Kernel] = {}
    files: dict[str, Path] = {}
    if kernels_dir is not None and Path(kernels_dir).is_dir():
        for p in sorted(Path(kernels_dir).glob("*.json")):
            try:
                files.setdefault(json.loads(p.read_text())["target"], p)
            except (KeyError, json.JSONDecodeError):
                continue
    for t in targets:
        if t in runs:
            out[t] = kernel_from_run(runs[t], t)
        elif runs_root is not None and (k := best_run(runs_root, t)) is not None:
            out[t] = k
        elif t in files:
            out[t] = kernel_from_file(files[t])
        if t in out and t in NEEDS_TAIL and out[t].tail is None:
            from_file = kernel_from_file(files[t]).tail if t in files else None
            explicit = f"{t}_tail" in runs
            out[t].tail = (from_file if from_file is not None and not explicit
                           else _tail_program(t, runs, runs_root))
    return out


def _tail_program(target: str, runs: dict, runs_root) -> Program:
    """The most accurate program of the TARGET_tail run given in `runs` or found under `runs_root`."""
    from evolve.run_folder import load_front

    name = f"{target}_tail"
    dirs = [Path(runs[name])] if name in runs else (
        sorted(Path(runs_root).glob(f"{name}-*")) if runs_root is not None else [])
    best = None
    for d in dirs:
        if not (d / "front.json").is_file():
            continue
        front = load_front(d)
        if front["target"] != name:
            raise ValueError(f"{d} is a {front['target']} run, not {name}")
        e = min(front["entries"], key=lambda e: (e["error"], e["cost"]))
        if best is None or (e["error"], e["cost"]) < (best["error"], best["cost"]):
            best = e
    if best is None:
        raise ValueError(f"{target} needs a tail kernel: give --run {name}=RUN_DIR (or a kernel file "
                         f"with a 'tail' entry)")
    return best["program"]


def add_kernel_args(ap: argparse.ArgumentParser) -> None:
    """The kernel-source options shared by every benchmark script."""
    ap.add_argument("--run", action="append", default=[], metavar="TARGET=RUN_DIR",
                    help="take TARGET's kernel from this run folder (repeatable)")
    ap.add_argument("--runs-root", default=None, help="pick the best TARGET-* run folder under this folder")
    ap.add_argument("--kernels-dir", default=str(ROOT / "results" / "kernels"),
                    help="folder of kernel JSON files {target, program, ...}")
    ap.add_argument("--targets", nargs="+", default=list(TARGETS), choices=TARGETS)
    add_cpu_arg(ap)


def add_cpu_arg(ap: argparse.ArgumentParser) -> None:
    """--cpu N, for every benchmark script (see pin_cpu)."""
    ap.add_argument("--cpu", type=int, default=None, metavar="N",
                    help="run on CPU N only (Linux): on a shared VM, timings then stop depending on how "
                         "the vCPUs are scheduled (measured here: ratio ranges shrink from +-40%% to +-3%%)")


def pinned_label(cpu: int | None) -> str:
    """The words a table header adds for a run pinned with --cpu (empty where it was not)."""
    return "" if cpu is None else f" (run pinned to CPU {cpu})"


def cpu_flags() -> set[str]:
    """The flags line of /proc/cpuinfo (empty where there is none)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def rows_under_avx2(argv: list[str], out_flag: str) -> list | None:
    """Run `python ARGV OUT_FLAG FILE` in a child with XLA_FLAGS=--xla_cpu_max_isa=AVX2 (XLA reads
    it once, at start) and return the JSON the child wrote to FILE: what users on AVX2-only
    servers get.  None where this CPU has no AVX-512, or the ISA is already capped."""
    import subprocess
    import tempfile

    if "avx512f" not in cpu_flags() or "xla_cpu_max_isa" in os.environ.get("XLA_FLAGS", ""):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        env = {**os.environ, "XLA_FLAGS": (os.environ.get("XLA_FLAGS", "") + " --xla_cpu_max_isa=AVX2").strip()}
        subprocess.run([sys.executable, *argv, out_flag, str(out)], env=env, check=True)
        return json.loads(out.read_text())


def kernel_argv(args: argparse.Namespace) -> list[str]:
    """The kernel-source options of `args` as a command line again (for a child benchmark)."""
    argv = [a for r in args.run for a in ("--run", r)] + ["--kernels-dir", args.kernels_dir,
                                                          "--targets", *args.targets]
    if args.runs_root:
        argv += ["--runs-root", args.runs_root]
    if args.cpu is not None:
        argv += ["--cpu", str(args.cpu)]
    return argv


def save_result(out: Path, name: str, result: dict, markdown: str) -> str:
    """Write OUT/NAME.json (the result) and OUT/NAME.md (its table), making OUT if needed;
    returns the markdown, for printing."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=1))
    (out / f"{name}.md").write_text(markdown)
    return markdown


def pin_cpu(cpu: int | None) -> None:
    """Restrict this process, and every thread it starts later (jax's, the C code's), to CPU `cpu`."""
    if cpu is None:
        return
    if not hasattr(os, "sched_setaffinity"):
        raise SystemExit("--cpu needs os.sched_setaffinity (Linux)")
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as e:
        raise SystemExit(f"--cpu {cpu}: {e} (this machine's CPUs: {sorted(os.sched_getaffinity(0))})")


def kernels_from_args(args) -> dict[str, Kernel]:
    """`load_kernels` from parsed `add_kernel_args` options (pinning the process first if --cpu
    is given); exits if a target has none."""
    pin_cpu(getattr(args, "cpu", None))
    runs = {}
    for spec in args.run:
        if "=" not in spec:
            raise SystemExit(f"--run needs TARGET=RUN_DIR, got {spec!r}")
        t, d = spec.split("=", 1)
        runs[t] = d
    kernels = load_kernels(runs, args.runs_root, args.kernels_dir, args.targets)
    missing = [t for t in args.targets if t not in kernels]
    if missing:
        raise SystemExit(f"no kernel for {', '.join(missing)}: give --run TARGET=RUN_DIR, "
                         f"--runs-root DIR or --kernels-dir DIR")
    return kernels
