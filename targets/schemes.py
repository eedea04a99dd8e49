"""Full-range schemes: range reduction, kernel slots, reconstruction and special values, each
written once as a template Program (evolve.compose) that every backend runs or emits.

A scheme builder takes its parameters and a subnormals mode and returns a template whose
KERNEL nodes name the slots a target fills.  The numpy full-range function is the evaluator
running the bound template; the C and JAX exports emit the same template.  Every op is
defined once in evolve.ops; the design rules that make all backends agree bit for bit:
- products in reductions and reconstructions are exact (k has at most 8 bits, LN2_HI 15 and
  LN2_LO 17 significant bits), written as mul_exact: the result is the same whether or not a
  compiler fuses them into the add;
- in "exact" mode no float op sees or produces a subnormal (subnormal inputs and results go
  through integer bit arithmetic), so XLA's flush-to-zero on CPU cannot change a result;
- "flush" mode is XLA's CPU semantics (subnormal inputs read as zeros, results below 2^-126
  flushed) without those integer paths;
- integer tests on the bits never compare (bits & 0x7fffffff) with 0, which LLVM turns into
  a float compare with 0.0 that flush-to-zero makes true for subnormals.
"""
from __future__ import annotations

from evolve.program import Program
from targets.template_builder import TemplateBuilder  # noqa: F401 (re-exported)
from targets.exp_scale import check_multiply_range, half_reduction, multiply_reconstruction
from targets.f32consts import (INF_BITS, INV_LN2, LN2_HI, LN2_LO, MIN_NORMAL_BITS, ONE_BITS,  # noqa: F401
                               ROUND_MAGIC, ROUND_MAGIC_BITS, SIGN_BIT, SQRT_HALF_BITS, TWO_23_BITS)

SUBNORMAL_MODES = ("exact", "flush")


def _check_mode(subnormals: str) -> bool:
    if subnormals not in SUBNORMAL_MODES:
        raise ValueError(f"unknown subnormals mode {subnormals!r}; known: {', '.join(SUBNORMAL_MODES)}")
    return subnormals == "flush"


def _base(base) -> int:
    """The base of an exp_like/log_like scheme: "e" (the default) or 2."""
    if base in ("e", None):
        return 0
    if not isinstance(base, bool) and base in (2, 2.0):
        return 2
    raise ValueError(f"unknown base {base!r}; known: e, 2")


