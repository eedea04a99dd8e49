/*
 * Evolved by evolve-float32 from results/runs/tanh (birth 24): tanh kernel on [0.0, 0.625], cost 7, validation max ULP 0.6355; tail kernel from results/runs/tanh_tail (birth 734) on [0.625, 1.25], cost 9, validation max ULP 0.6525 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_tanhf(float x): float32 tanh(x) for every float32 x.
 * void evolved_tanhf_array(const float *in, float *out, size_t n): the same over an array, vectorized.
 * float evolved_tanhf_kernel(float r): the evolved kernel of slot core on its domain.
 * float evolved_tanhf_tail(float r): the evolved kernel of slot tail on its domain.
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
 * Kernel evolved_tanhf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const -0x1.760b4ep-8  # -0.005707460921257734
 * v3 = const 0x1.52131ap-6  # 0.02063443697988987
 * v4 = fma v2 v1 v3
 * v5 = const -0x1.b8331p-5  # -0.05373528599739075
 * v6 = fma v4 v1 v5
 * v7 = const 0x1.11068ep-3  # 0.13331328332424164
 * v8 = fma v6 v1 v7
 * v9 = const -0x1.55552cp-2  # -0.33333271741867065
 * v10 = fma v8 v1 v9
 * v11 = const -0x1.798c74p-30  # -1.3735139692272469e-09
 * v12 = fma v10 v1 v11
 * v13 = fma v12 v0 v0
 * return v13
 *
 * Kernel evolved_tanhf_tail (slot tail; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.d6765p-1  # 0.9188714027404785
 * v2 = sub v0 v1
 * v3 = const -0x1.2ed08p-7  # -0.009241163730621338
 * v4 = const 0x1.9f3a2ap-6  # 0.025343457236886024
 * v5 = fma v3 v2 v4
 * v6 = const -0x1.72310ep-6  # -0.02259470336139202
 * v7 = fma v5 v0 v6
 * v8 = const -0x1.c7f2f6p-5  # -0.05565784499049187
 * v9 = fma v7 v2 v8
 * v10 = const 0x1.9749f6p-4  # 0.09943576902151108
 * v11 = fma v9 v2 v10
 * v12 = const -0x1.5ff616p-2  # -0.34371218085289
 * v13 = mul v11 v0
 * v14 = fma v13 v2 v12
 * v15 = const 0x1.e53884p-2  # 0.4738484025001526
 * v16 = fma v14 v2 v15
 * v17 = const 0x1.7362cap-1  # 0.7253630757331848
 * v18 = fma v16 v2 v17
 * return v18
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = bits_f2i v0
 * v2 = iconst 2147483647  # 0x7fffffff
 * v3 = and_i v1 v2
 * v4 = bits_i2f v3
 * v5 = kernel core v4
 * v6 = bits_f2i v5
 * v7 = kernel tail v4
 * v8 = bits_f2i v7
 * v9 = const 0x1p+0  # 1.0
 * v10 = const 0x1p+1  # 2.0
 * v11 = mul v10 v4
 * v12 = const -0x1.ap+6  # -104.0
 * v13 = const 0x1.64p+6  # 89.0
 * v14 = lt v11 v12
 * v15 = select v14 v12 v11
 * v16 = lt v13 v15
 * v17 = select v16 v13 v15
 * v18 = const 0x1.715476p+0  # 1.4426950216293335
 * v19 = const 0x1.8p+23  # 12582912.0
 * v20 = fma v17 v18 v19
 * v21 = bits_f2i v20
 * v22 = iconst 1262485504  # 0x4b400000
 * v23 = sub_i v21 v22
 * v24 = i2f v23
 * v25 = const 0x1.62e4p-1  # 0.693145751953125
 * v26 = mul_exact v24 v25
 * v27 = sub v17 v26
 * v28 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v29 = mul_exact v24 v28
 * v30 = sub v27 v29
 * v31 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v32 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v33 = fma v32 v30 v31
 * v34 = const 0x1.555864p-5  # 0.0416681244969368
 * v35 = fma v30 v33 v34
 * v36 = const 0x1.55547p-3  # 0.1666649580001831
 * v37 = fma v35 v30 v36
 * v38 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v39 = fma v37 v30 v38
 * v40 = fma v39 v30 v9
 * v41 = fma v40 v30 v9
 * v42 = iconst 23
 * v43 = shl_i v21 v42
 * v44 = bits_f2i v41
 * v45 = add_i v44 v43
 * v46 = iconst 1249902592  # 0x4a800000
 * v47 = add_i v45 v46
 * v48 = bits_i2f v47
 * v49 = const 0x1p+23  # 8388608.0
 * v50 = add v48 v49
 * v51 = bits_f2i v50
 * v52 = iconst 1258291200  # 0x4b000000
 * v53 = sub_i v51 v52
 * v54 = lt_i v45 v53
 * v55 = select_i v54 v53 v45
 * v56 = iconst 2139095040  # 0x7f800000
 * v57 = lt_i v55 v56
 * v58 = select_i v57 v55 v56
 * v59 = sub v20 v20
 * v60 = bits_f2i v59
 * v61 = or_i v58 v60
 * v62 = bits_i2f v61
 * v63 = add v62 v9
 * v64 = div v10 v63
 * v65 = sub v9 v64
 * v66 = bits_f2i v65
 * v67 = const 0x1.20a3d8p+3  # 9.020000457763672
 * v68 = le v67 v4
 * v69 = iconst 1065353216  # 0x3f800000
 * v70 = select_i v68 v69 v66
 * v71 = iconst 1067450368  # 0x3fa00000
 * v72 = lt_i v3 v71
 * v73 = select_i v72 v8 v70
 * v74 = iconst 1059061760  # 0x3f200000
 * v75 = lt_i v3 v74
 * v76 = select_i v75 v6 v73
 * v77 = i2f v3
 * v78 = const 0x0p+0  # 0.0
 * v79 = mul v77 v78
 * v80 = rint_small v79
 * v81 = add v80 v19
 * v82 = bits_f2i v81
 * v83 = sub_i v82 v22
 * v84 = add_i v3 v83
 * v85 = iconst 8388608  # 0x00800000
 * v86 = lt_i v3 v85
 * v87 = select_i v86 v84 v76
 * v88 = iconst -2147483648  # 0x80000000
 * v89 = and_i v1 v88
 * v90 = xor_i v87 v89
 * v91 = bits_i2f v90
 * return v91
 */
