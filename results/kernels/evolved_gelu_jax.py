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
v43 = const -0x1.ap+6  # -104.0
v44 = const 0x1.64p+6  # 89.0
v45 = lt v29 v43
v46 = select v45 v43 v29
v47 = lt v44 v46
v48 = select v47 v44 v46
v49 = mul v48 v17
v50 = sub v49 v19
v51 = rint_small v50
v52 = mul_exact v51 v24
v53 = sub v48 v52
v54 = mul_exact v51 v27
v55 = sub v53 v54
v56 = mul v55 v55
v57 = const 0x1.b464e6p-13  # 0.00020808893896173686
v58 = const 0x1.6d0c56p-10  # 0.0013925483217462897
v59 = fma v57 v55 v58
v60 = const 0x1.110762p-7  # 0.008332178927958012
v61 = fma v59 v55 v60
v62 = const 0x1.5554fap-5  # 0.04166649654507637
v63 = fma v61 v55 v62
v64 = const 0x1.55555ap-3  # 0.16666670143604279
v65 = fma v63 v55 v64
v66 = fma v65 v55 v11
v67 = fma v56 v66 v55
v68 = add v51 v21
v69 = bits_f2i v68
v70 = iconst 1262485504  # 0x4b400000
v71 = sub_i v69 v70
v72 = iconst -26
v73 = lt_i v71 v72
v74 = select_i v73 v72 v71
v75 = iconst 127
v76 = add_i v74 v75
v77 = iconst 23
v78 = shl_i v76 v77
v79 = bits_i2f v78
v80 = iconst 126
v81 = add_i v74 v80
v82 = shl_i v81 v77
v83 = bits_i2f v82
v84 = const 0x1p+0  # 1.0
v85 = fma v79 v67 v79
v86 = sub v85 v84
v87 = sub v79 v84
v88 = fma v79 v67 v87
v89 = const -0x1p-1  # -0.5
v90 = fma v83 v67 v89
v91 = add v83 v90
v92 = const 0x1p+1  # 2.0
v93 = mul v91 v92
v94 = iconst -24
v95 = lt_i v74 v94
v96 = iconst 25
v97 = lt_i v74 v96
v98 = select v97 v88 v93
v99 = select v95 v86 v98
v100 = eq v29 v29
v101 = add v29 v29
v102 = select v100 v99 v101
v103 = bits_f2i v29
v104 = iconst 2147483647  # 0x7fffffff
v105 = and_i v103 v104
v106 = iconst 8388608  # 0x00800000
v107 = lt_i v105 v106
v108 = bits_f2i v102
v109 = select_i v107 v103 v108
v110 = bits_i2f v109
v111 = kernel tail v4
v112 = fma v111 v42 v42
v113 = add v111 v112
v114 = fma v113 v110 v113
v115 = add v110 v114
v116 = add v84 v115
v117 = const -0x1.2ep+7  # -151.0
v118 = const 0x1p+7  # 128.0
v119 = lt v23 v117
v120 = select v119 v117 v23
v121 = lt v118 v120
v122 = select v121 v118 v120
v123 = rint_small v122
v124 = sub v122 v123
v125 = const 0x1.92ac98p-8  # 0.006144320592284203
v126 = const 0x1.10855ep-3  # 0.13306687772274017
v127 = fma v125 v124 v126
v128 = const -0x1.272a16p+1  # -2.30597186088562
v129 = fma v127 v124 v128
v130 = const 0x1.3f5fc8p+3  # 9.98044204711914
v131 = fma v129 v124 v130
v132 = const 0x1.62e43p-1  # 0.6931471824645996
v133 = const 0x1.32e364p+1  # 2.39756441116333
v134 = div v133 v131
v135 = fma v134 v124 v132
v136 = fma v135 v124 v84
v137 = add v123 v21
v138 = bits_f2i v137
v139 = shl_i v138 v77
v140 = bits_f2i v136
v141 = add_i v140 v139
v142 = iconst 1249902592  # 0x4a800000
v143 = add_i v141 v142
v144 = bits_i2f v143
v145 = const 0x1p+23  # 8388608.0
v146 = add v144 v145
v147 = bits_f2i v146
v148 = iconst 1258291200  # 0x4b000000
v149 = sub_i v147 v148
v150 = lt_i v141 v149
v151 = select_i v150 v149 v141
v152 = iconst 2139095040  # 0x7f800000
v153 = lt_i v151 v152
v154 = select_i v153 v151 v152
v155 = sub v137 v137
v156 = bits_f2i v155
v157 = or_i v154 v156
v158 = bits_i2f v157
v159 = mul v116 v158
v160 = mul v159 v2
v161 = bits_f2i v160
v162 = and_i v161 v104
v163 = iconst -536870912  # 0xe0000000
v164 = add_i v162 v163
v165 = add_i v164 v142
v166 = bits_i2f v165
v167 = add v166 v145
v168 = bits_f2i v167
v169 = sub_i v168 v148
v170 = lt_i v164 v106
v171 = select_i v170 v169 v164
v172 = lt_i v162 v152
v173 = select_i v172 v171 v162
v174 = iconst -2147483648  # 0x80000000
v175 = and_i v161 v174
v176 = or_i v173 v175
v177 = bits_i2f v176
v178 = bits_f2i v177
v179 = kernel core v0
v180 = bits_f2i v179
v181 = mul v0 v145
v182 = bits_f2i v181
v183 = and_i v182 v104
v184 = iconst -201326592  # 0xf4000000
v185 = add_i v183 v184
v186 = add_i v185 v142
v187 = bits_i2f v186
v188 = add v187 v145
v189 = bits_f2i v188
v190 = sub_i v189 v148
v191 = lt_i v185 v106
v192 = select_i v191 v190 v185
v193 = lt_i v183 v152
v194 = select_i v193 v192 v183
v195 = and_i v182 v174
v196 = or_i v194 v195
v197 = bits_i2f v196
v198 = bits_f2i v197
v199 = bits_f2i v159
v200 = and_i v199 v104
v201 = add_i v200 v163
v202 = add_i v201 v142
v203 = bits_i2f v202
v204 = add v203 v145
v205 = bits_f2i v204
v206 = sub_i v205 v148
v207 = lt_i v201 v106
v208 = select_i v207 v206 v201
v209 = lt_i v200 v152
v210 = select_i v209 v208 v200
v211 = and_i v199 v174
v212 = or_i v210 v211
v213 = bits_i2f v212
v214 = sub v0 v213
v215 = bits_f2i v214
v216 = const 0x1.8p+2  # 6.0
v217 = lt v0 v216
v218 = select_i v217 v215 v1
v219 = lt v0 v84
v220 = select_i v219 v180 v218
v221 = const 0x1p-26  # 1.4901161193847656e-08
v222 = lt v0 v221
v223 = select_i v222 v198 v220
v224 = const -0x1p-26  # -1.4901161193847656e-08
v225 = lt v0 v224
v226 = select_i v225 v180 v223
v227 = lt v0 v2
v228 = select_i v227 v178 v226
v229 = const -0x1.dp+3  # -14.5
v230 = lt v0 v229
v231 = select_i v230 v3 v228
v232 = and_i v1 v104
v233 = i2f v232
v234 = mul v233 v89
v235 = rint_small v234
v236 = add v235 v21
v237 = bits_f2i v236
v238 = sub_i v237 v70
v239 = add_i v232 v238
v240 = and_i v1 v174
v241 = or_i v239 v240
v242 = lt_i v232 v106
v243 = select_i v242 v241 v231
v244 = bits_i2f v243
v245 = eq_i v1 v174
v246 = const -0x0p+0  # -0.0
v247 = select v245 v246 v244
return v247

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
    v43 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v45 = v29 < v43
    v46 = jnp.where(v45, v43, v29)
    v44 = jnp.float32(float.fromhex('0x1.64p+6'))
    v47 = v44 < v46
    v48 = jnp.where(v47, v44, v46)
    v49 = v48 * v17
    k49 = _keep(v49)
    v50 = k49 - v19
    v51 = jax.lax.round(v50, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v52 = v51 * v24
    v53 = v48 - v52
    v27 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v54 = v51 * v27
    v55 = v53 - v54
    v56 = v55 * v55
    v58 = jnp.float32(float.fromhex('0x1.6d0c56p-10'))
    v57 = jnp.float32(float.fromhex('0x1.b464e6p-13'))
    v59 = v57 * v55 + v58  # fma
    v60 = jnp.float32(float.fromhex('0x1.110762p-7'))
    v61 = v59 * v55 + v60  # fma
    v62 = jnp.float32(float.fromhex('0x1.5554fap-5'))
    v63 = v61 * v55 + v62  # fma
    v64 = jnp.float32(float.fromhex('0x1.55555ap-3'))
    v65 = v63 * v55 + v64  # fma
    v66 = v65 * v55 + v11  # fma
    v67 = v56 * v66 + v55  # fma
    v21 = jnp.float32(float.fromhex('0x1.8p+23'))
    v68 = v51 + v21
    v69 = jax.lax.bitcast_convert_type(v68, jnp.int32)
    v70 = jnp.int32(0x4b400000)
    v71 = v69 - v70
    v72 = jnp.int32(-26)
    v73 = v71 < v72
    v74 = jnp.where(v73, v72, v71)
    v75 = jnp.int32(127)
    v76 = v74 + v75
    v77 = jnp.int32(23)
    v78 = jax.lax.shift_left(v76, v77)
    v79 = jax.lax.bitcast_convert_type(v78, jnp.float32)
    v80 = jnp.int32(126)
    v81 = v74 + v80
    v82 = jax.lax.shift_left(v81, v77)
    v83 = jax.lax.bitcast_convert_type(v82, jnp.float32)
    a85 = _keep_apart(v79, 3)
    v85 = a85 * v67 + v79  # fma
    v84 = jnp.float32(float.fromhex('0x1p+0'))
    v86 = v85 - v84
    v87 = v79 - v84
    a88 = _keep_apart(v79, 4)
    v88 = a88 * v67 + v87  # fma
    v89 = jnp.float32(float.fromhex('-0x1p-1'))
    v90 = v83 * v67 + v89  # fma
    v91 = v83 + v90
    v92 = jnp.float32(float.fromhex('0x1p+1'))
    v93 = v91 * v92
    v94 = jnp.int32(-24)
    v95 = v74 < v94
    v96 = jnp.int32(25)
    v97 = v74 < v96
    v98 = jnp.where(v97, v88, v93)
    v99 = jnp.where(v95, v86, v98)
    v100 = v29 == v29
    v101 = v29 + v29
    v102 = jnp.where(v100, v99, v101)
    v103 = jax.lax.bitcast_convert_type(v29, jnp.int32)
    v104 = jnp.int32(0x7fffffff)
    v105 = v103 & v104
    v106 = jnp.int32(0x800000)
    v107 = v105 < v106
    v108 = jax.lax.bitcast_convert_type(v102, jnp.int32)
    v109 = jnp.where(v107, v103, v108)
    v110 = jax.lax.bitcast_convert_type(v109, jnp.float32)
    v111 = jnp.float32(float.fromhex('0x1.ep+0'))
    v112 = v4 - v111
    v116 = v4 * v4
    v114 = jnp.float32(float.fromhex('0x1.9d7976p+6'))
    v115 = jnp.float32(float.fromhex('0x1.a78376p-3'))
    v117 = v115 * v116 + v114  # fma
    v113 = jnp.float32(float.fromhex('0x1.95c024p-2'))
    v118 = v113 * v4 + v117  # fma
    v119 = jnp.float32(float.fromhex('0x1.a5ff66p+9'))
    v120 = v118 * v4 + v119  # fma
    v121 = jnp.float32(float.fromhex('0x1.6ec4cep+11'))
    v122 = v120 * v4 + v121  # fma
    v123 = jnp.float32(float.fromhex('0x1.458b98p+12'))
    v124 = v122 * v4 + v123  # fma
    v125 = jnp.float32(float.fromhex('0x1.f7007cp+8'))
    a126 = _keep_apart(v4, 5)
    v126 = a126 * v4 + v125  # fma
    v127 = jnp.float32(float.fromhex('0x1.863308p+11'))
    v128 = v126 * v4 + v127  # fma
    v129 = jnp.float32(float.fromhex('0x1.2e68e8p+13'))
    v130 = v128 * v4 + v129  # fma
    v131 = jnp.float32(float.fromhex('0x1.d65fb8p+13'))
    v132 = v130 * v4 + v131  # fma
    v133 = jnp.float32(float.fromhex('0x1.314c78p+13'))
    v134 = v132 * v4 + v133  # fma
    v135 = v124 / v134
    v136 = v112 * v135
    v137 = v136 * v42 + v42  # fma
    k136 = _keep(v136)
    v138 = k136 + v137
    v139 = v138 * v110 + v138  # fma
    v140 = v110 + v139
    v141 = v84 + v140
    v142 = jnp.float32(float.fromhex('-0x1.2ep+7'))
    v144 = v23 < v142
    v145 = jnp.where(v144, v142, v23)
    v143 = jnp.float32(float.fromhex('0x1p+7'))
    v146 = v143 < v145
    v147 = jnp.where(v146, v143, v145)
    v148 = jax.lax.round(v147, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v149 = v147 - v148
    v151 = jnp.float32(float.fromhex('0x1.10855ep-3'))
    v150 = jnp.float32(float.fromhex('0x1.92ac98p-8'))
    v152 = v150 * v149 + v151  # fma
    v153 = jnp.float32(float.fromhex('-0x1.272a16p+1'))
    v154 = v152 * v149 + v153  # fma
    v155 = jnp.float32(float.fromhex('0x1.3f5fc8p+3'))
    v156 = v154 * v149 + v155  # fma
    v158 = jnp.float32(float.fromhex('0x1.32e364p+1'))
    v159 = v158 / v156
    v157 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v160 = v159 * v149 + v157  # fma
    v161 = v160 * v149 + v84  # fma
    v162 = v148 + v21
    v163 = jax.lax.bitcast_convert_type(v162, jnp.int32)
    v164 = jax.lax.shift_left(v163, v77)
    v165 = jax.lax.bitcast_convert_type(v161, jnp.int32)
    v166 = v165 + v164
    v167 = jnp.int32(0x4a800000)
    v168 = v166 + v167
    v169 = jax.lax.bitcast_convert_type(v168, jnp.float32)
    v170 = jnp.float32(float.fromhex('0x1p+23'))
    v171 = v169 + v170
    v172 = jax.lax.bitcast_convert_type(v171, jnp.int32)
    v173 = jnp.int32(0x4b000000)
    v174 = v172 - v173
    v175 = v166 < v174
    v176 = jnp.where(v175, v174, v166)
    v177 = jnp.int32(0x7f800000)
    v178 = v176 < v177
    v179 = jnp.where(v178, v176, v177)
    v180 = v162 - v162
    v181 = jax.lax.bitcast_convert_type(v180, jnp.int32)
    v182 = v179 | v181
    v183 = jax.lax.bitcast_convert_type(v182, jnp.float32)
    v184 = v141 * v183
    k2 = _const(float.fromhex('-0x1p+0'), ok)
    v185 = v184 * k2
    v186 = jax.lax.bitcast_convert_type(v185, jnp.int32)
    v187 = v186 & v104
    v188 = jnp.int32(-0x20000000)
    v189 = v187 + v188
    v190 = v189 + v167
    v191 = jax.lax.bitcast_convert_type(v190, jnp.float32)
    v192 = v191 + v170
    v193 = jax.lax.bitcast_convert_type(v192, jnp.int32)
    v194 = v193 - v173
    v195 = v189 < v106
    v196 = jnp.where(v195, v194, v189)
    v197 = v187 < v177
    v198 = jnp.where(v197, v196, v187)
    v199 = jnp.int32(-0x80000000)
    v200 = v186 & v199
    v201 = v198 | v200
    v202 = jax.lax.bitcast_convert_type(v201, jnp.float32)
    v203 = jax.lax.bitcast_convert_type(v202, jnp.int32)
    v204 = x * x
    k205 = _const(float.fromhex('-0x1p+0'), ok)
    v206 = v204 * k205
    k206 = _keep(v206)
    a207 = _keep_apart(x, 6)
    v207 = a207 * x + k206  # fma
    v208 = v204 * v204
    v210 = jnp.float32(float.fromhex('0x1.dac6c6p-14'))
    v209 = jnp.float32(float.fromhex('-0x1.fa0a32p-18'))
    v211 = v209 * v204 + v210  # fma
    v212 = jnp.float32(float.fromhex('-0x1.36eb4cp-10'))
    v213 = v211 * v204 + v212  # fma
    v214 = jnp.float32(float.fromhex('0x1.46cd7cp-7'))
    v215 = v213 * v204 + v214  # fma
    v216 = jnp.float32(float.fromhex('-0x1.10583p-4'))
    v217 = v215 * v204 + v216  # fma
    k204 = _keep(v204)
    v218 = k204 + k204
    v219 = jnp.float32(float.fromhex('0x1.988454p-2'))
    v220 = v218 * v217 + v219  # fma
    v221 = jnp.float32(float.fromhex('-0x1.857936p-27'))
    v222 = v204 * v221
    k222 = _keep(v222)
    v223 = v207 * v220 + k222  # fma
    v224 = jnp.float32(float.fromhex('0x1p-1'))
    v225 = x * v224
    v226 = v204 * v219
    k226 = _keep(v226)
    v227 = k226 * k205
    k227 = _keep(v227)
    a228 = _keep_apart(v204, 7)
    v228 = a228 * v219 + k227  # fma
    k225 = _keep(v225)
    v229 = k225 + k226
    v230 = v229 - k225
    v231 = k226 - v230
    v232 = v231 + v228
    v233 = v232 + v223
    v234 = v208 * v217 + v233  # fma
    v235 = v229 + v234
    v236 = jax.lax.bitcast_convert_type(v235, jnp.int32)
    v237 = x * v170
    v238 = jax.lax.bitcast_convert_type(v237, jnp.int32)
    v239 = v238 & v104
    v240 = jnp.int32(-0xc000000)
    v241 = v239 + v240
    v242 = v241 + v167
    v243 = jax.lax.bitcast_convert_type(v242, jnp.float32)
    v244 = v243 + v170
    v245 = jax.lax.bitcast_convert_type(v244, jnp.int32)
    v246 = v245 - v173
    v247 = v241 < v106
    v248 = jnp.where(v247, v246, v241)
    v249 = v239 < v177
    v250 = jnp.where(v249, v248, v239)
    v251 = v238 & v199
    v252 = v250 | v251
    v253 = jax.lax.bitcast_convert_type(v252, jnp.float32)
    v254 = jax.lax.bitcast_convert_type(v253, jnp.int32)
    v255 = jax.lax.bitcast_convert_type(v184, jnp.int32)
    v256 = v255 & v104
    v257 = v256 + v188
    v258 = v257 + v167
    v259 = jax.lax.bitcast_convert_type(v258, jnp.float32)
    v260 = v259 + v170
    v261 = jax.lax.bitcast_convert_type(v260, jnp.int32)
    v262 = v261 - v173
    v263 = v257 < v106
    v264 = jnp.where(v263, v262, v257)
    v265 = v256 < v177
    v266 = jnp.where(v265, v264, v256)
    v267 = v255 & v199
    v268 = v266 | v267
    v269 = jax.lax.bitcast_convert_type(v268, jnp.float32)
    v270 = x - v269
    v271 = jax.lax.bitcast_convert_type(v270, jnp.int32)
    v272 = jnp.float32(float.fromhex('0x1.8p+2'))
    v273 = x < v272
    v274 = jnp.where(v273, v271, v1)
    v275 = x < v84
    v276 = jnp.where(v275, v236, v274)
    v277 = jnp.float32(float.fromhex('0x1p-26'))
    v278 = x < v277
    v279 = jnp.where(v278, v254, v276)
    v280 = jnp.float32(float.fromhex('-0x1p-26'))
    v281 = x < v280
    v282 = jnp.where(v281, v236, v279)
    v2 = jnp.float32(float.fromhex('-0x1p+0'))
    v283 = x < v2
    v284 = jnp.where(v283, v203, v282)
    v285 = jnp.float32(float.fromhex('-0x1.dp+3'))
    v286 = x < v285
    v3 = jnp.int32(-0x80000000)
    v287 = jnp.where(v286, v3, v284)
    v288 = v1 & v104
    v289 = v288.astype(jnp.float32)
    v290 = v289 * v89
    v291 = jax.lax.round(v290, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v292 = v291 + v21
    v293 = jax.lax.bitcast_convert_type(v292, jnp.int32)
    v294 = v293 - v70
    v295 = v288 + v294
    v296 = v1 & v199
    v297 = v295 | v296
    v298 = v288 < v106
    v299 = jnp.where(v298, v297, v287)
    v300 = jax.lax.bitcast_convert_type(v299, jnp.float32)
    v301 = v1 == v199
    v302 = jnp.float32(float.fromhex('-0x0p+0'))
    v303 = jnp.where(v301, v302, v300)
    return jnp.broadcast_to(v303, jnp.shape(x)).astype(jnp.float32)


@_evolved_geluf_full.defjvp
def __evolved_geluf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_geluf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, (0.5 * jax.lax.erfc(-0.70710677 * _as_float32(x)) + 0.3989423 * _as_float32(x) * jnp.exp(-0.5 * jnp.square(_as_float32(x)))) * t


evolved_geluf = jax.jit(_evolved_geluf_full)
