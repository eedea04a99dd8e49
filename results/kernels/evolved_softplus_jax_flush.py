"""Evolved by evolve-float32 from results/runs/softplus (birth 2093): softplus kernel on [-1.0, 1.0], cost 6, validation max ULP 1.066 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_softplusf(x): float32 softplus(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact softplus, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_softplusf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

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
v39 = iconst 0
v40 = iconst 8388608  # 0x00800000
v41 = lt_i v38 v40
v42 = select_i v41 v39 v38
v43 = iconst 2139095040  # 0x7f800000
v44 = lt_i v42 v43
v45 = select_i v44 v42 v43
v46 = sub v12 v12
v47 = bits_f2i v46
v48 = or_i v45 v47
v49 = bits_i2f v48
v50 = add v49 v32
v51 = bits_f2i v50
v52 = iconst 8388607  # 0x007fffff
v53 = lt_i v52 v51
v54 = lt_i v51 v43
v55 = and_b v53 v54
v56 = iconst 1060439283  # 0x3f3504f3
v57 = sub_i v51 v56
v58 = sra_i v57 v35
v59 = and_i v57 v52
v60 = add_i v59 v56
v61 = bits_i2f v60
v62 = sub v61 v32
v63 = eq_i v58 v39
v64 = select v63 v49 v62
v65 = sub v50 v32
v66 = sub v49 v65
v67 = div v66 v50
v68 = const 0x0p+0  # 0.0
v69 = select v63 v68 v67
v70 = mul v64 v64
v71 = const -0x1.d79ea2p-4  # -0.11514151841402054
v72 = const 0x1.15a76ep-4  # 0.06778662651777267
v73 = const 0x1.e2b0eap-4  # 0.11784449964761734
v74 = const -0x1.fced1cp-4  # -0.12424956262111664
v75 = const 0x1.238e72p-3  # 0.14236153662204742
v76 = const -0x1.5559dep-3  # -0.16667531430721283
v77 = const 0x1.99a06p-3  # 0.2000129222869873
v78 = const -0x1.000004p-2  # -0.2500000596046448
v79 = const 0x1.55555p-2  # 0.33333325386047363
v80 = const -0x1p-1  # -0.5
v81 = fma v71 v70 v74
v82 = fma v81 v70 v76
v83 = fma v82 v70 v78
v84 = fma v72 v70 v73
v85 = fma v84 v70 v75
v86 = fma v85 v70 v77
v87 = fma v86 v64 v83
v88 = fma v87 v64 v79
v89 = fma v88 v64 v80
v90 = mul v70 v89
v91 = i2f v58
v92 = mul_exact v91 v20
v93 = add v92 v69
v94 = mul_exact v91 v17
v95 = add v94 v64
v96 = sub v94 v95
v97 = add v96 v64
v98 = add v93 v90
v99 = add v97 v98
v100 = add v95 v99
v101 = const -inf  # -inf
v102 = const nan  # nan
v103 = iconst 2147483647  # 0x7fffffff
v104 = and_i v51 v103
v105 = lt_i v104 v40
v106 = lt_i v51 v39
v107 = add v50 v50
v108 = select v106 v102 v107
v109 = select v105 v101 v108
v110 = select v55 v100 v109
v111 = bits_f2i v49
v112 = and_i v111 v103
v113 = lt_i v112 v40
v114 = bits_f2i v110
v115 = select_i v113 v111 v114
v116 = bits_i2f v115
v117 = bits_f2i v116
v118 = kernel core v0
v119 = bits_f2i v118
v120 = add v0 v116
v121 = bits_f2i v120
v122 = lt v0 v32
v123 = select_i v122 v119 v121
v124 = lt v0 v2
v125 = select_i v124 v117 v123
v126 = bits_i2f v125
return v126

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
    v40 = jnp.int32(0x800000)
    v41 = v38 < v40
    v39 = jnp.int32(0)
    v42 = jnp.where(v41, v39, v38)
    v43 = jnp.int32(0x7f800000)
    v44 = v42 < v43
    v45 = jnp.where(v44, v42, v43)
    v46 = v12 - v12
    v47 = jax.lax.bitcast_convert_type(v46, jnp.int32)
    v48 = v45 | v47
    v49 = jax.lax.bitcast_convert_type(v48, jnp.float32)
    v50 = v49 + v32
    v51 = jax.lax.bitcast_convert_type(v50, jnp.int32)
    v52 = jnp.int32(0x7fffff)
    v53 = v52 < v51
    v54 = v51 < v43
    v55 = v53 & v54
    v56 = jnp.int32(0x3f3504f3)
    v57 = v51 - v56
    v58 = jax.lax.shift_right_arithmetic(v57, v35)
    v59 = v57 & v52
    v60 = v59 + v56
    v61 = jax.lax.bitcast_convert_type(v60, jnp.float32)
    v62 = v61 - v32
    v63 = v58 == v39
    v64 = jnp.where(v63, v49, v62)
    k32 = _const(float.fromhex('0x1p+0'), ok)
    v65 = v50 - k32
    v66 = v49 - v65
    v67 = v66 / v50
    v68 = jnp.float32(float.fromhex('0x0p+0'))
    v69 = jnp.where(v63, v68, v67)
    v70 = v64 * v64
    v74 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v71 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v81 = v71 * v70 + v74  # fma
    v76 = jnp.float32(float.fromhex('-0x1.5559dep-3'))
    v82 = v81 * v70 + v76  # fma
    v78 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v83 = v82 * v70 + v78  # fma
    v73 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v72 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v84 = v72 * v70 + v73  # fma
    v75 = jnp.float32(float.fromhex('0x1.238e72p-3'))
    v85 = v84 * v70 + v75  # fma
    v77 = jnp.float32(float.fromhex('0x1.99a06p-3'))
    v86 = v85 * v70 + v77  # fma
    v87 = v86 * v64 + v83  # fma
    v79 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v88 = v87 * v64 + v79  # fma
    v80 = jnp.float32(float.fromhex('-0x1p-1'))
    v89 = v88 * v64 + v80  # fma
    v90 = v70 * v89
    v91 = v58.astype(jnp.float32)
    v92 = v91 * v20
    v93 = v92 + v69
    v94 = v91 * v17
    v95 = v94 + v64
    v96 = v94 - v95
    v97 = v96 + v64
    k90 = _keep(v90)
    v98 = v93 + k90
    v99 = v97 + v98
    v100 = v95 + v99
    v103 = jnp.int32(0x7fffffff)
    v104 = v51 & v103
    v105 = v104 < v40
    v106 = v51 < v39
    v107 = v50 + v50
    v102 = jnp.float32(float('nan'))
    v108 = jnp.where(v106, v102, v107)
    v101 = jnp.float32(float('-inf'))
    v109 = jnp.where(v105, v101, v108)
    v110 = jnp.where(v55, v100, v109)
    v111 = jax.lax.bitcast_convert_type(v49, jnp.int32)
    v112 = v111 & v103
    v113 = v112 < v40
    v114 = jax.lax.bitcast_convert_type(v110, jnp.int32)
    v115 = jnp.where(v113, v111, v114)
    v116 = jax.lax.bitcast_convert_type(v115, jnp.float32)
    v117 = jax.lax.bitcast_convert_type(v116, jnp.int32)
    v118 = x * x
    v120 = jnp.float32(float.fromhex('0x1.67a7b4p-12'))
    v121 = jnp.float32(float.fromhex('-0x1.69172p-16'))
    v122 = v121 * v118 + v120  # fma
    v119 = jnp.float32(float.fromhex('-0x1.553aa2p-8'))
    v123 = v122 * v118 + v119  # fma
    v124 = jnp.float32(float.fromhex('0x1.ffffc4p-4'))
    v125 = v123 * v118 + v124  # fma
    v126 = jnp.float32(float.fromhex('0x1p-1'))
    v127 = v125 * x + v126  # fma
    v128 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v129 = v127 * x + v128  # fma
    v130 = jax.lax.bitcast_convert_type(v129, jnp.int32)
    v131 = x + v116
    v132 = jax.lax.bitcast_convert_type(v131, jnp.int32)
    v133 = x < v32
    v134 = jnp.where(v133, v130, v132)
    v2 = jnp.float32(float.fromhex('-0x1p+0'))
    v135 = x < v2
    v136 = jnp.where(v135, v117, v134)
    v137 = jax.lax.bitcast_convert_type(v136, jnp.float32)
    return jnp.broadcast_to(v137, jnp.shape(x)).astype(jnp.float32)


@_evolved_softplusf_full.defjvp
def __evolved_softplusf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_softplusf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + jnp.exp(-_as_float32(x)))


evolved_softplusf = jax.jit(_evolved_softplusf_full)
