"""Target registry, domain validation, kernel references and the erf cut-off C."""
import math
import pickle
from pathlib import Path

import mpmath
import numpy as np
import pytest

from targets import erf as erf_target
from targets.dataset import mpmath_reference, sample_points
from targets.registry import Target, get_target, search_targets

NAMES = ("exp", "log", "erf", "erf_tail")


def test_registry_lists_the_targets():
    import yaml

    from targets import registry
    builtin = yaml.safe_load((Path(registry.__file__).with_name("builtin.yaml")).read_text())
    assert set(builtin) == {"exp", "log", "erf"}
    assert set(NAMES) <= set(search_targets())  # other tests may define more in this process
    for name in NAMES:
        t = get_target(name)
        assert isinstance(t, Target) and t.name == name and t.description


def test_unknown_target_names_it_and_lists_known():
    with pytest.raises(ValueError, match=r"unknown target 'sin'") as e:
        get_target("sin")
    # (targets that configs define in this process are listed too)
    listed = str(e.value).split("known targets: ")[1].split(" (")[0].split(", ")
    assert {"erf", "erf_tail", "exp", "log"} <= set(listed)


@pytest.mark.parametrize("name", NAMES)
def test_default_domains_are_float32_exact(name):
    lo, hi = get_target(name).domain
    assert lo < hi
    for v in (lo, hi):
        assert float(np.float32(v)) == v


def test_default_domain_values():
    ln2_2 = math.log(2) / 2
    lo, hi = get_target("exp").domain
    assert lo == -hi and hi > ln2_2 and float(np.float32(ln2_2)) > ln2_2
    # covers the reduction's measured worst |r| = 0x1.62e5d2p-2 (targets/exp.py)
    assert hi == float.fromhex("0x1.62e6p-2") >= float.fromhex("0x1.62e5d2p-2")
    lo, hi = get_target("log").domain
    assert lo <= math.sqrt(0.5) - 1 < lo + 2.0**-24 and hi - 2.0**-23 < math.sqrt(2) - 1 <= hi
    assert get_target("erf").domain == (0.0, erf_target.SPLIT) == (0.0, 1.0)
    assert get_target("erf_tail").domain == (erf_target.SPLIT, erf_target.C)


def test_domain_override():
    assert get_target("exp", (-0.25, 0.5)).domain == (-0.25, 0.5)
    lo, hi = get_target("erf", [0.1, 2]).domain  # 0.1 is not a float32: rounded outward
    assert lo < 0.1 and float(np.float32(lo)) == lo and float(np.nextafter(np.float32(lo), np.float32(1))) > 0.1
    assert hi == 2.0
    assert get_target("log", (-0.5, 1.0)).domain == (-0.5, 1.0)


@pytest.mark.parametrize(
    "name, domain, message",
    [
        ("exp", (1.0, 0.0), "lo < hi"),
        ("exp", (0.5, 0.5), "lo < hi"),
        ("exp", (float("nan"), 1.0), "finite"),
        ("erf", (0.0, float("inf")), "finite"),
        ("exp", (0.0, 1e39), "float32 range"),
        ("log", (-1.0, 0.5), "x > -1"),
        ("log", (-2.0, 0.5), "x > -1"),
        ("log", (-1.0 + 1e-12, 0.5), "x > -1"),  # rounds outward onto -1
        ("erf", (1.0,), "two numbers"),
        ("erf", "ab", "two numbers"),
        ("erf", 3.0, "two numbers"),
    ],
)
def test_bad_domains_raise(name, domain, message):
    with pytest.raises(ValueError, match=message):
        get_target(name, domain)


@pytest.mark.parametrize("name", NAMES)
def test_kernel_float64_agrees_with_mpmath(name):
    t = get_target(name)
    x = sample_points(t, 300, np.random.default_rng(7))
    ref = mpmath_reference(t, x)
    fast = t.kernel_float64(x.astype(np.float64))
    nz = ref != 0
    assert np.all(fast[~nz] == 0)
    assert np.max(np.abs(fast[nz] - ref[nz]) / np.abs(ref[nz])) <= 1e-15


@pytest.mark.parametrize("name", NAMES)
def test_full_references_agree(name):
    t = get_target(name)
    x = np.array([0.3, 1.7, 5.0, 40.0])
    with mpmath.mp.workdps(30):
        ref = np.array([float(t.full_mpmath(mpmath.mpf(v))) for v in x])
    assert np.allclose(t.full_float64(x), ref, rtol=1e-15, atol=0)


def test_erf_cutoff_is_smallest_float32_with_erf_rounding_to_one():
    c = np.float32(erf_target.C)
    assert float(c) == erf_target.C == float.fromhex("0x1.f5a88ap+1")
    prev = np.nextafter(c, np.float32(0))
    half_ulp_below_one = mpmath.mpf(2) ** -25  # float32(erf) == 1 iff erfc <= 2^-25 (tie to even 1)
    with mpmath.mp.workdps(50):
        assert mpmath.erfc(mpmath.mpf(float(c))) <= half_ulp_below_one
        assert mpmath.erfc(mpmath.mpf(float(prev))) > half_ulp_below_one
        # and float32 rounding of the values agrees
        assert np.float32(float(mpmath.erf(mpmath.mpf(float(c))))) == 1
        assert np.float32(float(mpmath.erf(mpmath.mpf(float(prev))))) < 1


@pytest.mark.parametrize("name", NAMES)
def test_targets_pickle(name):
    # Problems holding a Target ship to Ray workers.
    t = get_target(name)
    u = pickle.loads(pickle.dumps(t))
    assert u == t
    assert u.kernel_mpmath(mpmath.mpf(0.5)) == t.kernel_mpmath(mpmath.mpf(0.5))
