"""Full-range wrappers (range reduction + kernel + reconstruction + special values): the shared
constants and name checks, and the C wrappers (the JAX ones are in codegen/jax_wrappers.py).

Same algorithm as the numpy reference targets/fullrange.py, bit for bit (that module
documents the maths).  Design rule that makes the three agree: every product in a
reduction or reconstruction is exact (k has at most 8 bits, the ln2 pieces at most 17),
so a*b+c rounds once whether or not a compiler contracts it into an fma; and in JAX's
default ("exact") mode no float op sees or produces a subnormal (subnormal log/erf inputs and
exp outputs go through integer bit arithmetic), so XLA's flush-to-zero on CPU cannot change a
result (measured: bit-identical to numpy on every tested input at default flags and at opt
level 0).  C needs round-to-nearest and no -ffast-math; the emitted C guards itself with
-ffp-contract=off like codegen/c_emitter.py.

This module only knows the wrapper constants; it must not import targets/.
"""
from __future__ import annotations

import re
from typing import Callable

from evolve.serialize import hex_literal

# Shared constants (float32 values; tests/test_fullrange.py checks them against targets/).
INV_LN2 = float.fromhex("0x1.715476p+0")     # float32(1/ln2)
LN2_HI = float.fromhex("0x1.62e4p-1")        # 15 significant bits: k*LN2_HI exact for |k| <= 150
LN2_LO = float.fromhex("0x1.7f7dp-20")       # 17 bits: k*LN2_LO exact; |ln2 - HI - LO| < 2^-39.1
EXP_CLAMP_LO = -104.0   # exp(x) rounds to 0 below -0x1.9fe368p6 (-103.972); k = -150 here
EXP_CLAMP_HI = 89.0     # exp(x) overflows above 0x1.62e42ep6 (88.7228); k = 128 here
ROUND_MAGIC = float.fromhex("0x1.8p23")      # (v + M) - M == rint(v) for |v| < 2^22
ROUND_MAGIC_BITS = 0x4B400000                # bits(M + n) - ROUND_MAGIC_BITS == n for |n| <= 2^22
EXP_ROUND_SUB = 2.0**23                      # v + 2^23 rounds v in [0, 2^23] to an integer
EXP_ROUND_SUB_BITS = 0x4B000000              # bits(2^23 + n) - EXP_ROUND_SUB_BITS == n for n <= 2^23
SQRT_HALF_BITS = 0x3F3504F3                  # float32 bits of 0x1.6a09e6p-1 ~ sqrt(1/2)
ERF_C = float.fromhex("0x1.f5a88ap+1")       # = targets.erf.C
ERF_C_BITS = 0x407AD445
ERF_SPLIT_BITS = 0x3F800000                  # = targets.erf.SPLIT (1.0): core below, tail from here
ERF_TINY_C1 = float.fromhex("0x1.06eba8p-3")  # float32(2/sqrt(pi) - 1), subnormal erf path
TWO_OVER_SQRT_PI = float.fromhex("0x1.20dd76p+0")  # float32(2/sqrt(pi)), erf's derivative at 0

TARGETS = ("exp", "log", "erf")
NEEDS_TAIL = frozenset({"erf"})  # targets whose wrapper calls a second kernel on a tail interval


def template_names(*templates: str, comment: str = "#") -> frozenset[str]:
    """The identifiers a wrapper template uses itself, outside its comments (`comment`: "#" for
    Python, "c" for C) and its {format} fields: a function or kernel of such a name would be
    shadowed or clash.  Derived from the text, so the list cannot drift from the bodies."""
    names = set()
    for text in templates:
        if comment == "c":
            text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", text, flags=re.S)
        else:
            text = re.sub(r"#[^\n]*", " ", text)
        names.update(re.findall(r"(?<![\w.{}])[A-Za-z_]\w*(?![\w{}])", text))
    return frozenset(names)


