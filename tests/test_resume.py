"""Interrupt and resume `evolve run` as a user would: Ctrl-C (SIGINT), a crash (SIGKILL)
and `evolve run --resume RUN_DIR`.  The serial search is deterministic, so an interrupted
and resumed run must end exactly where an uninterrupted run of the same budget ends."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evolve.driver import Budget, DriverHooks, run_search
from evolve.evolution import EvolutionSettings, RegularizedEvolution
from evolve.executors.serial import SerialExecutor
from evolve.mutations import SearchSpace
from evolve.run_folder import load_checkpoint
from evolve.seeds import build_seed

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 60


def settings(cache, budget=BUDGET, extra=()):
    """--set arguments for a tiny exp search with frequent checkpoints."""
    values = ["evaluation.train_points=200", "evaluation.validation_points=500", "output.progress=none",
              "search.population_size=10", "search.tournament_size=3", f"budget.max_evaluations={budget}",
              "budget.max_seconds=null", "output.checkpoint_seconds=0.1", f"evaluation.cache_dir={cache}", *extra]
    return [a for v in values for a in ("--set", v)]


def _default_sigint():
    # A background shell starts children with SIGINT ignored; a terminal's Ctrl-C is not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def evolve(*args, wait=True):
    """Run `python -m evolve.cli ARGS` in the repo; returns the running process, or the
    finished one with its output in `.output`."""
    proc = subprocess.Popen([sys.executable, "-m", "evolve.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            preexec_fn=_default_sigint)
    if wait:
        proc.output, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, proc.output
    return proc


def wait_for_checkpoint(proc, run_dir, min_evaluations, timeout=120):
    """Poll until the periodic checkpoint shows at least `min_evaluations` evaluations."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the run ended before it could be interrupted: raise BUDGET"
        try:
            state = load_checkpoint(run_dir)
        except (json.JSONDecodeError, FileNotFoundError):
            state = None
        if state and state["evolution"]["evaluations"] >= min_evaluations:
            return state
        time.sleep(0.02)
    raise AssertionError("no checkpoint appeared")


def final_state(run_dir):
    front = json.loads((run_dir / "front.json").read_text())
    return front["entries"], load_checkpoint(run_dir)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """An uninterrupted serial run of BUDGET evaluations (also fills the point-set cache)."""
    base = tmp_path_factory.mktemp("resume")
    run_dir = base / "reference"
    evolve("run", "--run-dir", run_dir, *settings(base / "cache"))
    return base, final_state(run_dir)


def test_sigint_then_resume_reaches_budget_and_matches_uninterrupted(reference):
    base, (ref_front, ref_ck) = reference
    run_dir = base / "sigint"
    proc = evolve("run", "--run-dir", run_dir, *settings(base / "cache"), wait=False)
    wait_for_checkpoint(proc, run_dir, 10)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 130, out
    assert "--resume" in out
    stopped = load_checkpoint(run_dir)
    assert 10 <= stopped["evolution"]["evaluations"] < BUDGET
    assert "interrupted after" in (run_dir / "log.txt").read_text()

    out = evolve("run", "--resume", run_dir).output
    front, ck = final_state(run_dir)
    assert f"{BUDGET} evaluations" in out
    assert ck["evolution"]["evaluations"] == BUDGET and ck["in_flight"] == [] and front
    # (b) determinism: same front, population, archive and rng state as without the interrupt
    assert front == ref_front
    assert ck["evolution"] == ref_ck["evolution"]


def test_crash_loses_only_work_since_last_checkpoint(reference):
    base, (ref_front, ref_ck) = reference
    run_dir = base / "crash"
    proc = evolve("run", "--run-dir", run_dir, *settings(base / "cache"), wait=False)
    wait_for_checkpoint(proc, run_dir, 15)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    saved = load_checkpoint(run_dir)  # the last periodic checkpoint survived the crash intact
    assert 15 <= saved["evolution"]["evaluations"] < BUDGET

    evolve("run", "--resume", run_dir)
    log = (run_dir / "log.txt").read_text()
    assert f"resume from {saved['evolution']['evaluations']} evaluations" in log
    front, ck = final_state(run_dir)
    assert ck["evolution"]["evaluations"] == BUDGET
    assert front == ref_front and ck["evolution"] == ref_ck["evolution"]


def test_resume_with_a_larger_budget_continues(reference):
    base, (ref_front, ref_ck) = reference
    run_dir = base / "extend"
    evolve("run", "--run-dir", run_dir, *settings(base / "cache", budget=20))
    evolve("run", "--resume", run_dir, "--set", f"budget.max_evaluations={BUDGET}")
    front, ck = final_state(run_dir)
    assert ck["evolution"]["evaluations"] == BUDGET and front == ref_front


def _evolution():
    space = SearchSpace(ops=("add", "sub", "mul", "div", "fma"), max_nodes=16)
    seeds = [build_seed("identity"), build_seed({"polynomial": {"degree": 3}})]
    return RegularizedEvolution(EvolutionSettings(10, 3, 7), space, seeds)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_during_a_state_update_is_deferred_and_resume_is_exact(reference, signum):
    """A signal that lands inside the driver's bookkeeping waits for it to finish; the
    interrupted snapshot then resumes to the very state an uninterrupted run reaches."""
    from targets.problem import build_problem

    base, _ = reference
    problem = build_problem("exp", None, 200, 500, 0, cache_dir=base / "cache")
    budget, seen = 25, []
    ref = _evolution()
    run_search(ref, SerialExecutor(problem), Budget(max_evaluations=budget))

    def on_result(result, entered):
        if len(seen) == 9:
            os.kill(os.getpid(), signum)  # delivered here, inside the critical section ...
        seen.append(result.birth)  # ... so this line still runs

    evo, ticks = _evolution(), []
    with pytest.raises(KeyboardInterrupt):
        run_search(evo, SerialExecutor(problem), Budget(max_evaluations=budget), DriverHooks(on_result, ticks.append))
    assert seen == list(range(10)) and ticks[-1]["interrupted"] and ticks[-1]["evaluations"] == 10
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handlers restored
    resumed = _evolution()
    resumed.load_state_dict(evo.state_dict())
    run_search(resumed, SerialExecutor(problem), Budget(max_evaluations=budget), resubmit=ticks[-1]["in_flight"])
    assert resumed.state_dict() == ref.state_dict()


@pytest.mark.slow
def test_ray_run_interrupted_and_resumed(reference):
    """Ray path end to end: SIGINT a 2-worker run, resume it with Ray, exactly BUDGET evaluations."""
    base, _ = reference
    run_dir = base / "ray"
    ray_set = ["executor.kind=ray", "executor.num_workers=2"]
    proc = evolve("run", "--run-dir", run_dir, *settings(base / "cache", extra=ray_set), wait=False)
    wait_for_checkpoint(proc, run_dir, 10)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 130, out
    stopped = load_checkpoint(run_dir)
    assert stopped["evolution"]["evaluations"] < BUDGET and stopped["in_flight"]  # Ray keeps 4 in flight
    evolve("run", "--resume", run_dir)
    front, ck = final_state(run_dir)
    assert ck["evolution"]["evaluations"] == BUDGET and ck["in_flight"] == [] and front
    assert len(ck["evolution"]["population"]) == 10
    assert ck["evolution"]["next_birth"] == BUDGET  # no birth lost or repeated beyond the budget
