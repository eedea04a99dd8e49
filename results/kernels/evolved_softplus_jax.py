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
v36 = iconst 1249902592  # 0x4a800000
v37 = add_i v35 v36
v38 = bits_i2f v37
v39 = const 0x1p+23  # 8388608.0
v40 = add v38 v39
v41 = bits_f2i v40
v42 = iconst 1258291200  # 0x4b000000
v43 = sub_i v41 v42
v44 = iconst 2139095040  # 0x7f800000
v45 = iconst 8388608  # 0x00800000
v46 = lt_i v35 v45
v47 = lt_i v35 v44
v48 = select_i v47 v35 v44
v49 = select_i v46 v43 v48
v50 = eq v0 v0
v51 = bits_i2f v49
v52 = add v0 v0
v53 = select v50 v51 v52
v54 = const 0x1p+0  # 1.0
v55 = add v53 v54
v56 = bits_f2i v55
v57 = iconst 2139095040  # 0x7f800000
v58 = iconst 0
v59 = lt_i v58 v56
v60 = iconst 8388608  # 0x00800000
v61 = lt_i v56 v60
v62 = and_b v59 v61
v63 = lt_i v56 v57
v64 = and_b v59 v63
v65 = i2f v56
v66 = bits_f2i v65
v67 = select_i v62 v66 v56
v68 = iconst 1065353216  # 0x3f800000
v69 = select_i v64 v67 v68
v70 = iconst 1060439283  # 0x3f3504f3
v71 = sub_i v69 v70
v72 = iconst 23
v73 = sra_i v71 v72
v74 = iconst -149
v75 = iconst 0
v76 = select_i v62 v74 v75
v77 = add_i v73 v76
v78 = iconst 8388607  # 0x007fffff
v79 = and_i v71 v78
v80 = iconst 1060439283  # 0x3f3504f3
v81 = add_i v79 v80
v82 = bits_i2f v81
v83 = const 0x1p+0  # 1.0
v84 = sub v82 v83
v85 = iconst 0
v86 = eq_i v77 v85
v87 = select v86 v53 v84
v88 = const 0x1p+0  # 1.0
v89 = sub v55 v88
v90 = sub v53 v89
v91 = div v90 v55
v92 = const 0x0p+0  # 0.0
v93 = select v86 v92 v91
v94 = mul v87 v87
v95 = const -0x1.d79ea2p-4  # -0.11514151841402054
v96 = const 0x1.15a76ep-4  # 0.06778662651777267
v97 = fma v96 v87 v95
v98 = const 0x1.e2b0eap-4  # 0.11784449964761734
v99 = fma v97 v87 v98
v100 = const -0x1.fced1cp-4  # -0.12424956262111664
v101 = fma v99 v87 v100
v102 = const 0x1.238e7p-3  # 0.14236152172088623
v103 = fma v101 v87 v102
v104 = const -0x1.5559d6p-3  # -0.16667525470256805
v105 = fma v103 v87 v104
v106 = const 0x1.99a05cp-3  # 0.20001289248466492
v107 = fma v105 v87 v106
v108 = const -0x1.000004p-2  # -0.2500000596046448
v109 = fma v107 v87 v108
v110 = const 0x1.55555p-2  # 0.33333325386047363
v111 = fma v109 v87 v110
v112 = const -0x1p-1  # -0.5
v113 = fma v111 v87 v112
v114 = mul v94 v113
v115 = i2f v77
v116 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v117 = mul_exact v115 v116
v118 = add v117 v93
v119 = const 0x1.62e4p-1  # 0.693145751953125
v120 = mul_exact v115 v119
v121 = add v120 v87
v122 = sub v120 v121
v123 = add v122 v87
v124 = add v118 v114
v125 = add v123 v124
v126 = add v121 v125
v127 = const -inf  # -inf
v128 = const nan  # nan
v129 = iconst -2147483648  # 0x80000000
v130 = eq_i v56 v129
v131 = select v130 v127 v128
v132 = iconst 0
v133 = eq_i v56 v132
v134 = add v55 v55
v135 = select v133 v127 v134
v136 = iconst 0
v137 = lt_i v56 v136
v138 = select v137 v131 v135
v139 = select v64 v126 v138
v140 = bits_f2i v53
v141 = iconst 2147483647  # 0x7fffffff
v142 = and_i v140 v141
v143 = iconst 8388608  # 0x00800000
v144 = lt_i v142 v143
v145 = bits_f2i v139
v146 = select_i v144 v140 v145
v147 = bits_i2f v146
v148 = bits_f2i v147
v149 = kernel core v0
v150 = bits_f2i v149
v151 = const -0x1p+0  # -1.0
v152 = mul v0 v151
v153 = const -0x1.ap+6  # -104.0
v154 = const 0x1.64p+6  # 89.0
v155 = lt v153 v152
v156 = select v155 v152 v153
v157 = lt v156 v154
v158 = select v157 v156 v154
v159 = const 0x1.715476p+0  # 1.4426950216293335
v160 = mul v158 v159
v161 = rint_small v160
v162 = const 0x1.62e4p-1  # 0.693145751953125
v163 = mul_exact v161 v162
v164 = sub v158 v163
v165 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v166 = mul_exact v161 v165
v167 = sub v164 v166
v168 = const 0x1.1253a4p-7  # 0.008371787145733833
v169 = const 0x1.6ab19cp-10  # 0.0013835669960826635
v170 = fma v169 v167 v168
v171 = const 0x1.555864p-5  # 0.0416681244969368
v172 = fma v167 v170 v171
v173 = const 0x1.55547p-3  # 0.1666649580001831
v174 = fma v172 v167 v173
v175 = const 0x1.fffffcp-2  # 0.4999999403953552
v176 = fma v174 v167 v175
v177 = const 0x1p+0  # 1.0
v178 = fma v176 v167 v177
v179 = const 0x1p+0  # 1.0
v180 = fma v178 v167 v179
v181 = const 0x1.8p+23  # 12582912.0
v182 = add v161 v181
v183 = bits_f2i v182
v184 = iconst 23
v185 = shl_i v183 v184
v186 = bits_f2i v180
v187 = add_i v186 v185
v188 = iconst 1249902592  # 0x4a800000
v189 = add_i v187 v188
v190 = bits_i2f v189
v191 = const 0x1p+23  # 8388608.0
v192 = add v190 v191
v193 = bits_f2i v192
v194 = iconst 1258291200  # 0x4b000000
v195 = sub_i v193 v194
v196 = iconst 2139095040  # 0x7f800000
v197 = iconst 8388608  # 0x00800000
v198 = lt_i v187 v197
v199 = lt_i v187 v196
v200 = select_i v199 v187 v196
v201 = select_i v198 v195 v200
v202 = eq v152 v152
v203 = bits_i2f v201
v204 = add v152 v152
v205 = select v202 v203 v204
v206 = const 0x1p+0  # 1.0
v207 = add v205 v206
v208 = bits_f2i v207
v209 = iconst 2139095040  # 0x7f800000
v210 = iconst 0
v211 = lt_i v210 v208
v212 = iconst 8388608  # 0x00800000
v213 = lt_i v208 v212
v214 = and_b v211 v213
v215 = lt_i v208 v209
v216 = and_b v211 v215
v217 = i2f v208
v218 = bits_f2i v217
v219 = select_i v214 v218 v208
v220 = iconst 1065353216  # 0x3f800000
v221 = select_i v216 v219 v220
v222 = iconst 1060439283  # 0x3f3504f3
v223 = sub_i v221 v222
v224 = iconst 23
v225 = sra_i v223 v224
v226 = iconst -149
v227 = iconst 0
v228 = select_i v214 v226 v227
v229 = add_i v225 v228
v230 = iconst 8388607  # 0x007fffff
v231 = and_i v223 v230
v232 = iconst 1060439283  # 0x3f3504f3
v233 = add_i v231 v232
v234 = bits_i2f v233
v235 = const 0x1p+0  # 1.0
v236 = sub v234 v235
v237 = iconst 0
v238 = eq_i v229 v237
v239 = select v238 v205 v236
v240 = const 0x1p+0  # 1.0
v241 = sub v207 v240
v242 = sub v205 v241
v243 = div v242 v207
v244 = const 0x0p+0  # 0.0
v245 = select v238 v244 v243
v246 = mul v239 v239
v247 = const -0x1.d79ea2p-4  # -0.11514151841402054
v248 = const 0x1.15a76ep-4  # 0.06778662651777267
v249 = fma v248 v239 v247
v250 = const 0x1.e2b0eap-4  # 0.11784449964761734
v251 = fma v249 v239 v250
v252 = const -0x1.fced1cp-4  # -0.12424956262111664
v253 = fma v251 v239 v252
v254 = const 0x1.238e7p-3  # 0.14236152172088623
v255 = fma v253 v239 v254
v256 = const -0x1.5559d6p-3  # -0.16667525470256805
v257 = fma v255 v239 v256
v258 = const 0x1.99a05cp-3  # 0.20001289248466492
v259 = fma v257 v239 v258
v260 = const -0x1.000004p-2  # -0.2500000596046448
v261 = fma v259 v239 v260
v262 = const 0x1.55555p-2  # 0.33333325386047363
v263 = fma v261 v239 v262
v264 = const -0x1p-1  # -0.5
v265 = fma v263 v239 v264
v266 = mul v246 v265
v267 = i2f v229
v268 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v269 = mul_exact v267 v268
v270 = add v269 v245
v271 = const 0x1.62e4p-1  # 0.693145751953125
v272 = mul_exact v267 v271
v273 = add v272 v239
v274 = sub v272 v273
v275 = add v274 v239
v276 = add v270 v266
v277 = add v275 v276
v278 = add v273 v277
v279 = const -inf  # -inf
v280 = const nan  # nan
v281 = iconst -2147483648  # 0x80000000
v282 = eq_i v208 v281
v283 = select v282 v279 v280
v284 = iconst 0
v285 = eq_i v208 v284
v286 = add v207 v207
v287 = select v285 v279 v286
v288 = iconst 0
v289 = lt_i v208 v288
v290 = select v289 v283 v287
v291 = select v216 v278 v290
v292 = bits_f2i v205
v293 = iconst 2147483647  # 0x7fffffff
v294 = and_i v292 v293
v295 = iconst 8388608  # 0x00800000
v296 = lt_i v294 v295
v297 = bits_f2i v291
v298 = select_i v296 v292 v297
v299 = bits_i2f v298
v300 = add v0 v299
v301 = bits_f2i v300
v302 = const 0x1p+0  # 1.0
v303 = lt v0 v302
v304 = select_i v303 v150 v301
v305 = const -0x1p+0  # -1.0
v306 = lt v0 v305
v307 = select_i v306 v148 v304
v308 = bits_i2f v307
return v308

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
    v36 = jnp.int32(0x4a800000)
    v37 = v35 + v36
    v38 = jax.lax.bitcast_convert_type(v37, jnp.float32)
    v39 = jnp.float32(float.fromhex('0x1p+23'))
    v40 = v38 + v39
    v41 = jax.lax.bitcast_convert_type(v40, jnp.int32)
    v42 = jnp.int32(0x4b000000)
    v43 = v41 - v42
    v45 = jnp.int32(0x800000)
    v46 = v35 < v45
    v44 = jnp.int32(0x7f800000)
    v47 = v35 < v44
    v48 = jnp.where(v47, v35, v44)
    v49 = jnp.where(v46, v43, v48)
    v50 = x == x
    v51 = jax.lax.bitcast_convert_type(v49, jnp.float32)
    v52 = x + x
    v53 = jnp.where(v50, v51, v52)
    v54 = jnp.float32(float.fromhex('0x1p+0'))
    v55 = v53 + v54
    v56 = jax.lax.bitcast_convert_type(v55, jnp.int32)
    v58 = jnp.int32(0)
    v59 = v58 < v56
    v60 = jnp.int32(0x800000)
    v61 = v56 < v60
    v62 = v59 & v61
    v57 = jnp.int32(0x7f800000)
    v63 = v56 < v57
    v64 = v59 & v63
    v65 = v56.astype(jnp.float32)
    v66 = jax.lax.bitcast_convert_type(v65, jnp.int32)
    v67 = jnp.where(v62, v66, v56)
    v68 = jnp.int32(0x3f800000)
    v69 = jnp.where(v64, v67, v68)
    v70 = jnp.int32(0x3f3504f3)
    v71 = v69 - v70
    v72 = jnp.int32(23)
    v73 = jax.lax.shift_right_arithmetic(v71, v72)
    v74 = jnp.int32(-149)
    v75 = jnp.int32(0)
    v76 = jnp.where(v62, v74, v75)
    v77 = v73 + v76
    v78 = jnp.int32(0x7fffff)
    v79 = v71 & v78
    v80 = jnp.int32(0x3f3504f3)
    v81 = v79 + v80
    v82 = jax.lax.bitcast_convert_type(v81, jnp.float32)
    v83 = jnp.float32(float.fromhex('0x1p+0'))
    v84 = v82 - v83
    v85 = jnp.int32(0)
    v86 = v77 == v85
    v87 = jnp.where(v86, v53, v84)
    k88 = _const(float.fromhex('0x1p+0'), ok)
    v89 = v55 - k88
    v90 = v53 - v89
    v91 = v90 / v55
    v92 = jnp.float32(float.fromhex('0x0p+0'))
    v93 = jnp.where(v86, v92, v91)
    v94 = v87 * v87
    v95 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v96 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v97 = v96 * v87 + v95  # fma
    v98 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v99 = v97 * v87 + v98  # fma
    v100 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v101 = v99 * v87 + v100  # fma
    v102 = jnp.float32(float.fromhex('0x1.238e7p-3'))
    v103 = v101 * v87 + v102  # fma
    v104 = jnp.float32(float.fromhex('-0x1.5559d6p-3'))
    v105 = v103 * v87 + v104  # fma
    v106 = jnp.float32(float.fromhex('0x1.99a05cp-3'))
    v107 = v105 * v87 + v106  # fma
    v108 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v109 = v107 * v87 + v108  # fma
    v110 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v111 = v109 * v87 + v110  # fma
    v112 = jnp.float32(float.fromhex('-0x1p-1'))
    v113 = v111 * v87 + v112  # fma
    v114 = v94 * v113
    v115 = v77.astype(jnp.float32)
    v116 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v117 = v115 * v116
    v118 = v117 + v93
    v119 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v120 = v115 * v119
    v121 = v120 + v87
    v122 = v120 - v121
    v123 = v122 + v87
    k114 = _keep(v114)
    v124 = v118 + k114
    v125 = v123 + v124
    v126 = v121 + v125
    v129 = jnp.int32(-0x80000000)
    v130 = v56 == v129
    v127 = jnp.float32(float('-inf'))
    v128 = jnp.float32(float('nan'))
    v131 = jnp.where(v130, v127, v128)
    v132 = jnp.int32(0)
    v133 = v56 == v132
    v134 = v55 + v55
    v135 = jnp.where(v133, v127, v134)
    v136 = jnp.int32(0)
    v137 = v56 < v136
    v138 = jnp.where(v137, v131, v135)
    v139 = jnp.where(v64, v126, v138)
    v140 = jax.lax.bitcast_convert_type(v53, jnp.int32)
    v141 = jnp.int32(0x7fffffff)
    v142 = v140 & v141
    v143 = jnp.int32(0x800000)
    v144 = v142 < v143
    v145 = jax.lax.bitcast_convert_type(v139, jnp.int32)
    v146 = jnp.where(v144, v140, v145)
    v147 = jax.lax.bitcast_convert_type(v146, jnp.float32)
    v148 = jax.lax.bitcast_convert_type(v147, jnp.int32)
    v149 = x * x
    v151 = jnp.float32(float.fromhex('0x1.67a7b4p-12'))
    v152 = jnp.float32(float.fromhex('-0x1.69172p-16'))
    v153 = v152 * v149 + v151  # fma
    v150 = jnp.float32(float.fromhex('-0x1.553aa2p-8'))
    v154 = v153 * v149 + v150  # fma
    v155 = jnp.float32(float.fromhex('0x1.ffffc4p-4'))
    v156 = v154 * v149 + v155  # fma
    v157 = jnp.float32(float.fromhex('0x1p-1'))
    v158 = v156 * x + v157  # fma
    v159 = jnp.float32(float.fromhex('0x1.62e43p-1'))
    v160 = v158 * x + v159  # fma
    v161 = jax.lax.bitcast_convert_type(v160, jnp.int32)
    k162 = _const(float.fromhex('-0x1p+0'), ok)
    v163 = x * k162
    v164 = jnp.float32(float.fromhex('-0x1.ap+6'))
    v166 = v164 < v163
    v167 = jnp.where(v166, v163, v164)
    v165 = jnp.float32(float.fromhex('0x1.64p+6'))
    v168 = v167 < v165
    v169 = jnp.where(v168, v167, v165)
    v170 = jnp.float32(float.fromhex('0x1.715476p+0'))
    v171 = v169 * v170
    v172 = jax.lax.round(v171, jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    v173 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v174 = v172 * v173
    v175 = v169 - v174
    v176 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v177 = v172 * v176
    v178 = v175 - v177
    v179 = jnp.float32(float.fromhex('0x1.1253a4p-7'))
    v180 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))
    v181 = v180 * v178 + v179  # fma
    v182 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v183 = v178 * v181 + v182  # fma
    v184 = jnp.float32(float.fromhex('0x1.55547p-3'))
    v185 = v183 * v178 + v184  # fma
    v186 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v187 = v185 * v178 + v186  # fma
    v188 = jnp.float32(float.fromhex('0x1p+0'))
    v189 = v187 * v178 + v188  # fma
    v190 = jnp.float32(float.fromhex('0x1p+0'))
    v191 = v189 * v178 + v190  # fma
    v192 = jnp.float32(float.fromhex('0x1.8p+23'))
    v193 = v172 + v192
    v194 = jax.lax.bitcast_convert_type(v193, jnp.int32)
    v195 = jnp.int32(23)
    v196 = jax.lax.shift_left(v194, v195)
    v197 = jax.lax.bitcast_convert_type(v191, jnp.int32)
    v198 = v197 + v196
    v199 = jnp.int32(0x4a800000)
    v200 = v198 + v199
    v201 = jax.lax.bitcast_convert_type(v200, jnp.float32)
    v202 = jnp.float32(float.fromhex('0x1p+23'))
    v203 = v201 + v202
    v204 = jax.lax.bitcast_convert_type(v203, jnp.int32)
    v205 = jnp.int32(0x4b000000)
    v206 = v204 - v205
    v208 = jnp.int32(0x800000)
    v209 = v198 < v208
    v207 = jnp.int32(0x7f800000)
    v210 = v198 < v207
    v211 = jnp.where(v210, v198, v207)
    v212 = jnp.where(v209, v206, v211)
    v213 = v163 == v163
    v214 = jax.lax.bitcast_convert_type(v212, jnp.float32)
    k163 = _keep(v163)
    v215 = k163 + k163
    v216 = jnp.where(v213, v214, v215)
    v217 = jnp.float32(float.fromhex('0x1p+0'))
    v218 = v216 + v217
    v219 = jax.lax.bitcast_convert_type(v218, jnp.int32)
    v221 = jnp.int32(0)
    v222 = v221 < v219
    v223 = jnp.int32(0x800000)
    v224 = v219 < v223
    v225 = v222 & v224
    v220 = jnp.int32(0x7f800000)
    v226 = v219 < v220
    v227 = v222 & v226
    v228 = v219.astype(jnp.float32)
    v229 = jax.lax.bitcast_convert_type(v228, jnp.int32)
    v230 = jnp.where(v225, v229, v219)
    v231 = jnp.int32(0x3f800000)
    v232 = jnp.where(v227, v230, v231)
    v233 = jnp.int32(0x3f3504f3)
    v234 = v232 - v233
    v235 = jnp.int32(23)
    v236 = jax.lax.shift_right_arithmetic(v234, v235)
    v237 = jnp.int32(-149)
    v238 = jnp.int32(0)
    v239 = jnp.where(v225, v237, v238)
    v240 = v236 + v239
    v241 = jnp.int32(0x7fffff)
    v242 = v234 & v241
    v243 = jnp.int32(0x3f3504f3)
    v244 = v242 + v243
    v245 = jax.lax.bitcast_convert_type(v244, jnp.float32)
    v246 = jnp.float32(float.fromhex('0x1p+0'))
    v247 = v245 - v246
    v248 = jnp.int32(0)
    v249 = v240 == v248
    v250 = jnp.where(v249, v216, v247)
    k251 = _const(float.fromhex('0x1p+0'), ok)
    v252 = v218 - k251
    v253 = v216 - v252
    v254 = v253 / v218
    v255 = jnp.float32(float.fromhex('0x0p+0'))
    v256 = jnp.where(v249, v255, v254)
    v257 = v250 * v250
    v258 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v259 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v260 = v259 * v250 + v258  # fma
    v261 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v262 = v260 * v250 + v261  # fma
    v263 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v264 = v262 * v250 + v263  # fma
    v265 = jnp.float32(float.fromhex('0x1.238e7p-3'))
    v266 = v264 * v250 + v265  # fma
    v267 = jnp.float32(float.fromhex('-0x1.5559d6p-3'))
    v268 = v266 * v250 + v267  # fma
    v269 = jnp.float32(float.fromhex('0x1.99a05cp-3'))
    v270 = v268 * v250 + v269  # fma
    v271 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v272 = v270 * v250 + v271  # fma
    v273 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v274 = v272 * v250 + v273  # fma
    v275 = jnp.float32(float.fromhex('-0x1p-1'))
    v276 = v274 * v250 + v275  # fma
    v277 = v257 * v276
    v278 = v240.astype(jnp.float32)
    v279 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v280 = v278 * v279
    v281 = v280 + v256
    v282 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v283 = v278 * v282
    v284 = v283 + v250
    v285 = v283 - v284
    v286 = v285 + v250
    k277 = _keep(v277)
    v287 = v281 + k277
    v288 = v286 + v287
    v289 = v284 + v288
    v292 = jnp.int32(-0x80000000)
    v293 = v219 == v292
    v290 = jnp.float32(float('-inf'))
    v291 = jnp.float32(float('nan'))
    v294 = jnp.where(v293, v290, v291)
    v295 = jnp.int32(0)
    v296 = v219 == v295
    v297 = v218 + v218
    v298 = jnp.where(v296, v290, v297)
    v299 = jnp.int32(0)
    v300 = v219 < v299
    v301 = jnp.where(v300, v294, v298)
    v302 = jnp.where(v227, v289, v301)
    v303 = jax.lax.bitcast_convert_type(v216, jnp.int32)
    v304 = jnp.int32(0x7fffffff)
    v305 = v303 & v304
    v306 = jnp.int32(0x800000)
    v307 = v305 < v306
    v308 = jax.lax.bitcast_convert_type(v302, jnp.int32)
    v309 = jnp.where(v307, v303, v308)
    v310 = jax.lax.bitcast_convert_type(v309, jnp.float32)
    v311 = x + v310
    v312 = jax.lax.bitcast_convert_type(v311, jnp.int32)
    v313 = jnp.float32(float.fromhex('0x1p+0'))
    v314 = x < v313
    v315 = jnp.where(v314, v161, v312)
    v316 = jnp.float32(float.fromhex('-0x1p+0'))
    v317 = x < v316
    v318 = jnp.where(v317, v148, v315)
    v319 = jax.lax.bitcast_convert_type(v318, jnp.float32)
    return jnp.broadcast_to(v319, jnp.shape(x)).astype(jnp.float32)


@_evolved_softplusf_full.defjvp
def __evolved_softplusf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_softplusf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + jnp.exp(-_as_float32(x)))


evolved_softplusf = jax.jit(_evolved_softplusf_full)
