"""Evolved by evolve-float32 from results/runs/erf (birth 2): erf kernel on [0.0, 1.0], cost 8, validation max ULP 0.8683; tail kernel from results/runs/erf_tail (birth 2) on [1.0, 3.919205904006958], cost 14, validation max ULP 1.181 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_erff(x): float32 erf(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact erf, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_erff_kernel(x), evolved_erff_tail(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_erff_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const 0x1.1f8dd4p-14  # 6.855821993667632e-05
v3 = const -0x1.921f92p-11  # -0.0007669893675483763
v4 = fma v2 v1 v3
v5 = const 0x1.511c9p-8  # 0.005143914371728897
v6 = fma v4 v1 v5
v7 = const -0x1.b7866cp-6  # -0.026826482266187668
v8 = fma v6 v1 v7
v9 = const 0x1.ce24d6p-4  # 0.1128280982375145
v10 = fma v8 v1 v9
v11 = const -0x1.812708p-2  # -0.3761254549026489
v12 = fma v10 v1 v11
v13 = const 0x1.06eba6p-3  # 0.12837915122509003
v14 = fma v12 v1 v13
v15 = fma v14 v0 v0
return v15

Kernel evolved_erff_tail (slot tail; constant subexpressions folded):
v0 = x
v1 = const 0x1.251196p+1  # 2.2895991802215576
v2 = sub v0 v1
v3 = const -0x1.2f4482p-17  # -9.038079042511526e-06
v4 = const 0x1.707d9ep-15  # 4.392751361592673e-05
v5 = const -0x1.d1b2f6p-17  # -1.3878913705411833e-05
v6 = const -0x1.62ebdep-12  # -0.00033847938175313175
v7 = const 0x1.d687e4p-11  # 0.0008974663214758039
v8 = const -0x1.ae0e5ap-12  # -0.0004101334197912365
v9 = const -0x1.91b498p-9  # -0.003064769320189953
v10 = const 0x1.46a4p-7  # 0.009968280792236328
v11 = const -0x1.17277ep-6  # -0.017038224264979362
v12 = const 0x1.3503eep-6  # 0.018860800191760063
v13 = const -0x1.bfb51ap-7  # -0.013662946410477161
v14 = const 0x1.87155ep-8  # 0.005967460107058287
v15 = const 0x1.ff6238p-1  # 0.9987962245941162
v16 = mul v2 v2
v17 = fma v4 v16 v6
v18 = fma v17 v16 v8
v19 = fma v18 v16 v10
v20 = fma v19 v16 v12
v21 = fma v3 v16 v5
v22 = fma v21 v16 v7
v23 = fma v22 v16 v9
v24 = fma v23 v16 v11
v25 = fma v24 v2 v20
v26 = fma v25 v2 v13
v27 = fma v26 v2 v14
v28 = fma v27 v2 v15
return v28

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = iconst 2147483647  # 0x7fffffff
v3 = and_i v1 v2
v4 = bits_i2f v3
v5 = kernel core v4
v6 = bits_f2i v5
v7 = kernel tail v4
v8 = bits_f2i v7
v9 = const 0x1.f5a88ap+1  # 3.919205904006958
v10 = le v9 v4
v11 = iconst 1065353216  # 0x3f800000
v12 = select_i v10 v11 v8
v13 = lt_i v3 v11
v14 = select_i v13 v6 v12
v15 = iconst -2147483648  # 0x80000000
v16 = and_i v1 v15
v17 = xor_i v14 v16
v18 = bits_i2f v17
return v18

Generated float32 kernel evolved_erff_kernel(x): elementwise, jitted.

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
    v2 = const 0x1.1f8dd4p-14  # 6.855821993667632e-05
    v3 = const -0x1.921f92p-11  # -0.0007669893675483763
    v4 = fma v2 v1 v3
    v5 = const 0x1.511c9p-8  # 0.005143914371728897
    v6 = fma v4 v1 v5
    v7 = const -0x1.b7866cp-6  # -0.026826482266187668
    v8 = fma v6 v1 v7
    v9 = const 0x1.ce24d6p-4  # 0.1128280982375145
    v10 = fma v8 v1 v9
    v11 = const -0x1.812708p-2  # -0.3761254549026489
    v12 = fma v10 v1 v11
    v13 = const 0x1.06eba6p-3  # 0.12837915122509003
    v14 = fma v12 v1 v13
    v15 = fma v14 v0 v0
    return v15
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
def evolved_erff_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v3 = jnp.float32(float.fromhex('-0x1.921f92p-11'))
    v2 = jnp.float32(float.fromhex('0x1.1f8dd4p-14'))
    v4 = v2 * v1 + v3  # fma
    v5 = jnp.float32(float.fromhex('0x1.511c9p-8'))
    v6 = v4 * v1 + v5  # fma
    v7 = jnp.float32(float.fromhex('-0x1.b7866cp-6'))
    v8 = v6 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1.ce24d6p-4'))
    v10 = v8 * v1 + v9  # fma
    v11 = jnp.float32(float.fromhex('-0x1.812708p-2'))
    v12 = v10 * v1 + v11  # fma
    v13 = jnp.float32(float.fromhex('0x1.06eba6p-3'))
    v14 = v12 * v1 + v13  # fma
    v15 = v14 * x + x  # fma
    return jnp.broadcast_to(v15, jnp.shape(x)).astype(jnp.float32)


@jax.jit
def evolved_erff_tail(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('0x1.251196p+1'))
    v2 = x - v1
    v16 = v2 * v2
    v6 = jnp.float32(float.fromhex('-0x1.62ebdep-12'))
    v4 = jnp.float32(float.fromhex('0x1.707d9ep-15'))
    v17 = v4 * v16 + v6  # fma
    v8 = jnp.float32(float.fromhex('-0x1.ae0e5ap-12'))
    v18 = v17 * v16 + v8  # fma
    v10 = jnp.float32(float.fromhex('0x1.46a4p-7'))
    v19 = v18 * v16 + v10  # fma
    v12 = jnp.float32(float.fromhex('0x1.3503eep-6'))
    v20 = v19 * v16 + v12  # fma
    v5 = jnp.float32(float.fromhex('-0x1.d1b2f6p-17'))
    v3 = jnp.float32(float.fromhex('-0x1.2f4482p-17'))
    v21 = v3 * v16 + v5  # fma
    v7 = jnp.float32(float.fromhex('0x1.d687e4p-11'))
    v22 = v21 * v16 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.91b498p-9'))
    v23 = v22 * v16 + v9  # fma
    v11 = jnp.float32(float.fromhex('-0x1.17277ep-6'))
    v24 = v23 * v16 + v11  # fma
    v25 = v24 * v2 + v20  # fma
    v13 = jnp.float32(float.fromhex('-0x1.bfb51ap-7'))
    v26 = v25 * v2 + v13  # fma
    v14 = jnp.float32(float.fromhex('0x1.87155ep-8'))
    v27 = v26 * v2 + v14  # fma
    v15 = jnp.float32(float.fromhex('0x1.ff6238p-1'))
    v28 = v27 * v2 + v15  # fma
    return jnp.broadcast_to(v28, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_erff_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v2 = jnp.int32(0x7fffffff)
    v3 = v1 & v2
    v4 = jax.lax.bitcast_convert_type(v3, jnp.float32)
    v5 = v4 * v4
    v7 = jnp.float32(float.fromhex('-0x1.921f92p-11'))
    v6 = jnp.float32(float.fromhex('0x1.1f8dd4p-14'))
    v8 = v6 * v5 + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1.511c9p-8'))
    v10 = v8 * v5 + v9  # fma
    v11 = jnp.float32(float.fromhex('-0x1.b7866cp-6'))
    v12 = v10 * v5 + v11  # fma
    v13 = jnp.float32(float.fromhex('0x1.ce24d6p-4'))
    v14 = v12 * v5 + v13  # fma
    v15 = jnp.float32(float.fromhex('-0x1.812708p-2'))
    v16 = v14 * v5 + v15  # fma
    v17 = jnp.float32(float.fromhex('0x1.06eba6p-3'))
    v18 = v16 * v5 + v17  # fma
    v19 = v18 * v4 + v4  # fma
    v20 = jax.lax.bitcast_convert_type(v19, jnp.int32)
    v21 = jnp.float32(float.fromhex('0x1.251196p+1'))
    v22 = v4 - v21
    v36 = v22 * v22
    v26 = jnp.float32(float.fromhex('-0x1.62ebdep-12'))
    v24 = jnp.float32(float.fromhex('0x1.707d9ep-15'))
    v37 = v24 * v36 + v26  # fma
    v28 = jnp.float32(float.fromhex('-0x1.ae0e5ap-12'))
    v38 = v37 * v36 + v28  # fma
    v30 = jnp.float32(float.fromhex('0x1.46a4p-7'))
    v39 = v38 * v36 + v30  # fma
    v32 = jnp.float32(float.fromhex('0x1.3503eep-6'))
    v40 = v39 * v36 + v32  # fma
    v25 = jnp.float32(float.fromhex('-0x1.d1b2f6p-17'))
    v23 = jnp.float32(float.fromhex('-0x1.2f4482p-17'))
    v41 = v23 * v36 + v25  # fma
    v27 = jnp.float32(float.fromhex('0x1.d687e4p-11'))
    v42 = v41 * v36 + v27  # fma
    v29 = jnp.float32(float.fromhex('-0x1.91b498p-9'))
    v43 = v42 * v36 + v29  # fma
    v31 = jnp.float32(float.fromhex('-0x1.17277ep-6'))
    v44 = v43 * v36 + v31  # fma
    v45 = v44 * v22 + v40  # fma
    v33 = jnp.float32(float.fromhex('-0x1.bfb51ap-7'))
    v46 = v45 * v22 + v33  # fma
    v34 = jnp.float32(float.fromhex('0x1.87155ep-8'))
    v47 = v46 * v22 + v34  # fma
    v35 = jnp.float32(float.fromhex('0x1.ff6238p-1'))
    v48 = v47 * v22 + v35  # fma
    v49 = jax.lax.bitcast_convert_type(v48, jnp.int32)
    v50 = jnp.float32(float.fromhex('0x1.f5a88ap+1'))
    v51 = v50 <= v4
    v52 = jnp.int32(0x3f800000)
    v53 = jnp.where(v51, v52, v49)
    v54 = v3 < v52
    v55 = jnp.where(v54, v20, v53)
    v56 = jnp.int32(-0x80000000)
    v57 = v1 & v56
    v58 = v55 ^ v57
    v59 = jax.lax.bitcast_convert_type(v58, jnp.float32)
    return jnp.broadcast_to(v59, jnp.shape(x)).astype(jnp.float32)


@_evolved_erff_full.defjvp
def __evolved_erff_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_erff_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, jnp.float32(float.fromhex('0x1.20dd76p+0')) * jnp.exp(-jnp.square(_as_float32(x))) * t


evolved_erff = jax.jit(_evolved_erff_full)
