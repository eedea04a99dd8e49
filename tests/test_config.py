"""YAML configs: defaults, overrides, and errors that name the bad key; the shipped experiment configs load."""
from pathlib import Path

import pytest

from evolve.cli import main
from evolve.config import ConfigError, default_config, load_config

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path, text):
    p = tmp_path / "c.yaml"
    p.write_text(text)
    return p


def test_default_config_is_valid_and_searches_exp():
    c = load_config()
    assert c["target"]["name"] == "exp"
    assert c["executor"] == {"kind": "serial", "address": None, "num_workers": 1, "batch_size": "auto"}
    assert c == load_config(None, [])


@pytest.mark.parametrize("name", ["exp", "log", "erf"])
def test_experiment_configs_load(name):
    c = load_config(ROOT / "experiments" / f"{name}.yaml")
    assert c["target"]["name"] == name
    from evolve.app.search import build_evolution
    build_evolution(c)  # seeds and search space are well-formed


def test_override_parses_yaml_values():
    c = load_config(None, ["budget.max_evaluations=500", "target.domain=[0, 1]", "executor.kind=ray",
                           "executor.num_workers=2", "search_space.op_costs={div: 4}"])
    assert c["budget"]["max_evaluations"] == 500
    assert c["target"]["domain"] == [0, 1]
    assert c["search_space"]["op_costs"] == {"div": 4}


@pytest.mark.parametrize("text, key", [
    ("targte: {name: exp}", "'targte'"),
    ("search: {population_sise: 3}", "'search.population_sise'"),
    ("search: {population_size: -1}", "'search.population_size'"),
    ("search: {population_size: 4, tournament_size: 9}", "'search.tournament_size'"),
    ("budget: {max_seconds: null, max_evaluations: null}", "'budget'"),
    ("target: {domain: [2, 1]}", "'target.domain'"),
    ("executor: {kind: serial, num_workers: 4}", "'executor.num_workers'"),
    ("search_space: {ops: []}", "'search_space.ops'"),
    ("seed: -3", "'seed'"),
    ("target: exp", "'target' must be a mapping"),
])
def test_bad_configs_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError, match=key):
        load_config(write(tmp_path, text))


def test_not_yaml_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(tmp_path, "target: [unclosed"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="must be a mapping of sections"):
        load_config(write(tmp_path, "- a\n- b"))
    with pytest.raises(ConfigError, match="key=value"):
        load_config(None, ["budget.max_seconds"])


def test_cli_reports_config_errors_cleanly(tmp_path, capsys):
    rc = main(["run", str(write(tmp_path, "search: {population_size: 0}"))])
    assert rc == 2
    assert "search.population_size" in capsys.readouterr().err


def test_unknown_target_and_op_fail_before_searching(tmp_path, capsys):
    from evolve.app.search import build_evolution
    with pytest.raises(ValueError, match="unknown op 'tanh'"):
        build_evolution(load_config(None, ["search_space.ops=[add, tanh]"]))
    rc = main(["run", "--set", "target.name=sin", "--set", "budget.max_evaluations=2",
               "--set", f"output.runs_dir={tmp_path}"])
    assert rc == 2
    assert "unknown target 'sin'" in capsys.readouterr().err


def test_default_yaml_mentions_every_key():
    c = default_config()
    assert set(c) == {"target", "search_space", "evaluation", "search", "cost", "budget", "executor", "output", "seed"}
