"""Full-range wrappers in JAX (jnp/lax ops): range reduction + kernel + reconstruction + special values.

The same algorithm as the C wrappers of codegen/wrappers.py and the numpy reference
targets/fullrange.py, bit for bit.  Two treatments of subnormals (SUBNORMAL_MODES):

- "exact" (default): no float op sees or produces a subnormal (subnormal log/erf inputs and
  exp outputs go through integer bit arithmetic), so XLA's flush-to-zero on CPU cannot change a
  result: every float32 input gets the verified result, subnormals included.
- "flush": XLA's own CPU semantics, which jnp.exp/jnp.log/jax.scipy.special.erf have: a
  subnormal input is read as a zero of its sign and a result below 2^-126 becomes +-0.  Every
  other result is bit-identical to "exact"'s; the integer paths are gone, which is what makes
  it faster (measured in experiments/bench_speed.py).

This module only knows the program-independent wrapper text; it must not import targets/.
"""
from __future__ import annotations

from typing import Callable

from codegen.jax_plan import INPUT_HELPER
from codegen.wrappers import TWO_OVER_SQRT_PI, _check, _fields, template_names
from evolve.serialize import hex_literal

SUBNORMAL_MODES = ("exact", "flush")

# Module source needs only `import jax` and `import jax.numpy as jnp`.  Where a rewrite could
# reach across the kernel boundary (log: f = m - 1 has a constant term, and p is added to a
# product), `jnp.where(ok, v, x)` hides the kernel's input and output from XLA's rewrites and
# contraction (see codegen/jax_emitter.py); it is the identity for non-NaN x.  exp's r and
# erf's selected t have no constant term, and exp's and erf's kernel outputs are only read
# as bits, so they need no guard.

# exp: both modes share the reduction and p * 2^k on the bits; erf: both share the kernels.
_EXP_HEAD = """@jax.custom_jvp
def {name}(x):
    x = _as_float32(x)
    xc = jnp.where(x > jnp.float32({lo}), x, jnp.float32({lo}))
    xc = jnp.where(xc < jnp.float32({hi}), xc, jnp.float32({hi}))
    kf = jax.lax.round(xc * jnp.float32({inv}), jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    r = (xc - kf * jnp.float32({ln2hi})) - kf * jnp.float32({ln2lo})
    # r needs no guard: a difference of non-constant terms, which no rewrite of the kernel's
    # ops can combine with; p is only read as bits.
    p = {kernel}(r)
    # p * 2^k on the bits, exact while normal.  k << 23 is bits(kf + 1.5 * 2^23) << 23: the
    # constant's bits shift out (cheaper than XLA's saturating float -> int conversion).
    b = jax.lax.bitcast_convert_type(p, jnp.int32) \\
        + (jax.lax.bitcast_convert_type(kf + jnp.float32({magic}), jnp.int32) << 23)
"""
_EXP_RETURN = "    return jnp.where(x == x, jax.lax.bitcast_convert_type(b, jnp.float32), x + x)\n"

_ERF_HEAD = """@jax.custom_jvp
def {name}(x):
    x = _as_float32(x)
    ix = jax.lax.bitcast_convert_type(x, jnp.int32)
    ax = ix & 0x7fffffff
    t = jax.lax.bitcast_convert_type(ax, jnp.float32)
    # Both kernels run on every lane's t as it is (XLA has no traps; a lane keeps only the value
    # of its own kernel), which is cheaper than feeding stand-ins to the others.
    p = jax.lax.bitcast_convert_type({kernel}(t), jnp.int32)
    q = jax.lax.bitcast_convert_type({tail}(t), jnp.int32)
    # t >= C is false for a NaN, whose tail value (a NaN: the tail depends on t) is kept.
"""
_ERF_RETURN = "    return jax.lax.bitcast_convert_type(mag ^ (ix & jnp.int32(-2147483648)), jnp.float32)\n"

