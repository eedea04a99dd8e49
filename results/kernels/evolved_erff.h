/*
 * Evolved by evolve-float32 from results/runs/erf (birth 2): erf kernel on [0.0, 1.0], cost 8, validation max ULP 0.8683; tail kernel from results/runs/erf_tail (birth 2) on [1.0, 3.919205904006958], cost 14, validation max ULP 1.181 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_erff(float x): float32 erf(x) for every float32 x.
 * void evolved_erff_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_erff_kernel(float r): the evolved kernel of slot core on its domain.
 * float evolved_erff_tail(float r): the evolved kernel of slot tail on its domain.
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
 * Kernel evolved_erff_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const 0x1.1f8dd4p-14  # 6.855821993667632e-05
 * v3 = const -0x1.921f92p-11  # -0.0007669893675483763
 * v4 = fma v2 v1 v3
 * v5 = const 0x1.511c9p-8  # 0.005143914371728897
 * v6 = fma v4 v1 v5
 * v7 = const -0x1.b7866cp-6  # -0.026826482266187668
 * v8 = fma v6 v1 v7
 * v9 = const 0x1.ce24d6p-4  # 0.1128280982375145
 * v10 = fma v8 v1 v9
 * v11 = const -0x1.812708p-2  # -0.3761254549026489
 * v12 = fma v10 v1 v11
 * v13 = const 0x1.06eba6p-3  # 0.12837915122509003
 * v14 = fma v12 v1 v13
 * v15 = fma v14 v0 v0
 * return v15
 *
 * Kernel evolved_erff_tail (slot tail; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.251196p+1  # 2.2895991802215576
 * v2 = sub v0 v1
 * v3 = const -0x1.2f4482p-17  # -9.038079042511526e-06
 * v4 = const 0x1.707d9ep-15  # 4.392751361592673e-05
 * v5 = const -0x1.d1b2f6p-17  # -1.3878913705411833e-05
 * v6 = const -0x1.62ebdep-12  # -0.00033847938175313175
 * v7 = const 0x1.d687e4p-11  # 0.0008974663214758039
 * v8 = const -0x1.ae0e5ap-12  # -0.0004101334197912365
 * v9 = const -0x1.91b498p-9  # -0.003064769320189953
 * v10 = const 0x1.46a4p-7  # 0.009968280792236328
 * v11 = const -0x1.17277ep-6  # -0.017038224264979362
 * v12 = const 0x1.3503eep-6  # 0.018860800191760063
 * v13 = const -0x1.bfb51ap-7  # -0.013662946410477161
 * v14 = const 0x1.87155ep-8  # 0.005967460107058287
 * v15 = const 0x1.ff6238p-1  # 0.9987962245941162
 * v16 = mul v2 v2
 * v17 = fma v4 v16 v6
 * v18 = fma v17 v16 v8
 * v19 = fma v18 v16 v10
 * v20 = fma v19 v16 v12
 * v21 = fma v3 v16 v5
 * v22 = fma v21 v16 v7
 * v23 = fma v22 v16 v9
 * v24 = fma v23 v16 v11
 * v25 = fma v24 v2 v20
 * v26 = fma v25 v2 v13
 * v27 = fma v26 v2 v14
 * v28 = fma v27 v2 v15
 * return v28
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
 * v9 = const 0x1.f5a88ap+1  # 3.919205904006958
 * v10 = le v9 v4
 * v11 = iconst 1065353216  # 0x3f800000
 * v12 = select_i v10 v11 v8
 * v13 = lt_i v3 v11
 * v14 = select_i v13 v6 v12
 * v15 = i2f v3
 * v16 = const 0x1.06eba8p-3  # 0.12837916612625122
 * v17 = mul v15 v16
 * v18 = rint_small v17
 * v19 = const 0x1.8p+23  # 12582912.0
 * v20 = add v18 v19
 * v21 = bits_f2i v20
 * v22 = iconst 1262485504  # 0x4b400000
 * v23 = sub_i v21 v22
 * v24 = add_i v3 v23
 * v25 = iconst 8388608  # 0x00800000
 * v26 = lt_i v3 v25
 * v27 = select_i v26 v24 v14
 * v28 = iconst -2147483648  # 0x80000000
 * v29 = and_i v1 v28
 * v30 = xor_i v27 v29
 * v31 = bits_i2f v30
 * return v31
 */
