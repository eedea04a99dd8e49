"""erf: two kernels, erf(t) on [0, SPLIT) (the core) and on [SPLIT, C) (the tail).

erf(x) = sign(x) * core(|x|) for |x| < SPLIT, sign(x) * tail(|x|) for SPLIT <= |x| < C,
sign(x) for |x| >= C.  One rational over all of [0, C] leaves 5-6 ULP of float32 rounding
(its numerator and denominator both round, and erf's flat top is hard to reach in a relative
sense; measured by experiments/erf_design.py); two pieces need only polynomials: on the core
erf(t) = t + t*P(t^2) (one final fma), on the tail erf is in [0.84, 1) where an ulp is the
fixed 2^-24, so an absolute-accuracy polynomial in t - center suffices.  Each piece is its own
search target: 'erf' searches the core, 'erf_tail' the tail; an exported erf combines one
program of each.

C is the smallest float32 t whose erf rounds (to nearest) to 1.0 in float32, i.e. the
smallest float32 with erfc(t) <= 2^-25 (at the midpoint 1 - 2^-25 the tie goes to the
even 1.0).  Computed once with mpmath at 60 digits (tests/test_targets.py re-checks it):
erfc(C) = 0.99999951 * 2^-25 and erfc(prev(C)) = 1.0000014 * 2^-25.
"""
from __future__ import annotations

import mpmath
import scipy.special

from targets.registry import Target, validate_domain

C = float.fromhex("0x1.f5a88ap+1")  # 3.919206..., float32(erf(t)) == 1 exactly for t >= C
SPLIT = 1.0  # core on [0, SPLIT), tail on [SPLIT, C)
DEFAULT_DOMAIN = (0.0, SPLIT)
TAIL_DOMAIN = (SPLIT, C)


# Module-level wrappers (not mpmath's own context-bound functions) so a Target pickles.
def kernel_mpmath(x):
    """The kernel function erf(x) at mpmath's working precision."""
    return mpmath.erf(x)


def _erf_piece(name: str, default: tuple[float, float], domain, description: str) -> Target:
    dom = default if domain is None else validate_domain(name, domain)
    return Target(name=name, domain=dom, kernel_mpmath=kernel_mpmath, kernel_float64=scipy.special.erf,
                  full_float64=scipy.special.erf, full_mpmath=kernel_mpmath, description=description)


def make_target(domain=None) -> Target:
    """The erf target (its core piece); `domain` (lo, hi) overrides the default kernel domain."""
    return _erf_piece("erf", DEFAULT_DOMAIN, domain,
                      "erf(x); core kernel erf(t) on [0, 1), the tail on [1, C] is target erf_tail")


def make_tail_target(domain=None) -> Target:
    """The tail piece of erf: kernel erf(t) on [SPLIT, C]; the full function is erf itself."""
    return _erf_piece("erf_tail", TAIL_DOMAIN, domain,
                      "tail of erf: kernel erf(t) on [1, C], C = smallest float32 with float32(erf(C)) = 1")
