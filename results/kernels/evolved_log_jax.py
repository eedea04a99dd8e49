"""Evolved by evolve-float32 from results/runs/log (birth 317): log kernel on [-0.2928932309150696, 0.4142136573791504], cost 9, validation max ULP 0.7298 (sampled; see the .json beside this file for the exhaustive figures).

evolved_logf(x): float32 log(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact log, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_logf_kernel(x): the evolved kernel on the
reduced domain.

Generated float32 kernel evolved_logf_kernel(x): elementwise, jitted.

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

Program:
    v0 = x
    v1 = mul v0 v0
    v2 = const 0x1.1f6336p+4  # 17.961721420288086
    v3 = const -0x1.221e44p+2  # -4.533097267150879
    v4 = mul v3 v3
    v5 = fma v2 v0 v4
    v6 = const -0x1.5570d2p-3  # -0.16671909391880035
    v7 = const 0x1.78c8a4p+1  # 2.9436230659484863
    v8 = div v7 v5
    v9 = fma v8 v0 v6
    v10 = const 0x1.998ebcp-3  # 0.1999792754650116
    v11 = fma v9 v0 v10
    v12 = const -0x1.fffe2ap-3  # -0.24999649822711945
    v13 = fma v11 v0 v12
    v14 = const 0x1.aab618p+0  # 1.6668410301208496
    v15 = mul v10 v14
    v16 = fma v13 v0 v15
    v17 = const -0x1.000002p-1  # -0.5000000596046448
    v18 = fma v16 v0 v17
    v19 = fma v1 v18 v0
    return v19
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
def evolved_logf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v1 = x * x
    v4 = jnp.float32(float.fromhex('0x1.48c896p+4'))  # mul v3 v3, folded exactly
    v2 = jnp.float32(float.fromhex('0x1.1f6336p+4'))
    v5 = v2 * x + v4  # fma
    v7 = jnp.float32(float.fromhex('0x1.78c8a4p+1'))
    v8 = v7 / v5
    v6 = jnp.float32(float.fromhex('-0x1.5570d2p-3'))
    v9 = v8 * x + v6  # fma
    v10 = jnp.float32(float.fromhex('0x1.998ebcp-3'))
    v11 = v9 * x + v10  # fma
    v12 = jnp.float32(float.fromhex('-0x1.fffe2ap-3'))
    v13 = v11 * x + v12  # fma
    v15 = jnp.float32(float.fromhex('0x1.55556cp-2'))  # mul v10 v14, folded exactly
    v16 = v13 * x + v15  # fma
    v17 = jnp.float32(float.fromhex('-0x1.000002p-1'))
    v18 = v16 * x + v17  # fma
    v19 = v1 * v18 + x  # fma
    return jnp.broadcast_to(v19, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_logf_full(x):
    x = _as_float32(x)
    ok = x == x
    ix = jax.lax.bitcast_convert_type(x, jnp.int32)
    sub = (ix > 0) & (ix < 0x00800000)
    valid = (ix > 0) & (ix < 0x7f800000)
    iy = jnp.where(sub, jax.lax.bitcast_convert_type(ix.astype(jnp.float32), jnp.int32), ix)
    iy = jnp.where(valid, iy, 0x3f800000)
    u = iy - 0x3f3504f3
    k = (u >> 23) + jnp.where(sub, -149, 0)
    f = jax.lax.bitcast_convert_type((u & 0x007fffff) + 0x3f3504f3, jnp.float32) - jnp.float32(1.0)
    p = jnp.where(ok, evolved_logf_kernel(jnp.where(ok, f, x)), x)
    kf = k.astype(jnp.float32)
    y = kf * jnp.float32(float.fromhex('0x1.62e4p-1')) + (kf * jnp.float32(float.fromhex('0x1.7f7dp-20')) + p)
    # Not `(ix & 0x7fffffff) == 0`: LLVM folds that into x == 0.0, which XLA's CPU
    # denormals-are-zero mode makes true for subnormals (measured: log(-subnormal) = -inf).
    special = jnp.where(ix < 0, jnp.where(ix == -2147483648, jnp.float32(-jnp.inf), jnp.float32(jnp.nan)),
                        jnp.where(ix == 0, jnp.float32(-jnp.inf), x + x))
    return jnp.where(valid, y, special)


@_evolved_logf_full.defjvp
def __evolved_logf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_logf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, t / _as_float32(x)


evolved_logf = jax.jit(_evolved_logf_full)
