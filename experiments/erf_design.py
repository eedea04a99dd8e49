"""Why erf is two kernels, and what that costs: the measured limits behind the erf design.

1. Accuracy of ONE rational over all of [0, C] (C = 3.9192, where float32 erf reaches 1):
   erf(x) = x * P(x^2) / Q(x^2), XLA's form for jax's erf.  P/Q is fitted in float64 to a
   relative error far below one float32 ulp (iterated linearised least squares with Lawson
   reweighting, i.e. close to minimax), rounded to float32 constants and evaluated exactly as
   the emitted code runs it (evolve.interpret.evaluate_float32).  Its float64 evaluation
   shows the approximation error, its float32 evaluation the rounding of P, Q, the divide
   and the product; the project's constant fitting then tries to lower the float32 error.
   Horner condition numbers of P and Q and the worst point show where the rounding comes from.
2. Two polynomial kernels instead: their least total op count over split points (the
   degrees each piece needs for an approximation error of 0.3 ulp, and of 1 ulp, the most
   a < 2 ULP kernel can leave to approximation); and whether a rational tail, c + u P(u)/Q(u),
   would be cheaper than the polynomial one (the divide runs on its own unit, nearly free).
3. Speed in the JAX compute-bound chain (as in bench_speed) against jax's erf: the core
   kernel alone, both kernels with one select and nothing else (the least any design that
   runs both kernels on every lane can cost), the full verified export, and the fitted
   rational with a minimal wrapper (clamp, |x|, sign), i.e. XLA's design; and the cost of
   per-lane coefficients (a piecewise polynomial whose coefficients each lane fetches by gather
   or by select), the one design that would run a single short kernel per lane.
4. The rational tail measured: the cheapest in-budget one at the split 1 built as a program,
   its float32 accuracy (as section 1), and its speed in the project's wrappers beside the
   evolved core; and a probe that makes the core rational too and shares one divide between
   the two kernels (each lane selects its kernel's numerator, denominator and fma operands).

The designs themselves (programs and probes) are in experiments/erf_candidates.py.

    python experiments/erf_design.py [--kernels-dir results/kernels] [--out results] [--quick]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.special

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_speed as S  # noqa: E402
import erf_candidates as E  # noqa: E402
import implementations as I  # noqa: E402
import kernels as K  # noqa: E402
from erf_fits import (cheb_max_error, fit_core_rational, fit_odd_rational, fit_tail_rational,  # noqa: E402
                      horner_condition, tail_rational_fit)
from evolve.interpret import evaluate_float32, evaluate_float64  # noqa: E402
from evolve.program import Program  # noqa: E402
from evolve.serialize import to_json_obj  # noqa: E402
from targets.dataset import load_point_set  # noqa: E402
from targets.erf import SPLIT, C, make_tail_target, make_target  # noqa: E402
from targets.fitting import fit_constants  # noqa: E402
from targets.ulp import ulp_error, ulp_unit  # noqa: E402

DEGREES = ((4, 6), (5, 5), (5, 6))  # (numerator, denominator) degrees in x^2; XLA's is (4, 6)
SWEEP_BUDGETS = (0.3, 1.0)  # approximation error left to each kernel, ulps: strict, and all a < 2 ULP kernel can spare
TAIL_RATIONAL = (6, 5)  # the cheapest rational tail within the 1-ulp budget at the split 1 (rational_tail_sweep)
CORE_RATIONAL = (3, 2)  # a rational core t + t R(t^2)/Q(t^2) on [0, 1): 0.035 ulp, one op less than the polynomial


def sweep_points(stride: int, lo: float = 2.0**-12) -> tuple[np.ndarray, np.ndarray]:
    """Every `stride`-th float32 in [lo, C) with its float64 erf (below 2^-12 erf(x)/x is
    2/sqrt(pi) to float32 precision; the rational's trouble is at large x)."""
    lo_bits, hi_bits = np.array([lo, C], dtype=np.float32).view(np.uint32)
    x = np.arange(lo_bits, hi_bits, stride, dtype=np.uint32).view(np.float32)
    return x, scipy.special.erf(x.astype(np.float64))


def _measure(prog: Program, x: np.ndarray, ref: np.ndarray, train, seed: int) -> tuple[dict, Program]:
    """Max ULP of `prog` on x evaluated in float64 and in float32, then after the project's
    float32 constant fitting on `train`: its float32 and float64 errors, the rounding alone
    (float32 against float64 evaluation of the same constants) and the worst point."""
    row = {"cost": prog.cost(),
           "float64_eval_ulp": float(ulp_error(evaluate_float64(prog, x).astype(np.float32), ref).max()),
           "float32_ulp": float(ulp_error(evaluate_float32(prog, x), ref).max())}
    t0 = time.perf_counter()
    fitted = fit_constants(prog, train, np.random.default_rng(seed))
    y32 = evaluate_float32(fitted, x)
    err = ulp_error(y32, ref)
    rounding = np.abs(y32.astype(np.float64) - evaluate_float64(fitted, x)) / ulp_unit(ref)
    worst = err.argmax()
    row.update(float32_ulp_refit=float(err[worst]), worst_x=float(x[worst]), erf_at_worst=float(ref[worst]),
               float64_eval_ulp_refit=float(ulp_error(evaluate_float64(fitted, x), ref).max()),
               rounding_ulp_refit=float(rounding.max()),
               refit_seconds=time.perf_counter() - t0, points=int(x.size))
    return row, fitted


def accuracy(stride: int, seed: int = 0, log=print) -> list[dict]:
    """Section 1: one rational over [0, C], per degree pair, on every `stride`-th float32."""
    x, ref = sweep_points(stride)
    train = load_point_set(make_target(domain=(0.0, C)), 3000, "train", seed)
    squares = np.linspace(0.0, C * C, 4001)  # x^2, the argument of P and Q
    rows = []
    for num, den in DEGREES:
        p_c, q_c, rel = fit_odd_rational(num, den)
        row, fitted = _measure(E.rational_program(p_c, q_c), x, ref, train, seed)
        row.update(num=num, den=den, fit_rel_error=rel, p_condition=horner_condition(p_c, squares),
                   q_condition=horner_condition(q_c, squares))
        log(f"rational ({num},{den}): fit rel {rel:.2e}, float64 eval {row['float64_eval_ulp']:.3f} ULP, "
            f"float32 {row['float32_ulp']:.2f} ULP; refit: {row['float32_ulp_refit']:.2f} ULP (float64 eval "
            f"{row['float64_eval_ulp_refit']:.3f}, rounding alone up to {row['rounding_ulp_refit']:.2f})")
        rows.append(dict(row, program=fitted))
    return rows


def tail_accuracy(stride: int, seed: int = 0, log=print) -> list[dict]:
    """Section 4: the cheapest in-budget rational tail (TAIL_RATIONAL) built as a program, plain
    and with a monic Q, on every `stride`-th float32 in [SPLIT, C), as section 1 measures."""
    x, ref = sweep_points(stride, lo=SPLIT)
    train = load_point_set(make_tail_target(), 3000, "train", seed)
    t0, r_c, q_c, err = tail_rational_fit(*TAIL_RATIONAL, SPLIT)
    rows = []
    for monic in (False, True):
        row, fitted = _measure(E.tail_rational_program(t0, r_c, q_c, monic), x, ref, train, seed)
        row.update(num=TAIL_RATIONAL[0], den=TAIL_RATIONAL[1], monic=monic, fit_ulp=err)
        log(f"rational tail {TAIL_RATIONAL}{' monic' if monic else ''}: fit {err:.3f} ULP, float64 eval "
            f"{row['float64_eval_ulp']:.3f}, float32 {row['float32_ulp']:.2f}; refit {row['float32_ulp_refit']:.2f} "
            f"(rounding alone up to {row['rounding_ulp_refit']:.2f})")
        rows.append(dict(row, program=fitted))
    return rows


def split_sweep(splits=(0.5, 0.75, 1.0, 1.5, 2.0), budget: float = 0.3) -> list[dict]:
    """Section 2: for a split point a, the least polynomial degrees whose approximation error is
    below `budget` ulps (leaving the rest of a 1-ULP goal to rounding): the core erf(t) = t + t P(t^2)
    on [0, a] (relative error), the tail erf(t) = P(t) on [a, C] (absolute error in units of 2^-24,
    one ulp of erf there).  Ops: core degree + 2 (t^2, final fma), tail degree + 1 (centering)."""
    unit = 2.0**-24
    ratio = lambda s: np.where(s > 0, scipy.special.erf(np.sqrt(s)) / np.sqrt(np.maximum(s, 1e-300)),  # noqa: E731
                               2 / np.sqrt(np.pi))
    rows = []
    for a in splits:
        core = next(d for d in range(1, 30)
                    if cheb_max_error(lambda s: ratio(s) - 1, lambda s: 1 / (unit * ratio(s)), 0.0, a * a, d) < budget)
        tail = next(d for d in range(1, 40)
                    if cheb_max_error(scipy.special.erf, lambda x: np.full_like(x, 1 / unit), a, C, d) < budget)
        rows.append({"budget": budget, "split": a, "core_degree": core, "tail_degree": tail,
                     "ops": core + 2 + tail + 1})
    return rows


def rational_tail_sweep(splits=(0.75, 1.0), budgets=SWEEP_BUDGETS) -> list[dict]:
    """Section 2, rational tail: per split and budget, the cheapest erf ~ c + u P(u)/Q(u) on [a, C]
    (R = c Q + u P of degree num, Q of degree den, den <= num <= den + 1) below the budget.
    Ops as evaluated: centering, Horner of P (num - 1) and Q (den), the divide, the final fma."""
    rows = []
    for a in splits:
        errors = {(num, den): fit_tail_rational(num, den, a) for den in range(3, 9) for num in (den, den + 1)}
        for b in budgets:
            num, den = min((k for k, e in errors.items() if e < b), key=lambda k: (sum(k), k))
            rows.append({"budget": b, "split": a, "num": num, "den": den, "ops": num + den + 2,
                         "error_ulp": errors[num, den]})
    return rows


def speed(kernel: K.Kernel, rational_prog: Program, tail_prog: Program, quick: bool, log=print) -> list[dict]:
    """Section 3: JAX chain ratios against jax's erf (median of rounds, as bench_speed); with
    section 4's rational tail `tail_prog` in the verified wrappers, and in the shared-divide probe
    beside a rational core (CORE_RATIONAL)."""
    import jax
    import jax.numpy as jnp
    from codegen.jax_emitter import jax_kernel

    core = jax_kernel(kernel.program, jit=False)
    tail = jax_kernel(kernel.tail, jit=False)

    def kernels_only(x):
        t = jnp.abs(x)
        return jnp.where(t < jnp.float32(1.0), core(t), tail(t))

    peer = {"jax.scipy erf": I.jax_peer("erf", jit=False)}
    designs = {"core kernel alone": core, "both kernels + one select": kernels_only,
               "ours, full export": I.jax_full("erf", kernel.program, jit=False, tail=kernel.tail),
               "ours, flush export (subnormals as XLA/jax)": I.jax_full("erf", kernel.program, jit=False,
                                                                       tail=kernel.tail, subnormals="flush"),
               "one rational + clamp/sign": E.minimal_rational_erf(jax_kernel(rational_prog, jit=False)),
               f"ours with a rational tail {TAIL_RATIONAL}, full export": I.jax_full(
                   "erf", kernel.program, jit=False, tail=tail_prog),
               f"ours with a rational tail {TAIL_RATIONAL}, flush export": I.jax_full(
                   "erf", kernel.program, jit=False, tail=tail_prog, subnormals="flush"),
               f"probe: rational core {CORE_RATIONAL} + rational tail {TAIL_RATIONAL}, one shared divide":
                   E.shared_divide_erf(E.core_rational_program(*fit_core_rational(*CORE_RATIONAL, SPLIT)[:2]),
                                      tail_prog)}
    probes = {f"cost probe: 8 pieces x degree 6, coefficients by {f}": E.per_lane_probe(f) for f in ("gather", "select")}
    n, repeats, rounds = (2**16, 3, 3) if quick else (2**18, 20, 7)  # milliseconds per call: cheap
    x0 = jax.device_put(S.chain_inputs("erf", n, np.random.default_rng(0)))
    rows = []
    # Two races, each against jax's erf: timed alongside the probes (4-12x slower), every ratio of
    # the designs came out ~13% lower than in bench_speed's race (1.55x against 1.75x for the export).
    for group in (designs, probes):
        chains = {name: I.jax_chain(f, "erf", S.REPS) for name, f in {**peer, **group}.items()}
        for c in chains.values():
            c(x0).block_until_ready()
        times = S.race_rounds({name: (lambda c=c: c(x0).block_until_ready()) for name, c in chains.items()},
                              repeats, rounds)
        rows += S._row("erf", "JAX CPU", f"chain {S.REPS}x", n, times, list(group), "jax.scipy erf", S.REPS)
    for r in rows:
        log(f"{r['ours']}: {r['ratio']:.2f}x jax's erf ({r['ratio_lo']:.2f}-{r['ratio_hi']:.2f})")
    return rows


def to_markdown(result: dict) -> str:
    lines = ["One rational over all of [0, C] (erf(x) = x P(x^2)/Q(x^2), Horner with fma, as XLA): "
             f"max ULP over every {result['stride']}th float32 in [2^-12, C) against float64 erf.", "",
             "Fitted: the float64 fit rounded to float32 constants; refitted: after the project's float32 "
             "constant fitting.  'Rounding alone' is the largest gap between the float32 evaluation and the "
             "float64 evaluation of the same constants, in ulps of erf.", "",
             "| P, Q degree (in x^2) | ops | float64 fit, relative | fitted, in float64 | fitted, in float32 | "
             "refitted, in float64 | refitted, in float32 | rounding alone | worst x (erf there) | "
             "Horner condition P, Q |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in result["rational"]:
        lines.append(f"| {r['num']}, {r['den']} | {r['cost']:g} | {r['fit_rel_error']:.1e} | "
                     f"{r['float64_eval_ulp']:.3f} | {r['float32_ulp']:.2f} | {r['float64_eval_ulp_refit']:.3f} | "
                     f"**{r['float32_ulp_refit']:.2f}** | {r['rounding_ulp_refit']:.2f} | "
                     f"{r['worst_x']:.4f} ({r['erf_at_worst']:.8f}) | {r['p_condition']:.2f}, {r['q_condition']:.2f} |")
    lines += ["", "All coefficients are positive or negligible (Horner condition numbers near 1 on [0, C^2]), so "
              "the loss is not cancellation: it peaks where erf is just below 1, at the top of the binade "
              "[0.5, 1), where one ulp of the result is one float32 unit roundoff, so the relative rounding "
              "error of each of its 13-14 operations passes to the result at up to one ulp each."]
    lines += ["", "Two polynomial kernels, core erf(t) = t + t P(t^2) on [0, a] and tail P(t) on [a, C]: "
              "least degrees for an approximation error below the budget (Chebyshev fits; a 1-ulp budget "
              "leaves under 1 ulp for rounding in a < 2 ULP kernel; the evolved kernels, split 1: 6 + 12, "
              "i.e. 21 ops):", "",
              "| approximation budget, ulp | split a | core degree (in t^2) | tail degree | ops, both kernels |",
              "|---:|---:|---:|---:|---:|"]
    for r in result["split_sweep"]:
        lines.append(f"| {r['budget']:g} | {r['split']:g} | {r['core_degree']} | {r['tail_degree']} | {r['ops']} |")
    lines += ["", "A rational tail instead, erf(t) = c + u P(u)/Q(u) on [a, C] (u = t - t0; R = cQ + uP of degree "
              "num, Q of degree den): the cheapest below the budget.  erf's approach to 1 is exponential, which "
              "a rational follows little better than a polynomial: the tail saves 0-2 ops (the divide counted "
              "as one), and the pair still needs 20 ops at best:", "",
              "| approximation budget, ulp | split a | R, Q degree | error, ulp | tail ops (with the divide) | "
              "ops, both kernels |", "|---:|---:|---:|---:|---:|---:|"]
    core = {(r["budget"], r["split"]): r["core_degree"] + 2 for r in result["split_sweep"]}
    for r in result.get("rational_tail", []):
        both = core.get((r["budget"], r["split"]))
        lines.append(f"| {r['budget']:g} | {r['split']:g} | {r['num']}, {r['den']} | {r['error_ulp']:.2f} | "
                     f"{r['ops']} | {both + r['ops'] if both else '-'} |")
    tails = result.get("tail_measured", [])
    if tails:
        lines += ["", f"The cheapest of these at the split {SPLIT:g}, {tails[0]['num']}, {tails[0]['den']}, built as a "
                  "program (c + u P(u)/Q(u), the divide's result a correction fma'd onto c; monic: Q scaled to a "
                  "leading 1, so its first step is an add) and measured as the one rational above, over every "
                  f"{result['stride']}th float32 in [{SPLIT:g}, C):", "",
                  "| form | ops | float64 fit | fitted, in float64 | fitted, in float32 | refitted, in float64 | "
                  "refitted, in float32 | rounding alone | worst x (erf there) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in tails:
            lines.append(f"| {'monic Q' if r['monic'] else 'Q(0) = 1'} | {r['cost']:g} | {r['fit_ulp']:.3f} | "
                         f"{r['float64_eval_ulp']:.3f} | {r['float32_ulp']:.2f} | {r['float64_eval_ulp_refit']:.3f} | "
                         f"**{r['float32_ulp_refit']:.2f}** | {r['rounding_ulp_refit']:.2f} | "
                         f"{r['worst_x']:.4f} ({r['erf_at_worst']:.8f}) |")
        lines += ["", "The more accurate of the two is the tail in the chain below, in the project's own wrappers "
                  "beside the evolved core, and in a probe that also makes the core rational and shares one "
                  "divide between the kernels (each lane selects its kernel's numerator, denominator and fma "
                  "operands: the same operations lane by lane, so the same bits as two divides)."]
    m = result["machine"]
    lines += ["", f"JAX CPU chain ({result['reps']} dependent applications), ratio to jax's erf "
              f"(median of the rounds, lowest-highest in brackets; {S.cpu_label(m)}{S._pinned(m)}):", "",
              "| implementation | ratio |", "|---|---:|"]
    for r in result["speed"]:
        lines.append(f"| {r['ours']} | **{r['ratio']:.2f}** ({r['ratio_lo']:.2f}-{r['ratio_hi']:.2f}) |")
    lines += ["", "The cost probes compute no erf: they time a single degree-6 Horner per lane whose coefficients "
              "each lane fetches for its own piece, which is what one short kernel per lane would need. XLA on "
              "CPU compiles the gather to scalar loads, one per lane and coefficient, and the where-chain "
              "to 7 blends per coefficient, so per-lane coefficients cost several times jax's whole erf."]
    return "\n".join(lines) + "\n"


def run(kernel: K.Kernel, quick: bool = False, log=print) -> dict:
    """All three sections; the JSON-ready result."""
    stride = 64 if quick else 8
    rat = accuracy(stride, log=log)
    best = min(rat, key=lambda r: r["float32_ulp_refit"])
    tails = tail_accuracy(stride, log=log)
    best_tail = min(tails, key=lambda r: r["float32_ulp_refit"])
    rows = speed(kernel, best["program"], best_tail["program"], quick, log=log)
    for r in rat + tails:
        r["program"] = to_json_obj(r["program"])
    return {"stride": stride, "reps": S.REPS, "rational": rat,
            "split_sweep": [r for b in SWEEP_BUDGETS for r in split_sweep(budget=b)],
            "rational_tail": rational_tail_sweep(), "tail_measured": tails, "speed": rows, "machine": S.machine(),
            "kernel": kernel.label()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--quick", action="store_true", help="sparser sweep, shorter timings")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    args.targets = ["erf"]
    kernel = K.kernels_from_args(args)["erf"]
    result = run(kernel, args.quick)
    print(K.save_result(Path(args.out), "erf_design", result, to_markdown(result)))


if __name__ == "__main__":
    main()