def exp_like(subnormals: str = "exact", clamp_lo: float = -104.0, clamp_hi: float = 89.0,
             base="e", center: float = 0.0, minus_one: bool = False, ratio: bool = False,
             scale: str = "bits", corrected: bool = True) -> Program:
    """exp(x) = 2^k * core(r), x = k*ln2 + r (Cody-Waite), |r| <= ln2/2; 2^k applied on the bits,
    with gradual underflow (exact) or flush to +0 (flush) below 2^-126, inf above the range.
    NaN gives NaN.  The clamp keeps k in [-150, 128]: exp(x) is 0 below -103.97, inf above 88.73.
    `base` 2: 2^x = 2^k * core(r), k = rint(x), r = x - k (exact), |r| <= 1/2 (core ~ 2^r; give
    clamp_lo -151 and clamp_hi 128: 2^x is 0 from -150 down, inf from 128 up; a larger k would
    overflow the exponent bits).
    `center`: r is centred on it, k = rint((x - center) / ln2) (base 2: rint(x - center)), so r
    lies in center +- ln2/2 (+- 1/2).
    `minus_one`: exp(x) - 1 (expm1) with core ~ exp(r) - 1: y = 2^k (1 + core(r)) - 1 as
    fma(2^k, q, 2^k - 1) (2^k - 1 exact) for |k| <= 24, fma(2^k, q, 2^k) - 1 below (-1 from
    k = -26 on), 2 * (2^(k-1) + fma(2^(k-1), q, -1/2)) above (one rounding of the -1 at the
    2^(k-1) scale; inf past the range); k = 0 gives core(x) itself (r = x), and |x| < 2^-126
    (zeros, subnormals) gives x itself.  A centre near ln(9/8)/2 keeps 1 + core in
    [3/4, 3/2], where 2^k core's error stays small next to the result's ulp.
    `ratio`: e^x / (1 + e^x) (the logistic function), core ~ exp(r) - 1 on [-ln2/2, ln2/2]: see
    targets/logistic.py; `corrected` false drops its double-word correction (one plain divide).
    `scale`: "bits" (the above) or "multiply": x = (k + 1/2) ln2 + t, core(t) ~ sqrt(2) e^t in
    [1, 2] on |t| <= ln2/2, y = core(t) * 2^k by a float multiply (targets/exp_scale.py): four
    ops fewer in flush mode; base e only, no center."""
    flush = _check_mode(subnormals)
    two = _base(base)
    if scale not in ("bits", "multiply"):
        raise ValueError(f"unknown scale {scale!r}; known: bits, multiply")
    if scale == "multiply" and (minus_one or ratio or two or center):
        raise ValueError("scale multiply takes neither minus_one, ratio, base 2 nor a center")
    for name, flag in (("minus_one", minus_one), ("ratio", ratio), ("corrected", corrected)):
        if not isinstance(flag, bool):
            raise ValueError(f"{name} must be true or false, got {flag!r}")
    if not corrected and not ratio:
        raise ValueError("corrected applies to ratio only")
    if ratio:
        if two or center or minus_one:
            raise ValueError("ratio takes neither base 2, a center nor minus_one")
        from targets.logistic import ratio_template

        return ratio_template(flush, clamp_lo, corrected)
    t = TemplateBuilder()
    x = 0
    lo, hi = t.f(clamp_lo), t.f(clamp_hi)
    # max(lo, x), then min(hi, .), written so that NaN passes through (x86 maxps/minps keep the
    # second operand when one is NaN): k and r are NaN, and the end turns that into the result
    xc = t.op("select", t.op("lt", x, lo), lo, x)
    xc = t.op("select", t.op("lt", hi, xc), hi, xc)
    if scale == "multiply":
        check_multiply_range(clamp_lo, clamp_hi)
        kf, r = half_reduction(t, xc)
    elif two:  # |x| <= 2^22 after the clamp: rint exact, x - k exact (Sterbenz, or k = 0)
        kf = t.op("rint_small", xc if not center else t.op("sub", xc, t.f(_f32(center))))
        r = t.op("sub", xc, kf)
    elif center or minus_one:
        v = t.op("mul", xc, t.f(INV_LN2))
        if center:
            v = t.op("sub", v, t.f(_f32(center * INV_LN2)))
        kf = t.op("rint_small", v)  # |x/ln2| <= 151 after the clamp
    else:
        # kmagic = 1.5 * 2^23 + k with k = rint(x * float32(1/ln2)) of the exact product: one fma
        # (ulp 1 there) does the product and the rounding; |x/ln2 - k| <= 1/2 + 104 * 2e-8 keeps
        # r inside the core's domain.  k as a float comes from the bits (kmagic - 1.5 * 2^23 in
        # floats is the pattern XLA reassociates into the product alone)
        kmagic = t.op("fma", xc, t.f(INV_LN2), t.f(ROUND_MAGIC))
        kf = t.op("i2f", t.op("sub_i", t.op("bits_f2i", kmagic), t.i(ROUND_MAGIC_BITS)))
    if not two and scale == "bits":
        r = t.op("sub", t.op("sub", xc, t.op("mul_exact", kf, t.f(LN2_HI))), t.op("mul_exact", kf, t.f(LN2_LO)))
    p = t.kernel("core", r)
    if minus_one:
        return t.program(_minus_one_reconstruction(t, x, kf, p))
    if scale == "multiply":
        return t.program(multiply_reconstruction(t, kf, p, flush))
    if two or center:
        kmagic = t.op("add", kf, t.f(ROUND_MAGIC))
    # k << 23 is bits(1.5 * 2^23 + k) << 23: the constant's bits shift out
    kbits = t.op("shl_i", t.op("bits_f2i", kmagic), t.i(23))
    b = t.op("add_i", t.op("bits_f2i", p), kbits)
    if flush:
        low = t.i(0)
        b = t.op("select_i", t.op("lt_i", b, t.i(MIN_NORMAL_BITS)), low, b)
    else:
        # below 2^-126 the float add of 2^23 (ulp 1) rounds p * 2^(k+149) to the subnormal's bits
        scaled = t.op("bits_i2f", t.op("add_i", b, t.i(149 << 23)))
        low = t.op("sub_i", t.op("bits_f2i", t.op("add", scaled, t.f(2.0**23))), t.i(TWO_23_BITS))
        # one integer max instead of a compare and a blend: below 2^-126 (b < MIN_NORMAL_BITS,
        # b negative included) low is the subnormal's bits, >= b; above, s = p 2^(k+149) >= 2^23
        # and s + 2^23 <= 2 s, so bits(s + 2^23) - bits(2^23) <= bits(s) - (149 << 23) = b; where
        # b + (149 << 23) wraps (results >= 2^-20) scaled is negative, > -2^23, and low <= 0 < b
        b = t.op("select_i", t.op("lt_i", b, low), low, b)
    inf = t.i(INF_BITS)
    b = t.op("select_i", t.op("lt_i", b, inf), b, inf)
    # NaN in, NaN out on the bits (a float max would flush a subnormal result under XLA's
    # denormals-are-zero): kmagic - kmagic is +0 (bits 0), or a quiet NaN whose bits or-ed into
    # b >= 0 give a NaN; two ops where a select on x == x takes a compare, an add and a blend
    nan_bits = t.op("bits_f2i", t.op("sub", kmagic, kmagic))
    return t.program(t.op("bits_i2f", t.op("or_i", b, nan_bits)))


