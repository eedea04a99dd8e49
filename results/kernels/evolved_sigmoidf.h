/*
 * Evolved by evolve-float32 from results/runs/sigmoid (birth 84): sigmoid kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.766 (sampled; see the .json beside this file for the exhaustive figures).
 *
 * float evolved_sigmoidf(float x): float32 sigmoid(x) for every float32 x.
 * void evolved_sigmoidf_array(const float *in, float *out, size_t n): the same over an array, vectorized;
 *     in == out (in place) is fine, partly overlapping arrays are not.
 * float evolved_sigmoidf_kernel(float r): the evolved kernel of slot core on its domain.
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
 * Kernel evolved_sigmoidf_kernel (slot core; constant subexpressions folded):
 * v0 = x
 * v1 = const 0x1.6ce3dp-10  # 0.0013919444754719734
 * v2 = const 0x1.124618p-7  # 0.00837017223238945
 * v3 = fma v1 v0 v2
 * v4 = const 0x1.555554p-5  # 0.0416666641831398
 * v5 = fma v3 v0 v4
 * v6 = const 0x1.555472p-3  # 0.1666649729013443
 * v7 = fma v5 v0 v6
 * v8 = const 0x1p-1  # 0.5
 * v9 = fma v7 v0 v8
 * v10 = const 0x1.22252ep-27  # 8.444337673552127e-09
 * v11 = fma v9 v0 v10
 * v12 = fma v0 v11 v0
 * return v12
 *
 * Full-range template (kernel slots called by name):
 * v0 = x
 * v1 = bits_f2i v0
 * v2 = iconst -2147483648  # 0x80000000
 * v3 = or_i v1 v2
 * v4 = bits_i2f v3
 * v5 = const -0x1.ap+6  # -104.0
 * v6 = lt v5 v4
 * v7 = select v6 v4 v5
 * v8 = const 0x1.715476p+0  # 1.4426950216293335
 * v9 = mul v7 v8
 * v10 = rint_small v9
 * v11 = const 0x1.62e4p-1  # 0.693145751953125
 * v12 = mul_exact v10 v11
 * v13 = sub v7 v12
 * v14 = const 0x1.7f7dp-20  # 1.428605173714459e-06
 * v15 = mul_exact v10 v14
 * v16 = sub v13 v15
 * v17 = sub v13 v16
 * v18 = sub v17 v15
 * v19 = kernel core v16
 * v20 = const 0x1p+0  # 1.0
 * v21 = add v20 v19
 * v22 = sub v21 v20
 * v23 = sub v19 v22
 * v24 = fma v21 v18 v23
 * v25 = const 0x1.8p+23  # 12582912.0
 * v26 = add v10 v25
 * v27 = bits_f2i v26
 * v28 = iconst 1262485504  # 0x4b400000
 * v29 = sub_i v27 v28
 * v30 = iconst -28
 * v31 = lt_i v29 v30
 * v32 = select_i v31 v30 v29
 * v33 = iconst 127
 * v34 = add_i v32 v33
 * v35 = iconst 23
 * v36 = shl_i v34 v35
 * v37 = bits_i2f v36
 * v38 = mul_exact v21 v37
 * v39 = mul_exact v24 v37
 * v40 = add v20 v38
 * v41 = sub v20 v40
 * v42 = add v41 v38
 * v43 = add v42 v39
 * v44 = iconst 0
 * v45 = lt_i v1 v44
 * v46 = select v45 v38 v20
 * v47 = const 0x0p+0  # 0.0
 * v48 = select v45 v39 v47
 * v49 = div v20 v40
 * v50 = mul v46 v49
 * v51 = const -0x1p+0  # -1.0
 * v52 = mul v50 v51
 * v53 = fma v52 v40 v46
 * v54 = mul v50 v43
 * v55 = sub v48 v54
 * v56 = add v53 v55
 * v57 = fma v56 v49 v50
 * v58 = add v21 v24
 * v59 = shl_i v27 v35
 * v60 = bits_f2i v58
 * v61 = add_i v60 v59
 * v62 = iconst 1249902592  # 0x4a800000
 * v63 = add_i v61 v62
 * v64 = bits_i2f v63
 * v65 = const 0x1p+23  # 8388608.0
 * v66 = add v64 v65
 * v67 = bits_f2i v66
 * v68 = iconst 1258291200  # 0x4b000000
 * v69 = sub_i v67 v68
 * v70 = iconst 8388608  # 0x00800000
 * v71 = lt_i v61 v70
 * v72 = select_i v71 v69 v61
 * v73 = bits_i2f v72
 * v74 = and_b v31 v45
 * v75 = select v74 v73 v57
 * v76 = eq v0 v0
 * v77 = add v0 v0
 * v78 = select v76 v75 v77
 * return v78
 */
