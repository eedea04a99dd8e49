"""Polynomial baselines per degree: Taylor and minimax kernels, float32-evaluated like ours.

Each baseline is a Program of the same shape as the search's polynomial seeds
(evolve.seeds.polynomial: Horner with fma; exp P(r), log f*P(f), erf t*P(t^2)), so its cost
is counted exactly like an evolved kernel's: degree (exp), degree + 1 (log), degree + 2 (erf).
- Taylor: P's Taylor coefficients at 0, rounded to float32.
- minimax: a float64 linear-programming minimax of the ULP-weighted error (Chebyshev basis,
  converted to monomials), then the project's constant fitting (targets/fitting.py: least
  squares, LP minimax with a float32 rounding envelope, float32 polish) on the run's training
  points, with more effort than the search spends per child.
Errors are max ULP on the same validation points the search reports (targets/dataset.py).

    python experiments/baselines.py [--targets exp log erf] [--out results/baselines.json]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evolve.program import Program  # noqa: E402
from evolve.seeds import polynomial  # noqa: E402
from evolve.serialize import to_json_obj  # noqa: E402

FORMS = {"exp": "plain", "log": "x_times", "erf": "odd"}
# Point-set sizes and seed of the experiment configs (experiments/*.yaml), so the baselines
# are scored on the very validation points the search's front reports.
TRAIN_POINTS = {"exp": 1000, "log": 1000, "erf": 1500}
VALIDATION_POINTS = 10000
DEGREES = {"exp": range(1, 9), "log": range(1, 11), "erf": range(1, 17)}


def taylor_coefficients(target: str, degree: int) -> list[float]:
    """Coefficients c_0..c_degree (float64) of P's Taylor series at 0 for `target`'s form:
    exp(r) = sum r^k/k!; log1p(f) = f * sum (-1)^k f^k/(k+1); erf(t) = t * sum c_k t^(2k) with
    c_k = 2/sqrt(pi) (-1)^k / (k! (2k+1))."""
    if degree < 0:
        raise ValueError("degree must be >= 0")
    ks = range(degree + 1)
    if target == "exp":
        return [1.0 / math.factorial(k) for k in ks]
    if target == "log":
        return [(-1.0) ** k / (k + 1) for k in ks]
    if target == "erf":
        return [2.0 / math.sqrt(math.pi) * (-1.0) ** k / (math.factorial(k) * (2 * k + 1)) for k in ks]
    raise ValueError(f"no polynomial baseline for target {target!r}; known: {', '.join(FORMS)}")


def polynomial_program(target: str, coefficients) -> Program:
    """The seed-shaped Horner program of `target` with P's coefficients c_0..c_n (rounded to
    float32).  evolve.seeds.polynomial holds its constants highest degree first."""
    coefficients = [float(c) for c in coefficients]
    program = polynomial(len(coefficients) - 1, FORMS[target])
    return program.with_constants(np.array(coefficients[::-1], dtype=np.float32))


def taylor_program(target: str, degree: int) -> Program:
    """Taylor baseline of `degree` (of P) as a float32 program."""
    return polynomial_program(target, taylor_coefficients(target, degree))


def point_sets(target: str, seed: int = 0, cache_dir=None):
    """(train, validation) point sets of the experiment configs for `target` (cached on disk,
    in `cache_dir` or the project's default cache folder)."""
    from targets.dataset import load_point_set
    from targets.registry import get_target

    t = get_target(target)
    return (load_point_set(t, TRAIN_POINTS[target], "train", seed, cache_dir),
            load_point_set(t, VALIDATION_POINTS, "validation", seed, cache_dir))


def lp_minimax_coefficients(target: str, degree: int, points) -> np.ndarray:
    """Float64 coefficients c_0..c_degree of P minimizing the max ULP-weighted error on `points`
    (a linear program, scipy HiGHS), solved in a Chebyshev basis of P's variable scaled to its
    range (well conditioned at high degree) and converted to monomials."""
    from scipy.optimize import linprog

    from targets.ulp import ulp_unit

    x = np.asarray(points.x, dtype=np.float64)
    ref = np.asarray(points.ref, dtype=np.float64)
    var = x * x if FORMS[target] == "odd" else x
    factor = np.ones_like(x) if FORMS[target] == "plain" else x
    lo, hi = float(var.min()), float(var.max())
    basis = np.polynomial.chebyshev.chebvander((2 * var - (lo + hi)) / (hi - lo), degree) * factor[:, None]
    w = 1.0 / ulp_unit(ref)
    m = degree + 1
    # variables (a_0..a_degree, t): minimize t subject to -t <= w (basis a - ref) <= t
    a_ub = np.block([[basis * w[:, None], -np.ones((x.size, 1))], [-basis * w[:, None], -np.ones((x.size, 1))]])
    b_ub = np.concatenate([ref * w, -ref * w])
    cost = np.zeros(m + 1)
    cost[-1] = 1.0
    res = linprog(cost, A_ub=a_ub, b_ub=b_ub, bounds=[(None, None)] * (m + 1), method="highs")
    if not res.success:
        raise RuntimeError(f"minimax LP failed for {target} degree {degree}: {res.message}")
    cheb = np.polynomial.Chebyshev(res.x[:m], domain=[lo, hi])
    return cheb.convert(kind=np.polynomial.Polynomial).coef


def lp_float64_error(target: str, coefficients, points) -> float:
    """Max ULP of the polynomial with float64 `coefficients`, evaluated in float64 on `points`."""
    from targets.ulp import ulp_unit

    x = np.asarray(points.x, dtype=np.float64)
    var = x * x if FORMS[target] == "odd" else x
    y = np.polynomial.polynomial.polyval(var, coefficients) * (1.0 if FORMS[target] == "plain" else x)
    return float(np.max(np.abs(y - points.ref) / ulp_unit(points.ref)))


def minimax_options():
    """Constant-fitting options for the minimax baselines (more effort than a search child)."""
    from targets.fitting import FitOptions

    return FitOptions(method="lsq", lsq_max_nfev=100, minimax_rounds=8, envelope_rounds=3,
                      polish_max_evals=600)


def minimax_program(target: str, degree: int, train, seed: int = 0, options=None,
                    previous: Program | None = None, lp_coefficients=None) -> Program:
    """Minimax (in max ULP, float32-evaluated) baseline of `degree`, fitted on `train`.

    Fitted (targets/fitting.py) from three starts: the float64 LP minimax
    (`lp_minimax_coefficients`), the Taylor coefficients and, if given, `previous` (the
    degree - 1 baseline padded with a zero leading coefficient, which Horner evaluates exactly
    as the lower degree); the lowest training error wins, so error never grows with degree.
    """
    from targets.fitting import fit_constants

    options = options or minimax_options()
    if lp_coefficients is None:
        lp_coefficients = lp_minimax_coefficients(target, degree, train)
    starts = [polynomial_program(target, lp_coefficients),
              taylor_program(target, degree)]
    if previous is not None:
        c = previous.constants()  # highest degree first
        if c.size != degree:
            raise ValueError(f"previous baseline has degree {c.size - 1}, expected {degree - 1}")
        starts.append(polynomial(degree, FORMS[target]).with_constants(np.concatenate([[0.0], c])))
    fits = [fit_constants(p, train, np.random.default_rng(seed), options) for p in starts]
    return min(fits, key=lambda p: max_ulp(p, train))


def max_ulp(program: Program, points) -> float:
    """Float32 max ULP of `program` on `points` (targets/fitness.py)."""
    from targets.fitness import program_max_ulp

    return program_max_ulp(program, points)


def baseline_rows(target: str, degrees=None, seed: int = 0, log=None, cache_dir=None) -> list[dict]:
    """Taylor and minimax rows per degree: family, degree, cost, validation/train max ULP, program."""
    train, validation = point_sets(target, seed, cache_dir)
    rows = []
    previous = None
    for d in degrees or DEGREES[target]:
        t0 = time.perf_counter()
        if previous is not None and previous.constants().size != d:
            previous = None  # degrees not consecutive
        lp = lp_minimax_coefficients(target, d, train)
        previous = minimax_program(target, d, train, seed, previous=previous, lp_coefficients=lp)
        progs = {"taylor": taylor_program(target, d), "minimax": previous}
        for family, p in progs.items():
            rows.append({"target": target, "family": family, "degree": d, "cost": p.cost(),
                         "error": max_ulp(p, validation), "train_error": max_ulp(p, train),
                         "program": to_json_obj(p)})
        # what the same minimax achieves with exact float64 coefficients and arithmetic
        rows[-1]["float64_lp_error"] = lp_float64_error(target, lp, validation)
        if log:
            log(f"{target} degree {d:2d} cost {rows[-1]['cost']:g}: taylor {rows[-2]['error']:.4g} "
                f"minimax {rows[-1]['error']:.4g} ULP ({time.perf_counter() - t0:.1f} s)")
    return rows


def run(targets=("exp", "log", "erf"), seed: int = 0, log=print) -> dict:
    """Baselines of every target: {'rows': [...]}."""
    rows = []
    for t in targets:
        rows += baseline_rows(t, seed=seed, log=log)
    return {"seed": seed, "rows": rows}


def to_markdown(result: dict) -> str:
    """Per target: degree, cost, Taylor and minimax validation max ULP."""
    lines = ["Polynomial baselines (float32 Horner with fma, seed shapes), validation max ULP "
             "of the kernel (last column: the float64 LP minimax with unrounded coefficients, "
             "evaluated in float64):", "", "| target | degree | cost | Taylor | minimax | minimax, float64 |",
             "|---|---:|---:|---:|---:|---:|"]
    by = {(r["target"], r["degree"], r["family"]): r for r in result["rows"]}
    for (t, d, fam), r in by.items():
        if fam == "taylor":
            m = by[(t, d, "minimax")]
            lines.append(f"| {t} | {d} | {r['cost']:g} | {r['error']:.4g} | {m['error']:.4g} | "
                         f"{m.get('float64_lp_error', float('nan')):.3g} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--targets", nargs="+", default=["exp", "log", "erf"], choices=list(FORMS))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "results" / "baselines.json"))
    args = ap.parse_args(argv)
    result = run(args.targets, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1))
    print(to_markdown(result))


if __name__ == "__main__":
    main()
