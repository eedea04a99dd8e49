"""Kernels to benchmark, and every implementation the benchmarks compare.

Where kernels come from (first match wins, per target):
  --run TARGET=RUN_DIR   a run folder: its cheapest front entry under 1 ULP, else its most accurate;
  --runs-root DIR        the best such pick among DIR/TARGET-* run folders (lowest cost under
                         1 ULP, else lowest error);
  --kernels-dir DIR      JSON files {"target", "program" (evolve.serialize.to_json_obj), ...}
                         (default results/kernels).
erf has two kernels (targets/erf.py): its tail comes from --run erf_tail=RUN_DIR (most accurate
program), else the "tail" entry of the kernel JSON file, else the best DIR/erf_tail-* folder.
Implementations: ours as numpy evaluator, compiled C and jitted JAX (strict / non-strict), all
full-range (targets/fullrange.py, codegen/wrappers.py); peers jnp/jax.scipy (jitted), numpy
float32 and libm (a small C array harness, called through ctypes).
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # scripts run as `python experiments/x.py` from any folder
    sys.path.insert(0, str(ROOT))

from codegen import wrappers as W  # noqa: E402
from codegen.c_emitter import emit_c_array, emit_c_kernel  # noqa: E402
from codegen.cbuild import DEFAULT_FLAGS, array_function, compile_shared  # noqa: E402
from evolve.program import Program  # noqa: E402
from evolve.serialize import from_json_obj  # noqa: E402

TARGETS = ("exp", "log", "erf")
NEEDS_TAIL = W.NEEDS_TAIL
ACCURACY_FLAGS = DEFAULT_FLAGS                       # -O2 -ffp-contract=off
SPEED_FLAGS = DEFAULT_FLAGS + ("-O3", "-march=native")  # later -O3 wins; contraction stays off
# gcc does not if-convert the wrappers' selects between float ops under the default
# -ftrapping-math (an op in the unselected arm could raise a flag), so the loop stays scalar;
# -fno-trapping-math lets it vectorize and changes no result (only exception flags).
VECTOR_FLAGS = SPEED_FLAGS + ("-fno-trapping-math",)
LIBM = {"exp": "expf", "log": "logf", "erf": "erff"}
# The renormalisation of the compute-bound chains: x <- x0 + SIGN * f(x) keeps every value in a
# bounded range (exp: x0 <= 1 so f <= e; log: x >= 1 so f >= 0; erf: |f| <= 1).
CHAIN_SIGN = {"exp": -1, "log": 1, "erf": 1}
CHAIN_RANGE = {"exp": (-5.0, 1.0), "log": (1.0, 100.0), "erf": (-3.0, 3.0)}


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
    ap.add_argument("--cpu", type=int, default=None, metavar="N",
                    help="run on CPU N only (Linux): on a shared VM, timings then stop depending on how "
                         "the vCPUs are scheduled (measured here: ratio ranges shrink from +-40%% to +-3%%)")


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


# ----------------------------------------------------------------------------- ours

def numpy_full(target: str, program: Program, tail: Program | None = None) -> Callable:
    """Full-range float32 function through the numpy evaluator (the reference semantics)."""
    from targets.fullrange import full_range_function

    return full_range_function(target, program, tail)


# The wrapper guards itself with `#pragma GCC optimize("fp-contract=off")`; gcc does not inline
# across functions whose optimize attributes differ, so everything of ours sits under the same
# pragma (kernel, wrapper, array loop, chain): otherwise the loop makes a call per element.
_PUSH = ('#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC push_options\n'
         '#pragma GCC optimize("fp-contract=off")\n#endif\n')
_POP = '#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC pop_options\n#endif\n'


def c_source(target: str, program: Program, name: str = "ours", extra: str = "",
             tail: Program | None = None) -> str:
    """C source with the kernel(s), the full-range wrapper `NAME`, `NAME_array` (exported) and
    `extra` (more code using NAME), all under one fp-contract=off pragma."""
    tail_name = None if tail is None else f"{name}_tail"
    return ("#include <math.h>\n#include <stddef.h>\n" + _PUSH
            + emit_c_kernel(program, f"{name}_kernel")
            + ("" if tail is None else emit_c_kernel(tail, tail_name))
            + W.c_wrapper(target, name, f"{name}_kernel", tail_name) + emit_c_array(name, name) + extra + _POP)


def c_full(target: str, program: Program, flags=ACCURACY_FLAGS, tail: Program | None = None) -> Callable:
    """Compiled C full-range array function (new output array per call)."""
    return array_function(compile_shared(c_source(target, program, tail=tail), flags), "ours")


def jax_full(target: str, program: Program, strict: bool = True, jit: bool = True,
             tail: Program | None = None, subnormals: str = "exact") -> Callable:
    """Full-range JAX function around the emitted kernel(s) (strict or plain ops; subnormals
    "exact" or "flush", see codegen/jax_wrappers.py)."""
    from codegen.jax_emitter import jax_kernel
    from codegen.jax_wrappers import check_jax_tail, jax_wrapper

    check_jax_tail(tail)
    tail_fn = None if tail is None else jax_kernel(tail, strict=strict, jit=False)
    return jax_wrapper(target, jax_kernel(program, strict=strict, jit=False), jit=jit, tail_fn=tail_fn,
                       subnormals=subnormals)


# ----------------------------------------------------------------------------- peers

def libm_source(target: str, name: str = "libm") -> str:
    """C source of `NAME_array` calling libm's expf/logf/erff per element."""
    return ("#include <math.h>\n#include <stddef.h>\n"
            f"static inline float {name}(float x) {{ return {LIBM[target]}(x); }}\n"
            + emit_c_array(name, name))


