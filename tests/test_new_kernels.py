"""The exported kernels of issue 19 (results/kernels/evolved_<f>f.h, evolved_<f>_jax.py,
evolved_<f>_jax_flush.py for sigmoid, gelu, softplus, log1p, expm1, exp2, log2): the real
files, compiled with gcc (codegen.cbuild) or run as JAX modules, checked on the special values
of C99 Annex F / glibc (NaN, infinities, signed zeros, overflow, gradual underflow, saturation)
and on a few known answers against mpmath.  A function without exports yet is skipped; the
exhaustive figures are in each export's .json (targets/verify.py)."""
from __future__ import annotations

import math
from pathlib import Path

import mpmath
import numpy as np
import pytest

from codegen.cbuild import array_function, compile_shared
from evolve.app.verification import load_jax
from targets.ulp import ulp_error

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "results" / "kernels"
F32 = np.float32
INF, NAN = math.inf, math.nan
TINY = float(F32(1e-40))       # a subnormal
MIN_SUB = 2.0**-149

# function -> (mpmath reference, bar in ULP (issue 19), special cases (input, expected output):
# expected values are exact float32 results; a result below 2^-126 or a subnormal input is marked
# by the flush flag (skipped for the flush-to-zero JAX modules)
MP = {
    "sigmoid": lambda x: 1 / (1 + mpmath.exp(-x)),
    "gelu": lambda x: x * mpmath.erfc(-x / mpmath.sqrt(2)) / 2,
    "softplus": lambda x: mpmath.log1p(mpmath.exp(x)),
    "log1p": mpmath.log1p,
    "expm1": mpmath.expm1,
    "exp2": lambda x: mpmath.mpf(2) ** x,
    "log2": lambda x: mpmath.log(x, 2),
}
BAR = {"sigmoid": 1, "gelu": 2, "softplus": 2, "log1p": 1, "expm1": 1, "exp2": 1, "log2": 1}


def _f(x) -> float:
    """The float32 nearest to mpmath value x (ties to even, as the correctly rounded result)."""
    return float(F32(float(x)))


SPECIAL = {  # (input, expected, subnormal involved)
    "exp2": [(0.0, 1.0, 0), (-0.0, 1.0, 0), (1.0, 2.0, 0), (-1.0, 0.5, 0), (10.0, 1024.0, 0), (127.0, 2.0**127, 0),
             (128.0, INF, 0), (1000.0, INF, 0), (INF, INF, 0), (-INF, 0.0, 0), (NAN, NAN, 0),
             (-126.0, 2.0**-126, 0), (-140.0, 2.0**-140, 1), (-149.0, MIN_SUB, 1), (-150.0, 0.0, 1),
             (-1000.0, 0.0, 0), (TINY, 1.0, 1)],
    "log2": [(1.0, 0.0, 0), (2.0, 1.0, 0), (0.5, -1.0, 0), (1024.0, 10.0, 0), (2.0**127, 127.0, 0),
             (2.0**-126, -126.0, 0), (MIN_SUB, -149.0, 1), (2.0**-140, -140.0, 1), (0.0, -INF, 0), (-0.0, -INF, 0),
             (-1.0, NAN, 0), (-INF, NAN, 0), (INF, INF, 0), (NAN, NAN, 0), (-TINY, NAN, 1)],
    "log1p": [(0.0, 0.0, 0), (-0.0, -0.0, 0), (TINY, TINY, 1), (-TINY, -TINY, 1), (2.0**-126, 2.0**-126, 0),
              (-1.0, -INF, 0), (-2.0, NAN, 0), (-INF, NAN, 0), (INF, INF, 0), (NAN, NAN, 0),
              (1e-30, _f(1e-30), 0), (float(np.finfo(F32).max), _f(mpmath.log1p(float(np.finfo(F32).max))), 0)],
    "expm1": [(0.0, 0.0, 0), (-0.0, -0.0, 0), (TINY, TINY, 1), (-TINY, -TINY, 1), (1e-30, _f(1e-30), 0),
              (-20.0, -1.0, 0), (-1000.0, -1.0, 0), (-INF, -1.0, 0), (89.0, INF, 0), (1e30, INF, 0), (INF, INF, 0),
              (NAN, NAN, 0)],
    "sigmoid": [(0.0, 0.5, 0), (-0.0, 0.5, 0), (TINY, 0.5, 1), (-TINY, 0.5, 1), (20.0, 1.0, 0), (1e30, 1.0, 0),
                (INF, 1.0, 0), (-INF, 0.0, 0), (NAN, NAN, 0), (-104.0, 0.0, 1), (-1e30, 0.0, 0)],
    "softplus": [(0.0, _f(mpmath.log(2)), 0), (-0.0, _f(mpmath.log(2)), 0), (TINY, _f(mpmath.log(2)), 1),
                 (100.0, 100.0, 0), (1e30, 1e30, 0), (INF, INF, 0), (-INF, 0.0, 0), (NAN, NAN, 0), (-110.0, 0.0, 1),
                 (-1e30, 0.0, 0)],
    "gelu": [(0.0, 0.0, 0), (-0.0, -0.0, 0), (TINY, _f(mpmath.mpf(TINY) / 2), 1), (-TINY, -_f(mpmath.mpf(TINY) / 2), 1),
             (10.0, 10.0, 0), (1e30, 1e30, 0), (INF, INF, 0), (-INF, -0.0, 0), (-20.0, -0.0, 0), (NAN, NAN, 0)],
}
KNOWN = {  # a few ordinary points per function, checked against mpmath within the bar
    "exp2": [-100.3, -3.7, -0.5, 0.123, 0.5, 1.75, 31.9, 127.5],
    "log2": [1e-30, 0.3, 0.7071, 0.99, 1.01, 1.4142, 3.0, 1e30],
    "log1p": [-0.999, -0.5, -0.2929, -1e-5, 1e-5, 0.4142, 3.0, 1e10],
    "expm1": [-10.0, -0.7, -0.2877, -1e-5, 1e-5, 0.3, 0.4055, 0.5, 2.0, 50.0],
    "sigmoid": [-87.0, -75.0, -50.0, -19.0, -5.0, -0.3, 0.3, 2.0, 9.0, 16.0],  # flush: y * 2^k near 2^-126
    "softplus": [-50.0, -5.0, -1.0, -0.5, 0.5, 1.0, 3.0, 17.0],
    "gelu": [-12.0, -5.0, -1.5, -0.99, -0.2, 0.7, 1.0, 3.0, 5.9],
}
# results below 2^-126 (gradual underflow; not for the flush-to-zero modules), checked within the bar
# in units of 2^-149
UNDERFLOW = {"exp2": [-130.3, -149.2], "sigmoid": [-87.9, -100.0, -103.5], "softplus": [-88.0, -100.0, -103.0],
             "gelu": [-13.3, -13.9, -14.3], "log1p": [-1e-40, 3e-39], "expm1": [-1e-40, 3e-39], "log2": []}
