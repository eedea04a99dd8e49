/*
 * Evolved by evolve-float32 from results/runs/softplus (birth 2093): softplus kernel on [-1.0, 1.0], cost 6, validation max ULP 1.066 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_softplusf(float x): float32 softplus(x) for every float32 x.
 * void evolved_softplusf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
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
 * v1 = abs v0
 * v2 = const -0x1p+0  # -1.0
 * v3 = mul v1 v2
 * v4 = const -0x1.ap+6  # -104.0
 * v5 = const 0x1.64p+6  # 89.0
 * v6 = lt v3 v4
 * v7 = select v6 v4 v3
 * v8 = lt v5 v7
 * v9 = select v8 v5 v7
 * v10 = const 0x1.715476p+0  # 1.4426950216293335
 * v11 = const 0x1.8p+23  # 12582912.0
 * v12 = fma v9 v10 v11
 * v13 = bits_f2i v12
 * v14 = iconst 1262485504  # 0x4b400000
 * v15 = sub_i v13 v14
 * v16 = i2f v15
 * v17 = const 0x1.62e4p-1  # 0.693145751953125
 * v18 = mul_exact v16 v17
 * v19 = sub v9 v18
 * v20 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v21 = mul_exact v16 v20
 * v22 = sub v19 v21
 * v23 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v24 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v25 = fma v24 v22 v23
 * v26 = const 0x1.555864p-5  # 0.0416681244969368
 * v27 = fma v22 v25 v26
 * v28 = const 0x1.55547p-3  # 0.1666649580001831
 * v29 = fma v27 v22 v28
 * v30 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v31 = fma v29 v22 v30
 * v32 = const 0x1p+0  # 1.0
 * v33 = fma v31 v22 v32
 * v34 = fma v33 v22 v32
 * v35 = iconst 23
 * v36 = shl_i v13 v35
 * v37 = bits_f2i v34
 * v38 = add_i v37 v36
 * v39 = iconst 1249902592  # 0x4a800000
 * v40 = add_i v38 v39
 * v41 = bits_i2f v40
 * v42 = const 0x1p+23  # 8388608.0
 * v43 = add v41 v42
 * v44 = bits_f2i v43
 * v45 = iconst 1258291200  # 0x4b000000
 * v46 = sub_i v44 v45
 * v47 = lt_i v38 v46
 * v48 = select_i v47 v46 v38
 * v49 = iconst 2139095040  # 0x7f800000
 * v50 = lt_i v48 v49
 * v51 = select_i v50 v48 v49
 * v52 = sub v12 v12
 * v53 = bits_f2i v52
 * v54 = or_i v51 v53
 * v55 = bits_i2f v54
 * v56 = add v55 v32
 * v57 = bits_f2i v56
 * v58 = iconst 0
 * v59 = lt_i v58 v57
 * v60 = iconst 8388608  # 0x00800000
 * v61 = lt_i v57 v60
 * v62 = and_b v59 v61
 * v63 = lt_i v57 v49
 * v64 = and_b v59 v63
 * v65 = i2f v57
 * v66 = bits_f2i v65
 * v67 = select_i v62 v66 v57
 * v68 = iconst 1060439283  # 0x3f3504f3
 * v69 = sub_i v67 v68
 * v70 = sra_i v69 v35
 * v71 = iconst -149
 * v72 = select_i v62 v71 v58
 * v73 = add_i v70 v72
 * v74 = iconst 8388607  # 0x007fffff
 * v75 = and_i v69 v74
 * v76 = add_i v75 v68
 * v77 = bits_i2f v76
 * v78 = sub v77 v32
 * v79 = eq_i v73 v58
 * v80 = select v79 v55 v78
 * v81 = sub v56 v32
 * v82 = sub v55 v81
 * v83 = div v82 v56
 * v84 = const 0x0p+0  # 0.0
 * v85 = select v79 v84 v83
 * v86 = mul v80 v80
 * v87 = const -0x1.d79ea2p-4  # -0.11514151841402054
 * v88 = const 0x1.15a76ep-4  # 0.06778662651777267
 * v89 = const 0x1.e2b0eap-4  # 0.11784449964761734
 * v90 = const -0x1.fced1cp-4  # -0.12424956262111664
 * v91 = const 0x1.238e72p-3  # 0.14236153662204742
 * v92 = const -0x1.5559dep-3  # -0.16667531430721283
 * v93 = const 0x1.99a06p-3  # 0.2000129222869873
 * v94 = const -0x1.000004p-2  # -0.2500000596046448
 * v95 = const 0x1.55555p-2  # 0.33333325386047363
 * v96 = const -0x1p-1  # -0.5
 * v97 = fma v87 v86 v90
 * v98 = fma v97 v86 v92
 * v99 = fma v98 v86 v94
 * v100 = fma v88 v86 v89
 * v101 = fma v100 v86 v91
 * v102 = fma v101 v86 v93
 * v103 = fma v102 v80 v99
 * v104 = fma v103 v80 v95
 * v105 = fma v104 v80 v96
 * v106 = mul v86 v105
 * v107 = i2f v73
 * v108 = mul_exact v107 v20
 * v109 = add v108 v85
 * v110 = mul_exact v107 v17
 * v111 = add v110 v80
 * v112 = sub v110 v111
 * v113 = add v112 v80
 * v114 = add v109 v106
 * v115 = add v113 v114
 * v116 = add v111 v115
 * v117 = const -inf  # -inf
 * v118 = const nan  # nan
 * v119 = iconst -2147483648  # 0x80000000
 * v120 = eq_i v57 v119
 * v121 = select v120 v117 v118
 * v122 = eq_i v57 v58
 * v123 = add v56 v56
 * v124 = select v122 v117 v123
 * v125 = lt_i v57 v58
 * v126 = select v125 v121 v124
 * v127 = select v64 v116 v126
 * v128 = bits_f2i v55
 * v129 = iconst 2147483647  # 0x7fffffff
 * v130 = and_i v128 v129
 * v131 = lt_i v130 v60
 * v132 = bits_f2i v127
 * v133 = select_i v131 v128 v132
 * v134 = bits_i2f v133
 * v135 = bits_f2i v134
 * v136 = kernel core v0
 * v137 = bits_f2i v136
 * v138 = add v0 v134
 * v139 = bits_f2i v138
 * v140 = lt v0 v32
 * v141 = select_i v140 v137 v139
 * v142 = lt v0 v2
 * v143 = select_i v142 v135 v141
 * v144 = bits_i2f v143
 * return v144
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
    const float v1 = fabsf(x);
    const float v3 = v1 * -0x1p+0f;
    const int v6 = (v3 < -0x1.ap+6f);
    const float v7 = evolve_select_f(v6, -0x1.ap+6f, v3);
    const int v8 = (0x1.64p+6f < v7);
    const float v9 = evolve_select_f(v8, 0x1.64p+6f, v7);
    const float v12 = fmaf(v9, 0x1.715476p+0f, 0x1.8p+23f);
    const int32_t v13 = evolve_f32_bits(v12);
    const int32_t v15 = (int32_t)((uint32_t)(v13) - (uint32_t)(0x4b400000));
    const float v16 = (float)(v15);
    const float v19 = fmaf(v16, -0x1.62e4p-1f, v9);
    const float v22 = fmaf(v16, -0x1.7f7dp-20f, v19);
    const float v25 = fmaf(0x1.6ab19cp-10f, v22, 0x1.1253a4p-7f);
    const float v27 = fmaf(v22, v25, 0x1.555864p-5f);
    const float v29 = fmaf(v27, v22, 0x1.55547p-3f);
    const float v31 = fmaf(v29, v22, 0x1.fffffcp-2f);
    const float v33 = fmaf(v31, v22, 0x1p+0f);
    const float v34 = fmaf(v33, v22, 0x1p+0f);
    const int32_t v36 = (int32_t)((uint32_t)(v13) << (23));
    const int32_t v37 = evolve_f32_bits(v34);
    const int32_t v38 = (int32_t)((uint32_t)(v37) + (uint32_t)(v36));
    const int32_t v40 = (int32_t)((uint32_t)(v38) + (uint32_t)(0x4a800000));
    const float v41 = evolve_f32_from_bits(v40);
    const float v43 = v41 + 0x1p+23f;
    const int32_t v44 = evolve_f32_bits(v43);
    const int32_t v46 = (int32_t)((uint32_t)(v44) - (uint32_t)(0x4b000000));
    const int v47 = (v38 < v46);
    const int32_t v48 = evolve_select_i(v47, v46, v38);
    const int v50 = (v48 < 0x7f800000);
    const int32_t v51 = evolve_select_i(v50, v48, 0x7f800000);
    const float v52 = v12 - v12;
    const int32_t v53 = evolve_f32_bits(v52);
    const int32_t v54 = (v51 | v53);
    const float v55 = evolve_f32_from_bits(v54);
    const float v56 = v55 + 0x1p+0f;
    const int32_t v57 = evolve_f32_bits(v56);
    const int v59 = (0 < v57);
    const int v61 = (v57 < 0x800000);
    const int v62 = (v59 & v61);
    const int v63 = (v57 < 0x7f800000);
    const int v64 = (v59 & v63);
    const float v65 = (float)(v57);
    const int32_t v66 = evolve_f32_bits(v65);
    const int32_t v67 = evolve_select_i(v62, v66, v57);
    const int32_t v69 = (int32_t)((uint32_t)(v67) - (uint32_t)(0x3f3504f3));
    const int32_t v70 = (v69 >> (23));
    const int32_t v72 = evolve_select_i(v62, (-149), 0);
    const int32_t v73 = (int32_t)((uint32_t)(v70) + (uint32_t)(v72));
    const int32_t v75 = (v69 & 0x7fffff);
    const int32_t v76 = (int32_t)((uint32_t)(v75) + (uint32_t)(0x3f3504f3));
    const float v77 = evolve_f32_from_bits(v76);
    const float v78 = v77 - 0x1p+0f;
    const int v79 = (v73 == 0);
    const float v80 = evolve_select_f(v79, v55, v78);
    const float v81 = v56 - 0x1p+0f;
    const float v82 = v55 - v81;
    const float v83 = v82 / v56;
    const float v85 = evolve_select_f(v79, 0x0p+0f, v83);
    const float v86 = v80 * v80;
    const float v97 = fmaf(-0x1.d79ea2p-4f, v86, -0x1.fced1cp-4f);
    const float v98 = fmaf(v97, v86, -0x1.5559dep-3f);
    const float v99 = fmaf(v98, v86, -0x1.000004p-2f);
    const float v100 = fmaf(0x1.15a76ep-4f, v86, 0x1.e2b0eap-4f);
    const float v101 = fmaf(v100, v86, 0x1.238e72p-3f);
    const float v102 = fmaf(v101, v86, 0x1.99a06p-3f);
    const float v103 = fmaf(v102, v80, v99);
    const float v104 = fmaf(v103, v80, 0x1.55555p-2f);
    const float v105 = fmaf(v104, v80, -0x1p-1f);
    const float v106 = v86 * v105;
    const float v107 = (float)(v73);
    const float v108 = fmaf(v107, 0x1.7f7dp-20f, v85);
    const float v109 = v107 * 0x1.62e4p-1f;
    const float v110 = v109 + v80;
    const float v111 = v109 - v110;
    const float v112 = v111 + v80;
    const float v113 = v108 + v106;
    const float v114 = v112 + v113;
    const float v115 = v110 + v114;
    const int v119 = (v57 == (-0x7fffffff - 1));
    const float v120 = evolve_select_f(v119, -INFINITY, NAN);
    const int v121 = (v57 == 0);
    const float v122 = v56 + v56;
    const float v123 = evolve_select_f(v121, -INFINITY, v122);
    const int v124 = (v57 < 0);
    const float v125 = evolve_select_f(v124, v120, v123);
    const float v126 = evolve_select_f(v64, v115, v125);
    const int32_t v127 = evolve_f32_bits(v55);
    const int32_t v129 = (v127 & 0x7fffffff);
    const int v130 = (v129 < 0x800000);
    const int32_t v131 = evolve_f32_bits(v126);
    const int32_t v132 = evolve_select_i(v130, v127, v131);
    const float v133 = evolve_f32_from_bits(v132);
    const int32_t v134 = evolve_f32_bits(v133);
    const float v135 = evolved_softplusf_kernel(x);
    const int32_t v136 = evolve_f32_bits(v135);
    const float v137 = x + v133;
    const int32_t v138 = evolve_f32_bits(v137);
    const int v139 = (x < 0x1p+0f);
    const int32_t v140 = evolve_select_i(v139, v136, v138);
    const int v141 = (x < -0x1p+0f);
    const int32_t v142 = evolve_select_i(v141, v134, v140);
    const float v143 = evolve_f32_from_bits(v142);
    return v143;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_softplusf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_softplusf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_softplusf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_softplusf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_softplusf_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_softplusf_array(const float *in, float *out, size_t n)
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
            evolved_softplusf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_softplusf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_softplusf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_softplusf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_softplusf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_softplusf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_softplusf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_softplusf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_softplusf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_softplusf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_softplusf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_softplusf_kernel_array_run(in, out, n, mode);
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