# log: both modes share the head, the kernel call with its guards, and the reconstruction.
_LOG_HEAD = """@jax.custom_jvp
def {name}(x):
    x = _as_float32(x)
    ok = x == x
    ix = jax.lax.bitcast_convert_type(x, jnp.int32)
"""
_LOG_CORE = """    f = jax.lax.bitcast_convert_type((u & 0x007fffff) + {sqrt_half}, jnp.float32) - jnp.float32(1.0)
    p = jnp.where(ok, {kernel}(jnp.where(ok, f, x)), x)
    kf = k.astype(jnp.float32)
    y = kf * jnp.float32({ln2hi}) + (kf * jnp.float32({ln2lo}) + p)
"""
_LOG_RETURN = "    return jnp.where(valid, y, special)\n"

_JAX_BODIES = {
    "exp": _EXP_HEAD + """    # Below 2^-126 (which XLA on CPU would flush) the float add of 2^23 (ulp 1) rounds
    # p * 2^(k+149) to the subnormal's integer bits.
    t = jax.lax.bitcast_convert_type(b + (149 << 23), jnp.float32) + jnp.float32({round_sub})
    n = jax.lax.bitcast_convert_type(t, jnp.int32) - {round_sub_bits}
    b = jnp.where(b < 0x00800000, n, jnp.minimum(b, 0x7f800000))
""" + _EXP_RETURN,
    "log": _LOG_HEAD + """    sub = (ix > 0) & (ix < 0x00800000)
    valid = (ix > 0) & (ix < 0x7f800000)
    iy = jnp.where(sub, jax.lax.bitcast_convert_type(ix.astype(jnp.float32), jnp.int32), ix)
    iy = jnp.where(valid, iy, 0x3f800000)
    u = iy - {sqrt_half}
    k = (u >> 23) + jnp.where(sub, -149, 0)
""" + _LOG_CORE + """    # Not `(ix & 0x7fffffff) == 0`: LLVM folds that into x == 0.0, which XLA's CPU
    # denormals-are-zero mode makes true for subnormals (measured: log(-subnormal) = -inf).
    special = jnp.where(ix < 0, jnp.where(ix == -2147483648, jnp.float32(-jnp.inf), jnp.float32(jnp.nan)),
                        jnp.where(ix == 0, jnp.float32(-jnp.inf), x + x))
""" + _LOG_RETURN,
    "erf": _ERF_HEAD + """    # |x| < 2^-126: ax + rint(ax * c1) in integers; rint(v) + 1.5 * 2^23 is exact, and its
    # bits minus those of 1.5 * 2^23 are rint(v) (cheaper than a saturating float -> int).
    v = jax.lax.round(ax.astype(jnp.float32) * jnp.float32({c1}), jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    small = ax + (jax.lax.bitcast_convert_type(v + jnp.float32({magic}), jnp.int32) - {magic_bits})
    mag = jnp.where(ax < 0x00800000, small,
                    jnp.where(ax < {split_bits}, p, jnp.where(t >= jnp.float32({c}), 0x3f800000, q)))
""" + _ERF_RETURN,
}


# "flush" bodies: the "exact" ones without their integer subnormal paths.  Under XLA's CPU
# denormals-are-zero mode a subnormal input reaches the float ops as a zero, so exp gives 1,
# log -inf and erf the kernel's value at +0 (0 for any kernel that passes verification) with
# x's sign.
_JAX_FLUSH_BODIES = {
    "exp": _EXP_HEAD + """    b = jnp.where(b < 0x00800000, 0, jnp.minimum(b, 0x7f800000))  # below 2^-126: +0
""" + _EXP_RETURN,
    "log": _LOG_HEAD + """    valid = (ix >= 0x00800000) & (ix < 0x7f800000)
    iy = jnp.where(valid, ix, 0x3f800000)
    u = iy - {sqrt_half}
    k = u >> 23
""" + _LOG_CORE + """    # +-0 and +-subnormals (zeros to XLA on CPU): -inf; other x < 0: NaN; +inf, NaN: x + x.
    special = jnp.where((ix & 0x7fffffff) < 0x00800000, jnp.float32(-jnp.inf),
                        jnp.where(ix < 0, jnp.float32(jnp.nan), x + x))
""" + _LOG_RETURN,
    "erf": _ERF_HEAD + """    mag = jnp.where(ax < {split_bits}, p, jnp.where(t >= jnp.float32({c}), 0x3f800000, q))
""" + _ERF_RETURN,
}


