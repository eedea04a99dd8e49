"""Targets as data: a function described in YAML alone is searched, exported and checked like
the built-in ones; bad descriptions give errors naming the key; no Python names tanh."""
import copy
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
import yaml

from evolve.cli import main
from targets.description import DescriptionError, parse
from targets.registry import define, get_target

ROOT = Path(__file__).resolve().parents[1]
from evolve.config import read_config_file  # noqa: E402

TANH = read_config_file(ROOT / "experiments" / "tanh.yaml")["target"]["define"]["tanh"]  # `uses` resolved

# An odd function with one kernel below 1 and an expression above: x/(1+|x|) ("softsign").
SOFTSIGN = {
    "reference": "tests.test_descriptions.softsign_mp",
    "float64": "tests.test_descriptions.softsign_np",
    "scheme": "pieces",
    "params": {"symmetry": "odd", "pieces": [{"below": 1.0, "kernel": "core"},
                                             {"below": "0x1p+24", "expr": "1 - 1 / (t + 1)"}],
               "saturated": 1.0, "tiny_slope": -0.0},
    "kernels": {"core": {"domain": [0.0, 1.0]}},
    "derivative": "t / jnp.square(1 + jnp.abs(_as_float32(x)))",
}
# t / (1 + t) as a kernel program: v1 = 1, v2 = t + 1, v3 = t / v2
KERNEL = "v0 = x\nv1 = const 0x1p+0\nv2 = add v0 v1\nv3 = div v0 v2\nreturn v3"


def softsign_mp(x):
    return x / (1 + abs(x))


def softsign_np(x):
    return x / (1 + np.abs(x))


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.update(reference="mpmath.tanhh"), "reference: cannot import a function 'mpmath.tanhh'"),
    (lambda d: d.update(float64="nonexistent_module.f"), "float64: cannot import"),
    (lambda d: d.update(scheme="spline"), "scheme: unknown scheme 'spline'; known: exp_like, kernel_only, log_like, pieces"),
    (lambda d: d.update(colour="red"), "unknown key 'colour'"),
    (lambda d: d.pop("derivative"), "missing key 'derivative'"),
    (lambda d: d["params"].update(symmetry="twisted"), "unknown symmetry 'twisted'"),
    (lambda d: d["params"].update(speed=3), "unexpected keyword argument 'speed'"),
    (lambda d: d["kernels"].update(extra={"domain": [0, 1]}), "the scheme calls slots"),
    (lambda d: d["kernels"]["core"].update(domain=[0]), "domain: must be [lo, hi]"),
    (lambda d: d["kernels"]["core"].update(domain=["a", 1]), "expected a number, got 'a'"),
    (lambda d: d["params"]["pieces"][1].update(expr="1 - 1 / (y + 1)"), "the only variable is t"),
    (lambda d: d["params"]["pieces"][1].update(expr="1 - sin(t)"), "unknown function 'sin'"),
    (lambda d: d["params"]["pieces"][1].update(expr="1 - (t"), "pieces[1]: expression '1 - (t'"),
    (lambda d: d.update(derivative="(1 - y * z) * t"), "derivative: '(1 - y * z) * t': unknown name 'z'"),
    (lambda d: d.update(derivative="__import__('os').system('x')"), "unknown name '__import__'"),
    (lambda d: d.update(derivative="x.__class__"), "attribute '__class__' is not allowed"),
    (lambda d: d.update(uses={"exp": "no/such/export.json"}), "uses.exp: no export metadata"),
])
def test_bad_descriptions_name_the_key(edit, message):
    d = copy.deepcopy(SOFTSIGN)
    edit(d)
    with pytest.raises(DescriptionError, match=re.escape(message)):
        parse("softsign", d)


def test_bad_definition_in_a_config_is_a_clear_cli_error(tmp_path, capsys):
    config = {"target": {"name": "softsign", "define": {"softsign": {**SOFTSIGN, "reference": "mpmath.nope"}}},
              "budget": {"max_evaluations": 2, "max_seconds": None}, "output": {"runs_dir": str(tmp_path / "r")}}
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(config))
    assert main(["run", str(path)]) == 2
    err = capsys.readouterr().err
    assert "config key 'target.define.softsign'" in err and "mpmath.nope" in err
    assert not (tmp_path / "r").exists()


def test_references_may_be_functions_through_the_python_api():
    desc = parse("softsign_api", {**SOFTSIGN, "reference": softsign_mp, "float64": softsign_np})
    assert desc.reference.path.endswith("test_descriptions.softsign_mp") and desc.float64(np.float64(1.0)) == 0.5
    with pytest.raises(DescriptionError, match="module-level function"):
        parse("softsign_lambda", {**SOFTSIGN, "reference": lambda v: v})


