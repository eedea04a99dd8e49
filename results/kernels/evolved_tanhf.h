/*
 * Evolved by evolve-float32 from results/runs/tanh (birth 24): tanh kernel on [0.0, 0.625], cost 7, validation max ULP 0.6355; tail kernel from results/runs/tanh_tail (birth 734) on [0.625, 1.25], cost 9, validation max ULP 0.6525 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_tanhf(float x): float32 tanh(x) for every float32 x.
 * void evolved_tanhf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
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
 * v9 = const 0x0p+0  # 0.0
 * v10 = const 0x1p+0  # 1.0
 * v11 = fma v4 v9 v10
 * v12 = const 0x1p+1  # 2.0
 * v13 = mul v12 v4
 * v14 = const 0x1.715476p+0  # 1.4426950216293335
 * v15 = const 0x1.8p+23  # 12582912.0
 * v16 = fma v13 v14 v15
 * v17 = bits_f2i v16
 * v18 = iconst 1262485504  # 0x4b400000
 * v19 = sub_i v17 v18
 * v20 = i2f v19
 * v21 = const 0x1.62e4p-1  # 0.693145751953125
 * v22 = mul_exact v20 v21
 * v23 = sub v13 v22
 * v24 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v25 = mul_exact v20 v24
 * v26 = sub v23 v25
 * v27 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v28 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v29 = fma v28 v26 v27
 * v30 = const 0x1.555864p-5  # 0.0416681244969368
 * v31 = fma v26 v29 v30
 * v32 = const 0x1.55547p-3  # 0.1666649580001831
 * v33 = fma v31 v26 v32
 * v34 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v35 = fma v33 v26 v34
 * v36 = fma v35 v26 v10
 * v37 = fma v36 v26 v10
 * v38 = iconst 23
 * v39 = shl_i v17 v38
 * v40 = bits_f2i v37
 * v41 = add_i v40 v39
 * v42 = bits_i2f v41
 * v43 = add v42 v10
 * v44 = div v12 v43
 * v45 = sub v11 v44
 * v46 = bits_f2i v45
 * v47 = const 0x1.20a3d8p+3  # 9.020000457763672
 * v48 = le v47 v4
 * v49 = iconst 1065353216  # 0x3f800000
 * v50 = select_i v48 v49 v46
 * v51 = iconst 1067450368  # 0x3fa00000
 * v52 = lt_i v3 v51
 * v53 = select_i v52 v8 v50
 * v54 = iconst 1059061760  # 0x3f200000
 * v55 = lt_i v3 v54
 * v56 = select_i v55 v6 v53
 * v57 = i2f v3
 * v58 = mul v57 v9
 * v59 = rint_small v58
 * v60 = add v59 v15
 * v61 = bits_f2i v60
 * v62 = sub_i v61 v18
 * v63 = add_i v3 v62
 * v64 = iconst 8388608  # 0x00800000
 * v65 = lt_i v3 v64
 * v66 = select_i v65 v63 v56
 * v67 = iconst -2147483648  # 0x80000000
 * v68 = and_i v1 v67
 * v69 = xor_i v66 v68
 * v70 = bits_i2f v69
 * return v70
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
    const float v11 = fmaf(v4, 0x0p+0f, 0x1p+0f);
    const float v13 = 0x1p+1f * v4;
    const float v16 = fmaf(v13, 0x1.715476p+0f, 0x1.8p+23f);
    const int32_t v17 = evolve_f32_bits(v16);
    const int32_t v19 = (int32_t)((uint32_t)(v17) - (uint32_t)(0x4b400000));
    const float v20 = (float)(v19);
    const float v22 = fmaf(v20, -0x1.62e4p-1f, v13);
    const float v24 = fmaf(v20, -0x1.7f7dp-20f, v22);
    const float v27 = fmaf(0x1.6ab19cp-10f, v24, 0x1.1253a4p-7f);
    const float v29 = fmaf(v24, v27, 0x1.555864p-5f);
    const float v31 = fmaf(v29, v24, 0x1.55547p-3f);
    const float v33 = fmaf(v31, v24, 0x1.fffffcp-2f);
    const float v34 = fmaf(v33, v24, 0x1p+0f);
    const float v35 = fmaf(v34, v24, 0x1p+0f);
    const int32_t v37 = (int32_t)((uint32_t)(v17) << (23));
    const int32_t v38 = evolve_f32_bits(v35);
    const int32_t v39 = (int32_t)((uint32_t)(v38) + (uint32_t)(v37));
    const float v40 = evolve_f32_from_bits(v39);
    const float v41 = v40 + 0x1p+0f;
    const float v42 = 0x1p+1f / v41;
    const float v43 = v11 - v42;
    const int32_t v44 = evolve_f32_bits(v43);
    const int v46 = (0x1.20a3d8p+3f <= v4);
    const int32_t v48 = evolve_select_i(v46, 0x3f800000, v44);
    const int v50 = (v3 < 0x3fa00000);
    const int32_t v51 = evolve_select_i(v50, v8, v48);
    const int v53 = (v3 < 0x3f200000);
    const int32_t v54 = evolve_select_i(v53, v6, v51);
    const float v55 = (float)(v3);
    const float v56 = v55 * 0x0p+0f;
    const float v57 = ((v56 + 0x1.8p23f) - 0x1.8p23f);
    const float v58 = v57 + 0x1.8p+23f;
    const int32_t v59 = evolve_f32_bits(v58);
    const int32_t v60 = (int32_t)((uint32_t)(v59) - (uint32_t)(0x4b400000));
    const int32_t v61 = (int32_t)((uint32_t)(v3) + (uint32_t)(v60));
    const int v63 = (v3 < 0x800000);
    const int32_t v64 = evolve_select_i(v63, v61, v54);
    const int32_t v66 = (v1 & (-0x7fffffff - 1));
    const int32_t v67 = (v64 ^ v66);
    const float v68 = evolve_f32_from_bits(v67);
    return v68;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_tanhf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_array(const float *in, float *out, size_t n)
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
            evolved_tanhf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_tanhf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_tanhf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_tanhf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_tanhf_kernel_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_tanhf_tail_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_tanhf_tail_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_tanhf_tail_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_tanhf_tail_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_tanhf_tail_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_tanhf_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_tail_array(const float *in, float *out, size_t n)
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
            evolved_tanhf_tail_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_tanhf_tail_array_run(in, out, n, mode);
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
