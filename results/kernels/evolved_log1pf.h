/*
 * Evolved by evolve-float32 from results/runs/log1p (birth 82): log1p kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 2.06 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_log1pf(float x): float32 log1p(x) for every float32 x.
 * void evolved_log1pf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_log1pf_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_log1pf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const -0x1.d79ea2p-4  # -0.11514151841402054
 * v3 = const 0x1.15a76ep-4  # 0.06778662651777267
 * v4 = const 0x1.e2b0eap-4  # 0.11784449964761734
 * v5 = const -0x1.fced1cp-4  # -0.12424956262111664
 * v6 = const 0x1.238e72p-3  # 0.14236153662204742
 * v7 = const -0x1.5559dep-3  # -0.16667531430721283
 * v8 = const 0x1.99a06p-3  # 0.2000129222869873
 * v9 = const -0x1.000004p-2  # -0.2500000596046448
 * v10 = const 0x1.55555p-2  # 0.33333325386047363
 * v11 = const -0x1p-1  # -0.5
 * v12 = fma v2 v1 v5
 * v13 = fma v12 v1 v7
 * v14 = fma v13 v1 v9
 * v15 = fma v3 v1 v4
 * v16 = fma v15 v1 v6
 * v17 = fma v16 v1 v8
 * v18 = fma v17 v0 v14
 * v19 = fma v18 v0 v10
 * v20 = fma v19 v0 v11
 * v21 = mul v1 v20
 * return v21
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = const 0x1p+0  # 1.0
 * v2 = add v0 v1
 * v3 = bits_f2i v2
 * v4 = iconst 2139095040  # 0x7f800000
 * v5 = iconst 0
 * v6 = lt_i v5 v3
 * v7 = iconst 8388608  # 0x00800000
 * v8 = lt_i v3 v7
 * v9 = and_b v6 v8
 * v10 = lt_i v3 v4
 * v11 = and_b v6 v10
 * v12 = i2f v3
 * v13 = bits_f2i v12
 * v14 = select_i v9 v13 v3
 * v15 = iconst 1060439283  # 0x3f3504f3
 * v16 = sub_i v14 v15
 * v17 = iconst 23
 * v18 = sra_i v16 v17
 * v19 = iconst -149
 * v20 = select_i v9 v19 v5
 * v21 = add_i v18 v20
 * v22 = iconst 8388607  # 0x007fffff
 * v23 = and_i v16 v22
 * v24 = add_i v23 v15
 * v25 = bits_i2f v24
 * v26 = sub v25 v1
 * v27 = eq_i v21 v5
 * v28 = select v27 v0 v26
 * v29 = sub v2 v1
 * v30 = sub v0 v29
 * v31 = div v30 v2
 * v32 = const 0x0p+0  # 0.0
 * v33 = select v27 v32 v31
 * v34 = kernel core v28
 * v35 = i2f v21
 * v36 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v37 = mul_exact v35 v36
 * v38 = add v37 v33
 * v39 = const 0x1.62e4p-1  # 0.693145751953125
 * v40 = mul_exact v35 v39
 * v41 = add v40 v28
 * v42 = sub v40 v41
 * v43 = add v42 v28
 * v44 = add v38 v34
 * v45 = add v43 v44
 * v46 = add v41 v45
 * v47 = const -inf  # -inf
 * v48 = const nan  # nan
 * v49 = iconst -2147483648  # 0x80000000
 * v50 = eq_i v3 v49
 * v51 = select v50 v47 v48
 * v52 = eq_i v3 v5
 * v53 = add v2 v2
 * v54 = select v52 v47 v53
 * v55 = lt_i v3 v5
 * v56 = select v55 v51 v54
 * v57 = select v11 v46 v56
 * v58 = bits_f2i v0
 * v59 = iconst 2147483647  # 0x7fffffff
 * v60 = and_i v58 v59
 * v61 = lt_i v60 v7
 * v62 = bits_f2i v57
 * v63 = select_i v61 v58 v62
 * v64 = bits_i2f v63
 * return v64
 */
