"""Full-range wrappers (range reduction + kernel + reconstruction + special values) for C and JAX.

Same algorithm as the numpy reference targets/fullrange.py, bit for bit (that module
documents the maths).  Design rule that makes the three agree: every product in a
reduction or reconstruction is exact (k has at most 8 bits, the ln2 pieces at most 17),
so a*b+c rounds once whether or not a compiler contracts it into an fma; and in JAX no
float op sees or produces a subnormal (subnormal log/erf inputs and exp outputs go through
integer bit arithmetic), so XLA's flush-to-zero on CPU cannot change a result (measured:
bit-identical to numpy on every tested input at default flags and at opt level 0).  C needs round-to-nearest and no
-ffast-math; the emitted C guards itself with -ffp-contract=off like codegen/c_emitter.py.

This module only knows the wrapper constants; it must not import targets/.
"""
from __future__ import annotations

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


# Names the wrapper bodies use themselves: a function or kernel of that name would be shadowed.
RESERVED = frozenset("""x xc v kf r p q k k1 k2 b y ix iy kadj valid u f ax mag ok sub small s n t tiny mid
    high core below_c special jax jnp evolve_f32_bits evolve_f32_from_bits memcpy fmaf int32_t uint32_t""".split())


def _check(target: str, name: str, kernel_name: str, tail_name: str | None = None) -> None:
    if target not in TARGETS:
        raise ValueError(f"no full-range wrapper for target {target!r}; known: {', '.join(TARGETS)}")
    if (target in NEEDS_TAIL) != (tail_name is not None):
        raise ValueError(f"the {target} wrapper " + ("needs a tail kernel" if target in NEEDS_TAIL
                                                     else "takes no tail kernel"))
    names = [n for n in (name, kernel_name, tail_name) if n is not None]
    for n in names:
        if not (isinstance(n, str) and n.isidentifier()):
            raise ValueError(f"{n!r} is not a valid identifier")
        if n in RESERVED:
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

_C_HELPERS = """#include <stdint.h>
#include <string.h>
#include <math.h>
#ifndef EVOLVE_WRAPPER_HELPERS
#define EVOLVE_WRAPPER_HELPERS
static inline uint32_t evolve_f32_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(uint32_t u) { float x; memcpy(&x, &u, 4); return x; }
#endif
"""

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


def c_wrapper(target: str, name: str, kernel_name: str, tail_name: str | None = None) -> str:
    """C source defining `static inline float NAME(float x)`: the full-range `target` function.

    It calls `static inline float KERNEL_NAME(float x)` (and TAIL_NAME, the second kernel,
    for targets in NEEDS_TAIL), which must be defined before it.
    The text includes <stdint.h>, <string.h>, <math.h> and guarded bit-cast helpers, so
    several wrappers can share one file.  Needs round-to-nearest and no -ffast-math.
    """
    _check(target, name, kernel_name, tail_name)
    body = _C_BODIES[target].format(**_fields(_c, name, kernel_name, tail_name))
    return _C_HELPERS + _C_PRAGMA_PUSH + body + _C_PRAGMA_POP


# ----------------------------------------------------------------------------- JAX
# Module source needs only `import jax` and `import jax.numpy as jnp`.  Where a rewrite could
# reach across the kernel boundary (log: f = m - 1 has a constant term, and p is added to a
# product), `jnp.where(ok, v, x)` hides the kernel's input and output from XLA's rewrites and
# contraction (see codegen/jax_emitter.py); it is the identity for non-NaN x.  exp's r and
# erf's selected t have no constant term, and exp's and erf's kernel outputs are only read
# as bits, so they need no guard.

