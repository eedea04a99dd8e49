"""The logistic function's template (exp_like with ratio: e^x / (1 + e^x), sigmoid): e^-|x| as two
floats, 1 + e^-|x| likewise, and a division with one correction step, to about half an ulp.
Written once here; every backend runs or emits it (see targets/schemes.py for the rules that
keep them bit-identical)."""
from __future__ import annotations

from typing import NamedTuple

from evolve.program import Program
from targets.f32consts import INV_LN2, LN2_HI, LN2_LO, MIN_NORMAL_BITS, ROUND_MAGIC, ROUND_MAGIC_BITS, SIGN_BIT, TWO_23_BITS
from targets.template_builder import TemplateBuilder


def ratio_template(flush: bool, clamp_lo: float, corrected: bool = True) -> Program:
    """e^x / (1 + e^x) to about half an ulp.  With a = -|x| = k ln2 + r (Cody-Waite, r's rounding
    error r_lo kept), q = core(r) ~ e^r - 1 and e^a = 2^k (hi + lo), hi = 1 + q, lo = the add's
    rounding error plus hi * r_lo (double-word, exact products by 2^k):
    D = 1 + e^a as D_hi + D_lo (Fast2Sum), N = e^a (x < 0) or 1 (x >= 0), y = N / D as
    s0 = N_hi / D_hi plus the correction (N - s0 D) / D_hi, its residual by fma (exact).
    Below k = -28 (x < -19.4, where y = e^x to 2^-27) e^x is built on the bits as exp_like does
    (gradual underflow in exact mode).  In flush mode no deep path: N stays unscaled (hi + lo,
    or 1 for x >= 0) and y = (N / D) * 2^k at the end, a power-of-2 multiply that is exact for
    a normal result and flushes one below 2^-126 (k clamped at -127, where 2^k's bits are +0),
    and NaN flows through every op, so that mode needs neither the bit path nor a NaN select
    (eleven ops fewer).  NaN gives NaN."""
    if flush:
        return _ratio_flush(clamp_lo, corrected)
    t = TemplateBuilder()
    e = _exp_minus_abs(t, clamp_lo, nan_to_clamp=True)
    deep = t.op("lt_i", e.k, t.i(-28))
    d = _denominator(t, e, t.op("select_i", deep, t.i(-28), e.k))
    negative = t.op("lt_i", e.ix, t.i(0))
    n_hi = t.op("select", negative, d.e_hi, e.one)
    n_lo = t.op("select", negative, d.e_lo, t.f(0.0))
    y = _quotient(t, n_hi, n_lo, d.d_hi, d.d_lo, corrected)
    # deep negative x: e^x = 2^k * (hi + lo) on the bits, with exp_like's gradual underflow
    p = t.op("add", e.hi, e.lo)
    kbits = t.op("shl_i", t.op("bits_f2i", t.op("add", e.kf, t.f(ROUND_MAGIC))), t.i(23))
    b = t.op("add_i", t.op("bits_f2i", p), kbits)
    scaled = t.op("bits_i2f", t.op("add_i", b, t.i(149 << 23)))
    low = t.op("sub_i", t.op("bits_f2i", t.op("add", scaled, t.f(2.0**23))), t.i(TWO_23_BITS))
    tail = t.op("bits_i2f", t.op("select_i", t.op("lt_i", b, t.i(MIN_NORMAL_BITS)), low, b))
    y = t.op("select", t.op("and_b", deep, negative), tail, y)
    x = 0
    return t.program(t.op("select", t.op("eq", x, x), y, t.op("add", x, x)))


def _ratio_flush(clamp_lo: float, corrected: bool) -> Program:
    """ratio_template's flush mode (see there): 2^k applied to the quotient instead of to N."""
    t = TemplateBuilder()
    e = _exp_minus_abs(t, clamp_lo, nan_to_clamp=False)
    # 2^k for k >= -127 (+0 there: e^a and y below 2^-126 flush); products by 2^k are exact
    # or flushed, fused or not
    d = _denominator(t, e, t.op("select_i", t.op("lt_i", e.k, t.i(-127)), t.i(-127), e.k))
    negative = t.op("lt_i", e.ix, t.i(0))
    n_hi = t.op("select", negative, e.hi, e.one)
    n_lo = t.op("select", negative, e.lo, t.f(0.0))
    y = _quotient(t, n_hi, n_lo, d.d_hi, d.d_lo, corrected)
    return t.program(t.op("mul_exact", y, t.op("select", negative, d.scale, e.one)))


