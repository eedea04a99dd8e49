"""Minimax refinement of float64 constants: linear programs on the linearized residuals.

`minimax_step` solves min_d max_i |r_i + J_i d| + b_i (a discrete linear Chebyshev
problem with per-point offsets b, the expected float32 rounding error) by a
Remez-like exchange: the LP is solved on a small working set of points and the
worst violators elsewhere are added until none is left.  `minimax` repeats the
step from the new point (sequential LP) for programs that are not linear in their
constants, halving steps that make the true error worse.
"""
from __future__ import annotations

import warnings

import numpy as np

from targets.fitting_eval import BIG, Smooth


def _solve_lp(js: np.ndarray, r: np.ndarray, b: np.ndarray, bound: float):
    """LP on the rows given: min t s.t. |r + js d| + b <= t, |d_j| <= bound. Returns (d, t) or None."""
    from scipy.optimize import linprog

    m, k = js.shape
    ones = np.ones((m, 1))
    a_ub = np.block([[js, -ones], [-js, -ones]])
    b_ub = np.concatenate([-r - b, r - b])
    cost = np.zeros(k + 1)
    cost[k] = 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = linprog(cost, A_ub=a_ub, b_ub=b_ub, bounds=[(-bound, bound)] * k + [(None, None)],
                      method="highs")
    if res.status != 0 or res.x is None or not np.all(np.isfinite(res.x)):
        return None
    return res.x[:k], float(res.x[k])


def _peaks(e: np.ndarray, order: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` largest local maxima of e along x (ties kept), largest first."""
    v = e[order]
    if v.size < 3:
        return order
    is_peak = np.ones(v.size, dtype=bool)
    is_peak[1:] &= v[1:] >= v[:-1]
    is_peak[:-1] &= v[:-1] >= v[1:]
    idx = np.flatnonzero(is_peak)
    return order[idx[np.argsort(-v[idx], kind="stable")[:count]]]


def minimax_step(r: np.ndarray, jac: np.ndarray, b: np.ndarray, order: np.ndarray,
                 work: np.ndarray | None = None, max_exchanges: int = 12):
    """The step d minimizing max |r + jac d| + b (exchange algorithm); None if the LP fails.

    `order` sorts the points by x (the error's local maxima are the candidates to
    add); `work` is an initial working set.  Returns (d, predicted max, final working set).
    """
    n, k = jac.shape
    norms = np.linalg.norm(jac, axis=0)
    norms[norms == 0] = 1.0  # a constant without influence stays put
    js = jac / norms
    bound = 1e3 * (np.linalg.norm(r) + 1.0)  # keeps the LP bounded; far beyond useful steps
    e = np.abs(r) + b
    start = [_peaks(e, order, 6 * (k + 1)), np.argsort(-e)[:k + 1]]
    if work is not None:
        start.append(work)
    work = np.unique(np.concatenate(start))
    tol = 1e-6  # HiGHS meets constraints to ~1e-7; finer violations are solver noise
    for _ in range(max_exchanges):
        sol = _solve_lp(js[work], r[work], b[work], bound)
        if sol is None:
            return None
        d, t = sol
        e = np.abs(r + js @ d) + b
        limit = t * (1 + tol) + tol
        if float(e.max()) <= limit:
            break
        add = _peaks(np.where(e > limit, e, 0.0), order, 4 * (k + 1))
        grown = np.union1d(work, add[e[add] > limit])
        if grown.size == work.size:
            break  # the violators are already in the working set: LP tolerance, not a new point
        work = grown
    return d / norms, float(e.max()), work


def minimax(smooth: Smooth, c: np.ndarray, b: np.ndarray | None, rounds: int) -> np.ndarray:
    """Sequential-LP minimax of max_i |r_i(c)| + b_i from `c`; returns the best point seen."""
    r, jac = smooth.residuals_and_jacobian(c)
    if b is None:
        b = np.zeros(r.size)
    best_c, best = c, float(np.max(np.abs(r) + b))
    if not np.isfinite(best) or best >= BIG:
        return c
    work = smooth.work  # the last working set of this program's fit, a good start
    for _ in range(rounds):
        step = minimax_step(r, jac, b, smooth.order, work)
        if step is None:
            break
        d, predicted, work = step
        smooth.work = work
        improved = False
        for _ in range(6):  # backtrack where the linearization overshoots
            cand = best_c + d
            val = float(np.max(np.abs(smooth.residuals(cand)) + b))
            if val < best:
                best_c, best, improved = cand, val, True
                break
            d = d * 0.5
        if not improved or best <= predicted * (1 + 1e-6):
            break  # converged (linear programs land here after one round)
        r, jac = smooth.residuals_and_jacobian(best_c)
    return best_c
