"""Evolved by evolve-float32 from results/runs/exp_half (birth 1082): exp_half kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.9063 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_expf(x): float32 exp_half(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact exp_half, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_expf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_expf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = const 0x1.83d7eep-7  # 0.011836043559014797
v2 = const 0x1.08a2dcp-9  # 0.0020190137438476086
v3 = fma v2 v0 v1
v4 = const 0x1.e29c54p-5  # 0.05891243368387222
v5 = fma v3 v0 v4
v6 = const 0x1.e2b6e4p-3  # 0.23570039868354797
v7 = fma v5 v0 v6
v8 = const 0x1.6a0a08p-1  # 0.7071077823638916
v9 = fma v7 v0 v8
v10 = const 0x1.6a09e6p+0  # 1.4142135381698608
v11 = fma v9 v0 v10
v12 = const 0x1.6a09e6p+0  # 1.4142135381698608
v13 = fma v11 v0 v12
return v13

Full-range template (kernel slots called by name):
v0 = x
v1 = const -0x1.ap+6  # -104.0
v2 = const 0x1.64p+6  # 89.0
v3 = lt v0 v1
v4 = select v3 v1 v0
v5 = lt v2 v4
v6 = select v5 v2 v4
v7 = const 0x1.715476p+0  # 1.4426950216293335
v8 = const -0x1p-1  # -0.5
v9 = fma v6 v7 v8
v10 = rint_small v9
v11 = const 0x1p-1  # 0.5
v12 = add v10 v11
v13 = const 0x1.62e4p-1  # 0.693145751953125
v14 = mul_exact v12 v13
v15 = sub v6 v14
v16 = const -0x1.7f7dp-20  # -1.428605173714459e-06
v17 = fma v12 v16 v15
v18 = kernel core v17
v19 = const 0x1.8000fep+23  # 12583039.0
v20 = add v10 v19
v21 = bits_f2i v20
v22 = iconst 23
v23 = shl_i v21 v22
v24 = bits_i2f v23
v25 = mul v18 v24
v26 = const 0x1p-126  # 1.1754943508222875e-38
v27 = lt v25 v26
v28 = const 0x0p+0  # 0.0
v29 = select v27 v28 v25
return v29

Generated float32 kernel evolved_expf_kernel(x): elementwise, jitted.

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
    v1 = const 0x1.83d7eep-7  # 0.011836043559014797
    v2 = const 0x1.08a2dcp-9  # 0.0020190137438476086
    v3 = fma v2 v0 v1
    v4 = const 0x1.e29c54p-5  # 0.05891243368387222
    v5 = fma v3 v0 v4
    v6 = const 0x1.e2b6e4p-3  # 0.23570039868354797
    v7 = fma v5 v0 v6
    v8 = const 0x1.6a0a08p-1  # 0.7071077823638916
    v9 = fma v7 v0 v8
    v10 = const 0x1.6a09e6p+0  # 1.4142135381698608
    v11 = fma v9 v0 v10
    v12 = const 0x1.6a09e6p+0  # 1.4142135381698608
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
def evolved_expf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('0x1.83d7eep-7'))
    v2 = jnp.float32(float.fromhex('0x1.08a2dcp-9'))
    v3 = v2 * x + v1  # fma
    v4 = jnp.float32(float.fromhex('0x1.e29c54p-5'))
    v5 = v3 * x + v4  # fma
    v6 = jnp.float32(float.fromhex('0x1.e2b6e4p-3'))
    v7 = v5 * x + v6  # fma
    v8 = jnp.float32(float.fromhex('0x1.6a0a08p-1'))
    v9 = v7 * x + v8  # fma
    v10 = jnp.float32(float.fromhex('0x1.6a09e6p+0'))
    v11 = v9 * x + v10  # fma
    v12 = jnp.float32(float.fromhex('0x1.6a09e6p+0'))
    v13 = v11 * x + v12  # fma
    return jnp.broadcast_to(v13, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_expf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v3 = x < v1
    v4 = jnp.where(v3, v1, x)
    v2 = jnp.float32(float.fromhex('0x1.64p+6'))
    v5 = v2 < v4
    v6 = jnp.where(v5, v2, v4)
    v8 = jnp.float32(float.fromhex('-0x1p-1'))
    v7 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v9 = v6 * v7 + v8  # fma
    v10 = jax.lax.round(v9, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v11 = jnp.float32(float.fromhex('0x1p-1'))
    v12 = v10 + v11
    v13 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v14 = v12 * v13
    v15 = v6 - v14
    v16 = jnp.float32(float.fromhex('-0x1.7f7dp-20'))
    v17 = v12 * v16 + v15  # fma
    v18 = jnp.float32(float.fromhex('0x1.83d7eep-7'))
    v19 = jnp.float32(float.fromhex('0x1.08a2dcp-9'))
    v20 = v19 * v17 + v18  # fma
    v21 = jnp.float32(float.fromhex('0x1.e29c54p-5'))
    v22 = v20 * v17 + v21  # fma
    v23 = jnp.float32(float.fromhex('0x1.e2b6e4p-3'))
    v24 = v22 * v17 + v23  # fma
    v25 = jnp.float32(float.fromhex('0x1.6a0a08p-1'))
    v26 = v24 * v17 + v25  # fma
    v27 = jnp.float32(float.fromhex('0x1.6a09e6p+0'))
    v28 = v26 * v17 + v27  # fma
    v29 = jnp.float32(float.fromhex('0x1.6a09e6p+0'))
    v30 = v28 * v17 + v29  # fma
    v31 = jnp.float32(float.fromhex('0x1.8000fep+23'))
    v32 = v10 + v31
    v33 = jax.lax.bitcast_convert_type(v32, jnp.int32)
    v34 = jnp.int32(23)
    v35 = jax.lax.shift_left(v33, v34)
    v36 = jax.lax.bitcast_convert_type(v35, jnp.float32)
    v37 = v30 * v36
    v38 = jnp.float32(float.fromhex('0x1p-126'))
    v39 = v37 < v38
    v40 = jnp.float32(float.fromhex('0x0p+0'))
    v41 = jnp.where(v39, v40, v37)
    return jnp.broadcast_to(v41, jnp.shape(x)).astype(jnp.float32)


@_evolved_expf_full.defjvp
def __evolved_expf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_expf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, y * t


evolved_expf = jax.jit(_evolved_expf_full)