def _minus_one_reconstruction(t: TemplateBuilder, x: int, kf: int, q: int) -> int:
    """exp_like's 2^k (1 + q) - 1 (see its docstring); x is the input, kf = k as a float."""
    k = t.op("sub_i", t.op("bits_f2i", t.op("add", kf, t.f(ROUND_MAGIC))), t.i(ROUND_MAGIC_BITS))
    k = t.op("select_i", t.op("lt_i", k, t.i(-26)), t.i(-26), k)  # 2^-26 (1 + q) - 1 rounds to -1
    two_k = t.op("bits_i2f", t.op("shl_i", t.op("add_i", k, t.i(127)), t.i(23)))  # inf for k = 128: unused
    half = t.op("bits_i2f", t.op("shl_i", t.op("add_i", k, t.i(126)), t.i(23)))  # 2^(k-1) <= 2^127
    one = t.f(1.0)
    below = t.op("sub", t.op("fma", two_k, q, two_k), one)
    middle = t.op("fma", two_k, q, t.op("sub", two_k, one))
    above = t.op("mul", t.op("add", half, t.op("fma", half, q, t.f(-0.5))), t.f(2.0))
    y = t.op("select", t.op("lt_i", k, t.i(-24)), below, t.op("select", t.op("lt_i", k, t.i(25)), middle, above))
    y = t.op("select", t.op("eq", x, x), y, t.op("add", x, x))
    ix = t.op("bits_f2i", x)  # |x| < 2^-126: x itself, on the bits
    tiny = t.op("lt_i", t.op("and_i", ix, t.i(0x7FFFFFFF)), t.i(MIN_NORMAL_BITS))
    return t.op("bits_i2f", t.op("select_i", tiny, ix, t.op("bits_f2i", y)))


