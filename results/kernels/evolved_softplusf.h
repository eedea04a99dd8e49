/*
 * Evolved by evolve-float32 from results/runs/softplus (birth 2093): softplus kernel on [-1.0, 1.0], cost 6, validation max ULP 1.066 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_softplusf(float x): float32 softplus(x) for every float32 x.
 * void evolved_softplusf_array(const float *in, float *out, size_t n): the same over an array, vectorized.
 * float evolved_softplusf_kernel(float r): the evolved kernel of slot core on its domain.
 *
 * C99 or later (restrict), or C++17 or later (hex float literals); C++ code includes it
 * directly: its functions have C linkage (extern "C").
 * IMPORTANT: compile with -ffp-contract=off (or -std=c99/c11, not gnu*).  Without it,
 * gcc in GNU mode fuses a*b+c into an fma on FMA hardware and the results are no
 * longer the verified float32 results.  The pragmas in this file guard it under gcc
 * and clang.  Requires round-to-nearest and no -ffast-math.
 * Include it once per translation unit; define EVOLVE_ARRAY_LINKAGE (e.g. empty)
 * before including it to give the *_array functions external linkage.
 * Speed: the *_array functions vectorize at -O2 and -O3 under gcc and clang, with no
 * -ffast-math or -fno-trapping-math.  Built without AVX2+FMA (plain -O2 on x86-64) they
 * carry AVX2 and AVX-512 copies chosen at run time (define EVOLVE_NO_DISPATCH to drop
 * them, EVOLVE_NO_AVX512 to stop at AVX2); all copies give the same bits.  Your own loop
 * over the scalar function vectorizes at -O3 with -ffp-contract=off, or at -O2 as a
 * `#pragma omp simd` loop under -fopenmp-simd (C++: also define EVOLVE_OMP_SIMD).
 *
 * Kernel evolved_softplusf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const -0x1.553aa2p-8  # -0.005206741858273745
 * v3 = const 0x1.67a7b4p-12  # 0.000342993822414428
 * v4 = const -0x1.69172p-16  # -2.152266097255051e-05
 * v5 = fma v4 v1 v3
 * v6 = fma v5 v1 v2
 * v7 = const 0x1.ffffc4p-4  # 0.12499977648258209
 * v8 = fma v6 v1 v7
 * v9 = const 0x1p-1  # 0.5
 * v10 = fma v8 v0 v9
 * v11 = const 0x1.62e43p-1  # 0.6931471824645996
 * v12 = fma v10 v0 v11
 * return v12
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = const -0x1.ap+6  # -104.0
 * v2 = const 0x1.64p+6  # 89.0
 * v3 = lt v1 v0
 * v4 = select v3 v0 v1
 * v5 = lt v4 v2
 * v6 = select v5 v4 v2
 * v7 = const 0x1.715476p+0  # 1.4426950216293335
 * v8 = mul v6 v7
 * v9 = rint_small v8
 * v10 = const 0x1.62e4p-1  # 0.693145751953125
 * v11 = mul_exact v9 v10
 * v12 = sub v6 v11
 * v13 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v14 = mul_exact v9 v13
 * v15 = sub v12 v14
 * v16 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v17 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v18 = fma v17 v15 v16
 * v19 = const 0x1.555864p-5  # 0.0416681244969368
 * v20 = fma v15 v18 v19
 * v21 = const 0x1.55547p-3  # 0.1666649580001831
 * v22 = fma v20 v15 v21
 * v23 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v24 = fma v22 v15 v23
 * v25 = const 0x1p+0  # 1.0
 * v26 = fma v24 v15 v25
 * v27 = const 0x1p+0  # 1.0
 * v28 = fma v26 v15 v27
 * v29 = const 0x1.8p+23  # 12582912.0
 * v30 = add v9 v29
 * v31 = bits_f2i v30
 * v32 = iconst 23
 * v33 = shl_i v31 v32
 * v34 = bits_f2i v28
 * v35 = add_i v34 v33
 * v36 = iconst 1249902592  # 0x4a800000
 * v37 = add_i v35 v36
 * v38 = bits_i2f v37
 * v39 = const 0x1p+23  # 8388608.0
 * v40 = add v38 v39
 * v41 = bits_f2i v40
 * v42 = iconst 1258291200  # 0x4b000000
 * v43 = sub_i v41 v42
 * v44 = iconst 2139095040  # 0x7f800000
 * v45 = iconst 8388608  # 0x00800000
 * v46 = lt_i v35 v45
 * v47 = lt_i v35 v44
 * v48 = select_i v47 v35 v44
 * v49 = select_i v46 v43 v48
 * v50 = eq v0 v0
 * v51 = bits_i2f v49
 * v52 = add v0 v0
 * v53 = select v50 v51 v52
 * v54 = const 0x1p+0  # 1.0
 * v55 = add v53 v54
 * v56 = bits_f2i v55
 * v57 = iconst 2139095040  # 0x7f800000
 * v58 = iconst 0
 * v59 = lt_i v58 v56
 * v60 = iconst 8388608  # 0x00800000
 * v61 = lt_i v56 v60
 * v62 = and_b v59 v61
 * v63 = lt_i v56 v57
 * v64 = and_b v59 v63
 * v65 = i2f v56
 * v66 = bits_f2i v65
 * v67 = select_i v62 v66 v56
 * v68 = iconst 1065353216  # 0x3f800000
 * v69 = select_i v64 v67 v68
 * v70 = iconst 1060439283  # 0x3f3504f3
 * v71 = sub_i v69 v70
 * v72 = iconst 23
 * v73 = sra_i v71 v72
 * v74 = iconst -149
 * v75 = iconst 0
 * v76 = select_i v62 v74 v75
 * v77 = add_i v73 v76
 * v78 = iconst 8388607  # 0x007fffff
 * v79 = and_i v71 v78
 * v80 = iconst 1060439283  # 0x3f3504f3
 * v81 = add_i v79 v80
 * v82 = bits_i2f v81
 * v83 = const 0x1p+0  # 1.0
 * v84 = sub v82 v83
 * v85 = iconst 0
 * v86 = eq_i v77 v85
 * v87 = select v86 v53 v84
 * v88 = const 0x1p+0  # 1.0
 * v89 = sub v55 v88
 * v90 = sub v53 v89
 * v91 = div v90 v55
 * v92 = const 0x0p+0  # 0.0
 * v93 = select v86 v92 v91
 * v94 = mul v87 v87
 * v95 = const -0x1.d79ea2p-4  # -0.11514151841402054
 * v96 = const 0x1.15a76ep-4  # 0.06778662651777267
 * v97 = fma v96 v87 v95
 * v98 = const 0x1.e2b0eap-4  # 0.11784449964761734
 * v99 = fma v97 v87 v98
 * v100 = const -0x1.fced1cp-4  # -0.12424956262111664
 * v101 = fma v99 v87 v100
 * v102 = const 0x1.238e7p-3  # 0.14236152172088623
 * v103 = fma v101 v87 v102
 * v104 = const -0x1.5559d6p-3  # -0.16667525470256805
 * v105 = fma v103 v87 v104
 * v106 = const 0x1.99a05cp-3  # 0.20001289248466492
 * v107 = fma v105 v87 v106
 * v108 = const -0x1.000004p-2  # -0.2500000596046448
 * v109 = fma v107 v87 v108
 * v110 = const 0x1.55555p-2  # 0.33333325386047363
 * v111 = fma v109 v87 v110
 * v112 = const -0x1p-1  # -0.5
 * v113 = fma v111 v87 v112
 * v114 = mul v94 v113
 * v115 = i2f v77
 * v116 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v117 = mul_exact v115 v116
 * v118 = add v117 v93
 * v119 = const 0x1.62e4p-1  # 0.693145751953125
 * v120 = mul_exact v115 v119
 * v121 = add v120 v87
 * v122 = sub v120 v121
 * v123 = add v122 v87
 * v124 = add v118 v114
 * v125 = add v123 v124
 * v126 = add v121 v125
 * v127 = const -inf  # -inf
 * v128 = const nan  # nan
 * v129 = iconst -2147483648  # 0x80000000
 * v130 = eq_i v56 v129
 * v131 = select v130 v127 v128
 * v132 = iconst 0
 * v133 = eq_i v56 v132
 * v134 = add v55 v55
 * v135 = select v133 v127 v134
 * v136 = iconst 0
 * v137 = lt_i v56 v136
 * v138 = select v137 v131 v135
 * v139 = select v64 v126 v138
 * v140 = bits_f2i v53
 * v141 = iconst 2147483647  # 0x7fffffff
 * v142 = and_i v140 v141
 * v143 = iconst 8388608  # 0x00800000
 * v144 = lt_i v142 v143
 * v145 = bits_f2i v139
 * v146 = select_i v144 v140 v145
 * v147 = bits_i2f v146
 * v148 = bits_f2i v147
 * v149 = kernel core v0
 * v150 = bits_f2i v149
 * v151 = const -0x1p+0  # -1.0
 * v152 = mul v0 v151
 * v153 = const -0x1.ap+6  # -104.0
 * v154 = const 0x1.64p+6  # 89.0
 * v155 = lt v153 v152
 * v156 = select v155 v152 v153
 * v157 = lt v156 v154
 * v158 = select v157 v156 v154
 * v159 = const 0x1.715476p+0  # 1.4426950216293335
 * v160 = mul v158 v159
 * v161 = rint_small v160
 * v162 = const 0x1.62e4p-1  # 0.693145751953125
 * v163 = mul_exact v161 v162
 * v164 = sub v158 v163
 * v165 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v166 = mul_exact v161 v165
 * v167 = sub v164 v166
 * v168 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v169 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v170 = fma v169 v167 v168
 * v171 = const 0x1.555864p-5  # 0.0416681244969368
 * v172 = fma v167 v170 v171
 * v173 = const 0x1.55547p-3  # 0.1666649580001831
 * v174 = fma v172 v167 v173
 * v175 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v176 = fma v174 v167 v175
 * v177 = const 0x1p+0  # 1.0
 * v178 = fma v176 v167 v177
 * v179 = const 0x1p+0  # 1.0
 * v180 = fma v178 v167 v179
 * v181 = const 0x1.8p+23  # 12582912.0
 * v182 = add v161 v181
 * v183 = bits_f2i v182
 * v184 = iconst 23
 * v185 = shl_i v183 v184
 * v186 = bits_f2i v180
 * v187 = add_i v186 v185
 * v188 = iconst 1249902592  # 0x4a800000
 * v189 = add_i v187 v188
 * v190 = bits_i2f v189
 * v191 = const 0x1p+23  # 8388608.0
 * v192 = add v190 v191
 * v193 = bits_f2i v192
 * v194 = iconst 1258291200  # 0x4b000000
 * v195 = sub_i v193 v194
 * v196 = iconst 2139095040  # 0x7f800000
 * v197 = iconst 8388608  # 0x00800000
 * v198 = lt_i v187 v197
 * v199 = lt_i v187 v196
 * v200 = select_i v199 v187 v196
 * v201 = select_i v198 v195 v200
 * v202 = eq v152 v152
 * v203 = bits_i2f v201
 * v204 = add v152 v152
 * v205 = select v202 v203 v204
 * v206 = const 0x1p+0  # 1.0
 * v207 = add v205 v206
 * v208 = bits_f2i v207
 * v209 = iconst 2139095040  # 0x7f800000
 * v210 = iconst 0
 * v211 = lt_i v210 v208
 * v212 = iconst 8388608  # 0x00800000
 * v213 = lt_i v208 v212
 * v214 = and_b v211 v213
 * v215 = lt_i v208 v209
 * v216 = and_b v211 v215
 * v217 = i2f v208
 * v218 = bits_f2i v217
 * v219 = select_i v214 v218 v208
 * v220 = iconst 1065353216  # 0x3f800000
 * v221 = select_i v216 v219 v220
 * v222 = iconst 1060439283  # 0x3f3504f3
 * v223 = sub_i v221 v222
 * v224 = iconst 23
 * v225 = sra_i v223 v224
 * v226 = iconst -149
 * v227 = iconst 0
 * v228 = select_i v214 v226 v227
 * v229 = add_i v225 v228
 * v230 = iconst 8388607  # 0x007fffff
 * v231 = and_i v223 v230
 * v232 = iconst 1060439283  # 0x3f3504f3
 * v233 = add_i v231 v232
 * v234 = bits_i2f v233
 * v235 = const 0x1p+0  # 1.0
 * v236 = sub v234 v235
 * v237 = iconst 0
 * v238 = eq_i v229 v237
 * v239 = select v238 v205 v236
 * v240 = const 0x1p+0  # 1.0
 * v241 = sub v207 v240
 * v242 = sub v205 v241
 * v243 = div v242 v207
 * v244 = const 0x0p+0  # 0.0
 * v245 = select v238 v244 v243
 * v246 = mul v239 v239
 * v247 = const -0x1.d79ea2p-4  # -0.11514151841402054
 * v248 = const 0x1.15a76ep-4  # 0.06778662651777267
 * v249 = fma v248 v239 v247
 * v250 = const 0x1.e2b0eap-4  # 0.11784449964761734
 * v251 = fma v249 v239 v250
 * v252 = const -0x1.fced1cp-4  # -0.12424956262111664
 * v253 = fma v251 v239 v252
 * v254 = const 0x1.238e7p-3  # 0.14236152172088623
 * v255 = fma v253 v239 v254
 * v256 = const -0x1.5559d6p-3  # -0.16667525470256805
 * v257 = fma v255 v239 v256
 * v258 = const 0x1.99a05cp-3  # 0.20001289248466492
 * v259 = fma v257 v239 v258
 * v260 = const -0x1.000004p-2  # -0.2500000596046448
 * v261 = fma v259 v239 v260
 * v262 = const 0x1.55555p-2  # 0.33333325386047363
 * v263 = fma v261 v239 v262
 * v264 = const -0x1p-1  # -0.5
 * v265 = fma v263 v239 v264
 * v266 = mul v246 v265
 * v267 = i2f v229
 * v268 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v269 = mul_exact v267 v268
 * v270 = add v269 v245
 * v271 = const 0x1.62e4p-1  # 0.693145751953125
 * v272 = mul_exact v267 v271
 * v273 = add v272 v239
 * v274 = sub v272 v273
 * v275 = add v274 v239
 * v276 = add v270 v266
 * v277 = add v275 v276
 * v278 = add v273 v277
 * v279 = const -inf  # -inf
 * v280 = const nan  # nan
 * v281 = iconst -2147483648  # 0x80000000
 * v282 = eq_i v208 v281
 * v283 = select v282 v279 v280
 * v284 = iconst 0
 * v285 = eq_i v208 v284
 * v286 = add v207 v207
 * v287 = select v285 v279 v286
 * v288 = iconst 0
 * v289 = lt_i v208 v288
 * v290 = select v289 v283 v287
 * v291 = select v216 v278 v290
 * v292 = bits_f2i v205
 * v293 = iconst 2147483647  # 0x7fffffff
 * v294 = and_i v292 v293
 * v295 = iconst 8388608  # 0x00800000
 * v296 = lt_i v294 v295
 * v297 = bits_f2i v291
 * v298 = select_i v296 v292 v297
 * v299 = bits_i2f v298
 * v300 = add v0 v299
 * v301 = bits_f2i v300
 * v302 = const 0x1p+0  # 1.0
 * v303 = lt v0 v302
 * v304 = select_i v303 v150 v301
 * v305 = const -0x1p+0  # -1.0
 * v306 = lt v0 v305
 * v307 = select_i v306 v148 v304
 * v308 = bits_i2f v307
 * return v308
 */
