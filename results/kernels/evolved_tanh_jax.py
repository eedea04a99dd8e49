"""Evolved by evolve-float32 from results/runs/tanh (birth 614): tanh kernel on [0.0, 0.625], cost 7, validation max ULP 0.6593; tail kernel from results/runs/tanh_tail (birth 734) on [0.625, 1.25], cost 9, validation max ULP 0.6525 (sampled; see the .json beside this file for the exhaustive figures).

evolved_tanhf(x): float32 tanh(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact tanh, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_tanhf_kernel(x), evolved_tanhf_tail(x): the evolved kernels.

Kernel evolved_tanhf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const 0x1.c26f3cp-9  # 0.003436542581766844
v3 = const -0x1.e8eeap+2  # -7.639564514160156
v4 = fma v2 v1 v3
v5 = const -0x1.2dfd04p+4  # -18.874271392822266
v6 = fma v4 v1 v5
v7 = const -0x1.555556p-2  # -0.3333333432674408
v8 = const -0x1.421efep+1  # -2.516570806503296
v9 = div v8 v6
v10 = fma v9 v1 v7
v11 = const 0x1.0e813ap-35  # 3.075283430686859e-11
v12 = fma v10 v1 v11
v13 = fma v12 v0 v0
return v13

Kernel evolved_tanhf_tail (slot tail; constant subexpressions folded):
v0 = x
v1 = const 0x1.d6765p-1  # 0.9188714027404785
v2 = sub v0 v1
v3 = const -0x1.2ed08p-7  # -0.009241163730621338
v4 = const 0x1.9f3a2ap-6  # 0.025343457236886024
v5 = fma v3 v2 v4
v6 = const -0x1.72310ep-6  # -0.02259470336139202
v7 = fma v5 v0 v6
v8 = const -0x1.c7f2f6p-5  # -0.05565784499049187
v9 = fma v7 v2 v8
v10 = const 0x1.9749f6p-4  # 0.09943576902151108
v11 = fma v9 v2 v10
v12 = const -0x1.5ff616p-2  # -0.34371218085289
v13 = mul v11 v0
v14 = fma v13 v2 v12
v15 = const 0x1.e53884p-2  # 0.4738484025001526
v16 = fma v14 v2 v15
v17 = const 0x1.7362cap-1  # 0.7253630757331848
v18 = fma v16 v2 v17
return v18

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
v9 = const 0x1p+0  # 1.0
v10 = const 0x1p+1  # 2.0
v11 = const 0x1p+1  # 2.0
v12 = mul v11 v4
v13 = const -0x1.ap+6  # -104.0
v14 = const 0x1.64p+6  # 89.0
v15 = lt v13 v12
v16 = select v15 v12 v13
v17 = lt v16 v14
v18 = select v17 v16 v14
v19 = const 0x1.715476p+0  # 1.4426950216293335
v20 = mul v18 v19
v21 = rint_small v20
v22 = const 0x1.62e4p-1  # 0.693145751953125
v23 = mul_exact v21 v22
v24 = sub v18 v23
v25 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v26 = mul_exact v21 v25
v27 = sub v24 v26
v28 = const 0x1.1253a4p-7  # 0.008371787145733833
v29 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v30 = fma v29 v27 v28
v31 = const 0x1.555864p-5  # 0.0416681244969368
v32 = fma v27 v30 v31
v33 = const 0x1.55547p-3  # 0.1666649580001831
v34 = fma v32 v27 v33
v35 = const 0x1.fffffcp-2  # 0.4999999403953552
v36 = fma v34 v27 v35
v37 = const 0x1p+0  # 1.0
v38 = fma v36 v27 v37
v39 = const 0x1p+0  # 1.0
v40 = fma v38 v27 v39
v41 = const 0x1.8p+23  # 12582912.0
v42 = add v21 v41
v43 = bits_f2i v42
v44 = iconst 23
v45 = shl_i v43 v44
v46 = bits_f2i v40
v47 = add_i v46 v45
v48 = iconst 1249902592  # 0x4a800000
v49 = add_i v47 v48
v50 = bits_i2f v49
v51 = const 0x1p+23  # 8388608.0
v52 = add v50 v51
v53 = bits_f2i v52
v54 = iconst 1258291200  # 0x4b000000
v55 = sub_i v53 v54
v56 = iconst 2139095040  # 0x7f800000
v57 = iconst 8388608  # 0x00800000
v58 = lt_i v47 v57
v59 = lt_i v47 v56
v60 = select_i v59 v47 v56
v61 = select_i v58 v55 v60
v62 = eq v12 v12
v63 = bits_i2f v61
v64 = add v12 v12
v65 = select v62 v63 v64
v66 = const 0x1p+0  # 1.0
v67 = add v65 v66
v68 = div v10 v67
v69 = sub v9 v68
v70 = bits_f2i v69
v71 = const 0x1.20a3d8p+3  # 9.020000457763672
v72 = le v71 v4
v73 = iconst 1065353216  # 0x3f800000
v74 = select_i v72 v73 v70
v75 = iconst 1067450368  # 0x3fa00000
v76 = lt_i v3 v75
v77 = select_i v76 v8 v74
v78 = iconst 1059061760  # 0x3f200000
v79 = lt_i v3 v78
v80 = select_i v79 v6 v77
v81 = i2f v3
v82 = const 0x0p+0  # 0.0
v83 = mul v81 v82
v84 = rint_small v83
v85 = const 0x1.8p+23  # 12582912.0
v86 = add v84 v85
v87 = bits_f2i v86
v88 = iconst 1262485504  # 0x4b400000
v89 = sub_i v87 v88
v90 = add_i v3 v89
v91 = iconst 8388608  # 0x00800000
v92 = lt_i v3 v91
v93 = select_i v92 v90 v80
v94 = iconst -2147483648  # 0x80000000
v95 = and_i v1 v94
v96 = xor_i v93 v95
v97 = bits_i2f v96
return v97

Generated float32 kernel evolved_tanhf_kernel(x): elementwise, jitted.

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
    v2 = const 0x1.c26f3cp-9  # 0.003436542581766844
    v3 = const -0x1.e8eeap+2  # -7.639564514160156
    v4 = fma v2 v1 v3
    v5 = const -0x1.2dfd04p+4  # -18.874271392822266
    v6 = fma v4 v1 v5
    v7 = const -0x1.555556p-2  # -0.3333333432674408
    v8 = const -0x1.421efep+1  # -2.516570806503296
    v9 = div v8 v6
    v10 = fma v9 v1 v7
    v11 = const 0x1.0e813ap-35  # 3.075283430686859e-11
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
def evolved_tanhf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v3 = jnp.float32(float.fromhex('-0x1.e8eeap+2'))
    v2 = jnp.float32(float.fromhex('0x1.c26f3cp-9'))
    v4 = v2 * v1 + v3  # fma
    v5 = jnp.float32(float.fromhex('-0x1.2dfd04p+4'))
    v6 = v4 * v1 + v5  # fma
    v8 = jnp.float32(float.fromhex('-0x1.421efep+1'))
    v9 = v8 / v6
    v7 = jnp.float32(float.fromhex('-0x1.555556p-2'))
    v10 = v9 * v1 + v7  # fma
    v11 = jnp.float32(float.fromhex('0x1.0e813ap-35'))
    v12 = v10 * v1 + v11  # fma
    v13 = v12 * x + x  # fma
    return jnp.broadcast_to(v13, jnp.shape(x)).astype(jnp.float32)


@jax.jit
def evolved_tanhf_tail(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('0x1.d6765p-1'))
    v2 = x - v1
    v4 = jnp.float32(float.fromhex('0x1.9f3a2ap-6'))
    v3 = jnp.float32(float.fromhex('-0x1.2ed08p-7'))
    v5 = v3 * v2 + v4  # fma
    v6 = jnp.float32(float.fromhex('-0x1.72310ep-6'))
    v7 = v5 * x + v6  # fma
    v8 = jnp.float32(float.fromhex('-0x1.c7f2f6p-5'))
    v9 = v7 * v2 + v8  # fma
    v10 = jnp.float32(float.fromhex('0x1.9749f6p-4'))
    v11 = v9 * v2 + v10  # fma
    v13 = v11 * x
    v12 = jnp.float32(float.fromhex('-0x1.5ff616p-2'))
    v14 = v13 * v2 + v12  # fma
    v15 = jnp.float32(float.fromhex('0x1.e53884p-2'))
    v16 = v14 * v2 + v15  # fma
    v17 = jnp.float32(float.fromhex('0x1.7362cap-1'))
    v18 = v16 * v2 + v17  # fma
    return jnp.broadcast_to(v18, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_tanhf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v2 = jnp.int32(0x7fffffff)
    v3 = v1 & v2
    v4 = jax.lax.bitcast_convert_type(v3, jnp.float32)
    v5 = v4 * v4
    v7 = jnp.float32(float.fromhex('-0x1.e8eeap+2'))
    v6 = jnp.float32(float.fromhex('0x1.c26f3cp-9'))
    v8 = v6 * v5 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.2dfd04p+4'))
    v10 = v8 * v5 + v9  # fma
    v12 = jnp.float32(float.fromhex('-0x1.421efep+1'))
    v13 = v12 / v10
    v11 = jnp.float32(float.fromhex('-0x1.555556p-2'))
    v14 = v13 * v5 + v11  # fma
    v15 = jnp.float32(float.fromhex('0x1.0e813ap-35'))
    v16 = v14 * v5 + v15  # fma
    v17 = v16 * v4 + v4  # fma
    v18 = jax.lax.bitcast_convert_type(v17, jnp.int32)
    v19 = jnp.float32(float.fromhex('0x1.d6765p-1'))
    v20 = v4 - v19
    v22 = jnp.float32(float.fromhex('0x1.9f3a2ap-6'))
    v21 = jnp.float32(float.fromhex('-0x1.2ed08p-7'))
    v23 = v21 * v20 + v22  # fma
    v24 = jnp.float32(float.fromhex('-0x1.72310ep-6'))
    v25 = v23 * v4 + v24  # fma
    v26 = jnp.float32(float.fromhex('-0x1.c7f2f6p-5'))
    v27 = v25 * v20 + v26  # fma
    v28 = jnp.float32(float.fromhex('0x1.9749f6p-4'))
    v29 = v27 * v20 + v28  # fma
    v31 = v29 * v4
    v30 = jnp.float32(float.fromhex('-0x1.5ff616p-2'))
    v32 = v31 * v20 + v30  # fma
    v33 = jnp.float32(float.fromhex('0x1.e53884p-2'))
    v34 = v32 * v20 + v33  # fma
    v35 = jnp.float32(float.fromhex('0x1.7362cap-1'))
    v36 = v34 * v20 + v35  # fma
    v37 = jax.lax.bitcast_convert_type(v36, jnp.int32)
    v40 = jnp.float32(float.fromhex('0x1p+1'))
    v41 = v40 * v4
    v42 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v44 = v42 < v41
    v45 = jnp.where(v44, v41, v42)
    v43 = jnp.float32(float.fromhex('0x1.64p+6'))
    v46 = v45 < v43
    v47 = jnp.where(v46, v45, v43)
    v48 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v49 = v47 * v48
    v50 = jax.lax.round(v49, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v51 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v52 = v50 * v51
    v53 = v47 - v52
    v54 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v55 = v50 * v54
    v56 = v53 - v55
    v57 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v58 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v59 = v58 * v56 + v57  # fma
    v60 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v61 = v56 * v59 + v60  # fma
    v62 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v63 = v61 * v56 + v62  # fma
    v64 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v65 = v63 * v56 + v64  # fma
    v66 = jnp.float32(float.fromhex('0x1p+0'))
    v67 = v65 * v56 + v66  # fma
    v68 = jnp.float32(float.fromhex('0x1p+0'))
    v69 = v67 * v56 + v68  # fma
    v70 = jnp.float32(float.fromhex('0x1.8p+23'))
    v71 = v50 + v70
    v72 = jax.lax.bitcast_convert_type(v71, jnp.int32)
    v73 = jnp.int32(23)
    v74 = jax.lax.shift_left(v72, v73)
    v75 = jax.lax.bitcast_convert_type(v69, jnp.int32)
    v76 = v75 + v74
    v77 = jnp.int32(0x4a800000)
    v78 = v76 + v77
    v79 = jax.lax.bitcast_convert_type(v78, jnp.float32)
    v80 = jnp.float32(float.fromhex('0x1p+23'))
    v81 = v79 + v80
    v82 = jax.lax.bitcast_convert_type(v81, jnp.int32)
    v83 = jnp.int32(0x4b000000)
    v84 = v82 - v83
    v86 = jnp.int32(0x800000)
    v87 = v76 < v86
    v85 = jnp.int32(0x7f800000)
    v88 = v76 < v85
    v89 = jnp.where(v88, v76, v85)
    v90 = jnp.where(v87, v84, v89)
    v91 = v41 == v41
    v92 = jax.lax.bitcast_convert_type(v90, jnp.float32)
    k41 = _keep(v41)
    v93 = k41 + k41
    v94 = jnp.where(v91, v92, v93)
    v95 = jnp.float32(float.fromhex('0x1p+0'))
    v96 = v94 + v95
    v39 = jnp.float32(float.fromhex('0x1p+1'))
    v97 = v39 / v96
    v38 = jnp.float32(float.fromhex('0x1p+0'))
    v98 = v38 - v97
    v99 = jax.lax.bitcast_convert_type(v98, jnp.int32)
    v100 = jnp.float32(float.fromhex('0x1.20a3d8p+3'))
    v101 = v100 <= v4
    v102 = jnp.int32(0x3f800000)
    v103 = jnp.where(v101, v102, v99)
    v104 = jnp.int32(0x3fa00000)
    v105 = v3 < v104
    v106 = jnp.where(v105, v37, v103)
    v107 = jnp.int32(0x3f200000)
    v108 = v3 < v107
    v109 = jnp.where(v108, v18, v106)
    v110 = v3.astype(jnp.float32)
    v111 = jnp.float32(float.fromhex('0x0p+0'))
    v112 = v110 * v111
    v113 = jax.lax.round(v112, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v114 = jnp.float32(float.fromhex('0x1.8p+23'))
    v115 = v113 + v114
    v116 = jax.lax.bitcast_convert_type(v115, jnp.int32)
    v117 = jnp.int32(0x4b400000)
    v118 = v116 - v117
    v119 = v3 + v118
    v120 = jnp.int32(0x800000)
    v121 = v3 < v120
    v122 = jnp.where(v121, v119, v109)
    v123 = jnp.int32(-0x80000000)
    v124 = v1 & v123
    v125 = v122 ^ v124
    v126 = jax.lax.bitcast_convert_type(v125, jnp.float32)
    return jnp.broadcast_to(v126, jnp.shape(x)).astype(jnp.float32)


@_evolved_tanhf_full.defjvp
def __evolved_tanhf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_tanhf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, (1 - y * y) * t


evolved_tanhf = jax.jit(_evolved_tanhf_full)