FUNCTIONS = sorted(SPECIAL)


def _export(name: str, kind: str) -> Path:
    path = KERNELS / {"c": f"evolved_{name}f.h", "jax": f"evolved_{name}_jax.py",
                      "flush": f"evolved_{name}_jax_flush.py"}[kind]
    if not path.is_file():
        pytest.skip(f"no export {path.name} yet")
    return path


def _function(name: str, kind: str):
    path = _export(name, kind)
    if kind == "c":
        lib = compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + path.read_text())
        return array_function(lib, f"evolved_{name}f")
    return load_jax(path, f"evolved_{name}f")[0]


def _run(fn, xs):
    """fn over xs, padded to a vector length (JAX takes another path for 1-element arrays)."""
    x = np.zeros(max(64, len(xs)), dtype=F32)
    x[:len(xs)] = xs
    return np.asarray(fn(x), dtype=F32)[:len(xs)]


def _same(got: float, want: float) -> bool:
    if math.isnan(want):
        return math.isnan(got)
    return got == want and math.copysign(1, got) == math.copysign(1, want)


@pytest.mark.parametrize("kind", ["c", "jax", "flush"])
@pytest.mark.parametrize("name", FUNCTIONS)
def test_special_values(name, kind):
    fn = _function(name, kind)
    cases = [(a, b) for a, b, sub in SPECIAL[name] if not (sub and kind == "flush")]
    got = _run(fn, F32([a for a, _ in cases]))
    bad = [(a, float(g), b) for (a, b), g in zip(cases, got) if not _same(float(g), float(F32(b)))]
    assert not bad, f"{name} ({kind}): (input, got, expected) {bad}"


@pytest.mark.parametrize("kind", ["c", "jax", "flush"])
@pytest.mark.parametrize("name", FUNCTIONS)
def test_known_answers_against_mpmath(name, kind):
    fn = _function(name, kind)
    xs = F32(KNOWN[name] + (UNDERFLOW[name] if kind != "flush" else []))
    got = _run(fn, xs)
    with mpmath.workdps(40):
        ref = np.array([float(MP[name](mpmath.mpf(float(v)))) for v in xs])
    err = ulp_error(got, ref)
    assert err.max() < BAR[name], f"{name} ({kind}): {err.max():.3f} ULP at x={float(xs[err.argmax()])!r}"


