"""`evolve export EXPORT --definitions CONFIG`: an export re-described by its (edited) YAML config."""
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
import yaml

from evolve.app.export import load_jax
from evolve.cli import main

KERNELS = "results/kernels"


def _reexport(tmp_path, config, name):
    out = tmp_path / name
    code = main(["export", f"{KERNELS}/evolved_expm1_jax_flush.py", "--definitions", str(config), "--lang", "jax",
                 "--subnormals", "flush", "--out", str(out), "--no-verify"])
    return code, out


def test_definitions_from_the_unchanged_config_give_the_same_kernel(tmp_path):
    code, out = _reexport(tmp_path, "experiments/expm1.yaml", "same.py")
    assert code == 0
    shipped = json.loads(open(f"{KERNELS}/evolved_expm1_jax_flush.py.json").read())
    meta = json.loads((tmp_path / "same.py.json").read_text())
    assert _plain(meta["definitions"]) == _plain(shipped["definitions"]) and meta["program"] == shipped["program"]
    assert meta["definitions_from"] == "experiments/expm1.yaml"
    # written again without --definitions: where its descriptions came from is kept
    assert main(["export", str(tmp_path / "same.py.json"), "--lang", "c", "--out", str(tmp_path / "again.h"),
                 "--no-verify"]) == 0
    assert json.loads((tmp_path / "again.h.json").read_text())["definitions_from"] == "experiments/expm1.yaml"
    assert meta["definitions_from"] == "experiments/expm1.yaml"
    x = np.random.default_rng(5).uniform(-20, 20, 1 << 16).astype(np.float32)
    ours = load_jax(out, "evolved_expm1f")[0](x)
    ref = load_jax(f"{KERNELS}/evolved_expm1_jax_flush.py", "evolved_expm1f")[0](x)
    assert np.array_equal(ours.view(np.uint32), ref.view(np.uint32))


def test_an_edited_config_changes_the_template_not_the_kernel(tmp_path):
    cfg = yaml.safe_load(open("experiments/expm1.yaml"))
    cfg["target"]["define"]["expm1"]["params"]["center"] = 0.0  # no centring: r in [-ln2/2, ln2/2]
    edited = tmp_path / "expm1_edited.yaml"
    edited.write_text(yaml.safe_dump(cfg))
    out = tmp_path / "edited.py"
    # a process of its own, as a user runs it: this one has expm1 registered as shipped, and a
    # process refuses to redefine a target differently
    subprocess.run([sys.executable, "-m", "evolve.cli", "export", f"{KERNELS}/evolved_expm1_jax_flush.py",
                    "--definitions", str(edited), "--lang", "jax", "--subnormals", "flush", "--out", str(out),
                    "--no-verify"], check=True, capture_output=True)
    meta = json.loads((tmp_path / "edited.py.json").read_text())
    shipped = json.loads(open(f"{KERNELS}/evolved_expm1_jax_flush.py.json").read())
    assert meta["definitions"]["expm1"]["params"]["center"] == 0.0 and meta["program"] == shipped["program"]
    x = np.random.default_rng(6).uniform(-5, 5, 1 << 16).astype(np.float32)
    ours = load_jax(out, "evolved_expm1f")[0](x)
    ref = load_jax(f"{KERNELS}/evolved_expm1_jax_flush.py", "evolved_expm1f")[0](x)
    assert not np.array_equal(ours.view(np.uint32), ref.view(np.uint32))  # another reduction, other roundings
    assert np.nanmax(np.abs(ours / ref - 1)) < 1e-5


def _plain(definitions):
    """Definitions with an empty `uses` dropped (a run saves {}, a hand-written config none)."""
    return {k: {kk: vv for kk, vv in d.items() if not (kk == "uses" and not vv)} for k, d in definitions.items()}


def test_definitions_errors(tmp_path, capsys):
    shutil.copy("experiments/exp2.yaml", tmp_path / "exp2.yaml")
    code, _ = _reexport(tmp_path, tmp_path / "exp2.yaml", "x.py")
    assert code == 2 and "does not define 'expm1'" in capsys.readouterr().err
    (tmp_path / "bad.yaml").write_text("target: [1, 2\n")
    code, _ = _reexport(tmp_path, tmp_path / "bad.yaml", "y.py")
    assert code == 2 and "bad.yaml" in capsys.readouterr().err
    (tmp_path / "run").mkdir()
    assert main(["export", str(tmp_path / "run"), "--target-cost", "5", "--definitions", "experiments/expm1.yaml",
                 "--lang", "c", "--out", str(tmp_path / "z.h")]) == 2
    assert "--definitions re-describes an earlier export" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "evolved_expm1f.hh"), "--definitions", "experiments/expm1.yaml",
                 "--lang", "c", "--out", str(tmp_path / "z.h")]) == 2
    assert "evolved_expm1f.hh not found" in capsys.readouterr().err


ML_TARGETS = ["gelu", "sigmoid", "tanh", "softplus", "log1p", "exp2", "log2", "expm1"]


@pytest.mark.parametrize("export", [f"evolved_{n}{suffix}" for n in ML_TARGETS
                                    for suffix in ("f.h", "_jax.py", "_jax_flush.py")])
def test_shipped_exports_carry_their_configs_definitions(export):
    """The metadata of every shipped export of a YAML-defined target equals what its config says now
    (so re-running the config's export command reproduces it, and an edited config without a
    re-export fails here)."""
    from evolve.app.export import _config_definitions

    meta = json.loads(open(f"{KERNELS}/{export}.json").read())
    name = meta["target"]
    ours = _config_definitions(f"experiments/{name}.yaml", name)
    assert _plain(meta["definitions"])[name] == _plain(ours)[name]