#ifndef EVOLVE_EVOLVED_SOFTPLUSF_FULL_H
#define EVOLVE_EVOLVED_SOFTPLUSF_FULL_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifndef EVOLVE_ARRAY_LINKAGE
#define EVOLVE_ARRAY_LINKAGE static inline
#endif
#ifndef EVOLVE_RESTRICT
#if defined(__cplusplus) && (defined(__GNUC__) || defined(__clang__))
#define EVOLVE_RESTRICT __restrict__
#elif defined(__cplusplus) && defined(_MSC_VER)
#define EVOLVE_RESTRICT __restrict
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define EVOLVE_RESTRICT restrict
#else
#define EVOLVE_RESTRICT
#endif
#endif
#ifndef EVOLVE_VECTOR_MACROS
#define EVOLVE_VECTOR_MACROS
#define EVOLVE_BLOCK 16
#if defined(__GNUC__) || defined(__clang__)
#define EVOLVE_FLATTEN __attribute__((flatten))
#define EVOLVE_UNUSED __attribute__((unused))
#else
#define EVOLVE_FLATTEN
#define EVOLVE_UNUSED
#endif
#if (defined(__GNUC__) || defined(__clang__)) \
    && (!defined(__cplusplus) || defined(_OPENMP) || defined(EVOLVE_OMP_SIMD))
