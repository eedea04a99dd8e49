"""Discovery from the identity seed: structure-aware mutations, archive parents, the
calibrated cost model (cached per machine fingerprint, recorded in the run folder)."""
import json
from pathlib import Path

import numpy as np
import pytest

from evolve.app.search import start_run
from evolve.config import ConfigError, load_config, search_changes
from evolve.evolution import EvolutionSettings, RegularizedEvolution, Result
from evolve.interpret import evaluate_float32
from evolve.mutations import MUTATIONS, MutationFailed, SearchSpace, mutate
from evolve.mutations_structural import STRUCTURAL
from evolve.program import Node, Program
from evolve.seeds import build_seed

EXP_YAML = Path(__file__).resolve().parents[1] / "experiments" / "exp.yaml"
X = np.linspace(-0.5, 0.5, 257, dtype=np.float32)
PARENTS = [Program.identity(), build_seed({"polynomial": {"degree": 3}}),
           build_seed({"polynomial": {"degree": 4, "form": "x_times"}}),
           build_seed({"polynomial": {"degree": 3, "form": "odd_plus"}}),
           build_seed({"rational": {"num_degree": 2, "den_degree": 2}})]
# mutations that keep the function exactly (new coefficients start at 0 or 1)
PRESERVING = ("horner_step", "wrap_output")


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_structural_mutations_return_valid_programs_and_are_deterministic(name):
    space = SearchSpace(max_nodes=24)
    fn = MUTATIONS[name]
    for parent in PARENTS:
        for seed in range(20):
            try:
                child = fn(parent, np.random.default_rng(seed), space)
            except MutationFailed:
                continue
            assert isinstance(child, Program) and len(child) <= space.max_nodes
            assert child == child.pruned()
            y = evaluate_float32(child, X)  # well-formed and evaluable
            assert child == fn(parent, np.random.default_rng(seed), space)  # same rng, same child
            if name in PRESERVING:
                assert np.array_equal(y, evaluate_float32(parent, X), equal_nan=True)


def test_horner_steps_grow_the_identity_into_a_polynomial():
    space = SearchSpace(max_nodes=24)
    rng = np.random.default_rng(0)
    p = MUTATIONS["wrap_output"](Program.identity(), rng, space)
    for _ in range(5):
        p = MUTATIONS["horner_step"](p, rng, space)
    assert len(p.op_indices()) >= 6 and {p.nodes[i].op for i in p.op_indices()} <= {"fma", "mul"}


def test_plus_form_and_square_input_keep_or_reshape_the_function():
    space = SearchSpace(max_nodes=24)
    # x * (1.5 x + 0.5) == x + x * (1.5 x - 0.5) up to one rounding
    p = Program((Node("x"), Node("const", (), 1.5), Node("const", (), 0.5), Node("fma", (0, 1, 2)),
                 Node("mul", (0, 3))), 4)
    q = MUTATIONS["plus_form"](p, np.random.default_rng(0), space)
    assert q.nodes[q.output].op == "fma" and q.cost() == p.cost()
    assert np.allclose(evaluate_float32(p, X), evaluate_float32(q, X), rtol=1e-6, atol=1e-7)
    odd = MUTATIONS["square_input"](p, np.random.default_rng(1), space)
    assert any(n.op == "mul" and n.args == (0, 0) for n in odd.nodes)


def test_mutate_with_the_default_weights_is_deterministic():
    space = SearchSpace(max_nodes=20)
    a, b = np.random.default_rng(5), np.random.default_rng(5)
    p = q = Program.identity()
    for _ in range(40):
        p, _ = mutate(p, a, space)
        q, _ = mutate(q, b, space)
        assert p == q


def test_archive_parents_draw_nothing_extra_when_off():
    space = SearchSpace(max_nodes=12)
    off = RegularizedEvolution(EvolutionSettings(8, 3, seed=1), space, [Program.identity()])
    on = RegularizedEvolution(EvolutionSettings(8, 3, seed=1, archive_parent_probability=1.0), space,
                              [Program.identity()])
    assert off.settings.archive_parent_probability == 0.0
    for evo in (off, on):
        for _ in range(20):
            t = evo.next_task()
            evo.tell(Result(t.birth, t.program, (float(len(t.program)), t.program.cost())))
    with pytest.raises(ValueError):
        EvolutionSettings(8, 3, archive_parent_probability=1.5)


