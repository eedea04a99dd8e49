"""The reference under flush-to-zero semantics (XLA on CPU, codegen's subnormals="flush").

Flush-to-zero lets an implementation read a subnormal input as a zero of its sign
(denormals-are-zero) and return +-0 for a result below 2^-126.  Both are options, not
obligations (a flushing implementation may still round a result up to 2^-126), so a result
is measured against whichever allowed reference lies nearest: f(x) or f(+-0) for a subnormal
x, each as it is or flushed to +-0 where it is below 2^-126.  Only points where an input is
subnormal or the reference is below 2^-126 have alternatives; elsewhere the reference is f(x).
ULP per targets/ulp.py.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from targets.ulp import ulp_error

TINY = 2.0**-126  # the float32 normal minimum


def _flushed(ref: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        tiny = (np.abs(ref) < TINY) & (ref != 0)
    return np.where(tiny, np.copysign(0.0, ref), ref)


def _nearest(y: np.ndarray, candidates: list[np.ndarray]) -> np.ndarray:
    """Per point, the candidate reference with the smallest ulp error of y (the first on ties)."""
    errs = np.stack([ulp_error(y, c) for c in candidates])
    pick = np.argmin(errs, axis=0)
    return np.stack(candidates)[pick, np.arange(y.size)]


def flush_reference(x: np.ndarray, y: np.ndarray, ref: np.ndarray,
                    ref64: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """`ref` (float64 references of f at float32 inputs `x`) with each point that flush-to-zero
    can touch replaced by the allowed reference nearest the result `y` (see module docstring).
    `ref64` is f in float64, called only on the zeros that stand for subnormal inputs."""
    x64 = np.asarray(x, dtype=np.float32).astype(np.float64)
    with np.errstate(invalid="ignore"):
        sub_in = (x64 != 0) & (np.abs(x64) < TINY)
        touch = sub_in | ((np.abs(ref) < TINY) & (ref != 0))
    if not touch.any():
        return ref
    idx = np.flatnonzero(touch)
    r0 = ref[idx]
    with np.errstate(all="ignore"):
        r_zero = np.asarray(ref64(np.copysign(0.0, x64[idx])), dtype=np.float64)
    r1 = np.where(sub_in[idx], r_zero, r0)
    out = np.array(ref, dtype=np.float64, copy=True)
    out[idx] = _nearest(np.asarray(y)[idx], [r0, r1, _flushed(r0), _flushed(r1)])
    return out


def flush_error(x: float, y: float, ref_of: Callable[[float], float | None]) -> float | None:
    """The ulp error of one result `y` at `x` under flush-to-zero semantics, with `ref_of`
    a high-precision reference (e.g. mpmath at 40 digits; None where it has no finite answer)."""
    r = ref_of(x)
    if r is None:
        return None
    refs = [r]
    if x != 0 and abs(x) < TINY:
        r_zero = ref_of(float(np.copysign(0.0, x)))
        if r_zero is not None:
            refs.append(r_zero)
    refs += [float(_flushed(np.float64(v))) for v in refs]
    return min(float(ulp_error(np.float32(y), np.float64(v))) for v in refs)
