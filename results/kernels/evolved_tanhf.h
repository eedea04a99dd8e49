/*
 * Evolved by evolve-float32 from results/runs/tanh (birth 614): tanh kernel on [0.0, 0.625], cost 7, validation max ULP 0.6593; tail kernel from results/runs/tanh_tail (birth 734) on [0.625, 1.25], cost 9, validation max ULP 0.6525 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_tanhf(float x): float32 tanh(x) for every float32 x.
 * void evolved_tanhf_array(const float *in, float *out, size_t n): the same over an array.
 * float evolved_tanhf_kernel(float r): the evolved kernel of slot core on its domain.
 * float evolved_tanhf_tail(float r): the evolved kernel of slot tail on its domain.
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
 * Kernel evolved_tanhf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = mul v0 v0
 * v2 = const 0x1.c26f3cp-9  # 0.003436542581766844
 * v3 = const -0x1.e8eeap+2  # -7.639564514160156
 * v4 = fma v2 v1 v3
 * v5 = const -0x1.2dfd04p+4  # -18.874271392822266
 * v6 = fma v4 v1 v5
 * v7 = const -0x1.555556p-2  # -0.3333333432674408
 * v8 = const -0x1.421efep+1  # -2.516570806503296
 * v9 = div v8 v6
 * v10 = fma v9 v1 v7
 * v11 = const 0x1.0e813ap-35  # 3.075283430686859e-11
 * v12 = fma v10 v1 v11
 * v13 = fma v12 v0 v0
 * return v13
 *
 * Kernel evolved_tanhf_tail (slot tail; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.d6765p-1  # 0.9188714027404785
 * v2 = sub v0 v1
 * v3 = const -0x1.2ed08p-7  # -0.009241163730621338
 * v4 = const 0x1.9f3a2ap-6  # 0.025343457236886024
 * v5 = fma v3 v2 v4
 * v6 = const -0x1.72310ep-6  # -0.02259470336139202
 * v7 = fma v5 v0 v6
 * v8 = const -0x1.c7f2f6p-5  # -0.05565784499049187
 * v9 = fma v7 v2 v8
 * v10 = const 0x1.9749f6p-4  # 0.09943576902151108
 * v11 = fma v9 v2 v10
 * v12 = const -0x1.5ff616p-2  # -0.34371218085289
 * v13 = mul v11 v0
 * v14 = fma v13 v2 v12
 * v15 = const 0x1.e53884p-2  # 0.4738484025001526
 * v16 = fma v14 v2 v15
 * v17 = const 0x1.7362cap-1  # 0.7253630757331848
 * v18 = fma v16 v2 v17
 * return v18
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
 * v9 = const 0x1p+0  # 1.0
 * v10 = const 0x1p+1  # 2.0
 * v11 = const 0x1p+1  # 2.0
 * v12 = mul v11 v4
 * v13 = const -0x1.ap+6  # -104.0
 * v14 = const 0x1.64p+6  # 89.0
 * v15 = lt v13 v12
 * v16 = select v15 v12 v13
 * v17 = lt v16 v14
 * v18 = select v17 v16 v14
 * v19 = const 0x1.715476p+0  # 1.4426950216293335
 * v20 = mul v18 v19
 * v21 = rint v20
 * v22 = const -0x1.7f7dp-20  # -1.428605173714459e-06
 * v23 = const -0x1.62e4p-1  # -0.693145751953125
 * v24 = fma v21 v23 v18
 * v25 = fma v21 v22 v24
 * v26 = const 0x1.1253a4p-7  # 0.008371787145733833
 * v27 = const 0x1.6ab19cp-10  # 0.0013835669960826635
 * v28 = fma v27 v25 v26
 * v29 = const 0x1.555864p-5  # 0.0416681244969368
 * v30 = fma v25 v28 v29
 * v31 = const 0x1.55547p-3  # 0.1666649580001831
 * v32 = fma v30 v25 v31
 * v33 = const 0x1.fffffcp-2  # 0.4999999403953552
 * v34 = fma v32 v25 v33
 * v35 = const 0x1p+0  # 1.0
 * v36 = fma v34 v25 v35
 * v37 = const 0x1p+0  # 1.0
 * v38 = fma v36 v25 v37
 * v39 = const 0x1.8p+23  # 12582912.0
 * v40 = add v21 v39
 * v41 = bits_f2i v40
 * v42 = iconst 23
 * v43 = shl_i v41 v42
 * v44 = bits_f2i v38
 * v45 = add_i v44 v43
 * v46 = iconst 1249902592  # 0x4a800000
 * v47 = add_i v45 v46
 * v48 = bits_i2f v47
 * v49 = const 0x1p+23  # 8388608.0
 * v50 = add v48 v49
 * v51 = bits_f2i v50
 * v52 = iconst 1258291200  # 0x4b000000
 * v53 = sub_i v51 v52
 * v54 = iconst 2139095040  # 0x7f800000
 * v55 = iconst 8388608  # 0x00800000
 * v56 = lt_i v45 v55
 * v57 = lt_i v45 v54
 * v58 = select_i v57 v45 v54
 * v59 = select_i v56 v53 v58
 * v60 = eq v12 v12
 * v61 = bits_i2f v59
 * v62 = add v12 v12
 * v63 = select v60 v61 v62
 * v64 = const 0x1p+0  # 1.0
 * v65 = add v63 v64
 * v66 = div v10 v65
 * v67 = sub v9 v66
 * v68 = bits_f2i v67
 * v69 = const 0x1.20a3d8p+3  # 9.020000457763672
 * v70 = le v69 v4
 * v71 = iconst 1065353216  # 0x3f800000
 * v72 = select_i v70 v71 v68
 * v73 = iconst 1067450368  # 0x3fa00000
 * v74 = lt_i v3 v73
 * v75 = select_i v74 v8 v72
 * v76 = iconst 1059061760  # 0x3f200000
 * v77 = lt_i v3 v76
 * v78 = select_i v77 v6 v75
 * v79 = i2f v3
 * v80 = const 0x0p+0  # 0.0
 * v81 = mul v79 v80
 * v82 = rint v81
 * v83 = const 0x1.8p+23  # 12582912.0
 * v84 = add v82 v83
 * v85 = bits_f2i v84
 * v86 = iconst 1262485504  # 0x4b400000
 * v87 = sub_i v85 v86
 * v88 = add_i v3 v87
 * v89 = iconst 8388608  # 0x00800000
 * v90 = lt_i v3 v89
 * v91 = select_i v90 v88 v78
 * v92 = iconst -2147483648  # 0x80000000
 * v93 = and_i v1 v92
 * v94 = xor_i v91 v93
 * v95 = bits_i2f v94
 * return v95
 */
