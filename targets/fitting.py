"""Constant fitting: train a program's float32 constants against its max-ULP error.

Method 'lsq' (default):
  1. smooth fit: scipy least_squares on the float64 residuals in ulps, warm-started
     from the program's constants, with an exact forward-mode Jacobian;
  2. minimax: linear programs on the linearized residuals (Remez-like exchange,
     targets/fitting_minimax.py), then refits that leave room, point by point, for
     the float32 rounding error measured at the rounded constants (its local
     envelope), each rounded candidate scored on the real float32 objective;
  3. float32 polish: greedy +-k ulp steps of each constant on the real float32
     max-ULP error (the float64 fit cannot see float32 rounding).
Method 'cma': CMA-ES straight on the float32 max-ULP error, then the polish.
Method 'none': return the program unchanged.

The result is never worse than the input on the given points (checked with
evolve.interpret.evaluate_float32 and targets.ulp), and bad programs (NaN, inf,
overflow) never raise: the input or the best finite program comes back.
"""
from __future__ import annotations

import importlib.util
import warnings
from dataclasses import dataclass

import numpy as np

from evolve.interpret import evaluate_float32
from evolve.program import Program
from targets.fitting_eval import Float32Objective, Smooth
from targets.fitting_minimax import minimax
from targets.fitting_polish import cma_search, polish
from targets.ulp import max_ulp_error

METHODS = ("lsq", "cma", "none")


@dataclass(frozen=True)
class FitOptions:
    """Tunables of `fit_constants` (all deterministic given the rng)."""

    method: str = "lsq"            # 'lsq' | 'cma' | 'none'
    lsq_max_nfev: int = 30         # least_squares evaluations (phase 1)
    minimax_rounds: int = 4        # sequential-LP minimax rounds (phase 2); 0 skips it
    envelope_rounds: int = 2       # minimax refits with float32 rounding offsets (phase 2b)
    envelope_window: int = 15      # points over which a rounding error's envelope is taken
    polish_max_evals: int = 150    # float32 objective evaluations in the polish (phase 3); 0 skips
    cma_max_evals: int = 1000      # CMA-ES evaluations (method 'cma')
    cma_sigma: float = 0.3         # CMA-ES initial step, relative to the start error
    memo_size: int = 0             # remember this many evaluated programs (exact program -> result); 0: off

    def __post_init__(self):
        if self.method not in METHODS:
            raise ValueError(f"unknown fitting method {self.method!r}; known: {', '.join(METHODS)}")
        for name in ("lsq_max_nfev", "minimax_rounds", "envelope_rounds", "envelope_window",
                     "polish_max_evals", "cma_max_evals", "memo_size"):
            if getattr(self, name) < 0:
                raise ValueError(f"fitting option {name} must be >= 0")
        if self.method == "cma" and importlib.util.find_spec("cma") is None:
            raise ValueError("fitting method 'cma' needs the cma package (pip install cma)")


def _max_abs(r: np.ndarray) -> float:
    return float(np.max(np.abs(r))) if r.size else 0.0


def _least_squares(smooth: Smooth, c: np.ndarray, max_nfev: int) -> np.ndarray:
    """Phase 1: Levenberg-Marquardt-style trust-region fit of all residuals."""
    from scipy.optimize import least_squares

    r0 = smooth.residuals(c)
    if not np.all(np.isfinite(r0)) or r0.size < c.size:
        return c
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = least_squares(smooth.residuals, c, jac=lambda v: smooth.residuals_and_jacobian(v)[1],
                            method="trf", x_scale="jac", max_nfev=max_nfev,
                            xtol=1e-15, ftol=1e-12, gtol=1e-15)
    if np.all(np.isfinite(res.x)) and _max_abs(smooth.residuals(res.x)) <= _max_abs(r0) * 10:
        return res.x  # lsq optimum may have a larger max than the start; the minimax fixes that
    return c


def _envelope(values: np.ndarray, order: np.ndarray, window: int) -> np.ndarray:
    """Sliding maximum of `values` over `window` neighbours in x order (rounding errors vary
    point to point; their local maximum is what a nearby unseen point can suffer)."""
    v = values[order]
    half = window // 2
    padded = np.pad(v, half, mode="edge")
    env = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1).max(axis=1)
    out = np.empty_like(env)
    out[order] = env
    return out


