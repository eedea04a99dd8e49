"""The Python API: evolve.search -> Front, Front.best, Front.export (evolve/app/api.py)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import evolve
from evolve.config import ConfigError
from targets.fullrange import full_range_function

ROOT = Path(__file__).resolve().parents[1]
SMALL = {"evaluation": {"train_points": 200, "validation_points": 1000}, "output": {"progress": "none"}}


@pytest.fixture(scope="module")
def front(tmp_path_factory):
    """A real search: exp from experiments/exp.yaml, a 3-second budget."""
    tmp = tmp_path_factory.mktemp("api")
    return evolve.search(str(ROOT / "experiments" / "exp.yaml"), budget={"max_seconds": 3}, **SMALL,
                         **{"output.runs_dir": str(tmp / "runs"), "evaluation.cache_dir": str(tmp / "cache")})


def test_import_evolve_loads_nothing_else():
    code = ("import sys, evolve; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('evolve', 'targets', 'codegen', 'numpy', 'yaml', 'ray', 'jax')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['evolve']"
    assert set(evolve.__all__) == {"search", "Front"}
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        evolve.nope  # noqa: B018


def test_search_returns_the_runs_front(front):
    assert front.target == "exp" and front.status["evaluations"] > 0
    assert (front.run_dir / "front.json").is_file() and (front.run_dir / "checkpoint.json").is_file()
    costs = [c.cost for c in front.programs]
    errors = [c.error for c in front.programs]
    assert costs == sorted(costs) and errors == sorted(errors, reverse=True) and len(front) == len(costs)
    saved = json.loads((front.run_dir / "front.json").read_text())
    assert [e["cost"] for e in saved["entries"]] == costs
    again = evolve.Front.load(front.run_dir)
    assert [(c.cost, c.error, c.birth) for c in again] == [(c.cost, c.error, c.birth) for c in front]
    assert "exp" in repr(front) and "return" in front.programs[-1].text


def test_best(front):
    assert front.best() is front.programs[-1]  # the most accurate
    best = front.best(max_ulp=1.0)
    assert best.error <= 1.0 and all(c.cost >= best.cost for c in front.programs if c.error <= 1.0)
    cheap = front.best(target_cost=best.cost)
    assert cheap.cost <= best.cost and cheap.error <= best.error
    with pytest.raises(ValueError, match="no front program has max ULP <= 1e-09"):
        front.best(max_ulp=1e-9)
    with pytest.raises(ValueError, match="at most one"):
        front.best(max_ulp=1, target_cost=6)


def test_export_c_compiles_and_matches_the_evaluator(front, tmp_path):
    """The header from Front.export, compiled by gcc in a program of its own, gives the bits of
    the numpy evaluator's full-range function of the chosen program."""
    out = front.export("c", tmp_path / "k" / "evolved_expf.h", verify=False, max_ulp=1.0)
    meta = json.loads(Path(str(out) + ".json").read_text())
    best = front.best(max_ulp=1.0)
    assert meta["cost"] == best.cost and meta["verification"] is None and meta["source_run"] == str(front.run_dir)
    (tmp_path / "main.c").write_text(
        '#include <stdio.h>\n#include <stdlib.h>\n#include "evolved_expf.h"\n'
        "int main(int argc, char **argv) {\n"
        "    size_t n = strtoul(argv[1], 0, 10);\n"
        "    float *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);\n"
        "    FILE *f = fopen(argv[2], \"rb\"); if (fread(x, sizeof *x, n, f) != n) return 1; fclose(f);\n"
        "    evolved_expf_array(x, y, n);\n"
        "    f = fopen(argv[3], \"wb\"); fwrite(y, sizeof *y, n, f); fclose(f);\n"
        "    return 0;\n}\n")
    exe = tmp_path / "main"
    subprocess.run(["gcc", "-std=c11", "-O2", "-ffp-contract=off", "-Wall", "-Werror", "-I", str(out.parent),
                    "-o", str(exe), str(tmp_path / "main.c"), "-lm"], check=True)
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.integers(0, 2**32, 1 << 16, dtype=np.uint64).astype(np.uint32).view(np.float32),
                        rng.uniform(-110, 95, 1 << 16).astype(np.float32),
                        np.float32([0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 88.72, -103.9])])
    x.tofile(tmp_path / "x.bin")
    subprocess.run([str(exe), str(x.size), str(tmp_path / "x.bin"), str(tmp_path / "y.bin")], check=True)
    got = np.fromfile(tmp_path / "y.bin", dtype=np.float32)
    want = full_range_function("exp", best.program)(x)
    same = (got.view(np.uint32) == want.view(np.uint32)) | (np.isnan(got) & np.isnan(want))
    assert same.all(), f"{int((~same).sum())} of {x.size} differ, first at x = {x[~same][0]!r}"


def test_readme_python_example_runs(tmp_path, monkeypatch):
    """The README's Python block, run as written but for a 3-second budget and small point sets."""
    from evolve.app import api

    text = (ROOT / "README.md").read_text()
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "evolve.search(" in b)
    real = api.search
    monkeypatch.setattr(api, "search", lambda config=None, /, **kw: real(
        config, **{**kw, "budget": {"max_seconds": 3}, **SMALL, "evaluation.cache_dir": str(tmp_path / "cache")}))
    (tmp_path / "experiments").symlink_to(ROOT / "experiments")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "kernels" / "evolved_expf_api.h").is_file()
    assert len(list((tmp_path / "runs").iterdir())) == 1  # the run folder under output.runs_dir


def test_config_as_yaml_text_or_dict_and_dotted_overrides():
    from evolve.config import load_config, read_config

    text = "target: {name: log}\nbudget: {max_seconds: 5}\n"
    assert read_config(text)["target"]["name"] == "log"
    assert read_config({"target": {"name": "erf"}})["target"]["name"] == "erf"
    config = load_config({"budget": {"max_seconds": 5}},
                         [("search.population_size", 12), ("budget", {"max_evaluations": 9})])
    assert config["search"]["population_size"] == 12
    assert config["budget"] == {"max_seconds": 5, "max_evaluations": 9}  # a mapping merges into its section
    given = {"budget": {"max_seconds": 5}}
    load_config(given, [("budget.max_seconds", 7)])
    assert given == {"budget": {"max_seconds": 5}}  # the caller's dict is not changed


@pytest.mark.parametrize("config, overrides, message", [
    (None, {"budget": {"max_secs": 3}}, "unknown config key 'budget.max_secs'"),
    (None, {"search.population_size": 0}, "config key 'search.population_size': must be an integer >= 1"),
    (None, {"bogus": 1}, "unknown config key 'bogus'"),
    ("no/such/config.yaml", {}, "config file 'no/such/config.yaml' does not exist"),
    ({"target": {"name": "nope"}}, {}, "config key 'target': unknown target 'nope'"),
    ("target: [exp", {}, "does not exist"),  # not a mapping as YAML: taken as a path
])
def test_bad_config_fails_before_a_run_folder_exists(tmp_path, config, overrides, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        evolve.search(config, **overrides, **{"output.runs_dir": str(tmp_path / "runs")})
    assert not (tmp_path / "runs").exists()
