"""exp: kernel exp(r) on r in [-ln2/2, ln2/2]; full range via x = k*ln2 + r, exp(x) = 2^k exp(r).

Default kernel domain: +-0x1.62e6p-2, slightly wider than ln2/2 = 0x1.62e42fefa...p-2.
The range reduction computes k = rint(float32(x * float32(1/ln2))); near the
rounding boundaries of x/ln2 that k can be the neighbour of round(x/ln2), which
leaves |r| up to 0x1.62e5d2p-2 (measured over all float32 x, ~209 float32 steps
beyond ln2/2).  The domain covers every r the reduction can produce, so the
kernel is trained and certified on all of them.
"""
from __future__ import annotations

import mpmath
import numpy as np

from targets.registry import Target, validate_domain

HALF_LN2_OUTER = float.fromhex("0x1.62e6p-2")  # covers every r of the reduction (see above)
DEFAULT_DOMAIN = (-HALF_LN2_OUTER, HALF_LN2_OUTER)


# Module-level wrappers (not mpmath's own context-bound functions) so a Target pickles.
def kernel_mpmath(x):
    """The kernel function exp(x) at mpmath's working precision."""
    return mpmath.exp(x)


def make_target(domain=None) -> Target:
    """The exp target; `domain` (lo, hi) overrides the default kernel domain."""
    dom = DEFAULT_DOMAIN if domain is None else validate_domain("exp", domain)
    return Target(
        name="exp",
        domain=dom,
        kernel_mpmath=kernel_mpmath,
        kernel_float64=np.exp,
        full_float64=np.exp,
        full_mpmath=kernel_mpmath,
        description="exp(x); kernel exp(r) on the reduced range [-ln2/2, ln2/2]",
    )
