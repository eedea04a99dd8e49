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


def test_jax_flush_export_follows_the_evaluators_flush_mode(run_dir, tmp_path, capsys):
    from evolve.serialize import from_json_obj

    out = tmp_path / "flush_exp.py"
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "jax", "--subnormals", "flush",
                 "--out", str(out), "--no-verify"]) == 0
    meta = json.loads((tmp_path / "flush_exp.py.json").read_text())
    assert meta["subnormals"] == "flush" and "flushed" in out.read_text()
    full, _ = load_jax(out, "evolved_expf")
    program = from_json_obj(meta["program"])
    assert bit_equality(full, program, "exp", n=1 << 18, subnormals="flush")["mismatches"] == 0
    assert full(np.float32([-100.0, 0.0, 1e-40, 1.0])).tolist()[:3] == [0.0, 1.0, 1.0]
    exact = full_range_function("exp", program)(np.float32([-100.0]))
    assert 0 < exact[0] < 2.0**-126  # the default export keeps the subnormal
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "c", "--subnormals", "flush",
                 "--out", str(tmp_path / "f.h"), "--no-verify"]) == 2
    assert "JAX option" in capsys.readouterr().err


@pytest.mark.slow
def test_exhaustive_verify_of_c_export(run_dir, tmp_path):
    out = tmp_path / "e.h"
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "c", "--out", str(out)]) == 0
    v = json.loads((tmp_path / "e.h.json").read_text())["verification"]
    assert v["full_range"]["n_checked"] == 2**32
    assert v["full_range"]["n_nonfinite_mismatch"] == 0
    assert v["kernel_domain"]["max_ulp"] < 2


def _tiny_run(tmp, name: str, target: str, seed: str) -> str:
    d = tmp / name
    args = ["run", "--run-dir", str(d)]
    for s in ["budget.max_evaluations=1", "budget.max_seconds=null", "output.progress=none",
              f"target.name={target}", f"search_space.seeds=[{seed}]",
              f"evaluation.cache_dir={tmp / 'cache'}", "evaluation.train_points=400",
              "evaluation.validation_points=1000"]:
        args += ["--set", s]
    assert main(args) == 0
    return str(d)


@pytest.fixture(scope="module")
def erf_runs(tmp_path_factory):
    """Tiny real runs of erf's two pieces: the core on [0, 1) and the tail on [1, C]."""
    tmp = tmp_path_factory.mktemp("erf")
    core = _tiny_run(tmp, "core", "erf", "{polynomial: {degree: 5, form: odd_plus}}")
    tail = _tiny_run(tmp, "tail", "erf_tail", "{polynomial: {degree: 10, center: 2.46}}")
    return core, tail


def test_erf_export_combines_core_and_tail_bit_identically(erf_runs, tmp_path, capsys):
    from evolve.serialize import from_json_obj

    core, tail = erf_runs
    out_c, out_j = tmp_path / "erf.h", tmp_path / "erf_jax.py"
    for lang, out in (("c", out_c), ("jax", out_j)):
        assert main(["export", core, "--max-ulp", "1e9", "--tail-run", tail, "--lang", lang, "--out", str(out),
                     "--no-verify"]) == 0
    meta = json.loads((tmp_path / "erf.h.json").read_text())
    program, tail_program = from_json_obj(meta["program"]), from_json_obj(meta["tail"]["program"])
    assert meta["tail"]["source_run"] == tail and "evolved_erff_tail(float x)" in out_c.read_text()
    full_c, _, tail_c = load_c(out_c, "evolved_erff", with_tail=True)
    full_j, _, tail_j = load_jax(out_j, "evolved_erff", with_tail=True)
    assert bit_equality(full_c, program, "erf", n=1 << 18, tail=tail_program)["mismatches"] == 0
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.uniform(-5, 5, 1 << 16), [0.0, 1.0, -1.0, 3.9, 4.0, np.inf, -np.inf]]).astype(np.float32)
    ref = full_range_function("erf", program, tail_program)(x)
    assert np.array_equal(full_j(x).view(np.uint32), ref.view(np.uint32))
    assert np.array_equal(full_c(x).view(np.uint32), ref.view(np.uint32))
    r = np.float32([1.0, 2.0, 3.5])
    assert np.array_equal(tail_c(r).view(np.uint32), tail_j(r).view(np.uint32))
    # with fitted degree-5 / degree-10 kernels, erf is already within a few ulps at 0.5 and 2
    y = full_c(np.float32([0.5, 2.0, -2.0]))
    assert np.allclose(y, [0.5204998778, 0.995322265, -0.995322265], rtol=1e-6)


