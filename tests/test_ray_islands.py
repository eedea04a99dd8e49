"""Cluster scale on real Ray (a 2-node ray.cluster_utils.Cluster): island loops in their
own actors migrate, a killed island actor restarts from its last state with nothing
lost, an island run resumes (on Ray or serially); batches size themselves and spread
over the workers."""
import os
import time
import signal

import pytest

ray = pytest.importorskip("ray")
from ray.cluster_utils import Cluster  # noqa: E402

from evolve import run_folder as rf  # noqa: E402
from evolve.driver import Budget, run_search  # noqa: E402
from evolve.evolution import EvolutionSettings  # noqa: E402
from evolve.executors.ray_executor import RayExecutor  # noqa: E402
from evolve.executors.ray_islands import IslandHooks, RayIslands  # noqa: E402
from evolve.executors.serial import SerialExecutor  # noqa: E402
from evolve.islands import IslandModel, Migration  # noqa: E402
from evolve.mutations import SearchSpace  # noqa: E402
from evolve.seeds import build_seed  # noqa: E402
from evolve.stub_evaluator import StubEvaluator  # noqa: E402


def make_model():
    space = SearchSpace(ops=("add", "sub", "mul", "div", "fma"), max_nodes=16)
    seeds = [build_seed("identity"), build_seed({"polynomial": {"degree": 3}})]
    return IslandModel(EvolutionSettings(10, 3, 4), space, seeds, 2, Migration(100, 2, "ring"))


@pytest.fixture(scope="module")
def cluster():
    assert not ray.is_initialized()
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 2})
    c.add_node(num_cpus=2)
    c.wait_for_nodes()
    ray.init(address=c.address, logging_level="warning")
    yield c
    ray.shutdown()
    c.shutdown()


def _info_when_up(actor, timeout_s: float = 120.0) -> dict:
    """The actor's info, waiting while it restarts (a restarting actor refuses calls)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return ray.get(actor.info.remote(), timeout=timeout_s)
        except ray.exceptions.ActorUnavailableError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_island_actors_migrate_survive_a_kill_and_resume(cluster, tmp_path):
    model = make_model()
    islands = RayIslands(model, StubEvaluator(work_s=0.004), num_workers=2, batch_size=1)
    pids = [ray.get(a.info.remote(), timeout=120) for a in islands.actors]
    killed = []

    def on_tick(status):
        if not killed and islands._calls and status["evaluations"] >= 100:  # mid-run, island 0 busy
            killed.append(pids[0]["pid"])
            os.kill(pids[0]["pid"], signal.SIGKILL)

    try:
        status = islands.run(Budget(max_evaluations=600), IslandHooks(on_tick=on_tick), tick_seconds=0.05)
        after = _info_when_up(islands.actors[0])
    finally:
        islands.close()
    assert killed, "the island actor was never killed mid-run"
    assert islands.restarts >= 1 and after["pid"] != killed[0]
    assert status["evaluations"] == 600 == model.evaluations
    assert [isl.evaluations for isl in model.islands] == [300, 300]
    # the lost chunk was redone from the last state: island 0's completed chunks add up to its
    # share (a restart from scratch would have needed more chunks)
    assert islands.chunk_evaluations == [300, 300]
    assert model.migrations >= 4 and len(model.archive) >= 1  # 3 chunks per island, each ends sending 2
    assert {p["node_id"] for p in pids} <= {n["NodeID"] for n in ray.nodes() if n["Alive"]}

    # resume from the checkpoint file, on Ray ...
    rf.save_checkpoint(tmp_path, model, [], status["elapsed"])
    resumed = make_model()
    resumed.load_state_dict(rf.load_checkpoint(tmp_path)["evolution"])
    assert resumed.state_dict() == model.state_dict()
    islands = RayIslands(resumed, StubEvaluator(), num_workers=2, batch_size=None)
    try:
        status = islands.run(Budget(max_evaluations=800))
    finally:
        islands.close()
    assert status["evaluations"] == 800 and [isl.evaluations for isl in resumed.islands] == [400, 400]
    assert resumed.migrations > model.migrations
    # ... or serially (the executor may change on resume): the same state drives the in-process model
    run_search(resumed, SerialExecutor(StubEvaluator()), Budget(max_evaluations=900))
    assert resumed.evaluations == 900 and not any(resumed.inbox)


def test_auto_batches_grow_to_the_target_and_spread_over_workers(cluster):
    ex = RayExecutor(StubEvaluator(work_s=0.01), num_workers=2, batch_size=None, target_batch_seconds=0.2)
    try:
        assert ex.batch_size == 1 and ex.capacity == 4
        tasks = make_model().islands[0]
        got = 0
        sent = 0
        while got < 400:
            while sent - got < ex.capacity and sent < 400:
                ex.submit(tasks.next_task())
                sent += 1
            for _ in ex.wait():
                got += 1
        assert min(ex.dispatched) >= 0.7 * max(ex.dispatched), ex.dispatched  # spread over both workers
        # 10 ms per task and 0.2 s per batch: ~20 tasks per call (sleep overshoot on a busy machine
        # makes it less)
        assert 8 <= ex.batch_size <= 20, ex.batch_size
    finally:
        ex.close()