def _check(target: str, name: str, kernel_name: str, tail_name: str | None, reserved: frozenset[str]) -> None:
    if target not in TARGETS:
        raise ValueError(f"no full-range wrapper for target {target!r}; known: {', '.join(TARGETS)}")
    if (target in NEEDS_TAIL) != (tail_name is not None):
        raise ValueError(f"the {target} wrapper " + ("needs a tail kernel" if target in NEEDS_TAIL
                                                     else "takes no tail kernel"))
    names = [n for n in (name, kernel_name, tail_name) if n is not None]
    for n in names:
        if not (isinstance(n, str) and n.isidentifier()):
            raise ValueError(f"{n!r} is not a valid identifier")
        if n in reserved:
            raise ValueError(f"{n!r} is used inside the wrapper; choose another name")
    if len(set(names)) != len(names):
        raise ValueError("the wrapper and its kernels need different names")


def _fields(literal: Callable[[float], str], name: str, kernel_name: str, tail_name: str | None) -> dict:
    """The format fields of the C and JAX bodies: names, float constants as `literal` writes
    them in the target language, bit patterns as hex integers (the same in both)."""
    floats = {"lo": EXP_CLAMP_LO, "hi": EXP_CLAMP_HI, "inv": INV_LN2, "ln2hi": LN2_HI, "ln2lo": LN2_LO,
              "magic": ROUND_MAGIC, "round_sub": EXP_ROUND_SUB, "c1": ERF_TINY_C1, "c": ERF_C}
    bits = {"split_bits": ERF_SPLIT_BITS, "c_bits": ERF_C_BITS, "sqrt_half": SQRT_HALF_BITS,
            "round_sub_bits": EXP_ROUND_SUB_BITS, "magic_bits": ROUND_MAGIC_BITS}
    return ({"name": name, "kernel": kernel_name, "tail": tail_name}
            | {k: literal(v) for k, v in floats.items()} | {k: "0x%08x" % v for k, v in bits.items()})


def _c(v: float) -> str:
    return hex_literal(v) + "f"


# ----------------------------------------------------------------------------- C

C_INCLUDES = "#include <stdint.h>\n#include <string.h>\n#include <math.h>\n"

_C_BIT_HELPERS = """#ifndef EVOLVE_WRAPPER_HELPERS
#define EVOLVE_WRAPPER_HELPERS
static inline uint32_t evolve_f32_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(uint32_t u) { float x; memcpy(&x, &u, 4); return x; }
#endif
"""

_C_HELPERS = C_INCLUDES + _C_BIT_HELPERS

_C_PRAGMA_PUSH = ("#if defined(__clang__)\n#pragma STDC FP_CONTRACT OFF\n#elif defined(__GNUC__)\n"
                  "#pragma GCC push_options\n#pragma GCC optimize(\"fp-contract=off\")\n#endif\n")
_C_PRAGMA_POP = "#if !defined(__clang__) && defined(__GNUC__)\n#pragma GCC pop_options\n#endif\n"

