"""Polish the constants of an exp_half kernel (experiments/exp_half.yaml) against the error of the
whole function, not the kernel's alone.

The search scores the kernel on its domain; the full exp also carries the rounding of the
reduced argument t (up to a quarter ulp at |t| near ln2/2, where core(t) ~ 2), so the kernel's
error matters most at the top of its domain.  Greedy steps of 1-4 float32 ulps on each constant,
kept while the max ULP of the full function over a fixed sample (dense near every k's top end,
plus uniform points) goes down.  Writes an export metadata file that `evolve export FILE.json`
turns into C or JAX (and verifies exhaustively).

    python experiments/exp_half_polish.py results/kernels/evolved_exp_jax.py.json --out results/kernels/exp_half_polished.json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evolve.program import Program  # noqa: E402
from evolve.serialize import from_json_obj, to_json_obj  # noqa: E402
from targets.fullrange import full_range_function  # noqa: E402
from targets.registry import define  # noqa: E402
from targets.ulp import ulp_error  # noqa: E402
from shorten_chains import polish_constants  # noqa: E402


def sample(rng: np.random.Generator, n: int) -> np.ndarray:
    """Uniform x on [-87, 88.7] plus x whose t lies in the top and bottom tenth of [-ln2/2, ln2/2]."""
    k = rng.integers(-125, 127, n)
    t = rng.uniform(0.28, 0.3466, n) * rng.choice([-1.0, 1.0], n)
    near = (k + 0.5) * np.log(2.0) + t
    return np.concatenate([rng.uniform(-87.0, 88.7, n), near]).astype(np.float32)


def max_error(target: str, program: Program, x: np.ndarray, ref: np.ndarray) -> float:
    return float(ulp_error(full_range_function(target, program, None, "exact")(x), ref).max())


def polish(target: str, program: Program, x: np.ndarray, ref: np.ndarray,
           rounds: int = 6) -> tuple[Program, float]:
    """Greedy ulp steps on the kernel's constants against the full function's max error."""
    return polish_constants(lambda p: max_error(target, p, x, ref), program, rounds)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("export_json", help="the .json of an exp_half export")
    ap.add_argument("--out", required=True)
    ap.add_argument("--points", type=int, default=400_000)
    args = ap.parse_args(argv)
    meta = json.loads(Path(args.export_json).read_text())
    for name, definition in meta.get("definitions", {}).items():
        define(name, definition)
    program = from_json_obj(meta["program"])
    x = sample(np.random.default_rng(0), args.points)
    ref = np.exp(x.astype(np.float64))
    print(f"start: {max_error(meta['target'], program, x, ref):.4f} ulp on {x.size} points", flush=True)
    program, err = polish(meta["target"], program, x, ref)
    out = {**meta, "program": to_json_obj(program), "cost": program.cost(), "validation_max_ulp": err,
           "polished": f"experiments/exp_half_polish.py from {args.export_json}: max {err:.4f} ulp of the full "
                       f"function on {x.size} sampled points"}
    out.pop("verification", None)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"wrote {args.out}: {err:.4f} ulp")


if __name__ == "__main__":
    main()
