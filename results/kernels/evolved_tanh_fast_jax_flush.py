"""Evolved by evolve-float32 from results/runs/tanh (birth 24): tanh_fast kernel on [0.0, 0.625], cost 7, validation max ULP 0.6355 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_tanh_fastf(x): float32 tanh_fast(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact tanh_fast, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_tanh_fastf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

Kernel evolved_tanh_fastf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const -0x1.760b4ep-8  # -0.005707460921257734
v3 = const 0x1.52131ap-6  # 0.02063443697988987
v4 = fma v2 v1 v3
v5 = const -0x1.b8331p-5  # -0.05373528599739075
v6 = fma v4 v1 v5
v7 = const 0x1.11068ep-3  # 0.13331328332424164
v8 = fma v6 v1 v7
v9 = const -0x1.55552cp-2  # -0.33333271741867065
v10 = fma v8 v1 v9
v11 = const -0x1.798c74p-30  # -1.3735139692272469e-09
v12 = fma v10 v1 v11
v13 = fma v12 v0 v0
return v13

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = iconst 2147483647  # 0x7fffffff
v3 = and_i v1 v2
v4 = bits_i2f v3
v5 = kernel core v4
v6 = bits_f2i v5
v7 = const 0x0p+0  # 0.0
v8 = const 0x1p+0  # 1.0
v9 = fma v4 v7 v8
v10 = const 0x1p+1  # 2.0
v11 = mul v10 v4
v12 = const 0x1.715476p+0  # 1.4426950216293335
v13 = const 0x1.8p+23  # 12582912.0
v14 = fma v11 v12 v13
v15 = bits_f2i v14
v16 = iconst 1262485504  # 0x4b400000
v17 = sub_i v15 v16
v18 = i2f v17
v19 = const 0x1.62e4p-1  # 0.693145751953125
v20 = mul_exact v18 v19
v21 = sub v11 v20
v22 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v23 = mul_exact v18 v22
v24 = sub v21 v23
v25 = const 0x1.1253a4p-7  # 0.008371787145733833
v26 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v27 = fma v26 v24 v25
v28 = const 0x1.555864p-5  # 0.0416681244969368
v29 = fma v24 v27 v28
v30 = const 0x1.55547p-3  # 0.1666649580001831
v31 = fma v29 v24 v30
v32 = const 0x1.fffffcp-2  # 0.4999999403953552
v33 = fma v31 v24 v32
v34 = fma v33 v24 v8
v35 = fma v34 v24 v8
v36 = iconst 23
v37 = shl_i v15 v36
v38 = bits_f2i v35
v39 = add_i v38 v37
v40 = bits_i2f v39
v41 = add v40 v8
v42 = div v10 v41
v43 = sub v9 v42
v44 = bits_f2i v43
v45 = const 0x1.20a3d8p+3  # 9.020000457763672
v46 = le v45 v4
v47 = iconst 1065353216  # 0x3f800000
v48 = select_i v46 v47 v44
v49 = iconst 1059061760  # 0x3f200000
v50 = lt_i v3 v49
v51 = select_i v50 v6 v48
v52 = iconst -2147483648  # 0x80000000
v53 = and_i v1 v52
v54 = xor_i v51 v53
v55 = bits_i2f v54
return v55

Generated float32 kernel evolved_tanh_fastf_kernel(x): elementwise, jitted.

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
    v2 = const -0x1.760b4ep-8  # -0.005707460921257734
    v3 = const 0x1.52131ap-6  # 0.02063443697988987
    v4 = fma v2 v1 v3
    v5 = const -0x1.b8331p-5  # -0.05373528599739075
    v6 = fma v4 v1 v5
    v7 = const 0x1.11068ep-3  # 0.13331328332424164
    v8 = fma v6 v1 v7
    v9 = const -0x1.55552cp-2  # -0.33333271741867065
    v10 = fma v8 v1 v9
    v11 = const -0x1.798c74p-30  # -1.3735139692272469e-09
    v12 = fma v10 v1 v11
    v13 = fma v12 v0 v0
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
def evolved_tanh_fastf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v3 = jnp.float32(float.fromhex('0x1.52131ap-6'))
    v2 = jnp.float32(float.fromhex('-0x1.760b4ep-8'))
    v4 = v2 * v1 + v3  # fma
    v5 = jnp.float32(float.fromhex('-0x1.b8331p-5'))
    v6 = v4 * v1 + v5  # fma
    v7 = jnp.float32(float.fromhex('0x1.11068ep-3'))
    v8 = v6 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.55552cp-2'))
    v10 = v8 * v1 + v9  # fma
    v11 = jnp.float32(float.fromhex('-0x1.798c74p-30'))
    v12 = v10 * v1 + v11  # fma
    v13 = v12 * x + x  # fma
    return jnp.broadcast_to(v13, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_tanh_fastf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v2 = jnp.int32(0x7fffffff)
    v3 = v1 & v2
    v4 = jax.lax.bitcast_convert_type(v3, jnp.float32)
    v5 = v4 * v4
    v7 = jnp.float32(float.fromhex('0x1.52131ap-6'))
    v6 = jnp.float32(float.fromhex('-0x1.760b4ep-8'))
    v8 = v6 * v5 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.b8331p-5'))
    v10 = v8 * v5 + v9  # fma
    v11 = jnp.float32(float.fromhex('0x1.11068ep-3'))
    v12 = v10 * v5 + v11  # fma
    v13 = jnp.float32(float.fromhex('-0x1.55552cp-2'))
    v14 = v12 * v5 + v13  # fma
    v15 = jnp.float32(float.fromhex('-0x1.798c74p-30'))
    v16 = v14 * v5 + v15  # fma
    v17 = v16 * v4 + v4  # fma
    v18 = jax.lax.bitcast_convert_type(v17, jnp.int32)
    v20 = jnp.float32(float.fromhex('0x1p+0'))
    v19 = jnp.float32(float.fromhex('0x0p+0'))
    v21 = v4 * v19 + v20  # fma
    v22 = jnp.float32(float.fromhex('0x1p+1'))
    v23 = v22 * v4
    v25 = jnp.float32(float.fromhex('0x1.8p+23'))
    k23 = _keep(v23)
    v24 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v26 = k23 * v24 + v25  # fma
    v27 = jax.lax.bitcast_convert_type(v26, jnp.int32)
    v28 = jnp.int32(0x4b400000)
    v29 = v27 - v28
    v30 = v29.astype(jnp.float32)
    v31 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v32 = v30 * v31
    v33 = k23 - v32
    v34 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v35 = v30 * v34
    v36 = v33 - v35
    v37 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v38 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v39 = v38 * v36 + v37  # fma
    v40 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v41 = v36 * v39 + v40  # fma
    v42 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v43 = v41 * v36 + v42  # fma
    v44 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v45 = v43 * v36 + v44  # fma
    v46 = v45 * v36 + v20  # fma
    v47 = v46 * v36 + v20  # fma
    v48 = jnp.int32(23)
    v49 = jax.lax.shift_left(v27, v48)
    v50 = jax.lax.bitcast_convert_type(v47, jnp.int32)
    v51 = v50 + v49
    v52 = jax.lax.bitcast_convert_type(v51, jnp.float32)
    v53 = v52 + v20
    v54 = v22 / v53
    v55 = v21 - v54
    v56 = jax.lax.bitcast_convert_type(v55, jnp.int32)
    v57 = jnp.float32(float.fromhex('0x1.20a3d8p+3'))
    v58 = v57 <= v4
    v59 = jnp.int32(0x3f800000)
    v60 = jnp.where(v58, v59, v56)
    v61 = jnp.int32(0x3f200000)
    v62 = v3 < v61
    v63 = jnp.where(v62, v18, v60)
    v64 = jnp.int32(-0x80000000)
    v65 = v1 & v64
    v66 = v63 ^ v65
    v67 = jax.lax.bitcast_convert_type(v66, jnp.float32)
    return jnp.broadcast_to(v67, jnp.shape(x)).astype(jnp.float32)


@_evolved_tanh_fastf_full.defjvp
def __evolved_tanh_fastf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_tanh_fastf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, (1 - y * y) * t


evolved_tanh_fastf = jax.jit(_evolved_tanh_fastf_full)
