"""Evolved by evolve-float32 from results/runs/log1p (birth 82): log1p kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 2.06 (sampled; see the .json beside this file for the exhaustive figures).

evolved_log1pf(x): float32 log1p(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log1p, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_log1pf_kernel(x): the evolved kernels.

Kernel evolved_log1pf_kernel (slot core; constant subexpressions folded):
v0 = x
v1 = mul v0 v0
v2 = const -0x1.d79ea2p-4  # -0.11514151841402054
v3 = const 0x1.15a76ep-4  # 0.06778662651777267
v4 = const 0x1.e2b0eap-4  # 0.11784449964761734
v5 = const -0x1.fced1cp-4  # -0.12424956262111664
v6 = const 0x1.238e72p-3  # 0.14236153662204742
v7 = const -0x1.5559dep-3  # -0.16667531430721283
v8 = const 0x1.99a06p-3  # 0.2000129222869873
v9 = const -0x1.000004p-2  # -0.2500000596046448
v10 = const 0x1.55555p-2  # 0.33333325386047363
v11 = const -0x1p-1  # -0.5
v12 = fma v2 v1 v5
v13 = fma v12 v1 v7
v14 = fma v13 v1 v9
v15 = fma v3 v1 v4
v16 = fma v15 v1 v6
v17 = fma v16 v1 v8
v18 = fma v17 v0 v14
v19 = fma v18 v0 v10
v20 = fma v19 v0 v11
v21 = mul v1 v20
return v21

Full-range template (kernel slots called by name):
v0 = x
v1 = const 0x1p+0  # 1.0
v2 = add v0 v1
v3 = bits_f2i v2
v4 = iconst 2139095040  # 0x7f800000
v5 = iconst 0
v6 = lt_i v5 v3
v7 = iconst 8388608  # 0x00800000
v8 = lt_i v3 v7
v9 = and_b v6 v8
v10 = lt_i v3 v4
v11 = and_b v6 v10
v12 = i2f v3
v13 = bits_f2i v12
v14 = select_i v9 v13 v3
v15 = iconst 1060439283  # 0x3f3504f3
v16 = sub_i v14 v15
v17 = iconst 23
v18 = sra_i v16 v17
v19 = iconst -149
v20 = select_i v9 v19 v5
v21 = add_i v18 v20
v22 = iconst 8388607  # 0x007fffff
v23 = and_i v16 v22
v24 = add_i v23 v15
v25 = bits_i2f v24
v26 = sub v25 v1
v27 = eq_i v21 v5
v28 = select v27 v0 v26
v29 = sub v2 v1
v30 = sub v0 v29
v31 = div v30 v2
v32 = const 0x0p+0  # 0.0
v33 = select v27 v32 v31
v34 = kernel core v28
v35 = i2f v21
v36 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v37 = mul_exact v35 v36
v38 = add v37 v33
v39 = const 0x1.62e4p-1  # 0.693145751953125
v40 = mul_exact v35 v39
v41 = add v40 v28
v42 = sub v40 v41
v43 = add v42 v28
v44 = add v38 v34
v45 = add v43 v44
v46 = add v41 v45
v47 = const -inf  # -inf
v48 = const nan  # nan
v49 = iconst -2147483648  # 0x80000000
v50 = eq_i v3 v49
v51 = select v50 v47 v48
v52 = eq_i v3 v5
v53 = add v2 v2
v54 = select v52 v47 v53
v55 = lt_i v3 v5
v56 = select v55 v51 v54
v57 = select v11 v46 v56
v58 = bits_f2i v0
v59 = iconst 2147483647  # 0x7fffffff
v60 = and_i v58 v59
v61 = lt_i v60 v7
v62 = bits_f2i v57
v63 = select_i v61 v58 v62
v64 = bits_i2f v63
return v64

Generated float32 kernel evolved_log1pf_kernel(x): elementwise, jitted.

Every function of this module takes any real array-like (float32, float64,
float16, bfloat16, integers, bool, Python scalars; any shape, 0-d and empty included)
and converts it to float32 by round-to-nearest-even exactly as numpy's
x.astype(np.float32) does, float32 values below 2^-126 kept (not flushed), with
jax_enable_x64 on or off; float32 input is used as it is.  Complex input raises
TypeError.  Output: float32, the input's shape.  Gradients are taken with respect to
the input and come in the input's dtype.

Every op rounds to float32.
An fma (`a * b + c  # fma` below) rounds once: XLA fuses it into a
hardware fma on CPUs with FMA and on GPUs (elsewhere it rounds twice).
The _keep/_const wrappers are identities wherever x is not NaN; they only
stop XLA from rewriting the arithmetic (fusing a*b+c, x/c -> x*(1/c), ...),
which would change the verified float32 results.
XLA on CPU flushes subnormal inputs and results to zero.

Program (constant subexpressions folded):
    v0 = x
    v1 = mul v0 v0
    v2 = const -0x1.d79ea2p-4  # -0.11514151841402054
    v3 = const 0x1.15a76ep-4  # 0.06778662651777267
    v4 = const 0x1.e2b0eap-4  # 0.11784449964761734
    v5 = const -0x1.fced1cp-4  # -0.12424956262111664
    v6 = const 0x1.238e72p-3  # 0.14236153662204742
    v7 = const -0x1.5559dep-3  # -0.16667531430721283
    v8 = const 0x1.99a06p-3  # 0.2000129222869873
    v9 = const -0x1.000004p-2  # -0.2500000596046448
    v10 = const 0x1.55555p-2  # 0.33333325386047363
    v11 = const -0x1p-1  # -0.5
    v12 = fma v2 v1 v5
    v13 = fma v12 v1 v7
    v14 = fma v13 v1 v9
    v15 = fma v3 v1 v4
    v16 = fma v15 v1 v6
    v17 = fma v16 v1 v8
    v18 = fma v17 v0 v14
    v19 = fma v18 v0 v10
    v20 = fma v19 v0 v11
    v21 = mul v1 v20
    return v21
"""
import jax
import jax.numpy as jnp


