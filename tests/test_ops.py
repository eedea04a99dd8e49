"""Op semantics: every op is one float32 rounding; fma is exact then rounded once."""
from fractions import Fraction

import numpy as np

from evolve.interpret import evaluate_float32
from evolve.ops import OPS, fma_float32
from evolve.program import Node, Program


def exact_fma_float32(a, b, c) -> np.float32:
    """Reference: exact rational a*b+c rounded to nearest-even float32 (via float64 neighbours)."""
    if not all(np.isfinite([a, b, c])):
        return np.float32(np.float64(a) * np.float64(b) + np.float64(c))
    exact = Fraction(float(a)) * Fraction(float(b)) + Fraction(float(c))
    lo = np.float32(float(exact))  # float(Fraction) is correctly rounded to float64; fix below
    # search neighbouring float32 values for the nearest (ties to even)
    cands = [np.nextafter(lo, np.float32(-np.inf)), lo, np.nextafter(lo, np.float32(np.inf))]
    best = min(cands, key=lambda v: (abs(Fraction(float(v)) - exact) if np.isfinite(v) else Fraction(10**40),
                                    int(np.float32(v).view(np.uint32)) & 1))
    return np.float32(best)


def test_fma_matches_exact_rounding_on_hard_cases():
    rng = np.random.default_rng(1)
    n = 4000
    a = rng.standard_normal(n).astype(np.float32)
    b = rng.standard_normal(n).astype(np.float32)
    # c near -a*b makes cancellation; tiny perturbations make near-ties that double rounding gets wrong
    c = (-(a.astype(np.float64) * b) * (1 + rng.standard_normal(n) * 2.0**-20)).astype(np.float32)
    c[: n // 4] = rng.standard_normal(n // 4).astype(np.float32) * np.float32(2.0**-30)
    got = fma_float32(a, b, c)
    want = np.array([exact_fma_float32(*t) for t in zip(a, b, c)], dtype=np.float32)
    assert np.array_equal(got.view(np.uint32), want.view(np.uint32))


def test_fma_round_to_odd_beats_double_rounding():
    # a*b + c = 1 + 2^-24 + 2^-46: float64 keeps it, but with a smaller excess float64 would round
    # it onto the float32 midpoint 1 + 2^-24 and then to even (1.0, wrong).  Exact: 1 + 2^-23.
    a = np.float32(1 + 2.0**-23)
    b = np.float32(1 + 2.0**-23)     # a*b = 1 + 2^-22 + 2^-46
    c = np.float32(-(2.0**-22) + 2.0**-24)  # exact float32
    exact = Fraction(float(a)) * Fraction(float(b)) + Fraction(float(c))
    assert exact == 1 + Fraction(1, 2**24) + Fraction(1, 2**46)
    assert fma_float32(a, b, c) == np.float32(1 + 2.0**-23)


def test_fma_specials_and_subnormals():
    inf, nan = np.float32(np.inf), np.float32(np.nan)
    assert np.isnan(fma_float32(inf, np.float32(0), np.float32(1)))
    assert np.isnan(fma_float32(nan, np.float32(1), np.float32(1)))
    assert fma_float32(np.float32(3e38), np.float32(10), np.float32(0)) == inf
    tiny = np.float32(2.0**-75)
    assert fma_float32(tiny, np.float32(2.0**-74), np.float32(0)) == np.float32(2.0**-149)
    assert fma_float32(tiny, tiny, np.float32(0)) == 0  # 2^-150: a tie between 0 and 2^-149 -> even
    assert fma_float32(tiny, np.float32(1.5 * 2.0**-75), np.float32(0)) == np.float32(2.0**-149)


def test_basic_ops_round_once_to_float32():
    x = np.array([0.1, 1.5, -3.25, 1e-40], dtype=np.float32)
    for name in ["add", "sub", "mul", "div"]:
        p = Program((Node("x"), Node("const", (), 0.5), Node(name, (0, 1))), 2)
        ref = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide}[name](
            x.astype(np.float64), 0.5).astype(np.float32)
        assert np.array_equal(evaluate_float32(p, x), ref), name
        assert OPS[name].arity == 2


def test_nan_programs_do_not_raise():
    p = Program((Node("x"), Node("const", (), 0.0), Node("div", (1, 1))), 2)
    out = evaluate_float32(p, np.ones(5, np.float32))
    assert out.shape == (5,) and np.isnan(out).all()


def test_fma_double_rounding_in_float64_is_avoided():
    # a*b + c = 1 + 2^-23 + 2^-24 - 2^-70 exactly, just below the float32 midpoint between
    # 1 + 2^-23 and 1 + 2^-22.  float64 rounds the sum onto the midpoint and ties-to-even
    # then gives 1 + 2^-22 (wrong); exact rounding gives 1 + 2^-23.
    a = np.float32(2.0**-12 * (1 + 2.0**-23))
    b = np.float32(2.0**-12 * (1 - 2.0**-23))
    c = np.float32(1 + 2.0**-23)
    exact = Fraction(float(a)) * Fraction(float(b)) + Fraction(float(c))
    assert exact == 1 + Fraction(1, 2**23) + Fraction(1, 2**24) - Fraction(1, 2**70)
    naive = np.float32(np.float64(a) * np.float64(b) + np.float64(c))
    assert naive == np.float32(1 + 2.0**-22)
    assert fma_float32(a, b, c) == np.float32(1 + 2.0**-23)
