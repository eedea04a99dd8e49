"""Drop-in source files: a full-range template (evolve.compose) with its kernel programs, in C or JAX.

Both files come from the same two things: the template (range reduction, kernel slots,
reconstruction and special values, one Program) and a kernel Program per slot.  Slot
"core" is emitted as NAME_kernel, any other slot S as NAME_S.
C: one self-contained header defining `float NAME(float x)` (the drop-in), `NAME_array`
(the vectorizable array entry), and each kernel with its array entry.  Its full function
calls the kernel functions.  JAX: one module defining the jitted `NAME(x)`, whose body is
the template with the kernels inlined (one program, so the emitter's rewrite analysis sees
across the kernel boundary), and each kernel as its own jitted function.
"""
from __future__ import annotations

import numpy as np

from codegen.c_emitter import (ARRAY_LINKAGE_MACRO, C_PRAGMA_POP, C_PRAGMA_PUSH, C_PREAMBLE, EXTERN_C_BEGIN,
                               EXTERN_C_END, _comment_block, c_float_literal,
                               c_helpers, check_identifier, emit_c_array, emit_c_kernel)
from codegen.c_vector import emit_guard, emit_offset_guard
from codegen.jax_emitter import emit_jax_module, jax_function_source
from evolve.compose import bind, slots
from evolve.program import Program
from evolve.serialize import to_text

USAGE_C = """\
C99 or later (restrict), or C++17 or later (hex float literals); C++ code includes it
directly: its functions have C linkage (extern "C").
IMPORTANT: compile with -ffp-contract=off (or -std=c99/c11, not gnu*).  Without it,
gcc in GNU mode fuses a*b+c into an fma on FMA hardware and the results are no
longer the verified float32 results.  The pragmas in this file guard it under gcc
and clang.  Requires round-to-nearest and no -ffast-math.
Include it once per translation unit; define EVOLVE_ARRAY_LINKAGE (e.g. empty)
before including it to give the *_array functions external linkage.
Speed: the *_array functions vectorize at -O2 and -O3 under gcc and clang, with no
-ffast-math or -fno-trapping-math.  Built without AVX2+FMA (plain -O2 on x86-64) they
carry AVX2 and AVX-512 copies chosen at run time (define EVOLVE_NO_DISPATCH to drop
them, EVOLVE_NO_AVX512 to stop at AVX2); all copies give the same bits.  Your own loop
over the scalar function vectorizes at -O3 with -ffp-contract=off, or at -O2 as a
`#pragma omp simd` loop under -fopenmp-simd (C++: also define EVOLVE_OMP_SIMD)."""

C_INCLUDES = "#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n"


def slot_names(name: str, template: Program) -> dict[str, str]:
    """The function name of each kernel slot: core -> NAME_kernel, S -> NAME_S."""
    return {s: f"{name}_kernel" if s == "core" else f"{name}_{s}" for s in slots(template)}


def _check(template: Program, kernels: dict[str, Program], name: str) -> dict[str, str]:
    check_identifier(name)
    names = slot_names(name, template)
    if set(kernels) != set(names):
        raise ValueError(f"the template has kernel slots {sorted(names)}, got kernels for {sorted(kernels)}")
    return names


def _program_notes(template: Program, kernels: dict[str, Program], names: dict[str, str]) -> list[str]:
    notes = []
    for slot, fn in names.items():
        notes += ["", f"Kernel {fn} (slot {slot}; constant subexpressions folded):", to_text(kernels[slot].folded())]
    return notes + ["", "Full-range template (kernel slots called by name):", to_text(template.folded())]