_JAX_BODIES = {
    "exp": """@jax.custom_jvp
def {name}(x):
    x = jnp.asarray(x, dtype=jnp.float32)
    xc = jnp.where(x > jnp.float32({lo}), x, jnp.float32({lo}))
    xc = jnp.where(xc < jnp.float32({hi}), xc, jnp.float32({hi}))
    kf = jax.lax.round(xc * jnp.float32({inv}), jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    r = (xc - kf * jnp.float32({ln2hi})) - kf * jnp.float32({ln2lo})
    # r needs no guard: a difference of non-constant terms, which no rewrite of the kernel's
    # ops can combine with; p is only read as bits.
    p = {kernel}(r)
    # p * 2^k on the bits: exact while normal; below 2^-126 (which XLA on CPU would flush)
    # the float add of 2^23 (ulp 1) rounds p * 2^(k+149) to the subnormal's integer bits.
    # k << 23 is bits(kf + 1.5 * 2^23) << 23: the constant's bits shift out (cheaper than
    # XLA's saturating float -> int conversion).
    b = jax.lax.bitcast_convert_type(p, jnp.int32) \
        + (jax.lax.bitcast_convert_type(kf + jnp.float32({magic}), jnp.int32) << 23)
    t = jax.lax.bitcast_convert_type(b + (149 << 23), jnp.float32) + jnp.float32({round_sub})
    n = jax.lax.bitcast_convert_type(t, jnp.int32) - {round_sub_bits}
    b = jnp.where(b < 0x00800000, n, jnp.minimum(b, 0x7f800000))
    return jnp.where(x == x, jax.lax.bitcast_convert_type(b, jnp.float32), x + x)
""",
    "log": """@jax.custom_jvp
def {name}(x):
    x = jnp.asarray(x, dtype=jnp.float32)
    ok = x == x
    ix = jax.lax.bitcast_convert_type(x, jnp.int32)
    sub = (ix > 0) & (ix < 0x00800000)
    valid = (ix > 0) & (ix < 0x7f800000)
    iy = jnp.where(sub, jax.lax.bitcast_convert_type(ix.astype(jnp.float32), jnp.int32), ix)
    iy = jnp.where(valid, iy, 0x3f800000)
    u = iy - {sqrt_half}
    k = (u >> 23) + jnp.where(sub, -149, 0)
    f = jax.lax.bitcast_convert_type((u & 0x007fffff) + {sqrt_half}, jnp.float32) - jnp.float32(1.0)
    p = jnp.where(ok, {kernel}(jnp.where(ok, f, x)), x)
    kf = k.astype(jnp.float32)
    y = kf * jnp.float32({ln2hi}) + (kf * jnp.float32({ln2lo}) + p)
    # Not `(ix & 0x7fffffff) == 0`: LLVM folds that into x == 0.0, which XLA's CPU
    # denormals-are-zero mode makes true for subnormals (measured: log(-subnormal) = -inf).
    special = jnp.where(ix < 0, jnp.where(ix == -2147483648, jnp.float32(-jnp.inf), jnp.float32(jnp.nan)),
                        jnp.where(ix == 0, jnp.float32(-jnp.inf), x + x))
    return jnp.where(valid, y, special)
""",
    "erf": """@jax.custom_jvp
def {name}(x):
    x = jnp.asarray(x, dtype=jnp.float32)
    ix = jax.lax.bitcast_convert_type(x, jnp.int32)
    ax = ix & 0x7fffffff
    t = jax.lax.bitcast_convert_type(ax, jnp.float32)
    # Both kernels run on every lane's t as it is (XLA has no traps; a lane keeps only the value
    # of its own kernel), which is cheaper than feeding stand-ins to the others.
    p = jax.lax.bitcast_convert_type({kernel}(t), jnp.int32)
    q = jax.lax.bitcast_convert_type({tail}(t), jnp.int32)
    # |x| < 2^-126: ax + rint(ax * c1) in integers; rint(v) + 1.5 * 2^23 is exact, and its
    # bits minus those of 1.5 * 2^23 are rint(v) (cheaper than a saturating float -> int).
    v = jax.lax.round(ax.astype(jnp.float32) * jnp.float32({c1}), jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    small = ax + (jax.lax.bitcast_convert_type(v + jnp.float32({magic}), jnp.int32) - {magic_bits})
    # t >= C is false for a NaN, whose tail value (a NaN: the tail depends on t) is kept.
    mag = jnp.where(ax < 0x00800000, small,
                    jnp.where(ax < {split_bits}, p, jnp.where(t >= jnp.float32({c}), 0x3f800000, q)))
    return jax.lax.bitcast_convert_type(mag ^ (ix & jnp.int32(-2147483648)), jnp.float32)
""",
}


# d/dx of the exact function, from the primal output y where that is exact enough: the bit
# manipulations of the wrappers have no derivative, and the kernel's own slope would only
# approximate the function's.
_JAX_DERIVATIVES = {
    "exp": "y * t",
    "log": "t / jnp.asarray(x, dtype=jnp.float32)",
    "erf": "jnp.float32({two_over_sqrt_pi}) * jnp.exp(-jnp.square(jnp.asarray(x, dtype=jnp.float32))) * t",
}

_JAX_JVP = """

@{name}.defjvp
def _{name}_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = {name}(x)
    return y, {derivative}
"""


def _py(v: float) -> str:
    return repr(float(v)) if v == int(v) and abs(v) < 2**24 else f"float.fromhex('{hex_literal(v)}')"


def check_jax_tail(tail) -> None:
    """Raise ValueError unless the tail kernel (a Program) depends on x: the JAX erf wrapper
    relies on the tail turning a NaN into a NaN (any program whose output depends on x does;
    a constant one, which could never pass for erf's tail anyway, would not)."""
    if tail is not None and not tail.depends_on_x(tail.output):
        raise ValueError("the tail kernel is a constant; the JAX wrapper needs one that depends on x")


def jax_wrapper_source(target: str, name: str, kernel_name: str, tail_name: str | None = None) -> str:
    """Python source of `def NAME(x)`, the full-range `target` function in jnp/lax ops.

    It calls KERNEL_NAME(x) (a jnp float32 -> float32 function; and TAIL_NAME for targets
    in NEEDS_TAIL, a kernel whose output depends on x: see check_jax_tail) and needs `jax`
    and `jax.numpy as jnp` imported in the module.  Not
    decorated with jit; a jax.custom_jvp whose derivative is the exact function's
    (exp: y, log: 1/x, erf: 2/sqrt(pi) exp(-x^2)), so grad works through the bit steps.
    """
    _check(target, name, kernel_name, tail_name)
    derivative = _JAX_DERIVATIVES[target].format(two_over_sqrt_pi=_py(TWO_OVER_SQRT_PI))
    return (_JAX_BODIES[target].format(**_fields(_py, name, kernel_name, tail_name))
            + _JAX_JVP.format(name=name, derivative=derivative))


def jax_wrapper(target: str, kernel_fn: Callable, jit: bool = True, tail_fn: Callable | None = None) -> Callable:
    """The full-range `target` function as a JAX callable around `kernel_fn` (jnp -> jnp),
    and `tail_fn` for targets in NEEDS_TAIL.

    Compiled, when called (never at import), from the very source `jax_wrapper_source`
    emits, so the exported module and this callable cannot drift apart.  `jit=True`
    returns it jitted.
    """
    import jax
    import jax.numpy as jnp

    namespace = {"jax": jax, "jnp": jnp, "_kernel": kernel_fn, "_tail": tail_fn}
    source = jax_wrapper_source(target, "_wrapped", "_kernel", "_tail" if tail_fn is not None else None)
    exec(compile(source, f"<{target} wrapper>", "exec"), namespace)
    fn = namespace["_wrapped"]
    fn.__name__ = f"full_{target}"
    return jax.jit(fn) if jit else fn