def _as_float32(x):
    # x as float32, rounded to nearest-even exactly as numpy's x.astype(np.float32) rounds it,
    # for any real dtype (float64, float16, bfloat16, ints, bool, Python scalars), any shape.
    # Dispatched on the static dtype at trace time: float32 input costs nothing.
    x = jnp.asarray(x)
    if x.dtype == jnp.float32:
        return jnp.asarray(x, dtype=jnp.float32)
    if jnp.issubdtype(x.dtype, jnp.complexfloating):
        raise TypeError(f"float32 function of a real argument; got complex input ({x.dtype})")
    if x.dtype == jnp.float64:
        return _float64_to_float32(x)
    return x.astype(jnp.float32)  # exact, or one rounding that XLA does like numpy


@jax.custom_jvp
def _float64_to_float32(x):
    # XLA on CPU flushes a float32 result below 2^-126 of the convert to zero, so there the
    # float32's bits come from integers: rint(|x| * 2^149) is exact in float64 (a normal |x|
    # is scaled by a power of 2; a float64 subnormal, read as 0, rounds to 0 anyway).
    a = jnp.abs(x)
    n = jax.lax.round(a * 2.0**149, jax.lax.RoundingMethod.TO_NEAREST_EVEN).astype(jnp.int32)
    n = n | jnp.where(jnp.signbit(x), jnp.int32(-2147483648), jnp.int32(0))
    return jnp.where(a < 2.0**-126, jax.lax.bitcast_convert_type(n, jnp.float32), x.astype(jnp.float32))


@_float64_to_float32.defjvp
def _float64_to_float32_jvp(primals, tangents):
    # The rounding's slope is 1: the tangent is cast as the value is (a transposable convert,
    # so grad returns the cotangent in float64).
    (x,), (t,) = primals, tangents
    return _float64_to_float32(x), t.astype(jnp.float32)



def _keep(v):
    # v itself (a NaN stays a NaN), in a form XLA neither rewrites nor fuses with its neighbours.
    return jnp.where(v == v, v, -v)


def _keep_apart(v, k):
    # Like _keep, but by a different test, so XLA does not share this product with another one.
    scaled = v * jnp.float32(2.0**k)
    return jnp.where(scaled == scaled, v, -v)


def _const(value, ok):
    # The constant (wherever x is not NaN) as a full-shape value XLA cannot fold into its users.
    # The other arm is never taken (-c; 1 for a zero c: A + where(ok, 0, -0) would become
    # where(ok, A + 0, A), letting LLVM see through it).
    c = jnp.float32(value)
    return jnp.where(ok, c, -c if value else jnp.float32(1))


def _ok(v):
    # True where v is not NaN, by a test the compiler does not merge with x == x.
    twice = v * jnp.float32(2)
    return twice == twice


