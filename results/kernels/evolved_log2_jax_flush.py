"""Evolved by evolve-float32 from results/runs/log2 (birth 1917): log2 kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 0.87 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_log2f(x): float32 log2(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log2, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_log2f_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_log2f_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = const -0x1.823128p-4  # -0.09428516030311584
v2 = const 0x1.71b8eep-3  # 0.18052850663661957
v3 = const -0x1.908b2cp-3  # -0.1955779492855072
v4 = const 0x1.a601acp-3  # 0.20605787634849548
v5 = const -0x1.e9cf32p-3  # -0.23916472494602203
v6 = const 0x1.275f94p-2  # 0.28845053911209106
v7 = const -0x1.715f32p-2  # -0.36071470379829407
v8 = const 0x1.ec715cp-2  # 0.48090118169784546
v9 = const -0x1.71546ap-1  # -0.7213471531867981
v10 = mul v0 v0
v11 = fma v1 v10 v3
v12 = fma v11 v10 v5
v13 = fma v12 v10 v7
v14 = fma v2 v10 v4
v15 = fma v14 v10 v6
v16 = fma v15 v0 v13
v17 = fma v16 v0 v8
v18 = fma v17 v0 v9
v19 = mul v18 v10
v20 = const 0x1.715476p+0  # 1.4426950216293335
v21 = fma v0 v20 v19
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
v18 = add v17 v16
v19 = const -inf  # -inf
v20 = const nan  # nan
v21 = iconst 2147483647  # 0x7fffffff
v22 = and_i v1 v21
v23 = iconst 8388608  # 0x00800000
v24 = lt_i v22 v23
v25 = iconst 0
v26 = lt_i v1 v25
v27 = add v0 v0
v28 = select v26 v20 v27
v29 = select v24 v19 v28
v30 = select v6 v18 v29
return v30

Generated float32 kernel evolved_log2f_kernel(x): elementwise, jitted.

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
    v1 = const -0x1.823128p-4  # -0.09428516030311584
    v2 = const 0x1.71b8eep-3  # 0.18052850663661957
    v3 = const -0x1.908b2cp-3  # -0.1955779492855072
    v4 = const 0x1.a601acp-3  # 0.20605787634849548
    v5 = const -0x1.e9cf32p-3  # -0.23916472494602203
    v6 = const 0x1.275f94p-2  # 0.28845053911209106
    v7 = const -0x1.715f32p-2  # -0.36071470379829407
    v8 = const 0x1.ec715cp-2  # 0.48090118169784546
    v9 = const -0x1.71546ap-1  # -0.7213471531867981
    v10 = mul v0 v0
    v11 = fma v1 v10 v3
    v12 = fma v11 v10 v5
    v13 = fma v12 v10 v7
    v14 = fma v2 v10 v4
    v15 = fma v14 v10 v6
    v16 = fma v15 v0 v13
    v17 = fma v16 v0 v8
    v18 = fma v17 v0 v9
    v19 = mul v18 v10
    v20 = const 0x1.715476p+0  # 1.4426950216293335
    v21 = fma v0 v20 v19
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
def evolved_log2f_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v10 = x * x
    v3 = jnp.float32(float.fromhex('-0x1.908b2cp-3'))
    v1 = jnp.float32(float.fromhex('-0x1.823128p-4'))
    v11 = v1 * v10 + v3  # fma
    v5 = jnp.float32(float.fromhex('-0x1.e9cf32p-3'))
    v12 = v11 * v10 + v5  # fma
    v7 = jnp.float32(float.fromhex('-0x1.715f32p-2'))
    v13 = v12 * v10 + v7  # fma
    v4 = jnp.float32(float.fromhex('0x1.a601acp-3'))
    v2 = jnp.float32(float.fromhex('0x1.71b8eep-3'))
    v14 = v2 * v10 + v4  # fma
    v6 = jnp.float32(float.fromhex('0x1.275f94p-2'))
    v15 = v14 * v10 + v6  # fma
    v16 = v15 * x + v13  # fma
    v8 = jnp.float32(float.fromhex('0x1.ec715cp-2'))
    v17 = v16 * x + v8  # fma
    v9 = jnp.float32(float.fromhex('-0x1.71546ap-1'))
    v18 = v17 * x + v9  # fma
    v19 = v18 * v10
    k19 = _keep(v19)
    v20 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v21 = x * v20 + k19  # fma
    return jnp.broadcast_to(v21, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_log2f_full(x):
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
    v25 = v15 * v15
    v18 = jnp.float32(float.fromhex('-0x1.908b2cp-3'))
    v16 = jnp.float32(float.fromhex('-0x1.823128p-4'))
    v26 = v16 * v25 + v18  # fma
    v20 = jnp.float32(float.fromhex('-0x1.e9cf32p-3'))
    v27 = v26 * v25 + v20  # fma
    v22 = jnp.float32(float.fromhex('-0x1.715f32p-2'))
    v28 = v27 * v25 + v22  # fma
    v19 = jnp.float32(float.fromhex('0x1.a601acp-3'))
    v17 = jnp.float32(float.fromhex('0x1.71b8eep-3'))
    v29 = v17 * v25 + v19  # fma
    v21 = jnp.float32(float.fromhex('0x1.275f94p-2'))
    v30 = v29 * v25 + v21  # fma
    v31 = v30 * v15 + v28  # fma
    v23 = jnp.float32(float.fromhex('0x1.ec715cp-2'))
    v32 = v31 * v15 + v23  # fma
    v24 = jnp.float32(float.fromhex('-0x1.71546ap-1'))
    v33 = v32 * v15 + v24  # fma
    v34 = v33 * v25
    k34 = _keep(v34)
    v35 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v36 = v15 * v35 + k34  # fma
    v37 = v10.astype(jnp.float32)
    v38 = v37 + v36
    v41 = jnp.int32(0x7fffffff)
    v42 = v1 & v41
    v43 = jnp.int32(0x800000)
    v44 = v42 < v43
    v45 = jnp.int32(0)
    v46 = v1 < v45
    v47 = x + x
    v40 = jnp.float32(float('nan'))
    v48 = jnp.where(v46, v40, v47)
    v39 = jnp.float32(float('-inf'))
    v49 = jnp.where(v44, v39, v48)
    v50 = jnp.where(v6, v38, v49)
    return jnp.broadcast_to(v50, jnp.shape(x)).astype(jnp.float32)


@_evolved_log2f_full.defjvp
def __evolved_log2f_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_log2f_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (jnp.float32(float.fromhex('0x1.62e43p-1')) * _as_float32(x))


evolved_log2f = jax.jit(_evolved_log2f_full)
