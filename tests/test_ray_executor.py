"""The Ray executor with real Ray: results equal the serial executor's, a killed worker
loses nothing, an interrupted Ray search resumes exactly to budget, and actors spread
over a (simulated) two-node cluster."""
import os
import signal
import sys
import time

import pytest

ray = pytest.importorskip("ray")
from ray import cloudpickle  # noqa: E402
from ray.cluster_utils import Cluster  # noqa: E402

from evolve.driver import Budget, DriverHooks, run_search  # noqa: E402
from evolve.evolution import EvolutionSettings, RegularizedEvolution  # noqa: E402
from evolve.executors.ray_executor import RayExecutor  # noqa: E402
from evolve.executors.serial import SerialExecutor  # noqa: E402
from evolve.mutations import SearchSpace  # noqa: E402
from evolve.seeds import build_seed  # noqa: E402
from targets.problem import build_problem  # noqa: E402

# Test-only evaluators live in this module, which Ray workers cannot import: ship by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


class FailingEvaluator:
    """Wraps a problem; raises for every seed divisible by 3 (must become inf fitness)."""

    def __init__(self, inner):
        self.inner = inner

    def evaluate(self, program, seed):
        if seed % 3 == 0:
            raise ValueError(f"bad seed {seed}")
        return self.inner.evaluate(program, seed)


@pytest.fixture(scope="module")
def problem(tmp_path_factory):
    return build_problem("exp", None, 200, 500, 0, cache_dir=tmp_path_factory.mktemp("cache"))


def make_evolution(seed=0, population=10):
    space = SearchSpace(ops=("add", "sub", "mul", "div", "fma"), max_nodes=16)
    seeds = [build_seed("identity"), build_seed({"polynomial": {"degree": 3}})]
    return RegularizedEvolution(EvolutionSettings(population, 3, seed), space, seeds)


def some_tasks(n):
    evo = make_evolution()
    return [evo.next_task() for _ in range(n)]


def drain(executor, tasks):
    for t in tasks:
        executor.submit(t)
    out = {}
    while len(out) < len(tasks):
        for r in executor.wait():
            out[r.birth] = r
    return out


class TestLocalRay:
    """Tests sharing one local 2-CPU Ray instance (started once, ~3 s)."""

    @pytest.fixture(scope="class", autouse=True)
    def local_ray(self):
        ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level="warning")
        yield
        ray.shutdown()

    @pytest.mark.parametrize("batch_size", [1, 3])
    def test_results_equal_serial_and_errors_become_inf(self, problem, batch_size):
        tasks = some_tasks(12)
        evaluator = FailingEvaluator(problem)
        ex = RayExecutor(evaluator, num_workers=2, batch_size=batch_size)
        assert ex.capacity == 2 * 2 * batch_size and not ex.started_local
        got = drain(ex, tasks)
        pids = {w["pid"] for w in ex.worker_info()}
        ex.close()
        assert ray.is_initialized()  # not ours: left running
        want = drain(SerialExecutor(evaluator), tasks)
        assert sorted(got) == list(range(12)) and len(pids) == 2 and os.getpid() not in pids
        for b in got:
            assert got[b].fitness == want[b].fitness and got[b].program == want[b].program
            if tasks[b].seed % 3 == 0:
                assert got[b].fitness == (float("inf"),) * 2 and "bad seed" in got[b].info["error"]

    def test_killed_worker_loses_nothing(self, problem):
        budget, told, killed = 40, [], []
        evolution = make_evolution()
        ex = RayExecutor(problem, num_workers=2)
        victim = ex.worker_info()[0]["pid"]

        def on_result(result, entered):
            told.append(result.birth)
            # mid-run, at a moment the victim (worker 0) has work in flight, so some must be resent
            if len(told) >= 8 and not killed and ex._load[0] > 0:
                killed.append(victim)
                os.kill(victim, signal.SIGKILL)

        try:
            status = run_search(evolution, ex, Budget(max_evaluations=budget), DriverHooks(on_result=on_result))
            after = ex.worker_info()
        finally:
            ex.close()
        assert killed, "the worker was never killed mid-run"
        assert status["evaluations"] == evolution.evaluations == budget
        assert sorted(told) == list(range(budget))  # every birth told exactly once
        assert len(evolution.population) == 10 and len(evolution.archive) >= 1
        assert ex.resubmitted >= 1 and ex.given_up == 0
        assert after[0]["pid"] != victim  # the actor was restarted

    def test_interrupted_ray_search_resumes_to_exact_budget(self, problem):
        budget, told, ticks = 30, [], []
        evolution = make_evolution(seed=3)

        def on_result(result, entered):
            told.append(result.birth)
            if len(told) == 10:
                raise KeyboardInterrupt  # as Ctrl-C would, between results

        ex = RayExecutor(problem, num_workers=2)
        with pytest.raises(KeyboardInterrupt):
            run_search(evolution, ex, Budget(max_evaluations=budget), DriverHooks(on_result, ticks.append))
        ex.close()
        last = ticks[-1]
        assert last["interrupted"] and last["evaluations"] == 10 and last["in_flight"]
        # resume as `evolve run --resume` does: fresh loop from the snapshot, in-flight tasks resent
        resumed = make_evolution(seed=3)
        resumed.load_state_dict(evolution.state_dict())
        ex = RayExecutor(problem, num_workers=2)
        try:
            status = run_search(resumed, ex, Budget(max_evaluations=budget),
                                DriverHooks(on_result=lambda r, e: told.append(r.birth)),
                                resubmit=last["in_flight"])
        finally:
            ex.close()
        assert status["evaluations"] == budget
        assert sorted(told) == list(range(budget))


def test_actors_spread_over_two_nodes_and_joined_cluster_survives(problem):
    """Head + one extra node on this machine; the executor joins by address."""
    assert not ray.is_initialized()
    t0 = time.perf_counter()
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    try:
        cluster.add_node(num_cpus=1)
        cluster.wait_for_nodes()
        ex = RayExecutor(problem, num_workers=2, address=cluster.address)
        try:
            nodes = {w["node_id"] for w in ex.worker_info()}
            evolution = make_evolution()
            status = run_search(evolution, ex, Budget(max_evaluations=20))
        finally:
            ex.close()
        assert not ray.is_initialized()  # the driver disconnected ...
        assert len(nodes) == 2  # one actor per node
        assert status["evaluations"] == 20 and len(evolution.archive) >= 1
        ray.init(address=cluster.address, logging_level="warning")  # ... the cluster still runs
        try:
            alive = {n["NodeID"] for n in ray.nodes() if n["Alive"]}
        finally:
            ray.shutdown()
        assert nodes <= alive
        # more workers than the cluster's 2 CPUs: a clear error at once, not a 300 s wait
        t1 = time.perf_counter()
        with pytest.raises(ValueError, match="3 Ray workers need 3 CPUs, but the Ray cluster has 2"):
            RayExecutor(problem, num_workers=3, address=cluster.address)
        assert time.perf_counter() - t1 < 30 and not ray.is_initialized()
    finally:
        cluster.shutdown()
    print(f"two-node cluster test: {time.perf_counter() - t0:.1f} s")


def test_private_ray_refuses_more_workers_than_cpus(problem):
    """A private Ray would accept them and oversubscribe the cores: refused before Ray starts."""
    from evolve.executors.cpus import available_cpus

    assert not ray.is_initialized()
    with pytest.raises(ValueError, match=f"but this machine has {available_cpus()}"):
        RayExecutor(problem, num_workers=available_cpus() + 1)
    assert not ray.is_initialized()