#ifndef EVOLVE_EVOLVED_SIGMOIDF_FULL_H
#define EVOLVE_EVOLVED_SIGMOIDF_FULL_H

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
static inline EVOLVE_FLATTEN float evolved_sigmoidf_kernel(float x)
{
    const float v3 = fmaf(0x1.6ce3dp-10f, x, 0x1.124618p-7f);
    const float v5 = fmaf(v3, x, 0x1.555554p-5f);
    const float v7 = fmaf(v5, x, 0x1.555472p-3f);
    const float v9 = fmaf(v7, x, 0x1p-1f);
    const float v11 = fmaf(v9, x, 0x1.22252ep-27f);
    const float v12 = fmaf(x, v11, x);
    return v12;
}
EVOLVE_DECLARE_SIMD
static inline EVOLVE_FLATTEN float evolved_sigmoidf(float x)
{
    const int32_t v1 = evolve_f32_bits(x);
    const int32_t v3 = (v1 | (-0x7fffffff - 1));
    const float v4 = evolve_f32_from_bits(v3);
    const int v6 = (-0x1.ap+6f < v4);
    const float v7 = evolve_select_f(v6, v4, -0x1.ap+6f);
    const float v9 = v7 * 0x1.715476p+0f;
    const float v10 = ((v9 + 0x1.8p23f) - 0x1.8p23f);
    const float v12 = fmaf(v10, -0x1.62e4p-1f, v7);
    const float v14 = v10 * 0x1.7f7dp-20f;
    const float v15 = v12 - v14;
    const float v16 = v12 - v15;
    const float v17 = v16 - v14;
    const float v18 = evolved_sigmoidf_kernel(v15);
    const float v20 = 0x1p+0f + v18;
    const float v21 = v20 - 0x1p+0f;
    const float v22 = v18 - v21;
    const float v23 = fmaf(v20, v17, v22);
    const float v25 = v10 + 0x1.8p+23f;
    const int32_t v26 = evolve_f32_bits(v25);
    const int32_t v28 = (int32_t)((uint32_t)(v26) - (uint32_t)(0x4b400000));
    const int v30 = (v28 < (-28));
    const int32_t v31 = evolve_select_i(v30, (-28), v28);
    const int32_t v33 = (int32_t)((uint32_t)(v31) + (uint32_t)(127));
    const int32_t v35 = (int32_t)((uint32_t)(v33) << (23));
    const float v36 = evolve_f32_from_bits(v35);
    const float v37 = v20 * v36;
    const float v38 = v23 * v36;
    const float v39 = 0x1p+0f + v37;
    const float v40 = 0x1p+0f - v39;
    const float v41 = v40 + v37;
    const float v42 = v41 + v38;
    const int v44 = (v1 < 0);
    const float v45 = evolve_select_f(v44, v37, 0x1p+0f);
    const float v47 = evolve_select_f(v44, v38, 0x0p+0f);
    const float v48 = 0x1p+0f / v39;
    const float v49 = v45 * v48;
    const float v51 = v49 * -0x1p+0f;
    const float v52 = fmaf(v51, v39, v45);
    const float v53 = v49 * v42;
    const float v54 = v47 - v53;
    const float v55 = v52 + v54;
    const float v56 = fmaf(v55, v48, v49);
    const float v57 = v20 + v23;
    const int32_t v58 = (int32_t)((uint32_t)(v26) << (23));
    const int32_t v59 = evolve_f32_bits(v57);
    const int32_t v60 = (int32_t)((uint32_t)(v59) + (uint32_t)(v58));
    const int32_t v62 = (int32_t)((uint32_t)(v60) + (uint32_t)(0x4a800000));
    const float v63 = evolve_f32_from_bits(v62);
    const float v65 = v63 + 0x1p+23f;
    const int32_t v66 = evolve_f32_bits(v65);
    const int32_t v68 = (int32_t)((uint32_t)(v66) - (uint32_t)(0x4b000000));
    const int v70 = (v60 < 0x800000);
    const int32_t v71 = evolve_select_i(v70, v68, v60);
    const float v72 = evolve_f32_from_bits(v71);
    const int v73 = (v30 & v44);
    const float v74 = evolve_select_f(v73, v72, v56);
    const int v75 = (x == x);
    const float v76 = x + x;
    const float v77 = evolve_select_f(v75, v74, v76);
    return v77;
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_sigmoidf_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_sigmoidf_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_sigmoidf_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_sigmoidf_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_sigmoidf_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_sigmoidf_array(const float *in, float *out, size_t n)
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
            evolved_sigmoidf_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_sigmoidf_array_run(in, out, n, mode);
}
#ifdef EVOLVE_X86_DISPATCH
static EVOLVE_TARGET_AVX2 void evolved_sigmoidf_kernel_array_avx2(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf_kernel(in[i]);
}
#ifndef EVOLVE_NO_AVX512
static EVOLVE_TARGET_AVX512 void evolved_sigmoidf_kernel_array_avx512(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf_kernel(in[i]);
}
#endif
#endif
static EVOLVE_FLATTEN EVOLVE_UNUSED void evolved_sigmoidf_kernel_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)
{
#ifdef EVOLVE_X86_DISPATCH
#ifndef EVOLVE_NO_AVX512
    if (evolve_cpu_avx512()) { evolved_sigmoidf_kernel_array_avx512(in, out, n, mode); return; }
#endif
    if (evolve_cpu_avx2()) { evolved_sigmoidf_kernel_array_avx2(in, out, n, mode); return; }
#endif
    size_t i = 0;
    (void)mode;
    for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)
        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)
            out[i + j] = evolved_sigmoidf_kernel(in[i + j]);
    for (; i < n; ++i)
        out[i] = evolved_sigmoidf_kernel(in[i]);
}
EVOLVE_ARRAY_LINKAGE void evolved_sigmoidf_kernel_array(const float *in, float *out, size_t n)
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
            evolved_sigmoidf_kernel_array_run(buf, out + i, m, mode);
        }
        return;
    }
    evolved_sigmoidf_kernel_array_run(in, out, n, mode);
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
#endif /* EVOLVE_EVOLVED_SIGMOIDF_FULL_H */
