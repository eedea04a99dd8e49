/*
 * Evolved by evolve-float32 from results/runs/exp (birth 4100): exp kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.7073 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_expf(float x): float32 exp(x) for every float32 x.
 * void evolved_expf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_expf_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_expf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v2 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v3 = fma v2 v0 v1
 * v4 = const 0x1.555864p-5  # 0.0416681244969368
 * v5 = fma v0 v3 v4
 * v6 = const 0x1.55547p-3  # 0.1666649580001831
 * v7 = fma v5 v0 v6
 * v8 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v9 = fma v7 v0 v8
 * v10 = const 0x1p+0  # 1.0
 * v11 = fma v9 v0 v10
 * v12 = const 0x1p+0  # 1.0
 * v13 = fma v11 v0 v12
 * return v13
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = const -0x1.ap+6  # -104.0
 * v2 = const 0x1.64p+6  # 89.0
 * v3 = lt v0 v1
 * v4 = select v3 v1 v0
 * v5 = lt v2 v4
 * v6 = select v5 v2 v4
 * v7 = const 0x1.715476p+0  # 1.4426950216293335
 * v8 = const 0x1.8p+23  # 12582912.0
 * v9 = fma v6 v7 v8
 * v10 = bits_f2i v9
 * v11 = iconst 1262485504  # 0x4b400000
 * v12 = sub_i v10 v11
 * v13 = i2f v12
 * v14 = const 0x1.62e4p-1  # 0.693145751953125
 * v15 = mul_exact v13 v14
 * v16 = sub v6 v15
 * v17 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v18 = mul_exact v13 v17
 * v19 = sub v16 v18
 * v20 = kernel core v19
 * v21 = iconst 23
 * v22 = shl_i v10 v21
 * v23 = bits_f2i v20
 * v24 = add_i v23 v22
 * v25 = iconst 1249902592  # 0x4a800000
 * v26 = add_i v24 v25
 * v27 = bits_i2f v26
 * v28 = const 0x1p+23  # 8388608.0
 * v29 = add v27 v28
 * v30 = bits_f2i v29
 * v31 = iconst 1258291200  # 0x4b000000
 * v32 = sub_i v30 v31
 * v33 = lt_i v24 v32
 * v34 = select_i v33 v32 v24
 * v35 = iconst 2139095040  # 0x7f800000
 * v36 = lt_i v34 v35
 * v37 = select_i v36 v34 v35
 * v38 = sub v9 v9
 * v39 = bits_f2i v38
 * v40 = or_i v37 v39
 * v41 = bits_i2f v40
 * return v41
 */
