"""Speed on a GPU: our JAX exp/log/erf (strict, non-strict, flush) vs jnp / jax.scipy, under jit.

The same comparison as bench_speed.py's JAX part, on jax's GPU: one pass over a large
array (memory-bound on a GPU: ~370 Gelem/s on an H100 whatever the kernel, DESIGN.md) and
the compute-bound chain x <- x0 +- f(x) in a lax.fori_loop.  Exits with status 0 and a
message when jax sees no GPU (a CPU-only jax, or no device).

    python experiments/bench_speed_gpu.py --runs-root runs [--quick] [--out results]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_speed as S  # noqa: E402
import kernels as K  # noqa: E402


def gpu_available() -> bool:
    """True when jax has a GPU backend with at least one device."""
    import jax

    try:
        return len(jax.devices("gpu")) > 0
    except RuntimeError:
        return False


def run(kernels: dict, quick: bool = True, log=print) -> dict | None:
    """The GPU rows, or None when there is no GPU."""
    if not gpu_available():
        return None
    import jax

    n, chain_n, repeats, rounds = (2**24, 2**22, 5, 3) if quick else (2**26, 2**24, 10, 3)
    with jax.default_device(jax.devices("gpu")[0]):
        rows = S.jax_rows(kernels, n, chain_n, S.REPS, repeats, f"JAX {jax.devices('gpu')[0].device_kind}",
                          rounds=rounds)
    for r in rows:
        log(S._line(r))
    return {"quick": quick, "reps": S.REPS, "repeats": repeats, "rounds": rounds, "machine": S.machine(),
            "rows": rows,
            "kernels": {t: {"source": k.source, "cost": k.cost} for t, k in kernels.items()}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--quick", action="store_true", help="smaller arrays, fewer repeats")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    kernels = K.kernels_from_args(args)
    result = run(kernels, args.quick)
    if result is None:
        import jax

        print(f"bench_speed_gpu: jax sees no GPU (devices: {jax.devices()}); nothing measured. "
              "Install a CUDA jax (pip install 'jax[cuda12]') on a machine with a GPU.")
        return 0
    print(K.save_result(Path(args.out), "speed_gpu", result, S.to_markdown(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
