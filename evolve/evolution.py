"""Regularized (aging) evolution with Pareto-aware tournament selection.

The loop knows programs and fitness tuples only.  It hands out `Task`s (children to
evaluate) and takes back `Result`s, so any executor - serial, Ray, async - can drive
it.  Age is the birth counter: the oldest member (smallest birth) leaves the
population when a new one joins.  All randomness comes from one numpy Generator
whose state is part of `state_dict()`, so a checkpointed run resumes exactly.
"""
from __future__ import annotations

import copy
import heapq
from dataclasses import dataclass, field

import numpy as np

from evolve.mutations import MutationFailed, SearchSpace, mutate
from evolve.pareto import Individual, ParetoArchive, non_dominated
from evolve.program import Program
from evolve.serialize import from_json_obj, to_json_obj


@dataclass(frozen=True)
class EvolutionSettings:
    """Population size, tournament size and the master seed."""

    population_size: int = 100
    tournament_size: int = 10
    seed: int = 0
    # Probability that a tournament picks the sample's best first objective (the most
    # accurate member) instead of a uniformly drawn member of the sample's Pareto front.
    # Both choices respect dominance; the bias pushes the accurate end of the front.
    first_objective_bias: float = 0.5
    # Probability that a parent is drawn uniformly from the Pareto archive instead of by
    # tournament: every cost level's best program keeps being extended (e.g. one more
    # Horner term), however old it is.  0 draws nothing extra from the rng.
    archive_parent_probability: float = 0.0

    def __post_init__(self):
        if self.population_size < 1:
            raise ValueError("population_size must be >= 1")
        if not 1 <= self.tournament_size <= self.population_size:
            raise ValueError("tournament_size must be between 1 and population_size")
        if not 0 <= self.first_objective_bias <= 1:
            raise ValueError("first_objective_bias must be in [0, 1]")
        if not 0 <= self.archive_parent_probability <= 1:
            raise ValueError("archive_parent_probability must be in [0, 1]")


def task_seed(master: int, birth: int) -> int:
    """The evaluation seed of child `birth`: splitmix64 of (master, birth), as a uint32.

    Pure Python (~1 us, where a numpy SeedSequence costs ~10 us per child)."""
    z = (master * 0x9E3779B97F4A7C15 + birth + 1) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return (z ^ (z >> 31)) & 0xFFFFFFFF


@dataclass(frozen=True)
class Task:
    """A child to evaluate: its birth number, program (parent's constants kept) and a seed."""

    birth: int
    program: Program
    seed: int
    mutation: str = "seed"
    parent: int | None = None


@dataclass(frozen=True)
class Result:
    """An evaluated child: its program with trained constants and its fitness tuple."""

    birth: int
    program: Program
    fitness: tuple[float, ...]
    mutation: str = "seed"
    parent: int | None = None
    info: dict = field(default_factory=dict)