#ifndef EVOLVE_EVOLVED_TANHF_FULL_H
#define EVOLVE_EVOLVED_TANHF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_tanhf_kernel(float x)
{
    const float v1 = x * x;
    const float v4 = fmaf(-0x1.760b4ep-8f, v1, 0x1.52131ap-6f);
    const float v6 = fmaf(v4, v1, -0x1.b8331p-5f);
    const float v8 = fmaf(v6, v1, 0x1.11068ep-3f);
    const float v10 = fmaf(v8, v1, -0x1.55552cp-2f);
    const float v12 = fmaf(v10, v1, -0x1.798c74p-30f);
    const float v13 = fmaf(v12, x, x);
    return v13;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_tanhf_tail(float x)
{
    const float v2 = x - 0x1.d6765p-1f;
    const float v5 = fmaf(-0x1.2ed08p-7f, v2, 0x1.9f3a2ap-6f);
    const float v7 = fmaf(v5, x, -0x1.72310ep-6f);
    const float v9 = fmaf(v7, v2, -0x1.c7f2f6p-5f);
    const float v11 = fmaf(v9, v2, 0x1.9749f6p-4f);
    const float v13 = v11 * x;
    const float v14 = fmaf(v13, v2, -0x1.5ff616p-2f);
    const float v16 = fmaf(v14, v2, 0x1.e53884p-2f);
    const float v18 = fmaf(v16, v2, 0x1.7362cap-1f);
    return v18;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_tanhf(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v3 = (v1 & 0x7fffffff);
    const float v4 = evolve_f32_from_bits(v3);
    const float v5 = evolved_tanhf_kernel(v4);
    const int32_t v6 = evolve_f32_bits(v5);
    const float v7 = evolved_tanhf_tail(v4);
    const int32_t v8 = evolve_f32_bits(v7);
    const float v11 = 0x1p+1f * v4;
    const int v14 = (v11 < -0x1.ap+6f);
    const float v15 = evolve_select_f(v14, -0x1.ap+6f, v11);
    const int v16 = (0x1.64p+6f < v15);
    const float v17 = evolve_select_f(v16, 0x1.64p+6f, v15);
    const float v20 = fmaf(v17, 0x1.715476p+0f, 0x1.8p+23f);
    const int32_t v21 = evolve_f32_bits(v20);
    const int32_t v23 = (int32_t)((uint32_t)(v21) - (uint32_t)(0x4b400000));
    const float v24 = (float)(v23);
    const float v26 = v24 * 0x1.62e4p-1f;
    const float v27 = v17 - v26;
    const float v29 = v24 * 0x1.7f7dp-20f;
    const float v30 = v27 - v29;
    const float v33 = fmaf(0x1.6ab19cp-10f, v30, 0x1.1253a4p-7f);
    const float v35 = fmaf(v30, v33, 0x1.555864p-5f);
    const float v37 = fmaf(v35, v30, 0x1.55547p-3f);
    const float v39 = fmaf(v37, v30, 0x1.fffffcp-2f);
    const float v40 = fmaf(v39, v30, 0x1p+0f);
    const float v41 = fmaf(v40, v30, 0x1p+0f);
    const int32_t v43 = (int32_t)((uint32_t)(v21) << (23));
    const int32_t v44 = evolve_f32_bits(v41);
    const int32_t v45 = (int32_t)((uint32_t)(v44) + (uint32_t)(v43));
    const int32_t v47 = (int32_t)((uint32_t)(v45) + (uint32_t)(0x4a800000));
    const float v48 = evolve_f32_from_bits(v47);
    const float v50 = v48 + 0x1p+23f;
    const int32_t v51 = evolve_f32_bits(v50);
    const int32_t v53 = (int32_t)((uint32_t)(v51) - (uint32_t)(0x4b000000));
    const int v54 = (v45 < v53);
    const int32_t v55 = evolve_select_i(v54, v53, v45);
    const int v57 = (v55 < 0x7f800000);
    const int32_t v58 = evolve_select_i(v57, v55, 0x7f800000);
    const float v59 = v20 - v20;
    const int32_t v60 = evolve_f32_bits(v59);
    const int32_t v61 = (v58 | v60);
    const float v62 = evolve_f32_from_bits(v61);
    const float v63 = v62 + 0x1p+0f;
    const float v64 = 0x1p+1f / v63;
    const float v65 = 0x1p+0f - v64;
    const int32_t v66 = evolve_f32_bits(v65);
    const int v68 = (0x1.20a3d8p+3f <= v4);
    const int32_t v70 = evolve_select_i(v68, 0x3f800000, v66);
    const int v72 = (v3 < 0x3fa00000);
    const int32_t v73 = evolve_select_i(v72, v8, v70);
    const int v75 = (v3 < 0x3f200000);
    const int32_t v76 = evolve_select_i(v75, v6, v73);
    const float v77 = (float)(v3);
    const float v79 = v77 * 0x0p+0f;
    const float v80 = ((v79 + 0x1.8p23f) - 0x1.8p23f);
    const float v81 = v80 + 0x1.8p+23f;
    const int32_t v82 = evolve_f32_bits(v81);
    const int32_t v83 = (int32_t)((uint32_t)(v82) - (uint32_t)(0x4b400000));
    const int32_t v84 = (int32_t)((uint32_t)(v3) + (uint32_t)(v83));
    const int v86 = (v3 < 0x800000);
    const int32_t v87 = evolve_select_i(v86, v84, v76);
    const int32_t v89 = (v1 & (-0x7fffffff - 1));
    const int32_t v90 = (v87 ^ v89);
    const float v91 = evolve_f32_from_bits(v90);
    return v91;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_tanhf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_tanhf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_kernel_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_kernel_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_tail_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_tail_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
#endif
#endif
EVOLVE_ARRAY_LINKAGE EVOLVE_FLATTEN void evolved_tanhf_tail_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_tail_array_avx512(in, out, n); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_tail_array_avx2(in, out, n); return; }
#endif
    size_t i = 0;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
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
#endif /* EVOLVE_EVOLVED_TANHF_FULL_H */
