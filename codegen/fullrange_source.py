"""Drop-in source files: a kernel program plus its target's full-range wrapper, in C or JAX.

C: one self-contained header defining `float NAME(float x)` (the drop-in for
expf/logf/erff), `NAME_array` (the vectorizable array entry), and the kernel
`NAME_kernel` / `NAME_kernel_array` on its reduced domain.  JAX: one module
defining the jitted `NAME(x)` and `NAME_kernel(x)` from jnp/lax ops only.
"""
from __future__ import annotations

from codegen.c_emitter import (ARRAY_LINKAGE_MACRO, C_RESTRICT_DEFINITION, EXTERN_C_BEGIN, EXTERN_C_END,
                               _comment_block, check_identifier, emit_c_array, emit_c_kernel)
from codegen.jax_emitter import emit_jax_module, jax_function_source
from codegen.jax_wrappers import check_jax_tail, jax_wrapper_source
from codegen.wrappers import _C_PRAGMA_POP, _C_PRAGMA_PUSH, C_INCLUDES, c_wrapper
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
before including it to give the *_array functions external linkage."""


def full_c_header(program: Program, target: str, name: str, comment: str = "",
                  tail: Program | None = None) -> str:
    """A C header: full-range `NAME` for `target` around kernel `program` (and its second
    kernel `tail` on the tail interval, for targets that have one, e.g. erf), plus array entries.
    Valid C99/C11 and C++17 (every function inside `extern "C"`, includes before it)."""
    check_identifier(name)
    kernel = f"{name}_kernel"
    tail_name = None if tail is None else f"{name}_tail"
    tail_notes = [] if tail is None else [
        f"float {tail_name}(float r): the evolved tail kernel.", ""]
    tail_text = [] if tail is None else ["", "Tail kernel program:", to_text(tail.pruned())]
    guard = f"EVOLVE_{name.upper()}_FULL_H"
    notes = ([comment.strip(), ""] if comment else []) + [
        f"float {name}(float x): float32 {target}(x) for every float32 x (drop-in for {target}f).",
        f"void {name}_array(const float *in, float *out, size_t n): the same over an array.",
        f"float {kernel}(float r): the evolved kernel on the reduced domain.", "", *tail_notes,
        USAGE_C, "", "Kernel program (SSA, exact float32 constants):", to_text(program.pruned()),
        *tail_text,
    ]
    return "".join([
        _comment_block("\n".join(notes)),
        f"#ifndef {guard}\n#define {guard}\n\n#include <stddef.h>\n", C_INCLUDES,
        f"#ifndef {ARRAY_LINKAGE_MACRO}\n#define {ARRAY_LINKAGE_MACRO} static inline\n#endif\n",
        C_RESTRICT_DEFINITION, EXTERN_C_BEGIN,
        _C_PRAGMA_PUSH, emit_c_kernel(program, kernel),
        "" if tail is None else emit_c_kernel(tail, tail_name), _C_PRAGMA_POP,
        c_wrapper(target, name, kernel, tail_name, includes=False),
        _C_PRAGMA_PUSH,
        emit_c_array(name, name, linkage=ARRAY_LINKAGE_MACRO, restrict_macro=False),
        emit_c_array(kernel, kernel, linkage=ARRAY_LINKAGE_MACRO, restrict_macro=False),
        "" if tail is None else emit_c_array(tail_name, tail_name, linkage=ARRAY_LINKAGE_MACRO,
                                             restrict_macro=False),
        _C_PRAGMA_POP, EXTERN_C_END,
        f"#endif /* {guard} */\n",
    ])


def full_jax_module(program: Program, target: str, name: str, strict: bool = True, comment: str = "",
                    tail: Program | None = None, subnormals: str = "exact") -> str:
    """A Python module: jitted full-range `NAME(x)` for `target` and its kernel `NAME_kernel(x)`
    (plus `NAME_tail(x)`, the second kernel, for targets that have one, e.g. erf).
    `subnormals`: "exact" or "flush" (XLA's CPU semantics), see codegen/jax_wrappers.py."""
    if not name.isidentifier() or name.startswith("_"):
        raise ValueError(f"{name!r} is not a usable Python function name")
    check_jax_tail(tail)
    kernel = f"{name}_kernel"
    tail_name = None if tail is None else f"{name}_tail"
    head = (comment.strip() + "\n\n" if comment else "") + (
        f"{name}(x): float32 {target}(x) for every float32 x, from jnp/lax ops; works under jit,\n"
        f"vmap and grad (d/dx of the exact {target}, in x's dtype).  Other real inputs are first\n"
        f"rounded to float32 as numpy does (see below).  {kernel}(x): the evolved kernel on the\n"
        f"reduced domain.")
    if subnormals == "flush":
        head += ("\nSubnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero "
                 "of its sign\nand a result below 2^-126 is returned as +-0.")
    if tail is not None:
        head += (f"\n{tail_name}(x): the evolved tail kernel.\n\nTail kernel program:\n"
                 + "\n".join("    " + line for line in to_text(tail.pruned()).splitlines()))
    source = emit_jax_module(program, kernel, strict=strict, comment=head)
    if tail is not None:
        source += "\n\n" + jax_function_source(tail, tail_name, strict=strict)
    wrapper = jax_wrapper_source(target, f"_{name}_full", kernel, tail_name, subnormals)
    return f"{source}\n\n{wrapper}\n\n{name} = jax.jit(_{name}_full)\n"
