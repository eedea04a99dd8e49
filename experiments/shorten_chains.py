"""Shorter dependency chains in an export's kernels, with the constants polished back to accuracy.

A long Horner chain, not the op count, sets the speed of a vectorized loop (evolve/reassociate.py):
splitting erf's degree-12 tail took the C array entry from 0.95x to 0.87x libmvec (AVX2), and
log's kernel its JAX flush export from 0.69x to 0.62x jnp.log.  The split rounds differently,
so this script
  1. rewrites the chosen kernels (`evolve.reassociate.split_horner`, last --keep steps Horner;
     with --expand vN, node vN of the core, a polynomial evolved in any shape, first becomes one
     Horner chain of its coefficients: `horner_of`),
  2. measures the whole function's max ULP on a sample: random bit patterns over each --range
     (default: every finite float32), with the target's float64 reference,
  3. polishes the rewritten kernels' constants (greedy steps of 1-4 float32 ulps, kept while the
     sampled max goes down; the sample's worst points weigh in every step) if --polish > 0,
  4. writes export metadata that `evolve export OUT.json --lang c|jax` turns into code and
     verifies over every float32 (the figures that count).

    python experiments/shorten_chains.py results/kernels/evolved_erff.h.json --slots tail \
        --range 1 3.92 --out results/kernels/erf_short.json
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evolve.program import Program  # noqa: E402
from evolve.reassociate import depth, horner_of, split_horner  # noqa: E402
from evolve.serialize import from_json_obj, to_json_obj, to_text  # noqa: E402
from targets.fullrange import full_range_function  # noqa: E402
from targets.registry import define, get_target  # noqa: E402
from targets.ulp import ulp_error  # noqa: E402


def sample(ranges: list[tuple[float, float]], n: int, rng: np.random.Generator) -> np.ndarray:
    """n random float32 per range [lo, hi] (lo >= 0 or hi <= 0), uniform in bit patterns, so
    every binade and every kernel argument is hit; both signs where the range is [0, hi]."""
    parts = []
    for lo, hi in ranges:
        a, b = sorted(abs(np.float32(v)).view(np.uint32) for v in (lo, hi))
        bits = rng.integers(int(a), int(b) + 1, n, dtype=np.uint64).astype(np.uint32)
        if lo < 0 and hi <= 0:
            bits |= np.uint32(0x80000000)
        parts.append(bits.view(np.float32))
    return np.concatenate(parts)


def with_consts(program: Program, values: dict[int, float]) -> Program:
    """`program` with the const nodes of `values` (index -> float32 value) replaced."""
    nodes = list(program.nodes)
    for i, v in values.items():
        nodes[i] = replace(nodes[i], value=float(v))
    return Program(tuple(nodes), program.output)


def polish_constants(error: Callable[[Program], float], program: Program, rounds: int = 6,
                     log=print) -> tuple[Program, float]:
    """Greedy ulp steps (+-1, 2, 4) on each constant of `program`, kept while error(program)
    goes down; at most `rounds` sweeps over the constants."""
    consts = {i: n.value for i, n in enumerate(program.nodes) if n.op == "const"}
    best = error(program)
    for _ in range(rounds):
        improved = False
        for i in consts:
            for step in (1, -1, 2, -2, 4, -4):
                trial = dict(consts)
                bits = np.float32(consts[i]).view(np.int32) + np.int32(step)
                trial[i] = float(np.int32(bits).view(np.float32))
                err = error(with_consts(program, trial))
                if err < best:
                    best, consts, improved = err, trial, True
                    log(f"  const v{i} -> {trial[i].hex()}: {best:.4f} ulp")
        if not improved:
            break
    return with_consts(program, consts), best


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("export_json", help="the .json of an export (C or JAX)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--slots", nargs="+", default=["core", "tail"], choices=["core", "tail"])
    ap.add_argument("--keep", type=int, default=2, help="last Horner steps kept as they are")
    ap.add_argument("--expand", metavar="vN", help="first recompute node vN of the (folded) core kernel, "
                    "a polynomial in x however evolved, as one Horner chain of its coefficients")
    ap.add_argument("--range", nargs=2, type=float, action="append", metavar=("LO", "HI"),
                    help="sample range (repeatable); default all finite float32")
    ap.add_argument("--points", type=int, default=2_000_000, help="per range")
    ap.add_argument("--polish", type=int, default=6, help="polish rounds (0: none)")
    ap.add_argument("--worst", type=int, default=20_000, help="worst points added to the polish set per refinement")
    ap.add_argument("--refine", type=int, default=4, help="polish / whole-sample check rounds")
    args = ap.parse_args(argv)
    meta = json.loads(Path(args.export_json).read_text())
    for name, definition in meta.get("definitions", {}).items():
        define(name, definition)
    target, mode = meta["target"], meta.get("subnormals", "exact")
    programs = {"core": from_json_obj(meta["program"]),
                "tail": from_json_obj(meta["tail"]["program"]) if meta.get("tail") else None}
    rng = np.random.default_rng(0)
    x = sample(args.range or [(0.0, 3.4028234663852886e38), (-3.4028234663852886e38, -0.0)], args.points, rng)
    ref = get_target(target).full_float64(x.astype(np.float64))
    keep = np.isfinite(ref)
    x, ref = x[keep], ref[keep]

    def errors(core: Program, tail: Program | None, xs=x, refs=ref) -> np.ndarray:
        return ulp_error(full_range_function(target, core, tail, mode)(xs), refs)

    print(f"{target} ({mode}), {x.size} points: original {errors(**programs).max():.4f} ulp", flush=True)
    for slot in args.slots:
        if programs[slot] is None:
            continue
        before = programs[slot]
        if args.expand and slot == "core":
            programs[slot] = horner_of(before.folded(), int(args.expand.lstrip("v")))
            print(f"  {slot}: {args.expand} as a Horner chain: {errors(**programs).max():.4f} ulp", flush=True)
        programs[slot] = split_horner(programs[slot], keep=args.keep)
        print(f"  {slot}: depth {depth(before)} -> {depth(programs[slot])}, "
              f"{len(before.nodes)} -> {len(programs[slot].nodes)} nodes", flush=True)
    err = errors(**programs)
    print(f"split: {err.max():.4f} ulp", flush=True)
    for slot in args.slots:
        if args.polish <= 0 or programs[slot] is None:
            continue
        # polish on the worst points of the whole sample plus a random part, then look at the
        # whole sample again: its new worst points join the polish set, until no gain
        pick = rng.choice(x.size, min(x.size, 200_000), replace=False)
        best = float(errors(**programs).max())
        for _ in range(args.refine):
            err = errors(**programs)
            pick = np.union1d(pick, np.argsort(err)[-args.worst:])
            xs, refs = x[pick], ref[pick]

            def slot_error(p: Program, slot=slot) -> float:
                return float(errors(**{**programs, slot: p}, xs=xs, refs=refs).max())

            trial, _ = polish_constants(slot_error, programs[slot], args.polish)
            whole = float(errors(**{**programs, slot: trial}).max())
            print(f"  {slot}: whole sample {whole:.4f} ulp (was {best:.4f}), polish set {pick.size}", flush=True)
            if whole >= best:
                break
            programs[slot], best = trial, whole
    final = float(errors(**programs).max())
    print(f"final: {final:.4f} ulp on {x.size} points", flush=True)
    out = {**meta, "program": to_json_obj(programs["core"]), "text": to_text(programs["core"]),
           "cost": programs["core"].cost(), "validation_max_ulp": final,
           "shortened": f"experiments/shorten_chains.py {' '.join(argv or sys.argv[1:])}: max {final:.4f} ulp "
                        f"of the full function on {x.size} sampled points"}
    if programs["tail"] is not None:
        out["tail"] = {**meta["tail"], "program": to_json_obj(programs["tail"]), "text": to_text(programs["tail"]),
                       "cost": programs["tail"].cost()}
    out.pop("verification", None)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
