"""The scheme parameters added for the functions of issue 19, each on a plain (not searched)
kernel: exp_like `base: 2`, `center`, `minus_one` and `ratio`; log_like `base: 2` and
`plus_one`; references given as formulas.  Templates without these parameters stay as they
were (tests/test_fullrange.py pins their bits)."""
from __future__ import annotations

import math
import re
import pickle

import mpmath
import numpy as np
import pytest
import scipy.special

from evolve.program import Node, Program
from targets.description import DescriptionError, Formula, parse, template_of
from targets.registry import define, used_program
from targets.fullrange import full_range_function
from targets.ulp import ulp_error
from tests.test_fullrange import LOG_Q, hand_kernel

F32 = np.float32
LN2 = math.log(2)


def _poly_kernel(coeffs, lead_one: bool) -> Program:
    """(1 +) x * (c1 + x * (c2 + ...)) or x + x^2 * (c0 + x * (...)) with float32 coefficients."""
    nodes = [Node("x")]

    def add(op, *args, value=None):
        nodes.append(Node(op, tuple(args), value))
        return len(nodes) - 1

    acc = add("const", value=float(F32(coeffs[-1])))
    for c in reversed(coeffs[:-1]):
        acc = add("fma", acc, 0, add("const", value=float(F32(c))))
    if lead_one:  # 1 + x * P(x)
        out = add("fma", acc, 0, add("const", value=1.0))
    else:  # x + x^2 P(x)
        out = add("fma", add("mul", 0, 0), acc, 0)
    return Program(tuple(nodes), out)


EXP2_KERNEL = _poly_kernel([LN2 ** i / math.factorial(i) for i in range(1, 10)], lead_one=True)
EXPM1_KERNEL = _poly_kernel([1 / math.factorial(i + 2) for i in range(10)], lead_one=False)


def _log2_kernel() -> Program:
    """log1p(f) / ln2 from the hand log kernel (tests/test_fullrange.py)."""
    log = hand_kernel("log")
    nodes = list(log.nodes) + [Node("const", (), float(F32(1 / LN2)))]
    nodes.append(Node("mul", (log.output, len(nodes) - 1)))
    return Program(tuple(nodes), len(nodes) - 1)


def _log1p_minus_f_kernel() -> Program:
    """log1p(f) - f = f^2 Q(f) from the hand log kernel's Q (tests/test_fullrange.py)."""
    nodes = [Node("x")]
    acc = len(nodes)
    nodes.append(Node("const", (), float.fromhex(LOG_Q[-1])))
    for c in reversed(LOG_Q[:-1]):
        nodes.append(Node("const", (), float.fromhex(c)))
        nodes.append(Node("fma", (acc, 0, len(nodes) - 1)))
        acc = len(nodes) - 1
    nodes.append(Node("mul", (0, 0)))
    nodes.append(Node("mul", (len(nodes) - 1, acc)))
    return Program(tuple(nodes), len(nodes) - 1)


def _define(name, scheme, params, domain, reference, float64, kernel_ref=None, kernel_f64=None):
    core = {"domain": domain}
    if kernel_ref:
        core.update(reference=kernel_ref, float64=kernel_f64)
    return define(name, {"reference": reference, "float64": float64, "scheme": scheme, "params": params,
                         "kernels": {"core": core}, "derivative": "t"})


