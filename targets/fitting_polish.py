"""Discrete searches on the float32 max-ULP objective: greedy ulp-step polish and CMA-ES.

Both work on float32 constant vectors scored by a `Float32Objective` and return the
best vector seen, so they can only improve on their starting point.
"""
from __future__ import annotations

import numpy as np

from targets.fitting_eval import Float32Objective

_SIGN = np.uint32(0x80000000)


def _to_key(v: np.float32) -> int:
    """A float32 as an integer key monotone in value (+-0 -> 0), so steps cross zero smoothly."""
    bits = int(np.float32(v).view(np.uint32))
    return -(bits & 0x7FFFFFFF) if bits & 0x80000000 else bits


def _from_key(key: int) -> np.float32:
    key = max(-0x7F800000, min(0x7F800000, key))  # clamp to +-inf
    bits = np.uint32(-key) | _SIGN if key < 0 else np.uint32(key)
    return np.uint32(bits).view(np.float32)


def step_sizes(base: int) -> list[int]:
    """Steps (in float32 ulps of a constant) to try around `base`, the step worth ~1 output ulp."""
    return sorted({max(1, int(round(base * m))) for m in (0.25, 1.0, 4.0)})


def polish(obj: Float32Objective, consts: np.ndarray, base_steps, rng: np.random.Generator,
           max_evals: int) -> tuple[np.ndarray, tuple[float, float]]:
    """Greedy coordinate search over +-s float32 ulps of each constant (random order).

    An accepted step is repeated (doubling) while it keeps improving.  Stops after a
    full pass without improvement or after `max_evals` objective evaluations.
    Returns (best constants, best score).
    """
    c = np.asarray(consts, dtype=np.float32).copy()
    score, vals = obj.full(c)
    k = c.size
    start = obj.evals
    steps = [step_sizes(int(b)) for b in base_steps]

    def budget_left():
        return obj.evals - start < max_evals

    improved = True
    while improved and budget_left():
        improved = False
        for j in rng.permutation(k):
            accepted = False
            for s in steps[j]:
                for sign in ((1, -1) if rng.random() < 0.5 else (-1, 1)):
                    if not budget_left():
                        return c, score
                    key = _to_key(c[j])
                    cand = c.copy()
                    cand[j] = _from_key(key + sign * s)
                    sc, v = obj.changed(vals, cand, j)
                    if sc < score:
                        c, score, vals = cand, sc, v
                        accepted = improved = True
                        mult = 2
                        while budget_left():  # keep going the same way, bigger steps
                            cand = c.copy()
                            cand[j] = _from_key(_to_key(c[j]) + sign * s * mult)
                            sc, v = obj.changed(vals, cand, j)
                            if not sc < score:
                                break
                            c, score, vals = cand, sc, v
                            mult *= 2
                        break
                if accepted:
                    break
    return c, score


def cma_search(obj: Float32Objective, consts: np.ndarray, scales: np.ndarray, sigma0: float,
               rng: np.random.Generator, max_evals: int) -> tuple[np.ndarray, tuple[float, float]]:
    """CMA-ES on the float32 max-ULP error, warm-started at `consts`.

    The search variable z maps to constants c = consts + z * scales (rounded to float32);
    `sigma0` is the initial step in z.  At most `max_evals` evaluations; returns the best seen.
    """
    import cma  # imported lazily: only this method needs it

    c0 = np.asarray(consts, dtype=np.float64)
    scales = np.asarray(scales, dtype=np.float64)
    k = c0.size
    best_c = np.asarray(consts, dtype=np.float32).copy()
    best, _ = obj.full(best_c)
    dim = max(k, 2)  # cma does not do 1-D: pad with a dummy variable
    opts = {"seed": int(rng.integers(1, 2**31 - 1)), "maxfevals": max_evals, "verbose": -9,
            "tolfun": 0.0, "tolflatfitness": 10**6, "CMA_diagonal": False}
    es = cma.CMAEvolutionStrategy(np.zeros(dim), sigma0, opts)
    spent = 0
    while not es.stop() and spent < max_evals:
        zs = es.ask()
        fs = []
        for z in zs:
            cand = (c0 + np.asarray(z[:k]) * scales).astype(np.float32)
            sc, _ = obj.full(cand)
            spent += 1
            if sc < best:
                best, best_c = sc, cand
            fs.append(min(sc[0] + 1e-3 * sc[1], 1e300) if np.isfinite(sc[0]) else 1e300)
        es.tell(zs, fs)
    return best_c, best