class _ExpMinusAbs(NamedTuple):
    """Nodes of e^-|x| = 2^k (hi + lo): x's bits, k as float and as int, and the constant 1."""
    ix: int
    kf: int
    k: int
    hi: int
    lo: int
    one: int


def _exp_minus_abs(t: TemplateBuilder, clamp_lo: float, nan_to_clamp: bool) -> _ExpMinusAbs:
    """a = max(-|x|, clamp_lo) = k ln2 + r, e^r ~ hi + lo.  With nan_to_clamp a NaN x becomes
    clamp_lo (the caller restores NaN at the end); otherwise NaN flows through."""
    x = 0
    ix = t.op("bits_f2i", x)
    a = t.op("bits_i2f", t.op("or_i", ix, t.i(SIGN_BIT)))  # -|x|
    lo_c = t.f(clamp_lo)
    if nan_to_clamp:
        a = t.op("select", t.op("lt", lo_c, a), a, lo_c)
    else:
        a = t.op("select", t.op("lt", a, lo_c), lo_c, a)
    kf = t.op("rint_small", t.op("mul", a, t.f(INV_LN2)))
    r1 = t.op("sub", a, t.op("mul_exact", kf, t.f(LN2_HI)))  # exact
    klo = t.op("mul_exact", kf, t.f(LN2_LO))
    r = t.op("sub", r1, klo)
    r_lo = t.op("sub", t.op("sub", r1, r), klo)  # r1 - klo = r + r_lo exactly
    q = t.kernel("core", r)
    one = t.f(1.0)
    hi = t.op("add", one, q)
    lo = t.op("fma", hi, r_lo, t.op("sub", q, t.op("sub", hi, one)))  # e^r ~ hi + lo
    k = t.op("sub_i", t.op("bits_f2i", t.op("add", kf, t.f(ROUND_MAGIC))), t.i(ROUND_MAGIC_BITS))
    return _ExpMinusAbs(ix, kf, k, hi, lo, one)


class _Denominator(NamedTuple):
    """Nodes of 2^kc, e^a = e_hi + e_lo and D = 1 + e^a = d_hi + d_lo."""
    scale: int
    e_hi: int
    e_lo: int
    d_hi: int
    d_lo: int


def _denominator(t: TemplateBuilder, e: _ExpMinusAbs, kc: int) -> _Denominator:
    """D = 1 + 2^kc (hi + lo) by Fast2Sum (1 >= e_hi); the products by 2^kc are exact or flushed."""
    scale = t.op("bits_i2f", t.op("shl_i", t.op("add_i", kc, t.i(127)), t.i(23)))
    e_hi, e_lo = t.op("mul_exact", e.hi, scale), t.op("mul_exact", e.lo, scale)
    d_hi = t.op("add", e.one, e_hi)
    d_lo = t.op("add", t.op("add", t.op("sub", e.one, d_hi), e_hi), e_lo)
    return _Denominator(scale, e_hi, e_lo, d_hi, d_lo)


def _quotient(t: TemplateBuilder, n_hi: int, n_lo: int, d_hi: int, d_lo: int, corrected: bool) -> int:
    """N / D: s0 = N_hi / D_hi plus one correction step (N - s0 D) / D_hi, its residual by fma
    (exact); or, with corrected false, N_hi / D_hi alone (the front point sigmoid_fast: about
    twice the error for a third fewer ops; the unused lo parts are pruned)."""
    if not corrected:
        return t.op("div", n_hi, d_hi)
    one = t.f(1.0)
    inv = t.op("div", one, d_hi)
    s0 = t.op("mul", n_hi, inv)
    rho = t.op("add", t.op("fma", t.op("mul", s0, t.f(-1.0)), d_hi, n_hi),
               t.op("sub", n_lo, t.op("mul", s0, d_lo)))
    return t.op("fma", rho, inv, s0)
