"""Full-range float32 functions: each target's template (targets/schemes.py) with its kernel
programs in the slots, run by the evaluator (numpy), emitted to C and JAX by codegen.

A target's description (targets/description.py) names its scheme and parameters, its kernel
slots (each filled by runs of a search target) and the derivative its JAX export
differentiates by.  `full_range_function`
is the numpy reference every export is checked against bit for bit: the evaluator running
the bound template, with flush-to-zero semantics for subnormals="flush" (XLA's on CPU).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from evolve.compose import bind
from evolve.interpret import evaluate_float32
from evolve.program import Program

from targets.schemes import SUBNORMAL_MODES


@dataclass(frozen=True)
class FullRange:
    """How a target covers every float32: `template(subnormals)` builds its template;
    `slots` maps each kernel slot to the search target whose runs fill it; `derivative` is
    the exact derivative times t as a jnp expression of x, y and t (JAX exports)."""

    template: Callable[[str], Program]
    slots: dict[str, str]
    derivative: str
    fast_range: tuple | None = None


def full_range(target_name: str) -> FullRange:
    """The full-range description of `target_name` (targets/description.py); ValueError naming
    the known ones."""
    from targets.description import template_of
    from targets.registry import descriptions, used_program

    desc = descriptions().get(target_name)
    if desc is None:
        raise ValueError(f"no full-range function for target {target_name!r}; "
                         f"known: {', '.join(sorted(descriptions()))}")
    return FullRange(lambda m: template_of(desc, m, used_program), {s: desc.search_target(s) for s in desc.kernels},
                     desc.derivative, desc.fast_range)


def needs_tail(target_name: str) -> bool:
    """Whether the target's template has a second kernel slot, "tail" (e.g. erf)."""
    return "tail" in full_range(target_name).slots


def check_subnormals(subnormals: str) -> bool:
    """True for "flush", False for "exact"; ValueError for an unknown mode."""
    if subnormals not in SUBNORMAL_MODES:
        raise ValueError(f"unknown subnormals mode {subnormals!r}; known: {', '.join(SUBNORMAL_MODES)}")
    return subnormals == "flush"


def check_tail(target_name: str, tail) -> None:
    """Raise ValueError unless `tail` is given exactly for the targets that need one."""
    if needs_tail(target_name) and tail is None:
        raise ValueError(f"the full-range {target_name} needs a tail kernel (e.g. `evolve export ... "
                         f"--tail-run RUN_DIR` with a run of target {target_name}_tail)")
    if not needs_tail(target_name) and tail is not None:
        raise ValueError(f"the full-range {target_name} takes one kernel; a tail was given")


def kernels(target_name: str, program: Program, tail: Program | None = None) -> dict[str, Program]:
    """The slot -> kernel program mapping of a target's template."""
    check_tail(target_name, tail)
    return {"core": program} | ({} if tail is None else {"tail": tail})


def template(target_name: str, subnormals: str = "exact") -> Program:
    """The full-range template of `target_name` in `subnormals` mode."""
    check_subnormals(subnormals)
    return full_range(target_name).template(subnormals)


def fast_path(target_name: str, program: Program, tail: Program | None = None,
              subnormals: str = "exact") -> tuple[Program, tuple] | None:
    """(fast template, ((lo, hi), ...)): the template specialized to the target's fast_range
    (targets/fastpath.py), its kernel slots kept; None where the description gives none."""
    from targets.fastpath import fast_template

    intervals = full_range(target_name).fast_range
    if intervals is None:
        return None
    fast = fast_template(template(target_name, subnormals), kernels(target_name, program, tail), intervals,
                         flush=check_subnormals(subnormals))
    return fast, intervals


def full_range_program(target_name: str, program: Program, tail: Program | None = None,
                       subnormals: str = "exact") -> Program:
    """The whole function as one program: the template with the kernels inlined."""
    return bind(template(target_name, subnormals), kernels(target_name, program, tail))


def check_nan(target_name: str, program: Program, tail: Program | None = None) -> None:
    """Raise ValueError unless the composed function maps NaN to NaN (a template may pass NaN
    through a kernel, e.g. erf's tail: a kernel that ignores its input would break that)."""
    for mode in SUBNORMAL_MODES:
        whole = full_range_program(target_name, program, tail, mode)
        with np.errstate(all="ignore"):
            y = evaluate_float32(whole, np.float32([np.nan, -np.nan]), flush=mode == "flush")
        if not np.isnan(y).all():
            raise ValueError(f"the composed {target_name} returns {y.tolist()} for NaN: a kernel that NaN "
                             f"passes through must depend on its input")


def full_range_function(target_name: str, program, tail=None,
                        subnormals: str = "exact") -> Callable[[np.ndarray], np.ndarray]:
    """The full-range float32 function of `target_name` with `program` (a Program) as kernel,
    and `tail` (a Program) as its second kernel where the target has one (erf); `subnormals`
    "exact" or "flush" (flush-to-zero semantics, as XLA on CPU)."""
    whole = full_range_program(target_name, program, tail, subnormals)
    flush = subnormals == "flush"

    def fn(x):
        x = np.asarray(x, dtype=np.float32)
        with np.errstate(all="ignore"):
            return evaluate_float32(whole, x.reshape(-1), flush=flush).reshape(x.shape)

    fn.__name__ = f"full_{target_name}"
    return fn
