"""exp_like `scale: multiply` (targets/exp_scale.py) on a plain Taylor kernel: the numpy
evaluator computes exp to within its kernel's error with gradual underflow (exact) or flush to
zero, C and JAX emit the same bits, and bad parameters fail; plus the description's
`function` key, the exported name."""
from __future__ import annotations

import math

import numpy as np
import pytest

import targets.fullrange as fr
from codegen.cbuild import array_function
from codegen.fullrange_source import full_c_header, full_jax_module
from evolve.program import Node, Program
from targets import schemes
from targets.description import DescriptionError
from targets.registry import define
from targets.ulp import ulp_error
from tests.test_fullrange import RANDOM_BITS, SPECIALS, assert_same, compile_header

F32 = np.float32


def _sqrt2_exp_kernel(degree: int = 10) -> Program:
    """sqrt(2) e^t by its Taylor series in Horner form (float32 coefficients)."""
    nodes = [Node("x"), Node("const", (), float(F32(math.sqrt(2) / math.factorial(degree))))]
    for i in reversed(range(degree)):
        nodes.append(Node("const", (), float(F32(math.sqrt(2) / math.factorial(i)))))
        nodes.append(Node("fma", (len(nodes) - 2, 0, len(nodes) - 1)))  # acc * x + c_i
    return Program(tuple(nodes), len(nodes) - 1)


KERNEL = _sqrt2_exp_kernel()
NAME = "p_exp_mul"
SQRT2_EXP = {"formula": "sqrt(2) * exp(x)"}
DEFINITION = {"reference": "mpmath.exp", "float64": "numpy.exp", "scheme": "exp_like", "params": {"scale": "multiply"},
              "kernels": {"core": {"domain": ["-0x1.62e6p-2", "0x1.62e6p-2"], "reference": SQRT2_EXP,
                                   "float64": SQRT2_EXP}},
              "derivative": "y * t", "function": "my_expf"}
# the last finite result and the first overflow; the least normal and subnormal results; where
# k = -126 meets core(r) < 1 (r < 0 just below -126 ln2); the clamps
EDGES = np.array([float.fromhex("0x1.62e42ep6"), float.fromhex("0x1.62e430p6"), -87.33654, -87.33655,
                  float.fromhex("-0x1.5d589ep6"), float.fromhex("-0x1.5d58a0p6"), -103.27893, -103.97208,
                  -103.972084, -104.0, -150.0, 89.0, 88.0], F32)


@pytest.fixture(scope="module")
def target():
    return define(NAME, DEFINITION)


def _inputs() -> np.ndarray:
    dense = np.linspace(-104.5, 89.5, 400_001, dtype=F32)  # every k, both ends, the subnormal range
    below = (np.float32(-87.3365).view(np.uint32) + np.arange(-3000, 3000)).astype(np.uint32).view(F32)
    return np.concatenate([SPECIALS, EDGES, dense, below, RANDOM_BITS[:200_000].view(F32)])


def test_multiply_scale_computes_exp_with_gradual_underflow(target):
    x = _inputs()
    y = fr.full_range_function(NAME, KERNEL, None, "exact")(x)
    with np.errstate(all="ignore"):
        ref = np.exp(x.astype(np.float64))
    finite = np.isfinite(x)
    err = ulp_error(y[finite], ref[finite])
    # the Horner Taylor kernel (its constant sqrt(2) rounded) is not a searched one; below
    # 2^-126 the subnormal's rounding is all that is left deep down
    assert err.max() < 1.3
    assert err[ref[finite] < 2.0**-135].max() < 0.51  # deep subnormals: the rounding of 2^23 + s
    assert np.isnan(y[np.isnan(x)]).all()
    special = {np.inf: np.inf, -np.inf: 0.0, 0.0: 1.0, -0.0: 1.0, 89.0: np.inf, -104.0: 0.0,
               float.fromhex("0x1.62e430p6"): np.inf, -103.97208: 2.0**-149}
    got = fr.full_range_function(NAME, KERNEL, None, "exact")(np.array(list(special), F32))
    assert got.tolist() == list(special.values())
    assert got.view(np.uint32)[1] == 0  # +0, not -0
    last = fr.full_range_function(NAME, KERNEL, None, "exact")(F32([float.fromhex("0x1.62e42ep6")]))[0]
    assert np.isfinite(last) and last > 3.4e38  # the last input below overflow stays finite


def test_multiply_scale_flush_gives_zero_below_the_normal_minimum(target):
    x = _inputs()
    y = fr.full_range_function(NAME, KERNEL, None, "flush")(x)
    exact = fr.full_range_function(NAME, KERNEL, None, "exact")(x)
    tiny = np.abs(exact) < 2.0**-126
    assert (y[tiny] == 0).all() and (np.signbit(y[tiny]) == 0).all()
    assert_same(y[~tiny], exact[~tiny], x[~tiny], "flush vs exact above 2^-126")
    assert tiny.sum() > 10_000  # the inputs do reach the subnormal range


def test_multiply_scale_c_and_jax_give_the_evaluator_bits(target):
    slots = fr.kernels(NAME, KERNEL, None)
    x = _inputs()
    header = full_c_header(fr.template(NAME), slots, "full_mul", NAME)
    c = array_function(compile_header(header), "full_mul")
    assert_same(c(x), fr.full_range_function(NAME, KERNEL, None, "exact")(x), x, "C")
    for mode in ("exact", "flush"):
        text = full_jax_module(fr.template(NAME, mode), slots, "full_mul", NAME, "y * t")
        ns: dict = {}
        exec(compile(text, f"<full_mul {mode}>", "exec"), ns)
        got = np.asarray(ns["full_mul"](x))
        assert_same(got, fr.full_range_function(NAME, KERNEL, None, mode)(x), x, f"JAX {mode}")


def test_multiply_scale_is_cheaper_than_bits():
    for mode in ("exact", "flush"):
        bits = schemes.exp_like(mode).cost()
        mul = schemes.exp_like(mode, scale="multiply").cost()
        assert mul < bits, (mode, mul, bits)


@pytest.mark.parametrize("params, message", [
    ({"scale": "shift"}, "unknown scale"),
    ({"scale": "multiply", "minus_one": True}, "neither minus_one"),
    ({"scale": "multiply", "ratio": True}, "neither minus_one"),
    ({"scale": "multiply", "base": 2}, "neither minus_one"),
    ({"scale": "multiply", "center": 0.1}, "neither minus_one"),
    ({"scale": "multiply", "clamp_lo": -120.0}, "outside"),
    ({"scale": "multiply", "clamp_hi": 100.0}, "outside"),
])
def test_bad_multiply_parameters(params, message):
    with pytest.raises(ValueError, match=message):
        schemes.exp_like(**params)


def test_function_key_names_the_export(target):
    from evolve.app.export import function_name

    assert function_name(NAME) == "my_expf"
    assert function_name("exp") == "evolved_expf" and function_name("log2") == "evolved_log2f"
    with pytest.raises(DescriptionError, match="function"):
        define("p_exp_badname", {**DEFINITION, "function": "not a name"})
