"""The C backend of the calibrated cost model: gcc-compiled chains of one op, as the exports are built."""
import shutil

import pytest

from targets.costmodel import calibrated_weights, fingerprint, measure

pytestmark = pytest.mark.skipif(shutil.which("gcc") is None, reason="needs gcc")


def test_c_weights_are_measured_relative_to_fma():
    w = measure("c", ("add", "mul", "div", "fma"), repeats=5)["weights"]
    assert w["fma"] == 1.0
    assert all(v > 0 for v in w.values())
    assert w["div"] > 2 * w["mul"]  # a divide costs several multiplies on every CPU measured


def test_c_weights_are_cached_by_fingerprint(tmp_path):
    fp = fingerprint("c")
    assert fp["backend"] == "c" and "gcc" in fp["cc"].lower() and "-ffp-contract=off" in fp["cflags"]
    weights, record = calibrated_weights(("add", "fma"), "c", cache_dir=tmp_path)
    again, record2 = calibrated_weights(("add", "fma"), "c", cache_dir=tmp_path)
    assert weights == again and record2["measured_at"] == record["measured_at"]
    assert list((tmp_path / "cost_weights").glob("c-*.json"))