def log_like(subnormals: str = "exact", base="e", plus_one: bool = False, core_minus_f: bool = False) -> Program:
    """log(x) = k*ln2 + core(f), x = 2^k * m, m in [sqrt(1/2), sqrt(2)), f = m - 1 (exact);
    subnormal x scaled by 2^149 through its integer bits (exact) or read as 0 (flush).
    log(+-0) = -inf, log(x < 0) = NaN, log(+inf) = inf, NaN gives NaN.

    `base` 2: log2(x) = k + core(f) (core ~ log2(1 + f)).
    `plus_one`: log(1 + x) (log1p), the above applied to u = 1 + x (rounded) plus the rounding's
    correction (x - (u - 1)) / u (exact numerator); where u is in [sqrt(1/2), sqrt(2)) (k = 0) the
    kernel takes x itself (f = x, so core's domain must hold those x), and |x| < 2^-126 (zeros
    and subnormals) gives x itself, sign and bits (log(1 + x) rounds to x there).
    `core_minus_f` (base e): the kernel gives log(1 + f) - f, and y = k ln2 + f + core(f) is summed
    with the rounding error of k ln2_hi + f kept (Fast2Sum, |k ln2_hi| >= |f| for k != 0), so y is
    rounded once at its own scale: about half an ulp plus core's small error, even where y and
    log(1 + f) share a binade (k = -1 next to sqrt(1/2), where the plain form rounds twice)."""
    flush = _check_mode(subnormals)
    two = _base(base)
    for name, flag in (("plus_one", plus_one), ("core_minus_f", core_minus_f)):
        if not isinstance(flag, bool):
            raise ValueError(f"{name} must be true or false, got {flag!r}")
    if core_minus_f and two:
        raise ValueError("core_minus_f goes with base e only")
    t = TemplateBuilder()
    x0 = 0
    x = t.op("add", x0, t.f(1.0)) if plus_one else x0  # the argument of the logarithm
    ix = t.op("bits_f2i", x)
    inf = t.i(INF_BITS)
    if flush:
        valid = t.op("and_b", t.op("lt_i", t.i(MIN_NORMAL_BITS - 1), ix), t.op("lt_i", ix, inf))
        u = t.op("sub_i", ix, t.i(SQRT_HALF_BITS))
        k = t.op("sra_i", u, t.i(23))
    else:
        positive = t.op("lt_i", t.i(0), ix)
        sub = t.op("and_b", positive, t.op("lt_i", ix, t.i(MIN_NORMAL_BITS)))
        valid = t.op("and_b", positive, t.op("lt_i", ix, inf))
        iy = t.op("select_i", sub, t.op("bits_f2i", t.op("i2f", ix)), ix)  # subnormal: its bits * 2^149
        u = t.op("sub_i", iy, t.i(SQRT_HALF_BITS))
        k = t.op("add_i", t.op("sra_i", u, t.i(23)), t.op("select_i", sub, t.i(-149), t.i(0)))
    # m is in [sqrt(1/2), sqrt(2)) for every x, invalid ones included (no select needed there:
    # their finite y is replaced by the special value at the end)
    m = t.op("bits_i2f", t.op("add_i", t.op("and_i", u, t.i(0x007FFFFF)), t.i(SQRT_HALF_BITS)))
    f = t.op("sub", m, t.f(1.0))
    if plus_one:
        k0 = t.op("eq_i", k, t.i(0))
        f = t.op("select", k0, x0, f)
        # 1 + x = u + (x - (u - 1)) exactly; log(1 + x) = log(u) + that / u (to well below an ulp)
        corr = t.op("div", t.op("sub", x0, t.op("sub", x, t.f(1.0))), x)
        if two:
            corr = t.op("mul", corr, t.f(INV_LN2))
        corr = t.op("select", k0, t.f(0.0), corr)
    p = t.kernel("core", f)
    kf = t.op("i2f", k)
    if two:  # k + core: k is an integer, exact
        y = t.op("add", kf, p if not plus_one else t.op("add", corr, p))
    else:  # the small terms (k ln2's low part, the correction) first: one rounding at p's scale
        low = t.op("mul_exact", kf, t.f(LN2_LO))
        if plus_one:
            low = t.op("add", low, corr)
        hi = t.op("mul_exact", kf, t.f(LN2_HI))
        if core_minus_f:
            s = t.op("add", hi, f)
            err = t.op("add", t.op("sub", hi, s), f)  # hi + f = s + err exactly
            y = t.op("add", s, t.op("add", err, t.op("add", low, p)))
        else:
            y = t.op("add", hi, t.op("add", low, p))
    minus_inf, nan = t.f(float("-inf")), t.f(float("nan"))
    if flush:  # +-0 and +-subnormals (zeros to XLA on CPU): -inf; other x < 0: NaN
        tiny = t.op("lt_i", t.op("and_i", ix, t.i(0x7FFFFFFF)), t.i(MIN_NORMAL_BITS))
        special = t.op("select", tiny, minus_inf, t.op("select", t.op("lt_i", ix, t.i(0)), nan, t.op("add", x, x)))
    else:
        negative = t.op("select", t.op("eq_i", ix, t.i(SIGN_BIT)), minus_inf, nan)
        other = t.op("select", t.op("eq_i", ix, t.i(0)), minus_inf, t.op("add", x, x))
        special = t.op("select", t.op("lt_i", ix, t.i(0)), negative, other)
    y = t.op("select", valid, y, special)
    if plus_one:  # |x| < 2^-126: x itself, on the bits (no float op passes a subnormal on)
        ix0 = t.op("bits_f2i", x0)
        tiny = t.op("lt_i", t.op("and_i", ix0, t.i(0x7FFFFFFF)), t.i(MIN_NORMAL_BITS))
        y = t.op("bits_i2f", t.op("select_i", tiny, ix0, t.op("bits_f2i", y)))
    return t.program(y)


