"""Evolved by evolve-float32 from results/runs/sigmoid (birth 84): sigmoid kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.766 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_sigmoidf(x): float32 sigmoid(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact sigmoid, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_sigmoidf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_sigmoidf_kernel (slot core; constant subexpressions folded):
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
v17 = sub v13 v16
v18 = sub v17 v15
v19 = kernel core v16
v20 = const 0x1p+0  # 1.0
v21 = add v20 v19
v22 = sub v21 v20
v23 = sub v19 v22
v24 = fma v21 v18 v23
v25 = const 0x1.8p+23  # 12582912.0
v26 = add v10 v25
v27 = bits_f2i v26
v28 = iconst 1262485504  # 0x4b400000
v29 = sub_i v27 v28
v30 = iconst -127
v31 = lt_i v29 v30
v32 = select_i v31 v30 v29
v33 = iconst 127
v34 = add_i v32 v33
v35 = iconst 23
v36 = shl_i v34 v35
v37 = bits_i2f v36
v38 = mul_exact v21 v37
v39 = mul_exact v24 v37
v40 = add v20 v38
v41 = sub v20 v40
v42 = add v41 v38
v43 = add v42 v39
v44 = iconst 0
v45 = lt_i v1 v44
v46 = select v45 v21 v20
v47 = const 0x0p+0  # 0.0
v48 = select v45 v24 v47
v49 = div v20 v40
v50 = mul v46 v49
v51 = const -0x1p+0  # -1.0
v52 = mul v50 v51
v53 = fma v52 v40 v46
v54 = mul v50 v43
v55 = sub v48 v54
v56 = add v53 v55
v57 = fma v56 v49 v50
v58 = select v45 v37 v20
v59 = mul_exact v57 v58
return v59

Generated float32 kernel evolved_sigmoidf_kernel(x): elementwise, jitted.

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
def evolved_sigmoidf_kernel(x):
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
def _evolved_sigmoidf_full(x):
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
    v17 = v13 - v16
    v18 = v17 - v15
    v20 = jnp.float32(float.fromhex('0x1.124618p-7'))
    v19 = jnp.float32(float.fromhex('0x1.6ce3dp-10'))
    v21 = v19 * v16 + v20  # fma
    v22 = jnp.float32(float.fromhex('0x1.555554p-5'))
    v23 = v21 * v16 + v22  # fma
    v24 = jnp.float32(float.fromhex('0x1.555472p-3'))
    v25 = v23 * v16 + v24  # fma
    v26 = jnp.float32(float.fromhex('0x1p-1'))
    v27 = v25 * v16 + v26  # fma
    v28 = jnp.float32(float.fromhex('0x1.22252ep-27'))
    v29 = v27 * v16 + v28  # fma
    v30 = v16 * v29 + v16  # fma
    v31 = jnp.float32(float.fromhex('0x1p+0'))
    v32 = v31 + v30
    k31 = _const(float.fromhex('0x1p+0'), ok)
    v33 = v32 - k31
    v34 = v30 - v33
    v35 = v32 * v18 + v34  # fma
    v36 = jnp.float32(float.fromhex('0x1.8p+23'))
    v37 = v10 + v36
    v38 = jax.lax.bitcast_convert_type(v37, jnp.int32)
    v39 = jnp.int32(0x4b400000)
    v40 = v38 - v39
    v41 = jnp.int32(-127)
    v42 = v40 < v41
    v43 = jnp.where(v42, v41, v40)
    v44 = jnp.int32(127)
    v45 = v43 + v44
    v46 = jnp.int32(23)
    v47 = jax.lax.shift_left(v45, v46)
    v48 = jax.lax.bitcast_convert_type(v47, jnp.float32)
    v49 = v32 * v48
    v50 = v35 * v48
    v51 = v31 + v49
    v52 = k31 - v51
    v53 = v52 + v49
    v54 = v53 + v50
    v55 = jnp.int32(0)
    v56 = v1 < v55
    v57 = jnp.where(v56, v32, v31)
    v58 = jnp.float32(float.fromhex('0x0p+0'))
    v59 = jnp.where(v56, v35, v58)
    v60 = v31 / v51
    v61 = v57 * v60
    k62 = _const(float.fromhex('-0x1p+0'), ok)
    v63 = v61 * k62
    v64 = v63 * v51 + v57  # fma
    v65 = v61 * v54
    k65 = _keep(v65)
    v66 = v59 - k65
    v67 = v64 + v66
    k61 = _keep(v61)
    v68 = v67 * v60 + k61  # fma
    v69 = jnp.where(v56, v48, v31)
    v70 = v68 * v69
    return jnp.broadcast_to(v70, jnp.shape(x)).astype(jnp.float32)


@_evolved_sigmoidf_full.defjvp
def __evolved_sigmoidf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_sigmoidf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, jnp.exp(-jnp.abs(_as_float32(x))) / jnp.square(1 + jnp.exp(-jnp.abs(_as_float32(x)))) * t


evolved_sigmoidf = jax.jit(_evolved_sigmoidf_full)