class RegularizedEvolution:
    """Proposes children by tournament + mutation; ages the population; keeps a Pareto archive."""

    def __init__(self, settings: EvolutionSettings, space: SearchSpace, seeds: list[Program],
                 island: int = 0, islands: int = 1):
        if not seeds:
            raise ValueError("evolution needs at least one seed program")
        if not 0 <= island < islands:
            raise ValueError(f"island {island} is not in [0, {islands})")
        self.settings = settings
        self.space = space
        self.seeds = [s.pruned() for s in seeds]
        # Island i of N draws from its own stream; one island keeps the historical stream.
        self.rng = np.random.default_rng(settings.seed if islands == 1 else [settings.seed, island])
        self.island, self.islands = island, islands
        self.population: list[Individual] = []  # slot order; a newcomer takes the oldest's slot
        self._ages: list[tuple[int, int]] = []  # min-heap of (birth, slot): the oldest in O(log n)
        self.archive = ParetoArchive()
        self.next_birth = island  # island i of N numbers its children i, i+N, i+2N, ...
        self.evaluations = 0
        self._unsent_seeds = list(range(len(self.seeds)))

    # -- proposing ------------------------------------------------------------
    def _sample(self, n: int, k: int) -> list[int]:
        """k distinct indices in [0, n): rejection for small samples (~1 us), choice otherwise."""
        if 4 * k > n:
            return [int(i) for i in self.rng.choice(n, size=k, replace=False)]
        picked = dict.fromkeys(int(i) for i in self.rng.integers(n, size=k))
        while len(picked) < k:
            picked[int(self.rng.integers(n))] = None
        return list(picked)

    def select_parent(self) -> Individual:
        """Tournament: sample members and keep the sample's non-dominated ones; pick the most
        accurate of them with probability `first_objective_bias`, else one at random."""
        pop = self.population
        k = min(self.settings.tournament_size, len(pop))
        sample = [pop[i] for i in self._sample(len(pop), k)]
        front = non_dominated([m.fitness for m in sample])
        if self.rng.random() < self.settings.first_objective_bias:
            return sample[min(front, key=lambda i: sample[i].fitness)]
        return sample[front[self.rng.integers(len(front))]]

    def next_task(self) -> Task:
        """The next child to evaluate (the seeds themselves come first)."""
        birth = self.next_birth
        self.next_birth += self.islands
        seed = task_seed(self.settings.seed, birth)
        if self._unsent_seeds:
            return Task(birth, self.seeds[self._unsent_seeds.pop(0)], seed)
        if self.population:
            p = self.settings.archive_parent_probability
            if p > 0 and len(self.archive) and self.rng.random() < p:
                members = self.archive.members
                parent = members[self.rng.integers(len(members))]
            else:
                parent = self.select_parent()
            program, parent_birth = parent.program, parent.birth
        else:  # seeds still being evaluated: mutate a seed directly
            program, parent_birth = self.seeds[self.rng.integers(len(self.seeds))], None
        try:
            child, name = mutate(program, self.rng, self.space)
        except MutationFailed:
            child, name = program, "clone"
        return Task(birth, child, seed, name, parent_birth)

    # -- accepting ------------------------------------------------------------
    def tell(self, result: Result) -> bool:
        """Add an evaluated child; the oldest member leaves when the population is full.

        Returns True if the child entered the Pareto archive.
        """
        return self.accept(Individual(result.program, tuple(float(f) for f in result.fitness), result.birth))

    def accept(self, ind: Individual) -> bool:
        """`tell` for an already built Individual: join, count, offer to the archive."""
        self.join(ind)
        self.evaluations += 1
        return self.archive.add(ind)

    def join(self, ind: Individual) -> None:
        """Put `ind` in the population; when full, the member with the smallest birth leaves
        (the newcomer itself if it is the oldest, e.g. a late result under async executors)."""
        if len(self.population) < self.settings.population_size:
            heapq.heappush(self._ages, (ind.birth, len(self.population)))
            self.population.append(ind)
        elif ind.birth > self._ages[0][0]:
            _, slot = heapq.heapreplace(self._ages, (ind.birth, self._ages[0][1]))
            self.population[slot] = ind

    # -- checkpointing ----------------------------------------------------------
    def frozen(self) -> "RegularizedEvolution":
        """A copy holding this moment's state (lists copied, rng state captured; programs
        shared, as they are immutable): O(population) pointer copies, so a checkpoint can
        be encoded in another thread while this loop goes on."""
        twin = copy.copy(self)
        twin.population, twin._ages = list(self.population), list(self._ages)
        twin.archive, twin._unsent_seeds = self.archive.copy(), list(self._unsent_seeds)
        twin.rng = np.random.default_rng()
        twin.rng.bit_generator.state = self.rng.bit_generator.state
        return twin

    def state_dict(self, encode=to_json_obj) -> dict:
        """A snapshot: population, archive, counters and the rng state.  Programs go through
        `encode` (default: JSON objects; the checkpoint writer passes them through as is)."""
        return {
            "population": [individual_to_json(m, encode) for m in self.population],
            "archive": [individual_to_json(m, encode) for m in self.archive.members],
            "next_birth": self.next_birth,
            "evaluations": self.evaluations,
            "unsent_seeds": list(self._unsent_seeds),
            "rng": self.rng.bit_generator.state,
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore a snapshot taken by `state_dict` (same settings and seeds expected)."""
        self.population = [individual_from_json(d) for d in state["population"]]
        self._ages = [(m.birth, i) for i, m in enumerate(self.population)]
        heapq.heapify(self._ages)
        self.archive = ParetoArchive([individual_from_json(d) for d in state["archive"]])
        self.next_birth = int(state["next_birth"])
        self.evaluations = int(state["evaluations"])
        self._unsent_seeds = list(state["unsent_seeds"])
        self.rng.bit_generator.state = state["rng"]


def individual_to_json(m: Individual, encode=to_json_obj) -> dict:
    """{program, fitness, birth} of a member, the program through `encode`."""
    return {"program": encode(m.program), "fitness": list(m.fitness), "birth": m.birth}


def individual_from_json(d: dict) -> Individual:
    """Inverse of `individual_to_json`; the program may be a JSON object or a Program already."""
    program = d["program"]
    if not isinstance(program, Program):
        program = from_json_obj(program)
    return Individual(program, tuple(float(f) for f in d["fitness"]), int(d["birth"]))
