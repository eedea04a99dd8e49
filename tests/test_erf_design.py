"""experiments/erf_design.py, erf_candidates.py and erf_fits.py: the erf fits and the rounding claim behind two kernels."""
import sys
from pathlib import Path

import numpy as np
import scipy.special

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "experiments"))

import erf_candidates as E  # noqa: E402
import erf_design as D  # noqa: E402
import erf_fits as F  # noqa: E402
from evolve.interpret import evaluate_float32, evaluate_float64  # noqa: E402
from targets.erf import C  # noqa: E402
from targets.ulp import ulp_error, ulp_unit  # noqa: E402


def test_float64_fit_is_far_below_one_ulp_and_the_program_computes_it():
    p_c, q_c, rel = F.fit_odd_rational(4, 6)
    assert q_c[0] == 1.0 and len(p_c) == 5 and len(q_c) == 7
    assert rel < 1e-7  # XLA's degrees; measured 2.8e-8 (one float32 ulp of erf near 1 is 6e-8)
    x = np.linspace(0.01, C, 20001)
    direct = scipy.special.erf(x) / x
    fitted = np.polynomial.polynomial.polyval(x * x, p_c) / np.polynomial.polynomial.polyval(x * x, q_c)
    assert np.max(np.abs(fitted / direct - 1.0)) <= rel * 1.01
    # the program holds the same coefficients (float32-rounded), in the seed's constant order
    prog = E.rational_program(p_c, q_c)
    p32, q32 = p_c.astype(np.float32).astype(np.float64), q_c.astype(np.float32).astype(np.float64)
    x32 = x.astype(np.float32)
    s = x32.astype(np.float64) ** 2
    want = x32 * np.polynomial.polynomial.polyval(s, p32) / np.polynomial.polynomial.polyval(s, q32)
    np.testing.assert_allclose(evaluate_float64(prog, x32), want, rtol=1e-13)


def test_one_rational_rounds_to_several_ulps_in_float32():
    """The design claim (targets/erf.py): float32 rounding alone of x P(x^2)/Q(x^2) exceeds 2 ULP."""
    x, ref = D.sweep_points(1024)
    assert x[0] == np.float32(2.0**-12) and x[-1] < np.float32(C) and x.size > 80_000
    prog = E.rational_program(*F.fit_odd_rational(4, 6)[:2])
    y32 = evaluate_float32(prog, x)
    rounding = np.abs(y32.astype(np.float64) - evaluate_float64(prog, x)) / ulp_unit(ref)
    assert rounding.max() > 2.5
    assert ulp_error(y32, ref).max() > 2.5


def test_one_rationals_loss_is_not_cancellation_but_results_near_one():
    """Its coefficients leave Horner well conditioned, and the worst rounding sits where erf ~ 1."""
    p_c, q_c, _ = F.fit_odd_rational(4, 6)
    s = np.linspace(0.0, C * C, 2001)
    assert F.horner_condition(p_c, s) < 1.1 and F.horner_condition(q_c, s) < 1.1
    assert F.horner_condition(np.array([1.0, -1.0]), np.array([0.0, 0.5])) == 3.0  # 1 - s at s = .5: (1 + .5) / .5
    x, ref = D.sweep_points(1024)
    prog = E.rational_program(p_c, q_c)
    rounding = np.abs(evaluate_float32(prog, x).astype(np.float64) - evaluate_float64(prog, x)) / ulp_unit(ref)
    assert ref[rounding.argmax()] > 0.999


def test_split_sweep_budget_rows():
    strict, loose = (D.split_sweep(splits=(1.0,), budget=b)[0] for b in (0.3, 1.0))
    assert strict["budget"] == 0.3 and strict["ops"] == strict["core_degree"] + strict["tail_degree"] + 3
    assert (strict["core_degree"], strict["tail_degree"]) == (6, 14)  # measured; the evolved pair is 6 + 12
    assert loose["ops"] < strict["ops"] and loose["ops"] >= 19  # a looser budget buys back only a little


def test_rational_tail_known_errors_and_sweep_row():
    """erf's tail as c + u P(u)/Q(u) on [1, C]: measured near-minimax errors (units of 2^-24)."""
    assert F.fit_tail_rational(5, 5, 1.0) > 1.5  # measured 2.02
    assert F.fit_tail_rational(6, 5, 1.0) < 0.5  # measured 0.35
    rows = D.rational_tail_sweep(splits=(1.0,), budgets=(1.0,))
    assert [(r["num"], r["den"], r["ops"]) for r in rows] == [(6, 5, 13)]  # the polynomial tail: 13 ops too


