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

from evolve.program import KERNEL, Node, Program

SUBNORMAL_MODES = ("exact", "flush")

INV_LN2 = float.fromhex("0x1.715476p+0")     # float32(1/ln2)
LN2_HI = float.fromhex("0x1.62e4p-1")        # 15 significant bits: k*LN2_HI exact for |k| <= 150
LN2_LO = float.fromhex("0x1.7f7dp-20")       # 17 bits: k*LN2_LO exact; |ln2 - HI - LO| < 2^-39.1
ROUND_MAGIC = float.fromhex("0x1.8p23")      # bits(M + n) - bits(M) == n for integral |n| <= 2^22
ROUND_MAGIC_BITS = 0x4B400000
TWO_23_BITS = 0x4B000000                     # bits(2^23): v + 2^23 rounds v in [0, 2^23] to an integer
SQRT_HALF_BITS = 0x3F3504F3                  # bits of 0x1.6a09e6p-1 ~ sqrt(1/2)
ONE_BITS = 0x3F800000
INF_BITS = 0x7F800000
MIN_NORMAL_BITS = 0x00800000
SIGN_BIT = -2**31


class TemplateBuilder:
    """Appends nodes to a template; each method returns the new node's index."""

    def __init__(self):
        self.nodes = [Node("x")]

    def op(self, name: str, *args: int) -> int:
        self.nodes.append(Node(name, tuple(args)))
        return len(self.nodes) - 1

    def f(self, value: float) -> int:
        self.nodes.append(Node("const", (), float(value)))
        return len(self.nodes) - 1

    def i(self, value: int) -> int:
        self.nodes.append(Node("iconst", (), int(value)))
        return len(self.nodes) - 1

    def kernel(self, slot: str, arg: int) -> int:
        self.nodes.append(Node(KERNEL, (arg,), slot))
        return len(self.nodes) - 1

    def program(self, output: int) -> Program:
        return Program(tuple(self.nodes), output)


def _check_mode(subnormals: str) -> bool:
    if subnormals not in SUBNORMAL_MODES:
        raise ValueError(f"unknown subnormals mode {subnormals!r}; known: {', '.join(SUBNORMAL_MODES)}")
    return subnormals == "flush"


def exp_like(subnormals: str = "exact", clamp_lo: float = -104.0, clamp_hi: float = 89.0) -> Program:
    """exp(x) = 2^k * core(r), x = k*ln2 + r (Cody-Waite), |r| <= ln2/2; 2^k applied on the bits,
    with gradual underflow (exact) or flush to +0 (flush) below 2^-126, inf above the range.
    NaN gives NaN.  The clamp keeps k in [-150, 128]: exp(x) is 0 below -103.97, inf above 88.73."""
    flush = _check_mode(subnormals)
    t = TemplateBuilder()
    x = 0
    lo, hi = t.f(clamp_lo), t.f(clamp_hi)
    xc = t.op("select", t.op("lt", lo, x), x, lo)  # NaN -> lo, fixed at the end
    xc = t.op("select", t.op("lt", xc, hi), xc, hi)
    kf = t.op("rint_small", t.op("mul", xc, t.f(INV_LN2)))  # |x/ln2| <= 151 after the clamp
    r = t.op("sub", t.op("sub", xc, t.op("mul_exact", kf, t.f(LN2_HI))), t.op("mul_exact", kf, t.f(LN2_LO)))
    p = t.kernel("core", r)
    # k << 23 is bits(kf + 1.5 * 2^23) << 23: the constant's bits shift out
    kbits = t.op("shl_i", t.op("bits_f2i", t.op("add", kf, t.f(ROUND_MAGIC))), t.i(23))
    b = t.op("add_i", t.op("bits_f2i", p), kbits)
    if flush:
        low = t.i(0)
    else:  # below 2^-126 the float add of 2^23 (ulp 1) rounds p * 2^(k+149) to the subnormal's bits
        scaled = t.op("bits_i2f", t.op("add_i", b, t.i(149 << 23)))
        low = t.op("sub_i", t.op("bits_f2i", t.op("add", scaled, t.f(2.0**23))), t.i(TWO_23_BITS))
    inf = t.i(INF_BITS)
    b = t.op("select_i", t.op("lt_i", b, t.i(MIN_NORMAL_BITS)), low,
             t.op("select_i", t.op("lt_i", b, inf), b, inf))
    y = t.op("select", t.op("eq", x, x), t.op("bits_i2f", b), t.op("add", x, x))
    return t.program(y)