def _rounding_offsets(program: Program, smooth: Smooth, c32: np.ndarray, window: int) -> np.ndarray:
    """Per training point: the local envelope of |float32 error - float64 error| at constants c32."""
    e64 = smooth.residuals(c32.astype(np.float64))
    y32 = evaluate_float32(program.with_constants(c32), smooth.x)
    e32 = (y32.astype(np.float64) - smooth.ref) * smooth.inv_unit
    dev = np.abs(e32 - e64)
    dev = np.where(np.isfinite(dev), np.minimum(dev, 1e6), 1e6)
    return _envelope(dev, smooth.order, window)


def _sensitivity(smooth: Smooth, c: np.ndarray) -> np.ndarray:
    """Per constant: the largest change of any residual (ulps) per unit change of the constant."""
    _, jac = smooth.residuals_and_jacobian(c)
    return np.max(np.abs(jac), axis=0) if jac.size else np.zeros(c.size)


def _ulp_steps(c32: np.ndarray, sens: np.ndarray) -> np.ndarray:
    """Per constant: the number of its own float32 ulps that moves the output by about one ulp."""
    with np.errstate(all="ignore"):
        own_ulp = np.abs(np.spacing(c32.astype(np.float32))).astype(np.float64)
        steps = 1.0 / (sens * own_ulp)
    steps = np.where(np.isfinite(steps), steps, 1.0)
    return np.clip(np.round(steps), 1, 2**22).astype(np.int64)


def _fit(program: Program, points, rng: np.random.Generator, options: FitOptions) -> np.ndarray:
    """The fitted float32 constants (not yet checked against the input)."""
    c_in = program.constants()
    start = np.where(np.isfinite(c_in), c_in, 1.0).astype(np.float64)
    smooth = Smooth(program, points.x, points.ref)
    obj = Float32Objective(program, points.x, points.ref)
    candidates = [c_in]
    c = start
    if options.method == "lsq":
        if options.lsq_max_nfev > 0:
            c = _least_squares(smooth, c, options.lsq_max_nfev)
        if options.minimax_rounds > 0:
            c = minimax(smooth, c, None, options.minimax_rounds)
        with np.errstate(over="ignore"):
            candidates.append(c.astype(np.float32))
        offsets = np.zeros(smooth.x.size)
        for _ in range(options.envelope_rounds if options.minimax_rounds > 0 else 0):
            # refit with room for the float32 rounding error seen at the last candidate
            offsets = np.maximum(offsets, _rounding_offsets(program, smooth, candidates[-1],
                                                            options.envelope_window))
            c = minimax(smooth, c, offsets, options.minimax_rounds)
            with np.errstate(over="ignore"):
                candidates.append(c.astype(np.float32))
    scored = [(obj.full(v)[0], i) for i, v in enumerate(candidates)]
    c32 = candidates[min(scored)[1]]
    sens = _sensitivity(smooth, c32.astype(np.float64))
    steps = _ulp_steps(c32, sens)
    if options.method == "cma" and options.cma_max_evals > 0:
        scales = steps * np.abs(np.spacing(c32)).astype(np.float64)
        scales = np.where((scales > 0) & np.isfinite(scales), scales, np.maximum(np.abs(start), 1.0) * 1e-3)
        start_err = obj.full(c32)[0][0]
        # far from the optimum, steps of about the current error (in output ulps) are needed
        sigma = options.cma_sigma * max(1.0, min(start_err, 1e7) / (2 * np.sqrt(c32.size)))
        c32, _ = cma_search(obj, c32, scales, sigma, rng, options.cma_max_evals)
    if options.polish_max_evals > 0:
        c32, _ = polish(obj, c32, steps, rng, options.polish_max_evals)
    return c32


def fit_constants(program: Program, points, rng: np.random.Generator,
                  options: FitOptions = FitOptions()) -> Program:
    """Train `program`'s constants on `points` (`.x` float32, `.ref` float64) against max ULP.

    Returns a program of the same structure with float32 constants whose float32
    max-ULP error on the points is never worse than the input's.  Programs without
    constants, method 'none' and programs that cannot be improved come back as given.
    Never raises on numerically bad programs.
    """
    if options.method == "none" or not program.const_indices():
        return program
    x = np.asarray(points.x, dtype=np.float32)
    ref = np.asarray(points.ref, dtype=np.float64)
    if x.size == 0:
        return program
    try:
        with np.errstate(all="ignore"):
            fitted = program.with_constants(_fit(program, points, rng, options))
            before = max_ulp_error(evaluate_float32(program, x), ref)
            after = max_ulp_error(evaluate_float32(fitted, x), ref)
    except ImportError:  # a missing package is a setup error, not a bad program
        raise
    except Exception:  # noqa: BLE001 - a failed fit must not stop a search; keep the input
        return program
    return fitted if after < before or (after == before and np.isfinite(after)) else program