#ifndef EVOLVE_EVOLVED_ERFF_FULL_H
#define EVOLVE_EVOLVED_ERFF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_erff_kernel(float x)
{
    const float v1 = x * x;
    const float v4 = fmaf(0x1.1f8dd4p-14f, v1, -0x1.921f92p-11f);
    const float v6 = fmaf(v4, v1, 0x1.511c9p-8f);
    const float v8 = fmaf(v6, v1, -0x1.b7866cp-6f);
    const float v10 = fmaf(v8, v1, 0x1.ce24d6p-4f);
    const float v12 = fmaf(v10, v1, -0x1.812708p-2f);
    const float v14 = fmaf(v12, v1, 0x1.06eba6p-3f);
    const float v15 = fmaf(v14, x, x);
    return v15;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_erff_tail(float x)
{
    const float v2 = x - 0x1.251196p+1f;
    const float v16 = v2 * v2;
    const float v17 = fmaf(0x1.707d9ep-15f, v16, -0x1.62ebdep-12f);
    const float v18 = fmaf(v17, v16, -0x1.ae0e5ap-12f);
    const float v19 = fmaf(v18, v16, 0x1.46a4p-7f);
    const float v20 = fmaf(v19, v16, 0x1.3503eep-6f);
    const float v21 = fmaf(-0x1.2f4482p-17f, v16, -0x1.d1b2f6p-17f);
    const float v22 = fmaf(v21, v16, 0x1.d687e4p-11f);
    const float v23 = fmaf(v22, v16, -0x1.91b498p-9f);
    const float v24 = fmaf(v23, v16, -0x1.17277ep-6f);
    const float v25 = fmaf(v24, v2, v20);
    const float v26 = fmaf(v25, v2, -0x1.bfb51ap-7f);
    const float v27 = fmaf(v26, v2, 0x1.87155ep-8f);
    const float v28 = fmaf(v27, v2, 0x1.ff6238p-1f);
    return v28;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_erff(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v3 = (v1 & 0x7fffffff);
    const float v4 = evolve_f32_from_bits(v3);
    const float v5 = evolved_erff_kernel(v4);
    const int32_t v6 = evolve_f32_bits(v5);
    const float v7 = evolved_erff_tail(v4);
    const int32_t v8 = evolve_f32_bits(v7);
    const int v10 = (0x1.f5a88ap+1f <= v4);
    const int32_t v12 = evolve_select_i(v10, 0x3f800000, v8);
    const int v13 = (v3 < 0x3f800000);
    const int32_t v14 = evolve_select_i(v13, v6, v12);
    const float v15 = (float)(v3);
    const float v17 = v15 * 0x1.06eba8p-3f;
    const float v18 = ((v17 + 0x1.8p23f) - 0x1.8p23f);
    const float v20 = v18 + 0x1.8p+23f;
    const int32_t v21 = evolve_f32_bits(v20);
    const int32_t v23 = (int32_t)((uint32_t)(v21) - (uint32_t)(0x4b400000));
    const int32_t v24 = (int32_t)((uint32_t)(v3) + (uint32_t)(v23));
    const int v26 = (v3 < 0x800000);
    const int32_t v27 = evolve_select_i(v26, v24, v14);
    const int32_t v29 = (v1 & (-0x7fffffff - 1));
    const int32_t v30 = (v27 ^ v29);
    const float v31 = evolve_f32_from_bits(v30);
    return v31;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_erff_fast(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v3 = (v1 & 0x7fffffff);
    const float v4 = evolve_f32_from_bits(v3);
    const float v5 = evolved_erff_kernel(v4);
    const int32_t v6 = evolve_f32_bits(v5);
    const float v7 = evolved_erff_tail(v4);
    const int32_t v8 = evolve_f32_bits(v7);
    const int v10 = (0x1.f5a88ap+1f <= v4);
    const int32_t v12 = evolve_select_i(v10, 0x3f800000, v8);
    const int v13 = (v3 < 0x3f800000);
    const int32_t v14 = evolve_select_i(v13, v6, v12);
    const int32_t v16 = (v1 & (-0x7fffffff - 1));
    const int32_t v17 = (v14 ^ v16);
    const float v18 = evolve_f32_from_bits(v17);
    return v18;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_erff_in_fast_range(float x)
{
    return (fabsf(x) >= 0x1p-126f);
}
static inline EVOLVE_FLATTEN uint32_t evolved_erff_fast_offset(float x)
{
    return (uint32_t)(evolve_f32_bits(x) & 0x7fffffff) - 0x00800000u;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_erff_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            uint32_t acc[EVOLVE_BLOCK], all = 0;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    { uint32_t d = evolved_erff_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_erff_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7f000000u))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    uint32_t block = 0;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7f000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_erff(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                uint32_t block = 0;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7f000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff(in[b + j]);
                }
            }
            if (full)
                --full;
            else
            {
                one_pass = clean;
                full = some_fast ? 0 : 7;
            }
        }
        i = end;
    }
    mode[0] = one_pass;
    mode[1] = full;
    for (; i < n; ++i)
        out[i] = evolved_erff(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_erff_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            uint32_t acc[EVOLVE_BLOCK], all = 0;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    { uint32_t d = evolved_erff_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_erff_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7f000000u))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    uint32_t block = 0;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7f000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_erff(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                uint32_t block = 0;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7f000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff(in[b + j]);
                }
            }
            if (full)
                --full;
            else
            {
                one_pass = clean;
                full = some_fast ? 0 : 7;
            }
        }
        i = end;
    }
    mode[0] = one_pass;
    mode[1] = full;
    for (; i < n; ++i)
        out[i] = evolved_erff(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_erff_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_erff_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_erff_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            uint32_t acc[EVOLVE_BLOCK], all = 0;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    { uint32_t d = evolved_erff_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_erff_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7f000000u))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    uint32_t block = 0;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7f000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_erff(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                uint32_t block = 0;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        { uint32_t d = evolved_erff_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7f000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_erff(in[b + j]);
                }
            }
            if (full)
                --full;
            else
            {
                one_pass = clean;
                full = some_fast ? 0 : 7;
            }
        }
        i = end;
    }
    mode[0] = one_pass;
    mode[1] = full;
    for (; i < n; ++i)
        out[i] = evolved_erff(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_erff_array(const float *in, float *out, size_t n)
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
            evolved_erff_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_erff_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_erff_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_erff_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_erff_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_erff_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_erff_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_erff_kernel_array(const float *in, float *out, size_t n)
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
            evolved_erff_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_erff_kernel_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_erff_tail_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_tail(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_erff_tail_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_tail(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_erff_tail_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_erff_tail_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_erff_tail_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_erff_tail(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_erff_tail(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_erff_tail_array(const float *in, float *out, size_t n)
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
            evolved_erff_tail_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_erff_tail_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_ERFF_FULL_H */
