/*
 * Evolved by evolve-float32 from results/runs/exp (birth 4100): exp kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.7073 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_expf(float x): float32 exp(x) for every float32 x (drop-in for expf).
 * void evolved_expf_array(const float *in, float *out, size_t n): the same over an array.
 * float evolved_expf_kernel(float r): the evolved kernel on the reduced domain.
 *
 * C99 or later (restrict), or C++17 or later (hex float literals); C++ code includes it
 * directly: its functions have C linkage (extern "C").
 * IMPORTANT: compile with -ffp-contract=off (or -std=c99/c11, not gnu*).  Without it,
 * gcc in GNU mode fuses a*b+c into an fma on FMA hardware and the results are no
 * longer the verified float32 results.  The pragmas in this file guard it under gcc
 * and clang.  Requires round-to-nearest and no -ffast-math.
 * Include it once per translation unit; define EVOLVE_ARRAY_LINKAGE (e.g. empty)
 * before including it to give the *_array functions external linkage.
 *
 * Kernel program (SSA, exact float32 constants):
 * v0 = x
 * v1 = const -0x1.1d1b34p+37  # -153065259008.0
 * v2 = const -0x1.318444p+30  # -1281429760.0
 * v3 = const -0x1.1f40aep+49  # -631675268628480.0
 * v4 = div v2 v1
 * v5 = const 0x1.082df6p+58  # 2.974397137472717e+17
 * v6 = const 0x1.4ed758p+59  # 7.53995321427624e+17
 * v7 = sub v5 v6
 * v8 = div v3 v7
 * v9 = fma v8 v0 v4
 * v10 = const 0x1.442f36p-3  # 0.15829317271709442
 * v11 = const 0x1.555864p-5  # 0.0416681244969368
 * v12 = fma v0 v9 v11
 * v13 = add v10 v4
 * v14 = fma v12 v0 v13
 * v15 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v16 = fma v14 v0 v15
 * v17 = const 0x1p+0  # 1.0
 * v18 = fma v16 v0 v17
 * v19 = const 0x1p+0  # 1.0
 * v20 = fma v18 v0 v19
 * return v20
 */
#ifndef EVOLVE_EVOLVED_EXPF_FULL_H
#define EVOLVE_EVOLVED_EXPF_FULL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
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
#ifdef __cplusplus
extern "C" {
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
static inline float evolved_expf_kernel(float x)
{
    const float v1 = -0x1.1d1b34p+37f;
    const float v2 = -0x1.318444p+30f;
    const float v3 = -0x1.1f40aep+49f;
    const float v4 = v2 / v1;
    const float v5 = 0x1.082df6p+58f;
    const float v6 = 0x1.4ed758p+59f;
    const float v7 = v5 - v6;
    const float v8 = v3 / v7;
    const float v9 = fmaf(v8, x, v4);
    const float v10 = 0x1.442f36p-3f;
    const float v11 = 0x1.555864p-5f;
    const float v12 = fmaf(x, v9, v11);
    const float v13 = v10 + v4;
    const float v14 = fmaf(v12, x, v13);
    const float v15 = 0x1.fffffcp-2f;
    const float v16 = fmaf(v14, x, v15);
    const float v17 = 0x1p+0f;
    const float v18 = fmaf(v16, x, v17);
    const float v19 = 0x1p+0f;
    const float v20 = fmaf(v18, x, v19);
    return v20;
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#ifndef EVOLVE_WRAPPER_HELPERS
#define EVOLVE_WRAPPER_HELPERS
static inline uint32_t evolve_f32_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(uint32_t u) { float x; memcpy(&x, &u, 4); return x; }
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
static inline float evolved_expf(float x)
{
    /* exp(x) = 2^k * kernel(r), x = k*ln2 + r.  NaN -> clamp value, fixed at the end. */
    float xc = x > -0x1.ap+6f ? x : -0x1.ap+6f;
    xc = xc < 0x1.64p+6f ? xc : 0x1.64p+6f;
    float v = xc * 0x1.715476p+0f;
    float kf = (v + 0x1.8p+23f) - 0x1.8p+23f;            /* rint(v): |v| <= 151 */
    float r = (xc - kf * 0x1.62e4p-1f) - kf * 0x1.7f7dp-20f;   /* Cody-Waite, both products exact */
    float p = evolved_expf_kernel(r);
    /* p * 2^k on the bits, k in [-150, 128]: exact while normal; below 2^-126 the float add
       of 2^23 (ulp 1) rounds p * 2^(k+149) to the subnormal's integer bits. */
    uint32_t b = evolve_f32_bits(p) + ((uint32_t)(int32_t)kf << 23);
    uint32_t n = evolve_f32_bits(evolve_f32_from_bits(b + (149u << 23)) + 0x1p+23f) - 0x4b000000u;
    b = (int32_t)b < 0x00800000 ? n : (b < 0x7f800000u ? b : 0x7f800000u);
    return x != x ? x + x : evolve_f32_from_bits(b);
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
EVOLVE_ARRAY_LINKAGE void evolved_expf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_expf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_expf_kernel(in[i]);
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* EVOLVE_EVOLVED_EXPF_FULL_H */
