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

from targets.registry import Target, get_target

C = float.fromhex("0x1.f5a88ap+1")  # 3.919206..., float32(erf(t)) == 1 exactly for t >= C
SPLIT = 1.0  # core on [0, SPLIT), tail on [SPLIT, C)
DEFAULT_DOMAIN = (0.0, SPLIT)
TAIL_DOMAIN = (SPLIT, C)


def make_target(domain=None) -> Target:
    """The erf target (its core piece; described in targets/builtin.yaml)."""
    return get_target("erf", domain)


def make_tail_target(domain=None) -> Target:
    """The tail piece of erf: kernel erf(t) on [SPLIT, C] (described in targets/builtin.yaml)."""
    return get_target("erf_tail", domain)