_C_BODIES = {
    "exp": """static inline float {name}(float x)
{{
    /* exp(x) = 2^k * kernel(r), x = k*ln2 + r.  NaN -> clamp value, fixed at the end. */
    float xc = x > {lo} ? x : {lo};
    xc = xc < {hi} ? xc : {hi};
    float v = xc * {inv};
    float kf = (v + {magic}) - {magic};            /* rint(v): |v| <= 151 */
    float r = (xc - kf * {ln2hi}) - kf * {ln2lo};   /* Cody-Waite, both products exact */
    float p = {kernel}(r);
    /* p * 2^k on the bits, k in [-150, 128]: exact while normal; below 2^-126 the float add
       of 2^23 (ulp 1) rounds p * 2^(k+149) to the subnormal's integer bits. */
    uint32_t b = evolve_f32_bits(p) + ((uint32_t)(int32_t)kf << 23);
    uint32_t n = evolve_f32_bits(evolve_f32_from_bits(b + (149u << 23)) + {round_sub}) - {round_sub_bits}u;
    b = (int32_t)b < 0x00800000 ? n : (b < 0x7f800000u ? b : 0x7f800000u);
    return x != x ? x + x : evolve_f32_from_bits(b);
}}
""",
    "log": """static inline float {name}(float x)
{{
    /* log(x) = k*ln2 + kernel(m - 1), x = 2^k * m, m in [sqrt(1/2), sqrt(2)). */
    uint32_t ix = evolve_f32_bits(x);
    uint32_t iy = ix;
    int32_t kadj = 0;
    if (ix - 1u < 0x007fffffu) {{                    /* positive subnormal: x * 2^149 as integer */
        iy = evolve_f32_bits((float)(int32_t)ix);
        kadj = -149;
    }}
    int valid = ix - 1u < 0x7f7fffffu;              /* 0 < x < inf */
    iy = valid ? iy : 0x3f800000u;
    uint32_t u = iy - {sqrt_half}u;
    int32_t k = ((int32_t)u >> 23) + kadj;
    float f = evolve_f32_from_bits((u & 0x007fffffu) + {sqrt_half}u) - 1.0f;   /* exact */
    float p = {kernel}(f);
    float kf = (float)k;
    float y = kf * {ln2hi} + (kf * {ln2lo} + p);    /* both products exact */
    if (valid) return y;
    if ((ix << 1) == 0) return -INFINITY;           /* +-0 */
    if (ix >> 31) return NAN;                       /* x < 0 (incl. -inf, -nan) */
    return x + x;                                   /* +inf, +nan */
}}
""",
    "erf": """static inline float {name}(float x)
{{
    /* erf(x) = sign(x) * kernel(|x|) for |x| < 1, sign(x) * tail(|x|) for 1 <= |x| < C,
       sign(x) for |x| >= C. */
    uint32_t ix = evolve_f32_bits(x);
    uint32_t ax = ix & 0x7fffffffu;
    uint32_t mag;
    if (ax < 0x00800000u) {{                         /* +-0, subnormal: 2/sqrt(pi)*x in integer units */
        float v = (float)(int32_t)ax * {c1};
        mag = ax + (uint32_t)(int32_t)((v + {magic}) - {magic});
    }} else if (ax < {split_bits}u) {{
        mag = evolve_f32_bits({kernel}(evolve_f32_from_bits(ax)));
    }} else if (ax < {c_bits}u) {{
        mag = evolve_f32_bits({tail}(evolve_f32_from_bits(ax)));
    }} else if (ax <= 0x7f800000u) {{
        mag = 0x3f800000u;
    }} else {{
        return x + x;
    }}
    return evolve_f32_from_bits(mag ^ (ix & 0x80000000u));   /* sign(x) * mag, exact */
}}
""",
}

C_RESERVED = template_names(_C_HELPERS, *_C_BODIES.values(), comment="c") | {"fmaf"}  # kernels call fmaf


def c_wrapper(target: str, name: str, kernel_name: str, tail_name: str | None = None,
              includes: bool = True) -> str:
    """C source defining `static inline float NAME(float x)`: the full-range `target` function.

    It calls `static inline float KERNEL_NAME(float x)` (and TAIL_NAME, the second kernel,
    for targets in NEEDS_TAIL), which must be defined before it.
    The text starts with C_INCLUDES (<stdint.h>, <string.h>, <math.h>; left out when not
    `includes`, for a file that includes them itself, e.g. before an `extern "C"` block) and
    guarded bit-cast helpers, so several wrappers can share one file.  Valid C99/C11 and
    C++ (no C-only constructs).  Needs round-to-nearest and no -ffast-math.
    """
    _check(target, name, kernel_name, tail_name, C_RESERVED)
    body = _C_BODIES[target].format(**_fields(_c, name, kernel_name, tail_name))
    return (C_INCLUDES if includes else "") + _C_BIT_HELPERS + _C_PRAGMA_PUSH + body + _C_PRAGMA_POP