def pieces(pieces: list, symmetry: str = "odd", saturated: float | None = None,
           tiny_slope: float | None = None, subnormals: str = "exact",
           functions: dict[str, Program] | None = None, slot_names: tuple = ()) -> Program:
    """A piecewise function of t = |x| with a symmetry: "odd" (f(-x) = -f(x), by the sign bit),
    "even" (f(-x) = f(x)) or "none" (t = x, pieces over all of x, thresholds compared as floats).

    `pieces`: [{below: b1, kernel: slot} | {below: b1, expr: "..."}, ...], increasing `below`;
    piece i gives f on [below_{i-1}, below_i).  A piece is a kernel slot, or an expression
    (targets/expressions.py) of t over slots and `functions` (verified targets, inlined);
    `slot_names` (the description's kernel slots, given by targets/description.py) are the
    slots an expression may call besides those of kernel pieces.
    `saturated`: f's value from the last `below` on (inf included; odd/even only); NaN gives the
    last piece's value of NaN, so that piece must depend on t.  Every piece runs on every lane
    (a lane keeps its own piece's value): branch-free, vectorizable.
    Exact mode, odd/even: |x| < 2^-126 gives (1 + tiny_slope) * t computed on the integer bits
    n of t as n + rint(n * tiny_slope), for f(t) ~ (1 + tiny_slope) * t near 0 (erf:
    2/sqrt(pi) - 1; a function with slope 1 at 0: 0), so no float op sees a subnormal.
    With symmetry "none", tiny_slope is optional (functions with f(0) = 0, e.g. slope 1/2:
    -0.5): the same path on |x|'s bits, with x's sign, for |x| < 2^-126 (zeros included).
    """
    from targets.expressions import compile_expression

    flush = _check_mode(subnormals)
    if symmetry not in ("odd", "even", "none"):
        raise ValueError(f"unknown symmetry {symmetry!r}; known: odd, even, none")
    if not pieces or any(not isinstance(p, dict) or set(p) - {"below", "kernel", "expr"} or "below" not in p
                         or ("kernel" in p) == ("expr" in p) for p in pieces):
        raise ValueError("pieces must be a non-empty list of {below: number, kernel: slot} or "
                         "{below: number, expr: text}")
    bounds = [_f32(p["below"]) for p in pieces]  # parameters round to nearest float32, as 9.02f does in C
    saturated = None if saturated is None else _f32(saturated)
    tiny_slope = None if tiny_slope is None else _f32(tiny_slope)
    if bounds != sorted(bounds) or len(set(bounds)) != len(bounds):
        raise ValueError(f"piece bounds must increase, got {bounds}")
    t = TemplateBuilder()
    x = 0
    ix = t.op("bits_f2i", x)
    if symmetry == "none":
        ax, a = ix, x
    else:
        ax = t.op("and_i", ix, t.i(0x7FFFFFFF))
        a = t.op("bits_i2f", ax)
    slots = {p["kernel"] for p in pieces if "kernel" in p} | set(slot_names)  # slot_names: callable in expressions
    values = []
    for i, p in enumerate(pieces):
        try:
            if "kernel" in p:
                v = t.kernel(p["kernel"], a)
            else:
                v = compile_expression(p["expr"], t, a, slots, functions or {}, subnormals)
        except ValueError as e:
            raise ValueError(f"pieces[{i}]: {e}") from None
        values.append(t.op("bits_f2i", v))
    if saturated is not None:
        if symmetry == "none":
            raise ValueError("saturated needs a symmetry (odd or even): with none, give a last piece")
        last = t.op("select_i", t.op("le", t.f(bounds[-1]), a), t.i(_bits(saturated)), values[-1])
    else:
        last = values[-1]
    mag = last
    for bound, v in zip(reversed(bounds[:-1]), reversed(values[:-1])):
        below = t.op("lt", a, t.f(bound)) if symmetry == "none" else t.op("lt_i", ax, t.i(_bits(bound)))
        mag = t.op("select_i", below, v, mag)
    if not flush and (symmetry != "none" or tiny_slope is not None):
        if tiny_slope is None:
            raise ValueError("exact mode needs tiny_slope (f's slope at 0 minus 1) for subnormal inputs")
        ta = ax if symmetry != "none" else t.op("and_i", ix, t.i(0x7FFFFFFF))
        v = t.op("rint_small", t.op("mul", t.op("i2f", ta), t.f(tiny_slope)))  # only kept for ta < 2^23
        small = t.op("add_i", ta, t.op("sub_i", t.op("bits_f2i", t.op("add", v, t.f(ROUND_MAGIC))),
                                        t.i(ROUND_MAGIC_BITS)))
        if symmetry == "none":  # f(x) ~ (1 + tiny_slope) x: x's sign
            small = t.op("or_i", small, t.op("and_i", ix, t.i(SIGN_BIT)))
        mag = t.op("select_i", t.op("lt_i", ta, t.i(MIN_NORMAL_BITS)), small, mag)
    if symmetry == "odd":
        mag = t.op("xor_i", mag, t.op("and_i", ix, t.i(SIGN_BIT)))
    return t.program(t.op("bits_i2f", mag))