def libm_full(target: str, flags=ACCURACY_FLAGS) -> Callable:
    """glibc's expf/logf/erff over an array (new output array per call)."""
    return array_function(compile_shared(libm_source(target), flags), "libm")


def jax_peer(target: str, jit: bool = True) -> Callable:
    """jnp.exp / jnp.log / jax.scipy.special.erf on float32."""
    import jax
    import jax.numpy as jnp
    import jax.scipy.special as jsp

    fn = {"exp": jnp.exp, "log": jnp.log, "erf": jsp.erf}[target]

    def peer(x):
        return fn(jnp.asarray(x, dtype=jnp.float32))

    return jax.jit(peer) if jit else peer


def numpy_peer(target: str) -> Callable | None:
    """np.exp / np.log on float32 arrays (float32 loops); numpy has no erf: None."""
    fn = {"exp": np.exp, "log": np.log}.get(target)
    if fn is None:
        return None

    def peer(x):
        with np.errstate(all="ignore"):
            return fn(np.asarray(x, dtype=np.float32))

    return peer


# ----------------------------------------------------------------------------- C timing helpers

def chain_c_source(target: str, scalar: str, name: str, reps: int,
                   block: int = 1024) -> str:
    """`void NAME_chain(in, out, n)`: x <- x0 +- f(x), `reps` times per element, in L1-sized
    blocks so the inner loop over elements can vectorize (the same code for every f)."""
    op = "-" if CHAIN_SIGN[target] < 0 else "+"
    return f"""
void {name}_chain(const float *restrict in, float *restrict out, size_t n)
{{
    float x[{block}];
    for (size_t b = 0; b < n; b += {block}) {{
        size_t m = n - b < {block} ? n - b : {block};
        for (size_t i = 0; i < m; ++i) x[i] = in[b + i];
        for (int j = 0; j < {reps}; ++j)
            for (size_t i = 0; i < m; ++i) x[i] = in[b + i] {op} {scalar}(x[i]);
        for (size_t i = 0; i < m; ++i) out[b + i] = x[i];
    }}
}}
"""


def bind_raw(lib: ctypes.CDLL, symbol: str) -> Callable[[np.ndarray, np.ndarray], None]:
    """`symbol(in, out, n)` as fn(x, out) on preallocated contiguous float32 arrays (no copies)."""
    fn = getattr(lib, symbol)
    ptr = ctypes.POINTER(ctypes.c_float)
    fn.argtypes = (ptr, ptr, ctypes.c_size_t)
    fn.restype = None

    def call(x: np.ndarray, out: np.ndarray) -> None:
        fn(x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)

    return call


def c_speed_functions(target: str, program: Program, reps: int, flags=SPEED_FLAGS,
                      tail: Program | None = None) -> dict:
    """Raw (x, out) callables for timing: ours/libm array and ours/libm chain."""
    ours = compile_shared(c_source(target, program, extra=chain_c_source(target, "ours", "ours", reps),
                                   tail=tail),
                          flags)
    libm = compile_shared(libm_source(target) + chain_c_source(target, "libm", "libm", reps), flags)
    return {"ours_array": bind_raw(ours, "ours_array"), "libm_array": bind_raw(libm, "libm_array"),
            "ours_chain": bind_raw(ours, "ours_chain"), "libm_chain": bind_raw(libm, "libm_chain")}


def jax_chain(fn: Callable, target: str, reps: int) -> Callable:
    """jit of x <- x0 +- fn(x) applied `reps` times in a lax.fori_loop: each iteration is one
    fused loop over a cache-resident array, so the time is compute, not memory traffic.

    Not unrolled: XLA CPU (jax 0.10.2) fuses an unrolled chain into one huge loop whose time per
    application grows with the chain length for strict kernels (measured: erf strict 5 ns per
    application at depth 1, 99 ns at depth 32), and even jnp.exp got slower unrolled."""
    import jax

    sign = CHAIN_SIGN[target]

    def chain(x0):
        def body(_, x):
            return x0 - fn(x) if sign < 0 else x0 + fn(x)

        return jax.lax.fori_loop(0, reps, body, x0)

    return jax.jit(chain)
