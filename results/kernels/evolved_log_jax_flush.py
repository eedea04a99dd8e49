"""Evolved by evolve-float32 from results/runs/log (birth 328): log kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 0.7148 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_logf(x): float32 log(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_logf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_logf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const -0x1.0507eep-3  # -0.12745653092861176
v3 = const 0x1.10ca56p-3  # 0.13319842517375946
v4 = const 0x1.8d3e14p-4  # 0.09698303043842316
v5 = fma v4 v1 v2
v6 = const -0x1.fd8554p-4  # -0.1243947297334671
v7 = const 0x1.210baap-3  # 0.14113552868366241
v8 = const -0x1.553944p-3  # -0.1666131317615509
v9 = const 0x1.99b538p-3  # 0.2000526785850525
v10 = const -0x1.00008ap-2  # -0.25000205636024475
v11 = const 0x1.555538p-2  # 0.333332896232605
v12 = const -0x1p-1  # -0.5
v13 = fma v5 v1 v6
v14 = fma v13 v1 v8
v15 = fma v14 v1 v10
v16 = fma v3 v1 v7
v17 = fma v16 v1 v9
v18 = fma v17 v0 v15
v19 = fma v18 v0 v11
v20 = fma v19 v0 v12
v21 = fma v1 v20 v0
return v21

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = iconst 2139095040  # 0x7f800000
v3 = iconst 8388607  # 0x007fffff
v4 = lt_i v3 v1
v5 = lt_i v1 v2
v6 = and_b v4 v5
v7 = iconst 1060439283  # 0x3f3504f3
v8 = sub_i v1 v7
v9 = iconst 23
v10 = sra_i v8 v9
v11 = and_i v8 v3
v12 = add_i v11 v7
v13 = bits_i2f v12
v14 = const 0x1p+0  # 1.0
v15 = sub v13 v14
v16 = kernel core v15
v17 = i2f v10
v18 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v19 = mul_exact v17 v18
v20 = const 0x1.62e4p-1  # 0.693145751953125
v21 = mul_exact v17 v20
v22 = add v19 v16
v23 = add v21 v22
v24 = const -inf  # -inf
v25 = const nan  # nan
v26 = iconst 2147483647  # 0x7fffffff
v27 = and_i v1 v26
v28 = iconst 8388608  # 0x00800000
v29 = lt_i v27 v28
v30 = iconst 0
v31 = lt_i v1 v30
v32 = add v0 v0
v33 = select v31 v25 v32
v34 = select v29 v24 v33
v35 = select v6 v23 v34
return v35

Generated float32 kernel evolved_logf_kernel(x): elementwise, jitted.

Every function of this module takes any real array-like (float32, float64,
float16, bfloat16, integers, bool, Python scalars; any shape, 0-d and empty included)
and converts it to float32 by round-to-nearest-even exactly as numpy's
x.astype(np.float32) does, float32 values below 2^-126 kept (not flushed), with
jax_enable_x64 on or off; float32 input is used as it is.  Complex input raises
TypeError.  Output: float32, the input's shape.  Gradients are taken with respect to
the input and come in the input's dtype.

Every op rounds to float32.
An fma (`a * b + c  # fma` below) rounds once: XLA fuses it into a
hardware fma on CPUs with FMA and on GPUs (elsewhere it rounds twice).
The _keep/_const wrappers are identities wherever x is not NaN; they only
stop XLA from rewriting the arithmetic (fusing a*b+c, x/c -> x*(1/c), ...),
which would change the verified float32 results.
XLA on CPU flushes subnormal inputs and results to zero.

Program (constant subexpressions folded):
    v0 = x
    v1 = mul v0 v0
    v2 = const -0x1.0507eep-3  # -0.12745653092861176
    v3 = const 0x1.10ca56p-3  # 0.13319842517375946
    v4 = const 0x1.8d3e14p-4  # 0.09698303043842316
    v5 = fma v4 v1 v2
    v6 = const -0x1.fd8554p-4  # -0.1243947297334671
    v7 = const 0x1.210baap-3  # 0.14113552868366241
    v8 = const -0x1.553944p-3  # -0.1666131317615509
    v9 = const 0x1.99b538p-3  # 0.2000526785850525
    v10 = const -0x1.00008ap-2  # -0.25000205636024475
    v11 = const 0x1.555538p-2  # 0.333332896232605
    v12 = const -0x1p-1  # -0.5
    v13 = fma v5 v1 v6
    v14 = fma v13 v1 v8
    v15 = fma v14 v1 v10
    v16 = fma v3 v1 v7
    v17 = fma v16 v1 v9
    v18 = fma v17 v0 v15
    v19 = fma v18 v0 v11
    v20 = fma v19 v0 v12
    v21 = fma v1 v20 v0
    return v21
"""
import jax
import jax.numpy as jnp


