/*
 * Evolved by evolve-float32 from results/runs/expm1 (birth 1): expm1 kernel on [-0.2876853942871094, 0.4054679870605469], cost 7, validation max ULP 0.7288 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_expm1f(float x): float32 expm1(x) for every float32 x.
 * void evolved_expm1f_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_expm1f_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_expm1f_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const 0x1.b464e6p-13  # 0.00020808893896173686
 * v3 = const 0x1.6d0c56p-10  # 0.0013925483217462897
 * v4 = fma v2 v0 v3
 * v5 = const 0x1.110762p-7  # 0.008332178927958012
 * v6 = fma v4 v0 v5
 * v7 = const 0x1.5554fap-5  # 0.04166649654507637
 * v8 = fma v6 v0 v7
 * v9 = const 0x1.55555ap-3  # 0.16666670143604279
 * v10 = fma v8 v0 v9
 * v11 = const 0x1p-1  # 0.5
 * v12 = fma v10 v0 v11
 * v13 = fma v1 v12 v0
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
 * v8 = mul v6 v7
 * v9 = const 0x1.5c01a2p-4  # 0.08496249467134476
 * v10 = sub v8 v9
 * v11 = rint_small v10
 * v12 = const 0x1.62e4p-1  # 0.693145751953125
 * v13 = mul_exact v11 v12
 * v14 = sub v6 v13
 * v15 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v16 = mul_exact v11 v15
 * v17 = sub v14 v16
 * v18 = kernel core v17
 * v19 = const 0x1.8p+23  # 12582912.0
 * v20 = add v11 v19
 * v21 = bits_f2i v20
 * v22 = iconst 1262485504  # 0x4b400000
 * v23 = sub_i v21 v22
 * v24 = iconst -26
 * v25 = lt_i v23 v24
 * v26 = select_i v25 v24 v23
 * v27 = iconst 127
 * v28 = add_i v26 v27
 * v29 = iconst 23
 * v30 = shl_i v28 v29
 * v31 = bits_i2f v30
 * v32 = iconst 126
 * v33 = add_i v26 v32
 * v34 = shl_i v33 v29
 * v35 = bits_i2f v34
 * v36 = const 0x1p+0  # 1.0
 * v37 = fma v31 v18 v31
 * v38 = sub v37 v36
 * v39 = sub v31 v36
 * v40 = fma v31 v18 v39
 * v41 = const -0x1p-1  # -0.5
 * v42 = fma v35 v18 v41
 * v43 = add v35 v42
 * v44 = const 0x1p+1  # 2.0
 * v45 = mul v43 v44
 * v46 = iconst -24
 * v47 = lt_i v26 v46
 * v48 = iconst 25
 * v49 = lt_i v26 v48
 * v50 = select v49 v40 v45
 * v51 = select v47 v38 v50
 * v52 = eq v0 v0
 * v53 = add v0 v0
 * v54 = select v52 v51 v53
 * v55 = bits_f2i v0
 * v56 = iconst 2147483647  # 0x7fffffff
 * v57 = and_i v55 v56
 * v58 = iconst 8388608  # 0x00800000
 * v59 = lt_i v57 v58
 * v60 = bits_f2i v54
 * v61 = select_i v59 v55 v60
 * v62 = bits_i2f v61
 * return v62
 */
