"""JAX speed of the exported modules against jnp / jax.nn, on this CPU's ISA and under AVX2.

For every results/kernels/evolved_<f>_jax.py (exact subnormals) and evolved_<f>_jax_flush.py
(XLA's flush-to-zero, as jnp), and evolved_<f>_{fast,rational}_jax_flush.py where a cheaper, less accurate
front point exists (experiments/front_points.py; its exhaustive max ULP in the row's name): the
compute-bound chain x <- x0 +- f(x), REPS dependent
applications inside one jit (lax.fori_loop over a cache-resident array), against the same chain
of each peer in experiments/peers.py (gelu: approximate=False and True).  Ratio = ours / peer,
median over rounds of the best of --repeats, ours and the peer run in alternation.  Where the CPU
has AVX-512 the same is measured again in a child process with XLA_FLAGS=--xla_cpu_max_isa=AVX2.
The chain is x0 + sign * f(x): XLA folds the sign into jnp.exp's last multiply (24-32% faster
than x0 - jnp.exp(x), measured), not into ours, so this chain is the harder one for exp-like
exports.  --cpu 1 pins the run to one CPU (ratio ranges of +-1% instead of +-20% on a 2-vCPU VM).

    python experiments/bench_jax.py [--functions exp log] [--cpu 1] [--out results]
"""
from __future__ import annotations

import argparse
import json
import time
import types
from pathlib import Path

import numpy as np

import kernels as K
import peers as P

REPS = 32
# chain x <- x0 + SIGN * f(x) stays bounded: (sign, range of x0)
CHAIN = {"exp": (-1, (-5.0, 1.0)), "exp2": (-1, (-5.0, 1.0)), "expm1": (-1, (-5.0, 1.0)),
         "log": (1, (1.0, 100.0)), "log2": (1, (1.0, 100.0)), "log1p": (1, (0.0, 100.0)),
         "erf": (1, (-3.0, 3.0)), "tanh": (1, (-3.0, 3.0)), "sigmoid": (1, (-3.0, 3.0)),
         "gelu": (-1, (-3.0, 3.0)), "softplus": (-1, (-3.0, 3.0))}


def load_export(path: Path):
    """The exported function of a JAX module file (its unjitted custom_jvp, to fuse in a chain)."""
    module = types.ModuleType(path.stem)
    exec(compile(path.read_text(), str(path), "exec"), module.__dict__)
    name = json.loads(Path(str(path) + ".json").read_text())["function"]
    return getattr(module, f"_{name}_full")


def chain(fn, function: str, reps: int = REPS):
    """jit of x <- x0 +- fn(x), `reps` times in a lax.fori_loop."""
    import jax

    sign = CHAIN.get(function, (1, None))[0]
    return jax.jit(lambda x0: jax.lax.fori_loop(0, reps, lambda _, x: x0 + sign * fn(x), x0))


# cheaper, less accurate exports of a function, timed beside it where present: `fast` from
# experiments/front_points.py, `rational` from a search of its own (experiments/tanh_rational.yaml)
FRONT_POINTS = ("fast", "rational")


def rows_for(function: str, kernels_dir: Path, n: int, repeats: int, rounds: int, log=print) -> list[dict]:
    """One row per (export mode, peer): ns per application and the ratio."""
    import jax

    ours = {}
    for mode, suffix in (("exact", "_jax.py"), ("flush", "_jax_flush.py")):
        path = kernels_dir / f"evolved_{function}{suffix}"
        if path.is_file():
            ours[f"ours JAX {mode}"] = load_export(path)
    for variant in FRONT_POINTS:
        point = kernels_dir / f"evolved_{function}_{variant}_jax_flush.py"
        if point.is_file():
            ulp = json.loads(Path(str(point) + ".json").read_text())["verification"]["full_range"]["max_ulp"]
            ours[f"ours {variant} flush ({ulp:.2f} ULP)"] = load_export(point)
    peers = {spec: P.jax_peer(spec, jit=False) for spec in P.PEERS.get(function, {}).get("jax", ())}
    lo, hi = CHAIN.get(function, (1, (-3.0, 3.0)))[1]
    x0 = jax.device_put(np.random.default_rng(0).uniform(lo, hi, n).astype(np.float32))
    chains = {name: chain(fn, function) for name, fn in {**ours, **peers}.items()}
    for name, c in chains.items():
        if not np.all(np.isfinite(np.asarray(c(x0)))):
            raise RuntimeError(f"{function}: the chain of {name} left the finite range")
    per_round = []
    for _ in range(rounds):
        best = dict.fromkeys(chains, float("inf"))
        for _ in range(repeats):
            for name, c in chains.items():
                t0 = time.perf_counter()
                c(x0).block_until_ready()
                best[name] = min(best[name], time.perf_counter() - t0)
        per_round.append(best)
    rows = []
    for o in ours:
        for p in peers:
            ratios = [r[o] / r[p] for r in per_round]
            rows.append({"function": function, "ours": o, "peer": p,
                         "ns_ours": 1e9 * float(np.median([r[o] for r in per_round])) / (n * REPS),
                         "ns_peer": 1e9 * float(np.median([r[p] for r in per_round])) / (n * REPS),
                         "ratio": float(np.median(ratios)), "ratio_lo": min(ratios), "ratio_hi": max(ratios)})
            log(f"  {function:8} {o:16} vs {p:32} {rows[-1]['ratio']:.2f} "
                f"({rows[-1]['ratio_lo']:.2f}-{rows[-1]['ratio_hi']:.2f})")
    return rows