def _f32(value) -> float:
    import numpy as np

    return float(np.float32(float(value)))


def _bits(value: float) -> int:
    import numpy as np

    return int(np.array(value, dtype=np.float32).view(np.int32))


def kernel_only(lo: float, hi: float, outside: float = float("nan"), subnormals: str = "exact") -> Program:
    """The kernel alone on [lo, hi] (for code that does its own range reduction): core(x) there,
    `outside` (NaN by default) elsewhere and for NaN."""
    _check_mode(subnormals)
    t = TemplateBuilder()
    x = 0
    inside = t.op("and_b", t.op("le", t.f(_f32(lo)), x), t.op("le", x, t.f(_f32(hi))))
    return t.program(t.op("select", inside, t.kernel("core", x), t.f(_f32(outside))))


def with_specials(template: Program, specials: list[tuple[float, float]]) -> Program:
    """`template` with a table of special values: input x (matched on its exact bits, so -0 and
    +0 differ) gives the listed output."""
    t = TemplateBuilder()
    t.nodes = list(template.nodes)
    y, ix = template.output, t.op("bits_f2i", 0)
    for given, result in specials:
        y = t.op("select", t.op("eq_i", ix, t.i(_bits(given))), t.f(_f32(result)), y)
    return t.program(y)


SCHEMES = {"exp_like": exp_like, "log_like": log_like, "pieces": pieces, "kernel_only": kernel_only}
