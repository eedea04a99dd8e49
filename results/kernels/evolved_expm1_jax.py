"""Evolved by evolve-float32 from results/runs/expm1 (birth 1): expm1 kernel on [-0.2876853942871094, 0.4054679870605469], cost 7, validation max ULP 0.7288 (sampled; see the .json beside this file for the exhaustive figures).

evolved_expm1f(x): float32 expm1(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact expm1, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_expm1f_kernel(x): the evolved kernels.

Kernel evolved_expm1f_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const 0x1.b464e6p-13  # 0.00020808893896173686
v3 = const 0x1.6d0c56p-10  # 0.0013925483217462897
v4 = fma v2 v0 v3
v5 = const 0x1.110762p-7  # 0.008332178927958012
v6 = fma v4 v0 v5
v7 = const 0x1.5554fap-5  # 0.04166649654507637
v8 = fma v6 v0 v7
v9 = const 0x1.55555ap-3  # 0.16666670143604279
v10 = fma v8 v0 v9
v11 = const 0x1p-1  # 0.5
v12 = fma v10 v0 v11
v13 = fma v1 v12 v0
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
v8 = mul v6 v7
v9 = const 0x1.5c01a2p-4  # 0.08496249467134476
v10 = sub v8 v9
v11 = rint_small v10
v12 = const 0x1.62e4p-1  # 0.693145751953125
v13 = mul_exact v11 v12
v14 = sub v6 v13
v15 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v16 = mul_exact v11 v15
v17 = sub v14 v16
v18 = kernel core v17
v19 = const 0x1.8p+23  # 12582912.0
v20 = add v11 v19
v21 = bits_f2i v20
v22 = iconst 1262485504  # 0x4b400000
v23 = sub_i v21 v22
v24 = iconst -26
v25 = lt_i v23 v24
v26 = select_i v25 v24 v23
v27 = iconst 127
v28 = add_i v26 v27
v29 = iconst 23
v30 = shl_i v28 v29
v31 = bits_i2f v30
v32 = iconst 126
v33 = add_i v26 v32
v34 = shl_i v33 v29
v35 = bits_i2f v34
v36 = const 0x1p+0  # 1.0
v37 = fma v31 v18 v31
v38 = sub v37 v36
v39 = sub v31 v36
v40 = fma v31 v18 v39
v41 = const -0x1p-1  # -0.5
v42 = fma v35 v18 v41
v43 = add v35 v42
v44 = const 0x1p+1  # 2.0
v45 = mul v43 v44
v46 = iconst -24
v47 = lt_i v26 v46
v48 = iconst 25
v49 = lt_i v26 v48
v50 = select v49 v40 v45
v51 = select v47 v38 v50
v52 = eq v0 v0
v53 = add v0 v0
v54 = select v52 v51 v53
v55 = bits_f2i v0
v56 = iconst 2147483647  # 0x7fffffff
v57 = and_i v55 v56
v58 = iconst 8388608  # 0x00800000
v59 = lt_i v57 v58
v60 = bits_f2i v54
v61 = select_i v59 v55 v60
v62 = bits_i2f v61
return v62

Generated float32 kernel evolved_expm1f_kernel(x): elementwise, jitted.

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
    v2 = const 0x1.b464e6p-13  # 0.00020808893896173686
    v3 = const 0x1.6d0c56p-10  # 0.0013925483217462897
    v4 = fma v2 v0 v3
    v5 = const 0x1.110762p-7  # 0.008332178927958012
    v6 = fma v4 v0 v5
    v7 = const 0x1.5554fap-5  # 0.04166649654507637
    v8 = fma v6 v0 v7
    v9 = const 0x1.55555ap-3  # 0.16666670143604279
    v10 = fma v8 v0 v9
    v11 = const 0x1p-1  # 0.5
    v12 = fma v10 v0 v11
    v13 = fma v1 v12 v0
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
def evolved_expm1f_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v3 = jnp.float32(float.fromhex('0x1.6d0c56p-10'))
    v2 = jnp.float32(float.fromhex('0x1.b464e6p-13'))
    v4 = v2 * x + v3  # fma
    v5 = jnp.float32(float.fromhex('0x1.110762p-7'))
    v6 = v4 * x + v5  # fma
    v7 = jnp.float32(float.fromhex('0x1.5554fap-5'))
    v8 = v6 * x + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1.55555ap-3'))
    v10 = v8 * x + v9  # fma
    v11 = jnp.float32(float.fromhex('0x1p-1'))
    v12 = v10 * x + v11  # fma
    v13 = v1 * v12 + x  # fma
    return jnp.broadcast_to(v13, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_expm1f_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v3 = x < v1
    v4 = jnp.where(v3, v1, x)
    v2 = jnp.float32(float.fromhex('0x1.64p+6'))
    v5 = v2 < v4
    v6 = jnp.where(v5, v2, v4)
    v7 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v8 = v6 * v7
    k8 = _keep(v8)
    v9 = jnp.float32(float.fromhex('0x1.5c01a2p-4'))
    v10 = k8 - v9
    v11 = jax.lax.round(v10, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v12 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v13 = v11 * v12
    v14 = v6 - v13
    v15 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v16 = v11 * v15
    v17 = v14 - v16
    v18 = v17 * v17
    v20 = jnp.float32(float.fromhex('0x1.6d0c56p-10'))
    v19 = jnp.float32(float.fromhex('0x1.b464e6p-13'))
    v21 = v19 * v17 + v20  # fma
    v22 = jnp.float32(float.fromhex('0x1.110762p-7'))
    v23 = v21 * v17 + v22  # fma
    v24 = jnp.float32(float.fromhex('0x1.5554fap-5'))
    v25 = v23 * v17 + v24  # fma
    v26 = jnp.float32(float.fromhex('0x1.55555ap-3'))
    v27 = v25 * v17 + v26  # fma
    v28 = jnp.float32(float.fromhex('0x1p-1'))
    v29 = v27 * v17 + v28  # fma
    v30 = v18 * v29 + v17  # fma
    v31 = jnp.float32(float.fromhex('0x1.8p+23'))
    v32 = v11 + v31
    v33 = jax.lax.bitcast_convert_type(v32, jnp.int32)
    v34 = jnp.int32(0x4b400000)
    v35 = v33 - v34
    v36 = jnp.int32(-26)
    v37 = v35 < v36
    v38 = jnp.where(v37, v36, v35)
    v39 = jnp.int32(127)
    v40 = v38 + v39
    v41 = jnp.int32(23)
    v42 = jax.lax.shift_left(v40, v41)
    v43 = jax.lax.bitcast_convert_type(v42, jnp.float32)
    v44 = jnp.int32(126)
    v45 = v38 + v44
    v46 = jax.lax.shift_left(v45, v41)
    v47 = jax.lax.bitcast_convert_type(v46, jnp.float32)
    a49 = _keep_apart(v43, 1)
    v49 = a49 * v30 + v43  # fma
    v48 = jnp.float32(float.fromhex('0x1p+0'))
    v50 = v49 - v48
    v51 = v43 - v48
    a52 = _keep_apart(v43, 2)
    v52 = a52 * v30 + v51  # fma
    v53 = jnp.float32(float.fromhex('-0x1p-1'))
    v54 = v47 * v30 + v53  # fma
    v55 = v47 + v54
    v56 = jnp.float32(float.fromhex('0x1p+1'))
    v57 = v55 * v56
    v58 = jnp.int32(-24)
    v59 = v38 < v58
    v60 = jnp.int32(25)
    v61 = v38 < v60
    v62 = jnp.where(v61, v52, v57)
    v63 = jnp.where(v59, v50, v62)
    v64 = x == x
    v65 = x + x
    v66 = jnp.where(v64, v63, v65)
    v67 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v68 = jnp.int32(0x7fffffff)
    v69 = v67 & v68
    v70 = jnp.int32(0x800000)
    v71 = v69 < v70
    v72 = jax.lax.bitcast_convert_type(v66, jnp.int32)
    v73 = jnp.where(v71, v67, v72)
    v74 = jax.lax.bitcast_convert_type(v73, jnp.float32)
    return jnp.broadcast_to(v74, jnp.shape(x)).astype(jnp.float32)


@_evolved_expm1f_full.defjvp
def __evolved_expm1f_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_expm1f_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, jnp.exp(_as_float32(x)) * t


evolved_expm1f = jax.jit(_evolved_expm1f_full)
