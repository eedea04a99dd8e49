/*
 * Evolved by evolve-float32 from results/runs/exp2 (birth 1): exp2 kernel on [-0.5, 0.5], cost 6, validation max ULP 0.7823 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_exp2f(float x): float32 exp2(x) for every float32 x.
 * void evolved_exp2f_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_exp2f_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_exp2f_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.2deabep-13  # 0.00014396522601600736
 * v2 = const 0x1.5e9eb8p-10  # 0.001337509136646986
 * v3 = fma v1 v0 v2
 * v4 = const 0x1.3b4c08p-7  # 0.009622100740671158
 * v5 = fma v3 v0 v4
 * v6 = const 0x1.c6b0aep-5  # 0.055504169315099716
 * v7 = fma v5 v0 v6
 * v8 = const 0x1.ebfbaep-3  # 0.2402261346578598
 * v9 = fma v7 v0 v8
 * v10 = const 0x1.62e42ep-1  # 0.6931471228599548
 * v11 = fma v9 v0 v10
 * v12 = const 0x1p+0  # 1.0
 * v13 = fma v11 v0 v12
 * return v13
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = const -0x1.2ep+7  # -151.0
 * v2 = const 0x1p+7  # 128.0
 * v3 = lt v0 v1
 * v4 = select v3 v1 v0
 * v5 = lt v2 v4
 * v6 = select v5 v2 v4
 * v7 = rint_small v6
 * v8 = sub v6 v7
 * v9 = kernel core v8
 * v10 = const 0x1.8p+23  # 12582912.0
 * v11 = add v7 v10
 * v12 = bits_f2i v11
 * v13 = iconst 23
 * v14 = shl_i v12 v13
 * v15 = bits_f2i v9
 * v16 = add_i v15 v14
 * v17 = iconst 1249902592  # 0x4a800000
 * v18 = add_i v16 v17
 * v19 = bits_i2f v18
 * v20 = const 0x1p+23  # 8388608.0
 * v21 = add v19 v20
 * v22 = bits_f2i v21
 * v23 = iconst 1258291200  # 0x4b000000
 * v24 = sub_i v22 v23
 * v25 = lt_i v16 v24
 * v26 = select_i v25 v24 v16
 * v27 = iconst 2139095040  # 0x7f800000
 * v28 = lt_i v26 v27
 * v29 = select_i v28 v26 v27
 * v30 = sub v11 v11
 * v31 = bits_f2i v30
 * v32 = or_i v29 v31
 * v33 = bits_i2f v32
 * return v33
 */
#ifndef EVOLVE_EVOLVED_EXP2F_FULL_H
#define EVOLVE_EVOLVED_EXP2F_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_exp2f_kernel(float x)
{
    const float v3 = fmaf(0x1.2deabep-13f, x, 0x1.5e9eb8p-10f);
    const float v5 = fmaf(v3, x, 0x1.3b4c08p-7f);
    const float v7 = fmaf(v5, x, 0x1.c6b0aep-5f);
    const float v9 = fmaf(v7, x, 0x1.ebfbaep-3f);
    const float v11 = fmaf(v9, x, 0x1.62e42ep-1f);
    const float v13 = fmaf(v11, x, 0x1p+0f);
    return v13;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_exp2f(float x)
{
    const int v3 = (x < -0x1.2ep+7f);
    const float v4 = evolve_select_f(v3, -0x1.2ep+7f, x);
    const int v5 = (0x1p+7f < v4);
    const float v6 = evolve_select_f(v5, 0x1p+7f, v4);
    const float v7 = ((v6 + 0x1.8p23f) - 0x1.8p23f);
    const float v8 = v6 - v7;
    const float v9 = evolved_exp2f_kernel(v8);
    const float v11 = v7 + 0x1.8p+23f;
    const int32_t v12 = evolve_f32_bits(v11);
    const int32_t v14 = (int32_t)((uint32_t)(v12) << (23));
    const int32_t v15 = evolve_f32_bits(v9);
    const int32_t v16 = (int32_t)((uint32_t)(v15) + (uint32_t)(v14));
    const int32_t v18 = (int32_t)((uint32_t)(v16) + (uint32_t)(0x4a800000));
    const float v19 = evolve_f32_from_bits(v18);
    const float v21 = v19 + 0x1p+23f;
    const int32_t v22 = evolve_f32_bits(v21);
    const int32_t v24 = (int32_t)((uint32_t)(v22) - (uint32_t)(0x4b000000));
    const int v25 = (v16 < v24);
    const int32_t v26 = evolve_select_i(v25, v24, v16);
    const int v28 = (v26 < 0x7f800000);
    const int32_t v29 = evolve_select_i(v28, v26, 0x7f800000);
    const float v30 = v11 - v11;
    const int32_t v31 = evolve_f32_bits(v30);
    const int32_t v32 = (v29 | v31);
    const float v33 = evolve_f32_from_bits(v32);
    return v33;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_exp2f_fast(float x)
{
    const float v1 = ((x + 0x1.8p23f) - 0x1.8p23f);
    const float v2 = x - v1;
    const float v3 = evolved_exp2f_kernel(v2);
    const float v5 = v1 + 0x1.8p+23f;
    const int32_t v6 = evolve_f32_bits(v5);
    const int32_t v8 = (int32_t)((uint32_t)(v6) << (23));
    const int32_t v9 = evolve_f32_bits(v3);
    const int32_t v10 = (int32_t)((uint32_t)(v9) + (uint32_t)(v8));
    const float v11 = evolve_f32_from_bits(v10);
    return v11;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_exp2f_in_fast_range(float x)
{
    return ((x >= -0x1.f8p+6f) & (x <= 0x1.ff999ap+6f));
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_exp2f_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    acc[j] &= evolved_exp2f_in_fast_range(in[b + j]);
                    out[b + j] = evolved_exp2f_fast(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_exp2f(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f(in[b + j]);
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
        out[i] = evolved_exp2f(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_exp2f_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    acc[j] &= evolved_exp2f_in_fast_range(in[b + j]);
                    out[b + j] = evolved_exp2f_fast(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_exp2f(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f(in[b + j]);
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
        out[i] = evolved_exp2f(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_exp2f_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_exp2f_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_exp2f_array_avx2(in, out, n, mode); return; }
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
                    acc[j] &= evolved_exp2f_in_fast_range(in[b + j]);
                    out[b + j] = evolved_exp2f_fast(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_exp2f(in[b + j]);
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
                        block &= evolved_exp2f_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_exp2f(in[b + j]);
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
        out[i] = evolved_exp2f(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_exp2f_array(const float *in, float *out, size_t n)
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
            evolved_exp2f_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_exp2f_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_exp2f_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_exp2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_exp2f_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_exp2f_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_exp2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_exp2f_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_exp2f_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_exp2f_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_exp2f_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_exp2f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_exp2f_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_exp2f_kernel_array(const float *in, float *out, size_t n)
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
            evolved_exp2f_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_exp2f_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_EXP2F_FULL_H */