def test_erf_export_needs_the_right_tail_run(erf_runs, run_dir, tmp_path, capsys):
    core, tail = erf_runs
    out = str(tmp_path / "x.h")
    assert main(["export", core, "--max-ulp", "1e9", "--lang", "c", "--out", out, "--no-verify"]) == 2
    assert "needs --tail-run" in capsys.readouterr().err
    assert main(["export", core, "--max-ulp", "1e9", "--tail-run", str(run_dir), "--lang", "c", "--out", out,
                 "--no-verify"]) == 2
    assert "not erf_tail" in capsys.readouterr().err
    assert main(["export", tail, "--max-ulp", "1e9", "--lang", "c", "--out", out, "--no-verify"]) == 2
    assert "tail piece of erf" in capsys.readouterr().err
    assert main(["export", str(run_dir), "--max-ulp", "1e9", "--tail-run", tail, "--lang", "c", "--out", out,
                 "--no-verify"]) == 2
    assert "no tail kernel" in capsys.readouterr().err


def test_reexport_writes_an_exports_kernels_in_another_language_and_mode(run_dir, erf_runs, tmp_path, capsys):
    """`evolve export EXPORT`: the same programs, with their provenance, as another file."""
    from evolve.serialize import from_json_obj

    core, tail = erf_runs
    c_out, erf_c = tmp_path / "e.h", tmp_path / "erf.h"
    assert main(["export", str(run_dir), "--target-cost", "6", "--lang", "c", "--out", str(c_out), "--no-verify"]) == 0
    assert main(["export", core, "--max-ulp", "1e9", "--tail-run", tail, "--lang", "c", "--out", str(erf_c),
                 "--no-verify"]) == 0
    j_out, erf_j = tmp_path / "e_ftz.py", tmp_path / "erf_ftz.py"
    assert main(["export", str(c_out), "--lang", "jax", "--subnormals", "flush", "--out", str(j_out),
                 "--no-verify"]) == 0
    assert main(["export", str(erf_c) + ".json", "--lang", "jax", "--subnormals", "flush", "--out", str(erf_j),
                 "--no-verify"]) == 0
    src, new = (json.loads((tmp_path / f).read_text()) for f in ("e.h.json", "e_ftz.py.json"))
    for k in ("program", "cost", "validation_max_ulp", "source_run", "birth", "domain"):
        assert new[k] == src[k], k
    assert new["source_export"] == str(c_out) + ".json" and new["lang"] == "jax" and new["subnormals"] == "flush"
    full, _ = load_jax(j_out, "evolved_expf")
    assert bit_equality(full, from_json_obj(src["program"]), "exp", n=1 << 18, subnormals="flush")["mismatches"] == 0
    erf_meta = json.loads((tmp_path / "erf_ftz.py.json").read_text())
    assert erf_meta["tail"] == json.loads((tmp_path / "erf.h.json").read_text())["tail"]
    x = np.random.default_rng(2).uniform(-5, 5, 1 << 16).astype(np.float32)  # no subnormals: modes agree
    full_c = load_c(erf_c, "evolved_erff")[0]
    assert np.array_equal(load_jax(erf_j, "evolved_erff")[0](x).view(np.uint32), full_c(x).view(np.uint32))
    # errors: a pick for a fixed export, a file without metadata, a run folder without a pick
    assert main(["export", str(c_out), "--max-ulp", "1", "--lang", "jax", "--out", str(tmp_path / "a.py")]) == 2
    assert "kernels are fixed: drop --max-ulp" in capsys.readouterr().err
    (tmp_path / "lone.h").write_text("float f(float x);\n")
    assert main(["export", str(tmp_path / "lone.h"), "--lang", "c", "--out", str(tmp_path / "b.h")]) == 2
    assert "lone.h.json not found" in capsys.readouterr().err
    assert main(["export", str(run_dir), "--lang", "c", "--out", str(tmp_path / "c.h")]) == 2
    assert "give exactly one of --target-cost or --max-ulp" in capsys.readouterr().err