def _as_float32(x):
    # x as float32, rounded to nearest-even exactly as numpy's x.astype(np.float32) rounds it,
    # for any real dtype (float64, float16, bfloat16, ints, bool, Python scalars), any shape.
    # Dispatched on the static dtype at trace time: float32 input costs nothing.
    x = jnp.asarray(x)
    if x.dtype == jnp.float32:
        return jnp.asarray(x, dtype=jnp.float32)
    if jnp.issubdtype(x.dtype, jnp.complexfloating):
        raise TypeError(f"float32 function of a real argument; got complex input ({x.dtype})")
    if x.dtype == jnp.float64:
        return _float64_to_float32(x)
    return x.astype(jnp.float32)  # exact, or one rounding that XLA does like numpy


@jax.custom_jvp
def _float64_to_float32(x):
    # XLA on CPU flushes a float32 result below 2^-126 of the convert to zero, so there the
    # float32's bits come from integers: rint(|x| * 2^149) is exact in float64 (a normal |x|
    # is scaled by a power of 2; a float64 subnormal, read as 0, rounds to 0 anyway).
    a = jnp.abs(x)
    n = jax.lax.round(a * 2.0**149, jax.lax.RoundingMethod.TO_NEAREST_EVEN).astype(jnp.int32)
    n = n | jnp.where(jnp.signbit(x), jnp.int32(-2147483648), jnp.int32(0))
    return jnp.where(a < 2.0**-126, jax.lax.bitcast_convert_type(n, jnp.float32), x.astype(jnp.float32))


@_float64_to_float32.defjvp
def _float64_to_float32_jvp(primals, tangents):
    # The rounding's slope is 1: the tangent is cast as the value is (a transposable convert,
    # so grad returns the cotangent in float64).
    (x,), (t,) = primals, tangents
    return _float64_to_float32(x), t.astype(jnp.float32)



def _keep(v):
    # v itself (a NaN stays a NaN), in a form XLA neither rewrites nor fuses with its neighbours.
    return jnp.where(v == v, v, -v)


def _keep_apart(v, k):
    # Like _keep, but by a different test, so XLA does not share this product with another one.
    scaled = v * jnp.float32(2.0**k)
    return jnp.where(scaled == scaled, v, -v)


def _const(value, ok):
    # The constant (wherever x is not NaN) as a full-shape value XLA cannot fold into its users.
    # The other arm is never taken (-c; 1 for a zero c: A + where(ok, 0, -0) would become
    # where(ok, A + 0, A), letting LLVM see through it).
    c = jnp.float32(value)
    return jnp.where(ok, c, -c if value else jnp.float32(1))


def _ok(v):
    # True where v is not NaN, by a test the compiler does not merge with x == x.
    twice = v * jnp.float32(2)
    return twice == twice


