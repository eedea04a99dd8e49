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
    """n random float32 per range [lo, hi], uniform in bit patterns, so every binade and every
    kernel argument is hit; a range that spans zero is drawn as its two signed halves."""
    parts = []
    for lo, hi in ranges:
        lo, hi = min(lo, hi), max(lo, hi)
        halves = [(lo, hi)] if lo >= 0 or hi <= 0 else [(lo, -0.0), (0.0, hi)]
        for a, b in halves:
            ends = sorted(int(np.float32(abs(v)).view(np.uint32)) for v in (a, b))
            bits = rng.integers(ends[0], ends[1] + 1, n // len(halves), dtype=np.uint64).astype(np.uint32)
            if b <= 0 and (a < 0 or np.signbit(b)):
                bits |= np.uint32(0x80000000)
            parts.append(bits.view(np.float32))
    return np.concatenate(parts)


def kernel_error(name: str, program: Program, n: int, rng: np.random.Generator) -> float:
    """Max ULP of a kernel on n points of its own domain (search target `name`), as the
    validation_max_ulp of an export means it."""
    from evolve.interpret import evaluate_float32

    t = get_target(name)
    x = sample([t.domain], n, rng)
    x = x[(x >= t.domain[0]) & (x <= t.domain[1])]
    return float(ulp_error(evaluate_float32(program, x), t.kernel_float64(x.astype(np.float64))).max())


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
                    help="sample range (repeatable); default all finite float32.  Negative bounds in "
                         "plain decimals (-0.00001): argparse reads -1e-5 as an option")
    ap.add_argument("--points", type=int, default=2_000_000, help="per range")
    ap.add_argument("--polish", type=int, default=6, help="polish rounds (0: none)")
    ap.add_argument("--worst", type=int, default=20_000, help="worst points added to the polish set per refinement")
    ap.add_argument("--refine", type=int, default=4, help="polish / whole-sample check rounds")
    args = ap.parse_args(argv)
    if args.expand and "core" not in args.slots:
        ap.error("--expand rewrites the core kernel: add core to --slots")
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
        # whole sample again: the worst points of that trial join the polish set for the next
        # round; a trial is kept only where the whole sample's max went down
        pick = rng.choice(x.size, min(x.size, 200_000), replace=False)
        best = float(errors(**programs).max())
        trial = programs[slot]
        for _ in range(args.refine):
            err = errors(**{**programs, slot: trial})
            pick = np.union1d(pick, np.argsort(err)[-args.worst:])
            xs, refs = x[pick], ref[pick]

            def slot_error(p: Program, slot=slot) -> float:
                return float(errors(**{**programs, slot: p}, xs=xs, refs=refs).max())

            trial, _ = polish_constants(slot_error, programs[slot], args.polish)
            whole = float(errors(**{**programs, slot: trial}).max())
            print(f"  {slot}: whole sample {whole:.4f} ulp (best {best:.4f}), polish set {pick.size}", flush=True)
            if whole < best:
                programs[slot], best = trial, whole
    final = float(errors(**programs).max())
    print(f"final: {final:.4f} ulp on {x.size} points", flush=True)
    note = (f"experiments/shorten_chains.py {' '.join(argv or sys.argv[1:])}: max {final:.4f} ulp of the full "
            f"function on {x.size} sampled points")
    out = {**meta, "shortened": note}
    for slot, key, name in (("core", None, target), ("tail", "tail", f"{target}_tail")):
        if slot not in args.slots or programs[slot] is None:
            continue
        entry = {"program": to_json_obj(programs[slot]), "text": to_text(programs[slot]),
                 "cost": programs[slot].cost(),
                 "validation_max_ulp": kernel_error(name, programs[slot], 1_000_000, rng)}
        if key is None:
            out.update(entry)
        else:
            out[key] = {**meta[key], **entry}
    out.pop("verification", None)
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