def test_builtin_names_cannot_be_redefined():
    with pytest.raises(DescriptionError, match="'exp' is a built-in target"):
        define("exp", SOFTSIGN)


def test_a_yaml_defined_target_is_searched_exported_and_bit_exact(tmp_path, capsys):
    """softsign, from its description alone: a run, then C and JAX exports whose bits equal
    the evaluator's on probes (specials, subnormals, piece bounds) and a random sample."""
    config = {"target": {"name": "softsign", "define": {"softsign": SOFTSIGN}},
              "search_space": {"seeds": [{"program": KERNEL}]},
              "evaluation": {"train_points": 200, "validation_points": 500, "cache_dir": str(tmp_path / "cache"),
                             "fitting": {"method": "none"}},  # keep the seed's exact t / (t + 1)
              "search": {"population_size": 4, "tournament_size": 2},
              "budget": {"max_evaluations": 4, "max_seconds": None}, "output": {"progress": "none"}}
    path = tmp_path / "softsign.yaml"
    path.write_text(yaml.safe_dump(config))
    run = tmp_path / "run"
    assert main(["run", str(path), "--run-dir", str(run)]) == 0
    assert get_target("softsign").domain == (0.0, 1.0)
    from evolve.app.export import check_bit_equality, load_c, load_jax

    for lang, suffix in (("c", ".h"), ("jax", ".py")):
        out = tmp_path / f"evolved_softsignf{suffix}"
        assert main(["export", str(run), "--max-ulp", "2", "--lang", lang, "--out", str(out), "--no-verify"]) == 0
        import json
        meta = json.loads((tmp_path / f"evolved_softsignf{suffix}.json").read_text())
        assert meta["definitions"]["softsign"]["scheme"] == "pieces"  # the export carries its description
        fns = (load_c if lang == "c" else load_jax)(out, "evolved_softsignf")
        report = check_bit_equality(fns, meta, n=1 << 16)
        assert report["mismatches"] == 0
        x = np.float32([0.0, -0.0, -3.0, 1e30, np.inf, -np.inf])  # known answers of the pieces
        assert np.array_equal(np.asarray(fns[0](x)), np.float32([0, -0.0, -0.75, 1, 1, -1]))
        assert np.signbit(np.asarray(fns[0](x))[1])


def test_no_python_of_the_engine_names_tanh():
    """tanh is defined by experiments/tanh.yaml alone."""
    out = subprocess.run(["grep", "-rIil", "tanh", "evolve", "targets", "codegen", "--include=*.py",
                          "--include=*.yaml"], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout == ""


def test_tanh_config_describes_a_target():
    from targets.registry import used_program

    desc = parse("tanh_check", TANH, resolve=used_program)
    assert set(desc.kernels) == {"core", "tail"} and desc.uses["exp"]["target"] == "exp"


def test_kernel_only_scheme_and_a_table_of_special_values():
    from evolve.compose import bind
    from evolve.interpret import evaluate_float32
    from evolve.serialize import from_text
    from targets.description import template_of

    d = {"reference": "mpmath.exp", "float64": "numpy.exp", "scheme": "kernel_only", "params": {"lo": -1, "hi": 1},
         "kernels": {"core": {"domain": [-1, 1]}}, "derivative": "y * t",
         "special": [[0.0, 5.0], ["-0x0p+0", -5.0], ["inf", 7.0]]}
    whole = bind(template_of(parse("kernel_only_check", d)),
                 {"core": from_text("v0 = x\nv1 = const 0x1p+1\nv2 = mul v0 v1\nreturn v2")})
    x = np.float32([0.5, -1.0, 1.5, 0.0, -0.0, np.inf, np.nan])
    got = evaluate_float32(whole, x)
    assert np.array_equal(got[:6], np.float32([1.0, -2.0, np.nan, 5.0, -5.0, 7.0]), equal_nan=True)
    assert np.isnan(got[6])
    with pytest.raises(DescriptionError, match="special: must be a list of"):
        parse("bad_special", {**d, "special": {"0": 1}})


def test_export_refuses_a_kernel_that_would_turn_nan_into_a_number():
    from evolve.serialize import from_text
    from targets.fullrange import check_nan

    core = from_text("v0 = x\nv1 = const 0x1p-1\nv2 = mul v0 v1\nreturn v2")
    constant_tail = from_text("v0 = x\nv1 = const 0x1p-1\nreturn v1")
    check_nan("erf", core, core)
    with pytest.raises(ValueError, match="returns .* for NaN"):
        check_nan("erf", core, constant_tail)
