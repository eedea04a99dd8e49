"""Near-minimax fits behind experiments/erf_design.py: one odd rational for erf over [0, C],
a rational for erf's tail, and Chebyshev least squares (near-minimax) for the polynomial kernels.
All in float64; C = 3.9192 is where float32 erf reaches 1."""
from __future__ import annotations

import numpy as np
import scipy.special

from targets.erf import C


def fit_odd_rational(num: int, den: int, n: int = 4000, rounds: int = 40) -> tuple[np.ndarray, np.ndarray, float]:
    """float64 coefficients (low to high) of P, Q (Q(0) = 1) with erf(x) ~ x P(x^2)/Q(x^2) on
    [0, C], near-minimax in relative error, and that relative error."""
    x = C * np.sin(0.5 * np.pi * (np.arange(n) + 0.5) / n)  # dense near 0 and near C
    s = x * x
    f = scipy.special.erf(x) / x
    w = np.ones(n)
    q = np.ones(n)
    for _ in range(rounds):
        # P(s) - f s Q1(s) = f, Q = 1 + s Q1, weighted by 1/(f Q) so the residual is relative
        a = np.hstack([s[:, None] ** np.arange(num + 1), -(f * s)[:, None] * s[:, None] ** np.arange(den)])
        scale = w / (f * q)
        c, *_ = np.linalg.lstsq(a * scale[:, None], f * scale, rcond=None)
        p_c, q_c = c[:num + 1], np.concatenate([[1.0], c[num + 1:]])
        q = np.polynomial.polynomial.polyval(s, q_c)
        e = np.abs(np.polynomial.polynomial.polyval(s, p_c) / q / f - 1.0)
        w = w * np.sqrt(e / e.max()) + 1e-6  # Lawson: weight up where the error peaks
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


def fit_tail_rational(num: int, den: int, a: float, n: int = 4000, rounds: int = 80) -> float:
    """Largest absolute error, in units of 2^-24 (one ulp of erf on [a, C] for a >= 0.48), of a
    near-minimax rational R(u)/Q(u), u = t - t0 with t0 the middle of [a, C], Q(0) = 1, for erf
    on [a, C] (linearised least squares with Lawson reweighting; the best round is kept)."""
    t0 = (a + C) / 2
    t = t0 + (C - a) / 2 * np.cos(np.pi * (np.arange(n) + 0.5) / n)
    u, f = t - t0, scipy.special.erf(t)
    P = np.polynomial.polynomial
    w, q, best = np.ones(n), np.ones(n), np.inf
    for _ in range(rounds):
        a_mat = np.hstack([u[:, None] ** np.arange(num + 1), -(f * u)[:, None] * u[:, None] ** np.arange(den)])
        c, *_ = np.linalg.lstsq(a_mat * (w / q)[:, None], f * w / q, rcond=None)
        q = P.polyval(u, np.concatenate([[1.0], c[num + 1:]]))
        e = np.abs(P.polyval(u, c[:num + 1]) / q - f) / 2.0**-24
        best = min(best, float(e.max()))
        w = w * np.sqrt(e / e.max()) + 1e-6
    return best
