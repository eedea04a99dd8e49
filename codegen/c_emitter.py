"""C99 code for kernel programs: one `const float` line per SSA value.

The emitted C computes exactly what `evolve.interpret.evaluate_float32` computes
provided no a*b+c is contracted into an fma: compile with `-ffp-contract=off`
(gcc in GNU C mode contracts by default whenever the target has FMA).  `fmaf`
appears only where the program has an fma node.  Constants are exact hex float
literals, so the source carries the float32 values bit for bit.

Findings on in-source guards (gcc 12, checked by tests/test_codegen_c.py):
`#pragma STDC FP_CONTRACT OFF` is ignored by gcc and warns (-Wunknown-pragmas, an
error under -Werror), so the header emits it for clang only.  gcc honours
`#pragma GCC optimize("fp-contract=off")` inside push/pop_options: the header's
functions stay uncontracted even when the including file is built with
`-O2 -mfma` in GNU mode.  The price: gcc will not inline the kernel into caller
code built with a different fp-contract mode (it becomes a call per element),
so callers should still use -ffp-contract=off.
"""
from __future__ import annotations

import math
import re

from codegen.c_vector import (C_DIAGNOSTICS_POP, C_DIAGNOSTICS_PUSH, C_VECTOR_MACROS, SCALAR_PREFIX,
                              emit_array_entry)
from codegen.exact_contraction import contract_exact_products
from evolve.ops import LEAVES, get_op
from evolve.program import KERNEL, Program, node_types
from evolve.serialize import hex_literal, to_text

# Linkage of the array entry point inside a header: `static inline` unless the
# includer defines the macro (e.g. empty, to export it from a shared library).
ARRAY_LINKAGE_MACRO = "EVOLVE_ARRAY_LINKAGE"

# `restrict` is C99 only: C++ compilers spell it __restrict__ (g++, clang++) or __restrict
# (MSVC), so the array entries use this macro (defined once, only if not yet defined).
RESTRICT_MACRO = "EVOLVE_RESTRICT"
C_RESTRICT_DEFINITION = f"""#ifndef {RESTRICT_MACRO}
#if defined(__cplusplus) && (defined(__GNUC__) || defined(__clang__))
#define {RESTRICT_MACRO} __restrict__
#elif defined(__cplusplus) && defined(_MSC_VER)
#define {RESTRICT_MACRO} __restrict
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define {RESTRICT_MACRO} restrict
#else
#define {RESTRICT_MACRO}
#endif
#endif
"""
# Every file defines these once, before any function: EVOLVE_RESTRICT and the vectorization macros.
C_PREAMBLE = C_RESTRICT_DEFINITION + C_VECTOR_MACROS
# C linkage for C++ includers: the exported *_array symbols keep their C names, so a library
# built from the header in either language links with code of the other.
EXTERN_C_BEGIN = '#ifdef __cplusplus\nextern "C" {\n#endif\n'
EXTERN_C_END = "#ifdef __cplusplus\n} /* extern \"C\" */\n#endif\n"


