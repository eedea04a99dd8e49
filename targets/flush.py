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


def _subnormal(x: np.ndarray) -> np.ndarray:
    """Where the float32 input x is subnormal."""
    ax = np.asarray(x, dtype=np.float32).view(np.uint32) & np.uint32(0x7FFFFFFF)
    return (ax != 0) & (ax < 0x00800000)


def touched(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Where flush-to-zero can act: a subnormal input, or a nonzero reference below 2^-126
    (elsewhere the reference is f(x) alone)."""
    with np.errstate(invalid="ignore"):
        return _subnormal(x) | ((np.abs(ref) < TINY) & (ref != 0))


def allowed_references(x: np.ndarray, ref: np.ndarray, ref64: Callable[[np.ndarray], np.ndarray]) -> list:
    """The references flush-to-zero allows at points `x` with references `ref`: f(x), f(+-0)
    for a subnormal x (f(x) elsewhere), and both flushed.  They depend on x alone, so one list
    serves every implementation measured on the same points."""
    x = np.asarray(x, dtype=np.float32)
    with np.errstate(all="ignore"):
        r_zero = np.asarray(ref64(np.copysign(0.0, x).astype(np.float64)), dtype=np.float64)
    r1 = np.where(_subnormal(x), r_zero, ref)
    return [ref, r1, _flushed(ref), _flushed(r1)]


def nearest(y: np.ndarray, candidates: list) -> np.ndarray:
    """Per point, the candidate reference with the smallest ulp error of y (the first on ties)."""
    errs = np.stack([ulp_error(y, c) for c in candidates])
    pick = np.argmin(errs, axis=0)
    return np.stack(candidates)[pick, np.arange(np.size(y))]


def flush_reference(x: np.ndarray, y: np.ndarray, ref: np.ndarray,
                    ref64: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """`ref` (float64 references of f at float32 inputs `x`) with each point that flush-to-zero
    can touch replaced by the allowed reference nearest the result `y` (see module docstring).
    `ref64` is f in float64, called only on the zeros that stand for subnormal inputs."""
    idx = np.flatnonzero(touched(x, ref))
    if not idx.size:
        return ref
    out = np.array(ref, dtype=np.float64, copy=True)
    out[idx] = nearest(np.asarray(y)[idx], allowed_references(np.asarray(x)[idx], ref[idx], ref64))
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