@pytest.fixture(scope="module")
def targets():
    _define("p_exp2", "exp_like", {"base": 2, "clamp_lo": -151, "clamp_hi": 128}, [-0.5, 0.5],
            {"formula": "2 ** x"}, "numpy.exp2")
    _define("p_log2", "log_like", {"base": 2}, ["-0x1.2bec34p-2", "0x1.a827ap-2"], {"formula": "log(x, 2)"},
            "numpy.log2", {"formula": "log1p(x) / log(2)"}, {"formula": "log1p(x) / log(2)"})
    _define("p_log1p", "log_like", {"plus_one": True}, ["-0x1.2bec34p-2", "0x1.a827ap-2"], "mpmath.log1p",
            "numpy.log1p")
    _define("p_log1p_q", "log_like", {"plus_one": True, "core_minus_f": True}, ["-0x1.2bec34p-2", "0x1.a827ap-2"],
            "mpmath.log1p", "numpy.log1p", {"formula": "log1p(x) - x"}, {"formula": "log1p(x) - x"})
    _define("p_expm1", "exp_like", {"minus_one": True, "center": "0x1.e27076p-5"}, ["-0x1.2697p-2", "0x1.9f33p-2"],
            "mpmath.expm1", "numpy.expm1")
    _define("p_ratio", "exp_like", {"ratio": True}, ["-0x1.62e6p-2", "0x1.62e6p-2"],
            {"formula": "1 / (1 + exp(-x))"}, "scipy.special.expit", "mpmath.expm1", "numpy.expm1")
    _define("p_ratio_plain", "exp_like", {"ratio": True, "corrected": False}, ["-0x1.62e6p-2", "0x1.62e6p-2"],
            {"formula": "1 / (1 + exp(-x))"}, "scipy.special.expit", "mpmath.expm1", "numpy.expm1")
    return {"p_exp2": EXP2_KERNEL, "p_log2": _log2_kernel(), "p_log1p": hand_kernel("log"),
            "p_log1p_q": _log1p_minus_f_kernel(),
            "p_expm1": EXPM1_KERNEL, "p_ratio": EXPM1_KERNEL, "p_ratio_plain": EXPM1_KERNEL}


def _sample(lo, hi, n=200_000, seed=0):
    rng = np.random.default_rng(seed)
    return np.concatenate([F32(rng.uniform(lo, hi, n)),
                           F32(np.sign(rng.uniform(-1, 1, n)) * np.exp2(rng.uniform(-40, math.log2(max(abs(lo), hi)), n)))])


# name -> (random range, float64 reference, max ULP with the plain kernel)
ACCURACY = {
    "p_exp2": ((-155, 130), np.exp2, 1.0),
    "p_log2": ((-1, 1e30), np.log2, 2.0),
    "p_log1p": ((-1, 1e30), np.log1p, 1.5),
    "p_log1p_q": ((-1, 1e30), np.log1p, 1.0),   # the same kernel's Q, rounded once: under 1
    "p_expm1": ((-30, 90), np.expm1, 1.0),
    "p_ratio": ((-110, 40), scipy.special.expit, 1.0),
    "p_ratio_plain": ((-110, 40), scipy.special.expit, 3.0),  # one plain divide: the roundings stack up
}


@pytest.mark.parametrize("name", sorted(ACCURACY))
def test_new_parameters_compute_their_function(targets, name):
    (lo, hi), ref, bound = ACCURACY[name]
    x = _sample(lo, hi)
    for mode in ("exact", "flush"):
        y = full_range_function(name, targets[name], subnormals=mode)(x)
        with np.errstate(all="ignore"):
            r = ref(x.astype(np.float64))
        keep = np.isfinite(r) & ((np.abs(r) >= 2.0**-126) | (r == 0) | (mode == "exact"))
        err = ulp_error(y[keep], r[keep])
        assert err.max() < bound, (name, mode, float(err.max()), float(x[keep][err.argmax()]))


SPECIAL = {  # input -> expected output, exact mode (NaN: NaN); zeros compared with their sign
    "p_exp2": [(0.0, 1.0), (-0.0, 1.0), (1.0, 2.0), (-1.0, 0.5), (-149.0, 2.0**-149), (-150.0, 0.0),
               (-149.5, 2.0**-149), (127.0, 2.0**127), (128.0, math.inf), (math.inf, math.inf),
               (-math.inf, 0.0), (math.nan, math.nan)],
    "p_log2": [(1.0, 0.0), (2.0, 1.0), (0.5, -1.0), (2.0**-149, -149.0), (2.0**127, 127.0), (0.0, -math.inf),
               (-0.0, -math.inf), (-1.0, math.nan), (math.inf, math.inf), (-math.inf, math.nan),
               (math.nan, math.nan)],
    "p_log1p_q": [(0.0, 0.0), (-0.0, -0.0), (1e-40, 1e-40), (-1.0, -math.inf), (-2.0, math.nan), (math.inf, math.inf),
                  (1.0, float(F32(math.log(2)))), (math.nan, math.nan)],
    "p_log1p": [(0.0, 0.0), (-0.0, -0.0), (1e-40, 1e-40), (-1e-40, -1e-40), (-1.0, -math.inf), (-2.0, math.nan),
                (math.inf, math.inf), (-math.inf, math.nan), (math.nan, math.nan)],
    "p_expm1": [(0.0, 0.0), (-0.0, -0.0), (1e-40, 1e-40), (-1e-40, -1e-40), (-20.0, -1.0), (-1e30, -1.0),
                (89.0, math.inf), (math.inf, math.inf), (-math.inf, -1.0), (math.nan, math.nan)],
    "p_ratio": [(0.0, 0.5), (-0.0, 0.5), (1e-40, 0.5), (20.0, 1.0), (math.inf, 1.0), (-math.inf, 0.0),
                (-104.0, 0.0), (-103.0, 2.0**-149), (math.nan, math.nan)],
    "p_ratio_plain": [(0.0, 0.5), (-0.0, 0.5), (1e-40, 0.5), (20.0, 1.0), (math.inf, 1.0), (-math.inf, 0.0),
                      (-104.0, 0.0), (-103.0, 2.0**-149), (math.nan, math.nan)],
}