def check_identifier(name: str) -> str:
    """Return `name` if it is a valid C identifier, else raise ValueError."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name or ""):
        raise ValueError(f"{name!r} is not a valid C identifier")
    return name


def c_float_literal(value: float) -> str:
    """An exact C float expression for a float32 value: hex literal with f suffix, or INFINITY/NAN."""
    if math.isnan(value):
        return "-NAN" if math.copysign(1.0, value) < 0 else "NAN"
    if math.isinf(value):
        return "INFINITY" if value > 0 else "-INFINITY"
    return hex_literal(value) + "f"


_C_TYPES = {"f32": "float", "i32": "int32_t", "bool": "int"}

# Contraction off around every function: clang honours the standard pragma; gcc ignores it
# (and warns), so gcc gets its own.
C_PRAGMA_PUSH = ("#if defined(__clang__)\n#pragma STDC FP_CONTRACT OFF\n#elif defined(__GNUC__)\n"
                 "#pragma GCC push_options\n#pragma GCC optimize(\"fp-contract=off\")\n#endif\n"
                 + C_DIAGNOSTICS_PUSH)
C_PRAGMA_POP = C_DIAGNOSTICS_POP + "#if !defined(__clang__) && defined(__GNUC__)\n#pragma GCC pop_options\n#endif\n"

# The bit casts of template programs (bits_f2i / bits_i2f) and the selects, defined once per
# file.  A select is a bit blend under a mask of the condition (0 or 1), not `c ? a : b`: gcc
# turns the latter into branches and then cannot vectorize (codegen.c_vector).
C_BIT_CASTS = """#ifndef EVOLVE_BIT_CASTS
#define EVOLVE_BIT_CASTS
static inline int32_t evolve_f32_bits(float x) { int32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(int32_t u) { float x; memcpy(&x, &u, 4); return x; }
static inline EVOLVE_UNUSED int32_t evolve_select_i(int c, int32_t a, int32_t b)
{
    int32_t m = -(int32_t)c;
    return (a & m) | (b & ~m);
}
static inline EVOLVE_UNUSED float evolve_select_f(int c, float a, float b)
{
    return evolve_f32_from_bits(evolve_select_i(c, evolve_f32_bits(a), evolve_f32_bits(b)));
}
#endif
"""
# f2i's saturating conversion (a C cast is undefined out of range), only where a program uses it.
C_F2I = """#ifndef EVOLVE_F2I
#define EVOLVE_F2I
static inline int32_t evolve_f2i(float x) {
    int32_t t = (int32_t)evolve_select_f((x >= -0x1p31f) & (x < 0x1p31f), x, 0.0f);
    t = evolve_select_i(x >= 0x1p31f, INT32_MAX, t);
    return evolve_select_i(x < -0x1p31f, INT32_MIN, t);
}
#endif
"""


# rint without a libm call (rintf is one at -O2 without -msse4.1): adding 2^23 to |v| < 2^23
# rounds it to an integer (ulp 1, ties to even) exactly as rintf does in round-to-nearest;
# copysign keeps the sign of zeros; NaN, inf and |v| >= 2^23 (already integers) pass through.
C_RINT = """#ifndef EVOLVE_RINTF
#define EVOLVE_RINTF
static inline float evolve_rintf(float v) {
    float a = fabsf(v);
    float r = (a + 0x1p23f) - 0x1p23f;
    return evolve_select_f(a < 0x1p23f, copysignf(r, v), v);
}
#endif
"""


def c_helpers(*programs: Program) -> str:
    """The helper definitions the C text of `programs` needs (bit casts; f2i, rint if used)."""
    used = {n.op for p in programs for n in p.nodes}
    return ((C_BIT_CASTS if any(uses_bit_casts(p) for p in programs) else "") + (C_F2I if "f2i" in used else "")
            + (C_RINT if "rint" in used else ""))


def c_int_literal(value: int) -> str:
    """An int32 C expression for `value` (INT32_MIN has no literal of its own)."""
    if value == -2**31:
        return "(-0x7fffffff - 1)"
    text = str(abs(value)) if abs(value) < 256 else f"0x{abs(value):x}"  # bit patterns read as hex
    return text if value >= 0 else f"(-{text})"


def uses_bit_casts(program: Program) -> bool:
    """Whether the C text of `program` needs C_BIT_CASTS (and <stdint.h>, <string.h>)."""
    return any(n.op == "iconst" or (n.op not in (*LEAVES, KERNEL)
                                    and (get_op(n.op).result != "f32" or "evolve_" in (get_op(n.op).c or "")))
               for n in program.nodes)


def emit_c_kernel(program: Program, name: str, calls: dict[str, str] | None = None) -> str:
    """C source of `static inline float NAME(float x)` evaluating `program`.

    The program is folded first (Program.folded: constant subexpressions become exact
    float32 constants) and its exact products contracted into their adds
    (codegen.exact_contraction: the same bits), and constants are written as literals in the expressions that use
    them, so the body has one line per op of the folded program (its cost, with unit op
    costs): `const float vI = fmaf(vJ, x, 0x1.555864p-5f);`.  Every op is spelled by its
    registry entry (evolve.ops, `Op.c`); int32 values are int32_t, bools int.  Needs
    <math.h> (fmaf, INFINITY, NAN), and for programs with template ops <stdint.h>,
    <string.h> and C_BIT_CASTS before it.  A template's kernel slots (evolve.compose) become
    calls of the functions `calls` names per slot (defined before this one).
    """
    check_identifier(name)
    program = contract_exact_products(program.folded())
    types = node_types(program.nodes)

    def ref(i: int) -> str:
        node = program.nodes[i]
        if node.op == "const":
            return c_float_literal(node.value)
        if node.op == "iconst":
            return c_int_literal(node.value)
        return "x" if i == 0 else f"v{i}"

    body: list[str] = []
    uses_x = program.output == 0 or any(0 in n.args for n in program.nodes)
    if not uses_x:
        body.append("    (void)x; /* constant program */")
    for i, node in enumerate(program.nodes):
        if node.op in LEAVES:
            continue
        if node.op == KERNEL:
            if not calls or node.value not in calls:
                raise ValueError(f"no C function given for kernel slot {node.value!r}")
            body.append(f"    const float v{i} = {calls[node.value]}({ref(node.args[0])});")
            continue
        spelling = get_op(node.op).c
        if not spelling:  # a newly registered op needs a C spelling
            raise ValueError(f"the C emitter does not know op {node.op!r}")
        expr = spelling.format(*(ref(j) for j in node.args))
        body.append(f"    const {_C_TYPES[types[i]]} v{i} = {expr};")
    body.append(f"    return {ref(program.output)};")
    return f"{SCALAR_PREFIX} float {name}(float x)\n{{\n" + "\n".join(body) + "\n}\n"


def emit_c_array(name: str, scalar_fn_name: str, linkage: str = "", restrict_macro: bool = True,
                 fast: tuple[str, ...] | None = None) -> str:
    """C source of `void NAME_array(in, out, n)` applying `scalar_fn_name` elementwise.

    Blocked for the vectorizer over EVOLVE_RESTRICT pointers (restrict in C99+, __restrict__ in
    C++), with run-time AVX2 / AVX-512 copies on x86-64 builds without AVX2+FMA
    (codegen.c_vector).  `linkage` is put before the definition (e.g. 'static inline'); empty
    means external.  The text starts with the guarded macro definitions (C_PREAMBLE) unless not
    `restrict_macro` (a file that defines them once itself).  `fast`: (fast function, guard[, bound]),
    taken by blocks whose inputs all pass the guard.  Needs <stddef.h> (size_t).
    """
    check_identifier(name)
    check_identifier(scalar_fn_name)
    return (C_PREAMBLE if restrict_macro else "") + emit_array_entry(name, scalar_fn_name, linkage, RESTRICT_MACRO,
                                                                     fast)


def _comment_block(text: str) -> str:
    text = text.replace("*/", "* /")  # never close the comment early
    return "/*\n" + "\n".join((" * " + line).rstrip() for line in text.splitlines()) + "\n */\n"


def emit_c_header(program: Program, name: str, comment: str = "") -> str:
    """A self-contained C header with the kernel `NAME` and its array entry `NAME_array`.

    The array entry is `static inline` unless EVOLVE_ARRAY_LINKAGE is defined
    before inclusion (define it empty to export the function from a library).
    The header is also valid C++ (C++17 for the hex float literals), with C linkage.
    """
    check_identifier(name)
    guard = f"EVOLVE_{name.upper()}_H"
    notes = []
    if comment:
        notes += [comment.strip(), ""]
    notes += [
        f"Generated float32 kernel `{name}` and `{name}_array`.",
        "",
        "C99 or later, or C++17 or later (C linkage).",
        "IMPORTANT: compile with -ffp-contract=off (or -std=c99/c11, not gnu*).",
        "Without it, gcc in GNU mode fuses a*b+c into fma on FMA hardware and the",
        "results are no longer the verified float32 results.  The pragmas below",
        "guard this file under gcc and clang; callers built with a different",
        "fp-contract mode then get an out-of-line call per element instead of inlining.",
        "",
        "Program (SSA, exact float32 constants):",
        to_text(program.folded()),
    ]
    parts = [
        _comment_block("\n".join(notes)),
        f"#ifndef {guard}\n#define {guard}\n\n#include <math.h>\n#include <stddef.h>\n",
        "#include <stdint.h>\n#include <string.h>\n" if uses_bit_casts(program) else "",
        f"#ifndef {ARRAY_LINKAGE_MACRO}\n#define {ARRAY_LINKAGE_MACRO} static inline\n#endif\n",
        C_PREAMBLE,
        EXTERN_C_BEGIN,
        c_helpers(program),
        C_PRAGMA_PUSH,
        emit_c_kernel(program, name),
        emit_c_array(name, name, linkage=ARRAY_LINKAGE_MACRO, restrict_macro=False),
        C_PRAGMA_POP,
        EXTERN_C_END,
        f"#endif /* {guard} */\n",
    ]
    return "\n".join(p for p in parts if p)
