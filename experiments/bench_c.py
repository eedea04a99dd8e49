"""C speed of the exported headers at the flags users build with, against the SIMD libraries.

For every results/kernels/evolved_<f>f.h: its array entry `evolved_<f>f_array`, compiled as a
user would (gcc and clang; -O2 and -O3; with and without -march=native; -march=haswell for AVX2
machines; the default build with EVOLVE_NO_AVX512, which is what an AVX2-only CPU runs), against
glibc's scalar <f>f, libmvec (AVX2 `_ZGVdN8v_<f>f`, AVX-512 `_ZGVeN16v_<f>f`) and SLEEF
(`Sleef_<f>f8_u10avx2`, `Sleef_<f>f16_u10avx512f`) where they have the function
(experiments/peers.py; a missing peer is listed with the reason).

Timing: an array of N floats (default 4096, L1-resident), the array function applied REPS times
inside one C call (no Python overhead in the loop), best of --repeats, every implementation of a
function raced in alternation in the same run; ratio = ours / libmvec AVX2 (< 1: ours faster).
Every build of ours is checked bit for bit against the -O2 build without dispatch on 1M inputs
(the exhaustive figures of that build are in the .json beside each header).

    python experiments/bench_c.py [--functions exp log erf] [--cpu 1] [--out results]
    python experiments/bench_c.py --functions expm1 --range -16 16 --cpu 1 --out /tmp/expm1_fast
"""
from __future__ import annotations

import argparse
import ctypes
import os
import re
import time
from pathlib import Path

import numpy as np

import kernels as K
import peers as P
from codegen.cbuild import compile_shared, compiler_identity

