"""Evolved by evolve-float32 from results/runs/exp (birth 4100): exp kernel on [-0.34658050537109375, 0.34658050537109375], cost 6, validation max ULP 0.7073 (sampled; see the .json beside this file for the exhaustive figures).

evolved_expf(x): float32 exp(x) for every float32 x, from jnp/lax ops; works under jit,
vmap and grad (d/dx of the exact exp, in x's dtype).  Other real inputs are first
rounded to float32 as numpy does (see below).  evolved_expf_kernel(x): the evolved kernel on the
reduced domain.

Generated float32 kernel evolved_expf_kernel(x): elementwise, jitted.

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
    v1 = const -0x1.1d1b34p+37  # -153065259008.0
    v2 = const -0x1.318444p+30  # -1281429760.0
    v3 = const -0x1.1f40aep+49  # -631675268628480.0
    v4 = div v2 v1
    v5 = const 0x1.082df6p+58  # 2.974397137472717e+17
    v6 = const 0x1.4ed758p+59  # 7.53995321427624e+17
    v7 = sub v5 v6
    v8 = div v3 v7
    v9 = fma v8 v0 v4
    v10 = const 0x1.442f36p-3  # 0.15829317271709442
    v11 = const 0x1.555864p-5  # 0.0416681244969368
    v12 = fma v0 v9 v11
    v13 = add v10 v4
    v14 = fma v12 v0 v13
    v15 = const 0x1.fffffcp-2  # 0.4999999403953552
    v16 = fma v14 v0 v15
    v17 = const 0x1p+0  # 1.0
    v18 = fma v16 v0 v17
    v19 = const 0x1p+0  # 1.0
    v20 = fma v18 v0 v19
    return v20
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
def evolved_expf_kernel(x):
    x = _as_float32(x)
    ok = x == x
    v4 = jnp.float32(float.fromhex('0x1.1253a4p-7'))  # div v2 v1, folded exactly
    v8 = jnp.float32(float.fromhex('0x1.6ab19cp-10'))  # div v3 v7, folded exactly
    v9 = v8 * x + v4  # fma
    v11 = jnp.float32(float.fromhex('0x1.555864p-5'))
    v12 = x * v9 + v11  # fma
    v13 = jnp.float32(float.fromhex('0x1.55547p-3'))  # add v10 v4, folded exactly
    v14 = v12 * x + v13  # fma
    v15 = jnp.float32(float.fromhex('0x1.fffffcp-2'))
    v16 = v14 * x + v15  # fma
    v17 = jnp.float32(float.fromhex('0x1p+0'))
    v18 = v16 * x + v17  # fma
    v19 = jnp.float32(float.fromhex('0x1p+0'))
    v20 = v18 * x + v19  # fma
    return jnp.broadcast_to(v20, jnp.shape(x)).astype(jnp.float32)


@jax.custom_jvp
def _evolved_expf_full(x):
    x = _as_float32(x)
    xc = jnp.where(x > jnp.float32(-104.0), x, jnp.float32(-104.0))
    xc = jnp.where(xc < jnp.float32(89.0), xc, jnp.float32(89.0))
    kf = jax.lax.round(xc * jnp.float32(float.fromhex('0x1.715476p+0')), jax.lax.RoundingMethod.TO_NEAREST_EVEN)
    r = (xc - kf * jnp.float32(float.fromhex('0x1.62e4p-1'))) - kf * jnp.float32(float.fromhex('0x1.7f7dp-20'))
    # r needs no guard: a difference of non-constant terms, which no rewrite of the kernel's
    # ops can combine with; p is only read as bits.
    p = evolved_expf_kernel(r)
    # p * 2^k on the bits, exact while normal.  k << 23 is bits(kf + 1.5 * 2^23) << 23: the
    # constant's bits shift out (cheaper than XLA's saturating float -> int conversion).
    b = jax.lax.bitcast_convert_type(p, jnp.int32) \
        + (jax.lax.bitcast_convert_type(kf + jnp.float32(12582912.0), jnp.int32) << 23)
    # Below 2^-126 (which XLA on CPU would flush) the float add of 2^23 (ulp 1) rounds
    # p * 2^(k+149) to the subnormal's integer bits.
    t = jax.lax.bitcast_convert_type(b + (149 << 23), jnp.float32) + jnp.float32(8388608.0)
    n = jax.lax.bitcast_convert_type(t, jnp.int32) - 0x4b000000
    b = jnp.where(b < 0x00800000, n, jnp.minimum(b, 0x7f800000))
    return jnp.where(x == x, jax.lax.bitcast_convert_type(b, jnp.float32), x + x)


@_evolved_expf_full.defjvp
def __evolved_expf_full_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = _evolved_expf_full(x)
    # t has the input's dtype; y's tangent is float32.  A plain convert, which grad transposes
    # back to the input's dtype.
    t = t.astype(jnp.float32)
    return y, y * t


evolved_expf = jax.jit(_evolved_expf_full)
