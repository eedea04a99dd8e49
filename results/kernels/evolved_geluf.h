/*
 * Evolved by evolve-float32 from results/runs/gelu (birth 32): gelu kernel on [-1.0, 1.0], cost 23, validation max ULP 0.8259; tail kernel from results/runs/gelu_tail (birth 71) on [1.0, 14.5], cost 14, validation max ULP 3.825 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_geluf(float x): float32 gelu(x) for every float32 x.
 * void evolved_geluf_array(const float *in, float *out, size_t n): the same over an array, vectorized.
 * float evolved_geluf_tail(float r): the evolved kernel of slot tail on its domain.
 * float evolved_geluf_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_geluf_tail (slot tail; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.ep+0  # 1.875
 * v2 = sub v0 v1
 * v3 = const 0x1.95c024p-2  # 0.396240770816803
 * v4 = const 0x1.9d7976p+6  # 103.36861419677734
 * v5 = const 0x1.a78376p-3  # 0.20679371058940887
 * v6 = mul v0 v0
 * v7 = fma v5 v6 v4
 * v8 = fma v3 v0 v7
 * v9 = const 0x1.a5ff66p+9  # 843.9953002929688
 * v10 = fma v8 v0 v9
 * v11 = const 0x1.6ec4cep+11  # 2934.150146484375
 * v12 = fma v10 v0 v11
 * v13 = const 0x1.458b98p+12  # 5208.724609375
 * v14 = fma v12 v0 v13
 * v15 = const 0x1.f7007cp+8  # 503.00189208984375
 * v16 = fma v0 v0 v15
 * v17 = const 0x1.863308p+11  # 3121.5947265625
 * v18 = fma v16 v0 v17
 * v19 = const 0x1.2e68e8p+13  # 9677.11328125
 * v20 = fma v18 v0 v19
 * v21 = const 0x1.d65fb8p+13  # 15051.96484375
 * v22 = fma v20 v0 v21
 * v23 = const 0x1.314c78p+13  # 9769.55859375
 * v24 = fma v22 v0 v23
 * v25 = div v14 v24
 * v26 = mul v2 v25
 * return v26
 *
 * Kernel evolved_geluf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const -0x1p+0  # -1.0
 * v3 = mul v1 v2
 * v4 = fma v0 v0 v3
 * v5 = mul v1 v1
 * v6 = const -0x1.fa0a32p-18  # -7.540581009379821e-06
 * v7 = const 0x1.dac6c6p-14  # 0.0001131955286837183
 * v8 = fma v6 v1 v7
 * v9 = const -0x1.36eb4cp-10  # -0.0011860623490065336
 * v10 = fma v8 v1 v9
 * v11 = const 0x1.46cd7cp-7  # 0.009973226115107536
 * v12 = fma v10 v1 v11
 * v13 = const -0x1.10583p-4  # -0.06649035215377808
 * v14 = fma v12 v1 v13
 * v15 = add v1 v1
 * v16 = const 0x1.988454p-2  # 0.3989422917366028
 * v17 = fma v15 v14 v16
 * v18 = const -0x1.857936p-27  # -1.1335170135851058e-08
 * v19 = mul v1 v18
 * v20 = fma v4 v17 v19
 * v21 = const 0x1p-1  # 0.5
 * v22 = mul v0 v21
 * v23 = mul v1 v16
 * v24 = mul v23 v2
 * v25 = fma v1 v16 v24
 * v26 = add v22 v23
 * v27 = sub v26 v22
 * v28 = sub v23 v27
 * v29 = add v28 v25
 * v30 = add v29 v20
 * v31 = fma v5 v14 v30
 * v32 = add v26 v31
 * return v32
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = bits_f2i v0
 * v2 = const -0x1p+0  # -1.0
 * v3 = iconst -2147483648  # 0x80000000
 * v4 = abs v0
 * v5 = const 0x1p+15  # 32768.0
 * v6 = add v4 v5
 * v7 = sub v6 v5
 * v8 = sub v7 v4
 * v9 = add v7 v4
 * v10 = mul v8 v9
 * v11 = const 0x1p-1  # 0.5
 * v12 = mul v10 v11
 * v13 = const 0x1.5a0908p+5  # 43.25440979003906
 * v14 = mul v7 v7
 * v15 = mul v14 v11
 * v16 = sub v13 v15
 * v17 = const 0x1.715476p+0  # 1.4426950216293335
 * v18 = mul v16 v17
 * v19 = const 0x1.5c01a2p-4  # 0.08496249467134476
 * v20 = sub v18 v19
 * v21 = const 0x1.8p+23  # 12582912.0
 * v22 = add v20 v21
 * v23 = sub v22 v21
 * v24 = const 0x1.62e4p-1  # 0.693145751953125
 * v25 = mul v23 v24
 * v26 = sub v16 v25
 * v27 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v28 = const -0x1.7f7dp-20  # -1.428605173714459e-06
 * v29 = fma v23 v28 v26
 * v30 = const -0x1.803542p-20  # -1.4312864777821233e-06
 * v31 = sub v26 v29
 * v32 = fma v23 v28 v31
 * v33 = add v30 v32
 * v34 = add v12 v33
 * v35 = mul v34 v34
 * v36 = const 0x1.555556p-3  # 0.1666666716337204
 * v37 = const 0x1.555556p-5  # 0.0416666679084301
 * v38 = mul v34 v37
 * v39 = add v36 v38
 * v40 = mul v34 v39
 * v41 = add v11 v40
 * v42 = fma v35 v41 v34
 * v43 = const -0x1.ap+6  # -104.0
 * v44 = const 0x1.64p+6  # 89.0
 * v45 = lt v29 v43
 * v46 = select v45 v43 v29
 * v47 = lt v44 v46
 * v48 = select v47 v44 v46
 * v49 = mul v48 v17
 * v50 = sub v49 v19
 * v51 = rint_small v50
 * v52 = mul_exact v51 v24
 * v53 = sub v48 v52
 * v54 = mul_exact v51 v27
 * v55 = sub v53 v54
 * v56 = mul v55 v55
 * v57 = const 0x1.b464e6p-13  # 0.00020808893896173686
 * v58 = const 0x1.6d0c56p-10  # 0.0013925483217462897
 * v59 = fma v57 v55 v58
 * v60 = const 0x1.110762p-7  # 0.008332178927958012
 * v61 = fma v59 v55 v60
 * v62 = const 0x1.5554fap-5  # 0.04166649654507637
 * v63 = fma v61 v55 v62
 * v64 = const 0x1.55555ap-3  # 0.16666670143604279
 * v65 = fma v63 v55 v64
 * v66 = fma v65 v55 v11
 * v67 = fma v56 v66 v55
 * v68 = add v51 v21
 * v69 = bits_f2i v68
 * v70 = iconst 1262485504  # 0x4b400000
 * v71 = sub_i v69 v70
 * v72 = iconst -26
 * v73 = lt_i v71 v72
 * v74 = select_i v73 v72 v71
 * v75 = iconst 127
 * v76 = add_i v74 v75
 * v77 = iconst 23
 * v78 = shl_i v76 v77
 * v79 = bits_i2f v78
 * v80 = iconst 126
 * v81 = add_i v74 v80
 * v82 = shl_i v81 v77
 * v83 = bits_i2f v82
 * v84 = const 0x1p+0  # 1.0
 * v85 = fma v79 v67 v79
 * v86 = sub v85 v84
 * v87 = sub v79 v84
 * v88 = fma v79 v67 v87
 * v89 = const -0x1p-1  # -0.5
 * v90 = fma v83 v67 v89
 * v91 = add v83 v90
 * v92 = const 0x1p+1  # 2.0
 * v93 = mul v91 v92
 * v94 = iconst -24
 * v95 = lt_i v74 v94
 * v96 = iconst 25
 * v97 = lt_i v74 v96
 * v98 = select v97 v88 v93
 * v99 = select v95 v86 v98
 * v100 = eq v29 v29
 * v101 = add v29 v29
 * v102 = select v100 v99 v101
 * v103 = bits_f2i v29
 * v104 = iconst 2147483647  # 0x7fffffff
 * v105 = and_i v103 v104
 * v106 = iconst 8388608  # 0x00800000
 * v107 = lt_i v105 v106
 * v108 = bits_f2i v102
 * v109 = select_i v107 v103 v108
 * v110 = bits_i2f v109
 * v111 = kernel tail v4
 * v112 = fma v111 v42 v42
 * v113 = add v111 v112
 * v114 = fma v113 v110 v113
 * v115 = add v110 v114
 * v116 = add v84 v115
 * v117 = const -0x1.2ep+7  # -151.0
 * v118 = const 0x1p+7  # 128.0
 * v119 = lt v23 v117
 * v120 = select v119 v117 v23
 * v121 = lt v118 v120
 * v122 = select v121 v118 v120
 * v123 = rint_small v122
 * v124 = sub v122 v123
 * v125 = const 0x1.92ac98p-8  # 0.006144320592284203
 * v126 = const 0x1.10855ep-3  # 0.13306687772274017
 * v127 = fma v125 v124 v126
 * v128 = const -0x1.272a16p+1  # -2.30597186088562
 * v129 = fma v127 v124 v128
 * v130 = const 0x1.3f5fc8p+3  # 9.98044204711914
 * v131 = fma v129 v124 v130
 * v132 = const 0x1.62e43p-1  # 0.6931471824645996
 * v133 = const 0x1.32e364p+1  # 2.39756441116333
 * v134 = div v133 v131
 * v135 = fma v134 v124 v132
 * v136 = fma v135 v124 v84
 * v137 = add v123 v21
 * v138 = bits_f2i v137
 * v139 = shl_i v138 v77
 * v140 = bits_f2i v136
 * v141 = add_i v140 v139
 * v142 = iconst 1249902592  # 0x4a800000
 * v143 = add_i v141 v142
 * v144 = bits_i2f v143
 * v145 = const 0x1p+23  # 8388608.0
 * v146 = add v144 v145
 * v147 = bits_f2i v146
 * v148 = iconst 1258291200  # 0x4b000000
 * v149 = sub_i v147 v148
 * v150 = lt_i v141 v149
 * v151 = select_i v150 v149 v141
 * v152 = iconst 2139095040  # 0x7f800000
 * v153 = lt_i v151 v152
 * v154 = select_i v153 v151 v152
 * v155 = sub v137 v137
 * v156 = bits_f2i v155
 * v157 = or_i v154 v156
 * v158 = bits_i2f v157
 * v159 = mul v116 v158
 * v160 = mul v159 v2
 * v161 = bits_f2i v160
 * v162 = and_i v161 v104
 * v163 = iconst -536870912  # 0xe0000000
 * v164 = add_i v162 v163
 * v165 = add_i v164 v142
 * v166 = bits_i2f v165
 * v167 = add v166 v145
 * v168 = bits_f2i v167
 * v169 = sub_i v168 v148
 * v170 = lt_i v164 v106
 * v171 = select_i v170 v169 v164
 * v172 = lt_i v162 v152
 * v173 = select_i v172 v171 v162
 * v174 = iconst -2147483648  # 0x80000000
 * v175 = and_i v161 v174
 * v176 = or_i v173 v175
 * v177 = bits_i2f v176
 * v178 = bits_f2i v177
 * v179 = kernel core v0
 * v180 = bits_f2i v179
 * v181 = mul v0 v145
 * v182 = bits_f2i v181
 * v183 = and_i v182 v104
 * v184 = iconst -201326592  # 0xf4000000
 * v185 = add_i v183 v184
 * v186 = add_i v185 v142
 * v187 = bits_i2f v186
 * v188 = add v187 v145
 * v189 = bits_f2i v188
 * v190 = sub_i v189 v148
 * v191 = lt_i v185 v106
 * v192 = select_i v191 v190 v185
 * v193 = lt_i v183 v152
 * v194 = select_i v193 v192 v183
 * v195 = and_i v182 v174
 * v196 = or_i v194 v195
 * v197 = bits_i2f v196
 * v198 = bits_f2i v197
 * v199 = bits_f2i v159
 * v200 = and_i v199 v104
 * v201 = add_i v200 v163
 * v202 = add_i v201 v142
 * v203 = bits_i2f v202
 * v204 = add v203 v145
 * v205 = bits_f2i v204
 * v206 = sub_i v205 v148
 * v207 = lt_i v201 v106
 * v208 = select_i v207 v206 v201
 * v209 = lt_i v200 v152
 * v210 = select_i v209 v208 v200
 * v211 = and_i v199 v174
 * v212 = or_i v210 v211
 * v213 = bits_i2f v212
 * v214 = sub v0 v213
 * v215 = bits_f2i v214
 * v216 = const 0x1.8p+2  # 6.0
 * v217 = lt v0 v216
 * v218 = select_i v217 v215 v1
 * v219 = lt v0 v84
 * v220 = select_i v219 v180 v218
 * v221 = const 0x1p-26  # 1.4901161193847656e-08
 * v222 = lt v0 v221
 * v223 = select_i v222 v198 v220
 * v224 = const -0x1p-26  # -1.4901161193847656e-08
 * v225 = lt v0 v224
 * v226 = select_i v225 v180 v223
 * v227 = lt v0 v2
 * v228 = select_i v227 v178 v226
 * v229 = const -0x1.dp+3  # -14.5
 * v230 = lt v0 v229
 * v231 = select_i v230 v3 v228
 * v232 = and_i v1 v104
 * v233 = i2f v232
 * v234 = mul v233 v89
 * v235 = rint_small v234
 * v236 = add v235 v21
 * v237 = bits_f2i v236
 * v238 = sub_i v237 v70
 * v239 = add_i v232 v238
 * v240 = and_i v1 v174
 * v241 = or_i v239 v240
 * v242 = lt_i v232 v106
 * v243 = select_i v242 v241 v231
 * v244 = bits_i2f v243
 * v245 = eq_i v1 v174
 * v246 = const -0x0p+0  # -0.0
 * v247 = select v245 v246 v244
 * return v247
 */