@jax.jit
def evolved_logf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v2 = jnp.float32(float.fromhex('-0x1.0507eep-3'))
    v4 = jnp.float32(float.fromhex('0x1.8d3e14p-4'))
    v5 = v4 * v1 + v2  # fma
    v6 = jnp.float32(float.fromhex('-0x1.fd8554p-4'))
    v13 = v5 * v1 + v6  # fma
    v8 = jnp.float32(float.fromhex('-0x1.553944p-3'))
    v14 = v13 * v1 + v8  # fma
    v10 = jnp.float32(float.fromhex('-0x1.00008ap-2'))
    v15 = v14 * v1 + v10  # fma
    v7 = jnp.float32(float.fromhex('0x1.210baap-3'))
    v3 = jnp.float32(float.fromhex('0x1.10ca56p-3'))
    v16 = v3 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1.99b538p-3'))
    v17 = v16 * v1 + v9  # fma
    v18 = v17 * x + v15  # fma
    v11 = jnp.float32(float.fromhex('0x1.555538p-2'))
    v19 = v18 * x + v11  # fma
    v12 = jnp.float32(float.fromhex('-0x1p-1'))
    v20 = v19 * x + v12  # fma
    v21 = v1 * v20 + x  # fma
    return jnp.broadcast_to(v21, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_logf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v3 = jnp.int32(0x7fffff)
    v4 = v3 < v1
    v2 = jnp.int32(0x7f800000)
    v5 = v1 < v2
    v6 = v4 & v5
    v7 = jnp.int32(0x3f3504f3)
    v8 = v1 - v7
    v9 = jnp.int32(23)
    v10 = jax.lax.shift_right_arithmetic(v8, v9)
    v11 = v8 & v3
    v12 = v11 + v7
    v13 = jax.lax.bitcast_convert_type(v12, jnp.float32)
    v14 = jnp.float32(float.fromhex('0x1p+0'))
    v15 = v13 - v14
    v16 = v15 * v15
    v17 = jnp.float32(float.fromhex('-0x1.0507eep-3'))
    v19 = jnp.float32(float.fromhex('0x1.8d3e14p-4'))
    v20 = v19 * v16 + v17  # fma
    v21 = jnp.float32(float.fromhex('-0x1.fd8554p-4'))
    v28 = v20 * v16 + v21  # fma
    v23 = jnp.float32(float.fromhex('-0x1.553944p-3'))
    v29 = v28 * v16 + v23  # fma
    v25 = jnp.float32(float.fromhex('-0x1.00008ap-2'))
    v30 = v29 * v16 + v25  # fma
    v22 = jnp.float32(float.fromhex('0x1.210baap-3'))
    v18 = jnp.float32(float.fromhex('0x1.10ca56p-3'))
    v31 = v18 * v16 + v22  # fma
    v24 = jnp.float32(float.fromhex('0x1.99b538p-3'))
    v32 = v31 * v16 + v24  # fma
    v33 = v32 * v15 + v30  # fma
    v26 = jnp.float32(float.fromhex('0x1.555538p-2'))
    v34 = v33 * v15 + v26  # fma
    v27 = jnp.float32(float.fromhex('-0x1p-1'))
    v35 = v34 * v15 + v27  # fma
    v36 = v16 * v35 + v15  # fma
    v37 = v10.astype(jnp.float32)
    v38 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v39 = v37 * v38
    v40 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v41 = v37 * v40
    v42 = v39 + v36
    v43 = v41 + v42
    v46 = jnp.int32(0x7fffffff)
    v47 = v1 & v46
    v48 = jnp.int32(0x800000)
    v49 = v47 < v48
    v50 = jnp.int32(0)
    v51 = v1 < v50
    v52 = x + x
    v45 = jnp.float32(float('nan'))
    v53 = jnp.where(v51, v45, v52)
    v44 = jnp.float32(float('-inf'))
    v54 = jnp.where(v49, v44, v53)
    v55 = jnp.where(v6, v43, v54)
    return jnp.broadcast_to(v55, jnp.shape(x)).astype(jnp.float32)


@_evolved_logf_full.defjvp
def __evolved_logf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_logf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / _as_float32(x)


evolved_logf = jax.jit(_evolved_logf_full)