@pytest.mark.parametrize("name", sorted(SPECIAL))
def test_new_parameters_special_values(targets, name):
    x = F32([a for a, _ in SPECIAL[name]])
    y = full_range_function(name, targets[name])(x)
    for (a, want), got in zip(SPECIAL[name], y.tolist()):
        if math.isnan(want):
            assert math.isnan(got), (name, a, got)
        else:
            assert got == F32(want) and math.copysign(1, got) == math.copysign(1, want), (name, a, got, want)


def test_flush_mode_flushes_tiny_results(targets):
    assert full_range_function("p_exp2", targets["p_exp2"], subnormals="flush")(F32([-130.0]))[0] == 0
    for name in ("p_ratio", "p_ratio_plain"):
        flushed = full_range_function(name, targets[name], subnormals="flush")
        assert flushed(F32([-100.0]))[0] == 0 and full_range_function(name, targets[name])(F32([-100.0]))[0] > 0
        # flush mode scales the quotient by 2^k last: exact down to 2^-126, NaN flows through
        x = F32([-87.3, -87.0, -80.0, -60.0, np.nan, -np.nan])
        y = flushed(x)
        assert np.all(ulp_error(y[:4], scipy.special.expit(x[:4].astype(np.float64))) < 3) and np.all(np.isnan(y[4:]))


def test_uncorrected_ratio_is_cheaper():
    """corrected false keeps the reduction and the kernel and drops the double-word correction."""
    d = {"reference": {"formula": "1 / (1 + exp(-x))"}, "float64": "scipy.special.expit", "scheme": "exp_like",
         "kernels": {"core": {"domain": [-0.35, 0.35]}}, "derivative": "t"}
    for mode in ("exact", "flush"):
        full = template_of(parse("r1", {**d, "params": {"ratio": True}}), mode)
        plain = template_of(parse("r2", {**d, "params": {"ratio": True, "corrected": False}}), mode)
        count = {n: sum(node.op not in ("const", "iconst") for node in t.nodes) for n, t in (("full", full), ("plain", plain))}
        assert count["plain"] <= count["full"] - 10, (mode, count)
        assert sum(node.op == "div" for node in plain.nodes) == 1


def test_expm1_center_keeps_one_plus_q_in_range(targets):
    """The centre moves where k changes: ln(3/2) ~ 0.405 is still k = 0 (the kernel alone), 0.42 is k = 1."""
    kernel = targets["p_expm1"]
    ones = full_range_function("p_expm1", kernel)(F32([0.4, 0.42, -0.28, -0.3]))
    from evolve.interpret import evaluate_float32

    direct = evaluate_float32(kernel, F32([0.4, -0.28]))
    assert ones[0] == direct[0] and ones[2] == direct[1]


@pytest.mark.parametrize("params, message", [
    ({"base": 3}, "unknown base 3"),
    ({"ratio": True, "base": 2}, "ratio takes neither base 2"),
    ({"minus_one": "yes"}, "minus_one must be true or false"),
    ({"ratio": True, "corrected": "no"}, "corrected must be true or false"),
    ({"corrected": False}, "corrected applies to ratio only"),
])
def test_bad_exp_like_parameters(params, message):
    d = {"reference": "mpmath.exp", "float64": "numpy.exp", "scheme": "exp_like", "params": params,
         "kernels": {"core": {"domain": [-0.5, 0.5]}}, "derivative": "t"}
    with pytest.raises(DescriptionError, match=message):
        parse("bad", d)