#ifndef EVOLVE_EVOLVED_EXPM1F_FULL_H
#define EVOLVE_EVOLVED_EXPM1F_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_expm1f_kernel(float x)
{
    const float v1 = x * x;
    const float v4 = fmaf(0x1.b464e6p-13f, x, 0x1.6d0c56p-10f);
    const float v6 = fmaf(v4, x, 0x1.110762p-7f);
    const float v8 = fmaf(v6, x, 0x1.5554fap-5f);
    const float v10 = fmaf(v8, x, 0x1.55555ap-3f);
    const float v12 = fmaf(v10, x, 0x1p-1f);
    const float v13 = fmaf(v1, v12, x);
    return v13;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_expm1f(float x)
{
    const int v3 = (x < -0x1.ap+6f);
    const float v4 = evolve_select_f(v3, -0x1.ap+6f, x);
    const int v5 = (0x1.64p+6f < v4);
    const float v6 = evolve_select_f(v5, 0x1.64p+6f, v4);
    const float v8 = v6 * 0x1.715476p+0f;
    const float v10 = v8 - 0x1.5c01a2p-4f;
    const float v11 = ((v10 + 0x1.8p23f) - 0x1.8p23f);
    const float v13 = fmaf(v11, -0x1.62e4p-1f, v6);
    const float v15 = fmaf(v11, -0x1.7f7dp-20f, v13);
    const float v16 = evolved_expm1f_kernel(v15);
    const float v18 = v11 + 0x1.8p+23f;
    const int32_t v19 = evolve_f32_bits(v18);
    const int32_t v21 = (int32_t)((uint32_t)(v19) - (uint32_t)(0x4b400000));
    const int v23 = (v21 < (-26));
    const int32_t v24 = evolve_select_i(v23, (-26), v21);
    const int32_t v26 = (int32_t)((uint32_t)(v24) + (uint32_t)(127));
    const int32_t v28 = (int32_t)((uint32_t)(v26) << (23));
    const float v29 = evolve_f32_from_bits(v28);
    const int32_t v31 = (int32_t)((uint32_t)(v24) + (uint32_t)(126));
    const int32_t v32 = (int32_t)((uint32_t)(v31) << (23));
    const float v33 = evolve_f32_from_bits(v32);
    const float v35 = fmaf(v29, v16, v29);
    const float v36 = v35 - 0x1p+0f;
    const float v37 = v29 - 0x1p+0f;
    const float v38 = fmaf(v29, v16, v37);
    const float v40 = fmaf(v33, v16, -0x1p-1f);
    const float v41 = v33 + v40;
    const float v43 = v41 * 0x1p+1f;
    const int v45 = (v24 < (-24));
    const int v47 = (v24 < 25);
    const float v48 = evolve_select_f(v47, v38, v43);
    const float v49 = evolve_select_f(v45, v36, v48);
    const int v50 = (x == x);
    const float v51 = x + x;
    const float v52 = evolve_select_f(v50, v49, v51);
    const int32_t v53 = evolve_f32_bits(x);
    const int32_t v55 = (v53 & 0x7fffffff);
    const int v57 = (v55 < 0x800000);
    const int32_t v58 = evolve_f32_bits(v52);
    const int32_t v59 = evolve_select_i(v57, v53, v58);
    const float v60 = evolve_f32_from_bits(v59);
    return v60;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_expm1f_fast(float x)
{
    const float v2 = x * 0x1.715476p+0f;
    const float v4 = v2 - 0x1.5c01a2p-4f;
    const float v5 = ((v4 + 0x1.8p23f) - 0x1.8p23f);
    const float v7 = fmaf(v5, -0x1.62e4p-1f, x);
    const float v9 = fmaf(v5, -0x1.7f7dp-20f, v7);
    const float v10 = evolved_expm1f_kernel(v9);
    const float v12 = v5 + 0x1.8p+23f;
    const int32_t v13 = evolve_f32_bits(v12);
    const int32_t v15 = (int32_t)((uint32_t)(v13) - (uint32_t)(0x4b400000));
    const int32_t v17 = (int32_t)((uint32_t)(v15) + (uint32_t)(127));
    const int32_t v19 = (int32_t)((uint32_t)(v17) << (23));
    const float v20 = evolve_f32_from_bits(v19);
    const float v22 = v20 - 0x1p+0f;
    const float v23 = fmaf(v20, v10, v22);
    const int32_t v24 = evolve_f32_bits(v23);
    const float v25 = evolve_f32_from_bits(v24);
    return v25;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_expm1f_in_fast_range(float x)
{
    return ((fabsf(x) >= 0x1p-126f) & (fabsf(x) <= 0x1p+4f));
}
static inline EVOLVE_FLATTEN uint32_t evolved_expm1f_fast_offset(float x)
{
    return (uint32_t)(evolve_f32_bits(x) & 0x7fffffff) - 0x00800000u;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_expm1f_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x41000000u))
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x41000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expm1f(in[b + j]);
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x41000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f(in[b + j]);
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
        out[i] = evolved_expm1f(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_expm1f_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x41000000u))
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x41000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expm1f(in[b + j]);
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x41000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f(in[b + j]);
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
        out[i] = evolved_expm1f(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_expm1f_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_expm1f_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_expm1f_array_avx2(in, out, n, mode); return; }
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
                    { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); acc[j] = d > acc[j] ? d : acc[j]; }
                    out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                all = acc[j] > all ? acc[j] : all;
            if (!(all <= 0x41000000u))
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                    if (!(block <= 0x41000000u))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_expm1f(in[b + j]);
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
                        { uint32_t d = evolved_expm1f_fast_offset(in[b + j]); block = d > block ? d : block; }
                }
                if (!full && block <= 0x41000000u)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_expm1f(in[b + j]);
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
        out[i] = evolved_expm1f(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expm1f_array(const float *in, float *out, size_t n)
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
            evolved_expm1f_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_expm1f_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_expm1f_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expm1f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expm1f_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_expm1f_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expm1f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expm1f_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_expm1f_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_expm1f_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_expm1f_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_expm1f_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_expm1f_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expm1f_kernel_array(const float *in, float *out, size_t n)
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
            evolved_expm1f_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_expm1f_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_EXPM1F_FULL_H */
