"""Cluster-scale bookkeeping without Ray: the O(k log k) front filter, O(log n) aging,
islands (reproducible, migrating, resumable), the compact checkpoint and the new keys."""
import json
import random

import numpy as np
import pytest

from evolve import checkpoint as ck
from evolve import run_folder as rf
from evolve.config import ConfigError, load_config, search_changes
from evolve.driver import Budget, run_search
from evolve.evolution import EvolutionSettings, RegularizedEvolution
from evolve.executors.serial import SerialExecutor
from evolve.islands import IslandModel, Migration, destination
from evolve.mutations import SearchSpace
from evolve.pareto import Individual, _non_dominated_pairwise, non_dominated
from evolve.program import Program
from evolve.seeds import build_seed
from evolve.stub_evaluator import StubEvaluator

INF = float("inf")


def test_two_objective_front_equals_the_pairwise_definition():
    rng = random.Random(0)
    values = [0.0, 1.0, 2.0, 3.0, INF, -INF]
    for _ in range(5000):
        f = [(rng.choice(values), rng.choice(values)) for _ in range(rng.randint(1, 12))]
        assert non_dominated(f) == _non_dominated_pairwise(f), f
    assert non_dominated([(1.0, float("nan")), (0.0, 0.0)]) == _non_dominated_pairwise([(1.0, float("nan")), (0.0, 0.0)])


def test_aging_keeps_the_youngest_births_even_when_results_arrive_out_of_order():
    """The heap must leave exactly the population_size largest births (a late, old result
    leaves at once), as the old full scan did."""
    rng = random.Random(1)
    evo = RegularizedEvolution(EvolutionSettings(7, 2, 0), SearchSpace(), [Program.identity()])
    births = list(range(200))
    for i in range(0, 200, 10):  # shuffle within windows, as an async executor returns them
        window = births[i:i + 10]
        rng.shuffle(window)
        births[i:i + 10] = window
    seen = []
    for b in births:
        evo.join(Individual(None, (0.0, 0.0), b))
        seen.append(b)
        assert sorted(m.birth for m in evo.population) == sorted(seen)[-7:]


def _space():
    return SearchSpace(ops=("add", "sub", "mul", "div", "fma"), max_nodes=16)


def _seeds():
    return [build_seed("identity"), build_seed({"polynomial": {"degree": 3}})]


def _model(islands=3, interval=20, topology="ring", seed=5):
    return IslandModel(EvolutionSettings(12, 3, seed), _space(), _seeds(), islands, Migration(interval, 2, topology))


def _run(model, budget):
    return run_search(model, SerialExecutor(StubEvaluator()), Budget(max_evaluations=budget))


@pytest.mark.parametrize("topology", ["ring", "random"])
def test_serial_islands_are_reproducible_and_migrate(topology):
    a, b = _model(topology=topology), _model(topology=topology)
    _run(a, 300), _run(b, 300)
    assert a.evaluations == 300 and a.state_dict() == b.state_dict()
    assert a.migrations == 300 // 20  # every island every 20 of its 100 evaluations
    assert [len(isl.population) for isl in a.islands] == [12, 12, 12]
    for isl in a.islands:  # births stay the island's own (i, i+3, ...), migrants included
        assert all(m.birth % 3 == isl.island for m in isl.population)
    assert {m.birth for m in a.archive.members} <= {m.birth for isl in a.islands for m in isl.archive.members}
    assert destination(2, 3, "ring", None) == 0


def test_migrants_join_the_next_island():
    model = _model()
    _run(model, 60)  # each island's 20th (and last) evaluation sends 2 migrants along the ring
    assert model.migrations == 3
    for j, isl in enumerate(model.islands):
        # islands share no evolved program object except through migration: two members of
        # island j are the source's non-dominated members (same objects, same fitness)
        seeds = {id(p) for p in isl.seeds}  # the seed programs are shared by all islands
        home = {id(m.program): m.fitness for m in model.islands[(j - 1) % 3].population if id(m.program) not in seeds}
        arrived = [m for m in isl.population if home.get(id(m.program)) == m.fitness]
        assert len(arrived) >= 2, j  # (a migrant may also travel on around the ring)
    quiet = _model(interval=10**6)
    _run(quiet, 60)
    seeds = {id(p) for p in quiet.islands[0].seeds}
    owners = {}
    for isl in quiet.islands:
        for m in isl.population:
            if id(m.program) not in seeds:
                owners.setdefault(id(m.program), set()).add(isl.island)
    assert quiet.migrations == 0 and all(len(o) == 1 for o in owners.values())


def test_islands_differ_from_each_other_and_from_one_population():
    model = _model()
    _run(model, 90)
    texts = [[m.fitness for m in isl.population] for isl in model.islands]
    assert texts[0] != texts[1] != texts[2]


def test_interrupted_island_run_resumes_exactly_through_a_checkpoint_file(tmp_path):
    ref = _model()
    _run(ref, 240)
    part = _model()
    _run(part, 100)
    rf.save_checkpoint(tmp_path, part, [], 1.0)
    resumed = _model()
    resumed.load_state_dict(rf.load_checkpoint(tmp_path)["evolution"])
    _run(resumed, 240)
    assert resumed.state_dict() == ref.state_dict()


