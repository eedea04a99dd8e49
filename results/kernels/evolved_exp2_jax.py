"""Evolved by evolve-float32 from results/runs/exp2 (birth 1): exp2 kernel on [-0.5, 0.5], cost 6, validation max ULP 0.7823 (sampled; see the .json beside this file for the exhaustive figures).

evolved_exp2f(x): float32 exp2(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact exp2, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_exp2f_kernel(x): the evolved kernels.

Kernel evolved_exp2f_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = const 0x1.2deabep-13  # 0.00014396522601600736
v2 = const 0x1.5e9eb8p-10  # 0.001337509136646986
v3 = fma v1 v0 v2
v4 = const 0x1.3b4c08p-7  # 0.009622100740671158
v5 = fma v3 v0 v4
v6 = const 0x1.c6b0aep-5  # 0.055504169315099716
v7 = fma v5 v0 v6
v8 = const 0x1.ebfbaep-3  # 0.2402261346578598
v9 = fma v7 v0 v8
v10 = const 0x1.62e42ep-1  # 0.6931471228599548
v11 = fma v9 v0 v10
v12 = const 0x1p+0  # 1.0
v13 = fma v11 v0 v12
return v13

Full-range template (kernel slots called by name):
v0 = x
v1 = const -0x1.2ep+7  # -151.0
v2 = const 0x1p+7  # 128.0
v3 = lt v0 v1
v4 = select v3 v1 v0
v5 = lt v2 v4
v6 = select v5 v2 v4
v7 = rint_small v6
v8 = sub v6 v7
v9 = kernel core v8
v10 = const 0x1.8p+23  # 12582912.0
v11 = add v7 v10
v12 = bits_f2i v11
v13 = iconst 23
v14 = shl_i v12 v13
v15 = bits_f2i v9
v16 = add_i v15 v14
v17 = iconst 1249902592  # 0x4a800000
v18 = add_i v16 v17
v19 = bits_i2f v18
v20 = const 0x1p+23  # 8388608.0
v21 = add v19 v20
v22 = bits_f2i v21
v23 = iconst 1258291200  # 0x4b000000
v24 = sub_i v22 v23
v25 = lt_i v16 v24
v26 = select_i v25 v24 v16
v27 = iconst 2139095040  # 0x7f800000
v28 = lt_i v26 v27
v29 = select_i v28 v26 v27
v30 = sub v11 v11
v31 = bits_f2i v30
v32 = or_i v29 v31
v33 = bits_i2f v32
return v33

Generated float32 kernel evolved_exp2f_kernel(x): elementwise, jitted.

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
    v1 = const 0x1.2deabep-13  # 0.00014396522601600736
    v2 = const 0x1.5e9eb8p-10  # 0.001337509136646986
    v3 = fma v1 v0 v2
    v4 = const 0x1.3b4c08p-7  # 0.009622100740671158
    v5 = fma v3 v0 v4
    v6 = const 0x1.c6b0aep-5  # 0.055504169315099716
    v7 = fma v5 v0 v6
    v8 = const 0x1.ebfbaep-3  # 0.2402261346578598
    v9 = fma v7 v0 v8
    v10 = const 0x1.62e42ep-1  # 0.6931471228599548
    v11 = fma v9 v0 v10
    v12 = const 0x1p+0  # 1.0
    v13 = fma v11 v0 v12
    return v13
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
def evolved_exp2f_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v2 = jnp.float32(float.fromhex('0x1.5e9eb8p-10'))
    v1 = jnp.float32(float.fromhex('0x1.2deabep-13'))
    v3 = v1 * x + v2  # fma
    v4 = jnp.float32(float.fromhex('0x1.3b4c08p-7'))
    v5 = v3 * x + v4  # fma
    v6 = jnp.float32(float.fromhex('0x1.c6b0aep-5'))
    v7 = v5 * x + v6  # fma
    v8 = jnp.float32(float.fromhex('0x1.ebfbaep-3'))
    v9 = v7 * x + v8  # fma
    v10 = jnp.float32(float.fromhex('0x1.62e42ep-1'))
    v11 = v9 * x + v10  # fma
    v12 = jnp.float32(float.fromhex('0x1p+0'))
    v13 = v11 * x + v12  # fma
    return jnp.broadcast_to(v13, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_exp2f_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('-0x1.2ep+7'))
    v3 = x < v1
    v4 = jnp.where(v3, v1, x)
    v2 = jnp.float32(float.fromhex('0x1p+7'))
    v5 = v2 < v4
    v6 = jnp.where(v5, v2, v4)
    v7 = jax.lax.round(v6, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v8 = v6 - v7
    v10 = jnp.float32(float.fromhex('0x1.5e9eb8p-10'))
    v9 = jnp.float32(float.fromhex('0x1.2deabep-13'))
    v11 = v9 * v8 + v10  # fma
    v12 = jnp.float32(float.fromhex('0x1.3b4c08p-7'))
    v13 = v11 * v8 + v12  # fma
    v14 = jnp.float32(float.fromhex('0x1.c6b0aep-5'))
    v15 = v13 * v8 + v14  # fma
    v16 = jnp.float32(float.fromhex('0x1.ebfbaep-3'))
    v17 = v15 * v8 + v16  # fma
    v18 = jnp.float32(float.fromhex('0x1.62e42ep-1'))
    v19 = v17 * v8 + v18  # fma
    v20 = jnp.float32(float.fromhex('0x1p+0'))
    v21 = v19 * v8 + v20  # fma
    v22 = jnp.float32(float.fromhex('0x1.8p+23'))
    v23 = v7 + v22
    v24 = jax.lax.bitcast_convert_type(v23, jnp.int32)
    v25 = jnp.int32(23)
    v26 = jax.lax.shift_left(v24, v25)
    v27 = jax.lax.bitcast_convert_type(v21, jnp.int32)
    v28 = v27 + v26
    v29 = jnp.int32(0x4a800000)
    v30 = v28 + v29
    v31 = jax.lax.bitcast_convert_type(v30, jnp.float32)
    v32 = jnp.float32(float.fromhex('0x1p+23'))
    v33 = v31 + v32
    v34 = jax.lax.bitcast_convert_type(v33, jnp.int32)
    v35 = jnp.int32(0x4b000000)
    v36 = v34 - v35
    v37 = v28 < v36
    v38 = jnp.where(v37, v36, v28)
    v39 = jnp.int32(0x7f800000)
    v40 = v38 < v39
    v41 = jnp.where(v40, v38, v39)
    v42 = v23 - v23
    v43 = jax.lax.bitcast_convert_type(v42, jnp.int32)
    v44 = v41 | v43
    v45 = jax.lax.bitcast_convert_type(v44, jnp.float32)
    return jnp.broadcast_to(v45, jnp.shape(x)).astype(jnp.float32)


@_evolved_exp2f_full.defjvp
def __evolved_exp2f_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_exp2f_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, jnp.float32(float.fromhex('0x1.62e43p-1')) * y * t


evolved_exp2f = jax.jit(_evolved_exp2f_full)
