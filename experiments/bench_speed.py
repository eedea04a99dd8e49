"""Speed table: our full-range exp/log/erf vs the peers, ratios measured in the same run.

JAX (CPU, jit): ours (strict and non-strict kernels; and "flush", the strict kernels in the
subnormals="flush" template, which flushes subnormals as XLA on CPU and jnp do) vs jnp.exp / jnp.log /
jax.scipy.special.erf, (a) one pass over a large array (memory traffic included) and
(b) compute-bound: x <- x0 +- f(x) applied REPS times inside one jit (lax.fori_loop over a
cache-resident array; the same renormalisation on both sides, see implementations.jax_chain).
C: ours (array entry point, -O3 -ffp-contract=off with -march=native, and with -march=haswell
as an AVX2 server builds it) vs glibc expf/logf/erff called from the same array loop with the
same flags, (a) one pass and (b) the same chain computed
in L1-sized blocks.  Timings: best of N after a warmup, ours and the baseline
alternating so load changes hit both; ratio = ours / baseline (< 1: ours is faster).

    python experiments/bench_speed.py --runs-root runs [--quick] [--out results]
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import implementations as I  # noqa: E402
import kernels as K  # noqa: E402

REPS = 32


def array_inputs(target: str, n: int, rng: np.random.Generator) -> np.ndarray:
    """Typical inputs: exp uniform on [-87, 88]; log 2^U(-120, 120); erf uniform on [-5, 5]."""
    if target == "exp":
        x = rng.uniform(-87.0, 88.0, n)
    elif target == "log":
        x = np.exp2(rng.uniform(-120.0, 120.0, n))
    else:
        x = rng.uniform(-5.0, 5.0, n)
    return x.astype(np.float32)


def chain_inputs(target: str, n: int, rng: np.random.Generator) -> np.ndarray:
    """Start values x0 of the chain, uniform on implementations.CHAIN_RANGE[target]."""
    lo, hi = I.CHAIN_RANGE[target]
    return rng.uniform(lo, hi, n).astype(np.float32)


def race(fns: dict, repeats: int, warmup: int = 2) -> dict:
    """Best-of-`repeats` seconds of each zero-argument callable, run alternately."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    return best


def race_rounds(fns: dict, repeats: int, rounds: int) -> list[dict]:
    """`rounds` independent races (best of `repeats` each): the spread between rounds shows
    how much the machine's load moved the figures (on a shared VM, 10-30%)."""
    return [race(fns, repeats) for _ in range(rounds)]


def _row(target, backend, test, n, rounds, ours, base, work=1) -> list[dict]:
    """One row per implementation in `ours`: median over the rounds of the per-round ratio
    (and of the times), with the lowest and highest per-round ratio."""
    med = lambda v: float(np.median(v))  # noqa: E731
    rows = []
    for name in ours:
        ratios = [r[name] / r[base] for r in rounds]
        t_ours, t_base = med([r[name] for r in rounds]), med([r[base] for r in rounds])
        rows.append({"target": target, "backend": backend, "test": test, "n": n, "ours": name,
                     "baseline": base, "t_ours": t_ours, "t_base": t_base,
                     "ns_per_eval_ours": 1e9 * t_ours / (n * work),
                     "ns_per_eval_base": 1e9 * t_base / (n * work),
                     "ratio": med(ratios), "ratio_lo": min(ratios), "ratio_hi": max(ratios),
                     "rounds": len(rounds)})
    return rows


def shipped_jax(target: str, exports_dir: Path = K.ROOT / "results" / "kernels") -> dict:
    """The JAX modules shipped for `target` (results/kernels/evolved_<target>_jax.py and
    _jax_flush.py), as users import them: for exp they come from another description
    (experiments/exp_half.yaml) than the kernel rows above."""
    from bench_jax import load_export

    out = {}
    for label, suffix in (("ours JAX export", "_jax.py"), ("ours JAX export flush", "_jax_flush.py")):
        path = Path(exports_dir) / f"evolved_{target}{suffix}"
        if path.is_file():
            out[label] = load_export(path)
    return out


