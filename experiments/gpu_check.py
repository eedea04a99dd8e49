"""The JAX exports on a GPU: the same bits as on the CPU, and their speed against jnp / jax.nn.

Bits: every results/kernels/evolved_<f>_jax.py (exact subnormals) and _jax_flush.py module, jitted
on the GPU and on the CPU of the same machine, over 2^24 random bit patterns, 2^22 inputs of the
function's usual range and the special values; and both against reference bits made on the
machine whose exhaustive verification the .json records (`--make-reference`, run there first:
the modules' CPU output, which equals the numpy evaluator's bits on every float32).
Speed: ours vs the peers of experiments/peers.py on the GPU, (a) one pass over 2^26 floats
(memory-bound) and (b) a compute-bound chain x <- x0 +- f(x) of 16 applications unrolled in one
jit (XLA fuses it into one kernel), over 2^24 floats; best of --repeats, ratio = ours / peer.

    python experiments/gpu_check.py --make-reference .gpu_reference        # on the exporting CPU
    python experiments/gpu_check.py --reference .gpu_reference --out results   # where jax sees a GPU
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

import bench_c as BC
import bench_jax as BJ
import peers as P
from bench_speed_gpu import gpu_available
from targets.ulp import same_bits

KDIR = Path(__file__).resolve().parent.parent / "results" / "kernels"
MODES = {"exact": "_jax.py", "flush": "_jax_flush.py"}
UNROLL = 16
PASS_N, CHAIN_N = 1 << 26, 1 << 24  # floats per timed array
SPECIAL = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1.1754942e-38, -1.1754942e-38,
                    1.1754944e-38, 3.4028235e38, -3.4028235e38, 1.0, -1.0], np.float32)


def inputs(function: str, n_bits: int, n_range: int, seed: int = 0) -> np.ndarray:
    """Random bit patterns, the usual range (experiments/bench_c.py's), and the special values."""
    rng = np.random.default_rng(seed)
    bits = rng.integers(0, 2**32, n_bits, dtype=np.uint64).astype(np.uint32).view(np.float32)
    return np.concatenate([bits, BC.inputs(function, n_range, rng), SPECIAL])


def exports(kdir: Path) -> list[tuple[str, str, Path]]:
    """(function, mode, module path) of every JAX export, in PEERS order."""
    return [(f, mode, kdir / f"evolved_{f}{suffix}") for f in P.PEERS for mode, suffix in MODES.items()
            if (kdir / f"evolved_{f}{suffix}").is_file()]


def run_on(fn, x: np.ndarray, device) -> np.ndarray:
    import jax

    return np.asarray(jax.jit(fn)(jax.device_put(x, device)))


def mismatches(a: np.ndarray, b: np.ndarray) -> int:
    """Positions whose bits differ, a NaN matching any NaN (targets.ulp.same_bits)."""
    return int(np.count_nonzero(~same_bits(a, b)))


def make_reference(out: Path, kdir: Path) -> None:
    """Inputs and this machine's CPU bits of every export, one .npz per function."""
    import jax

    out.mkdir(parents=True, exist_ok=True)
    cpu = jax.devices("cpu")[0]
    for f, mode, path in exports(kdir):
        x = inputs(f, 1 << 15, 1 << 15, seed=1)
        np.savez_compressed(out / f"{f}_{mode}.npz", x=x, y=run_on(BJ.load_export(path), x, cpu))
        print(f"reference {f} {mode}: {x.size} points")


def check_bits(kdir: Path, reference: Path | None) -> list[dict]:
    import jax

    gpu, cpu = jax.devices("gpu")[0], jax.devices("cpu")[0]
    rows = []
    for f, mode, path in exports(kdir):
        fn = BJ.load_export(path)
        x = inputs(f, 1 << 24, 1 << 22)
        row = {"function": f, "mode": mode, "points": int(x.size),
               "gpu_vs_cpu": mismatches(run_on(fn, x, gpu), run_on(fn, x, cpu))}
        ref = reference / f"{f}_{mode}.npz" if reference else None
        if ref is not None and ref.is_file():
            data = np.load(ref)
            row["reference_points"] = int(data["x"].size)
            row["cpu_vs_reference"] = mismatches(run_on(fn, data["x"], cpu), data["y"])
            row["gpu_vs_reference"] = mismatches(run_on(fn, data["x"], gpu), data["y"])
        rows.append(row)
        print(row, flush=True)
    return rows


def _best(fn, x, repeats: int) -> float:
    fn(x).block_until_ready()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn(x).block_until_ready()
        best = min(best, time.perf_counter() - t0)
    return best


def speed(kdir: Path, repeats: int) -> list[dict]:
    import jax

    rows = []
    for f in dict.fromkeys(f for f, _, _ in exports(kdir)):
        sign, (lo, hi) = BJ.CHAIN.get(f, (1, (-3.0, 3.0)))
        ours = {f"ours JAX {mode}": BJ.load_export(kdir / f"evolved_{f}{suffix}")
                for mode, suffix in MODES.items() if (kdir / f"evolved_{f}{suffix}").is_file()}
        peers = {spec: P.jax_peer(spec, jit=False) for spec in P.PEERS[f]["jax"]}
        rng = np.random.default_rng(0)
        x_pass = jax.device_put(rng.uniform(lo, hi, PASS_N).astype(np.float32))
        x_chain = jax.device_put(rng.uniform(lo, hi, CHAIN_N).astype(np.float32))

        def chained(fn):
            def body(x0):
                x = x0
                for _ in range(UNROLL):
                    x = x0 + sign * fn(x)
                return x
            return jax.jit(body)

        t = {name: (_best(jax.jit(fn), x_pass, repeats) / x_pass.size,
                    _best(chained(fn), x_chain, repeats) / (x_chain.size * UNROLL))
             for name, fn in {**ours, **peers}.items()}
        for o in ours:
            for p in peers:
                rows.append({"function": f, "ours": o, "peer": p,
                             "pass_ns": [1e9 * t[o][0], 1e9 * t[p][0]], "pass_ratio": t[o][0] / t[p][0],
                             "chain_ns": [1e9 * t[o][1], 1e9 * t[p][1]], "chain_ratio": t[o][1] / t[p][1]})
                print(f"{f:8} {o:16} vs {p:32} pass {rows[-1]['pass_ratio']:.2f} chain {rows[-1]['chain_ratio']:.2f}",
                      flush=True)
    return rows


def to_markdown(result: dict) -> str:
    lines = [f"JAX exports on {result['gpu']} (jax {result['jax']}).", "",
             "Bits: mismatches between the GPU and the CPU of the same machine (random bit patterns, the usual "
             "range, special values), and against reference bits from the exporting machine's CPU (which its "
             "exhaustive verification ties to the numpy evaluator).", "",
             "| function | mode | points | GPU vs CPU | reference points | CPU vs reference | GPU vs reference |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r in result["bits"]:
        lines.append(f"| {r['function']} | {r['mode']} | {r['points']} | {r['gpu_vs_cpu']} | "
                     f"{r.get('reference_points', '-')} | {r.get('cpu_vs_reference', '-')} | "
                     f"{r.get('gpu_vs_reference', '-')} |")
    lines += ["", f"Speed: ns per element, one pass over 2^26 floats and a chain of {UNROLL} applications fused "
              "into one kernel over 2^24 floats; ratio = ours / peer (< 1: ours faster).", "",
              "| function | ours | peer | pass ns (ours / peer) | pass ratio | chain ns (ours / peer) | chain ratio |",
              "|---|---|---|---:|---:|---:|---:|"]
    for r in result["speed"]:
        lines.append(f"| {r['function']} | {r['ours']} | {r['peer']} | {r['pass_ns'][0]:.4f} / {r['pass_ns'][1]:.4f} "
                     f"| {r['pass_ratio']:.2f} | {r['chain_ns'][0]:.4f} / {r['chain_ns'][1]:.4f} | "
                     f"**{r['chain_ratio']:.2f}** |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kernels-dir", default=str(KDIR))
    ap.add_argument("--make-reference", metavar="DIR", help="write reference bits from this CPU and stop")
    ap.add_argument("--reference", metavar="DIR", help="reference bits made with --make-reference")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--out", default=str(KDIR.parent))
    args = ap.parse_args(argv)
    kdir = Path(args.kernels_dir)
    if args.make_reference:
        make_reference(Path(args.make_reference), kdir)
        return
    import jax

    if not gpu_available():
        print("no GPU visible to jax: nothing measured")
        return
    gpu = jax.devices("gpu")[0]
    result = {"gpu": gpu.device_kind, "jax": jax.__version__,
              "bits": check_bits(kdir, Path(args.reference) if args.reference else None),
              "speed": speed(kdir, args.repeats)}
    out = Path(args.out)
    (out / "gpu.json").write_text(json.dumps(result, indent=1))
    (out / "gpu.md").write_text(to_markdown(result))
    print(to_markdown(result))


if __name__ == "__main__":
    main()
