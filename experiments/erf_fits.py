"""Near-minimax fits behind experiments/erf_design.py: one odd rational for erf over [0, C],
a rational for erf's tail, and Chebyshev least squares (near-minimax) for the polynomial kernels.
All in float64; C = 3.9192 is where float32 erf reaches 1."""
from __future__ import annotations

import numpy as np
import scipy.special

from targets.erf import C
from targets.ulp import ulp_unit


def _lawson_rounds(v: np.ndarray, f: np.ndarray, rel: np.ndarray, num: int, den: int, rounds: int, error):
    """Each round of a near-minimax fit R(v)/Q(v) ~ f, Q(0) = 1: linearised least squares
    (R - f v Q1 = f, Q = 1 + v Q1, rows weighted by 1/(rel Q), so rel = f makes the residual
    relative) with Lawson reweighting towards the peaks of `error`(R/Q).  Yields (R, Q, error)."""
    P = np.polynomial.polynomial
    w, q = np.ones(v.size), np.ones(v.size)
    for _ in range(rounds):
        a = np.hstack([v[:, None] ** np.arange(num + 1), -(f * v)[:, None] * v[:, None] ** np.arange(den)])
        scale = w / (rel * q)
        c, *_ = np.linalg.lstsq(a * scale[:, None], f * scale, rcond=None)
        r_c, q_c = c[:num + 1], np.concatenate([[1.0], c[num + 1:]])
        q = P.polyval(v, q_c)
        e = error(P.polyval(v, r_c) / q)
        yield r_c, q_c, e
        w = w * np.sqrt(e / e.max()) + 1e-6  # Lawson: weight up where the error peaks


def _best_round(rounds) -> tuple[np.ndarray, np.ndarray, float]:
    """(R, Q, max error) of the round of `_lawson_rounds` whose largest error is least."""
    r_c, q_c, e = min(rounds, key=lambda r: float(r[2].max()))
    return r_c, q_c, float(e.max())


def fit_odd_rational(num: int, den: int, n: int = 4000, rounds: int = 40) -> tuple[np.ndarray, np.ndarray, float]:
    """float64 coefficients (low to high) of P, Q (Q(0) = 1) with erf(x) ~ x P(x^2)/Q(x^2) on
    [0, C], near-minimax in relative error, and that relative error (of the last round)."""
    x = C * np.sin(0.5 * np.pi * (np.arange(n) + 0.5) / n)  # dense near 0 and near C
    f = scipy.special.erf(x) / x
    for p_c, q_c, e in _lawson_rounds(x * x, f, f, num, den, rounds, lambda r: np.abs(r / f - 1.0)):
        pass
    return p_c, q_c, float(e.max())


def horner_condition(c: np.ndarray, s: np.ndarray) -> float:
    """Largest sum |c_i| s^i / |sum c_i s^i| over s: 1 means no cancellation in the polynomial."""
    P = np.polynomial.polynomial
    return float(np.max(P.polyval(s, np.abs(c)) / np.abs(P.polyval(s, c))))


def cheb_max_error(f, w, lo: float, hi: float, degree: int, n: int = 3000) -> float:
    """Largest weighted error of the Chebyshev-node least-squares fit of `f` on [lo, hi] (near-minimax)."""
    t = np.cos(np.pi * (np.arange(n) + 0.5) / n)
    c = np.polynomial.chebyshev.chebfit(t, f((lo + hi) / 2 + (hi - lo) / 2 * t), degree)
    xs = np.linspace(lo, hi, 20001)
    return float(np.max(np.abs(np.polynomial.chebyshev.chebval((2 * xs - lo - hi) / (hi - lo), c) - f(xs)) * w(xs)))


def tail_rational_fit(num: int, den: int, a: float, n: int = 4000,
                      rounds: int = 80) -> tuple[float, np.ndarray, np.ndarray, float]:
    """(t0, R, Q, error): a near-minimax rational R(u)/Q(u), u = t - t0 with t0 the float32 nearest
    the middle of [a, C], Q(0) = 1, for erf on [a, C] (the best of the Lawson rounds), coefficients
    low to high; error is its largest absolute error in units of 2^-24 (one ulp of erf on [a, C]
    for a >= 0.48)."""
    t0 = float(np.float32((a + C) / 2))  # a program constant, so float32 from the start
    t = (a + C) / 2 + (C - a) / 2 * np.cos(np.pi * (np.arange(n) + 0.5) / n)
    f = scipy.special.erf(t)
    r_c, q_c, err = _best_round(_lawson_rounds(t - t0, f, np.ones(n), num, den, rounds,
                                              lambda r: np.abs(r - f) / 2.0**-24))
    return t0, r_c, q_c, err


def fit_tail_rational(num: int, den: int, a: float, n: int = 4000, rounds: int = 80) -> float:
    """The error of `tail_rational_fit` (units of 2^-24)."""
    return tail_rational_fit(num, den, a, n, rounds)[3]


def fit_core_rational(num: int, den: int, a: float = 1.0, n: int = 4000,
                      rounds: int = 80) -> tuple[np.ndarray, np.ndarray, float]:
    """(R, Q, error): erf(t) ~ t + t R(s)/Q(s), s = t^2, Q(0) = 1, near-minimax on [0, a] in ulps
    of erf (the best of the Lawson rounds), coefficients low to high."""
    t = a / 2 + a / 2 * np.cos(np.pi * (np.arange(n) + 0.5) / n)
    erf = scipy.special.erf(t)
    f = erf / t - 1.0
    ulp = ulp_unit(erf)
    return _best_round(_lawson_rounds(t * t, f, np.ones(n), num, den, rounds, lambda r: np.abs(t * (r - f)) / ulp))