def jax_rows(kernels: dict, n: int, chain_n: int, reps: int, repeats: int, backend: str,
             seed: int = 0, rounds: int = 1) -> list[dict]:
    """JAX comparison (single pass + compute-bound chain) on jax's default device: the kernels
    in the built-in templates (strict, non-strict, flush) and the shipped JAX exports."""
    import jax

    rng = np.random.default_rng(seed)
    rows = []
    for target, k in kernels.items():
        ours = {"ours JAX strict": I.jax_full(target, k.program, strict=True, jit=False, tail=k.tail),
                "ours JAX non-strict": I.jax_full(target, k.program, strict=False, jit=False, tail=k.tail),
                "ours JAX flush": I.jax_full(target, k.program, jit=False, tail=k.tail, subnormals="flush"),
                **shipped_jax(target)}
        peer_name = "jnp" if target != "erf" else "jax.scipy erf"
        fns = {**ours, peer_name: I.jax_peer(target, jit=False)}
        x = jax.device_put(array_inputs(target, n, rng))
        jitted = {name: jax.jit(f) for name, f in fns.items()}
        times = race_rounds({name: (lambda f=f: f(x).block_until_ready()) for name, f in jitted.items()},
                            repeats, rounds)
        rows += _row(target, backend, f"array {n}", n, times, list(ours), peer_name)
        x0 = jax.device_put(chain_inputs(target, chain_n, rng))
        chains = {name: I.jax_chain(f, target, reps) for name, f in fns.items()}
        outs = {name: np.asarray(c(x0)) for name, c in chains.items()}
        bad = [name for name, o in outs.items() if not np.all(np.isfinite(o))]
        if bad:
            raise RuntimeError(f"{target} chain left the finite range for {bad}")
        times = race_rounds({name: (lambda c=c: c(x0).block_until_ready()) for name, c in chains.items()},
                            repeats, rounds)
        rows += _row(target, backend, f"chain {reps}x", chain_n, times, list(ours), peer_name, reps)
    return rows


def c_rows(kernels: dict, n: int, chain_n: int, reps: int, repeats: int, seed: int = 0,
           rounds: int = 1) -> list[dict]:
    """C comparison: ours vs glibc, same array loop and flags; two flag sets (implementations.SPEED_FLAGS,
    -O3 -march=native, and implementations.AVX2_FLAGS, -O3 -march=haswell as on an AVX2-only server).
    No -fno-trapping-math: the exports vectorize without it.  Every build of ours is checked bit
    for bit against the -O2 accuracy build on the timed inputs.  The SIMD libraries (libmvec,
    SLEEF) are compared in experiments/bench_c.py."""
    rng = np.random.default_rng(seed)
    rows = []
    for target, k in kernels.items():
        x = array_inputs(target, n, rng)
        x0 = chain_inputs(target, chain_n, rng)
        expect = I.c_full(target, k.program, tail=k.tail)(x)
        libm = f"glibc {I.LIBM[target]}"
        for label, flags in (("ours C -march=native", I.SPEED_FLAGS), ("ours C -march=haswell", I.AVX2_FLAGS)):
            f = I.c_speed_functions(target, k.program, reps, flags, tail=k.tail)
            out = np.empty_like(x)
            f["ours_array"](x, out)
            if not np.array_equal(out.view(np.uint32), expect.view(np.uint32)):
                raise RuntimeError(f"{target}: {label} differs from the -O2 build")
            times = race_rounds({label: lambda: f["ours_array"](x, out), libm: lambda: f["libm_array"](x, out)},
                                repeats, rounds)
            rows += _row(target, "C", f"array {n}", n, times, [label], libm)
            o1, o2 = np.empty_like(x0), np.empty_like(x0)
            f["ours_chain"](x0, o1)
            f["libm_chain"](x0, o2)
            if not (np.all(np.isfinite(o1)) and np.all(np.isfinite(o2))):
                raise RuntimeError(f"{target} C chain left the finite range")
            times = race_rounds({label: lambda: f["ours_chain"](x0, o1), libm: lambda: f["libm_chain"](x0, o2)},
                                repeats, rounds)
            rows += _row(target, "C", f"chain {reps}x", chain_n, times, [label], libm, reps)
    return rows


ISA_FLAGS = ("fma", "avx2", "avx512f", "avx512_fp16", "amx_tile")  # /proc/cpuinfo flags, newest last


def cpu_label(m: dict) -> str:
    """The CPU name with its vector ISA, e.g. 'Intel(R) Xeon(R) Processor (fma, avx2, avx512f)'."""
    return f"{m['cpu']} ({', '.join(m['isa'])})" if m.get("isa") else m["cpu"]


def machine() -> dict:
    """What the timings ran on."""
    import jax

    try:
        info = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        info = []
    names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
    flag_lines = [line.split(":", 1)[1].split() for line in info if line.startswith("flags")]
    cpu = names[0] if names else platform.processor() or platform.machine()
    flags = set(flag_lines[0]) if flag_lines else set()
    # VMs often name only "Intel(R) Xeon(R) Processor"; the vector ISA tells such hosts apart.
    return {"cpu": cpu, "isa": [f for f in ISA_FLAGS if f in flags], "cpu_count": os.cpu_count(),
            "jax": jax.__version__,
            "jax_devices": [str(d) for d in jax.devices()],
            "load_avg": os.getloadavg() if hasattr(os, "getloadavg") else None,
            "cpus_used": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None}