def exported(kernels_dir: Path) -> list[str]:
    have = {p.name[len("evolved_"):-len("_jax.py")] for p in kernels_dir.glob("evolved_*_jax.py")}
    return [f for f in P.PEERS if f in have]


def measure(kernels_dir: Path, functions, n: int, repeats: int, rounds: int, log=print) -> list[dict]:
    return [r for f in functions for r in rows_for(f, kernels_dir, n, repeats, rounds, log)]


def avx2_rows(args, functions) -> list[dict]:
    """The same under XLA_FLAGS=--xla_cpu_max_isa=AVX2 (kernels.rows_under_avx2), where this CPU
    has AVX-512."""
    argv = [__file__, "--kernels-dir", args.kernels_dir, "--n", str(args.n), "--repeats", str(args.repeats),
            "--rounds", str(args.rounds), "--functions", *functions]
    if args.cpu is not None:
        argv += ["--cpu", str(args.cpu)]
    return K.rows_under_avx2(argv, "--rows-only") or []


def to_markdown(result: dict) -> str:
    m = result["machine"]
    pinned = K.pinned_label(m.get("pinned_cpu"))
    lines = [f"JAX speed, compute-bound chain of {REPS} applications, ns per application (median of "
             f"{result['rounds']} rounds of the best of {result['repeats']}); ratio = ours / peer, lowest-highest "
             f"in brackets (< 1: ours faster). {m['cpu']} ({', '.join(m['isa'])}), {m['cores']} cores{pinned}, "
             f"jax {m['jax']}. 'AVX2': XLA_FLAGS=--xla_cpu_max_isa=AVX2.", "",
             "| function | ISA | ours | ns | peer | ns | ratio |", "|---|---|---|---:|---|---:|---:|"]
    for isa, rows in (("native", result["rows"]), ("AVX2", result.get("rows_avx2", []))):
        for r in rows:
            lines.append(f"| {r['function']} | {isa} | {r['ours']} | {r['ns_ours']:.2f} | {r['peer']} | "
                         f"{r['ns_peer']:.2f} | **{r['ratio']:.2f}** ({r['ratio_lo']:.2f}-{r['ratio_hi']:.2f}) |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--functions", nargs="*", help="default: every JAX export in --kernels-dir")
    ap.add_argument("--kernels-dir", default=str(K.ROOT / "results" / "kernels"))
    ap.add_argument("--n", type=int, default=1 << 16)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    K.add_cpu_arg(ap)
    ap.add_argument("--rows-only", metavar="JSON", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    K.pin_cpu(args.cpu)
    kdir = Path(args.kernels_dir)
    functions = args.functions or exported(kdir)
    rows = measure(kdir, functions, args.n, args.repeats, args.rounds)
    if args.rows_only:
        Path(args.rows_only).write_text(json.dumps(rows))
        return
    import jax

    import bench_c

    machine = {**bench_c.machine(), "jax": jax.__version__, "pinned_cpu": args.cpu}
    result = {"reps": REPS, "repeats": args.repeats, "rounds": args.rounds, "n": args.n, "machine": machine,
              "rows": rows, "rows_avx2": avx2_rows(args, functions)}
    print(K.save_result(Path(args.out), "speed_jax", result, to_markdown(result)))


if __name__ == "__main__":
    main()
