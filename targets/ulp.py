"""The one ULP-error helper of the project.

err = |y - ref| / 2^(e - 24), where ref = m * 2^e with m in [0.5, 1) and e floored
at the float32 normal minimum (e >= -125, so subnormal results are measured in
units of the smallest subnormal, 2^-149).  `ref` is float64 (or better, passed as
a float64 approximation); `y` is the float32 result under test.

Special values: a NaN result against a finite reference, or an infinite result
against a finite reference that does not round to that infinity, is an infinite
error.  A result equal to a reference that is itself NaN or rounds to +-inf in
float32 has zero error.
"""
from __future__ import annotations

import numpy as np

EXPONENT_FLOOR = -125  # 2^-126 = 0.5 * 2^-125 is the float32 normal minimum


def ulp_unit(ref: np.ndarray) -> np.ndarray:
    """The size of one float32 ulp at each reference value, per the project definition."""
    ref = np.asarray(ref, dtype=np.float64)
    _, e = np.frexp(ref)
    e = np.where((ref == 0) | ~np.isfinite(ref), EXPONENT_FLOOR, np.maximum(e, EXPONENT_FLOOR))
    return np.ldexp(1.0, e - 24)


def ulp_error(y: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Per-point error of float32 results `y` against references `ref`, in float32 ulps (float64)."""
    y64 = np.asarray(y, dtype=np.float32).astype(np.float64)
    ref = np.asarray(ref, dtype=np.float64)
    with np.errstate(all="ignore"):
        err = np.abs(y64 - ref) / ulp_unit(ref)
        ref32 = ref.astype(np.float32).astype(np.float64)  # where the correctly rounded result lies
    exact_special = (np.isnan(ref) & np.isnan(y64)) | (np.isinf(ref32) & (y64 == ref32))
    err = np.where(exact_special, 0.0, err)
    err = np.where(np.isnan(err), np.inf, err)  # NaN result against a number, or number against NaN
    return err


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where float32 arrays `a` and `b` hold the same bits, any NaN matching any NaN (the
    bit-equality every check of an export against the evaluator uses; +0 and -0 differ)."""
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def max_ulp_error(y: np.ndarray, ref: np.ndarray) -> float:
    """The largest `ulp_error` over all points (inf if any result is NaN or wrongly infinite)."""
    err = ulp_error(y, ref)
    return float(err.max()) if err.size else 0.0