@pytest.mark.parametrize("params, message", [
    ({"plus_one": 1}, "plus_one must be true or false"),
    ({"core_minus_f": True, "base": 2}, "core_minus_f goes with base e only"),
])
def test_bad_log_like_parameters(params, message):
    d = {"reference": "mpmath.log", "float64": "numpy.log", "scheme": "log_like", "params": params,
         "kernels": {"core": {"domain": [-0.25, 0.25]}}, "derivative": "t"}
    with pytest.raises(DescriptionError, match=message):
        parse("bad", d)


def test_formula_references():
    f = Formula("1 / (1 + exp(-x))", "mpmath")
    with mpmath.workdps(30):
        assert abs(f(mpmath.mpf(2)) - 1 / (1 + mpmath.exp(-2))) < mpmath.mpf(10) ** -28
    g = Formula("x * erfc(-x / sqrt(2)) / 2", "float64")  # numpy's sqrt, scipy.special's erfc
    assert np.allclose(g(np.array([-1.0, 0.0, 2.0])), [-0.15865525393145707, 0.0, 1.9544997361036416])
    assert pickle.loads(pickle.dumps(f)) == f and "formula" in f.path
    for text, message in [("x.real", "is not allowed"), ("__import__('os')", "unknown name '__import__'"),
                          ("nosuchfn(x)", "unknown name 'nosuchfn'"), ("y + 1", "unknown name 'y'"),
                          ("'a'", "is not a number"), ("1 +", "invalid syntax")]:
        with pytest.raises(DescriptionError, match=message):
            Formula(text, "mpmath", "here")
    with pytest.raises(DescriptionError, match="a reference is a dotted path or"):
        parse("bad", {"reference": {"formula": "x", "extra": 1}, "float64": "numpy.exp", "scheme": "exp_like",
                      "kernels": {"core": {"domain": [-0.5, 0.5]}}, "derivative": "t"})


def test_default_parameters_leave_templates_unchanged():
    """exp_like and log_like with the new parameters at their defaults build the same nodes."""
    from evolve.serialize import dumps
    from targets import schemes

    for mode in ("exact", "flush"):
        assert dumps(schemes.exp_like(mode)) == dumps(schemes.exp_like(mode, base="e", center=0.0, minus_one=False,
                                                                       ratio=False))
        assert dumps(schemes.log_like(mode)) == dumps(schemes.log_like(mode, base="e", plus_one=False,
                                                                       core_minus_f=False))


IDENTITY = Program((Node("x"),), 0)


def test_expression_names_ldexp_and_expression_slots():
    """Names are bound once and reused; ldexp scales on the bits with gradual underflow (exact)
    or by a float multiply (flush); an expression may call a slot no kernel piece uses."""
    define("p_ldexp", {"reference": {"formula": "3 * x * 2 ** -100"}, "float64": {"formula": "3 * x * 2.0 ** -100"},
                       "scheme": "pieces", "params": {"symmetry": "none", "pieces": [
                           {"below": "inf", "expr": "y = core(t); z = y * 3; ldexp(z, -100)"}]},
                       "kernels": {"core": {"domain": [-1e30, 1e30]}}, "derivative": "t"})
    rng = np.random.default_rng(3)
    x = F32(np.concatenate([rng.uniform(-1e-3, 1e-3, 20000) * 2.0**-20, rng.uniform(-1, 1, 20000) * 2.0**-3,
                            [2.0**-24 / 3, -2.0**-24 / 3, 0.0, -0.0, np.inf, -np.inf, np.nan]]))
    want = F32(np.ldexp(F32(x * F32(3)).astype(np.float64), -100))  # one rounding to float32, to even
    y = full_range_function("p_ldexp", IDENTITY)(x)
    assert np.array_equal(y[:-1].view(np.int32), want[:-1].view(np.int32)) and np.isnan(y[-1])
    flushed = full_range_function("p_ldexp", IDENTITY, subnormals="flush")(x)
    small = np.abs(want) < 2.0**-126
    assert np.all(flushed[small & np.isfinite(want)] == 0) and np.array_equal(flushed[~small], want[~small], equal_nan=True)