#ifndef EVOLVE_EVOLVED_EXPF_FULL_H
#define EVOLVE_EVOLVED_EXPF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_expf_kernel(float x)
{
    const float v3 = fmaf(0x1.6ab19cp-10f, x, 0x1.1253a4p-7f);
    const float v5 = fmaf(x, v3, 0x1.555864p-5f);
    const float v7 = fmaf(v5, x, 0x1.55547p-3f);
    const float v9 = fmaf(v7, x, 0x1.fffffcp-2f);
    const float v11 = fmaf(v9, x, 0x1p+0f);
    const float v13 = fmaf(v11, x, 0x1p+0f);
    return v13;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_expf(float x)
{
    const int v3 = (x < -0x1.ap+6f);
    const float v4 = evolve_select_f(v3, -0x1.ap+6f, x);
    const int v5 = (0x1.64p+6f < v4);
    const float v6 = evolve_select_f(v5, 0x1.64p+6f, v4);
    const float v9 = fmaf(v6, 0x1.715476p+0f, 0x1.8p+23f);
    const int32_t v10 = evolve_f32_bits(v9);
    const int32_t v12 = (int32_t)((uint32_t)(v10) - (uint32_t)(0x4b400000));
    const float v13 = (float)(v12);
    const float v15 = fmaf(v13, -0x1.62e4p-1f, v6);
    const float v17 = fmaf(v13, -0x1.7f7dp-20f, v15);
    const float v18 = evolved_expf_kernel(v17);
    const int32_t v20 = (int32_t)((uint32_t)(v10) << (23));
    const int32_t v21 = evolve_f32_bits(v18);
    const int32_t v22 = (int32_t)((uint32_t)(v21) + (uint32_t)(v20));
    const int32_t v24 = (int32_t)((uint32_t)(v22) + (uint32_t)(0x4a800000));
    const float v25 = evolve_f32_from_bits(v24);
    const float v27 = v25 + 0x1p+23f;
    const int32_t v28 = evolve_f32_bits(v27);
    const int32_t v30 = (int32_t)((uint32_t)(v28) - (uint32_t)(0x4b000000));
    const int v31 = (v22 < v30);
    const int32_t v32 = evolve_select_i(v31, v30, v22);
    const int v34 = (v32 < 0x7f800000);
    const int32_t v35 = evolve_select_i(v34, v32, 0x7f800000);
    const float v36 = v9 - v9;
    const int32_t v37 = evolve_f32_bits(v36);
    const int32_t v38 = (v35 | v37);
    const float v39 = evolve_f32_from_bits(v38);
    return v39;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_expf_fast(float x)
{
    const float v3 = fmaf(x, 0x1.715476p+0f, 0x1.8p+23f);
    const int32_t v4 = evolve_f32_bits(v3);
    const int32_t v6 = (int32_t)((uint32_t)(v4) - (uint32_t)(0x4b400000));
    const float v7 = (float)(v6);
    const float v9 = fmaf(v7, -0x1.62e4p-1f, x);
    const float v11 = fmaf(v7, -0x1.7f7dp-20f, v9);
    const float v12 = evolved_expf_kernel(v11);
    const int32_t v14 = (int32_t)((uint32_t)(v4) << (23));
    const int32_t v15 = evolve_f32_bits(v12);
    const int32_t v16 = (int32_t)((uint32_t)(v15) + (uint32_t)(v14));
    const float v17 = evolve_f32_from_bits(v16);
    return v17;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_expf_in_fast_range(float x)
{
    return ((x >= -0x1.5d3334p+6f) & (x <= 0x1.62ccccp+6f));
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_expf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            int acc[EVOLVE_BLOCK], all = 1;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 1;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    acc[j] &= evolved_expf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_expf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all &= acc[j];
            if (!(all))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    int block = 1;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expf(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                int block = 1;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf(in[b + j]);
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
        out[i] = evolved_expf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_expf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            int acc[EVOLVE_BLOCK], all = 1;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 1;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    acc[j] &= evolved_expf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_expf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all &= acc[j];
            if (!(all))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    int block = 1;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expf(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                int block = 1;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf(in[b + j]);
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
        out[i] = evolved_expf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_expf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_expf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_expf_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    int one_pass = mode[0], full = mode[1];
    while (i + EVOLVE_BLOCK <= n)
    {
        size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;
        if (one_pass)
        {
            int acc[EVOLVE_BLOCK], all = 1;
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                acc[j] = 1;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                {
                    acc[j] &= evolved_expf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_expf_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all &= acc[j];
            if (!(all))
            {
                one_pass = 0;
                for (size_t b = i; b < end; b += EVOLVE_BLOCK)
                {
                    int block = 1;
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expf(in[b + j]);
                }
            }
        }
        else
        {
            int clean = 1, some_fast = 0;
            for (size_t b = i; b < end; b += EVOLVE_BLOCK)
            {
                int block = 1;
                if (!full)
                {
#if defined(__clang__)
#pragma clang loop unroll(disable)
#elif defined(__GNUC__)
#pragma GCC unroll 1
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        block &= evolved_expf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expf(in[b + j]);
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
        out[i] = evolved_expf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expf_array(const float *in, float *out, size_t n)
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
            evolved_expf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_expf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_expf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_expf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_expf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_expf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_expf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_expf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_expf_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_EXPF_FULL_H */
