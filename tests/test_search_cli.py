"""End to end: `evolve run` on the real exp/log/erf problems with tiny budgets."""
import json

import numpy as np

from evolve.cli import main
from evolve.run_folder import load_checkpoint, load_front

SMALL = ["evaluation.train_points=200", "evaluation.validation_points=500", "output.progress=none",
         "search.population_size=10", "search.tournament_size=3"]


def run(tmp_path, name, *extra, config=None):
    run_dir = tmp_path / name
    args = ["run"] + ([config] if config else []) + ["--run-dir", str(run_dir)]
    for s in SMALL + [f"evaluation.cache_dir={tmp_path / 'cache'}", *extra]:
        args += ["--set", s]
    assert main(args) == 0
    return run_dir


def test_same_config_and_seed_give_the_same_front(tmp_path):
    a = run(tmp_path, "a", "budget.max_evaluations=40", "budget.max_seconds=null")
    b = run(tmp_path, "b", "budget.max_evaluations=40", "budget.max_seconds=null")
    fa, fb = json.loads((a / "front.json").read_text()), json.loads((b / "front.json").read_text())
    assert fa["entries"] == fb["entries"]
    c = run(tmp_path, "c", "budget.max_evaluations=40", "budget.max_seconds=null", "seed=1")
    assert json.loads((c / "front.json").read_text())["entries"] != fa["entries"]


def test_run_folder_contents(tmp_path, capsys):
    d = run(tmp_path, "r", "budget.max_evaluations=30", "budget.max_seconds=null", "target.name=log")
    out = capsys.readouterr().out
    assert "30 evaluations" in out and "max ULP" in out
    assert {p.name for p in d.iterdir()} >= {"config.yaml", "front.json", "log.txt", "checkpoint.json"}
    front = load_front(d)
    assert front["target"] == "log" and front["entries"]
    errors = [e["error"] for e in front["entries"]]
    costs = [e["cost"] for e in front["entries"]]
    assert costs == sorted(costs) and errors == sorted(errors, reverse=True)  # a Pareto front
    # the reported error is reproducible from the stored program (exact constants)
    from targets.dataset import load_point_set
    from targets.fitness import program_max_ulp
    from targets.registry import get_target
    pts = load_point_set(get_target("log"), 500, "validation", 0, cache_dir=tmp_path / "cache")
    best = front["entries"][-1]
    assert program_max_ulp(best["program"], pts) == best["error"]
    ck = load_checkpoint(d)
    assert ck["evolution"]["evaluations"] == 30 and ck["in_flight"] == []
    assert main(["show", str(d)]) == 0
    assert "return v" in capsys.readouterr().out


def test_search_improves_on_the_seed(tmp_path):
    d = run(tmp_path, "e", "budget.max_evaluations=60", "budget.max_seconds=null",
            "search_space.seeds=[{polynomial: {degree: 4}}]")
    best = min(e["error"] for e in load_front(d)["entries"])
    assert best < 100  # degree-4 minimax for exp on [-ln2/2, ln2/2] is ~45 ULP; x alone is 1.8e7


def test_nan_producing_seed_is_survived(tmp_path):
    seed = r'{program: "v0 = x\nv1 = const 0\nv2 = div v0 v1\nreturn v2"}'
    d = run(tmp_path, "n", "budget.max_evaluations=15", "budget.max_seconds=null",
            f"search_space.seeds=[{seed}, identity]", "target.name=erf")
    front = load_front(d)
    assert all(np.isfinite(e["error"]) for e in front["entries"])


def test_existing_run_dir_is_not_overwritten(tmp_path, capsys):
    d = run(tmp_path, "x", "budget.max_evaluations=5", "budget.max_seconds=null")
    assert main(["run", "--run-dir", str(d), "--set", "budget.max_evaluations=5"]) == 2
    assert "--resume" in capsys.readouterr().err