@pytest.mark.parametrize("name", FUNCTIONS)
def test_exports_record_a_passing_exhaustive_check(name):
    """Each export's .json holds its exhaustive sweep: all 2^32 inputs, under the bar, no
    non-finite mismatch, bit-equal to the numpy evaluator."""
    import json

    for kind in ("c", "jax", "flush"):
        path = _export(name, kind)
        v = json.loads(Path(f"{path}.json").read_text())["verification"]
        full = v["full_range"]
        assert full["n_checked"] == 2**32 and full["n_nonfinite_mismatch"] == 0, (name, kind)
        assert full["max_ulp"] < BAR[name] and full["max_ulp_mpmath"] < BAR[name], (name, kind, full["max_ulp"])
        assert v["bit_equality_vs_evaluator"]["mismatches"] == 0, (name, kind)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_jax_derivative(name):
    """The JAX exports differentiate by the description's derivative (custom_jvp)."""
    import jax
    import jax.numpy as jnp

    path = _export(name, "jax")
    module: dict = {}
    exec(compile(path.read_text(), str(path), "exec"), module)
    fn = module[f"evolved_{name}f"]
    xs = F32([v for v in KNOWN[name] if abs(v) < 60])
    x = np.zeros(64, dtype=F32)
    x[:len(xs)] = xs
    grad = np.asarray(jax.grad(lambda v: jnp.sum(fn(v)))(jnp.asarray(x)))[:len(xs)]
    with mpmath.workdps(30):
        want = np.array([float(mpmath.diff(MP[name], mpmath.mpf(float(v)))) for v in xs])
    assert np.allclose(grad, want, rtol=1e-5, atol=1e-30), (name, grad, want)


# the cheaper, less accurate front points (experiments/front_points.py, experiments/tanh_rational.yaml):
# JAX flush exports only; name -> (mpmath reference, bound in ULP, special cases without subnormals)
FRONT = {
    "tanh_fast": (mpmath.tanh, 1.5, [(0.0, 0.0), (-0.0, -0.0), (20.0, 1.0), (-20.0, -1.0), (INF, 1.0), (-INF, -1.0),
                                     (NAN, NAN)]),
    "tanh_rational": (mpmath.tanh, 5.0, [(0.0, 0.0), (-0.0, -0.0), (20.0, 1.0), (-20.0, -1.0), (INF, 1.0),
                                         (-INF, -1.0), (NAN, NAN)]),
    "sigmoid_fast": (MP["sigmoid"], 2.5, [(0.0, 0.5), (-0.0, 0.5), (20.0, 1.0), (INF, 1.0), (-INF, 0.0), (-1e30, 0.0),
                                          (NAN, NAN)]),
}
FRONT_KNOWN = {"tanh_fast": [-8.0, -1.3, -0.63, -0.3, 1e-3, 0.62, 0.9, 2.0, 9.0],
               "tanh_rational": [-8.0, -1.3, -0.63, -0.3, 1e-3, 0.62, 0.9, 2.0, 9.0],
               "sigmoid_fast": [-87.0, -50.0, -4.16, -0.3, 0.3, 2.0, 9.0, 16.0]}


@pytest.mark.parametrize("name", sorted(FRONT))
def test_front_point_exports(name):
    """A front point is verified like any export (its .json: all 2^32 inputs, bit-equal to the
    evaluator, under its bound) and keeps the special values; known answers within the bound."""
    import json

    path = KERNELS / f"evolved_{name}_jax_flush.py"
    if not path.is_file():
        pytest.skip(f"no export {path.name} yet")
    mp, bound, special = FRONT[name]
    v = json.loads(Path(f"{path}.json").read_text())["verification"]
    full = v["full_range"]
    assert full["n_checked"] == 2**32 and full["n_nonfinite_mismatch"] == 0 and full["max_ulp"] < bound, full["max_ulp"]
    assert v["bit_equality_vs_evaluator"]["mismatches"] == 0
    fn = load_jax(path, f"evolved_{name}f")[0]
    got = _run(fn, F32([a for a, _ in special]))
    bad = [(a, float(g), b) for (a, b), g in zip(special, got) if not _same(float(g), float(F32(b)))]
    assert not bad, f"{name}: (input, got, expected) {bad}"
    xs = F32(FRONT_KNOWN[name])
    with mpmath.workdps(40):
        ref = np.array([float(mp(mpmath.mpf(float(x)))) for x in xs])
    err = ulp_error(_run(fn, xs), ref)
    assert err.max() < bound, f"{name}: {err.max():.3f} ULP at x={float(xs[err.argmax()])!r}"
