"""Property-based tests of the config layer: random edits of valid configs and random `--set`
strings never give a traceback, only a config that the pre-flight check accepts or a clear
error (ConfigError / ValueError) that names a key or the file."""
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evolve.app.search import check_config
from evolve.cli import main
from evolve.config import ConfigError, _leaves, default_config, load_config

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_KEYS = sorted(_leaves(default_config())) + sorted(default_config())
EXPERIMENTS = sorted((ROOT / "experiments").glob("*.yaml"))

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                    st.sampled_from(["exp", "log", "erf", "ray", "serial", "add", "fma", "identity", "auto"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8) | st.sampled_from(SCHEMA_KEYS), inner,
                                                  max_size=3)), max_leaves=8)
keys = st.one_of(st.sampled_from(SCHEMA_KEYS), st.text(max_size=20),
                 st.builds(lambda a, b: f"{a}.{b}", st.sampled_from(SCHEMA_KEYS), st.text(max_size=6)))
# Near-valid values, so that many examples pass validation and reach the pre-flight checks.
seed_specs = st.sampled_from([
    "identity", {"polynomial": {"degree": 3}}, {"polynomial": {"degree": 2, "form": "odd"}},
    {"rational": {"num_degree": 2, "den_degree": 1}}, {"program": "v0 = x\nv1 = mul v0 v0\nreturn v1"},
    {"program": 5}, {"polynomial": 3}, {"polynomial": {"degree": -1}}, {"polynomial": {"degree": 2, "form": "x"}},
    {"rational": {"num_degree": 1}}, {"program": "v0 = x\nreturn v3"}, {"sine": {}}, ["identity"]])
plausible = st.one_of(
    st.integers(-2, 70), st.sampled_from([0.0, 0.5, 1.5, -1.0, 1e300]),
    st.sampled_from(["exp", "log", "erf", "erf_tail", "sin", "ray", "serial", "auto", "plain", "live"]),
    st.lists(st.sampled_from(["add", "sub", "mul", "div", "fma", "tanh"]), max_size=5),
    st.lists(seed_specs, min_size=0, max_size=3),
    st.lists(st.sampled_from([-1, 0, 0.25, 0.5, 1, 2]), min_size=2, max_size=2),
    st.dictionaries(st.sampled_from(["insert", "remove", "switch_op", "grow", "add", "div", "method",
                                     "lsq_max_nfev", "minimax_rounds", "cma_sigma"]),
                    st.sampled_from([0, 1, 2.5, -1, "lsq", "cma", "abc", None]), max_size=3))
leaf_keys = st.sampled_from(sorted(_leaves(default_config())))
DEFAULTS = _leaves(default_config())


def _typed(key: str):
    """A value of the default's type for `key` (mostly valid), or a plausible one."""
    d = DEFAULTS[key]
    if key == "search_space.seeds":
        base = st.lists(seed_specs, min_size=1, max_size=3)
    elif isinstance(d, bool) or d is None:
        base = plausible
    elif isinstance(d, int):
        base = st.integers(0, 3) if key == "executor.num_workers" else st.integers(-1, 12)
    elif isinstance(d, float):
        base = st.floats(-0.5, 1.5)
    elif isinstance(d, list):
        base = st.lists(st.sampled_from(["add", "sub", "mul", "div", "fma"]), min_size=1, max_size=5)
    else:
        base = plausible
    return st.builds(lambda v: f"{key}={yaml.safe_dump(v, default_flow_style=True).strip()}", base)


typed_sets = leaf_keys.flatmap(_typed)
set_strings = st.one_of(
    typed_sets, typed_sets, typed_sets,
    st.builds(lambda k, v: f"{k}={yaml.safe_dump(v, default_flow_style=True).strip()}", leaf_keys, plausible),
    st.builds(lambda k, v: f"{k}={yaml.safe_dump(v, default_flow_style=True).strip()}", leaf_keys, plausible),
    st.builds(lambda k, v: f"{k}={yaml.safe_dump(v, default_flow_style=True).strip()}", keys, values),
    st.builds(lambda k, v: f"{k}={v}", keys, st.text(max_size=20)),
    st.text(max_size=30))

CLEAR = (ConfigError, ValueError)


def _accepted_or_clear(load):
    """Run `load` (returns a config) and the pre-flight check; only clear errors may escape."""
    try:
        config = load()
        check_config(config)
    except CLEAR as e:
        assert str(e), "an error must say what is wrong"
        return None
    return config


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(set_strings, max_size=4))
def test_random_set_strings_give_a_config_or_a_clear_error(overrides):
    _accepted_or_clear(lambda: load_config(None, overrides))


def _edit(config: dict, path: list, value, delete: bool) -> dict:
    node = config
    for part in path[:-1]:
        if not isinstance(node, dict) or part not in node:
            return config
        node = node[part]
    if isinstance(node, dict):
        if delete:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value
    return config


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.sampled_from(EXPERIMENTS), st.lists(st.tuples(keys, values, st.booleans()), min_size=1, max_size=3))
def test_random_edits_of_shipped_configs_give_a_config_or_a_clear_error(tmp_path, experiment, edits):
    config = yaml.safe_load(experiment.read_text())
    for key, value, delete in edits:
        config = _edit(config, key.split("."), value, delete)
    path = tmp_path / "edited.yaml"
    path.write_text(yaml.safe_dump(config))
    _accepted_or_clear(lambda: load_config(path))


# The CLI end to end: the same random --set strings (except those that only make a run long,
# e.g. a billion training points) on a tiny search either run or exit 2 with one error line.
TINY = ["evaluation.train_points=200", "evaluation.validation_points=500", "search.population_size=4",
        "search.tournament_size=2", "budget.max_evaluations=2", "budget.max_seconds=null", "output.progress=none"]
SLOW_KEYS = ("evaluation.train_points", "evaluation.validation_points", "evaluation.mpmath_dps", "budget",
             "search_space.max_nodes", "output", "executor", "evaluation.cache_dir", "evaluation.fitting")


@pytest.fixture(scope="module")
def cli_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-cache")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(typed_sets, typed_sets, set_strings).filter(lambda s: not s.strip().startswith(SLOW_KEYS)),
                max_size=2))
def test_cli_runs_or_exits_2_with_a_message(tmp_path_factory, capsys, cli_cache, overrides):
    runs = tmp_path_factory.mktemp("runs")
    argv = ["run"]
    for s in [*TINY, f"output.runs_dir={runs}", f"evaluation.cache_dir={cli_cache}", *overrides]:
        argv += ["--set", s]
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc in (0, 2), err
    if rc == 2:
        assert err.startswith("evolve: error: ") and "Traceback" not in err
        assert not any(runs.iterdir()), "a rejected config must not leave a run folder behind"