# label -> (compiler, flags); all with the -ffp-contract=off the header asks for
BUILDS = {
    "gcc -O2": ("gcc", ("-O2",)),
    "gcc -O2 (AVX2 CPU)": ("gcc", ("-O2", "-DEVOLVE_NO_AVX512")),
    "gcc -O3": ("gcc", ("-O3",)),
    "gcc -O2 -march=haswell": ("gcc", ("-O2", "-march=haswell")),
    "gcc -O3 -march=haswell": ("gcc", ("-O3", "-march=haswell")),
    "gcc -O3 -march=native": ("gcc", ("-O3", "-march=native")),
    "clang -O2": ("clang", ("-O2",)),
    "clang -O2 (AVX2 CPU)": ("clang", ("-O2", "-DEVOLVE_NO_AVX512")),
    "clang -O3 -march=native": ("clang", ("-O3", "-march=native")),
}
REFERENCE_BUILD = ("gcc", ("-O2", "-DEVOLVE_NO_DISPATCH"))
BASE = "libmvec AVX2"
COMMON = ("-ffp-contract=off", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC")

# typical inputs per function: (kind, lo, hi); "log2u" draws 2^U(lo, hi)
INPUTS = {"exp": ("u", -87.0, 88.0), "log": ("log2u", -120.0, 120.0), "erf": ("u", -5.0, 5.0),
          "tanh": ("u", -10.0, 10.0), "sigmoid": ("u", -30.0, 30.0), "gelu": ("u", -10.0, 10.0),
          "softplus": ("u", -30.0, 30.0), "log1p": ("log2u", -30.0, 60.0), "expm1": ("u", -20.0, 88.0),
          "exp2": ("u", -126.0, 127.0), "log2": ("log2u", -120.0, 120.0)}

TIMER = """
#include <stddef.h>
void {name}_repeat(const float *in, float *out, size_t n, int reps)
{{
    for (int r = 0; r < reps; ++r)
        {array}(in, out, n);
}}
"""


def input_kind(function: str, input_range=None) -> tuple[str, float, float]:
    """(kind, lo, hi) of the timed inputs: the function's typical ones, or U(lo, hi) from --range."""
    return ("u", *input_range) if input_range else INPUTS.get(function, ("u", -10.0, 10.0))


def describe_inputs(kind: str, lo: float, hi: float) -> str:
    """The timed inputs in words, as the table prints them: U(lo, hi) or 2^U(lo, hi)."""
    return f"2^U({lo:g}, {hi:g})" if kind == "log2u" else f"U({lo:g}, {hi:g})"


def inputs(function: str, n: int, rng: np.random.Generator, input_range=None) -> np.ndarray:
    kind, lo, hi = input_kind(function, input_range)
    x = rng.uniform(lo, hi, n)
    return (np.exp2(x) if kind == "log2u" else x).astype(np.float32)


def exported_functions(kernels_dir: Path) -> list[str]:
    """The functions with a C export in `kernels_dir`, in PEERS order."""
    have = {m.group(1) for p in kernels_dir.glob("evolved_*f.h") if (m := re.fullmatch(r"evolved_(\w+)f\.h", p.name))}
    return [f for f in P.PEERS if f in have] + sorted(have - set(P.PEERS))


class Repeater:
    """`NAME_repeat(in, out, n, reps)` from a library, timed on preallocated arrays."""

    def __init__(self, lib: ctypes.CDLL, name: str):
        ptr = ctypes.POINTER(ctypes.c_float)
        self.fn = getattr(lib, f"{name}_repeat")
        self.fn.argtypes = (ptr, ptr, ctypes.c_size_t, ctypes.c_int)
        self.fn.restype = None
        self.ptr = ptr

    def __call__(self, x: np.ndarray, out: np.ndarray, reps: int) -> None:
        self.fn(x.ctypes.data_as(self.ptr), out.ctypes.data_as(self.ptr), x.size, reps)


def ours(header: Path, function: str, cc: str, flags: tuple) -> Repeater:
    """The export's array entry built with `cc` and `flags`, plus the repeat loop."""
    array = f"evolved_{function}f_array"
    source = "#define EVOLVE_ARRAY_LINKAGE\n" + header.read_text() + TIMER.format(name="ours", array=array)
    return Repeater(compile_shared(source, (*flags, *COMMON), cc=cc), "ours")


def peer(function: str, label: str) -> Repeater:
    """A peer of experiments/peers.py with the repeat loop compiled beside its array loop."""
    entry = P.PEERS[function]
    kind, isa = label.split()[0], label.split()[1].lower().replace("-", "")
    if kind == "glibc":
        source = P.scalar_source(entry["glibc"], "peer_array")
        flags = P.HARNESS_FLAGS
    else:
        spec = P.ISAS[isa]
        symbol = spec[kind].format(f=entry[kind])
        source = P.vector_source(symbol, isa, "peer_array", sleef=kind == "sleef")
        flags = P.HARNESS_FLAGS + spec["flags"] + (("-lsleef",) if kind == "sleef" else ("-lmvec", "-lm"))
    return Repeater(compile_shared(source + TIMER.format(name="peer", array="peer_array"), flags), "peer")


def race(fns: dict, x: np.ndarray, reps: int, repeats: int) -> dict:
    """Best seconds per element of each implementation, run in alternation."""
    out = np.empty_like(x)
    for fn in fns.values():
        fn(x, out, reps)  # warm up
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn(x, out, reps)
            best[name] = min(best[name], (time.perf_counter() - t0) / (reps * x.size))
    return best


def check_bits(header: Path, function: str, builds: dict, x: np.ndarray) -> None:
    """Every build gives the reference build's bits on `x` (raises otherwise)."""
    def run(rep: Repeater) -> np.ndarray:
        out = np.empty_like(x)
        rep(x, out, 1)
        return out.view(np.uint32)

    want = run(ours(header, function, *REFERENCE_BUILD))
    for label, rep in builds.items():
        got = run(rep)
        if not np.array_equal(got, want):
            i = int(np.flatnonzero(got != want)[0])
            raise RuntimeError(f"{function} {label}: x={x[i]!r} gives 0x{got[i]:08x}, reference 0x{want[i]:08x}")


def bench_function(function: str, kernels_dir: Path, n: int, reps: int, repeats: int, log=print,
                   input_range=None) -> dict:
    """Rows for one function: ns per element of every build of ours and every peer."""
    rng = np.random.default_rng(0)
    header = kernels_dir / f"evolved_{function}f.h"
    builds = {}
    for label, (cc, flags) in BUILDS.items():
        try:
            builds[f"ours {label}"] = ours(header, function, cc, flags)
        except Exception as e:  # a compiler missing on this machine: said, not hidden
            log(f"  {function}: build {label} failed: {str(e).splitlines()[0]}")
    # bits checked on the function's typical inputs (not --range): the exports' .json hold the
    # exhaustive check of every float32
    check_bits(header, function, {k: v for k, v in builds.items()}, inputs(function, 1 << 20, rng))
    have, missing = P.c_peers(function)
    peers = {label: peer(function, label) for label in have}
    x = inputs(function, n, rng, input_range)
    times = race({**builds, **peers}, x, reps, repeats)
    base = times.get(BASE)
    rows = [{"function": function, "implementation": name, "ns": 1e9 * t,
             "ratio_vs_libmvec_avx2": (t / base) if base else None} for name, t in times.items()]
    for r in rows:
        ratio = "" if r["ratio_vs_libmvec_avx2"] is None else f"  {r['ratio_vs_libmvec_avx2']:.2f}x"
        log(f"  {function:8} {r['implementation']:34} {r['ns']:6.3f} ns{ratio}")
    return {"function": function, "rows": rows, "missing": missing,
            "inputs": describe_inputs(*input_kind(function, input_range))}


def machine() -> dict:
    flags = P.cpu_flags()
    try:
        names = [line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                 if line.startswith("model name")]
    except OSError:
        names = []
    return {"cpu": names[0] if names else "unknown", "isa": [f for f in ("fma", "avx2", "avx512f") if f in flags],
            "cores": os.cpu_count(), "gcc": compiler_identity("gcc").splitlines()[1],
            "clang": _clang(), "sleef": P.sleef_available()}


def _clang() -> str:
    try:
        return compiler_identity("clang").splitlines()[1]
    except Exception:
        return "not installed"


def to_markdown(result: dict) -> str:
    m = result["machine"]
    pinned = K.pinned_label(m.get("pinned_cpu"))
    functions = [f["function"] for f in result["functions"]]
    impls = list(dict.fromkeys(r["implementation"] for f in result["functions"] for r in f["rows"]))
    table = {(r["function"], r["implementation"]): r for f in result["functions"] for r in f["rows"]}
    lines = [f"C speed, ns per element (best of {result['repeats']}; {result['n']} floats in L1, "
             f"{result['reps']} passes per call), ratio to libmvec AVX2 in brackets (< 1: faster). "
             f"{m['cpu']} ({', '.join(m['isa'])}), {m['cores']} cores{pinned}; {m['gcc']}; {m['clang']}. "
             "Ours always with -ffp-contract=off and nothing else (no -ffast-math, no -fno-trapping-math); "
             "'(AVX2 CPU)': the default build with EVOLVE_NO_AVX512, the path an AVX2-only CPU takes.", "",
             "| implementation | " + " | ".join(functions) + " |", "|---|" + "---:|" * len(functions)]
    for impl in impls:
        cells = []
        for f in functions:
            r = table.get((f, impl))
            if r is None:
                cells.append("—")
            else:
                ratio = "" if r["ratio_vs_libmvec_avx2"] is None else f" ({r['ratio_vs_libmvec_avx2']:.2f})"
                cells.append(f"{r['ns']:.2f}{ratio}")
        lines.append(f"| {impl} | " + " | ".join(cells) + " |")
    described = [f"{f['function']} {f['inputs']}" for f in result["functions"] if "inputs" in f]
    if described:
        lines += ["", "Inputs: " + ", ".join(described) + "."]
    missing = sorted({f"{label}: {why}" for f in result["functions"] for label, why in f["missing"].items()})
    if missing:
        lines += ["", "Not measured: " + "; ".join(missing) + "."]
    return "\n".join(lines) + "\n"


def run(kernels_dir: Path, functions=None, n: int = 4096, reps: int = 200, repeats: int = 15, log=print,
        input_range=None) -> dict:
    """Every exported function in `kernels_dir` (or `functions`), as the table's JSON."""
    functions = functions or exported_functions(kernels_dir)
    return {"n": n, "reps": reps, "repeats": repeats, "machine": machine(),
            "functions": [bench_function(f, kernels_dir, n, reps, repeats, log, input_range)
                          for f in functions]}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--functions", nargs="*", help="default: every C export in --kernels-dir")
    ap.add_argument("--kernels-dir", default=str(K.ROOT / "results" / "kernels"))
    ap.add_argument("--n", type=int, default=4096)
    ap.add_argument("--reps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=15)
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    ap.add_argument("--range", nargs=2, type=float, metavar=("LO", "HI"),
                    help="time every function on U(LO, HI) instead of its typical inputs (e.g. inside a "
                         "fast_range; write with --out elsewhere to keep the main table)")
    K.add_cpu_arg(ap)
    args = ap.parse_args(argv)
    K.pin_cpu(args.cpu)
    result = run(Path(args.kernels_dir), args.functions, args.n, args.reps, args.repeats,
                 input_range=args.range)
    result["machine"]["pinned_cpu"] = args.cpu
    print(K.save_result(Path(args.out), "speed_c", result, to_markdown(result)))


if __name__ == "__main__":
    main()
