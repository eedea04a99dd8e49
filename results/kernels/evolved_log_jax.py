"""Evolved by evolve-float32 from results/runs/log (birth 328): log kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 0.7148 (sampled; see the .json beside this file for the exhaustive figures).

evolved_logf(x): float32 log(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_logf_kernel(x): the evolved kernels.

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
v3 = iconst 0
v4 = lt_i v3 v1
v5 = iconst 8388608  # 0x00800000
v6 = lt_i v1 v5
v7 = and_b v4 v6
v8 = lt_i v1 v2
v9 = and_b v4 v8
v10 = i2f v1
v11 = bits_f2i v10
v12 = select_i v7 v11 v1
v13 = iconst 1060439283  # 0x3f3504f3
v14 = sub_i v12 v13
v15 = iconst 23
v16 = sra_i v14 v15
v17 = iconst -149
v18 = select_i v7 v17 v3
v19 = add_i v16 v18
v20 = iconst 8388607  # 0x007fffff
v21 = and_i v14 v20
v22 = add_i v21 v13
v23 = bits_i2f v22
v24 = const 0x1p+0  # 1.0
v25 = sub v23 v24
v26 = kernel core v25
v27 = i2f v19
v28 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v29 = mul_exact v27 v28
v30 = const 0x1.62e4p-1  # 0.693145751953125
v31 = mul_exact v27 v30
v32 = add v29 v26
v33 = add v31 v32
v34 = const -inf  # -inf
v35 = const nan  # nan
v36 = iconst -2147483648  # 0x80000000
v37 = eq_i v1 v36
v38 = select v37 v34 v35
v39 = eq_i v1 v3
v40 = add v0 v0
v41 = select v39 v34 v40
v42 = lt_i v1 v3
v43 = select v42 v38 v41
v44 = select v9 v33 v43
return v44

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
    v3 = jnp.int32(0)
    v4 = v3 < v1
    v5 = jnp.int32(0x800000)
    v6 = v1 < v5
    v7 = v4 & v6
    v2 = jnp.int32(0x7f800000)
    v8 = v1 < v2
    v9 = v4 & v8
    v10 = v1.astype(jnp.float32)
    v11 = jax.lax.bitcast_convert_type(v10, jnp.int32)
    v12 = jnp.where(v7, v11, v1)
    v13 = jnp.int32(0x3f3504f3)
    v14 = v12 - v13
    v15 = jnp.int32(23)
    v16 = jax.lax.shift_right_arithmetic(v14, v15)
    v17 = jnp.int32(-149)
    v18 = jnp.where(v7, v17, v3)
    v19 = v16 + v18
    v20 = jnp.int32(0x7fffff)
    v21 = v14 & v20
    v22 = v21 + v13
    v23 = jax.lax.bitcast_convert_type(v22, jnp.float32)
    v24 = jnp.float32(float.fromhex('0x1p+0'))
    v25 = v23 - v24
    v26 = v25 * v25
    v27 = jnp.float32(float.fromhex('-0x1.0507eep-3'))
    v29 = jnp.float32(float.fromhex('0x1.8d3e14p-4'))
    v30 = v29 * v26 + v27  # fma
    v31 = jnp.float32(float.fromhex('-0x1.fd8554p-4'))
    v38 = v30 * v26 + v31  # fma
    v33 = jnp.float32(float.fromhex('-0x1.553944p-3'))
    v39 = v38 * v26 + v33  # fma
    v35 = jnp.float32(float.fromhex('-0x1.00008ap-2'))
    v40 = v39 * v26 + v35  # fma
    v32 = jnp.float32(float.fromhex('0x1.210baap-3'))
    v28 = jnp.float32(float.fromhex('0x1.10ca56p-3'))
    v41 = v28 * v26 + v32  # fma
    v34 = jnp.float32(float.fromhex('0x1.99b538p-3'))
    v42 = v41 * v26 + v34  # fma
    v43 = v42 * v25 + v40  # fma
    v36 = jnp.float32(float.fromhex('0x1.555538p-2'))
    v44 = v43 * v25 + v36  # fma
    v37 = jnp.float32(float.fromhex('-0x1p-1'))
    v45 = v44 * v25 + v37  # fma
    v46 = v26 * v45 + v25  # fma
    v47 = v19.astype(jnp.float32)
    v48 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v49 = v47 * v48
    v50 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v51 = v47 * v50
    v52 = v49 + v46
    v53 = v51 + v52
    v56 = jnp.int32(-0x80000000)
    v57 = v1 == v56
    v54 = jnp.float32(float('-inf'))
    v55 = jnp.float32(float('nan'))
    v58 = jnp.where(v57, v54, v55)
    v59 = v1 == v3
    v60 = x + x
    v61 = jnp.where(v59, v54, v60)
    v62 = v1 < v3
    v63 = jnp.where(v62, v58, v61)
    v64 = jnp.where(v9, v53, v63)
    return jnp.broadcast_to(v64, jnp.shape(x)).astype(jnp.float32)


@_evolved_logf_full.defjvp
def __evolved_logf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_logf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / _as_float32(x)


evolved_logf = jax.jit(_evolved_logf_full)
