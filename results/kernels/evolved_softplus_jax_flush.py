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
v1 = const -0x1.ap+6  # -104.0
v2 = const 0x1.64p+6  # 89.0
v3 = lt v1 v0
v4 = select v3 v0 v1
v5 = lt v4 v2
v6 = select v5 v4 v2
v7 = const 0x1.715476p+0  # 1.4426950216293335
v8 = mul v6 v7
v9 = rint_small v8
v10 = const 0x1.62e4p-1  # 0.693145751953125
v11 = mul_exact v9 v10
v12 = sub v6 v11
v13 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v14 = mul_exact v9 v13
v15 = sub v12 v14
v16 = const 0x1.1253a4p-7  # 0.008371787145733833
v17 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v18 = fma v17 v15 v16
v19 = const 0x1.555864p-5  # 0.0416681244969368
v20 = fma v15 v18 v19
v21 = const 0x1.55547p-3  # 0.1666649580001831
v22 = fma v20 v15 v21
v23 = const 0x1.fffffcp-2  # 0.4999999403953552
v24 = fma v22 v15 v23
v25 = const 0x1p+0  # 1.0
v26 = fma v24 v15 v25
v27 = const 0x1p+0  # 1.0
v28 = fma v26 v15 v27
v29 = const 0x1.8p+23  # 12582912.0
v30 = add v9 v29
v31 = bits_f2i v30
v32 = iconst 23
v33 = shl_i v31 v32
v34 = bits_f2i v28
v35 = add_i v34 v33
v36 = iconst 0
v37 = iconst 2139095040  # 0x7f800000
v38 = iconst 8388608  # 0x00800000
v39 = lt_i v35 v38
v40 = lt_i v35 v37
v41 = select_i v40 v35 v37
v42 = select_i v39 v36 v41
v43 = eq v0 v0
v44 = bits_i2f v42
v45 = add v0 v0
v46 = select v43 v44 v45
v47 = const 0x1p+0  # 1.0
v48 = add v46 v47
v49 = bits_f2i v48
v50 = iconst 2139095040  # 0x7f800000
v51 = iconst 8388607  # 0x007fffff
v52 = lt_i v51 v49
v53 = lt_i v49 v50
v54 = and_b v52 v53
v55 = iconst 1065353216  # 0x3f800000
v56 = select_i v54 v49 v55
v57 = iconst 1060439283  # 0x3f3504f3
v58 = sub_i v56 v57
v59 = iconst 23
v60 = sra_i v58 v59
v61 = iconst 8388607  # 0x007fffff
v62 = and_i v58 v61
v63 = iconst 1060439283  # 0x3f3504f3
v64 = add_i v62 v63
v65 = bits_i2f v64
v66 = const 0x1p+0  # 1.0
v67 = sub v65 v66
v68 = iconst 0
v69 = eq_i v60 v68
v70 = select v69 v46 v67
v71 = const 0x1p+0  # 1.0
v72 = sub v48 v71
v73 = sub v46 v72
v74 = div v73 v48
v75 = const 0x0p+0  # 0.0
v76 = select v69 v75 v74
v77 = mul v70 v70
v78 = const -0x1.d79ea2p-4  # -0.11514151841402054
v79 = const 0x1.15a76ep-4  # 0.06778662651777267
v80 = fma v79 v70 v78
v81 = const 0x1.e2b0eap-4  # 0.11784449964761734
v82 = fma v80 v70 v81
v83 = const -0x1.fced1cp-4  # -0.12424956262111664
v84 = fma v82 v70 v83
v85 = const 0x1.238e7p-3  # 0.14236152172088623
v86 = fma v84 v70 v85
v87 = const -0x1.5559d6p-3  # -0.16667525470256805
v88 = fma v86 v70 v87
v89 = const 0x1.99a05cp-3  # 0.20001289248466492
v90 = fma v88 v70 v89
v91 = const -0x1.000004p-2  # -0.2500000596046448
v92 = fma v90 v70 v91
v93 = const 0x1.55555p-2  # 0.33333325386047363
v94 = fma v92 v70 v93
v95 = const -0x1p-1  # -0.5
v96 = fma v94 v70 v95
v97 = mul v77 v96
v98 = i2f v60
v99 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v100 = mul_exact v98 v99
v101 = add v100 v76
v102 = const 0x1.62e4p-1  # 0.693145751953125
v103 = mul_exact v98 v102
v104 = add v103 v70
v105 = sub v103 v104
v106 = add v105 v70
v107 = add v101 v97
v108 = add v106 v107
v109 = add v104 v108
v110 = const -inf  # -inf
v111 = const nan  # nan
v112 = iconst 2147483647  # 0x7fffffff
v113 = and_i v49 v112
v114 = iconst 8388608  # 0x00800000
v115 = lt_i v113 v114
v116 = iconst 0
v117 = lt_i v49 v116
v118 = add v48 v48
v119 = select v117 v111 v118
v120 = select v115 v110 v119
v121 = select v54 v109 v120
v122 = bits_f2i v46
v123 = iconst 2147483647  # 0x7fffffff
v124 = and_i v122 v123
v125 = iconst 8388608  # 0x00800000
v126 = lt_i v124 v125
v127 = bits_f2i v121
v128 = select_i v126 v122 v127
v129 = bits_i2f v128
v130 = bits_f2i v129
v131 = kernel core v0
v132 = bits_f2i v131
v133 = const -0x1p+0  # -1.0
v134 = mul v0 v133
v135 = const -0x1.ap+6  # -104.0
v136 = const 0x1.64p+6  # 89.0
v137 = lt v135 v134
v138 = select v137 v134 v135
v139 = lt v138 v136
v140 = select v139 v138 v136
v141 = const 0x1.715476p+0  # 1.4426950216293335
v142 = mul v140 v141
v143 = rint_small v142
v144 = const 0x1.62e4p-1  # 0.693145751953125
v145 = mul_exact v143 v144
v146 = sub v140 v145
v147 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v148 = mul_exact v143 v147
v149 = sub v146 v148
v150 = const 0x1.1253a4p-7  # 0.008371787145733833
v151 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v152 = fma v151 v149 v150
v153 = const 0x1.555864p-5  # 0.0416681244969368
v154 = fma v149 v152 v153
v155 = const 0x1.55547p-3  # 0.1666649580001831
v156 = fma v154 v149 v155
v157 = const 0x1.fffffcp-2  # 0.4999999403953552
v158 = fma v156 v149 v157
v159 = const 0x1p+0  # 1.0
v160 = fma v158 v149 v159
v161 = const 0x1p+0  # 1.0
v162 = fma v160 v149 v161
v163 = const 0x1.8p+23  # 12582912.0
v164 = add v143 v163
v165 = bits_f2i v164
v166 = iconst 23
v167 = shl_i v165 v166
v168 = bits_f2i v162
v169 = add_i v168 v167
v170 = iconst 0
v171 = iconst 2139095040  # 0x7f800000
v172 = iconst 8388608  # 0x00800000
v173 = lt_i v169 v172
v174 = lt_i v169 v171
v175 = select_i v174 v169 v171
v176 = select_i v173 v170 v175
v177 = eq v134 v134
v178 = bits_i2f v176
v179 = add v134 v134
v180 = select v177 v178 v179
v181 = const 0x1p+0  # 1.0
v182 = add v180 v181
v183 = bits_f2i v182
v184 = iconst 2139095040  # 0x7f800000
v185 = iconst 8388607  # 0x007fffff
v186 = lt_i v185 v183
v187 = lt_i v183 v184
v188 = and_b v186 v187
v189 = iconst 1065353216  # 0x3f800000
v190 = select_i v188 v183 v189
v191 = iconst 1060439283  # 0x3f3504f3
v192 = sub_i v190 v191
v193 = iconst 23
v194 = sra_i v192 v193
v195 = iconst 8388607  # 0x007fffff
v196 = and_i v192 v195
v197 = iconst 1060439283  # 0x3f3504f3
v198 = add_i v196 v197
v199 = bits_i2f v198
v200 = const 0x1p+0  # 1.0
v201 = sub v199 v200
v202 = iconst 0
v203 = eq_i v194 v202
v204 = select v203 v180 v201
v205 = const 0x1p+0  # 1.0
v206 = sub v182 v205
v207 = sub v180 v206
v208 = div v207 v182
v209 = const 0x0p+0  # 0.0
v210 = select v203 v209 v208
v211 = mul v204 v204
v212 = const -0x1.d79ea2p-4  # -0.11514151841402054
v213 = const 0x1.15a76ep-4  # 0.06778662651777267
v214 = fma v213 v204 v212
v215 = const 0x1.e2b0eap-4  # 0.11784449964761734
v216 = fma v214 v204 v215
v217 = const -0x1.fced1cp-4  # -0.12424956262111664
v218 = fma v216 v204 v217
v219 = const 0x1.238e7p-3  # 0.14236152172088623
v220 = fma v218 v204 v219
v221 = const -0x1.5559d6p-3  # -0.16667525470256805
v222 = fma v220 v204 v221
v223 = const 0x1.99a05cp-3  # 0.20001289248466492
v224 = fma v222 v204 v223
v225 = const -0x1.000004p-2  # -0.2500000596046448
v226 = fma v224 v204 v225
v227 = const 0x1.55555p-2  # 0.33333325386047363
v228 = fma v226 v204 v227
v229 = const -0x1p-1  # -0.5
v230 = fma v228 v204 v229
v231 = mul v211 v230
v232 = i2f v194
v233 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v234 = mul_exact v232 v233
v235 = add v234 v210
v236 = const 0x1.62e4p-1  # 0.693145751953125
v237 = mul_exact v232 v236
v238 = add v237 v204
v239 = sub v237 v238
v240 = add v239 v204
v241 = add v235 v231
v242 = add v240 v241
v243 = add v238 v242
v244 = const -inf  # -inf
v245 = const nan  # nan
v246 = iconst 2147483647  # 0x7fffffff
v247 = and_i v183 v246
v248 = iconst 8388608  # 0x00800000
v249 = lt_i v247 v248
v250 = iconst 0
v251 = lt_i v183 v250
v252 = add v182 v182
v253 = select v251 v245 v252
v254 = select v249 v244 v253
v255 = select v188 v243 v254
v256 = bits_f2i v180
v257 = iconst 2147483647  # 0x7fffffff
v258 = and_i v256 v257
v259 = iconst 8388608  # 0x00800000
v260 = lt_i v258 v259
v261 = bits_f2i v255
v262 = select_i v260 v256 v261
v263 = bits_i2f v262
v264 = add v0 v263
v265 = bits_f2i v264
v266 = const 0x1p+0  # 1.0
v267 = lt v0 v266
v268 = select_i v267 v132 v265
v269 = const -0x1p+0  # -1.0
v270 = lt v0 v269
v271 = select_i v270 v130 v268
v272 = bits_i2f v271
return v272

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
    v1 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v3 = v1 < x
    v4 = jnp.where(v3, x, v1)
    v2 = jnp.float32(float.fromhex('0x1.64p+6'))
    v5 = v4 < v2
    v6 = jnp.where(v5, v4, v2)
    v7 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v8 = v6 * v7
    v9 = jax.lax.round(v8, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v10 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v11 = v9 * v10
    v12 = v6 - v11
    v13 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v14 = v9 * v13
    v15 = v12 - v14
    v16 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v17 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v18 = v17 * v15 + v16  # fma
    v19 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v20 = v15 * v18 + v19  # fma
    v21 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v22 = v20 * v15 + v21  # fma
    v23 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v24 = v22 * v15 + v23  # fma
    v25 = jnp.float32(float.fromhex('0x1p+0'))
    v26 = v24 * v15 + v25  # fma
    v27 = jnp.float32(float.fromhex('0x1p+0'))
    v28 = v26 * v15 + v27  # fma
    v29 = jnp.float32(float.fromhex('0x1.8p+23'))
    v30 = v9 + v29
    v31 = jax.lax.bitcast_convert_type(v30, jnp.int32)
    v32 = jnp.int32(23)
    v33 = jax.lax.shift_left(v31, v32)
    v34 = jax.lax.bitcast_convert_type(v28, jnp.int32)
    v35 = v34 + v33
    v38 = jnp.int32(0x800000)
    v39 = v35 < v38
    v37 = jnp.int32(0x7f800000)
    v40 = v35 < v37
    v41 = jnp.where(v40, v35, v37)
    v36 = jnp.int32(0)
    v42 = jnp.where(v39, v36, v41)
    v43 = x == x
    v44 = jax.lax.bitcast_convert_type(v42, jnp.float32)
    v45 = x + x
    v46 = jnp.where(v43, v44, v45)
    v47 = jnp.float32(float.fromhex('0x1p+0'))
    v48 = v46 + v47
    v49 = jax.lax.bitcast_convert_type(v48, jnp.int32)
    v51 = jnp.int32(0x7fffff)
    v52 = v51 < v49
    v50 = jnp.int32(0x7f800000)
    v53 = v49 < v50
    v54 = v52 & v53
    v55 = jnp.int32(0x3f800000)
    v56 = jnp.where(v54, v49, v55)
    v57 = jnp.int32(0x3f3504f3)
    v58 = v56 - v57
    v59 = jnp.int32(23)
    v60 = jax.lax.shift_right_arithmetic(v58, v59)
    v61 = jnp.int32(0x7fffff)
    v62 = v58 & v61
    v63 = jnp.int32(0x3f3504f3)
    v64 = v62 + v63
    v65 = jax.lax.bitcast_convert_type(v64, jnp.float32)
    v66 = jnp.float32(float.fromhex('0x1p+0'))
    v67 = v65 - v66
    v68 = jnp.int32(0)
    v69 = v60 == v68
    v70 = jnp.where(v69, v46, v67)
    k71 = _const(float.fromhex('0x1p+0'), ok)
    v72 = v48 - k71
    v73 = v46 - v72
    v74 = v73 / v48
    v75 = jnp.float32(float.fromhex('0x0p+0'))
    v76 = jnp.where(v69, v75, v74)
    v77 = v70 * v70
    v78 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v79 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v80 = v79 * v70 + v78  # fma
    v81 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v82 = v80 * v70 + v81  # fma
    v83 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v84 = v82 * v70 + v83  # fma
    v85 = jnp.float32(float.fromhex('0x1.238e7p-3'))
    v86 = v84 * v70 + v85  # fma
    v87 = jnp.float32(float.fromhex('-0x1.5559d6p-3'))
    v88 = v86 * v70 + v87  # fma
    v89 = jnp.float32(float.fromhex('0x1.99a05cp-3'))
    v90 = v88 * v70 + v89  # fma
    v91 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v92 = v90 * v70 + v91  # fma
    v93 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v94 = v92 * v70 + v93  # fma
    v95 = jnp.float32(float.fromhex('-0x1p-1'))
    v96 = v94 * v70 + v95  # fma
    v97 = v77 * v96
    v98 = v60.astype(jnp.float32)
    v99 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v100 = v98 * v99
    v101 = v100 + v76
    v102 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v103 = v98 * v102
    v104 = v103 + v70
    v105 = v103 - v104
    v106 = v105 + v70
    k97 = _keep(v97)
    v107 = v101 + k97
    v108 = v106 + v107
    v109 = v104 + v108
    v112 = jnp.int32(0x7fffffff)
    v113 = v49 & v112
    v114 = jnp.int32(0x800000)
    v115 = v113 < v114
    v116 = jnp.int32(0)
    v117 = v49 < v116
    v118 = v48 + v48
    v111 = jnp.float32(float('nan'))
    v119 = jnp.where(v117, v111, v118)
    v110 = jnp.float32(float('-inf'))
    v120 = jnp.where(v115, v110, v119)
    v121 = jnp.where(v54, v109, v120)
    v122 = jax.lax.bitcast_convert_type(v46, jnp.int32)
    v123 = jnp.int32(0x7fffffff)
    v124 = v122 & v123
    v125 = jnp.int32(0x800000)
    v126 = v124 < v125
    v127 = jax.lax.bitcast_convert_type(v121, jnp.int32)
    v128 = jnp.where(v126, v122, v127)
    v129 = jax.lax.bitcast_convert_type(v128, jnp.float32)
    v130 = jax.lax.bitcast_convert_type(v129, jnp.int32)
    v131 = x * x
    v133 = jnp.float32(float.fromhex('0x1.67a7b4p-12'))
    v134 = jnp.float32(float.fromhex('-0x1.69172p-16'))
    v135 = v134 * v131 + v133  # fma
    v132 = jnp.float32(float.fromhex('-0x1.553aa2p-8'))
    v136 = v135 * v131 + v132  # fma
    v137 = jnp.float32(float.fromhex('0x1.ffffc4p-4'))
    v138 = v136 * v131 + v137  # fma
    v139 = jnp.float32(float.fromhex('0x1p-1'))
    v140 = v138 * x + v139  # fma
    v141 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v142 = v140 * x + v141  # fma
    v143 = jax.lax.bitcast_convert_type(v142, jnp.int32)
    k144 = _const(float.fromhex('-0x1p+0'), ok)
    v145 = x * k144
    v146 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v148 = v146 < v145
    v149 = jnp.where(v148, v145, v146)
    v147 = jnp.float32(float.fromhex('0x1.64p+6'))
    v150 = v149 < v147
    v151 = jnp.where(v150, v149, v147)
    v152 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v153 = v151 * v152
    v154 = jax.lax.round(v153, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v155 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v156 = v154 * v155
    v157 = v151 - v156
    v158 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v159 = v154 * v158
    v160 = v157 - v159
    v161 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v162 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v163 = v162 * v160 + v161  # fma
    v164 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v165 = v160 * v163 + v164  # fma
    v166 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v167 = v165 * v160 + v166  # fma
    v168 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v169 = v167 * v160 + v168  # fma
    v170 = jnp.float32(float.fromhex('0x1p+0'))
    v171 = v169 * v160 + v170  # fma
    v172 = jnp.float32(float.fromhex('0x1p+0'))
    v173 = v171 * v160 + v172  # fma
    v174 = jnp.float32(float.fromhex('0x1.8p+23'))
    v175 = v154 + v174
    v176 = jax.lax.bitcast_convert_type(v175, jnp.int32)
    v177 = jnp.int32(23)
    v178 = jax.lax.shift_left(v176, v177)
    v179 = jax.lax.bitcast_convert_type(v173, jnp.int32)
    v180 = v179 + v178
    v183 = jnp.int32(0x800000)
    v184 = v180 < v183
    v182 = jnp.int32(0x7f800000)
    v185 = v180 < v182
    v186 = jnp.where(v185, v180, v182)
    v181 = jnp.int32(0)
    v187 = jnp.where(v184, v181, v186)
    v188 = v145 == v145
    v189 = jax.lax.bitcast_convert_type(v187, jnp.float32)
    k145 = _keep(v145)
    v190 = k145 + k145
    v191 = jnp.where(v188, v189, v190)
    v192 = jnp.float32(float.fromhex('0x1p+0'))
    v193 = v191 + v192
    v194 = jax.lax.bitcast_convert_type(v193, jnp.int32)
    v196 = jnp.int32(0x7fffff)
    v197 = v196 < v194
    v195 = jnp.int32(0x7f800000)
    v198 = v194 < v195
    v199 = v197 & v198
    v200 = jnp.int32(0x3f800000)
    v201 = jnp.where(v199, v194, v200)
    v202 = jnp.int32(0x3f3504f3)
    v203 = v201 - v202
    v204 = jnp.int32(23)
    v205 = jax.lax.shift_right_arithmetic(v203, v204)
    v206 = jnp.int32(0x7fffff)
    v207 = v203 & v206
    v208 = jnp.int32(0x3f3504f3)
    v209 = v207 + v208
    v210 = jax.lax.bitcast_convert_type(v209, jnp.float32)
    v211 = jnp.float32(float.fromhex('0x1p+0'))
    v212 = v210 - v211
    v213 = jnp.int32(0)
    v214 = v205 == v213
    v215 = jnp.where(v214, v191, v212)
    k216 = _const(float.fromhex('0x1p+0'), ok)
    v217 = v193 - k216
    v218 = v191 - v217
    v219 = v218 / v193
    v220 = jnp.float32(float.fromhex('0x0p+0'))
    v221 = jnp.where(v214, v220, v219)
    v222 = v215 * v215
    v223 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v224 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v225 = v224 * v215 + v223  # fma
    v226 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v227 = v225 * v215 + v226  # fma
    v228 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v229 = v227 * v215 + v228  # fma
    v230 = jnp.float32(float.fromhex('0x1.238e7p-3'))
    v231 = v229 * v215 + v230  # fma
    v232 = jnp.float32(float.fromhex('-0x1.5559d6p-3'))
    v233 = v231 * v215 + v232  # fma
    v234 = jnp.float32(float.fromhex('0x1.99a05cp-3'))
    v235 = v233 * v215 + v234  # fma
    v236 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v237 = v235 * v215 + v236  # fma
    v238 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v239 = v237 * v215 + v238  # fma
    v240 = jnp.float32(float.fromhex('-0x1p-1'))
    v241 = v239 * v215 + v240  # fma
    v242 = v222 * v241
    v243 = v205.astype(jnp.float32)
    v244 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v245 = v243 * v244
    v246 = v245 + v221
    v247 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v248 = v243 * v247
    v249 = v248 + v215
    v250 = v248 - v249
    v251 = v250 + v215
    k242 = _keep(v242)
    v252 = v246 + k242
    v253 = v251 + v252
    v254 = v249 + v253
    v257 = jnp.int32(0x7fffffff)
    v258 = v194 & v257
    v259 = jnp.int32(0x800000)
    v260 = v258 < v259
    v261 = jnp.int32(0)
    v262 = v194 < v261
    v263 = v193 + v193
    v256 = jnp.float32(float('nan'))
    v264 = jnp.where(v262, v256, v263)
    v255 = jnp.float32(float('-inf'))
    v265 = jnp.where(v260, v255, v264)
    v266 = jnp.where(v199, v254, v265)
    v267 = jax.lax.bitcast_convert_type(v191, jnp.int32)
    v268 = jnp.int32(0x7fffffff)
    v269 = v267 & v268
    v270 = jnp.int32(0x800000)
    v271 = v269 < v270
    v272 = jax.lax.bitcast_convert_type(v266, jnp.int32)
    v273 = jnp.where(v271, v267, v272)
    v274 = jax.lax.bitcast_convert_type(v273, jnp.float32)
    v275 = x + v274
    v276 = jax.lax.bitcast_convert_type(v275, jnp.int32)
    v277 = jnp.float32(float.fromhex('0x1p+0'))
    v278 = x < v277
    v279 = jnp.where(v278, v143, v276)
    v280 = jnp.float32(float.fromhex('-0x1p+0'))
    v281 = x < v280
    v282 = jnp.where(v281, v130, v279)
    v283 = jax.lax.bitcast_convert_type(v282, jnp.float32)
    return jnp.broadcast_to(v283, jnp.shape(x)).astype(jnp.float32)


@_evolved_softplusf_full.defjvp
def __evolved_softplusf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_softplusf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + jnp.exp(-_as_float32(x)))


evolved_softplusf = jax.jit(_evolved_softplusf_full)
