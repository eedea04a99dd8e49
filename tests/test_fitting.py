"""Constant fitting: known answers on exp/log kernels, guarantees on bad programs."""
import math
from types import SimpleNamespace

import numpy as np
import pytest

from evolve.interpret import evaluate_float32
from evolve.program import Node, Program
from targets.fitting import FitOptions, fit_constants
from targets.fitting_eval import Float32Objective, Smooth
from targets.ulp import max_ulp_error

LN2_HALF = math.log(2) / 2
LOG_LO, LOG_HI = math.sqrt(0.5) - 1, math.sqrt(2) - 1


def points(lo, hi, n, fn, seed):
    """float32 grid plus random points on [lo, hi] widened to the enclosing float32 endpoints."""
    lo32 = np.nextafter(np.float32(lo), np.float32(-np.inf))
    hi32 = np.nextafter(np.float32(hi), np.float32(np.inf))
    rng = np.random.default_rng(seed)
    x = np.concatenate([np.linspace(lo32, hi32, n // 2, dtype=np.float32),
                        rng.uniform(lo32, hi32, n - n // 2).astype(np.float32), [lo32, hi32]])
    x = np.unique(x.astype(np.float32))
    return SimpleNamespace(x=x, ref=fn(x.astype(np.float64)))


def horner(coeffs, times_x=False):
    """P(x) (coefficients highest first) as v = fma(v, x, c); optionally x * P(x)."""
    nodes = [Node("x"), Node("const", (), float(np.float32(coeffs[0])))]
    acc = 1
    for c in coeffs[1:]:
        nodes.append(Node("const", (), float(np.float32(c))))
        nodes.append(Node("fma", (acc, 0, len(nodes) - 1)))
        acc = len(nodes) - 1
    if times_x:
        nodes.append(Node("mul", (acc, 0)))
        acc = len(nodes) - 1
    return Program(tuple(nodes), acc)


def perturbed(coeffs):
    return [c * (1 + 1e-3 * (-1) ** i) for i, c in enumerate(coeffs)]


def exp_program(degree):
    return horner(perturbed([1 / math.factorial(i) for i in range(degree, -1, -1)]))


def log_program(degree):
    return horner(perturbed([(-1) ** i / (i + 1) for i in range(degree, -1, -1)]), times_x=True)


def err(program, pts):
    return max_ulp_error(evaluate_float32(program, pts.x), pts.ref)


@pytest.fixture(scope="module")
def exp_sets():
    return (points(-LN2_HALF, LN2_HALF, 1500, np.exp, 1),
            points(-LN2_HALF, LN2_HALF, 10000, np.exp, 2))


@pytest.fixture(scope="module")
def log_sets():
    return (points(LOG_LO, LOG_HI, 1500, np.log1p, 3),
            points(LOG_LO, LOG_HI, 10000, np.log1p, 4))


def test_exp_degree6_fits_below_one_ulp(exp_sets):
    train, valid = exp_sets
    start = exp_program(6)
    fitted = fit_constants(start, train, np.random.default_rng(0))
    assert fitted.structure() == start.structure()
    assert err(start, valid) > 1000
    assert err(fitted, valid) < 1.0


def test_exp_degree5_improves_a_lot(exp_sets):
    train, valid = exp_sets
    start = exp_program(5)
    fitted = fit_constants(start, train, np.random.default_rng(0))
    assert err(fitted, valid) < 2.5  # the float64 minimax alone is ~0.92 ulp: 1 ulp is out of reach
    assert err(start, valid) / err(fitted, valid) > 1000


def test_log1p_degree8_fits_below_one_and_a_half_ulp(log_sets):
    train, valid = log_sets
    fitted = fit_constants(log_program(8), train, np.random.default_rng(0))
    assert err(fitted, valid) < 1.5


def test_zero_start_seed_is_trained(exp_sets):
    from evolve.seeds import polynomial

    train, valid = exp_sets
    fitted = fit_constants(polynomial(6), train, np.random.default_rng(0))
    assert err(fitted, valid) < 1.0


def test_one_constant_program_is_trained():
    pts = points(1.0, 2.0, 500, lambda x: math.pi * x, 5)
    prog = Program((Node("x"), Node("const", (), 3.0), Node("mul", (0, 1))), 2)
    fitted = fit_constants(prog, pts, np.random.default_rng(0))
    assert err(prog, pts) > 1e5
    assert err(fitted, pts) < 1.0
    assert abs(fitted.constants()[0] - np.float32(math.pi)) <= np.spacing(np.float32(math.pi))


def test_zero_constant_program_is_returned_unchanged(exp_sets):
    prog = Program((Node("x"), Node("mul", (0, 0)), Node("add", (1, 0))), 2)
    assert fit_constants(prog, exp_sets[0], np.random.default_rng(0)) is prog


@pytest.mark.parametrize("nodes, output", [
    ((Node("x"), Node("const", (), 0.0), Node("div", (0, 1))), 2),            # x / 0: inf, nan at 0
    ((Node("x"), Node("const", (), float(np.float32(3e38))), Node("mul", (0, 1)),
      Node("mul", (2, 1))), 3),                                                # overflow
    ((Node("x"), Node("const", (), float("nan")), Node("add", (0, 1))), 2),   # NaN constant
    ((Node("x"), Node("const", (), 1.0), Node("sub", (1, 1)), Node("div", (1, 2))), 3),  # 1/(1-1)
])
def test_bad_programs_do_not_raise_and_never_get_worse(exp_sets, nodes, output):
    prog = Program(nodes, output)
    fitted = fit_constants(prog, exp_sets[0], np.random.default_rng(0))
    assert fitted.structure() == prog.structure()
    before, after = err(prog, exp_sets[0]), err(fitted, exp_sets[0])
    assert after <= before or (math.isinf(before) and math.isinf(after))


def test_refitting_a_fitted_program_is_never_worse(log_sets):
    train = log_sets[0]
    once = fit_constants(log_program(7), train, np.random.default_rng(0))
    for seed in range(3):
        again = fit_constants(once, train, np.random.default_rng(seed),
                              FitOptions(polish_max_evals=30))
        assert err(again, train) <= err(once, train)


def test_deterministic_for_a_fixed_seed(log_sets):
    train = log_sets[0]
    a = fit_constants(log_program(6), train, np.random.default_rng(7))
    b = fit_constants(log_program(6), train, np.random.default_rng(7))
    assert np.array_equal(a.constants().view(np.uint32), b.constants().view(np.uint32))


def test_cma_method_improves_and_none_method_does_nothing(exp_sets):
    train, _ = exp_sets
    start = exp_program(4)
    opts = FitOptions(method="cma", cma_max_evals=200, polish_max_evals=50)
    fitted = fit_constants(start, train, np.random.default_rng(0), opts)
    assert err(fitted, train) < err(start, train) / 10
    assert fit_constants(start, train, np.random.default_rng(0), FitOptions(method="none")) is start


def test_options_are_checked():
    with pytest.raises(ValueError, match="unknown fitting method"):
        FitOptions(method="sgd")
    with pytest.raises(ValueError, match="lsq_max_nfev"):
        FitOptions(lsq_max_nfev=-1)


def test_float32_objective_matches_the_interpreter(log_sets):
    train = log_sets[0]
    prog = log_program(5)
    obj = Float32Objective(prog, train.x, train.ref)
    c = prog.constants()
    (m, _), vals = obj.full(c)
    assert m == err(prog, train)
    c2 = c.copy()
    c2[2] = np.nextafter(c2[2], np.float32(np.inf))
    (m2, _), _ = obj.changed(vals, c2, 2)
    assert m2 == err(prog.with_constants(c2), train)


def test_float32_objective_handles_special_references():
    x = np.array([0.5, 1.0, 2.0], dtype=np.float32)
    ref = np.array([0.5, np.nan, np.inf])
    prog = Program((Node("x"), Node("const", (), 1.0), Node("mul", (0, 1))), 2)
    (m, _), _ = Float32Objective(prog, x, ref).full(prog.constants())
    assert m == max_ulp_error(evaluate_float32(prog, x), ref)


def test_exact_jacobian_matches_finite_differences():
    # (c0 + c1 x) / (c2 + x * x) - c3: every tangent rule but fma's (covered by the fits above)
    nodes = (Node("x"), Node("const", (), 0.5), Node("const", (), 1.5), Node("mul", (2, 0)),
             Node("add", (1, 3)), Node("const", (), 2.0), Node("mul", (0, 0)), Node("add", (5, 6)),
             Node("div", (4, 7)), Node("const", (), 0.25), Node("sub", (8, 9)))
    prog = Program(nodes, 10)
    x = np.linspace(-1, 1, 50, dtype=np.float32)
    sm = Smooth(prog, x, np.ones(50))
    c = prog.constants().astype(np.float64)
    _, jac = sm.residuals_and_jacobian(c)
    for j in range(c.size):
        h = 1e-6
        up, dn = c.copy(), c.copy()
        up[j] += h
        dn[j] -= h
        fd = (sm.residuals(up) - sm.residuals(dn)) / (2 * h)
        np.testing.assert_allclose(jac[:, j], fd, rtol=1e-5, atol=1e-3 * np.abs(fd).max())