def log_like(subnormals: str = "exact") -> Program:
    """log(x) = k*ln2 + core(f), x = 2^k * m, m in [sqrt(1/2), sqrt(2)), f = m - 1 (exact);
    subnormal x scaled by 2^149 through its integer bits (exact) or read as 0 (flush).
    log(+-0) = -inf, log(x < 0) = NaN, log(+inf) = inf, NaN gives NaN."""
    flush = _check_mode(subnormals)
    t = TemplateBuilder()
    x = 0
    ix = t.op("bits_f2i", x)
    inf = t.i(INF_BITS)
    if flush:
        valid = t.op("and_b", t.op("lt_i", t.i(MIN_NORMAL_BITS - 1), ix), t.op("lt_i", ix, inf))
        iy = t.op("select_i", valid, ix, t.i(ONE_BITS))
        u = t.op("sub_i", iy, t.i(SQRT_HALF_BITS))
        k = t.op("sra_i", u, t.i(23))
    else:
        positive = t.op("lt_i", t.i(0), ix)
        sub = t.op("and_b", positive, t.op("lt_i", ix, t.i(MIN_NORMAL_BITS)))
        valid = t.op("and_b", positive, t.op("lt_i", ix, inf))
        iy = t.op("select_i", sub, t.op("bits_f2i", t.op("i2f", ix)), ix)  # subnormal: its bits * 2^149
        iy = t.op("select_i", valid, iy, t.i(ONE_BITS))
        u = t.op("sub_i", iy, t.i(SQRT_HALF_BITS))
        k = t.op("add_i", t.op("sra_i", u, t.i(23)), t.op("select_i", sub, t.i(-149), t.i(0)))
    m = t.op("bits_i2f", t.op("add_i", t.op("and_i", u, t.i(0x007FFFFF)), t.i(SQRT_HALF_BITS)))
    p = t.kernel("core", t.op("sub", m, t.f(1.0)))
    kf = t.op("i2f", k)
    y = t.op("add", t.op("mul_exact", kf, t.f(LN2_HI)), t.op("add", t.op("mul_exact", kf, t.f(LN2_LO)), p))
    minus_inf, nan = t.f(float("-inf")), t.f(float("nan"))
    if flush:  # +-0 and +-subnormals (zeros to XLA on CPU): -inf; other x < 0: NaN
        tiny = t.op("lt_i", t.op("and_i", ix, t.i(0x7FFFFFFF)), t.i(MIN_NORMAL_BITS))
        special = t.op("select", tiny, minus_inf, t.op("select", t.op("lt_i", ix, t.i(0)), nan, t.op("add", x, x)))
    else:
        negative = t.op("select", t.op("eq_i", ix, t.i(SIGN_BIT)), minus_inf, nan)
        other = t.op("select", t.op("eq_i", ix, t.i(0)), minus_inf, t.op("add", x, x))
        special = t.op("select", t.op("lt_i", ix, t.i(0)), negative, other)
    return t.program(t.op("select", valid, y, special))


def pieces(pieces: list, symmetry: str = "odd", saturated: float | None = None,
           tiny_slope: float | None = None, subnormals: str = "exact",
           functions: dict[str, Program] | None = None) -> Program:
    """A piecewise function of t = |x| with a symmetry: "odd" (f(-x) = -f(x), by the sign bit),
    "even" (f(-x) = f(x)) or "none" (t = x, pieces over all of x, thresholds compared as floats).

    `pieces`: [{below: b1, kernel: slot} | {below: b1, expr: "..."}, ...], increasing `below`;
    piece i gives f on [below_{i-1}, below_i).  A piece is a kernel slot, or an expression
    (targets/expressions.py) of t over slots and `functions` (verified targets, inlined).
    `saturated`: f's value from the last `below` on (inf included; odd/even only); NaN gives the
    last piece's value of NaN, so that piece must depend on t.  Every piece runs on every lane
    (a lane keeps its own piece's value): branch-free, vectorizable.
    Exact mode, odd/even: |x| < 2^-126 gives (1 + tiny_slope) * t computed on the integer bits
    n of t as n + rint(n * tiny_slope), for f(t) ~ (1 + tiny_slope) * t near 0 (erf:
    2/sqrt(pi) - 1; a function with slope 1 at 0: 0), so no float op sees a subnormal.
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
    slots = {p["kernel"] for p in pieces if "kernel" in p}
    values = []
    for i, p in enumerate(pieces):
        try:
            v = t.kernel(p["kernel"], a) if "kernel" in p else compile_expression(p["expr"], t, a, slots, functions or {})
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
    if not flush and symmetry != "none":
        if tiny_slope is None:
            raise ValueError("exact mode needs tiny_slope (f's slope at 0 minus 1) for subnormal inputs")
        v = t.op("rint_small", t.op("mul", t.op("i2f", ax), t.f(tiny_slope)))  # only kept for ax < 2^23
        small = t.op("add_i", ax, t.op("sub_i", t.op("bits_f2i", t.op("add", v, t.f(ROUND_MAGIC))),
                                        t.i(ROUND_MAGIC_BITS)))
        mag = t.op("select_i", t.op("lt_i", ax, t.i(MIN_NORMAL_BITS)), small, mag)
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
