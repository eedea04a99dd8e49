"""`evolve export`: drop-in C and JAX files from a run's front, bit-identical to the evaluator."""
import json
import math

import numpy as np
import pytest

from evolve.app.export import bit_equality, load_c, load_jax, select_entry
from evolve.cli import main
from targets.fullrange import full_range_function


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    """A real (tiny) run whose front holds fitted degree-6 and degree-3 exp kernels."""
    tmp = tmp_path_factory.mktemp("run")
    d = tmp / "exp"
    args = ["run", "--run-dir", str(d)]
    for s in ["budget.max_evaluations=2", "budget.max_seconds=null", "output.progress=none",
              "search_space.seeds=[{polynomial: {degree: 6}}, {polynomial: {degree: 3}}]",
              f"evaluation.cache_dir={tmp / 'cache'}", "evaluation.validation_points=2000"]:
        args += ["--set", s]
    assert main(args) == 0
    return d


def special_inputs():
    vals = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 88.72, 88.73, 89.0, -87.3, -103.0, -104.0,
            -110.0, 2.0**-149, -(2.0**-149), 2.0**-126, 3.4e38, -3.4e38, 0.3466, -0.3466]
    return np.array(vals, dtype=np.float32)


def test_select_entry():
    entries = [{"cost": 1, "error": 100.0}, {"cost": 4, "error": 2.0}, {"cost": 6, "error": 0.8}]
    assert select_entry(entries, target_cost=5)["cost"] == 4
    assert select_entry(entries, max_ulp=1)["cost"] == 6
    assert select_entry(entries, max_ulp=50)["cost"] == 4
    with pytest.raises(ValueError, match="no front program has max ULP <= 0.1"):
        select_entry(entries, max_ulp=0.1)
    with pytest.raises(ValueError, match="costs <= 0"):
        select_entry(entries, target_cost=0)


def test_c_export_is_bit_identical_to_the_evaluator(run_dir, tmp_path, capsys):
    out = tmp_path / "evolved_expf.h"
    assert main(["export", str(run_dir), "--max-ulp", "5", "--lang", "c", "--out", str(out), "--no-verify"]) == 0
    meta = json.loads((tmp_path / "evolved_expf.h.json").read_text())
    assert meta["cost"] == 6 and meta["verification"] is None
    text = out.read_text()
    assert "-ffp-contract=off" in text and "fmaf(" in text and "float evolved_expf(float x)" in text
    full, kernel = load_c(out, "evolved_expf")
    from evolve.serialize import from_json_obj
    program = from_json_obj(meta["program"])
    assert bit_equality(full, program, "exp", n=1 << 18)["mismatches"] == 0
    x = special_inputs()
    a, b = full(x), full_range_function("exp", program)(x)
    assert np.all((a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b)))
    assert full(np.float32([np.inf, -np.inf, 89.0, -104.0])).tolist() == [np.inf, 0.0, np.inf, 0.0]
    assert abs(float(full(np.float32([1.0]))[0]) - math.e) < 1e-6


def test_jax_export_works_under_jit_vmap_grad(run_dir, tmp_path):
    import jax
    import jax.numpy as jnp

    out = tmp_path / "evolved_exp.py"
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "jax", "--out", str(out), "--no-verify"]) == 0
    full, kernel = load_jax(out, "evolved_expf")
    meta = json.loads((tmp_path / "evolved_exp.py.json").read_text())
    from evolve.serialize import from_json_obj
    program = from_json_obj(meta["program"])
    rng = np.random.default_rng(0)
    x = rng.uniform(-80, 80, 1 << 16).astype(np.float32)  # normal results: no FTZ
    assert np.array_equal(full(x).view(np.uint32), full_range_function("exp", program)(x).view(np.uint32))
    # the module's function itself: jit, vmap, grad
    import importlib.util
    spec = importlib.util.spec_from_file_location("m", out)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    f = m.evolved_expf
    xs = jnp.linspace(-3, 3, 64, dtype=jnp.float32)
    assert np.array_equal(np.asarray(jax.vmap(f)(xs)), np.asarray(jax.jit(f)(xs)))
    g = jax.vmap(jax.grad(lambda v: f(v)))(xs)
    assert np.allclose(np.asarray(g), np.exp(np.asarray(xs, np.float64)), rtol=1e-5)


def test_export_errors(run_dir, tmp_path, capsys):
    assert main(["export", str(run_dir), "--max-ulp", "1e-9", "--lang", "c", "--out", str(tmp_path / "a.h")]) == 2
    assert "no front program" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.h")]) == 2
    assert "metadata" in capsys.readouterr().err


@pytest.mark.slow
def test_exhaustive_verify_of_c_export(run_dir, tmp_path):
    out = tmp_path / "e.h"
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "c", "--out", str(out)]) == 0
    v = json.loads((tmp_path / "e.h.json").read_text())["verification"]
    assert v["full_range"]["n_checked"] == 2**32
    assert v["full_range"]["n_nonfinite_mismatch"] == 0
    assert v["kernel_domain"]["max_ulp"] < 2
