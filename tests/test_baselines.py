"""Polynomial baselines (experiments/baselines.py): known answers for Taylor and minimax kernels."""
import math
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "experiments"))

import baselines as B  # noqa: E402
from evolve.interpret import evaluate_float32, evaluate_float64  # noqa: E402
from targets.registry import get_target  # noqa: E402
from targets.ulp import ulp_unit  # noqa: E402

A = get_target("exp").domain[1]  # ~ ln2/2, the exp kernel's half-width


@pytest.fixture(scope="module")
def exp_sets(tmp_path_factory):
    return B.point_sets("exp", 0, tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def exp_minimax(exp_sets):
    """Minimax exp baselines of degree 1..5, each warm-started from the one below."""
    train, _ = exp_sets
    out, prev = {}, None
    for d in range(1, 6):
        prev = out[d] = B.minimax_program("exp", d, train, previous=prev)
    return out


def test_taylor_coefficients_known_values():
    assert B.taylor_coefficients("exp", 3) == [1.0, 1.0, 0.5, 1.0 / 6.0]
    assert B.taylor_coefficients("log", 3) == [1.0, -0.5, 1.0 / 3.0, -0.25]
    s = 2.0 / math.sqrt(math.pi)
    assert B.taylor_coefficients("erf", 2) == pytest.approx([s, -s / 3.0, s / 10.0], rel=1e-15)
    with pytest.raises(ValueError):
        B.taylor_coefficients("sin", 2)
    with pytest.raises(ValueError):
        B.taylor_coefficients("exp", -1)


@pytest.mark.parametrize("target, extra", [("exp", 0), ("log", 1), ("erf", 2)])
def test_programs_have_the_seed_shape_cost_and_coefficients(target, extra):
    """Cost = degree (+1 for f*P(f), +2 for t*P(t^2)); the program computes P with the given
    coefficients, c_0 first (checks the constant order of evolve.seeds.polynomial)."""
    rng = np.random.default_rng(0)
    x = rng.uniform(-0.3, 0.3, 200).astype(np.float32)
    for d in (1, 3, 6):
        c = rng.uniform(-2, 2, d + 1).astype(np.float32).astype(np.float64)
        p = B.polynomial_program(target, c)
        assert p.cost() == d + extra
        v = x.astype(np.float64)
        arg = v * v if target == "erf" else v
        expect = np.polynomial.polynomial.polyval(arg, c) * (1.0 if target == "exp" else v)
        np.testing.assert_allclose(evaluate_float64(p, x), expect, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_taylor_exp_error_is_the_lagrange_remainder(n):
    """exp(a) - T_n(a) = e^xi a^(n+1)/(n+1)!, 0 < xi < a: relative error between e^-a and 1 times
    a^(n+1)/(n+1)!; at -a the error has the sign of (-1)^(n+1)."""
    p = B.taylor_program("exp", n)
    r = np.array([A, -A], dtype=np.float32)
    y = evaluate_float64(p, r)
    rel = (np.exp(r.astype(np.float64)) - y) / np.exp(r.astype(np.float64))
    bound = float(A) ** (n + 1) / math.factorial(n + 1)
    assert math.exp(-A) * bound < rel[0] < bound
    assert np.sign(rel[1]) == (-1) ** (n + 1)
    assert math.exp(-A) * bound < abs(rel[1]) * math.exp(-A) < bound  # |error| = e^xi B, -a < xi < 0


def test_taylor_error_in_ulps_on_the_validation_set(exp_sets):
    """Degree 4: the max ULP equals the remainder at an end of the domain in that end's ulps."""
    _, val = exp_sets
    err = B.max_ulp(B.taylor_program("exp", 4), val)
    ends = np.array([-A, A])
    bound = np.abs(np.exp(ends) - np.polynomial.polynomial.polyval(ends, B.taylor_coefficients("exp", 4)))
    expect = float(np.max(bound / ulp_unit(np.exp(ends))))
    assert err == pytest.approx(expect, rel=0.01)


def test_minimax_error_matches_the_chebyshev_estimate(exp_minimax, exp_sets):
    """Best degree-n relative error on [-a, a] ~ E = a^(n+1) / (2^n (n+1)!); one ulp is between
    2^-24 and 2^-23 relative, so max ULP lies in [E 2^23, E 2^24]."""
    _, val = exp_sets
    for n in (1, 2, 3, 4):
        e = float(A) ** (n + 1) / (2**n * math.factorial(n + 1))
        assert e * 2**23 < B.max_ulp(exp_minimax[n], val) < e * 2**24, n


def test_minimax_beats_taylor_and_improves_with_degree(exp_minimax, exp_sets):
    _, val = exp_sets
    errors = [B.max_ulp(exp_minimax[d], val) for d in range(1, 6)]
    for d, e in zip(range(1, 6), errors):
        assert e < B.max_ulp(B.taylor_program("exp", d), val) / 2, d
    assert all(b < a for a, b in zip(errors, errors[1:]))
    assert errors[-1] < 3  # degree 5: ~2 ulp (DESIGN.md: 2^-23.1 relative)


@pytest.mark.parametrize("n", [2, 3])
def test_minimax_equioscillates(exp_minimax, exp_sets, n):
    """Chebyshev alternation: the ULP-weighted error of the best degree-n polynomial reaches its
    max with alternating signs at n + 2 points (float64 evaluation, training points)."""
    train, _ = exp_sets
    e = (evaluate_float64(exp_minimax[n], train.x) - train.ref) / ulp_unit(train.ref)
    big = np.abs(e) >= 0.98 * np.abs(e).max()
    signs = np.sign(e[big])  # train.x is sorted
    assert 1 + int(np.sum(signs[1:] != signs[:-1])) == n + 2


def test_minimax_is_never_worse_than_its_starts_on_the_training_set(exp_sets):
    train, _ = exp_sets
    p3 = B.minimax_program("exp", 3, train)
    p4 = B.minimax_program("exp", 4, train, previous=p3)
    assert B.max_ulp(p4, train) <= B.max_ulp(p3, train)
    assert B.max_ulp(p4, train) <= B.max_ulp(B.taylor_program("exp", 4), train)
    assert p4.cost() == 4 and np.all(np.isfinite(evaluate_float32(p4, train.x)))
    with pytest.raises(ValueError):
        B.minimax_program("exp", 5, train, previous=p3)