#ifndef EVOLVE_EVOLVED_LOG1PF_FULL_H
#define EVOLVE_EVOLVED_LOG1PF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_log1pf_kernel(float x)
{
    const float v1 = x * x;
    const float v12 = fmaf(-0x1.d79ea2p-4f, v1, -0x1.fced1cp-4f);
    const float v13 = fmaf(v12, v1, -0x1.5559dep-3f);
    const float v14 = fmaf(v13, v1, -0x1.000004p-2f);
    const float v15 = fmaf(0x1.15a76ep-4f, v1, 0x1.e2b0eap-4f);
    const float v16 = fmaf(v15, v1, 0x1.238e72p-3f);
    const float v17 = fmaf(v16, v1, 0x1.99a06p-3f);
    const float v18 = fmaf(v17, x, v14);
    const float v19 = fmaf(v18, x, 0x1.55555p-2f);
    const float v20 = fmaf(v19, x, -0x1p-1f);
    const float v21 = v1 * v20;
    return v21;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_log1pf(float x)
{
    const float v2 = x + 0x1p+0f;
    const int32_t v3 = evolve_f32_bits(v2);
    const int v6 = (0 < v3);
    const int v8 = (v3 < 0x800000);
    const int v9 = (v6 & v8);
    const int v10 = (v3 < 0x7f800000);
    const int v11 = (v6 & v10);
    const float v12 = (float)(v3);
    const int32_t v13 = evolve_f32_bits(v12);
    const int32_t v14 = evolve_select_i(v9, v13, v3);
    const int32_t v16 = (int32_t)((uint32_t)(v14) - (uint32_t)(0x3f3504f3));
    const int32_t v18 = (v16 >> (23));
    const int32_t v20 = evolve_select_i(v9, (-149), 0);
    const int32_t v21 = (int32_t)((uint32_t)(v18) + (uint32_t)(v20));
    const int32_t v23 = (v16 & 0x7fffff);
    const int32_t v24 = (int32_t)((uint32_t)(v23) + (uint32_t)(0x3f3504f3));
    const float v25 = evolve_f32_from_bits(v24);
    const float v26 = v25 - 0x1p+0f;
    const int v27 = (v21 == 0);
    const float v28 = evolve_select_f(v27, x, v26);
    const float v29 = v2 - 0x1p+0f;
    const float v30 = x - v29;
    const float v31 = v30 / v2;
    const float v33 = evolve_select_f(v27, 0x0p+0f, v31);
    const float v34 = evolved_log1pf_kernel(v28);
    const float v35 = (float)(v21);
    const float v37 = fmaf(v35, 0x1.7f7dp-20f, v33);
    const float v39 = v35 * 0x1.62e4p-1f;
    const float v40 = v39 + v28;
    const float v41 = v39 - v40;
    const float v42 = v41 + v28;
    const float v43 = v37 + v34;
    const float v44 = v42 + v43;
    const float v45 = v40 + v44;
    const int v49 = (v3 == (-0x7fffffff - 1));
    const float v50 = evolve_select_f(v49, -INFINITY, NAN);
    const int v51 = (v3 == 0);
    const float v52 = v2 + v2;
    const float v53 = evolve_select_f(v51, -INFINITY, v52);
    const int v54 = (v3 < 0);
    const float v55 = evolve_select_f(v54, v50, v53);
    const float v56 = evolve_select_f(v11, v45, v55);
    const int32_t v57 = evolve_f32_bits(x);
    const int32_t v59 = (v57 & 0x7fffffff);
    const int v60 = (v59 < 0x800000);
    const int32_t v61 = evolve_f32_bits(v56);
    const int32_t v62 = evolve_select_i(v60, v57, v61);
    const float v63 = evolve_f32_from_bits(v62);
    return v63;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_log1pf_fast(float x)
{
    const float v2 = x + 0x1p+0f;
    const int32_t v3 = evolve_f32_bits(v2);
    const int32_t v6 = (int32_t)((uint32_t)(v3) - (uint32_t)(0x3f3504f3));
    const int32_t v8 = (v6 >> (23));
    const int32_t v9 = (int32_t)((uint32_t)(v8) + (uint32_t)(0));
    const int32_t v11 = (v6 & 0x7fffff);
    const int32_t v12 = (int32_t)((uint32_t)(v11) + (uint32_t)(0x3f3504f3));
    const float v13 = evolve_f32_from_bits(v12);
    const float v14 = v13 - 0x1p+0f;
    const int v15 = (v9 == 0);
    const float v16 = evolve_select_f(v15, x, v14);
    const float v17 = v2 - 0x1p+0f;
    const float v18 = x - v17;
    const float v19 = v18 / v2;
    const float v21 = evolve_select_f(v15, 0x0p+0f, v19);
    const float v22 = evolved_log1pf_kernel(v16);
    const float v23 = (float)(v9);
    const float v25 = fmaf(v23, 0x1.7f7dp-20f, v21);
    const float v27 = v23 * 0x1.62e4p-1f;
    const float v28 = v27 + v16;
    const float v29 = v27 - v28;
    const float v30 = v29 + v16;
    const float v31 = v25 + v22;
    const float v32 = v30 + v31;
    const float v33 = v28 + v32;
    const int32_t v34 = evolve_f32_bits(v33);
    const float v35 = evolve_f32_from_bits(v34);
    return v35;
}
static inline EVOLVE_FLATTEN EVOLVE_UNUSED int evolved_log1pf_in_fast_range(float x)
{
    return ((x >= -0x1.fffffep-1f) & (x <= -0x1p-126f)) | ((x >= 0x1p-126f) & (x <= 0x1.fffffep+127f));
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_log1pf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    acc[j] &= evolved_log1pf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_log1pf_fast(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log1pf(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf(in[b + j]);
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
        out[i] = evolved_log1pf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_log1pf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
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
                    acc[j] &= evolved_log1pf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_log1pf_fast(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log1pf(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf(in[b + j]);
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
        out[i] = evolved_log1pf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_log1pf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_log1pf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_log1pf_array_avx2(in, out, n, mode); return; }
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
                    acc[j] &= evolved_log1pf_in_fast_range(in[b + j]);
                    out[b + j] = evolved_log1pf_fast(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                    if (!(block))
                        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                            out[b + j] = evolved_log1pf(in[b + j]);
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
                        block &= evolved_log1pf_in_fast_range(in[b + j]);
                }
                if (!full && block)
                {
                    some_fast = 1;
#if defined(__clang__)
#pragma clang loop interleave_count(1)
#endif
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf_fast(in[b + j]);
                }
                else
                {
                    clean = 0;
                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
                        out[b + j] = evolved_log1pf(in[b + j]);
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
        out[i] = evolved_log1pf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_log1pf_array(const float *in, float *out, size_t n)
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
            evolved_log1pf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_log1pf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_log1pf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log1pf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log1pf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_log1pf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log1pf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log1pf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_log1pf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_log1pf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_log1pf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_log1pf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_log1pf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_log1pf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_log1pf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_log1pf_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_LOG1PF_FULL_H */