def test_per_lane_probe_is_the_piecewise_polynomial_by_either_fetch():
    import jax

    x = np.array([-3.9, -1.2, -0.0, 0.3, 0.5, 1.99, 2.0, 3.7], dtype=np.float32)
    gather, select = (np.asarray(jax.jit(E.per_lane_probe(f))(x)) for f in ("gather", "select"))
    np.testing.assert_array_equal(gather, select)
    rng = np.random.default_rng(0)  # the probe's tables, highest coefficient first
    tables = [rng.uniform(0.1, 0.2, 8).astype(np.float32) for _ in range(7)]
    t = np.abs(x).astype(np.float64)
    i = np.minimum((t * 2).astype(int), 7)
    want = np.array([np.polyval([tb[k] for tb in tables], u) for k, u in zip(i, t - i * 0.5)])
    np.testing.assert_allclose(gather, np.copysign(want, x), rtol=1e-6)


def test_pin_cpu_restricts_the_process_and_rejects_a_missing_cpu():
    import os
    import subprocess

    import pytest

    import kernels as K

    cpu = min(os.sched_getaffinity(0))
    code = ("import sys; sys.path.insert(0, 'experiments'); import os, kernels as K; "
            f"K.pin_cpu({cpu}); print(sorted(os.sched_getaffinity(0)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.stdout.strip() == f"[{cpu}]"
    before = os.sched_getaffinity(0)
    with pytest.raises(SystemExit, match="--cpu 100000"):
        K.pin_cpu(100000)
    K.pin_cpu(None)  # no pinning asked: nothing changes
    assert os.sched_getaffinity(0) == before


def test_machine_names_the_vector_isa():
    import bench_speed as S

    assert S.cpu_label({"cpu": "Xeon", "isa": ["fma", "avx2", "avx512f"]}) == "Xeon (fma, avx2, avx512f)"
    assert S.cpu_label({"cpu": "Xeon"}) == "Xeon"  # results written before the field existed
    isa = S.machine()["isa"]
    assert isa == [f for f in S.ISA_FLAGS if f in isa]  # known flags only, in the table's order


def test_save_result_writes_json_and_markdown(tmp_path):
    import json

    import kernels as K

    out = tmp_path / "new" / "folder"
    assert K.save_result(out, "speed", {"ratio": 0.5}, "| a |\n") == "| a |\n"
    assert json.loads((out / "speed.json").read_text()) == {"ratio": 0.5}
    assert (out / "speed.md").read_text() == "| a |\n"


def test_rational_tail_and_core_programs_compute_their_fits():
    """The section-4 programs hold the fitted rationals (float32 constants) and cost what the sweep counts."""
    t0, r_c, q_c, err = F.tail_rational_fit(6, 5, 1.0)
    assert err < 0.5 and t0 == float(np.float32(t0)) and q_c[0] == 1.0
    x = np.linspace(1.0, C, 20001).astype(np.float32)
    ref = scipy.special.erf(x.astype(np.float64))
    fit = np.polynomial.polynomial.polyval(x - t0, r_c) / np.polynomial.polynomial.polyval(x - t0, q_c)
    assert np.max(np.abs(fit - ref)) / 2.0**-24 <= err * 1.01
    for monic in (False, True):
        prog = E.tail_rational_program(t0, r_c, q_c, monic)
        assert prog.cost() == 13  # the sweep's "tail ops (with the divide)"
        assert [n.op for n in prog.nodes].count("div") == 1
        # only the constants' rounding to float32 separates the program from the fit (measured 1.42, 1.12)
        assert ulp_error(evaluate_float64(prog, x), ref).max() < 2.0
    r_c, q_c, err = F.fit_core_rational(3, 2)
    assert err < 0.1  # measured 0.035
    core = E.core_rational_program(r_c, q_c)
    t = np.linspace(2.0**-10, 1.0, 20001, endpoint=False).astype(np.float32)
    assert ulp_error(evaluate_float32(core, t), scipy.special.erf(t.astype(np.float64))).max() < 1.5


def test_shared_divide_probe_is_bit_identical_to_two_divides():
    import jax
    import pytest

    from evolve.seeds import polynomial

    t0, r_c, q_c, _ = F.tail_rational_fit(6, 5, 1.0)
    tail = E.tail_rational_program(t0, r_c, q_c, monic=True)
    core = E.core_rational_program(*F.fit_core_rational(3, 2)[:2])
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.uniform(-4.5, 4.5, 50_000), [0.0, -0.0, 1.0, -1.0, C, -C, 3.9, 1e-30]]).astype(np.float32)
    got = np.asarray(jax.jit(E.shared_divide_erf(core, tail))(x))
    t = np.abs(x)
    want = np.where(t < 1.0, evaluate_float32(core, t), evaluate_float32(tail, t))
    want = np.copysign(np.where(t >= np.float32(C), np.float32(1.0), want), x)
    want[np.abs(want) < 2.0**-126] = np.copysign(0.0, x[np.abs(want) < 2.0**-126])  # XLA flushes
    np.testing.assert_array_equal(got.view(np.int32), want.astype(np.float32).view(np.int32))
    with pytest.raises(ValueError, match="fma"):
        E.epilogue_parts(polynomial(3))
