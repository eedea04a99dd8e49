"""The target registry: what a search target is, and how to get one by name.

Functions are described as data (targets/description.py; the built-in exp, log and erf in
targets/builtin.yaml; more from a config's target.define).  The search evolves a *kernel*
program for one kernel slot of a described function, on a reduced float32 domain; the
function's template (targets/schemes.py) maps every float32 input onto its slots.  `Target`
bundles the references of the kernel and of the whole function.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
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


_BUILTIN: dict | None = None
_DEFINED: dict = {}


def descriptions() -> dict:
    """Every known target description (targets/description.py): the built-in ones of
    targets/builtin.yaml, loaded on first use, and those defined since (`define`)."""
    global _BUILTIN
    if _BUILTIN is None:
        import yaml

        from targets.description import parse

        text = Path(__file__).with_name("builtin.yaml").read_text()
        _BUILTIN = {name: parse(name, d, f"targets/builtin.yaml: {name}", used_program)
                    for name, d in yaml.safe_load(text).items()}
    return {**_BUILTIN, **_DEFINED}


def define(name: str, definition: dict):
    """Register the target `name` described by `definition` (a mapping, e.g. a config's
    target.define) and return its Description; redefining a built-in target or an earlier
    definition with different content is an error."""
    from targets.description import DescriptionError, parse

    desc = parse(name, definition, resolve=used_program)
    known = descriptions().get(name)
    if known is not None and known.source != desc.source:
        what = "a built-in target" if name in (_BUILTIN or {}) else "already defined differently"
        raise DescriptionError(f"target {name!r} is {what}; give the new target another name")
    _DEFINED.setdefault(name, desc)
    return descriptions()[name]


def used_program(meta: dict, subnormals: str = "exact", fast: bool = False):
    """The whole program (template with its kernels bound) of an export's metadata {target,
    program[, tail]}: what a description that `uses` it inlines.  `fast`: the program
    specialized to its description's fast_range (targets/fastpath.py): the same bits there,
    unspecified outside; ValueError where the description gives no fast_range."""
    from evolve.compose import bind
    from evolve.serialize import from_json_obj
    from targets.description import template_of

    desc = descriptions().get(meta["target"])
    if desc is None and meta["target"] in (meta.get("definitions") or {}):  # e.g. an export of exp2.yaml's exp2
        for name, d in meta["definitions"].items():
            define(name, d)
        desc = descriptions().get(meta["target"])
    if desc is None:
        raise ValueError(f"an export of unknown target {meta['target']!r} is used; known: {', '.join(sorted(descriptions()))}")
    kernels = {"core": from_json_obj(meta["program"])}
    if meta.get("tail"):
        kernels["tail"] = from_json_obj(meta["tail"]["program"])
    template = template_of(desc, subnormals, used_program)
    if fast:
        from targets.fastpath import fast_template

        if desc.fast_range is None:
            raise ValueError(f"the description of {meta['target']!r} gives no fast_range")
        template = fast_template(template, kernels, desc.fast_range, flush=subnormals == "flush")
    return bind(template, kernels)


def search_targets() -> dict[str, tuple]:
    """search target name -> (Description, slot): NAME for slot core, NAME_S for slot S."""
    return {d.search_target(slot): (d, slot) for d in descriptions().values() for slot in d.kernels}


def get_target(name: str, domain=None) -> Target:
    """The search target called `name` (a kernel slot of a described target), optionally with a
    kernel domain override (lo, hi).

    Raises ValueError naming the unknown target and listing the known ones, or
    describing what is wrong with `domain`.
    """
    try:
        desc, slot = search_targets()[name]
    except (KeyError, TypeError):
        known = ", ".join(sorted(search_targets()))
        raise ValueError(f"unknown target {name!r}; known targets: {known} (or describe one: "
                         f"target.define in the config)") from None
    kernel = desc.kernels[slot]
    dom = validate_domain(name, kernel.domain if domain is None else domain, exclusive_lower=kernel.domain_above)
    piece = "" if slot == "core" else f" (kernel slot {slot})"
    return Target(name=name, domain=dom, kernel_mpmath=kernel.reference, kernel_float64=kernel.float64,
                  full_float64=desc.float64, full_mpmath=desc.reference,
                  description=(desc.text or desc.name) + piece)
