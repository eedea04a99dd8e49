/*
 * Evolved by evolve-float32 from results/runs/exp (birth 1454): exp kernel on [-0.34658050537109375, 0.34658050537109375], cost 9, validation max ULP 0.6621 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_expf(float x): float32 exp(x) for every float32 x (drop-in for expf).
 * void evolved_expf_array(const float *in, float *out, size_t n): the same over an array.
 * float evolved_expf_kernel(float r): the evolved kernel on the reduced domain.
 *
 * IMPORTANT: compile with -ffp-contract=off (or -std=c99/c11, not gnu*).  Without it,
 * gcc in GNU mode fuses a*b+c into an fma on FMA hardware and the results are no
 * longer the verified float32 results.  The pragmas in this file guard it under gcc
 * and clang.  Requires round-to-nearest and no -ffast-math.
 * Include it once per translation unit; define EVOLVE_ARRAY_LINKAGE (e.g. empty)
 * before including it to give the *_array functions external linkage.
 *
 * Kernel program (SSA, exact float32 constants):
 * v0 = x
 * v1 = const 0x1.66be0ap+3  # 11.210698127746582
 * v2 = const -0x1.bf84d8p-18  # -6.668551577604376e-06
 * v3 = const 0x1.51742p+2  # 5.272712707519531
 * v4 = sub v1 v3
 * v5 = fma v4 v0 v1
 * v6 = const 0x1.4a8d86p+11  # 2644.422607421875
 * v7 = fma v5 v0 v0
 * v8 = fma v5 v7 v6
 * v9 = const 0x1p+0  # 1.0
 * v10 = const -0x1.53897cp+15  # -43460.7421875
 * v11 = sub v9 v7
 * v12 = const 0x1.3da6e8p+9  # 635.303955078125
 * v13 = fma v11 v12 v10
 * v14 = mul v0 v13
 * v15 = fma v8 v11 v14
 * v16 = const 0x1.0483b2p+0  # 1.0176345109939575
 * v17 = fma v15 v2 v16
 * v18 = fma v17 v0 v9
 * return v18
 */
#ifndef EVOLVE_EVOLVED_EXPF_FULL_H
#define EVOLVE_EVOLVED_EXPF_FULL_H

#include <math.h>
#include <stddef.h>
#ifndef EVOLVE_ARRAY_LINKAGE
#define EVOLVE_ARRAY_LINKAGE static inline
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
static inline float evolved_expf_kernel(float x)
{
    const float v1 = 0x1.66be0ap+3f;
    const float v2 = -0x1.bf84d8p-18f;
    const float v3 = 0x1.51742p+2f;
    const float v4 = v1 - v3;
    const float v5 = fmaf(v4, x, v1);
    const float v6 = 0x1.4a8d86p+11f;
    const float v7 = fmaf(v5, x, x);
    const float v8 = fmaf(v5, v7, v6);
    const float v9 = 0x1p+0f;
    const float v10 = -0x1.53897cp+15f;
    const float v11 = v9 - v7;
    const float v12 = 0x1.3da6e8p+9f;
    const float v13 = fmaf(v11, v12, v10);
    const float v14 = x * v13;
    const float v15 = fmaf(v8, v11, v14);
    const float v16 = 0x1.0483b2p+0f;
    const float v17 = fmaf(v15, v2, v16);
    const float v18 = fmaf(v17, x, v9);
    return v18;
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#include <stdint.h>
#include <string.h>
#include <math.h>
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
    int32_t k = (int32_t)kf;                        /* in [-150, 128] */
    int32_t k1 = k >> 1, k2 = k - k1;               /* 2^k1, 2^k2 normal: one rounding at the end */
    float y = (p * evolve_f32_from_bits((uint32_t)(k1 + 127) << 23))
                * evolve_f32_from_bits((uint32_t)(k2 + 127) << 23);
    return x != x ? x + x : y;
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
EVOLVE_ARRAY_LINKAGE void evolved_expf_array(const float *restrict in, float *restrict out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_expf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_expf_kernel_array(const float *restrict in, float *restrict out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_expf_kernel(in[i]);
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#endif /* EVOLVE_EVOLVED_EXPF_FULL_H */