@pytest.mark.parametrize("mode", ["exact", "flush"])
def test_expression_pow2_is_exact_on_integers(mode):
    """pow2(k) is 2^k, bit for bit, for every integer k in [-126, 127] and both signs of zero."""
    define("p_pow2", {"reference": {"formula": "2 ** x"}, "float64": {"formula": "2.0 ** x"}, "scheme": "pieces",
                      "params": {"symmetry": "none", "pieces": [{"below": "inf", "expr": "pow2(core(t))"}]},
                      "kernels": {"core": {"domain": [-126, 127]}}, "derivative": "t"})
    k = np.concatenate([np.arange(-126, 128), [-0.0]]).astype(F32)
    y = full_range_function("p_pow2", IDENTITY, subnormals=mode)(k)
    assert np.array_equal(y, np.ldexp(F32(1), k.astype(np.int64)).astype(F32))


def test_expression_max_min_abs_and_shared_pieces():
    """max/min/abs follow C's fmaxf/fminf/fabsf on numbers and keep a NaN first argument; two
    pieces with the same expression of t build the same nodes, and the template keeps one copy."""
    expr = "max(t, 0) + min(abs(t), 2) * 0.5"
    define("p_maxminabs", {"reference": {"formula": "x"}, "float64": {"formula": "x"}, "scheme": "pieces",
                           "params": {"symmetry": "none", "pieces": [{"below": -1.0, "expr": expr},
                                                                     {"below": 1.0, "kernel": "core"},
                                                                     {"below": "inf", "expr": expr}]},
                           "kernels": {"core": {"domain": [-1, 1]}}, "derivative": "t"})
    x = F32([-3.0, -1.5, -0.0, 0.5, 1.5, 5.0, np.inf, -np.inf, np.nan])
    y = full_range_function("p_maxminabs", IDENTITY)(x)
    want = np.where((x < -1) | (x >= 1), np.maximum(x, 0) + np.minimum(np.abs(x), 2) * F32(0.5), x)
    assert np.array_equal(y, F32(want), equal_nan=True) and np.isnan(y[-1])
    tmpl = template_of(parse("p_maxminabs2", {"reference": {"formula": "x"}, "float64": {"formula": "x"},
                                              "scheme": "pieces", "params": {"symmetry": "none", "pieces": [
                                                  {"below": -1.0, "expr": expr}, {"below": 1.0, "kernel": "core"},
                                                  {"below": "inf", "expr": expr}]},
                                              "kernels": {"core": {"domain": [-1, 1]}}, "derivative": "t"}))
    assert tmpl.deduplicated() is tmpl  # nothing left to share
    assert sum(n.op == "abs" for n in tmpl.nodes) == 1


@pytest.mark.parametrize("expr, message", [
    ("max(t)", "max takes 2 arguments"),
    ("abs(t, t)", "abs takes 1 argument"),
    ("fma(t, t)", "fma takes 3 arguments"),
    ("a = t; a = a * 2; a", "bound already"),
    ("a = t; b * 2", "the only variable is t"),
    ("ldexp(t, 5)", "integer literal n in [-149, -24]"),
    ("ldexp(t, t)", "integer literal n"),
    ("pow2(t, 1)", "pow2 takes one argument"),
    ("a = t", "must end with the value"),
    ("t.x = 1; t", "a statement binds one name"),
])
def test_bad_expressions(expr, message):
    d = {"reference": "mpmath.exp", "float64": "numpy.exp", "scheme": "pieces",
         "params": {"symmetry": "none", "pieces": [{"below": "inf", "expr": expr}]},
         "kernels": {"core": {"domain": [0, 1]}}, "derivative": "t"}
    with pytest.raises(DescriptionError, match=re.escape(message)):
        parse("bad", d)


