"""erf: kernel erf(t) on t in [0, C]; erf(x) = sign(x) * kernel(|x|) for |x| < C, else sign(x).

C is the smallest float32 t whose erf rounds (to nearest) to 1.0 in float32, i.e. the
smallest float32 with erfc(t) <= 2^-25 (at the midpoint 1 - 2^-25 the tie goes to the
even 1.0).  Computed once with mpmath at 60 digits (tests/test_targets.py re-checks it):
erfc(C) = 0.99999951 * 2^-25 and erfc(prev(C)) = 1.0000014 * 2^-25.
"""
from __future__ import annotations

import mpmath
import numpy as np
import scipy.special

from targets.registry import Target, validate_domain

C = float.fromhex("0x1.f5a88ap+1")  # 3.919206..., float32(erf(t)) == 1 exactly for t >= C
DEFAULT_DOMAIN = (0.0, C)


# Module-level wrappers (not mpmath's own context-bound functions) so a Target pickles.
def kernel_mpmath(x):
    """The kernel function erf(x) at mpmath's working precision."""
    return mpmath.erf(x)


def make_target(domain=None) -> Target:
    """The erf target; `domain` (lo, hi) overrides the default kernel domain."""
    dom = DEFAULT_DOMAIN if domain is None else validate_domain("erf", domain)
    return Target(
        name="erf",
        domain=dom,
        kernel_mpmath=kernel_mpmath,
        kernel_float64=scipy.special.erf,
        full_float64=scipy.special.erf,
        full_mpmath=kernel_mpmath,
        description="erf(x); kernel erf(t) on [0, C], C = smallest float32 with float32(erf(C)) = 1",
    )
