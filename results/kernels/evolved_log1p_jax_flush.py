"""Evolved by evolve-float32 from results/runs/log1p (birth 82): log1p kernel on [-0.2928932309150696, 0.4142136573791504], cost 11, validation max ULP 2.06 (sampled; see the .json beside this file for the exhaustive figures). Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics.

evolved_log1pf(x): float32 log1p(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log1p, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_log1pf_kernel(x): the evolved kernels.
Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its sign
and a result below 2^-126 is returned as +-0.

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
v5 = iconst 8388607  # 0x007fffff
v6 = lt_i v5 v3
v7 = lt_i v3 v4
v8 = and_b v6 v7
v9 = iconst 1060439283  # 0x3f3504f3
v10 = sub_i v3 v9
v11 = iconst 23
v12 = sra_i v10 v11
v13 = and_i v10 v5
v14 = add_i v13 v9
v15 = bits_i2f v14
v16 = sub v15 v1
v17 = iconst 0
v18 = eq_i v12 v17
v19 = select v18 v0 v16
v20 = sub v2 v1
v21 = sub v0 v20
v22 = div v21 v2
v23 = const 0x0p+0  # 0.0
v24 = select v18 v23 v22
v25 = kernel core v19
v26 = i2f v12
v27 = const 0x1.7f7dp-20  # 1.428605173714459e-06
v28 = mul_exact v26 v27
v29 = add v28 v24
v30 = const 0x1.62e4p-1  # 0.693145751953125
v31 = mul_exact v26 v30
v32 = add v31 v19
v33 = sub v31 v32
v34 = add v33 v19
v35 = add v29 v25
v36 = add v34 v35
v37 = add v32 v36
v38 = const -inf  # -inf
v39 = const nan  # nan
v40 = iconst 2147483647  # 0x7fffffff
v41 = and_i v3 v40
v42 = iconst 8388608  # 0x00800000
v43 = lt_i v41 v42
v44 = lt_i v3 v17
v45 = add v2 v2
v46 = select v44 v39 v45
v47 = select v43 v38 v46
v48 = select v8 v37 v47
v49 = bits_f2i v0
v50 = and_i v49 v40
v51 = lt_i v50 v42
v52 = bits_f2i v48
v53 = select_i v51 v49 v52
v54 = bits_i2f v53
return v54

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
    v5 = jnp.int32(0x7fffff)
    v6 = v5 < v3
    v4 = jnp.int32(0x7f800000)
    v7 = v3 < v4
    v8 = v6 & v7
    v9 = jnp.int32(0x3f3504f3)
    v10 = v3 - v9
    v11 = jnp.int32(23)
    v12 = jax.lax.shift_right_arithmetic(v10, v11)
    v13 = v10 & v5
    v14 = v13 + v9
    v15 = jax.lax.bitcast_convert_type(v14, jnp.float32)
    v16 = v15 - v1
    v17 = jnp.int32(0)
    v18 = v12 == v17
    v19 = jnp.where(v18, x, v16)
    k1 = _const(float.fromhex('0x1p+0'), ok)
    v20 = v2 - k1
    v21 = x - v20
    v22 = v21 / v2
    v23 = jnp.float32(float.fromhex('0x0p+0'))
    v24 = jnp.where(v18, v23, v22)
    v25 = v19 * v19
    v29 = jnp.float32(float.fromhex('-0x1.fced1cp-4'))
    v26 = jnp.float32(float.fromhex('-0x1.d79ea2p-4'))
    v36 = v26 * v25 + v29  # fma
    v31 = jnp.float32(float.fromhex('-0x1.5559dep-3'))
    v37 = v36 * v25 + v31  # fma
    v33 = jnp.float32(float.fromhex('-0x1.000004p-2'))
    v38 = v37 * v25 + v33  # fma
    v28 = jnp.float32(float.fromhex('0x1.e2b0eap-4'))
    v27 = jnp.float32(float.fromhex('0x1.15a76ep-4'))
    v39 = v27 * v25 + v28  # fma
    v30 = jnp.float32(float.fromhex('0x1.238e72p-3'))
    v40 = v39 * v25 + v30  # fma
    v32 = jnp.float32(float.fromhex('0x1.99a06p-3'))
    v41 = v40 * v25 + v32  # fma
    v42 = v41 * v19 + v38  # fma
    v34 = jnp.float32(float.fromhex('0x1.55555p-2'))
    v43 = v42 * v19 + v34  # fma
    v35 = jnp.float32(float.fromhex('-0x1p-1'))
    v44 = v43 * v19 + v35  # fma
    v45 = v25 * v44
    v46 = v12.astype(jnp.float32)
    v47 = jnp.float32(float.fromhex('0x1.7f7dp-20'))
    v48 = v46 * v47
    v49 = v48 + v24
    v50 = jnp.float32(float.fromhex('0x1.62e4p-1'))
    v51 = v46 * v50
    v52 = v51 + v19
    v53 = v51 - v52
    v54 = v53 + v19
    k45 = _keep(v45)
    v55 = v49 + k45
    v56 = v54 + v55
    v57 = v52 + v56
    v60 = jnp.int32(0x7fffffff)
    v61 = v3 & v60
    v62 = jnp.int32(0x800000)
    v63 = v61 < v62
    v64 = v3 < v17
    v65 = v2 + v2
    v59 = jnp.float32(float('nan'))
    v66 = jnp.where(v64, v59, v65)
    v58 = jnp.float32(float('-inf'))
    v67 = jnp.where(v63, v58, v66)
    v68 = jnp.where(v8, v57, v67)
    v69 = jax.lax.bitcast_convert_type(x, jnp.int32)
    v70 = v69 & v60
    v71 = v70 < v62
    v72 = jax.lax.bitcast_convert_type(v68, jnp.int32)
    v73 = jnp.where(v71, v69, v72)
    v74 = jax.lax.bitcast_convert_type(v73, jnp.float32)
    return jnp.broadcast_to(v74, jnp.shape(x)).astype(jnp.float32)


@_evolved_log1pf_full.defjvp
def __evolved_log1pf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_log1pf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / (1 + _as_float32(x))


evolved_log1pf = jax.jit(_evolved_log1pf_full)