def test_cost_model_config_errors_and_resume_refusal(tmp_path):
    with pytest.raises(ConfigError, match="cost.model"):
        start_run(None, ["cost.model=fastest", f"output.runs_dir={tmp_path}"])
    assert not list(tmp_path.iterdir())  # refused before a run folder exists
    with pytest.raises(ConfigError, match="cost.backend"):
        start_run(None, ["cost.model=calibrated", "cost.backend=abacus", f"output.runs_dir={tmp_path}"])
    with pytest.raises(ConfigError, match="cost.model"):
        load_config(None, ["cost.model=3"])
    old, new = load_config(), load_config(None, ["cost.model=calibrated"])
    assert ("cost.model", "ops", "calibrated") in search_changes(old, new)
    # a run recorded before the cost section existed still resumes with the default
    legacy = load_config()
    del legacy["cost"]
    del legacy["search"]["archive_parent_probability"]
    assert search_changes(legacy, load_config()) == []


def test_calibrated_weights_are_cached_by_fingerprint(tmp_path, monkeypatch):
    from targets import costmodel

    calls = []

    def fake_measure(backend, ops, repeats=15):
        calls.append(backend)
        return {"weights": {op: (5.0 if op == "div" else 1.0) for op in ops}, "step_seconds": {}}

    monkeypatch.setattr(costmodel, "measure", fake_measure)
    w1, rec1 = costmodel.cost_weights("calibrated", ["add", "mul", "div", "fma"], "numpy", tmp_path)
    w2, rec2 = costmodel.cost_weights("calibrated", ["add", "mul", "div", "fma"], "numpy", tmp_path)
    assert calls == ["numpy"] and w1 == w2 and w1["div"] == 5.0
    files = list((tmp_path / "cost_weights").iterdir())
    assert [f.name for f in files] == [f"numpy-{rec1['key']}.json"]
    assert rec1["key"] == costmodel.fingerprint_key(costmodel.fingerprint("numpy"))
    # another machine (fingerprint) measures afresh, into its own file
    monkeypatch.setattr(costmodel, "fingerprint", lambda backend: {"backend": backend, "cpu": "other"})
    costmodel.cost_weights("calibrated", ["add", "mul", "div", "fma"], "numpy", tmp_path)
    assert calls == ["numpy", "numpy"] and len(list((tmp_path / "cost_weights").iterdir())) == 2
    w, rec = costmodel.cost_weights("ops", ["add"], "numpy", tmp_path, {"div": 4})
    assert w == {"div": 4} and rec is None
    with pytest.raises(ValueError, match="unknown cost model"):
        costmodel.cost_weights("fastest", ["add"])


def test_numpy_calibration_measures_every_op():
    from targets.costmodel import CALIBRATED_OPS, measure

    m = measure("numpy", CALIBRATED_OPS, repeats=1)
    assert set(m["weights"]) == set(CALIBRATED_OPS) and m["weights"]["fma"] == 1.0
    assert all(w > 0 for w in m["weights"].values())


def test_search_from_identity_improves_with_calibrated_cost(tmp_path, monkeypatch):
    """Known answer: from x alone, exp on [-ln2/2, ln2/2] gets below 5 ULP in a few seconds."""
    from targets import costmodel

    monkeypatch.setattr(costmodel, "measure", lambda backend, ops, repeats=15: {
        "weights": {op: {"div": 5.0, "add": 0.8, "mul": 0.85}.get(op, 1.0) for op in ops}, "step_seconds": {}})
    status = start_run(EXP_YAML, [
        "search_space.seeds=[identity]", "cost.model=calibrated", "budget.max_seconds=null",
        "budget.max_evaluations=250", "evaluation.validation_points=2000", "search.archive_parent_probability=0.5",
        "search.mutation_weights={horner_step: 2}", "output.progress=none", f"output.runs_dir={tmp_path}",
        f"evaluation.cache_dir={tmp_path / 'cache'}"])
    run_dir = Path(status["run_dir"])
    record = json.loads((run_dir / "cost_weights.json").read_text())
    assert record["model"] == "calibrated" and record["search_weights"]["div"] == 5.0
    assert record["calibration"]["fingerprint"]["backend"] == "jax_cpu"
    front = json.loads((run_dir / "front.json").read_text())
    assert front["cost_model"] == "calibrated"
    best = min(e["error"] for e in front["entries"])
    assert best < 5, front["entries"][-1]
    assert all(e["ops"] >= e["cost"] * 0.5 for e in front["entries"])
