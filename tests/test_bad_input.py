"""Bad input gets a clear error (exit 2, naming the key or file), never a traceback, a silently
wrong result or lost data: resume with a changed search, two runs on one folder, corrupt run
files, unusable paths, an inaccurate export."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evolve.cli import main

ROOT = Path(__file__).resolve().parents[1]
SMALL = ["evaluation.train_points=200", "evaluation.validation_points=500", "output.progress=none",
         "search.population_size=4", "search.tournament_size=2", "budget.max_seconds=null"]


def sets(*values):
    return [a for v in values for a in ("--set", v)]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory, cache):
    """A tiny finished exp run (6 evaluations); tests copy it before damaging it."""
    d = tmp_path_factory.mktemp("runs") / "exp"
    assert main(["run", "--run-dir", str(d), *sets(*SMALL, "budget.max_evaluations=6",
                                                  f"evaluation.cache_dir={cache}")]) == 0
    return d


@pytest.fixture
def run_copy(finished_run, tmp_path):
    import shutil
    d = tmp_path / "run"
    shutil.copytree(finished_run, d)
    (d / "run.lock").unlink(missing_ok=True)
    return d


def error_of(capsys, argv):
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err
    return err


# -- resume must not mix two searches ------------------------------------------------------

@pytest.mark.parametrize("change, key, old, new", [
    ("target.name=log", "target.name", "'exp'", "'log'"),
    ("target.domain=[-0.5, 0.5]", "target.domain", "None", "[-0.5, 0.5]"),
    ("seed=3", "seed", "0", "3"),
    ("evaluation.validation_points=600", "evaluation.validation_points", "500", "600"),
    ("search_space.ops=[add, mul]", "search_space.ops", "", "['add', 'mul']"),
    ("search.mutation_weights={insert: 2}", "search.mutation_weights", "{}", "{'insert': 2}"),
])
def test_resume_refuses_a_changed_search(capsys, run_copy, change, key, old, new):
    before = {p.name: p.read_bytes() for p in run_copy.iterdir()}
    err = error_of(capsys, ["run", "--resume", str(run_copy), "--set", change])
    assert f"{key}: the run used {old}" in err and f"now {new}" in err
    assert "budget, executor, output, evaluation.cache_dir" in err  # says what may change
    after = {p.name: p.read_bytes() for p in run_copy.iterdir() if p.name != "run.lock"}
    assert after == {k: v for k, v in before.items() if k != "run.lock"}  # nothing touched


def test_resume_refuses_a_search_changed_by_editing_config_yaml(capsys, run_copy):
    config = run_copy / "config.yaml"
    config.write_text(config.read_text().replace("name: exp", "name: log"))
    err = error_of(capsys, ["run", "--resume", str(run_copy)])
    assert "target.name: the run used 'exp', now 'log'" in err


def test_resume_may_change_budget_executor_and_output(capsys, run_copy, tmp_path):
    assert main(["run", "--resume", str(run_copy), *sets("budget.max_evaluations=8", "output.progress=plain",
                                                          "output.checkpoint_seconds=5",
                                                          f"evaluation.cache_dir={tmp_path / 'c2'}")]) == 0
    assert json.loads((run_copy / "checkpoint.json").read_text())["evolution"]["evaluations"] == 8
    front = json.loads((run_copy / "front.json").read_text())
    assert front["target"] == "exp"


# -- one run per folder ------------------------------------------------------------------

def _evolve(*args):
    return subprocess.Popen([sys.executable, "-m", "evolve.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_second_run_on_a_busy_folder_is_refused_and_a_killed_run_resumes(tmp_path, cache):
    d = tmp_path / "busy"
    first = _evolve("run", "--run-dir", d, *sets(*SMALL[:-1], "budget.max_seconds=300",
                                                 f"evaluation.cache_dir={cache}"))
    try:
        deadline = time.monotonic() + 60
        while not (d / "config.yaml").exists():
            assert first.poll() is None and time.monotonic() < deadline, first.stdout.read()
            time.sleep(0.05)
        config_before = (d / "config.yaml").read_text()
        for argv in (["run", "--run-dir", d, *sets("budget.max_evaluations=3")],
                     ["run", "--resume", d]):
            second = _evolve(*argv)
            out, _ = second.communicate(timeout=120)
            assert second.returncode == 2, out
            assert "Traceback" not in out
            assert ("already holds a run" in out) if argv[1] == "--run-dir" else (f"pid {first.pid}" in out)
        assert first.poll() is None  # the first run is untouched and still running
        assert (d / "config.yaml").read_text() == config_before
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    # kill -9 released the claim: the folder resumes
    resumed = _evolve("run", "--resume", d, *sets("budget.max_seconds=null", "budget.max_evaluations=4"))
    out, _ = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, out


def test_run_dir_must_be_new_or_empty(capsys, tmp_path, finished_run):
    assert "already holds a run; use --resume" in error_of(capsys, ["run", "--run-dir", str(finished_run)])
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    assert "is not empty (notes.txt)" in error_of(capsys, ["run", "--run-dir", str(other)])
    assert (other / "notes.txt").read_text() == "keep me" and not (other / "run.lock").exists()


# -- the whole config is checked before any folder exists -----------------------------------

@pytest.mark.parametrize("override, message", [
    ("search_space.seeds=[{program: 5}]", "'search_space.seeds' (entry 0): seed 'program' takes the program's text"),
    ("search_space.seeds=[identity, {polynomial: 3}]", "'search_space.seeds' (entry 1): the options of seed"),
    ("search.mutation_weights={insert: 0, remove: 0, switch_edge: 0, switch_op: 0, perturb_constant: 0, horner_step: 0, wrap_output: 0, fuse_fma: 0, drop_addend: 0, plus_form: 0, square_input: 0}",
     "'search.mutation_weights': at least one mutation needs a weight > 0"),
    ("search.mutation_weights={grow: 1}", "'search.mutation_weights': unknown mutation grow"),
    ("target.name=sin", "'target': unknown target 'sin'"),
    ("search_space.ops=[add, tanh]", "'search_space.ops': unknown op 'tanh'"),
    ("evaluation.fitting={lsq_max_nfev: abc}", "'evaluation.fitting': fitting option 'lsq_max_nfev' must be an int"),
    ("evaluation.fitting={speed: 1}", "'evaluation.fitting': unknown fitting option 'speed'"),
    ("executor.kind=ray", None),  # with num_workers above this machine's CPUs, below
])
def test_bad_config_fails_before_creating_a_run_folder(capsys, tmp_path, override, message):
    runs = tmp_path / "runs"
    extra = [override]
    if override == "executor.kind=ray":
        extra.append(f"executor.num_workers={os.cpu_count() + 1}")
        message = f"but this machine has {len(os.sched_getaffinity(0))}"
    t0 = time.monotonic()
    err = error_of(capsys, ["run", *sets(*SMALL, "budget.max_evaluations=2", f"output.runs_dir={runs}", *extra)])
    assert message in err
    assert time.monotonic() - t0 < 20  # fails at once (no Ray started, no points computed)
    assert not runs.exists()


def test_unusable_runs_dir_is_a_clear_error(capsys, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    err = error_of(capsys, ["run", *sets(*SMALL, "budget.max_evaluations=2", f"output.runs_dir={blocker}/runs")])
    assert "'output.runs_dir': cannot create a run folder under" in err
    assert "is not a folder" in error_of(capsys, ["run", "--run-dir", str(blocker), *sets(*SMALL, "budget.max_evaluations=2")])


# -- damaged run files ---------------------------------------------------------------------

@pytest.mark.parametrize("content, detail", [
    ('{"version": 1}', "KeyError: 'evolution'"),
    ('[1, 2, 3]', "TypeError"),
    ('{"version": 1, "evolution": {"population": 3}, "in_flight": [], "elapsed": 1}', "TypeError"),
    ('{"version": 1, "evolution": {}, "in_flight": [{"birth": 1}], "elapsed": 0}', "KeyError: 'program'"),
    (None, "truncated or corrupt"),
    ("\x00\xff garbage", "truncated or corrupt"),
])
def test_damaged_checkpoint_names_the_file(capsys, run_copy, content, detail):
    path = run_copy / "checkpoint.json"
    path.write_text(path.read_text()[:100] if content is None else content)
    err = error_of(capsys, ["run", "--resume", str(run_copy), "--set", "budget.max_evaluations=9"])
    assert f"{path} is not a valid checkpoint" in err and detail in err


@pytest.mark.parametrize("content, detail", [
    ("target: [", "not valid YAML"),
    ("target: {name: 5}", "'target.name'"),
    ("target: {nme: exp}", "unknown config key 'target.nme'"),
    ("- 1", "must be a mapping of sections"),
])
def test_corrupt_run_config_names_the_file(capsys, run_copy, content, detail):
    (run_copy / "config.yaml").write_text(content)
    err = error_of(capsys, ["run", "--resume", str(run_copy)])
    assert str(run_copy / "config.yaml") in err and detail in err


@pytest.mark.parametrize("content", [
    "garbage", "[]", '{"target": "exp", "domain": [0, 1], "entries": [{"program": 3}]}',
    '{"target": "exp", "domain": [0, 1], "entries": [{"program": {"nodes": []}, "error": 1}]}',
    '{"target": "exp", "entries": []}',
])
def test_show_on_a_malformed_front_names_the_file(capsys, run_copy, content):
    (run_copy / "front.json").write_text(content)
    err = error_of(capsys, ["show", str(run_copy)])
    assert f"{run_copy / 'front.json'} is not a valid front file" in err


# -- export -----------------------------------------------------------------------------

def test_export_to_a_directory_is_refused(capsys, finished_run, tmp_path):
    err = error_of(capsys, ["export", str(finished_run), "--max-ulp", "1e9", "--lang", "c",
                            "--out", str(tmp_path), "--no-verify"])
    assert "is a directory" in err and "evolved_expf.h" in err


def test_inaccurate_export_is_announced_with_a_warning(capsys, finished_run, tmp_path):
    out = tmp_path / "k.h"
    assert main(["export", str(finished_run), "--target-cost", "0", "--lang", "c", "--out", str(out),
                 "--no-verify"]) == 0
    err = capsys.readouterr().err
    assert "exporting the exp kernel of cost 0, validation max ULP" in err
    assert "WARNING" in err and "not an accurate exp" in err
    best = min(json.loads((finished_run / "front.json").read_text())["entries"], key=lambda e: e["error"])
    if best["error"] <= 2:  # a good kernel is announced without the warning
        assert main(["export", str(finished_run), "--max-ulp", "2", "--lang", "c", "--out", str(out),
                     "--no-verify"]) == 0
        assert "WARNING" not in capsys.readouterr().err


@pytest.mark.parametrize("content, detail", [
    ('{"a": 1}', "is not export metadata (no target"),
    ("[1]", "is not export metadata"),
    ('{not json', "is not valid export metadata (not JSON"),
])
def test_verify_with_damaged_metadata_names_the_file(capsys, tmp_path, content, detail):
    header = tmp_path / "k.h"
    header.write_text("/* a header */\n")
    (tmp_path / "k.h.json").write_text(content)
    for argv in (["verify", str(header)], ["export", str(header), "--lang", "jax", "--out", str(tmp_path / "k.py")]):
        err = error_of(capsys, argv)
        assert str(tmp_path / "k.h.json") in err and detail in err


def test_yaml_errors_fit_on_one_line(capsys, tmp_path):
    err = error_of(capsys, ["run", "--set", "budget.max_seconds=[1,"])
    assert err.count("\n") == 1 and "line 1, column" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("target: [\n")
    err = error_of(capsys, ["run", str(bad)])
    assert err.count("\n") == 1 and str(bad) in err
