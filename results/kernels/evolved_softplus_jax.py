"""Evolved by evolve-float32 from results/runs/softplus (birth 2093): softplus kernel on [-1.0, 1.0], cost 6, validation max ULP 1.066 (sampled; see the .json beside this file for the exhaustive figures).

evolved_softplusf(x): float32 softplus(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact softplus, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_softplusf_kernel(x): the evolved kernels.

Kernel evolved_softplusf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const -0x1.553aa2p-8  # -0.005206741858273745
v3 = const 0x1.67a7b4p-12  # 0.000342993822414428
v4 = const -0x1.69172p-16  # -2.152266097255051e-05
v5 = fma v4 v1 v3
v6 = fma v5 v1 v2
v7 = const 0x1.ffffc4p-4  # 0.12499977648258209
v8 = fma v6 v1 v7
v9 = const 0x1p-1  # 0.5
v10 = fma v8 v0 v9
v11 = const 0x1.62e43p-1  # 0.6931471824645996
v12 = fma v10 v0 v11
return v12

Full-range template (kernel slots called by name):
v0 = x
v1 = abs v0
v2 = const -0x1p+0  # -1.0
v3 = mul v1 v2
v4 = const -0x1.ap+6  # -104.0
v5 = const 0x1.64p+6  # 89.0
v6 = lt v3 v4
v7 = select v6 v4 v3
v8 = lt v5 v7
v9 = select v8 v5 v7
v10 = const 0x1.715476p+0  # 1.4426950216293335
v11 = const 0x1.8p+23  # 12582912.0
v12 = fma v9 v10 v11
v13 = bits_f2i v12
v14 = iconst 1262485504  # 0x4b400000
v15 = sub_i v13 v14
v16 = i2f v15
v17 = const 0x1.62e4p-1  # 0.693145751953125
v18 = mul_exact v16 v17
v19 = sub v9 v18
v20 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v21 = mul_exact v16 v20
v22 = sub v19 v21
v23 = const 0x1.1253a4p-7  # 0.008371787145733833
v24 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v25 = fma v24 v22 v23
v26 = const 0x1.555864p-5  # 0.0416681244969368
v27 = fma v22 v25 v26
v28 = const 0x1.55547p-3  # 0.1666649580001831
v29 = fma v27 v22 v28
v30 = const 0x1.fffffcp-2  # 0.4999999403953552
v31 = fma v29 v22 v30
v32 = const 0x1p+0  # 1.0
v33 = fma v31 v22 v32
v34 = fma v33 v22 v32
v35 = iconst 23
v36 = shl_i v13 v35
v37 = bits_f2i v34
v38 = add_i v37 v36
v39 = iconst 1249902592  # 0x4a800000
v40 = add_i v38 v39
v41 = bits_i2f v40
v42 = const 0x1p+23  # 8388608.0
v43 = add v41 v42
v44 = bits_f2i v43
v45 = iconst 1258291200  # 0x4b000000
v46 = sub_i v44 v45
v47 = lt_i v38 v46
v48 = select_i v47 v46 v38
v49 = iconst 2139095040  # 0x7f800000
v50 = lt_i v48 v49
v51 = select_i v50 v48 v49
v52 = sub v12 v12
v53 = bits_f2i v52
v54 = or_i v51 v53
v55 = bits_i2f v54
v56 = add v55 v32
v57 = bits_f2i v56
v58 = iconst 0
v59 = lt_i v58 v57
v60 = iconst 8388608  # 0x00800000
v61 = lt_i v57 v60
v62 = and_b v59 v61
v63 = lt_i v57 v49
v64 = and_b v59 v63
v65 = i2f v57
v66 = bits_f2i v65
v67 = select_i v62 v66 v57
v68 = iconst 1060439283  # 0x3f3504f3
v69 = sub_i v67 v68
v70 = sra_i v69 v35
v71 = iconst -149
v72 = select_i v62 v71 v58
v73 = add_i v70 v72
v74 = iconst 8388607  # 0x007fffff
v75 = and_i v69 v74
v76 = add_i v75 v68
v77 = bits_i2f v76
v78 = sub v77 v32
v79 = eq_i v73 v58
v80 = select v79 v55 v78
v81 = sub v56 v32
v82 = sub v55 v81
v83 = div v82 v56
v84 = const 0x0p+0  # 0.0
v85 = select v79 v84 v83
v86 = mul v80 v80
v87 = const -0x1.d79ea2p-4  # -0.11514151841402054
v88 = const 0x1.15a76ep-4  # 0.06778662651777267
v89 = const 0x1.e2b0eap-4  # 0.11784449964761734
v90 = const -0x1.fced1cp-4  # -0.12424956262111664
v91 = const 0x1.238e72p-3  # 0.14236153662204742
v92 = const -0x1.5559dep-3  # -0.16667531430721283
v93 = const 0x1.99a06p-3  # 0.2000129222869873
v94 = const -0x1.000004p-2  # -0.2500000596046448
v95 = const 0x1.55555p-2  # 0.33333325386047363
v96 = const -0x1p-1  # -0.5
v97 = fma v87 v86 v90
v98 = fma v97 v86 v92
v99 = fma v98 v86 v94
v100 = fma v88 v86 v89
v101 = fma v100 v86 v91
v102 = fma v101 v86 v93
v103 = fma v102 v80 v99
v104 = fma v103 v80 v95
v105 = fma v104 v80 v96
v106 = mul v86 v105
v107 = i2f v73
v108 = mul_exact v107 v20
v109 = add v108 v85
v110 = mul_exact v107 v17
v111 = add v110 v80
v112 = sub v110 v111
v113 = add v112 v80
v114 = add v109 v106
v115 = add v113 v114
v116 = add v111 v115
v117 = const -inf  # -inf
v118 = const nan  # nan
v119 = iconst -2147483648  # 0x80000000
v120 = eq_i v57 v119
v121 = select v120 v117 v118
v122 = eq_i v57 v58
v123 = add v56 v56
v124 = select v122 v117 v123
v125 = lt_i v57 v58
v126 = select v125 v121 v124
v127 = select v64 v116 v126
v128 = bits_f2i v55
v129 = iconst 2147483647  # 0x7fffffff
v130 = and_i v128 v129
v131 = lt_i v130 v60
v132 = bits_f2i v127
v133 = select_i v131 v128 v132
v134 = bits_i2f v133
v135 = bits_f2i v134
v136 = kernel core v0
v137 = bits_f2i v136
v138 = add v0 v134
v139 = bits_f2i v138
v140 = lt v0 v32
v141 = select_i v140 v137 v139
v142 = lt v0 v2
v143 = select_i v142 v135 v141
v144 = bits_i2f v143
return v144

Generated float32 kernel evolved_softplusf_kernel(x): elementwise, jitted.

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
    v2 = const -0x1.553aa2p-8  # -0.005206741858273745
    v3 = const 0x1.67a7b4p-12  # 0.000342993822414428
    v4 = const -0x1.69172p-16  # -2.152266097255051e-05
    v5 = fma v4 v1 v3
    v6 = fma v5 v1 v2
    v7 = const 0x1.ffffc4p-4  # 0.12499977648258209
    v8 = fma v6 v1 v7
    v9 = const 0x1p-1  # 0.5
    v10 = fma v8 v0 v9
    v11 = const 0x1.62e43p-1  # 0.6931471824645996
    v12 = fma v10 v0 v11
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
def evolved_softplusf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v3 = jnp.float32(float.fromhex('0x1.67a7b4p-12'))
    v4 = jnp.float32(float.fromhex('-0x1.69172p-16'))
    v5 = v4 * v1 + v3  # fma
    v2 = jnp.float32(float.fromhex('-0x1.553aa2p-8'))
    v6 = v5 * v1 + v2  # fma
    v7 = jnp.float32(float.fromhex('0x1.ffffc4p-4'))
    v8 = v6 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1p-1'))
    v10 = v8 * x + v9  # fma
    v11 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v12 = v10 * x + v11  # fma
    return jnp.broadcast_to(v12, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_softplusf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.abs(x)
    k2 = _const(float.fromhex('-0x1p+0'), ok)
    v3 = v1 * k2
    v4 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v6 = v3 < v4
    v7 = jnp.where(v6, v4, v3)
    v5 = jnp.float32(float.fromhex('0x1.64p+6'))
    v8 = v5 < v7
    v9 = jnp.where(v8, v5, v7)
    v11 = jnp.float32(float.fromhex('0x1.8p+23'))
    v10 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v12 = v9 * v10 + v11  # fma
    v13 = jax.lax.bitcast_convert_type(v12, jnp.int32)
    v14 = jnp.int32(0x4b400000)
    v15 = v13 - v14
    v16 = v15.astype(jnp.float32)
    v17 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v18 = v16 * v17
    v19 = v9 - v18
    v20 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v21 = v16 * v20
    v22 = v19 - v21
    v23 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v24 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v25 = v24 * v22 + v23  # fma
    v26 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v27 = v22 * v25 + v26  # fma
    v28 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v29 = v27 * v22 + v28  # fma
    v30 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v31 = v29 * v22 + v30  # fma
    v32 = jnp.float32(float.fromhex('0x1p+0'))
    v33 = v31 * v22 + v32  # fma
    v34 = v33 * v22 + v32  # fma
    v35 = jnp.int32(23)
    v36 = jax.lax.shift_left(v13, v35)
    v37 = jax.lax.bitcast_convert_type(v34, jnp.int32)
    v38 = v37 + v36
    v39 = jnp.int32(0x4a800000)
    v40 = v38 + v39
    v41 = jax.lax.bitcast_convert_type(v40, jnp.float32)
    v42 = jnp.float32(float.fromhex('0x1p+23'))
    v43 = v41 + v42
    v44 = jax.lax.bitcast_convert_type(v43, jnp.int32)
    v45 = jnp.int32(0x4b000000)
    v46 = v44 - v45
    v47 = v38 < v46
    v48 = jnp.where(v47, v46, v38)
    v49 = jnp.int32(0x7f800000)
    v50 = v48 < v49
    v51 = jnp.where(v50, v48, v49)
    v52 = v12 - v12
    v53 = jax.lax.bitcast_convert_type(v52, jnp.int32)
    v54 = v51 | v53
    v55 = jax.lax.bitcast_convert_type(v54, jnp.float32)
    v56 = v55 + v32
    v57 = jax.lax.bitcast_convert_type(v56, jnp.int32)
    v58 = jnp.int32(0)
    v59 = v58 < v57
    v60 = jnp.int32(0x800000)
    v61 = v57 < v60
    v62 = v59 & v61
    v63 = v57 < v49
    v64 = v59 & v63
    v65 = v57.astype(jnp.float32)
    v66 = jax.lax.bitcast_convert_type(v65, jnp.int32)
    v67 = jnp.where(v62, v66, v57)
    v68 = jnp.int32(0x3f3504f3)
    v69 = v67 - v68
    v70 = jax.lax.shift_right_arithmetic(v69, v35)
    v71 = jnp.int32(-149)
    v72 = jnp.where(v62, v71, v58)
    v73 = v70 + v72
    v74 = jnp.int32(0x7fffff)
    v75 = v69 & v74
    v76 = v75 + v68
    v77 = jax.lax.bitcast_convert_type(v76, jnp.float32)
    v78 = v77 - v32
    v79 = v73 == v58
    v80 = jnp.where(v79, v55, v78)
    k32 = _const(float.fromhex('0x1p+0'), ok)
    v81 = v56 - k32
    v82 = v55 - v81
    v83 = v82 / v56
    v84 = jnp.float32(float.fromhex('0x0p+0'))
    v85 = jnp.where(v79, v84, v83)
    v86 = v80 * v80
    v90 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v87 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v97 = v87 * v86 + v90  # fma
    v92 = jnp.float32(float.fromhex('-0x1.5559dep-3'))
    v98 = v97 * v86 + v92  # fma
    v94 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v99 = v98 * v86 + v94  # fma
    v89 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v88 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v100 = v88 * v86 + v89  # fma
    v91 = jnp.float32(float.fromhex('0x1.238e72p-3'))
    v101 = v100 * v86 + v91  # fma
    v93 = jnp.float32(float.fromhex('0x1.99a06p-3'))
    v102 = v101 * v86 + v93  # fma
    v103 = v102 * v80 + v99  # fma
    v95 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v104 = v103 * v80 + v95  # fma
    v96 = jnp.float32(float.fromhex('-0x1p-1'))
    v105 = v104 * v80 + v96  # fma
    v106 = v86 * v105
    v107 = v73.astype(jnp.float32)
    v108 = v107 * v20
    v109 = v108 + v85
    v110 = v107 * v17
    v111 = v110 + v80
    v112 = v110 - v111
    v113 = v112 + v80
    k106 = _keep(v106)
    v114 = v109 + k106
    v115 = v113 + v114
    v116 = v111 + v115
    v119 = jnp.int32(-0x80000000)
    v120 = v57 == v119
    v117 = jnp.float32(float('-inf'))
    v118 = jnp.float32(float('nan'))
    v121 = jnp.where(v120, v117, v118)
    v122 = v57 == v58
    v123 = v56 + v56
    v124 = jnp.where(v122, v117, v123)
    v125 = v57 < v58
    v126 = jnp.where(v125, v121, v124)
    v127 = jnp.where(v64, v116, v126)
    v128 = jax.lax.bitcast_convert_type(v55, jnp.int32)
    v129 = jnp.int32(0x7fffffff)
    v130 = v128 & v129
    v131 = v130 < v60
    v132 = jax.lax.bitcast_convert_type(v127, jnp.int32)
    v133 = jnp.where(v131, v128, v132)
    v134 = jax.lax.bitcast_convert_type(v133, jnp.float32)
    v135 = jax.lax.bitcast_convert_type(v134, jnp.int32)
    v136 = x * x
    v138 = jnp.float32(float.fromhex('0x1.67a7b4p-12'))
    v139 = jnp.float32(float.fromhex('-0x1.69172p-16'))
    v140 = v139 * v136 + v138  # fma
    v137 = jnp.float32(float.fromhex('-0x1.553aa2p-8'))
    v141 = v140 * v136 + v137  # fma
    v142 = jnp.float32(float.fromhex('0x1.ffffc4p-4'))
    v143 = v141 * v136 + v142  # fma
    v144 = jnp.float32(float.fromhex('0x1p-1'))
    v145 = v143 * x + v144  # fma
    v146 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v147 = v145 * x + v146  # fma
    v148 = jax.lax.bitcast_convert_type(v147, jnp.int32)
    v149 = x + v134
    v150 = jax.lax.bitcast_convert_type(v149, jnp.int32)
    v151 = x < v32
    v152 = jnp.where(v151, v148, v150)
    v2 = jnp.float32(float.fromhex('-0x1p+0'))
    v153 = x < v2
    v154 = jnp.where(v153, v135, v152)
    v155 = jax.lax.bitcast_convert_type(v154, jnp.float32)
    return jnp.broadcast_to(v155, jnp.shape(x)).astype(jnp.float32)


@_evolved_softplusf_full.defjvp
def __evolved_softplusf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_softplusf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + jnp.exp(-_as_float32(x)))


evolved_softplusf = jax.jit(_evolved_softplusf_full)