def test_symmetry_none_tiny_slope_keeps_sign_and_bits():
    """tiny_slope with symmetry none: |x| < 2^-126 gives (1 + s) x on the bits, with x's sign."""
    define("p_half", {"reference": {"formula": "x / 2"}, "float64": {"formula": "x / 2"}, "scheme": "pieces",
                      "params": {"symmetry": "none", "pieces": [{"below": "inf", "expr": "core(t) * 0.5"}],
                                 "tiny_slope": -0.5},
                      "kernels": {"core": {"domain": [-1e30, 1e30]}}, "derivative": "t / 2"})
    x = F32([0.0, -0.0, 2.0**-149, -2.0**-149, 3 * 2.0**-149, -1e-40, 2.0**-127, 1.0, -3.0])
    y = full_range_function("p_half", IDENTITY)(x)
    want = x.astype(np.float64) / 2
    assert np.all(np.signbit(y) == np.signbit(x))
    assert np.all(np.abs(y.astype(np.float64) - want) <= 2.0**-149)  # n + rint(-n/2): within one unit
    assert np.array_equal(y[-2:], F32([0.5, -1.5]))


def test_uses_an_export_of_a_config_defined_target():
    """An export of a target defined in a config carries its description ("definitions"): a
    description that uses it resolves it without defining it again, and keeps it."""
    from evolve.serialize import to_json_obj

    two = {"reference": {"formula": "2 ** x"}, "float64": "numpy.exp2", "scheme": "exp_like",
           "params": {"base": 2, "clamp_lo": -151, "clamp_hi": 128}, "kernels": {"core": {"domain": [-0.5, 0.5]}},
           "derivative": "t"}
    meta = {"target": "p_defined_exp2", "program": to_json_obj(EXP2_KERNEL), "definitions": {"p_defined_exp2": two}}
    desc = define("p_uses_defined", {"reference": {"formula": "2 ** (2 * x)"}, "float64": {"formula": "exp2(2 * x)"},
                                     "scheme": "pieces", "params": {"symmetry": "none", "pieces": [
                                         {"below": "inf", "expr": "e(core(t) * 2)"}]},
                                     "kernels": {"core": {"domain": [-1, 1]}}, "uses": {"e": meta}, "derivative": "t"})
    assert desc.uses["e"]["definitions"] == {"p_defined_exp2": two}
    y = full_range_function("p_uses_defined", IDENTITY)(F32([0.0, 1.0, -3.0, 10.0]))
    assert y.tolist() == [1.0, 4.0, 2.0**-6, 2.0**20]


def test_used_fast_path_matches_on_its_range_and_needs_one():
    """F_fast(v) inlines the used export's fast path (its description's fast_range): the same
    bits as F(v) on that range, fewer nodes; a used target without fast_range is an error."""
    from evolve.compose import bind
    from evolve.interpret import evaluate_float32
    from evolve.serialize import to_json_obj

    two = {"reference": {"formula": "2 ** x"}, "float64": "numpy.exp2", "scheme": "exp_like",
           "params": {"base": 2, "clamp_lo": -151, "clamp_hi": 128}, "kernels": {"core": {"domain": [-0.5, 0.5]}},
           "derivative": "t"}
    meta = {"target": "p_fast_exp2", "program": to_json_obj(EXP2_KERNEL),
            "definitions": {"p_fast_exp2": {**two, "fast_range": [-126.0, 127.9]}}}
    meta_plain = {"target": "p_plain_exp2", "program": to_json_obj(EXP2_KERNEL), "definitions": {"p_plain_exp2": two}}

    def user(name, expr, used):
        return define(name, {"reference": {"formula": "2 ** x"}, "float64": "numpy.exp2", "scheme": "pieces",
                             "params": {"symmetry": "none", "pieces": [{"below": -200.0, "kernel": "core"},
                                                                        {"below": "inf", "expr": expr}]},
                             "kernels": {"core": {"domain": [-1, 1]}}, "uses": {"e": used}, "derivative": "t"})

    fast, full = user("p_calls_fast", "e_fast(t)", meta), user("p_calls_full", "e(t)", meta)
    tf, tw = template_of(fast, resolve=used_program), template_of(full, resolve=used_program)
    assert len(tf.nodes) < len(tw.nodes)
    x = np.concatenate([np.linspace(-126, 127.9, 100001, dtype=F32), F32([-126.0, 0.0, -0.0, 127.9])])
    ef, ew = (evaluate_float32(bind(t, {"core": IDENTITY}), x) for t in (tf, tw))
    assert np.array_equal(ef.view(np.int32), ew.view(np.int32))
    with pytest.raises(DescriptionError, match="gives no fast_range"):
        user("p_calls_fast_plain", "e_fast(t)", meta_plain)