def jax_avx2_rows(kernel_args: list[str], quick: bool, log=print) -> list[dict]:
    """The JAX rows again under XLA_FLAGS=--xla_cpu_max_isa=AVX2 (kernels.rows_under_avx2), where
    this CPU has AVX-512."""
    rows = K.rows_under_avx2([__file__, *kernel_args] + (["--quick"] if quick else []), "--jax-only") or []
    for r in rows:
        r["backend"] = "JAX CPU (AVX2)"
        log(_line(r))
    return rows


def run(kernels: dict, quick: bool = True, log=print, kernel_args: list[str] | None = None) -> dict:
    """Every comparison; quick: smaller arrays and fewer repeats.  With `kernel_args` (the kernel
    options of this script's command line), the JAX rows are measured under AVX2 too."""
    n, chain_n, repeats, rounds = (2**20, 2**16, 3, 3) if quick else (2**22, 2**18, 5, 5)
    rows = jax_rows(kernels, n, chain_n, REPS, repeats, "JAX CPU", rounds=rounds)
    for r in rows:
        log(_line(r))
    if kernel_args is not None:
        rows += jax_avx2_rows(kernel_args, quick, log)
    c = c_rows(kernels, n, chain_n, REPS, repeats, rounds=rounds)
    for r in c:
        log(_line(r))
    return {"quick": quick, "reps": REPS, "repeats": repeats, "rounds": rounds, "machine": machine(),
            "rows": rows + c,
            "kernels": {t: {"source": k.source, "cost": k.cost} for t, k in kernels.items()}}


def _line(r: dict) -> str:
    return (f"{r['target']:4} {r['backend']:8} {r['test']:14} {r['ours']:20} {r['ns_per_eval_ours']:7.2f} ns "
            f"vs {r['baseline']:14} {r['ns_per_eval_base']:7.2f} ns: ratio {r['ratio']:.2f}{_spread(r)}")


def _spread(r: dict) -> str:
    return f" ({r['ratio_lo']:.2f}-{r['ratio_hi']:.2f})" if r.get("rounds", 1) > 1 else ""


def _pinned(m: dict) -> str:
    used = m.get("cpus_used")
    return f" (this run pinned to CPU {', '.join(map(str, used))})" if used and len(used) < m["cpu_count"] else ""


def to_markdown(result: dict) -> str:
    """Table: one row per (target, backend, test, ours), ns per evaluation and the ratio."""
    m = result["machine"]
    rounds = result.get("rounds", 1)
    lines = [f"Speed, ns per evaluation (median over {rounds} rounds of the best of {result['repeats']}), "
             f"ratio = ours / baseline (< 1: ours faster): the median of the {rounds} per-round ratios, "
             f"lowest-highest in brackets. {cpu_label(m)}, {m['cpu_count']} cores{_pinned(m)}, jax {m['jax']} "
             f"({', '.join(m['jax_devices'])}); chain = {result['reps']} dependent applications "
             "fused in one loop (compute-bound).", "",
             "| target | backend | test | ours | ns | baseline | ns | ratio |",
             "|---|---|---|---|---:|---|---:|---:|"]
    for r in result["rows"]:
        lines.append(f"| {r['target']} | {r['backend']} | {r['test']} | {r['ours']} | "
                     f"{r['ns_per_eval_ours']:.2f} | {r['baseline']} | {r['ns_per_eval_base']:.2f} | "
                     f"**{r['ratio']:.2f}**{_spread(r)} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--quick", action="store_true", help="smaller arrays, fewer repeats")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    ap.add_argument("--jax-only", metavar="JSON", help="only the JAX rows, written to JSON (internal)")
    args = ap.parse_args(argv)
    if args.jax_only:
        import json

        n, chain_n, repeats, rounds = (2**20, 2**16, 3, 3) if args.quick else (2**22, 2**18, 5, 5)
        rows = jax_rows(K.kernels_from_args(args), n, chain_n, REPS, repeats, "JAX CPU", rounds=rounds)
        Path(args.jax_only).write_text(json.dumps(rows))
        return
    result = run(K.kernels_from_args(args), args.quick, kernel_args=K.kernel_argv(args))
    print(K.save_result(Path(args.out), "speed", result, to_markdown(result)))


if __name__ == "__main__":
    main()
