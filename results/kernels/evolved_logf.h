/*
 * Evolved by evolve-float32 from results/runs/log (birth 328): log kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 0.7148 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_logf(float x): float32 log(x) for every float32 x.
 * void evolved_logf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_logf_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_logf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const -0x1.0507eep-3  # -0.12745653092861176
 * v3 = const 0x1.10ca56p-3  # 0.13319842517375946
 * v4 = const 0x1.8d3e14p-4  # 0.09698303043842316
 * v5 = fma v4 v1 v2
 * v6 = const -0x1.fd8554p-4  # -0.1243947297334671
 * v7 = const 0x1.210baap-3  # 0.14113552868366241
 * v8 = const -0x1.553944p-3  # -0.1666131317615509
 * v9 = const 0x1.99b538p-3  # 0.2000526785850525
 * v10 = const -0x1.00008ap-2  # -0.25000205636024475
 * v11 = const 0x1.555538p-2  # 0.333332896232605
 * v12 = const -0x1p-1  # -0.5
 * v13 = fma v5 v1 v6
 * v14 = fma v13 v1 v8
 * v15 = fma v14 v1 v10
 * v16 = fma v3 v1 v7
 * v17 = fma v16 v1 v9
 * v18 = fma v17 v0 v15
 * v19 = fma v18 v0 v11
 * v20 = fma v19 v0 v12
 * v21 = fma v1 v20 v0
 * return v21
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = bits_f2i v0
 * v2 = iconst 2139095040  # 0x7f800000
 * v3 = iconst 0
 * v4 = lt_i v3 v1
 * v5 = iconst 8388608  # 0x00800000
 * v6 = lt_i v1 v5
 * v7 = and_b v4 v6
 * v8 = lt_i v1 v2
 * v9 = and_b v4 v8
 * v10 = i2f v1
 * v11 = bits_f2i v10
 * v12 = select_i v7 v11 v1
 * v13 = iconst 1060439283  # 0x3f3504f3
 * v14 = sub_i v12 v13
 * v15 = iconst 23
 * v16 = sra_i v14 v15
 * v17 = iconst -149
 * v18 = select_i v7 v17 v3
 * v19 = add_i v16 v18
 * v20 = iconst 8388607  # 0x007fffff
 * v21 = and_i v14 v20
 * v22 = add_i v21 v13
 * v23 = bits_i2f v22
 * v24 = const 0x1p+0  # 1.0
 * v25 = sub v23 v24
 * v26 = kernel core v25
 * v27 = i2f v19
 * v28 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v29 = mul_exact v27 v28
 * v30 = const 0x1.62e4p-1  # 0.693145751953125
 * v31 = mul_exact v27 v30
 * v32 = add v29 v26
 * v33 = add v31 v32
 * v34 = const -inf  # -inf
 * v35 = const nan  # nan
 * v36 = iconst -2147483648  # 0x80000000
 * v37 = eq_i v1 v36
 * v38 = select v37 v34 v35
 * v39 = eq_i v1 v3
 * v40 = add v0 v0
 * v41 = select v39 v34 v40
 * v42 = lt_i v1 v3
 * v43 = select v42 v38 v41
 * v44 = select v9 v33 v43
 * return v44
 */