#define EVOLVE_DECLARE_SIMD _Pragma("omp declare simd notinbranch")
#else
#define EVOLVE_DECLARE_SIMD
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(EVOLVE_NO_DISPATCH) \
    && !(defined(__AVX2__) && defined(__FMA__))
#define EVOLVE_X86_DISPATCH 1
#define EVOLVE_TARGET_AVX2 __attribute__((target("avx2,fma"), flatten, noinline, unused))
#define EVOLVE_TARGET_AVX512 __attribute__((target("avx512f,avx512vl,avx512bw,avx512dq,avx2,fma"), flatten, noinline, unused))
static inline EVOLVE_UNUSED int evolve_cpu_avx2(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
static inline EVOLVE_UNUSED int evolve_cpu_avx512(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
        && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq");
}
#endif
#endif
#ifdef __cplusplus
extern "C" {
#endif
#ifndef EVOLVE_BIT_CASTS
#define EVOLVE_BIT_CASTS
static inline int32_t evolve_f32_bits(float x) { int32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(int32_t u) { float x; memcpy(&x, &u, 4); return x; }
static inline EVOLVE_UNUSED int32_t evolve_select_i(int c, int32_t a, int32_t b)
{
    int32_t m = -(int32_t)c;
    return (a & m) | (b & ~m);
}
static inline EVOLVE_UNUSED float evolve_select_f(int c, float a, float b)
{
    return evolve_f32_from_bits(evolve_select_i(c, evolve_f32_bits(a), evolve_f32_bits(b)));
}
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wsource-uses-openmp"
#elif defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunknown-pragmas"
#endif
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_softplusf_kernel(float x)
{
    const float v1 = x * x;
    const float v5 = fmaf(-0x1.69172p-16f, v1, 0x1.67a7b4p-12f);
    const float v6 = fmaf(v5, v1, -0x1.553aa2p-8f);
    const float v8 = fmaf(v6, v1, 0x1.ffffc4p-4f);
    const float v10 = fmaf(v8, x, 0x1p-1f);
    const float v12 = fmaf(v10, x, 0x1.62e43p-1f);
    return v12;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_softplusf(float x)
{
    const int v3 = (-0x1.ap+6f < x);
    const float v4 = evolve_select_f(v3, x, -0x1.ap+6f);
    const int v5 = (v4 < 0x1.64p+6f);
    const float v6 = evolve_select_f(v5, v4, 0x1.64p+6f);
    const float v8 = v6 * 0x1.715476p+0f;
    const float v9 = ((v8 + 0x1.8p23f) - 0x1.8p23f);
    const float v11 = v9 * 0x1.62e4p-1f;
    const float v12 = v6 - v11;
    const float v14 = v9 * 0x1.7f7dp-20f;
    const float v15 = v12 - v14;
    const float v18 = fmaf(0x1.6ab19cp-10f, v15, 0x1.1253a4p-7f);
    const float v20 = fmaf(v15, v18, 0x1.555864p-5f);
    const float v22 = fmaf(v20, v15, 0x1.55547p-3f);
    const float v24 = fmaf(v22, v15, 0x1.fffffcp-2f);
    const float v26 = fmaf(v24, v15, 0x1p+0f);
    const float v28 = fmaf(v26, v15, 0x1p+0f);
    const float v30 = v9 + 0x1.8p+23f;
    const int32_t v31 = evolve_f32_bits(v30);
    const int32_t v33 = (int32_t)((uint32_t)(v31) << (23));
    const int32_t v34 = evolve_f32_bits(v28);
    const int32_t v35 = (int32_t)((uint32_t)(v34) + (uint32_t)(v33));
    const int32_t v37 = (int32_t)((uint32_t)(v35) + (uint32_t)(0x4a800000));
    const float v38 = evolve_f32_from_bits(v37);
    const float v40 = v38 + 0x1p+23f;
    const int32_t v41 = evolve_f32_bits(v40);
    const int32_t v43 = (int32_t)((uint32_t)(v41) - (uint32_t)(0x4b000000));
    const int v46 = (v35 < 0x800000);
    const int v47 = (v35 < 0x7f800000);
    const int32_t v48 = evolve_select_i(v47, v35, 0x7f800000);
    const int32_t v49 = evolve_select_i(v46, v43, v48);
    const int v50 = (x == x);
    const float v51 = evolve_f32_from_bits(v49);
    const float v52 = x + x;
    const float v53 = evolve_select_f(v50, v51, v52);
    const float v55 = v53 + 0x1p+0f;
    const int32_t v56 = evolve_f32_bits(v55);
    const int v59 = (0 < v56);
    const int v61 = (v56 < 0x800000);
    const int v62 = (v59 & v61);
    const int v63 = (v56 < 0x7f800000);
    const int v64 = (v59 & v63);
    const float v65 = (float)(v56);
    const int32_t v66 = evolve_f32_bits(v65);
    const int32_t v67 = evolve_select_i(v62, v66, v56);
    const int32_t v69 = evolve_select_i(v64, v67, 0x3f800000);
    const int32_t v71 = (int32_t)((uint32_t)(v69) - (uint32_t)(0x3f3504f3));
    const int32_t v73 = (v71 >> (23));
    const int32_t v76 = evolve_select_i(v62, (-149), 0);
    const int32_t v77 = (int32_t)((uint32_t)(v73) + (uint32_t)(v76));
    const int32_t v79 = (v71 & 0x7fffff);
    const int32_t v81 = (int32_t)((uint32_t)(v79) + (uint32_t)(0x3f3504f3));
    const float v82 = evolve_f32_from_bits(v81);
    const float v84 = v82 - 0x1p+0f;
    const int v86 = (v77 == 0);
    const float v87 = evolve_select_f(v86, v53, v84);
    const float v89 = v55 - 0x1p+0f;
    const float v90 = v53 - v89;
    const float v91 = v90 / v55;
    const float v93 = evolve_select_f(v86, 0x0p+0f, v91);
    const float v94 = v87 * v87;
    const float v97 = fmaf(0x1.15a76ep-4f, v87, -0x1.d79ea2p-4f);
    const float v99 = fmaf(v97, v87, 0x1.e2b0eap-4f);
    const float v101 = fmaf(v99, v87, -0x1.fced1cp-4f);
    const float v103 = fmaf(v101, v87, 0x1.238e7p-3f);
    const float v105 = fmaf(v103, v87, -0x1.5559d6p-3f);
    const float v107 = fmaf(v105, v87, 0x1.99a05cp-3f);
    const float v109 = fmaf(v107, v87, -0x1.000004p-2f);
    const float v111 = fmaf(v109, v87, 0x1.55555p-2f);
    const float v113 = fmaf(v111, v87, -0x1p-1f);
    const float v114 = v94 * v113;
    const float v115 = (float)(v77);
    const float v117 = v115 * 0x1.7f7dp-20f;
    const float v118 = v117 + v93;
    const float v120 = v115 * 0x1.62e4p-1f;
    const float v121 = v120 + v87;
    const float v122 = v120 - v121;
    const float v123 = v122 + v87;
    const float v124 = v118 + v114;
    const float v125 = v123 + v124;
    const float v126 = v121 + v125;
    const int v130 = (v56 == (-0x7fffffff - 1));
    const float v131 = evolve_select_f(v130, -INFINITY, NAN);
    const int v133 = (v56 == 0);
    const float v134 = v55 + v55;
    const float v135 = evolve_select_f(v133, -INFINITY, v134);
    const int v137 = (v56 < 0);
    const float v138 = evolve_select_f(v137, v131, v135);
    const float v139 = evolve_select_f(v64, v126, v138);
    const int32_t v140 = evolve_f32_bits(v53);
    const int32_t v142 = (v140 & 0x7fffffff);
    const int v144 = (v142 < 0x800000);
    const int32_t v145 = evolve_f32_bits(v139);
    const int32_t v146 = evolve_select_i(v144, v140, v145);
    const float v147 = evolve_f32_from_bits(v146);
    const int32_t v148 = evolve_f32_bits(v147);
    const float v149 = evolved_softplusf_kernel(x);
    const int32_t v150 = evolve_f32_bits(v149);
    const float v152 = x * -0x1p+0f;
    const int v155 = (-0x1.ap+6f < v152);
    const float v156 = evolve_select_f(v155, v152, -0x1.ap+6f);
    const int v157 = (v156 < 0x1.64p+6f);
    const float v158 = evolve_select_f(v157, v156, 0x1.64p+6f);
    const float v160 = v158 * 0x1.715476p+0f;
    const float v161 = ((v160 + 0x1.8p23f) - 0x1.8p23f);
    const float v163 = v161 * 0x1.62e4p-1f;
    const float v164 = v158 - v163;
    const float v166 = v161 * 0x1.7f7dp-20f;
    const float v167 = v164 - v166;
    const float v170 = fmaf(0x1.6ab19cp-10f, v167, 0x1.1253a4p-7f);
    const float v172 = fmaf(v167, v170, 0x1.555864p-5f);
    const float v174 = fmaf(v172, v167, 0x1.55547p-3f);
    const float v176 = fmaf(v174, v167, 0x1.fffffcp-2f);
    const float v178 = fmaf(v176, v167, 0x1p+0f);
    const float v180 = fmaf(v178, v167, 0x1p+0f);
    const float v182 = v161 + 0x1.8p+23f;
    const int32_t v183 = evolve_f32_bits(v182);
    const int32_t v185 = (int32_t)((uint32_t)(v183) << (23));
    const int32_t v186 = evolve_f32_bits(v180);
    const int32_t v187 = (int32_t)((uint32_t)(v186) + (uint32_t)(v185));
    const int32_t v189 = (int32_t)((uint32_t)(v187) + (uint32_t)(0x4a800000));
    const float v190 = evolve_f32_from_bits(v189);
    const float v192 = v190 + 0x1p+23f;
    const int32_t v193 = evolve_f32_bits(v192);
    const int32_t v195 = (int32_t)((uint32_t)(v193) - (uint32_t)(0x4b000000));
    const int v198 = (v187 < 0x800000);
    const int v199 = (v187 < 0x7f800000);
    const int32_t v200 = evolve_select_i(v199, v187, 0x7f800000);
    const int32_t v201 = evolve_select_i(v198, v195, v200);
    const int v202 = (v152 == v152);
    const float v203 = evolve_f32_from_bits(v201);
    const float v204 = v152 + v152;
    const float v205 = evolve_select_f(v202, v203, v204);
    const float v207 = v205 + 0x1p+0f;
    const int32_t v208 = evolve_f32_bits(v207);
    const int v211 = (0 < v208);
    const int v213 = (v208 < 0x800000);
    const int v214 = (v211 & v213);
    const int v215 = (v208 < 0x7f800000);
    const int v216 = (v211 & v215);
    const float v217 = (float)(v208);
    const int32_t v218 = evolve_f32_bits(v217);
    const int32_t v219 = evolve_select_i(v214, v218, v208);
    const int32_t v221 = evolve_select_i(v216, v219, 0x3f800000);
    const int32_t v223 = (int32_t)((uint32_t)(v221) - (uint32_t)(0x3f3504f3));
    const int32_t v225 = (v223 >> (23));
    const int32_t v228 = evolve_select_i(v214, (-149), 0);
    const int32_t v229 = (int32_t)((uint32_t)(v225) + (uint32_t)(v228));
    const int32_t v231 = (v223 & 0x7fffff);
    const int32_t v233 = (int32_t)((uint32_t)(v231) + (uint32_t)(0x3f3504f3));
    const float v234 = evolve_f32_from_bits(v233);
    const float v236 = v234 - 0x1p+0f;
    const int v238 = (v229 == 0);
    const float v239 = evolve_select_f(v238, v205, v236);
    const float v241 = v207 - 0x1p+0f;
    const float v242 = v205 - v241;
    const float v243 = v242 / v207;
    const float v245 = evolve_select_f(v238, 0x0p+0f, v243);
    const float v246 = v239 * v239;
    const float v249 = fmaf(0x1.15a76ep-4f, v239, -0x1.d79ea2p-4f);
    const float v251 = fmaf(v249, v239, 0x1.e2b0eap-4f);
    const float v253 = fmaf(v251, v239, -0x1.fced1cp-4f);
    const float v255 = fmaf(v253, v239, 0x1.238e7p-3f);
    const float v257 = fmaf(v255, v239, -0x1.5559d6p-3f);
    const float v259 = fmaf(v257, v239, 0x1.99a05cp-3f);
    const float v261 = fmaf(v259, v239, -0x1.000004p-2f);
    const float v263 = fmaf(v261, v239, 0x1.55555p-2f);
    const float v265 = fmaf(v263, v239, -0x1p-1f);
    const float v266 = v246 * v265;
    const float v267 = (float)(v229);
    const float v269 = v267 * 0x1.7f7dp-20f;
    const float v270 = v269 + v245;
    const float v272 = v267 * 0x1.62e4p-1f;
    const float v273 = v272 + v239;
    const float v274 = v272 - v273;
    const float v275 = v274 + v239;
    const float v276 = v270 + v266;
    const float v277 = v275 + v276;
    const float v278 = v273 + v277;
    const int v282 = (v208 == (-0x7fffffff - 1));
    const float v283 = evolve_select_f(v282, -INFINITY, NAN);
    const int v285 = (v208 == 0);
    const float v286 = v207 + v207;
    const float v287 = evolve_select_f(v285, -INFINITY, v286);
    const int v289 = (v208 < 0);
    const float v290 = evolve_select_f(v289, v283, v287);
    const float v291 = evolve_select_f(v216, v278, v290);
    const int32_t v292 = evolve_f32_bits(v205);
    const int32_t v294 = (v292 & 0x7fffffff);
    const int v296 = (v294 < 0x800000);
    const int32_t v297 = evolve_f32_bits(v291);
    const int32_t v298 = evolve_select_i(v296, v292, v297);
    const float v299 = evolve_f32_from_bits(v298);
    const float v300 = x + v299;
    const int32_t v301 = evolve_f32_bits(v300);
    const int v303 = (x < 0x1p+0f);
    const int32_t v304 = evolve_select_i(v303, v150, v301);
    const int v306 = (x < -0x1p+0f);
    const int32_t v307 = evolve_select_i(v306, v148, v304);
    const float v308 = evolve_f32_from_bits(v307);
    return v308;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_softplusf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_softplusf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_softplusf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_softplusf_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_softplusf_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_softplusf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_softplusf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_softplusf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_softplusf_kernel_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_softplusf_kernel_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
#if defined(__clang__)
#pragma clang diagnostic pop
#elif defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* EVOLVE_EVOLVED_SOFTPLUSF_FULL_H */
