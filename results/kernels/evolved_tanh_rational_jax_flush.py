"""Evolved by evolve-float32 from results/runs/tanh_rational (birth 2788): tanh_rational kernel on [0.0, 9.020000457763672], cost 13, validation max ULP 3.141 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_tanh_rationalf(x): float32 tanh_rational(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact tanh_rational, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_tanh_rationalf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_tanh_rationalf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const 0x1.1a7fcep+0  # 1.1035126447677612
v3 = const -0x1.2b262ep-17  # -8.915339094528463e-06
v4 = const 0x1.85fdbcp-25  # 4.5400945225537725e-08
v5 = const -0x1.edd2cep-30  # -1.7965192666835605e-09
v6 = fma v5 v0 v4
v7 = fma v6 v1 v3
v8 = const 0x1.5acfdap-7  # 0.010583859868347645
v9 = fma v7 v1 v8
v10 = fma v9 v1 v2
v11 = const 0x1.54978p+4  # 21.2869873046875
v12 = fma v10 v1 v11
v13 = const 0x1.6fb7cep+5  # 45.96474838256836
v14 = fma v12 v1 v13
v15 = const 0x1.c42f5cp+1  # 3.5326952934265137
v16 = const 0x1.537ecap-7  # 0.010360573418438435
v17 = const -0x1.b26b7ep-11  # -0.0008285901858471334
v18 = fma v17 v1 v16
v19 = fma v18 v1 v15
v20 = const 0x1.45b1cap+5  # 40.71181106567383
v21 = fma v19 v1 v20
v22 = div v21 v14
v23 = const -0x1.d41942p-4  # -0.11428190022706985
v24 = sub v22 v23
v25 = mul v24 v0
return v25

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = iconst 2147483647  # 0x7fffffff
v3 = and_i v1 v2
v4 = bits_i2f v3
v5 = kernel core v4
v6 = bits_f2i v5
v7 = const 0x1.20a3d8p+3  # 9.020000457763672
v8 = le v7 v4
v9 = iconst 1065353216  # 0x3f800000
v10 = select_i v8 v9 v6
v11 = iconst -2147483648  # 0x80000000
v12 = and_i v1 v11
v13 = xor_i v10 v12
v14 = bits_i2f v13
return v14

Generated float32 kernel evolved_tanh_rationalf_kernel(x): elementwise, jitted.

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
    v2 = const 0x1.1a7fcep+0  # 1.1035126447677612
    v3 = const -0x1.2b262ep-17  # -8.915339094528463e-06
    v4 = const 0x1.85fdbcp-25  # 4.5400945225537725e-08
    v5 = const -0x1.edd2cep-30  # -1.7965192666835605e-09
    v6 = fma v5 v0 v4
    v7 = fma v6 v1 v3
    v8 = const 0x1.5acfdap-7  # 0.010583859868347645
    v9 = fma v7 v1 v8
    v10 = fma v9 v1 v2
    v11 = const 0x1.54978p+4  # 21.2869873046875
    v12 = fma v10 v1 v11
    v13 = const 0x1.6fb7cep+5  # 45.96474838256836
    v14 = fma v12 v1 v13
    v15 = const 0x1.c42f5cp+1  # 3.5326952934265137
    v16 = const 0x1.537ecap-7  # 0.010360573418438435
    v17 = const -0x1.b26b7ep-11  # -0.0008285901858471334
    v18 = fma v17 v1 v16
    v19 = fma v18 v1 v15
    v20 = const 0x1.45b1cap+5  # 40.71181106567383
    v21 = fma v19 v1 v20
    v22 = div v21 v14
    v23 = const -0x1.d41942p-4  # -0.11428190022706985
    v24 = sub v22 v23
    v25 = mul v24 v0
    return v25
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
def evolved_tanh_rationalf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v4 = jnp.float32(float.fromhex('0x1.85fdbcp-25'))
    v5 = jnp.float32(float.fromhex('-0x1.edd2cep-30'))
    v6 = v5 * x + v4  # fma
    v3 = jnp.float32(float.fromhex('-0x1.2b262ep-17'))
    v7 = v6 * v1 + v3  # fma
    v8 = jnp.float32(float.fromhex('0x1.5acfdap-7'))
    v9 = v7 * v1 + v8  # fma
    v2 = jnp.float32(float.fromhex('0x1.1a7fcep+0'))
    v10 = v9 * v1 + v2  # fma
    v11 = jnp.float32(float.fromhex('0x1.54978p+4'))
    v12 = v10 * v1 + v11  # fma
    v13 = jnp.float32(float.fromhex('0x1.6fb7cep+5'))
    v14 = v12 * v1 + v13  # fma
    v16 = jnp.float32(float.fromhex('0x1.537ecap-7'))
    v17 = jnp.float32(float.fromhex('-0x1.b26b7ep-11'))
    v18 = v17 * v1 + v16  # fma
    v15 = jnp.float32(float.fromhex('0x1.c42f5cp+1'))
    v19 = v18 * v1 + v15  # fma
    v20 = jnp.float32(float.fromhex('0x1.45b1cap+5'))
    v21 = v19 * v1 + v20  # fma
    v22 = v21 / v14
    v23 = jnp.float32(float.fromhex('-0x1.d41942p-4'))
    v24 = v22 - v23
    v25 = v24 * x
    return jnp.broadcast_to(v25, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_tanh_rationalf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v2 = jnp.int32(0x7fffffff)
    v3 = v1 & v2
    v4 = jax.lax.bitcast_convert_type(v3, jnp.float32)
    v5 = v4 * v4
    v8 = jnp.float32(float.fromhex('0x1.85fdbcp-25'))
    v9 = jnp.float32(float.fromhex('-0x1.edd2cep-30'))
    v10 = v9 * v4 + v8  # fma
    v7 = jnp.float32(float.fromhex('-0x1.2b262ep-17'))
    v11 = v10 * v5 + v7  # fma
    v12 = jnp.float32(float.fromhex('0x1.5acfdap-7'))
    v13 = v11 * v5 + v12  # fma
    v6 = jnp.float32(float.fromhex('0x1.1a7fcep+0'))
    v14 = v13 * v5 + v6  # fma
    v15 = jnp.float32(float.fromhex('0x1.54978p+4'))
    v16 = v14 * v5 + v15  # fma
    v17 = jnp.float32(float.fromhex('0x1.6fb7cep+5'))
    v18 = v16 * v5 + v17  # fma
    v20 = jnp.float32(float.fromhex('0x1.537ecap-7'))
    v21 = jnp.float32(float.fromhex('-0x1.b26b7ep-11'))
    v22 = v21 * v5 + v20  # fma
    v19 = jnp.float32(float.fromhex('0x1.c42f5cp+1'))
    v23 = v22 * v5 + v19  # fma
    v24 = jnp.float32(float.fromhex('0x1.45b1cap+5'))
    v25 = v23 * v5 + v24  # fma
    v26 = v25 / v18
    v27 = jnp.float32(float.fromhex('-0x1.d41942p-4'))
    v28 = v26 - v27
    v29 = v28 * v4
    v30 = jax.lax.bitcast_convert_type(v29, jnp.int32)
    v31 = jnp.float32(float.fromhex('0x1.20a3d8p+3'))
    v32 = v31 <= v4
    v33 = jnp.int32(0x3f800000)
    v34 = jnp.where(v32, v33, v30)
    v35 = jnp.int32(-0x80000000)
    v36 = v1 & v35
    v37 = v34 ^ v36
    v38 = jax.lax.bitcast_convert_type(v37, jnp.float32)
    return jnp.broadcast_to(v38, jnp.shape(x)).astype(jnp.float32)


@_evolved_tanh_rationalf_full.defjvp
def __evolved_tanh_rationalf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_tanh_rationalf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, (1 - y * y) * t


evolved_tanh_rationalf = jax.jit(_evolved_tanh_rationalf_full)