@jax.jit
def evolved_log1pf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v5 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v2 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v12 = v2 * v1 + v5  # fma
    v7 = jnp.float32(float.fromhex('-0x1.5559dep-3'))
    v13 = v12 * v1 + v7  # fma
    v9 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v14 = v13 * v1 + v9  # fma
    v4 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v3 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v15 = v3 * v1 + v4  # fma
    v6 = jnp.float32(float.fromhex('0x1.238e72p-3'))
    v16 = v15 * v1 + v6  # fma
    v8 = jnp.float32(float.fromhex('0x1.99a06p-3'))
    v17 = v16 * v1 + v8  # fma
    v18 = v17 * x + v14  # fma
    v10 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v19 = v18 * x + v10  # fma
    v11 = jnp.float32(float.fromhex('-0x1p-1'))
    v20 = v19 * x + v11  # fma
    v21 = v1 * v20
    return jnp.broadcast_to(v21, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_log1pf_full(x):
    x = _as_float32(x)
    ok = x == x
    v1 = jnp.float32(float.fromhex('0x1p+0'))
    v2 = x + v1
    v3 = jax.lax.bitcast_convert_type(v2, jnp.int32)
    v5 = jnp.int32(0)
    v6 = v5 < v3
    v7 = jnp.int32(0x800000)
    v8 = v3 < v7
    v9 = v6 & v8
    v4 = jnp.int32(0x7f800000)
    v10 = v3 < v4
    v11 = v6 & v10
    v12 = v3.astype(jnp.float32)
    v13 = jax.lax.bitcast_convert_type(v12, jnp.int32)
    v14 = jnp.where(v9, v13, v3)
    v15 = jnp.int32(0x3f3504f3)
    v16 = v14 - v15
    v17 = jnp.int32(23)
    v18 = jax.lax.shift_right_arithmetic(v16, v17)
    v19 = jnp.int32(-149)
    v20 = jnp.where(v9, v19, v5)
    v21 = v18 + v20
    v22 = jnp.int32(0x7fffff)
    v23 = v16 & v22
    v24 = v23 + v15
    v25 = jax.lax.bitcast_convert_type(v24, jnp.float32)
    v26 = v25 - v1
    v27 = v21 == v5
    v28 = jnp.where(v27, x, v26)
    k1 = _const(float.fromhex('0x1p+0'), ok)
    v29 = v2 - k1
    v30 = x - v29
    v31 = v30 / v2
    v32 = jnp.float32(float.fromhex('0x0p+0'))
    v33 = jnp.where(v27, v32, v31)
    v34 = v28 * v28
    v38 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v35 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v45 = v35 * v34 + v38  # fma
    v40 = jnp.float32(float.fromhex('-0x1.5559dep-3'))
    v46 = v45 * v34 + v40  # fma
    v42 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v47 = v46 * v34 + v42  # fma
    v37 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v36 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v48 = v36 * v34 + v37  # fma
    v39 = jnp.float32(float.fromhex('0x1.238e72p-3'))
    v49 = v48 * v34 + v39  # fma
    v41 = jnp.float32(float.fromhex('0x1.99a06p-3'))
    v50 = v49 * v34 + v41  # fma
    v51 = v50 * v28 + v47  # fma
    v43 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v52 = v51 * v28 + v43  # fma
    v44 = jnp.float32(float.fromhex('-0x1p-1'))
    v53 = v52 * v28 + v44  # fma
    v54 = v34 * v53
    v55 = v21.astype(jnp.float32)
    v56 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v57 = v55 * v56
    v58 = v57 + v33
    v59 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v60 = v55 * v59
    v61 = v60 + v28
    v62 = v60 - v61
    v63 = v62 + v28
    k54 = _keep(v54)
    v64 = v58 + k54
    v65 = v63 + v64
    v66 = v61 + v65
    v69 = jnp.int32(-0x80000000)
    v70 = v3 == v69
    v67 = jnp.float32(float('-inf'))
    v68 = jnp.float32(float('nan'))
    v71 = jnp.where(v70, v67, v68)
    v72 = v3 == v5
    v73 = v2 + v2
    v74 = jnp.where(v72, v67, v73)
    v75 = v3 < v5
    v76 = jnp.where(v75, v71, v74)
    v77 = jnp.where(v11, v66, v76)
    v78 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v79 = jnp.int32(0x7fffffff)
    v80 = v78 & v79
    v81 = v80 < v7
    v82 = jax.lax.bitcast_convert_type(v77, jnp.int32)
    v83 = jnp.where(v81, v78, v82)
    v84 = jax.lax.bitcast_convert_type(v83, jnp.float32)
    return jnp.broadcast_to(v84, jnp.shape(x)).astype(jnp.float32)


@_evolved_log1pf_full.defjvp
def __evolved_log1pf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_log1pf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + _as_float32(x))


evolved_log1pf = jax.jit(_evolved_log1pf_full)