#ifndef EVOLVE_EVOLVED_GELUF_FULL_H
#define EVOLVE_EVOLVED_GELUF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_geluf_tail(float x)
{
    const float v2 = x - 0x1.ep+0f;
    const float v6 = x * x;
    const float v7 = fmaf(0x1.a78376p-3f, v6, 0x1.9d7976p+6f);
    const float v8 = fmaf(0x1.95c024p-2f, x, v7);
    const float v10 = fmaf(v8, x, 0x1.a5ff66p+9f);
    const float v12 = fmaf(v10, x, 0x1.6ec4cep+11f);
    const float v14 = fmaf(v12, x, 0x1.458b98p+12f);
    const float v16 = fmaf(x, x, 0x1.f7007cp+8f);
    const float v18 = fmaf(v16, x, 0x1.863308p+11f);
    const float v20 = fmaf(v18, x, 0x1.2e68e8p+13f);
    const float v22 = fmaf(v20, x, 0x1.d65fb8p+13f);
    const float v24 = fmaf(v22, x, 0x1.314c78p+13f);
    const float v25 = v14 / v24;
    const float v26 = v2 * v25;
    return v26;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_geluf_kernel(float x)
{
    const float v1 = x * x;
    const float v3 = v1 * -0x1p+0f;
    const float v4 = fmaf(x, x, v3);
    const float v5 = v1 * v1;
    const float v8 = fmaf(-0x1.fa0a32p-18f, v1, 0x1.dac6c6p-14f);
    const float v10 = fmaf(v8, v1, -0x1.36eb4cp-10f);
    const float v12 = fmaf(v10, v1, 0x1.46cd7cp-7f);
    const float v14 = fmaf(v12, v1, -0x1.10583p-4f);
    const float v15 = v1 + v1;
    const float v17 = fmaf(v15, v14, 0x1.988454p-2f);
    const float v19 = v1 * -0x1.857936p-27f;
    const float v20 = fmaf(v4, v17, v19);
    const float v22 = x * 0x1p-1f;
    const float v23 = v1 * 0x1.988454p-2f;
    const float v24 = v23 * -0x1p+0f;
    const float v25 = fmaf(v1, 0x1.988454p-2f, v24);
    const float v26 = v22 + v23;
    const float v27 = v26 - v22;
    const float v28 = v23 - v27;
    const float v29 = v28 + v25;
    const float v30 = v29 + v20;
    const float v31 = fmaf(v5, v14, v30);
    const float v32 = v26 + v31;
    return v32;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_geluf(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const float v4 = fabsf(x);
    const float v6 = v4 + 0x1p+15f;
    const float v7 = v6 - 0x1p+15f;
    const float v8 = v7 - v4;
    const float v9 = v7 + v4;
    const float v10 = v8 * v9;
    const float v12 = v10 * 0x1p-1f;
    const float v14 = v7 * v7;
    const float v15 = v14 * 0x1p-1f;
    const float v16 = 0x1.5a0908p+5f - v15;
    const float v18 = v16 * 0x1.715476p+0f;
    const float v20 = v18 - 0x1.5c01a2p-4f;
    const float v22 = v20 + 0x1.8p+23f;
    const float v23 = v22 - 0x1.8p+23f;
    const float v25 = v23 * 0x1.62e4p-1f;
    const float v26 = v16 - v25;
    const float v28 = fmaf(v23, -0x1.7f7dp-20f, v26);
    const float v30 = v26 - v28;
    const float v31 = fmaf(v23, -0x1.7f7dp-20f, v30);
    const float v32 = -0x1.803542p-20f + v31;
    const float v33 = v12 + v32;
    const float v34 = v33 * v33;
    const float v37 = v33 * 0x1.555556p-5f;
    const float v38 = 0x1.555556p-3f + v37;
    const float v39 = v33 * v38;
    const float v40 = 0x1p-1f + v39;
    const float v41 = fmaf(v34, v40, v33);
    const int v44 = (v28 < -0x1.ap+6f);
    const float v45 = evolve_select_f(v44, -0x1.ap+6f, v28);
    const int v46 = (0x1.64p+6f < v45);
    const float v47 = evolve_select_f(v46, 0x1.64p+6f, v45);
    const float v48 = v47 * 0x1.715476p+0f;
    const float v49 = v48 - 0x1.5c01a2p-4f;
    const float v50 = ((v49 + 0x1.8p23f) - 0x1.8p23f);
    const float v52 = fmaf(v50, -0x1.62e4p-1f, v47);
    const float v54 = fmaf(v50, -0x1.7f7dp-20f, v52);
    const float v55 = v54 * v54;
    const float v58 = fmaf(0x1.b464e6p-13f, v54, 0x1.6d0c56p-10f);
    const float v60 = fmaf(v58, v54, 0x1.110762p-7f);
    const float v62 = fmaf(v60, v54, 0x1.5554fap-5f);
    const float v64 = fmaf(v62, v54, 0x1.55555ap-3f);
    const float v65 = fmaf(v64, v54, 0x1p-1f);
    const float v66 = fmaf(v55, v65, v54);
    const float v67 = v50 + 0x1.8p+23f;
    const int32_t v68 = evolve_f32_bits(v67);
    const int32_t v70 = (int32_t)((uint32_t)(v68) - (uint32_t)(0x4b400000));
    const int v72 = (v70 < (-26));
    const int32_t v73 = evolve_select_i(v72, (-26), v70);
    const int32_t v75 = (int32_t)((uint32_t)(v73) + (uint32_t)(127));
    const int32_t v77 = (int32_t)((uint32_t)(v75) << (23));
    const float v78 = evolve_f32_from_bits(v77);
    const int32_t v80 = (int32_t)((uint32_t)(v73) + (uint32_t)(126));
    const int32_t v81 = (int32_t)((uint32_t)(v80) << (23));
    const float v82 = evolve_f32_from_bits(v81);
    const float v84 = fmaf(v78, v66, v78);
    const float v85 = v84 - 0x1p+0f;
    const float v86 = v78 - 0x1p+0f;
    const float v87 = fmaf(v78, v66, v86);
    const float v89 = fmaf(v82, v66, -0x1p-1f);
    const float v90 = v82 + v89;
    const float v92 = v90 * 0x1p+1f;
    const int v94 = (v73 < (-24));
    const int v96 = (v73 < 25);
    const float v97 = evolve_select_f(v96, v87, v92);
    const float v98 = evolve_select_f(v94, v85, v97);
    const int v99 = (v28 == v28);
    const float v100 = v28 + v28;
    const float v101 = evolve_select_f(v99, v98, v100);
    const int32_t v102 = evolve_f32_bits(v28);
    const int32_t v104 = (v102 & 0x7fffffff);
    const int v106 = (v104 < 0x800000);
    const int32_t v107 = evolve_f32_bits(v101);
    const int32_t v108 = evolve_select_i(v106, v102, v107);
    const float v109 = evolve_f32_from_bits(v108);
    const float v110 = evolved_geluf_tail(v4);
    const float v111 = fmaf(v110, v41, v41);
    const float v112 = v110 + v111;
    const float v113 = fmaf(v112, v109, v112);
    const float v114 = v109 + v113;
    const float v115 = 0x1p+0f + v114;
    const int v118 = (v23 < -0x1.2ep+7f);
    const float v119 = evolve_select_f(v118, -0x1.2ep+7f, v23);
    const int v120 = (0x1p+7f < v119);
    const float v121 = evolve_select_f(v120, 0x1p+7f, v119);
    const float v122 = ((v121 + 0x1.8p23f) - 0x1.8p23f);
    const float v123 = v121 - v122;
    const float v126 = fmaf(0x1.92ac98p-8f, v123, 0x1.10855ep-3f);
    const float v128 = fmaf(v126, v123, -0x1.272a16p+1f);
    const float v130 = fmaf(v128, v123, 0x1.3f5fc8p+3f);
    const float v133 = 0x1.32e364p+1f / v130;
    const float v134 = fmaf(v133, v123, 0x1.62e43p-1f);
    const float v135 = fmaf(v134, v123, 0x1p+0f);
    const float v136 = v122 + 0x1.8p+23f;
    const int32_t v137 = evolve_f32_bits(v136);
    const int32_t v138 = (int32_t)((uint32_t)(v137) << (23));
    const int32_t v139 = evolve_f32_bits(v135);
    const int32_t v140 = (int32_t)((uint32_t)(v139) + (uint32_t)(v138));
    const int32_t v142 = (int32_t)((uint32_t)(v140) + (uint32_t)(0x4a800000));
    const float v143 = evolve_f32_from_bits(v142);
    const float v145 = v143 + 0x1p+23f;
    const int32_t v146 = evolve_f32_bits(v145);
    const int32_t v148 = (int32_t)((uint32_t)(v146) - (uint32_t)(0x4b000000));
    const int v149 = (v140 < v148);
    const int32_t v150 = evolve_select_i(v149, v148, v140);
    const int v152 = (v150 < 0x7f800000);
    const int32_t v153 = evolve_select_i(v152, v150, 0x7f800000);
    const float v154 = v136 - v136;
    const int32_t v155 = evolve_f32_bits(v154);
    const int32_t v156 = (v153 | v155);
    const float v157 = evolve_f32_from_bits(v156);
    const float v158 = v115 * v157;
    const float v159 = v158 * -0x1p+0f;
    const int32_t v160 = evolve_f32_bits(v159);
    const int32_t v161 = (v160 & 0x7fffffff);
    const int32_t v163 = (int32_t)((uint32_t)(v161) + (uint32_t)((-0x20000000)));
    const int32_t v164 = (int32_t)((uint32_t)(v163) + (uint32_t)(0x4a800000));
    const float v165 = evolve_f32_from_bits(v164);
    const float v166 = v165 + 0x1p+23f;
    const int32_t v167 = evolve_f32_bits(v166);
    const int32_t v168 = (int32_t)((uint32_t)(v167) - (uint32_t)(0x4b000000));
    const int v169 = (v163 < 0x800000);
    const int32_t v170 = evolve_select_i(v169, v168, v163);
    const int v171 = (v161 < 0x7f800000);
    const int32_t v172 = evolve_select_i(v171, v170, v161);
    const int32_t v174 = (v160 & (-0x7fffffff - 1));
    const int32_t v175 = (v172 | v174);
    const float v176 = evolve_f32_from_bits(v175);
    const int32_t v177 = evolve_f32_bits(v176);
    const float v178 = evolved_geluf_kernel(x);
    const int32_t v179 = evolve_f32_bits(v178);
    const float v180 = x * 0x1p+23f;
    const int32_t v181 = evolve_f32_bits(v180);
    const int32_t v182 = (v181 & 0x7fffffff);
    const int32_t v184 = (int32_t)((uint32_t)(v182) + (uint32_t)((-0xc000000)));
    const int32_t v185 = (int32_t)((uint32_t)(v184) + (uint32_t)(0x4a800000));
    const float v186 = evolve_f32_from_bits(v185);
    const float v187 = v186 + 0x1p+23f;
    const int32_t v188 = evolve_f32_bits(v187);
    const int32_t v189 = (int32_t)((uint32_t)(v188) - (uint32_t)(0x4b000000));
    const int v190 = (v184 < 0x800000);
    const int32_t v191 = evolve_select_i(v190, v189, v184);
    const int v192 = (v182 < 0x7f800000);
    const int32_t v193 = evolve_select_i(v192, v191, v182);
    const int32_t v194 = (v181 & (-0x7fffffff - 1));
    const int32_t v195 = (v193 | v194);
    const float v196 = evolve_f32_from_bits(v195);
    const int32_t v197 = evolve_f32_bits(v196);
    const int32_t v198 = evolve_f32_bits(v158);
    const int32_t v199 = (v198 & 0x7fffffff);
    const int32_t v200 = (int32_t)((uint32_t)(v199) + (uint32_t)((-0x20000000)));
    const int32_t v201 = (int32_t)((uint32_t)(v200) + (uint32_t)(0x4a800000));
    const float v202 = evolve_f32_from_bits(v201);
    const float v203 = v202 + 0x1p+23f;
    const int32_t v204 = evolve_f32_bits(v203);
    const int32_t v205 = (int32_t)((uint32_t)(v204) - (uint32_t)(0x4b000000));
    const int v206 = (v200 < 0x800000);
    const int32_t v207 = evolve_select_i(v206, v205, v200);
    const int v208 = (v199 < 0x7f800000);
    const int32_t v209 = evolve_select_i(v208, v207, v199);
    const int32_t v210 = (v198 & (-0x7fffffff - 1));
    const int32_t v211 = (v209 | v210);
    const float v212 = evolve_f32_from_bits(v211);
    const float v213 = x - v212;
    const int32_t v214 = evolve_f32_bits(v213);
    const int v216 = (x < 0x1.8p+2f);
    const int32_t v217 = evolve_select_i(v216, v214, v1);
    const int v218 = (x < 0x1p+0f);
    const int32_t v219 = evolve_select_i(v218, v179, v217);
    const int v221 = (x < 0x1p-26f);
    const int32_t v222 = evolve_select_i(v221, v197, v219);
    const int v224 = (x < -0x1p-26f);
    const int32_t v225 = evolve_select_i(v224, v179, v222);
    const int v226 = (x < -0x1p+0f);
    const int32_t v227 = evolve_select_i(v226, v177, v225);
    const int v229 = (x < -0x1.dp+3f);
    const int32_t v230 = evolve_select_i(v229, (-0x7fffffff - 1), v227);
    const int32_t v231 = (v1 & 0x7fffffff);
    const float v232 = (float)(v231);
    const float v233 = v232 * -0x1p-1f;
    const float v234 = ((v233 + 0x1.8p23f) - 0x1.8p23f);
    const float v235 = v234 + 0x1.8p+23f;
    const int32_t v236 = evolve_f32_bits(v235);
    const int32_t v237 = (int32_t)((uint32_t)(v236) - (uint32_t)(0x4b400000));
    const int32_t v238 = (int32_t)((uint32_t)(v231) + (uint32_t)(v237));
    const int32_t v239 = (v1 & (-0x7fffffff - 1));
    const int32_t v240 = (v238 | v239);
    const int v241 = (v231 < 0x800000);
    const int32_t v242 = evolve_select_i(v241, v240, v230);
    const float v243 = evolve_f32_from_bits(v242);
    const int v244 = (v1 == (-0x7fffffff - 1));
    const float v246 = evolve_select_f(v244, -0x0p+0f, v243);
    return v246;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_geluf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_tail_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_tail_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_geluf_tail_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_tail_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_tail_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_geluf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_kernel_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_kernel_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
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
#endif /* EVOLVE_EVOLVED_GELUF_FULL_H */
