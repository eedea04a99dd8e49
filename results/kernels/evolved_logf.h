/*
 * Evolved by evolve-float32 from results/runs/log (birth 317): log kernel on [-0.2928932309150696, 0.4142136573791504], cost 9, validation max ULP 0.7298 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_logf(float x): float32 log(x) for every float32 x (drop-in for logf).
 * void evolved_logf_array(const float *in, float *out, size_t n): the same over an array.
 * float evolved_logf_kernel(float r): the evolved kernel on the reduced domain.
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
 * v1 = mul v0 v0
 * v2 = const 0x1.1f6336p+4  # 17.961721420288086
 * v3 = const -0x1.221e44p+2  # -4.533097267150879
 * v4 = mul v3 v3
 * v5 = fma v2 v0 v4
 * v6 = const -0x1.5570d2p-3  # -0.16671909391880035
 * v7 = const 0x1.78c8a4p+1  # 2.9436230659484863
 * v8 = div v7 v5
 * v9 = fma v8 v0 v6
 * v10 = const 0x1.998ebcp-3  # 0.1999792754650116
 * v11 = fma v9 v0 v10
 * v12 = const -0x1.fffe2ap-3  # -0.24999649822711945
 * v13 = fma v11 v0 v12
 * v14 = const 0x1.aab618p+0  # 1.6668410301208496
 * v15 = mul v10 v14
 * v16 = fma v13 v0 v15
 * v17 = const -0x1.000002p-1  # -0.5000000596046448
 * v18 = fma v16 v0 v17
 * v19 = fma v1 v18 v0
 * return v19
 */
#ifndef EVOLVE_EVOLVED_LOGF_FULL_H
#define EVOLVE_EVOLVED_LOGF_FULL_H

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
static inline float evolved_logf_kernel(float x)
{
    const float v1 = x * x;
    const float v2 = 0x1.1f6336p+4f;
    const float v3 = -0x1.221e44p+2f;
    const float v4 = v3 * v3;
    const float v5 = fmaf(v2, x, v4);
    const float v6 = -0x1.5570d2p-3f;
    const float v7 = 0x1.78c8a4p+1f;
    const float v8 = v7 / v5;
    const float v9 = fmaf(v8, x, v6);
    const float v10 = 0x1.998ebcp-3f;
    const float v11 = fmaf(v9, x, v10);
    const float v12 = -0x1.fffe2ap-3f;
    const float v13 = fmaf(v11, x, v12);
    const float v14 = 0x1.aab618p+0f;
    const float v15 = v10 * v14;
    const float v16 = fmaf(v13, x, v15);
    const float v17 = -0x1.000002p-1f;
    const float v18 = fmaf(v16, x, v17);
    const float v19 = fmaf(v1, v18, x);
    return v19;
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
static inline float evolved_logf(float x)
{
    /* log(x) = k*ln2 + kernel(m - 1), x = 2^k * m, m in [sqrt(1/2), sqrt(2)). */
    uint32_t ix = evolve_f32_bits(x);
    uint32_t iy = ix;
    int32_t kadj = 0;
    if (ix - 1u < 0x007fffffu) {                    /* positive subnormal: x * 2^149 as integer */
        iy = evolve_f32_bits((float)(int32_t)ix);
        kadj = -149;
    }
    int valid = ix - 1u < 0x7f7fffffu;              /* 0 < x < inf */
    iy = valid ? iy : 0x3f800000u;
    uint32_t u = iy - 0x3f3504f3u;
    int32_t k = ((int32_t)u >> 23) + kadj;
    float f = evolve_f32_from_bits((u & 0x007fffffu) + 0x3f3504f3u) - 1.0f;   /* exact */
    float p = evolved_logf_kernel(f);
    float kf = (float)k;
    float y = kf * 0x1.62e4p-1f + (kf * 0x1.7f7dp-20f + p);    /* both products exact */
    if (valid) return y;
    if ((ix << 1) == 0) return -INFINITY;           /* +-0 */
    if (ix >> 31) return NAN;                       /* x < 0 (incl. -inf, -nan) */
    return x + x;                                   /* +inf, +nan */
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
EVOLVE_ARRAY_LINKAGE void evolved_logf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_logf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_logf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_logf_kernel(in[i]);
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* EVOLVE_EVOLVED_LOGF_FULL_H */
