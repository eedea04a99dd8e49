"""log: kernel log1p(f) on f in [sqrt(1/2)-1, sqrt(2)-1]; log(x) = k*ln2 + log1p(m - 1).

The reduction writes x = 2^k * m with m in [sqrt(1/2), sqrt(2)) and f = m - 1 (exact
by Sterbenz).  sqrt(2) is not a float32, so whichever float32 threshold next to it a
reduction uses, f stays within [down(sqrt2)/2 - 1, up(sqrt2) - 1], where down/up
are the float32 neighbours of sqrt(2).  Those are the default endpoints (both exact).
"""
from __future__ import annotations

import mpmath
import numpy as np

from targets.registry import Target, validate_domain

SQRT2_DOWN = float.fromhex("0x1.6a09e6p+0")  # largest float32 below sqrt(2)
SQRT2_UP = float.fromhex("0x1.6a09e8p+0")  # smallest float32 above sqrt(2)
DEFAULT_DOMAIN = (SQRT2_DOWN / 2 - 1.0, SQRT2_UP - 1.0)  # exact float32 values (Sterbenz)


# Module-level wrappers (not mpmath's own context-bound functions) so a Target pickles.
def kernel_mpmath(x):
    """The kernel function log1p(x) at mpmath's working precision."""
    return mpmath.log1p(x)


def full_mpmath(x):
    """The full function log(x) at mpmath's working precision."""
    return mpmath.log(x)


def make_target(domain=None) -> Target:
    """The log target; `domain` (lo, hi) overrides the default kernel domain (needs lo > -1)."""
    dom = DEFAULT_DOMAIN if domain is None else validate_domain("log", domain, exclusive_lower=-1.0)
    return Target(
        name="log",
        domain=dom,
        kernel_mpmath=kernel_mpmath,
        kernel_float64=np.log1p,
        full_float64=np.log,
        full_mpmath=full_mpmath,
        description="log(x); kernel log1p(f) on the reduced range [sqrt(1/2)-1, sqrt(2)-1]",
    )
