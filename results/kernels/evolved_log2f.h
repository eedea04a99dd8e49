/*
 * Evolved by evolve-float32 from results/runs/log2 (birth 1917): log2 kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 0.87 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_log2f(float x): float32 log2(x) for every float32 x.
 * void evolved_log2f_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_log2f_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_log2f_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = const -0x1.823128p-4  # -0.09428516030311584
 * v2 = const 0x1.71b8eep-3  # 0.18052850663661957
 * v3 = const -0x1.908b2cp-3  # -0.1955779492855072
 * v4 = const 0x1.a601acp-3  # 0.20605787634849548
 * v5 = const -0x1.e9cf32p-3  # -0.23916472494602203
 * v6 = const 0x1.275f94p-2  # 0.28845053911209106
 * v7 = const -0x1.715f32p-2  # -0.36071470379829407
 * v8 = const 0x1.ec715cp-2  # 0.48090118169784546
 * v9 = const -0x1.71546ap-1  # -0.7213471531867981
 * v10 = mul v0 v0
 * v11 = fma v1 v10 v3
 * v12 = fma v11 v10 v5
 * v13 = fma v12 v10 v7
 * v14 = fma v2 v10 v4
 * v15 = fma v14 v10 v6
 * v16 = fma v15 v0 v13
 * v17 = fma v16 v0 v8
 * v18 = fma v17 v0 v9
 * v19 = mul v18 v10
 * v20 = const 0x1.715476p+0  # 1.4426950216293335
 * v21 = fma v0 v20 v19
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
 * v28 = add v27 v26
 * v29 = const -inf  # -inf
 * v30 = const nan  # nan
 * v31 = iconst -2147483648  # 0x80000000
 * v32 = eq_i v1 v31
 * v33 = select v32 v29 v30
 * v34 = eq_i v1 v3
 * v35 = add v0 v0
 * v36 = select v34 v29 v35
 * v37 = lt_i v1 v3
 * v38 = select v37 v33 v36
 * v39 = select v9 v28 v38
 * return v39
 */
#ifndef EVOLVE_EVOLVED_LOG2F_FULL_H
#define EVOLVE_EVOLVED_LOG2F_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_log2f_kernel(float x)
{
    const float v10 = x * x;
    const float v11 = fmaf(-0x1.823128p-4f, v10, -0x1.908b2cp-3f);
    const float v12 = fmaf(v11, v10, -0x1.e9cf32p-3f);
    const float v13 = fmaf(v12, v10, -0x1.715f32p-2f);
    const float v14 = fmaf(0x1.71b8eep-3f, v10, 0x1.a601acp-3f);
    const float v15 = fmaf(v14, v10, 0x1.275f94p-2f);
    const float v16 = fmaf(v15, x, v13);
    const float v17 = fmaf(v16, x, 0x1.ec715cp-2f);
    const float v18 = fmaf(v17, x, -0x1.71546ap-1f);
    const float v19 = v18 * v10;
    const float v21 = fmaf(x, 0x1.715476p+0f, v19);
    return v21;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_log2f(float x)
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
    const float v26 = evolved_log2f_kernel(v25);
    const float v27 = (float)(v19);
    const float v28 = v27 + v26;
    const int v32 = (v1 == (-0x7fffffff - 1));
    const float v33 = evolve_select_f(v32, -INFINITY, NAN);
    const int v34 = (v1 == 0);
    const float v35 = x + x;
    const float v36 = evolve_select_f(v34, -INFINITY, v35);
    const int v37 = (v1 < 0);
    const float v38 = evolve_select_f(v37, v33, v36);
    const float v39 = evolve_select_f(v9, v28, v38);
    return v39;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_log2f_fast(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v4 = (int32_t)((uint32_t)(v1) - (uint32_t)(0x3f3504f3));
    const int32_t v6 = (v4 >> (23));
    const int32_t v7 = (int32_t)((uint32_t)(v6) + (uint32_t)(0));
    const int32_t v9 = (v4 & 0x7fffff);
    const int32_t v10 = (int32_t)((uint32_t)(v9) + (uint32_t)(0x3f3504f3));
    const float v11 = evolve_f32_from_bits(v10);
    const float v13 = v11 - 0x1p+0f;
    const float v14 = evolved_log2f_kernel(v13);
    const float v15 = (float)(v7);
    const float v16 = v15 + v14;
    return v16;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_log2f_in_fast_range(float x)
{
    return ((x >= 0x1p-126f) & (x <= 0x1.fffffep+127f));
}
static inline EVOLVE_FLATTEN uint32_t evolved_log2f_fast_offset(float x)
{
    return (uint32_t)evolve_f32_bits(x) - 0x00800000u;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_log2f_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_log2f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_log2f_fast(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log2f(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f(in[b + j]);
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
        out[i] = evolved_log2f(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_log2f_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_log2f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_log2f_fast(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log2f(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f(in[b + j]);
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
        out[i] = evolved_log2f(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_log2f_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_log2f_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_log2f_array_avx2(in, out, n, mode); return; }
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
                    { uint32_t d = evolved_log2f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_log2f_fast(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x7effffffu))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log2f(in[b + j]);
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
                        { uint32_t d = evolved_log2f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x7effffffu)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log2f(in[b + j]);
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
        out[i] = evolved_log2f(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_log2f_array(const float *in, float *out, size_t n)
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
            evolved_log2f_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_log2f_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_log2f_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log2f_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_log2f_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log2f_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_log2f_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_log2f_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_log2f_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log2f_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_log2f_kernel_array(const float *in, float *out, size_t n)
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
            evolved_log2f_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_log2f_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_LOG2F_FULL_H */