def test_compact_checkpoint_round_trips_exactly_with_tasks_in_flight(tmp_path):
    evo = RegularizedEvolution(EvolutionSettings(20, 4, 3), _space(), _seeds())
    run_search(evo, SerialExecutor(StubEvaluator()), Budget(max_evaluations=80))
    tasks = [evo.next_task() for _ in range(15)]
    writer = rf.checkpoint_writer(tmp_path)
    writer.save(evo, tasks, 12.5)  # background
    writer.join()
    text = (tmp_path / rf.CHECKPOINT).read_text()
    assert json.loads(text)["version"] == 2
    state = rf.load_checkpoint(tmp_path)
    assert state["in_flight"] == tasks and state["elapsed"] == 12.5
    back = RegularizedEvolution(EvolutionSettings(20, 4, 3), _space(), _seeds())
    back.load_state_dict(state["evolution"])
    assert back.state_dict() == evo.state_dict()
    # the compact form is much smaller than format 1 (programs as JSON objects)
    v1 = json.dumps({"version": 1, "evolution": evo.state_dict(), "elapsed": 1.0, "in_flight": [
        {"birth": t.birth, "program": __import__("evolve.serialize").serialize.to_json_obj(t.program),
         "seed": t.seed, "mutation": t.mutation, "parent": t.parent} for t in tasks]})
    assert len(text) < len(v1) / 2
    # format 1 still loads, to the same state
    (tmp_path / rf.CHECKPOINT).write_text(v1)
    old = rf.load_checkpoint(tmp_path)
    assert old["in_flight"] == tasks
    again = RegularizedEvolution(EvolutionSettings(20, 4, 3), _space(), _seeds())
    again.load_state_dict(old["evolution"])
    assert again.state_dict() == evo.state_dict()


def test_unknown_checkpoint_version_names_the_file(tmp_path):
    (tmp_path / rf.CHECKPOINT).write_text('{"version": 7, "evolution": {}}')
    with pytest.raises(ValueError, match=f"{tmp_path / rf.CHECKPOINT} is not a valid checkpoint.*version 7"):
        rf.load_checkpoint(tmp_path)


def test_background_write_errors_surface_on_the_next_save(tmp_path):
    def failing(path, text):
        raise OSError("disk full")

    evo = RegularizedEvolution(EvolutionSettings(5, 2, 0), _space(), _seeds())
    writer = ck.CheckpointWriter(tmp_path / "c.json", failing)
    writer.save(evo, [], 0.0)
    with pytest.raises(OSError, match="disk full"):
        writer.save(evo, [], 0.0)


@pytest.mark.parametrize("override, key", [
    ("search.islands=0", "search.islands"), ("search.migration_interval=0", "search.migration_interval"),
    ("search.migrants=-1", "search.migrants"), ("search.migration_topology=star", "search.migration_topology"),
    ("executor.batch_size=0", "executor.batch_size"), ("executor.batch_size=big", "executor.batch_size"),
])
def test_new_keys_are_validated_by_name(override, key):
    with pytest.raises(ConfigError, match=f"config key '{key}'"):
        load_config(None, [override])


def test_islands_define_the_search_and_batch_size_does_not():
    base = load_config(None, [])
    assert [k for k, *_ in search_changes(base, load_config(None, ["search.islands=4"]))] == ["search.islands"]
    assert [k for k, *_ in search_changes(base, load_config(None, ["search.migrants=3"]))] == ["search.migrants"]
    assert search_changes(base, load_config(None, ["executor.batch_size=16"])) == []
    with pytest.raises(ConfigError, match="'executor.num_workers'.*4 islands, 2 workers"):
        load_config(None, ["search.islands=4", "executor.kind=ray", "executor.num_workers=2"])


def test_sampling_without_replacement_is_distinct_and_covers_small_populations():
    evo = RegularizedEvolution(EvolutionSettings(5, 2, 0), _space(), _seeds())
    evo.rng = np.random.default_rng(0)
    for n, k in [(100, 8), (10000, 8), (8, 8), (20, 5)]:
        for _ in range(200):
            s = evo._sample(n, k)
            assert len(set(s)) == k and all(0 <= i < n for i in s)


@pytest.mark.parametrize("islands", [1, 3])
def test_background_checkpoint_holds_the_state_at_save_time_while_the_loop_goes_on(tmp_path, islands,
                                                                                monkeypatch):
    import threading

    go, real = threading.Event(), ck.snapshot

    def late_snapshot(*args):  # the background thread builds the state only after the loop moved on
        go.wait(30)
        return real(*args)

    monkeypatch.setattr(ck, "snapshot", late_snapshot)

    def make():
        if islands == 1:
            return RegularizedEvolution(EvolutionSettings(50, 4, 9), _space(), _seeds())
        return IslandModel(EvolutionSettings(50, 4, 9), _space(), _seeds(), islands, Migration(30, 2, "random"))

    evo = make()
    run_search(evo, SerialExecutor(StubEvaluator()), Budget(max_evaluations=200))
    tasks = [evo.next_task() for _ in range(10)]
    at_save = evo.state_dict()
    writer = rf.checkpoint_writer(tmp_path)
    writer.save(evo, tasks, 3.0)
    assert writer.blocked_s < 0.05  # the loop only froze the state
    run_search(evo, SerialExecutor(StubEvaluator()), Budget(max_evaluations=600))  # mutates everything
    go.set()
    writer.join()
    back = make()
    state = rf.load_checkpoint(tmp_path)
    back.load_state_dict(state["evolution"])
    assert back.state_dict() == at_save != evo.state_dict() and state["in_flight"] == tasks