#ifndef EVOLVE_EVOLVED_LOGF_FULL_H
#define EVOLVE_EVOLVED_LOGF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_logf_kernel(float x)
{
    const float v1 = x * x;
    const float v5 = fmaf(0x1.8d3e14p-4f, v1, -0x1.0507eep-3f);
    const float v13 = fmaf(v5, v1, -0x1.fd8554p-4f);
    const float v14 = fmaf(v13, v1, -0x1.553944p-3f);
    const float v15 = fmaf(v14, v1, -0x1.00008ap-2f);
    const float v16 = fmaf(0x1.10ca56p-3f, v1, 0x1.210baap-3f);
    const float v17 = fmaf(v16, v1, 0x1.99b538p-3f);
    const float v18 = fmaf(v17, x, v15);
    const float v19 = fmaf(v18, x, 0x1.555538p-2f);
    const float v20 = fmaf(v19, x, -0x1p-1f);
    const float v21 = fmaf(v1, v20, x);
    return v21;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_logf(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int v4 = (0 < v1);
    const int v6 = (v1 < 0x800000);
    const int v7 = (v4 & v6);
    const int v8 = (v1 < 0x7f800000);
    const int v9 = (v4 & v8);
    const float v10 = (float)(v1);
    const int32_t v11 = evolve_f32_bits(v10);
    const int32_t v12 = evolve_select_i(v7, v11, v1);
    const int32_t v14 = (int32_t)((uint32_t)(v12) - (uint32_t)(0x3f3504f3));
    const int32_t v16 = (v14 >> (23));
    const int32_t v18 = evolve_select_i(v7, (-149), 0);
    const int32_t v19 = (int32_t)((uint32_t)(v16) + (uint32_t)(v18));
    const int32_t v21 = (v14 & 0x7fffff);
    const int32_t v22 = (int32_t)((uint32_t)(v21) + (uint32_t)(0x3f3504f3));
    const float v23 = evolve_f32_from_bits(v22);
    const float v25 = v23 - 0x1p+0f;
    const float v26 = evolved_logf_kernel(v25);
    const float v27 = (float)(v19);
    const float v30 = fmaf(v27, 0x1.7f7dp-20f, v26);
    const float v31 = fmaf(v27, 0x1.62e4p-1f, v30);
    const int v35 = (v1 == (-0x7fffffff - 1));
    const float v36 = evolve_select_f(v35, -INFINITY, NAN);
    const int v37 = (v1 == 0);
    const float v38 = x + x;
    const float v39 = evolve_select_f(v37, -INFINITY, v38);
    const int v40 = (v1 < 0);
    const float v41 = evolve_select_f(v40, v36, v39);
    const float v42 = evolve_select_f(v9, v31, v41);
    return v42;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_logf_fast(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v4 = (int32_t)((uint32_t)(v1) - (uint32_t)(0x3f3504f3));
    const int32_t v6 = (v4 >> (23));
    const int32_t v7 = (int32_t)((uint32_t)(v6) + (uint32_t)(0));
    const int32_t v9 = (v4 & 0x7fffff);
    const int32_t v10 = (int32_t)((uint32_t)(v9) + (uint32_t)(0x3f3504f3));
    const float v11 = evolve_f32_from_bits(v10);
    const float v13 = v11 - 0x1p+0f;
    const float v14 = evolved_logf_kernel(v13);
    const float v15 = (float)(v7);
    const float v18 = fmaf(v15, 0x1.7f7dp-20f, v14);
    const float v19 = fmaf(v15, 0x1.62e4p-1f, v18);
    return v19;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_logf_in_fast_range(float x)
{
    return ((x >= 0x1p-126f) & (x <= 0x1.fffffep+127f));
}
static inline EVOLVE_FLATTEN uint32_t evolved_logf_fast_offset(float x)
{
    return (uint32_t)evolve_f32_bits(x) - 0x00800000u;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_logf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_logf_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_logf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7effffffu))
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_logf(in[b + j]);
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf(in[b + j]);
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
        out[i] = evolved_logf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_logf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_logf_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_logf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7effffffu))
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_logf(in[b + j]);
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf(in[b + j]);
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
        out[i] = evolved_logf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_logf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_logf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_logf_array_avx2(in, out, n, mode); return; }
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
                    { uint32_t d = evolved_logf_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_logf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x7effffffu))
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_logf(in[b + j]);
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
                        { uint32_t d = evolved_logf_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_logf(in[b + j]);
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
        out[i] = evolved_logf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_logf_array(const float *in, float *out, size_t n)
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
            evolved_logf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_logf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_logf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_logf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_logf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_logf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_logf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_logf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_logf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_logf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_logf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_logf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_logf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_logf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_logf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_logf_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_LOGF_FULL_H */
