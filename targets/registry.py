"""The target registry: what a target is, and how to get one by name.

A target is one function to implement in float32 (exp, log, erf).  The search
evolves a *kernel* program that approximates the target's kernel function on a
reduced float32 domain (targets/exp.py, log.py, erf.py); a fixed range reduction maps every
float32 input onto that domain.  `Target` bundles the references of both.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Target:
    """One target function: its kernel domain and references of its kernel and full function.

    `domain` holds float32-exact endpoints of the kernel domain (inclusive).
    `kernel_mpmath` / `full_mpmath` map an mpmath mpf to an mpf at the working precision;
    `kernel_float64` / `full_float64` are fast float64 references on numpy arrays.
    """

    name: str
    domain: tuple[float, float]
    kernel_mpmath: Callable
    kernel_float64: Callable[[np.ndarray], np.ndarray]
    full_float64: Callable[[np.ndarray], np.ndarray]
    full_mpmath: Callable
    description: str


def _float32_outward(value: float, direction: float) -> float:
    """`value` as a float32, rounded towards `direction` (-inf or +inf) when not exact."""
    with np.errstate(over="ignore"):  # beyond the float32 range -> inf, rejected by the caller
        f = np.float32(value)
    if float(f) != value and (float(f) - value) * direction < 0:
        f = np.nextafter(f, np.float32(direction))
    return float(f)


def validate_domain(name: str, domain, exclusive_lower: float | None = None) -> tuple[float, float]:
    """Check a user-given kernel domain and return it with float32-exact endpoints.

    `domain` must be two finite numbers lo < hi.  Endpoints that are not float32 values
    are rounded outward (lo down, hi up) so the returned domain covers the one asked
    for.  `exclusive_lower` is a bound the kernel function needs lo to exceed (log1p: -1).
    Raises ValueError with a message naming the target on any violation.
    """
    try:
        lo, hi = (float(v) for v in domain)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: domain must be two numbers (lo, hi), got {domain!r}") from None
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError(f"{name}: domain endpoints must be finite, got ({lo!r}, {hi!r})")
    if not lo < hi:
        raise ValueError(f"{name}: domain needs lo < hi, got ({lo!r}, {hi!r})")
    lo32, hi32 = _float32_outward(lo, -math.inf), _float32_outward(hi, math.inf)
    if not (math.isfinite(lo32) and math.isfinite(hi32)):
        raise ValueError(f"{name}: domain ({lo!r}, {hi!r}) exceeds the float32 range")
    if exclusive_lower is not None and not lo32 > exclusive_lower:
        raise ValueError(
            f"{name}: the kernel is only defined for x > {exclusive_lower!r}; domain lower end "
            f"{lo!r} (as float32: {lo32!r}) is not above it"
        )
    return lo32, hi32


# Factories import their module on call, so importing the registry stays cheap and
# the target modules may import `Target` / `validate_domain` from here without a cycle.
def _make_exp(domain=None) -> Target:
    from targets.exp import make_target

    return make_target(domain)


def _make_log(domain=None) -> Target:
    from targets.log import make_target

    return make_target(domain)


def _make_erf(domain=None) -> Target:
    from targets.erf import make_target

    return make_target(domain)


def _make_erf_tail(domain=None) -> Target:
    from targets.erf import make_tail_target

    return make_tail_target(domain)


TARGETS: dict[str, Callable[..., Target]] = {
    "exp": _make_exp,
    "log": _make_log,
    "erf": _make_erf,
    "erf_tail": _make_erf_tail,
}


def get_target(name: str, domain=None) -> Target:
    """The target called `name`, optionally with a kernel domain override (lo, hi).

    Raises ValueError naming the unknown target and listing the known ones, or
    describing what is wrong with `domain`.
    """
    try:
        factory = TARGETS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown target {name!r}; known targets: {', '.join(sorted(TARGETS))}") from None
    return factory(domain)
