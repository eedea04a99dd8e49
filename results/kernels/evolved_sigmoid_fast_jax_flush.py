"""Evolved by evolve-float32 from results/runs/sigmoid (birth 84): sigmoid_fast kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.766 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_sigmoid_fastf(x): float32 sigmoid_fast(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact sigmoid_fast, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_sigmoid_fastf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_sigmoid_fastf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = const 0x1.6ce3dp-10  # 0.0013919444754719734
v2 = const 0x1.124618p-7  # 0.00837017223238945
v3 = fma v1 v0 v2
v4 = const 0x1.555554p-5  # 0.0416666641831398
v5 = fma v3 v0 v4
v6 = const 0x1.555472p-3  # 0.1666649729013443
v7 = fma v5 v0 v6
v8 = const 0x1p-1  # 0.5
v9 = fma v7 v0 v8
v10 = const 0x1.22252ep-27  # 8.444337673552127e-09
v11 = fma v9 v0 v10
v12 = fma v0 v11 v0
return v12

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = iconst -2147483648  # 0x80000000
v3 = or_i v1 v2
v4 = bits_i2f v3
v5 = const -0x1.ap+6  # -104.0
v6 = lt v4 v5
v7 = select v6 v5 v4
v8 = const 0x1.715476p+0  # 1.4426950216293335
v9 = mul v7 v8
v10 = rint_small v9
v11 = const 0x1.62e4p-1  # 0.693145751953125
v12 = mul_exact v10 v11
v13 = sub v7 v12
v14 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v15 = mul_exact v10 v14
v16 = sub v13 v15
v17 = kernel core v16
v18 = const 0x1p+0  # 1.0
v19 = add v18 v17
v20 = const 0x1.8p+23  # 12582912.0
v21 = add v10 v20
v22 = bits_f2i v21
v23 = iconst 1262485504  # 0x4b400000
v24 = sub_i v22 v23
v25 = iconst -127
v26 = lt_i v24 v25
v27 = select_i v26 v25 v24
v28 = iconst 127
v29 = add_i v27 v28
v30 = iconst 23
v31 = shl_i v29 v30
v32 = bits_i2f v31
v33 = mul_exact v19 v32
v34 = add v18 v33
v35 = iconst 0
v36 = lt_i v1 v35
v37 = select v36 v19 v18
v38 = div v37 v34
v39 = select v36 v32 v18
v40 = mul_exact v38 v39
return v40

Generated float32 kernel evolved_sigmoid_fastf_kernel(x): elementwise, jitted.

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
    v1 = const 0x1.6ce3dp-10  # 0.0013919444754719734
    v2 = const 0x1.124618p-7  # 0.00837017223238945
    v3 = fma v1 v0 v2
    v4 = const 0x1.555554p-5  # 0.0416666641831398
    v5 = fma v3 v0 v4
    v6 = const 0x1.555472p-3  # 0.1666649729013443
    v7 = fma v5 v0 v6
    v8 = const 0x1p-1  # 0.5
    v9 = fma v7 v0 v8
    v10 = const 0x1.22252ep-27  # 8.444337673552127e-09
    v11 = fma v9 v0 v10
    v12 = fma v0 v11 v0
    return v12
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
def evolved_sigmoid_fastf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v2 = jnp.float32(float.fromhex('0x1.124618p-7'))
    v1 = jnp.float32(float.fromhex('0x1.6ce3dp-10'))
    v3 = v1 * x + v2  # fma
    v4 = jnp.float32(float.fromhex('0x1.555554p-5'))
    v5 = v3 * x + v4  # fma
    v6 = jnp.float32(float.fromhex('0x1.555472p-3'))
    v7 = v5 * x + v6  # fma
    v8 = jnp.float32(float.fromhex('0x1p-1'))
    v9 = v7 * x + v8  # fma
    v10 = jnp.float32(float.fromhex('0x1.22252ep-27'))
    v11 = v9 * x + v10  # fma
    v12 = x * v11 + x  # fma
    return jnp.broadcast_to(v12, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_sigmoid_fastf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v2 = jnp.int32(-0x80000000)
    v3 = v1 | v2
    v4 = jax.lax.bitcast_convert_type(v3, jnp.float32)
    v5 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v6 = v4 < v5
    v7 = jnp.where(v6, v5, v4)
    v8 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v9 = v7 * v8
    v10 = jax.lax.round(v9, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v11 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v12 = v10 * v11
    v13 = v7 - v12
    v14 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v15 = v10 * v14
    v16 = v13 - v15
    v18 = jnp.float32(float.fromhex('0x1.124618p-7'))
    v17 = jnp.float32(float.fromhex('0x1.6ce3dp-10'))
    v19 = v17 * v16 + v18  # fma
    v20 = jnp.float32(float.fromhex('0x1.555554p-5'))
    v21 = v19 * v16 + v20  # fma
    v22 = jnp.float32(float.fromhex('0x1.555472p-3'))
    v23 = v21 * v16 + v22  # fma
    v24 = jnp.float32(float.fromhex('0x1p-1'))
    v25 = v23 * v16 + v24  # fma
    v26 = jnp.float32(float.fromhex('0x1.22252ep-27'))
    v27 = v25 * v16 + v26  # fma
    v28 = v16 * v27 + v16  # fma
    v29 = jnp.float32(float.fromhex('0x1p+0'))
    v30 = v29 + v28
    v31 = jnp.float32(float.fromhex('0x1.8p+23'))
    v32 = v10 + v31
    v33 = jax.lax.bitcast_convert_type(v32, jnp.int32)
    v34 = jnp.int32(0x4b400000)
    v35 = v33 - v34
    v36 = jnp.int32(-127)
    v37 = v35 < v36
    v38 = jnp.where(v37, v36, v35)
    v39 = jnp.int32(127)
    v40 = v38 + v39
    v41 = jnp.int32(23)
    v42 = jax.lax.shift_left(v40, v41)
    v43 = jax.lax.bitcast_convert_type(v42, jnp.float32)
    v44 = v30 * v43
    v45 = v29 + v44
    v46 = jnp.int32(0)
    v47 = v1 < v46
    v48 = jnp.where(v47, v30, v29)
    v49 = v48 / v45
    v50 = jnp.where(v47, v43, v29)
    v51 = v49 * v50
    return jnp.broadcast_to(v51, jnp.shape(x)).astype(jnp.float32)


@_evolved_sigmoid_fastf_full.defjvp
def __evolved_sigmoid_fastf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_sigmoid_fastf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, jnp.exp(-jnp.abs(_as_float32(x))) / jnp.square(1 + jnp.exp(-jnp.abs(_as_float32(x)))) * t


evolved_sigmoid_fastf = jax.jit(_evolved_sigmoid_fastf_full)
