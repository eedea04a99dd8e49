"""exp_like's `scale: multiply` variant: 2^k applied by a float multiply instead of an integer
add on the result's bits, with a reduction by half-integer multiples of ln2.

k = rint(x/ln2 - 1/2) (one fma and a round), h = k + 1/2, t = x - h ln2 (Cody-Waite: h has 9
significant bits, so h * LN2_HI is exact; h * LN2_LO enters by an fma) in [-ln2/2, ln2/2] up to
the reduction's rounding, and the kernel approximates e^(t + ln2/2) = sqrt(2) e^t, in [1, 2].
Then y = core(t) * 2^k is exact wherever it is normal.  (A kernel on [0, ln2] would avoid the
half, but r's own rounding there costs up to half an ulp: measured 1.45 ulps in all.)
The scale 2^k is built from k's bits alone: bits(kf + (1.5 * 2^23 + 127)) << 23 = (k + 127) << 23,
whose low 9 bits of k + 127 land on the sign and exponent.  So the scale is +-0, +-inf or a
normal power of two, never subnormal:
  k in [-126, 127]: 2^k;  k = 128: +inf (y = inf, the overflow);  k = -127: +0;
  k in [-151, -128]: a negative number (sign bit set), so y < 0.
That is the add, the shift and the multiply (and an fma and a round for k) where the bits
scheme takes eight ops.

Results below 2^-126 (k <= -127, or k = -126 with core(t) < 1):
- flush: y < 2^-126 (negative y included) gives +0; the one subnormal y can be (k = -126,
  core < 1) is flushed by that select on every backend, so XLA's flush-to-zero, which makes it
  0 earlier, gives the same bits.
- exact: low = bits(p * 2^(k+149) + 2^23) - bits(2^23), the subnormal's bits (the add of 2^23,
  ulp 1, rounds once; the product is exact), and the result is the integer max of bits(y) and
  low: below 2^-126 bits(y) is negative, 0 or the same subnormal (then equal to low, so the
  max is the same under flush-to-zero); at and above 2^-126, s = p 2^(k+149) >= 2^23 gives
  s + 2^23 <= 2 s and low <= bits(y); where 2^(k+149)'s exponent wraps (k >= -20) its scale
  is negative and > -2^22 in magnitude, so low <= 0.  The scale of low is never subnormal
  either (exponent field k + 276 mod 256, mantissa 0).
NaN: k's bits shift out to a scale of +0, and p is NaN: y = NaN * 0 = NaN, and low is NaN's
bits minus bits(2^23), below a positive NaN's bits and above a negative one's as signed ints.
"""
from __future__ import annotations

from targets.f32consts import INV_LN2, LN2_HI, LN2_LO, ROUND_MAGIC, TWO_23_BITS

# k's range the scale construction is exact for: k + 127 in [-256, 255] (sign and exponent bits)
# and k + 276 >= 125 for low's scale (2^(k+149) >= 2^-2, its product with p >= 1/4 normal)
K_RANGE = (-151, 128)


def half_reduction(t, xc: int) -> tuple[int, int]:
    """(kf, t): k = rint(x/ln2 - 1/2) as a float (the fma rounds once) and the reduced argument
    t = x - (k + 1/2) ln2, whose rounding is that of one add at |t| <= ln2/2."""
    kf = t.op("rint_small", t.op("fma", xc, t.f(INV_LN2), t.f(-0.5)))
    h = t.op("add", kf, t.f(0.5))
    r1 = t.op("sub", xc, t.op("mul_exact", h, t.f(LN2_HI)))
    return kf, t.op("fma", h, t.f(-LN2_LO), r1)


def check_multiply_range(clamp_lo: float, clamp_hi: float) -> None:
    """ValueError unless every k the clamp allows lies in K_RANGE (floor and ceil of the exact
    x/ln2 - 1/2 at the clamps: a unit of slack for the rounding of the reduction's fma)."""
    import math

    k_lo = math.floor(clamp_lo / math.log(2.0) - 0.5)
    k_hi = math.ceil(clamp_hi / math.log(2.0) - 0.5)
    if k_lo < K_RANGE[0] or k_hi > K_RANGE[1]:
        raise ValueError(f"scale multiply: the clamp [{clamp_lo}, {clamp_hi}] allows k in [{k_lo}, {k_hi}], "
                         f"outside [{K_RANGE[0]}, {K_RANGE[1]}] where 2^k is built exactly")


def _scale(t, kf: int, bias: int) -> int:
    """2^(k + bias - 127) as (k + bias) << 23 on the bits of kf + 1.5 * 2^23 + bias."""
    kmagic = t.op("add", kf, t.f(ROUND_MAGIC + bias))
    return t.op("bits_i2f", t.op("shl_i", t.op("bits_f2i", kmagic), t.i(23)))


def multiply_reconstruction(t, kf: int, p: int, flush: bool) -> int:
    """y = p * 2^k with flush-to-zero or gradual underflow (see the module docstring)."""
    y = t.op("mul", p, _scale(t, kf, 127))
    if flush:
        return t.op("select", t.op("lt", y, t.f(2.0**-126)), t.f(0.0), y)
    low_scaled = t.op("mul_exact", p, _scale(t, kf, 276))
    low = t.op("sub_i", t.op("bits_f2i", t.op("add", low_scaled, t.f(2.0**23))), t.i(TWO_23_BITS))
    b = t.op("bits_f2i", y)
    return t.op("bits_i2f", t.op("select_i", t.op("lt_i", b, low), low, b))

