"""Known answers of the project's ULP definition (targets/ulp.py)."""
import numpy as np
import pytest

from targets.ulp import EXPONENT_FLOOR, max_ulp_error, ulp_error, ulp_unit

f32 = np.float32
TINY = 2.0**-149  # smallest float32 subnormal
F32_MAX = float(np.finfo(np.float32).max)


def err(y, ref):
    return float(ulp_error(np.array([y], dtype=np.float32), np.array([ref], dtype=np.float64))[0])


def test_one_ulp_above_one():
    assert err(np.nextafter(f32(1), f32(2)), 1.0) == 1.0


def test_below_one_is_half_ulp_because_reference_binade_sets_unit():
    # 1 - 2^-24 is one float32 step below 1, but the unit at ref = 1 is 2^-23.
    assert err(np.nextafter(f32(1), f32(0)), 1.0) == 0.5
    # The other way round: ref just below 1 measures in units of 2^-24.
    assert err(f32(1), 1.0 - 2.0**-24) == 1.0


def test_near_powers_of_two():
    assert err(f32(2), 2.0 - 2.0**-30) == 2.0**-7  # unit 2^-23 below 2
    assert err(f32(2), 2.0 + 2.0**-30) == 2.0**-8  # unit 2^-22 from 2 on
    assert err(f32(-4), -4.0 + 2.0**-24) == 0.25  # sign does not matter: unit 2^-22 in [2, 4)
    assert ulp_unit(np.array([0.5, 1.0, 1.5, 2.0])).tolist() == [2.0**-24, 2.0**-23, 2.0**-23, 2.0**-22]


def test_subnormals_measured_in_units_of_smallest_subnormal():
    assert err(f32(3 * TINY), 3.25 * TINY) == 0.25
    assert err(f32(2.0**-130) + f32(TINY), 2.0**-130) == 1.0
    # At the normal minimum the unit is still 2^-149, continuous with the subnormals.
    assert err(np.nextafter(f32(2.0**-126), f32(1)), 2.0**-126) == 1.0
    assert err(np.nextafter(f32(2.0**-126), f32(0)), 2.0**-126) == 1.0


def test_exponent_floor():
    assert EXPONENT_FLOOR == -125
    units = ulp_unit(np.array([2.0**-140, 1e-300, 2.0**-126, 2.0**-125]))
    assert units.tolist() == [TINY, TINY, TINY, 2.0**-148]


def test_zero_reference():
    assert err(f32(0), 0.0) == 0.0
    assert err(f32(TINY), 0.0) == 1.0
    assert err(f32(-2 * TINY), 0.0) == 2.0
    assert err(f32(-0.0), 0.0) == 0.0


def test_nan_result_is_infinite_error():
    assert err(f32(np.nan), 1.0) == np.inf
    assert max_ulp_error(np.array([1, np.nan], f32), np.array([1.0, 2.0])) == np.inf


def test_inf_result_against_reference_that_rounds_to_inf_is_exact():
    assert err(f32(np.inf), 2.0**128) == 0.0
    assert err(f32(np.inf), F32_MAX * (1 + 2.0**-24)) == 0.0  # past the midpoint to 2^128
    assert err(f32(-np.inf), -(2.0**129)) == 0.0


def test_inf_result_against_reference_that_does_not_round_to_inf():
    assert err(f32(np.inf), F32_MAX) == np.inf
    assert err(f32(np.inf), F32_MAX * (1 + 2.0**-26)) == np.inf  # rounds down to FLT_MAX
    assert err(f32(-np.inf), 1.0) == np.inf


def test_max_ulp_error():
    y = np.array([1, np.nextafter(f32(1), f32(2)), 3], dtype=f32)
    assert max_ulp_error(y, np.array([1.0, 1.0, 3.0])) == 1.0
    assert max_ulp_error(np.array([], f32), np.array([])) == 0.0
    with pytest.raises(ValueError):
        ulp_error(np.zeros(2, f32), np.zeros(3))