#ifndef EVOLVE_EVOLVED_TANHF_FULL_H
#define EVOLVE_EVOLVED_TANHF_FULL_H

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
#ifdef __cplusplus
extern "C" {
#endif
#ifndef EVOLVE_BIT_CASTS
#define EVOLVE_BIT_CASTS
static inline int32_t evolve_f32_bits(float x) { int32_t u; memcpy(&u, &x, 4); return u; }
static inline float evolve_f32_from_bits(int32_t u) { float x; memcpy(&x, &u, 4); return x; }
#endif
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#endif
static inline float evolved_tanhf_kernel(float x)
{
    const float v1 = x * x;
    const float v4 = fmaf(0x1.c26f3cp-9f, v1, -0x1.e8eeap+2f);
    const float v6 = fmaf(v4, v1, -0x1.2dfd04p+4f);
    const float v9 = -0x1.421efep+1f / v6;
    const float v10 = fmaf(v9, v1, -0x1.555556p-2f);
    const float v12 = fmaf(v10, v1, 0x1.0e813ap-35f);
    const float v13 = fmaf(v12, x, x);
    return v13;
}
static inline float evolved_tanhf_tail(float x)
{
    const float v2 = x - 0x1.d6765p-1f;
    const float v5 = fmaf(-0x1.2ed08p-7f, v2, 0x1.9f3a2ap-6f);
    const float v7 = fmaf(v5, x, -0x1.72310ep-6f);
    const float v9 = fmaf(v7, v2, -0x1.c7f2f6p-5f);
    const float v11 = fmaf(v9, v2, 0x1.9749f6p-4f);
    const float v13 = v11 * x;
    const float v14 = fmaf(v13, v2, -0x1.5ff616p-2f);
    const float v16 = fmaf(v14, v2, 0x1.e53884p-2f);
    const float v18 = fmaf(v16, v2, 0x1.7362cap-1f);
    return v18;
}
static inline float evolved_tanhf(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v3 = (v1 & 0x7fffffff);
    const float v4 = evolve_f32_from_bits(v3);
    const float v5 = evolved_tanhf_kernel(v4);
    const int32_t v6 = evolve_f32_bits(v5);
    const float v7 = evolved_tanhf_tail(v4);
    const int32_t v8 = evolve_f32_bits(v7);
    const float v12 = 0x1p+1f * v4;
    const int v15 = (-0x1.ap+6f < v12);
    const float v16 = (v15 ? v12 : -0x1.ap+6f);
    const int v17 = (v16 < 0x1.64p+6f);
    const float v18 = (v17 ? v16 : 0x1.64p+6f);
    const float v20 = v18 * 0x1.715476p+0f;
    const float v21 = rintf(v20);
    const float v24 = fmaf(v21, -0x1.62e4p-1f, v18);
    const float v25 = fmaf(v21, -0x1.7f7dp-20f, v24);
    const float v28 = fmaf(0x1.6ab19cp-10f, v25, 0x1.1253a4p-7f);
    const float v30 = fmaf(v25, v28, 0x1.555864p-5f);
    const float v32 = fmaf(v30, v25, 0x1.55547p-3f);
    const float v34 = fmaf(v32, v25, 0x1.fffffcp-2f);
    const float v36 = fmaf(v34, v25, 0x1p+0f);
    const float v38 = fmaf(v36, v25, 0x1p+0f);
    const float v40 = v21 + 0x1.8p+23f;
    const int32_t v41 = evolve_f32_bits(v40);
    const int32_t v43 = (int32_t)((uint32_t)(v41) << (23));
    const int32_t v44 = evolve_f32_bits(v38);
    const int32_t v45 = (int32_t)((uint32_t)(v44) + (uint32_t)(v43));
    const int32_t v47 = (int32_t)((uint32_t)(v45) + (uint32_t)(0x4a800000));
    const float v48 = evolve_f32_from_bits(v47);
    const float v50 = v48 + 0x1p+23f;
    const int32_t v51 = evolve_f32_bits(v50);
    const int32_t v53 = (int32_t)((uint32_t)(v51) - (uint32_t)(0x4b000000));
    const int v56 = (v45 < 0x800000);
    const int v57 = (v45 < 0x7f800000);
    const int32_t v58 = (v57 ? v45 : 0x7f800000);
    const int32_t v59 = (v56 ? v53 : v58);
    const int v60 = (v12 == v12);
    const float v61 = evolve_f32_from_bits(v59);
    const float v62 = v12 + v12;
    const float v63 = (v60 ? v61 : v62);
    const float v65 = v63 + 0x1p+0f;
    const float v66 = 0x1p+1f / v65;
    const float v67 = 0x1p+0f - v66;
    const int32_t v68 = evolve_f32_bits(v67);
    const int v70 = (0x1.20a3d8p+3f <= v4);
    const int32_t v72 = (v70 ? 0x3f800000 : v68);
    const int v74 = (v3 < 0x3fa00000);
    const int32_t v75 = (v74 ? v8 : v72);
    const int v77 = (v3 < 0x3f200000);
    const int32_t v78 = (v77 ? v6 : v75);
    const float v79 = (float)(v3);
    const float v81 = v79 * 0x0p+0f;
    const float v82 = rintf(v81);
    const float v84 = v82 + 0x1.8p+23f;
    const int32_t v85 = evolve_f32_bits(v84);
    const int32_t v87 = (int32_t)((uint32_t)(v85) - (uint32_t)(0x4b400000));
    const int32_t v88 = (int32_t)((uint32_t)(v3) + (uint32_t)(v87));
    const int v90 = (v3 < 0x800000);
    const int32_t v91 = (v90 ? v88 : v78);
    const int32_t v93 = (v1 & (-0x7fffffff - 1));
    const int32_t v94 = (v91 ^ v93);
    const float v95 = evolve_f32_from_bits(v94);
    return v95;
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_tanhf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_kernel_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_tanhf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_tanhf_tail_array(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = evolved_tanhf_tail(in[i]);
}
#if !defined(__clang__) && defined(__GNUC__)
#pragma GCC pop_options
#endif
#ifdef __cplusplus
} /* extern "C" */
#endif
#endif /* EVOLVE_EVOLVED_TANHF_FULL_H */