def full_c_header(template: Program, kernels: dict[str, Program], name: str, target: str,
                  comment: str = "", fast: tuple[Program, float, float] | None = None) -> str:
    """A C header: full-range `NAME` (template `template` with `kernels` in its slots) plus
    array entries.  Valid C99/C11 and C++17 (every function inside `extern "C"`).

    `fast` = (fast template, ((lo, hi), ...)) (targets.fullrange.fast_path): `NAME_array` runs
    it on the blocks whose inputs all lie in the intervals, where it gives the template's bits."""
    names = _check(template, kernels, name)
    fast_fns = ""
    fast_names = None
    if fast is not None:
        fast_program, intervals = fast
        fast_names = (f"{name}_fast", f"{name}_in_fast_range")
        intervals = [(float(np.float32(lo)), float(np.float32(hi))) for lo, hi in intervals]
        # [-b, -a] and [a, b]: one test on |x|
        on_abs = len(intervals) == 2 and intervals[0] == (-intervals[1][1], -intervals[1][0])
        literals = [(c_float_literal(lo), c_float_literal(hi)) for lo, hi in intervals[on_abs:]]
        fast_fns = (emit_c_kernel(fast_program, fast_names[0], calls=names)
                    + emit_guard(fast_names[1], literals, on_abs))
        lo, hi = intervals[-1]
        if (on_abs or len(intervals) == 1) and lo > 0.0:  # one range of positive bit patterns
            lo_bits, hi_bits = (int(np.float32(v).view(np.uint32)) for v in (lo, hi))
            fast_names = (fast_names[0], f"{name}_fast_offset", f"0x{hi_bits - lo_bits:08x}u")
            fast_fns += emit_offset_guard(fast_names[1], lo_bits, on_abs)
    guard = f"EVOLVE_{name.upper()}_FULL_H"
    notes = ([comment.strip(), ""] if comment else []) + [
        f"float {name}(float x): float32 {target}(x) for every float32 x.",
        f"void {name}_array(const float *in, float *out, size_t n): the same over an array, vectorized;",
        "    in == out (in place) is fine, partly overlapping arrays are not.",
        *(f"float {fn}(float r): the evolved kernel of slot {slot} on its domain." for slot, fn in names.items()),
        "", USAGE_C, *_program_notes(template, kernels, names)]
    return "".join([
        _comment_block("\n".join(notes)),
        f"#ifndef {guard}\n#define {guard}\n\n", C_INCLUDES,
        f"#ifndef {ARRAY_LINKAGE_MACRO}\n#define {ARRAY_LINKAGE_MACRO} static inline\n#endif\n",
        C_PREAMBLE, EXTERN_C_BEGIN, c_helpers(template, *kernels.values()), C_PRAGMA_PUSH,
        *(emit_c_kernel(kernels[slot], fn) for slot, fn in names.items()),
        emit_c_kernel(template, name, calls=names), fast_fns,
        emit_c_array(name, name, linkage=ARRAY_LINKAGE_MACRO, restrict_macro=False, fast=fast_names),
        *(emit_c_array(fn, fn, linkage=ARRAY_LINKAGE_MACRO, restrict_macro=False) for fn in names.values()),
        C_PRAGMA_POP, EXTERN_C_END,
        f"#endif /* {guard} */\n",
    ])


_JAX_JVP = """

@{full}.defjvp
def _{full}_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = {full}(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, {derivative}
"""


def full_jax_module(template: Program, kernels: dict[str, Program], name: str, target: str,
                    derivative: str, comment: str = "", strict: bool = True, notes: str = "") -> str:
    """A Python module: jitted full-range `NAME(x)` (template with `kernels` inlined) and each
    kernel as a jitted function.  `derivative`: a jnp expression of x, y (= NAME(x)) and t (the
    tangent, float32), the exact function's derivative times t (e.g. "y * t" for exp); NAME is
    a jax.custom_jvp with it, so grad gives the function's derivative, not the kernel's slope.
    (No fast path as in C: a lax.cond on all(x in range) stops XLA fusing the function with its
    neighbours, measured 1.6-3x slower in a fused chain.)"""
    names = _check(template, kernels, name)
    if name.startswith("_") or not name.isidentifier():
        raise ValueError(f"{name!r} is not a usable Python function name")
    head = (comment.strip() + "\n\n" if comment else "") + (
        f"{name}(x): float32 {target}(x) for every float32 x, from jnp/lax ops; works under jit,\n"
        f"vmap and grad (d/dx of the exact {target}, in x's dtype).  Other real inputs are first\n"
        f"rounded to float32 as numpy does (see below).  "
        + ", ".join(f"{fn}(x)" for fn in names.values()) + ": the evolved kernels.")
    if notes:
        head += "\n" + notes.strip()
    head += "\n" + "\n".join(_program_notes(template, kernels, names))
    first, *others = names.items()
    source = emit_jax_module(kernels[first[0]], first[1], strict=strict, comment=head)
    for slot, fn in others:
        source += "\n\n" + jax_function_source(kernels[slot], fn, strict=strict)
    full = f"_{name}_full"
    body = jax_function_source(bind(template, kernels), full, strict=strict, decorator="@jax.custom_jvp")
    jvp = _JAX_JVP.format(full=full, derivative=derivative)
    return f"{source}\n\n{body}{jvp}\n\n{name} = jax.jit({full})\n"
