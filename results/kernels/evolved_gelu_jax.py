"""Evolved by evolve-float32 from results/runs/gelu (birth 32): gelu kernel on [-1.0, 1.0], cost 23, validation max ULP 0.8259; tail kernel from results/runs/gelu_tail (birth 71) on [1.0, 14.5], cost 14, validation max ULP 3.825 (sampled; see the .json beside this file for the exhaustive figures).

evolved_geluf(x): float32 gelu(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact gelu, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_geluf_tail(x), evolved_geluf_kernel(x): the evolved kernels.

Kernel evolved_geluf_tail (slot tail; constant subexpressions folded):
v0 = x
v1 = const 0x1.ep+0  # 1.875
v2 = sub v0 v1
v3 = const 0x1.95c024p-2  # 0.396240770816803
v4 = const 0x1.9d7976p+6  # 103.36861419677734
v5 = const 0x1.a78376p-3  # 0.20679371058940887
v6 = mul v0 v0
v7 = fma v5 v6 v4
v8 = fma v3 v0 v7
v9 = const 0x1.a5ff66p+9  # 843.9953002929688
v10 = fma v8 v0 v9
v11 = const 0x1.6ec4cep+11  # 2934.150146484375
v12 = fma v10 v0 v11
v13 = const 0x1.458b98p+12  # 5208.724609375
v14 = fma v12 v0 v13
v15 = const 0x1.f7007cp+8  # 503.00189208984375
v16 = fma v0 v0 v15
v17 = const 0x1.863308p+11  # 3121.5947265625
v18 = fma v16 v0 v17
v19 = const 0x1.2e68e8p+13  # 9677.11328125
v20 = fma v18 v0 v19
v21 = const 0x1.d65fb8p+13  # 15051.96484375
v22 = fma v20 v0 v21
v23 = const 0x1.314c78p+13  # 9769.55859375
v24 = fma v22 v0 v23
v25 = div v14 v24
v26 = mul v2 v25
return v26

Kernel evolved_geluf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const -0x1p+0  # -1.0
v3 = mul v1 v2
v4 = fma v0 v0 v3
v5 = mul v1 v1
v6 = const -0x1.fa0a32p-18  # -7.540581009379821e-06
v7 = const 0x1.dac6c6p-14  # 0.0001131955286837183
v8 = fma v6 v1 v7
v9 = const -0x1.36eb4cp-10  # -0.0011860623490065336
v10 = fma v8 v1 v9
v11 = const 0x1.46cd7cp-7  # 0.009973226115107536
v12 = fma v10 v1 v11
v13 = const -0x1.10583p-4  # -0.06649035215377808
v14 = fma v12 v1 v13
v15 = add v1 v1
v16 = const 0x1.988454p-2  # 0.3989422917366028
v17 = fma v15 v14 v16
v18 = const -0x1.857936p-27  # -1.1335170135851058e-08
v19 = mul v1 v18
v20 = fma v4 v17 v19
v21 = const 0x1p-1  # 0.5
v22 = mul v0 v21
v23 = mul v1 v16
v24 = mul v23 v2
v25 = fma v1 v16 v24
v26 = add v22 v23
v27 = sub v26 v22
v28 = sub v23 v27
v29 = add v28 v25
v30 = add v29 v20
v31 = fma v5 v14 v30
v32 = add v26 v31
return v32

Full-range template (kernel slots called by name):
v0 = x
v1 = bits_f2i v0
v2 = const -0x1p+0  # -1.0
v3 = iconst -2147483648  # 0x80000000
v4 = abs v0
v5 = const 0x1p+15  # 32768.0
v6 = add v4 v5
v7 = sub v6 v5
v8 = sub v7 v4
v9 = add v7 v4
v10 = mul v8 v9
v11 = const 0x1p-1  # 0.5
v12 = mul v10 v11
v13 = const 0x1.5a0908p+5  # 43.25440979003906
v14 = mul v7 v7
v15 = mul v14 v11
v16 = sub v13 v15
v17 = const 0x1.715476p+0  # 1.4426950216293335
v18 = mul v16 v17
v19 = const 0x1.5c01a2p-4  # 0.08496249467134476
v20 = sub v18 v19
v21 = const 0x1.8p+23  # 12582912.0
v22 = add v20 v21
v23 = sub v22 v21
v24 = const 0x1.62e4p-1  # 0.693145751953125
v25 = mul v23 v24
v26 = sub v16 v25
v27 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v28 = const -0x1.7f7dp-20  # -1.428605173714459e-06
v29 = fma v23 v28 v26
v30 = const -0x1.803542p-20  # -1.4312864777821233e-06
v31 = sub v26 v29
v32 = fma v23 v28 v31
v33 = add v30 v32
v34 = add v12 v33
v35 = mul v34 v34
v36 = const 0x1.555556p-3  # 0.1666666716337204
v37 = const 0x1.555556p-5  # 0.0416666679084301
v38 = mul v34 v37
v39 = add v36 v38
v40 = mul v34 v39
v41 = add v11 v40
v42 = fma v35 v41 v34
v43 = mul v29 v17
v44 = sub v43 v19
v45 = rint_small v44
v46 = mul_exact v45 v24
v47 = sub v29 v46
v48 = mul_exact v45 v27
v49 = sub v47 v48
v50 = mul v49 v49
v51 = const 0x1.b464e6p-13  # 0.00020808893896173686
v52 = const 0x1.6d0c56p-10  # 0.0013925483217462897
v53 = fma v51 v49 v52
v54 = const 0x1.110762p-7  # 0.008332178927958012
v55 = fma v53 v49 v54
v56 = const 0x1.5554fap-5  # 0.04166649654507637
v57 = fma v55 v49 v56
v58 = const 0x1.55555ap-3  # 0.16666670143604279
v59 = fma v57 v49 v58
v60 = fma v59 v49 v11
v61 = fma v50 v60 v49
v62 = add v45 v21
v63 = bits_f2i v62
v64 = iconst 1262485504  # 0x4b400000
v65 = sub_i v63 v64
v66 = iconst 127
v67 = add_i v65 v66
v68 = iconst 23
v69 = shl_i v67 v68
v70 = bits_i2f v69
v71 = const 0x1p+0  # 1.0
v72 = sub v70 v71
v73 = fma v70 v61 v72
v74 = bits_f2i v73
v75 = bits_i2f v74
v76 = kernel tail v4
v77 = fma v76 v42 v42
v78 = add v76 v77
v79 = fma v78 v75 v78
v80 = add v75 v79
v81 = add v71 v80
v82 = add v23 v21
v83 = bits_f2i v82
v84 = shl_i v83 v68
v85 = iconst 1065353216  # 0x3f800000
v86 = add_i v84 v85
v87 = bits_i2f v86
v88 = mul v81 v87
v89 = mul v88 v2
v90 = bits_f2i v89
v91 = iconst 2147483647  # 0x7fffffff
v92 = and_i v90 v91
v93 = iconst -536870912  # 0xe0000000
v94 = add_i v92 v93
v95 = iconst 1249902592  # 0x4a800000
v96 = add_i v94 v95
v97 = bits_i2f v96
v98 = const 0x1p+23  # 8388608.0
v99 = add v97 v98
v100 = bits_f2i v99
v101 = iconst 1258291200  # 0x4b000000
v102 = sub_i v100 v101
v103 = iconst 8388608  # 0x00800000
v104 = lt_i v94 v103
v105 = select_i v104 v102 v94
v106 = iconst 2139095040  # 0x7f800000
v107 = lt_i v92 v106
v108 = select_i v107 v105 v92
v109 = iconst -2147483648  # 0x80000000
v110 = and_i v90 v109
v111 = or_i v108 v110
v112 = bits_i2f v111
v113 = bits_f2i v112
v114 = kernel core v0
v115 = bits_f2i v114
v116 = mul v0 v98
v117 = bits_f2i v116
v118 = and_i v117 v91
v119 = iconst -201326592  # 0xf4000000
v120 = add_i v118 v119
v121 = add_i v120 v95
v122 = bits_i2f v121
v123 = add v122 v98
v124 = bits_f2i v123
v125 = sub_i v124 v101
v126 = lt_i v120 v103
v127 = select_i v126 v125 v120
v128 = lt_i v118 v106
v129 = select_i v128 v127 v118
v130 = and_i v117 v109
v131 = or_i v129 v130
v132 = bits_i2f v131
v133 = bits_f2i v132
v134 = bits_f2i v88
v135 = and_i v134 v91
v136 = add_i v135 v93
v137 = add_i v136 v95
v138 = bits_i2f v137
v139 = add v138 v98
v140 = bits_f2i v139
v141 = sub_i v140 v101
v142 = lt_i v136 v103
v143 = select_i v142 v141 v136
v144 = lt_i v135 v106
v145 = select_i v144 v143 v135
v146 = and_i v134 v109
v147 = or_i v145 v146
v148 = bits_i2f v147
v149 = sub v0 v148
v150 = bits_f2i v149
v151 = const 0x1.8p+2  # 6.0
v152 = lt v0 v151
v153 = select_i v152 v150 v1
v154 = lt v0 v71
v155 = select_i v154 v115 v153
v156 = const 0x1p-26  # 1.4901161193847656e-08
v157 = lt v0 v156
v158 = select_i v157 v133 v155
v159 = const -0x1p-26  # -1.4901161193847656e-08
v160 = lt v0 v159
v161 = select_i v160 v115 v158
v162 = lt v0 v2
v163 = select_i v162 v113 v161
v164 = const -0x1.dp+3  # -14.5
v165 = lt v0 v164
v166 = select_i v165 v3 v163
v167 = and_i v1 v91
v168 = i2f v167
v169 = const -0x1p-1  # -0.5
v170 = mul v168 v169
v171 = rint_small v170
v172 = add v171 v21
v173 = bits_f2i v172
v174 = sub_i v173 v64
v175 = add_i v167 v174
v176 = and_i v1 v109
v177 = or_i v175 v176
v178 = lt_i v167 v103
v179 = select_i v178 v177 v166
v180 = bits_i2f v179
v181 = eq_i v1 v109
v182 = const -0x0p+0  # -0.0
v183 = select v181 v182 v180
return v183

Generated float32 kernel evolved_geluf_tail(x): elementwise, jitted.

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
    v1 = const 0x1.ep+0  # 1.875
    v2 = sub v0 v1
    v3 = const 0x1.95c024p-2  # 0.396240770816803
    v4 = const 0x1.9d7976p+6  # 103.36861419677734
    v5 = const 0x1.a78376p-3  # 0.20679371058940887
    v6 = mul v0 v0
    v7 = fma v5 v6 v4
    v8 = fma v3 v0 v7
    v9 = const 0x1.a5ff66p+9  # 843.9953002929688
    v10 = fma v8 v0 v9
    v11 = const 0x1.6ec4cep+11  # 2934.150146484375
    v12 = fma v10 v0 v11
    v13 = const 0x1.458b98p+12  # 5208.724609375
    v14 = fma v12 v0 v13
    v15 = const 0x1.f7007cp+8  # 503.00189208984375
    v16 = fma v0 v0 v15
    v17 = const 0x1.863308p+11  # 3121.5947265625
    v18 = fma v16 v0 v17
    v19 = const 0x1.2e68e8p+13  # 9677.11328125
    v20 = fma v18 v0 v19
    v21 = const 0x1.d65fb8p+13  # 15051.96484375
    v22 = fma v20 v0 v21
    v23 = const 0x1.314c78p+13  # 9769.55859375
    v24 = fma v22 v0 v23
    v25 = div v14 v24
    v26 = mul v2 v25
    return v26
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
def evolved_geluf_tail(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('0x1.ep+0'))
    v2 = x - v1
    v6 = x * x
    v4 = jnp.float32(float.fromhex('0x1.9d7976p+6'))
    v5 = jnp.float32(float.fromhex('0x1.a78376p-3'))
    v7 = v5 * v6 + v4  # fma
    v3 = jnp.float32(float.fromhex('0x1.95c024p-2'))
    v8 = v3 * x + v7  # fma
    v9 = jnp.float32(float.fromhex('0x1.a5ff66p+9'))
    v10 = v8 * x + v9  # fma
    v11 = jnp.float32(float.fromhex('0x1.6ec4cep+11'))
    v12 = v10 * x + v11  # fma
    v13 = jnp.float32(float.fromhex('0x1.458b98p+12'))
    v14 = v12 * x + v13  # fma
    v15 = jnp.float32(float.fromhex('0x1.f7007cp+8'))
    a16 = _keep_apart(x, 1)
    v16 = a16 * x + v15  # fma
    v17 = jnp.float32(float.fromhex('0x1.863308p+11'))
    v18 = v16 * x + v17  # fma
    v19 = jnp.float32(float.fromhex('0x1.2e68e8p+13'))
    v20 = v18 * x + v19  # fma
    v21 = jnp.float32(float.fromhex('0x1.d65fb8p+13'))
    v22 = v20 * x + v21  # fma
    v23 = jnp.float32(float.fromhex('0x1.314c78p+13'))
    v24 = v22 * x + v23  # fma
    v25 = v14 / v24
    v26 = v2 * v25
    return jnp.broadcast_to(v26, jnp.shape(x)).astype(jnp.float32)


@jax.jit
def evolved_geluf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    k2 = _const(float.fromhex('-0x1p+0'), ok)
    v3 = v1 * k2
    k3 = _keep(v3)
    a4 = _keep_apart(x, 1)
    v4 = a4 * x + k3  # fma
    v5 = v1 * v1
    v7 = jnp.float32(float.fromhex('0x1.dac6c6p-14'))
    v6 = jnp.float32(float.fromhex('-0x1.fa0a32p-18'))
    v8 = v6 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.36eb4cp-10'))
    v10 = v8 * v1 + v9  # fma
    v11 = jnp.float32(float.fromhex('0x1.46cd7cp-7'))
    v12 = v10 * v1 + v11  # fma
    v13 = jnp.float32(float.fromhex('-0x1.10583p-4'))
    v14 = v12 * v1 + v13  # fma
    k1 = _keep(v1)
    v15 = k1 + k1
    v16 = jnp.float32(float.fromhex('0x1.988454p-2'))
    v17 = v15 * v14 + v16  # fma
    v18 = jnp.float32(float.fromhex('-0x1.857936p-27'))
    v19 = v1 * v18
    k19 = _keep(v19)
    v20 = v4 * v17 + k19  # fma
    v21 = jnp.float32(float.fromhex('0x1p-1'))
    v22 = x * v21
    v23 = v1 * v16
    k23 = _keep(v23)
    v24 = k23 * k2
    k24 = _keep(v24)
    a25 = _keep_apart(v1, 2)
    v25 = a25 * v16 + k24  # fma
    k22 = _keep(v22)
    v26 = k22 + k23
    v27 = v26 - k22
    v28 = k23 - v27
    v29 = v28 + v25
    v30 = v29 + v20
    v31 = v5 * v14 + v30  # fma
    v32 = v26 + v31
    return jnp.broadcast_to(v32, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_geluf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v4 = jnp.abs(x)
    v5 = jnp.float32(float.fromhex('0x1p+15'))
    v6 = v4 + v5
    k5 = _const(float.fromhex('0x1p+15'), ok)
    v7 = v6 - k5
    v8 = v7 - v4
    v9 = v7 + v4
    v10 = v8 * v9
    v11 = jnp.float32(float.fromhex('0x1p-1'))
    v12 = v10 * v11
    v14 = v7 * v7
    v15 = v14 * v11
    v13 = jnp.float32(float.fromhex('0x1.5a0908p+5'))
    k15 = _keep(v15)
    v16 = v13 - k15
    v17 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v18 = v16 * v17
    k18 = _keep(v18)
    v19 = jnp.float32(float.fromhex('0x1.5c01a2p-4'))
    v20 = k18 - v19
    k21 = _const(float.fromhex('0x1.8p+23'), ok)
    v22 = v20 + k21
    v23 = v22 - k21
    v24 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v25 = v23 * v24
    k25 = _keep(v25)
    v26 = v16 - k25
    a29 = _keep_apart(v23, 1)
    v28 = jnp.float32(float.fromhex('-0x1.7f7dp-20'))
    v29 = a29 * v28 + v26  # fma
    v31 = v26 - v29
    a32 = _keep_apart(v23, 2)
    v32 = a32 * v28 + v31  # fma
    v30 = jnp.float32(float.fromhex('-0x1.803542p-20'))
    v33 = v30 + v32
    k12 = _keep(v12)
    v34 = k12 + v33
    v35 = v34 * v34
    v37 = jnp.float32(float.fromhex('0x1.555556p-5'))
    v38 = v34 * v37
    v36 = jnp.float32(float.fromhex('0x1.555556p-3'))
    k38 = _keep(v38)
    v39 = v36 + k38
    v40 = v34 * v39
    k40 = _keep(v40)
    v41 = v11 + k40
    v42 = v35 * v41 + v34  # fma
    v43 = v29 * v17
    k43 = _keep(v43)
    v44 = k43 - v19
    v45 = jax.lax.round(v44, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v46 = v45 * v24
    v47 = v29 - v46
    v27 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v48 = v45 * v27
    v49 = v47 - v48
    v50 = v49 * v49
    v52 = jnp.float32(float.fromhex('0x1.6d0c56p-10'))
    v51 = jnp.float32(float.fromhex('0x1.b464e6p-13'))
    v53 = v51 * v49 + v52  # fma
    v54 = jnp.float32(float.fromhex('0x1.110762p-7'))
    v55 = v53 * v49 + v54  # fma
    v56 = jnp.float32(float.fromhex('0x1.5554fap-5'))
    v57 = v55 * v49 + v56  # fma
    v58 = jnp.float32(float.fromhex('0x1.55555ap-3'))
    v59 = v57 * v49 + v58  # fma
    v60 = v59 * v49 + v11  # fma
    v61 = v50 * v60 + v49  # fma
    v21 = jnp.float32(float.fromhex('0x1.8p+23'))
    v62 = v45 + v21
    v63 = jax.lax.bitcast_convert_type(v62, jnp.int32)
    v64 = jnp.int32(0x4b400000)
    v65 = v63 - v64
    v66 = jnp.int32(127)
    v67 = v65 + v66
    v68 = jnp.int32(23)
    v69 = jax.lax.shift_left(v67, v68)
    v70 = jax.lax.bitcast_convert_type(v69, jnp.float32)
    v71 = jnp.float32(float.fromhex('0x1p+0'))
    v72 = v70 - v71
    v73 = v70 * v61 + v72  # fma
    v74 = jax.lax.bitcast_convert_type(v73, jnp.int32)
    v75 = jax.lax.bitcast_convert_type(v74, jnp.float32)
    v76 = jnp.float32(float.fromhex('0x1.ep+0'))
    v77 = v4 - v76
    v81 = v4 * v4
    v79 = jnp.float32(float.fromhex('0x1.9d7976p+6'))
    v80 = jnp.float32(float.fromhex('0x1.a78376p-3'))
    v82 = v80 * v81 + v79  # fma
    v78 = jnp.float32(float.fromhex('0x1.95c024p-2'))
    v83 = v78 * v4 + v82  # fma
    v84 = jnp.float32(float.fromhex('0x1.a5ff66p+9'))
    v85 = v83 * v4 + v84  # fma
    v86 = jnp.float32(float.fromhex('0x1.6ec4cep+11'))
    v87 = v85 * v4 + v86  # fma
    v88 = jnp.float32(float.fromhex('0x1.458b98p+12'))
    v89 = v87 * v4 + v88  # fma
    v90 = jnp.float32(float.fromhex('0x1.f7007cp+8'))
    a91 = _keep_apart(v4, 3)
    v91 = a91 * v4 + v90  # fma
    v92 = jnp.float32(float.fromhex('0x1.863308p+11'))
    v93 = v91 * v4 + v92  # fma
    v94 = jnp.float32(float.fromhex('0x1.2e68e8p+13'))
    v95 = v93 * v4 + v94  # fma
    v96 = jnp.float32(float.fromhex('0x1.d65fb8p+13'))
    v97 = v95 * v4 + v96  # fma
    v98 = jnp.float32(float.fromhex('0x1.314c78p+13'))
    v99 = v97 * v4 + v98  # fma
    v100 = v89 / v99
    v101 = v77 * v100
    v102 = v101 * v42 + v42  # fma
    k101 = _keep(v101)
    v103 = k101 + v102
    v104 = v103 * v75 + v103  # fma
    v105 = v75 + v104
    v106 = v71 + v105
    v107 = v23 + k21
    v108 = jax.lax.bitcast_convert_type(v107, jnp.int32)
    v109 = jax.lax.shift_left(v108, v68)
    v110 = jnp.int32(0x3f800000)
    v111 = v109 + v110
    v112 = jax.lax.bitcast_convert_type(v111, jnp.float32)
    v113 = v106 * v112
    k2 = _const(float.fromhex('-0x1p+0'), ok)
    v114 = v113 * k2
    v115 = jax.lax.bitcast_convert_type(v114, jnp.int32)
    v116 = jnp.int32(0x7fffffff)
    v117 = v115 & v116
    v118 = jnp.int32(-0x20000000)
    v119 = v117 + v118
    v120 = jnp.int32(0x4a800000)
    v121 = v119 + v120
    v122 = jax.lax.bitcast_convert_type(v121, jnp.float32)
    v123 = jnp.float32(float.fromhex('0x1p+23'))
    v124 = v122 + v123
    v125 = jax.lax.bitcast_convert_type(v124, jnp.int32)
    v126 = jnp.int32(0x4b000000)
    v127 = v125 - v126
    v128 = jnp.int32(0x800000)
    v129 = v119 < v128
    v130 = jnp.where(v129, v127, v119)
    v131 = jnp.int32(0x7f800000)
    v132 = v117 < v131
    v133 = jnp.where(v132, v130, v117)
    v134 = jnp.int32(-0x80000000)
    v135 = v115 & v134
    v136 = v133 | v135
    v137 = jax.lax.bitcast_convert_type(v136, jnp.float32)
    v138 = jax.lax.bitcast_convert_type(v137, jnp.int32)
    v139 = x * x
    k140 = _const(float.fromhex('-0x1p+0'), ok)
    v141 = v139 * k140
    k141 = _keep(v141)
    a142 = _keep_apart(x, 4)
    v142 = a142 * x + k141  # fma
    v143 = v139 * v139
    v145 = jnp.float32(float.fromhex('0x1.dac6c6p-14'))
    v144 = jnp.float32(float.fromhex('-0x1.fa0a32p-18'))
    v146 = v144 * v139 + v145  # fma
    v147 = jnp.float32(float.fromhex('-0x1.36eb4cp-10'))
    v148 = v146 * v139 + v147  # fma
    v149 = jnp.float32(float.fromhex('0x1.46cd7cp-7'))
    v150 = v148 * v139 + v149  # fma
    v151 = jnp.float32(float.fromhex('-0x1.10583p-4'))
    v152 = v150 * v139 + v151  # fma
    k139 = _keep(v139)
    v153 = k139 + k139
    v154 = jnp.float32(float.fromhex('0x1.988454p-2'))
    v155 = v153 * v152 + v154  # fma
    v156 = jnp.float32(float.fromhex('-0x1.857936p-27'))
    v157 = v139 * v156
    k157 = _keep(v157)
    v158 = v142 * v155 + k157  # fma
    v159 = jnp.float32(float.fromhex('0x1p-1'))
    v160 = x * v159
    v161 = v139 * v154
    k161 = _keep(v161)
    v162 = k161 * k140
    k162 = _keep(v162)
    a163 = _keep_apart(v139, 5)
    v163 = a163 * v154 + k162  # fma
    k160 = _keep(v160)
    v164 = k160 + k161
    v165 = v164 - k160
    v166 = k161 - v165
    v167 = v166 + v163
    v168 = v167 + v158
    v169 = v143 * v152 + v168  # fma
    v170 = v164 + v169
    v171 = jax.lax.bitcast_convert_type(v170, jnp.int32)
    v172 = x * v123
    v173 = jax.lax.bitcast_convert_type(v172, jnp.int32)
    v174 = v173 & v116
    v175 = jnp.int32(-0xc000000)
    v176 = v174 + v175
    v177 = v176 + v120
    v178 = jax.lax.bitcast_convert_type(v177, jnp.float32)
    v179 = v178 + v123
    v180 = jax.lax.bitcast_convert_type(v179, jnp.int32)
    v181 = v180 - v126
    v182 = v176 < v128
    v183 = jnp.where(v182, v181, v176)
    v184 = v174 < v131
    v185 = jnp.where(v184, v183, v174)
    v186 = v173 & v134
    v187 = v185 | v186
    v188 = jax.lax.bitcast_convert_type(v187, jnp.float32)
    v189 = jax.lax.bitcast_convert_type(v188, jnp.int32)
    v190 = jax.lax.bitcast_convert_type(v113, jnp.int32)
    v191 = v190 & v116
    v192 = v191 + v118
    v193 = v192 + v120
    v194 = jax.lax.bitcast_convert_type(v193, jnp.float32)
    v195 = v194 + v123
    v196 = jax.lax.bitcast_convert_type(v195, jnp.int32)
    v197 = v196 - v126
    v198 = v192 < v128
    v199 = jnp.where(v198, v197, v192)
    v200 = v191 < v131
    v201 = jnp.where(v200, v199, v191)
    v202 = v190 & v134
    v203 = v201 | v202
    v204 = jax.lax.bitcast_convert_type(v203, jnp.float32)
    v205 = x - v204
    v206 = jax.lax.bitcast_convert_type(v205, jnp.int32)
    v207 = jnp.float32(float.fromhex('0x1.8p+2'))
    v208 = x < v207
    v209 = jnp.where(v208, v206, v1)
    v210 = x < v71
    v211 = jnp.where(v210, v171, v209)
    v212 = jnp.float32(float.fromhex('0x1p-26'))
    v213 = x < v212
    v214 = jnp.where(v213, v189, v211)
    v215 = jnp.float32(float.fromhex('-0x1p-26'))
    v216 = x < v215
    v217 = jnp.where(v216, v171, v214)
    v2 = jnp.float32(float.fromhex('-0x1p+0'))
    v218 = x < v2
    v219 = jnp.where(v218, v138, v217)
    v220 = jnp.float32(float.fromhex('-0x1.dp+3'))
    v221 = x < v220
    v3 = jnp.int32(-0x80000000)
    v222 = jnp.where(v221, v3, v219)
    v223 = v1 & v116
    v224 = v223.astype(jnp.float32)
    v225 = jnp.float32(float.fromhex('-0x1p-1'))
    v226 = v224 * v225
    v227 = jax.lax.round(v226, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v228 = v227 + v21
    v229 = jax.lax.bitcast_convert_type(v228, jnp.int32)
    v230 = v229 - v64
    v231 = v223 + v230
    v232 = v1 & v134
    v233 = v231 | v232
    v234 = v223 < v128
    v235 = jnp.where(v234, v233, v222)
    v236 = jax.lax.bitcast_convert_type(v235, jnp.float32)
    v237 = v1 == v134
    v238 = jnp.float32(float.fromhex('-0x0p+0'))
    v239 = jnp.where(v237, v238, v236)
    return jnp.broadcast_to(v239, jnp.shape(x)).astype(jnp.float32)


@_evolved_geluf_full.defjvp
def __evolved_geluf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_geluf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, (0.5 * jax.lax.erfc(-0.70710677 * _as_float32(x)) + 0.3989423 * _as_float32(x) * jnp.exp(-0.5 * jnp.square(_as_float32(x)))) * t


evolved_geluf = jax.jit(_evolved_geluf_full)
