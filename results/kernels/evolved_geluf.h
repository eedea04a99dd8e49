/*
 * Evolved by evolve-float32 from results/runs/gelu (birth 32): gelu kernel on [-1.0, 1.0], cost 23, validation max ULP 0.8259; tail kernel from results/runs/gelu_tail (birth 71) on [1.0, 14.5], cost 14, validation max ULP 3.825 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_geluf(float x): float32 gelu(x) for every float32 x.
 * void evolved_geluf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
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
 * v43 = mul v29 v17
 * v44 = sub v43 v19
 * v45 = rint_small v44
 * v46 = mul_exact v45 v24
 * v47 = sub v29 v46
 * v48 = mul_exact v45 v27
 * v49 = sub v47 v48
 * v50 = mul v49 v49
 * v51 = const 0x1.b464e6p-13  # 0.00020808893896173686
 * v52 = const 0x1.6d0c56p-10  # 0.0013925483217462897
 * v53 = fma v51 v49 v52
 * v54 = const 0x1.110762p-7  # 0.008332178927958012
 * v55 = fma v53 v49 v54
 * v56 = const 0x1.5554fap-5  # 0.04166649654507637
 * v57 = fma v55 v49 v56
 * v58 = const 0x1.55555ap-3  # 0.16666670143604279
 * v59 = fma v57 v49 v58
 * v60 = fma v59 v49 v11
 * v61 = fma v50 v60 v49
 * v62 = add v45 v21
 * v63 = bits_f2i v62
 * v64 = iconst 1262485504  # 0x4b400000
 * v65 = sub_i v63 v64
 * v66 = iconst 127
 * v67 = add_i v65 v66
 * v68 = iconst 23
 * v69 = shl_i v67 v68
 * v70 = bits_i2f v69
 * v71 = const 0x1p+0  # 1.0
 * v72 = sub v70 v71
 * v73 = fma v70 v61 v72
 * v74 = bits_f2i v73
 * v75 = bits_i2f v74
 * v76 = kernel tail v4
 * v77 = fma v76 v42 v42
 * v78 = add v76 v77
 * v79 = fma v78 v75 v78
 * v80 = add v75 v79
 * v81 = add v71 v80
 * v82 = add v23 v21
 * v83 = bits_f2i v82
 * v84 = shl_i v83 v68
 * v85 = iconst 1065353216  # 0x3f800000
 * v86 = add_i v84 v85
 * v87 = bits_i2f v86
 * v88 = mul v81 v87
 * v89 = mul v88 v2
 * v90 = bits_f2i v89
 * v91 = iconst 2147483647  # 0x7fffffff
 * v92 = and_i v90 v91
 * v93 = iconst -536870912  # 0xe0000000
 * v94 = add_i v92 v93
 * v95 = iconst 1249902592  # 0x4a800000
 * v96 = add_i v94 v95
 * v97 = bits_i2f v96
 * v98 = const 0x1p+23  # 8388608.0
 * v99 = add v97 v98
 * v100 = bits_f2i v99
 * v101 = iconst 1258291200  # 0x4b000000
 * v102 = sub_i v100 v101
 * v103 = iconst 8388608  # 0x00800000
 * v104 = lt_i v94 v103
 * v105 = select_i v104 v102 v94
 * v106 = iconst 2139095040  # 0x7f800000
 * v107 = lt_i v92 v106
 * v108 = select_i v107 v105 v92
 * v109 = iconst -2147483648  # 0x80000000
 * v110 = and_i v90 v109
 * v111 = or_i v108 v110
 * v112 = bits_i2f v111
 * v113 = bits_f2i v112
 * v114 = kernel core v0
 * v115 = bits_f2i v114
 * v116 = mul v0 v98
 * v117 = bits_f2i v116
 * v118 = and_i v117 v91
 * v119 = iconst -201326592  # 0xf4000000
 * v120 = add_i v118 v119
 * v121 = add_i v120 v95
 * v122 = bits_i2f v121
 * v123 = add v122 v98
 * v124 = bits_f2i v123
 * v125 = sub_i v124 v101
 * v126 = lt_i v120 v103
 * v127 = select_i v126 v125 v120
 * v128 = lt_i v118 v106
 * v129 = select_i v128 v127 v118
 * v130 = and_i v117 v109
 * v131 = or_i v129 v130
 * v132 = bits_i2f v131
 * v133 = bits_f2i v132
 * v134 = bits_f2i v88
 * v135 = and_i v134 v91
 * v136 = add_i v135 v93
 * v137 = add_i v136 v95
 * v138 = bits_i2f v137
 * v139 = add v138 v98
 * v140 = bits_f2i v139
 * v141 = sub_i v140 v101
 * v142 = lt_i v136 v103
 * v143 = select_i v142 v141 v136
 * v144 = lt_i v135 v106
 * v145 = select_i v144 v143 v135
 * v146 = and_i v134 v109
 * v147 = or_i v145 v146
 * v148 = bits_i2f v147
 * v149 = sub v0 v148
 * v150 = bits_f2i v149
 * v151 = const 0x1.8p+2  # 6.0
 * v152 = lt v0 v151
 * v153 = select_i v152 v150 v1
 * v154 = lt v0 v71
 * v155 = select_i v154 v115 v153
 * v156 = const 0x1p-26  # 1.4901161193847656e-08
 * v157 = lt v0 v156
 * v158 = select_i v157 v133 v155
 * v159 = const -0x1p-26  # -1.4901161193847656e-08
 * v160 = lt v0 v159
 * v161 = select_i v160 v115 v158
 * v162 = lt v0 v2
 * v163 = select_i v162 v113 v161
 * v164 = const -0x1.dp+3  # -14.5
 * v165 = lt v0 v164
 * v166 = select_i v165 v3 v163
 * v167 = and_i v1 v91
 * v168 = i2f v167
 * v169 = const -0x1p-1  # -0.5
 * v170 = mul v168 v169
 * v171 = rint_small v170
 * v172 = add v171 v21
 * v173 = bits_f2i v172
 * v174 = sub_i v173 v64
 * v175 = add_i v167 v174
 * v176 = and_i v1 v109
 * v177 = or_i v175 v176
 * v178 = lt_i v167 v103
 * v179 = select_i v178 v177 v166
 * v180 = bits_i2f v179
 * v181 = eq_i v1 v109
 * v182 = const -0x0p+0  # -0.0
 * v183 = select v181 v182 v180
 * return v183
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
#define EVOLVE_CHUNK (16 * EVOLVE_BLOCK)
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
    const float v42 = v28 * 0x1.715476p+0f;
    const float v43 = v42 - 0x1.5c01a2p-4f;
    const float v44 = ((v43 + 0x1.8p23f) - 0x1.8p23f);
    const float v46 = fmaf(v44, -0x1.62e4p-1f, v28);
    const float v48 = fmaf(v44, -0x1.7f7dp-20f, v46);
    const float v49 = v48 * v48;
    const float v52 = fmaf(0x1.b464e6p-13f, v48, 0x1.6d0c56p-10f);
    const float v54 = fmaf(v52, v48, 0x1.110762p-7f);
    const float v56 = fmaf(v54, v48, 0x1.5554fap-5f);
    const float v58 = fmaf(v56, v48, 0x1.55555ap-3f);
    const float v59 = fmaf(v58, v48, 0x1p-1f);
    const float v60 = fmaf(v49, v59, v48);
    const float v61 = v44 + 0x1.8p+23f;
    const int32_t v62 = evolve_f32_bits(v61);
    const int32_t v64 = (int32_t)((uint32_t)(v62) - (uint32_t)(0x4b400000));
    const int32_t v66 = (int32_t)((uint32_t)(v64) + (uint32_t)(127));
    const int32_t v68 = (int32_t)((uint32_t)(v66) << (23));
    const float v69 = evolve_f32_from_bits(v68);
    const float v71 = v69 - 0x1p+0f;
    const float v72 = fmaf(v69, v60, v71);
    const int32_t v73 = evolve_f32_bits(v72);
    const float v74 = evolve_f32_from_bits(v73);
    const float v75 = evolved_geluf_tail(v4);
    const float v76 = fmaf(v75, v41, v41);
    const float v77 = v75 + v76;
    const float v78 = fmaf(v77, v74, v77);
    const float v79 = v74 + v78;
    const float v80 = 0x1p+0f + v79;
    const float v81 = v23 + 0x1.8p+23f;
    const int32_t v82 = evolve_f32_bits(v81);
    const int32_t v83 = (int32_t)((uint32_t)(v82) << (23));
    const int32_t v85 = (int32_t)((uint32_t)(v83) + (uint32_t)(0x3f800000));
    const float v86 = evolve_f32_from_bits(v85);
    const float v87 = v80 * v86;
    const float v88 = v87 * -0x1p+0f;
    const int32_t v89 = evolve_f32_bits(v88);
    const int32_t v91 = (v89 & 0x7fffffff);
    const int32_t v93 = (int32_t)((uint32_t)(v91) + (uint32_t)((-0x20000000)));
    const int32_t v95 = (int32_t)((uint32_t)(v93) + (uint32_t)(0x4a800000));
    const float v96 = evolve_f32_from_bits(v95);
    const float v98 = v96 + 0x1p+23f;
    const int32_t v99 = evolve_f32_bits(v98);
    const int32_t v101 = (int32_t)((uint32_t)(v99) - (uint32_t)(0x4b000000));
    const int v103 = (v93 < 0x800000);
    const int32_t v104 = evolve_select_i(v103, v101, v93);
    const int v106 = (v91 < 0x7f800000);
    const int32_t v107 = evolve_select_i(v106, v104, v91);
    const int32_t v109 = (v89 & (-0x7fffffff - 1));
    const int32_t v110 = (v107 | v109);
    const float v111 = evolve_f32_from_bits(v110);
    const int32_t v112 = evolve_f32_bits(v111);
    const float v113 = evolved_geluf_kernel(x);
    const int32_t v114 = evolve_f32_bits(v113);
    const float v115 = x * 0x1p+23f;
    const int32_t v116 = evolve_f32_bits(v115);
    const int32_t v117 = (v116 & 0x7fffffff);
    const int32_t v119 = (int32_t)((uint32_t)(v117) + (uint32_t)((-0xc000000)));
    const int32_t v120 = (int32_t)((uint32_t)(v119) + (uint32_t)(0x4a800000));
    const float v121 = evolve_f32_from_bits(v120);
    const float v122 = v121 + 0x1p+23f;
    const int32_t v123 = evolve_f32_bits(v122);
    const int32_t v124 = (int32_t)((uint32_t)(v123) - (uint32_t)(0x4b000000));
    const int v125 = (v119 < 0x800000);
    const int32_t v126 = evolve_select_i(v125, v124, v119);
    const int v127 = (v117 < 0x7f800000);
    const int32_t v128 = evolve_select_i(v127, v126, v117);
    const int32_t v129 = (v116 & (-0x7fffffff - 1));
    const int32_t v130 = (v128 | v129);
    const float v131 = evolve_f32_from_bits(v130);
    const int32_t v132 = evolve_f32_bits(v131);
    const int32_t v133 = evolve_f32_bits(v87);
    const int32_t v134 = (v133 & 0x7fffffff);
    const int32_t v135 = (int32_t)((uint32_t)(v134) + (uint32_t)((-0x20000000)));
    const int32_t v136 = (int32_t)((uint32_t)(v135) + (uint32_t)(0x4a800000));
    const float v137 = evolve_f32_from_bits(v136);
    const float v138 = v137 + 0x1p+23f;
    const int32_t v139 = evolve_f32_bits(v138);
    const int32_t v140 = (int32_t)((uint32_t)(v139) - (uint32_t)(0x4b000000));
    const int v141 = (v135 < 0x800000);
    const int32_t v142 = evolve_select_i(v141, v140, v135);
    const int v143 = (v134 < 0x7f800000);
    const int32_t v144 = evolve_select_i(v143, v142, v134);
    const int32_t v145 = (v133 & (-0x7fffffff - 1));
    const int32_t v146 = (v144 | v145);
    const float v147 = evolve_f32_from_bits(v146);
    const float v148 = x - v147;
    const int32_t v149 = evolve_f32_bits(v148);
    const int v151 = (x < 0x1.8p+2f);
    const int32_t v152 = evolve_select_i(v151, v149, v1);
    const int v153 = (x < 0x1p+0f);
    const int32_t v154 = evolve_select_i(v153, v114, v152);
    const int v156 = (x < 0x1p-26f);
    const int32_t v157 = evolve_select_i(v156, v132, v154);
    const int v159 = (x < -0x1p-26f);
    const int32_t v160 = evolve_select_i(v159, v114, v157);
    const int v161 = (x < -0x1p+0f);
    const int32_t v162 = evolve_select_i(v161, v112, v160);
    const int v164 = (x < -0x1.dp+3f);
    const int32_t v165 = evolve_select_i(v164, (-0x7fffffff - 1), v162);
    const int32_t v166 = (v1 & 0x7fffffff);
    const float v167 = (float)(v166);
    const float v169 = v167 * -0x1p-1f;
    const float v170 = ((v169 + 0x1.8p23f) - 0x1.8p23f);
    const float v171 = v170 + 0x1.8p+23f;
    const int32_t v172 = evolve_f32_bits(v171);
    const int32_t v173 = (int32_t)((uint32_t)(v172) - (uint32_t)(0x4b400000));
    const int32_t v174 = (int32_t)((uint32_t)(v166) + (uint32_t)(v173));
    const int32_t v175 = (v1 & (-0x7fffffff - 1));
    const int32_t v176 = (v174 | v175);
    const int v177 = (v166 < 0x800000);
    const int32_t v178 = evolve_select_i(v177, v176, v165);
    const float v179 = evolve_f32_from_bits(v178);
    const int v180 = (v1 == (-0x7fffffff - 1));
    const float v182 = evolve_select_f(v180, -0x0p+0f, v179);
    return v182;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_geluf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_geluf_array(const float *in, float *out, size_t n)
{
    int mode[2] = {1, 0};
    if (in == out)
    {
        float buf[EVOLVE_CHUNK];
        for (size_t i = 0; i < n; i += EVOLVE_CHUNK)
        {
            size_t m = n - i < EVOLVE_CHUNK ? n - i : EVOLVE_CHUNK;
            for (size_t j = 0; j < m; ++j)
                buf[j] = in[i + j];
            evolved_geluf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_geluf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_tail_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_tail_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_geluf_tail_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_tail_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_tail_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_tail(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_geluf_tail_array(const float *in, float *out, size_t n)
{
    int mode[2] = {1, 0};
    if (in == out)
    {
        float buf[EVOLVE_CHUNK];
        for (size_t i = 0; i < n; i += EVOLVE_CHUNK)
        {
            size_t m = n - i < EVOLVE_CHUNK ? n - i : EVOLVE_CHUNK;
            for (size_t j = 0; j < m; ++j)
                buf[j] = in[i + j];
            evolved_geluf_tail_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_geluf_tail_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_geluf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_geluf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_geluf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_geluf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_geluf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_geluf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_geluf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_geluf_kernel_array(const float *in, float *out, size_t n)
{
    int mode[2] = {1, 0};
    if (in == out)
    {
        float buf[EVOLVE_CHUNK];
        for (size_t i = 0; i < n; i += EVOLVE_CHUNK)
        {
            size_t m = n - i < EVOLVE_CHUNK ? n - i : EVOLVE_CHUNK;
            for (size_t j = 0; j < m; ++j)
                buf[j] = in[i + j];
            evolved_geluf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_geluf_kernel_array_run(in, out, n, mode);
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