# d/dx of the exact function, from the primal output y where that is exact enough: the bit
# manipulations of the wrappers have no derivative, and the kernel's own slope would only
# approximate the function's.
_JAX_DERIVATIVES = {
    "exp": "y * t",
    "log": "t / _as_float32(x)",
    "erf": "jnp.float32({two_over_sqrt_pi}) * jnp.exp(-jnp.square(_as_float32(x))) * t",
}

_JAX_JVP = """

@{name}.defjvp
def _{name}_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = {name}(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, {derivative}
"""

JAX_RESERVED = template_names(*_JAX_BODIES.values(), *_JAX_FLUSH_BODIES.values(), _JAX_JVP,
                              *_JAX_DERIVATIVES.values(), INPUT_HELPER)


def _py(v: float) -> str:
    return repr(float(v)) if v == int(v) and abs(v) < 2**24 else f"float.fromhex('{hex_literal(v)}')"


def check_jax_tail(tail) -> None:
    """Raise ValueError unless the tail kernel (a Program) depends on x: the JAX erf wrapper
    relies on the tail turning a NaN into a NaN (any program whose output depends on x does;
    a constant one, which could never pass for erf's tail anyway, would not)."""
    if tail is not None and not tail.depends_on_x(tail.output):
        raise ValueError("the tail kernel is a constant; the JAX wrapper needs one that depends on x")


def jax_wrapper_source(target: str, name: str, kernel_name: str, tail_name: str | None = None,
                       subnormals: str = "exact") -> str:
    """Python source of `def NAME(x)`, the full-range `target` function in jnp/lax ops, with
    `subnormals` one of SUBNORMAL_MODES (see the module docstring).

    It calls KERNEL_NAME(x) (a jnp float32 -> float32 function; and TAIL_NAME for targets
    in NEEDS_TAIL, a kernel whose output depends on x: see check_jax_tail) and needs `jax`
    and `jax.numpy as jnp` imported and codegen.jax_plan.INPUT_HELPER defined in the
    module: any real input is converted by `_as_float32` (jax_plan.INPUT_CONTRACT).  Not
    decorated with jit; a jax.custom_jvp whose derivative is the exact function's
    (exp: y, log: 1/x, erf: 2/sqrt(pi) exp(-x^2)), so grad works through the bit steps and
    returns the gradient in the input's dtype.
    """
    _check(target, name, kernel_name, tail_name, JAX_RESERVED)
    bodies = {"exact": _JAX_BODIES, "flush": _JAX_FLUSH_BODIES}.get(subnormals)
    if bodies is None:
        raise ValueError(f"unknown subnormals mode {subnormals!r}; known: {', '.join(SUBNORMAL_MODES)}")
    derivative = _JAX_DERIVATIVES[target].format(two_over_sqrt_pi=_py(TWO_OVER_SQRT_PI))
    return (bodies[target].format(**_fields(_py, name, kernel_name, tail_name))
            + _JAX_JVP.format(name=name, derivative=derivative))


def jax_wrapper(target: str, kernel_fn: Callable, jit: bool = True, tail_fn: Callable | None = None,
                subnormals: str = "exact") -> Callable:
    """The full-range `target` function as a JAX callable around `kernel_fn` (jnp -> jnp),
    and `tail_fn` for targets in NEEDS_TAIL; `subnormals` as in jax_wrapper_source.

    Compiled, when called (never at import), from the very source `jax_wrapper_source`
    emits, so the exported module and this callable cannot drift apart.  `jit=True`
    returns it jitted.
    """
    import jax
    import jax.numpy as jnp

    namespace = {"jax": jax, "jnp": jnp, "_kernel": kernel_fn, "_tail": tail_fn}
    source = INPUT_HELPER + "\n\n" + jax_wrapper_source(
        target, "_wrapped", "_kernel", "_tail" if tail_fn is not None else None, subnormals)
    exec(compile(source, f"<{target} wrapper>", "exec"), namespace)
    fn = namespace["_wrapped"]
    fn.__name__ = f"full_{target}"
    return jax.jit(fn) if jit else fn

