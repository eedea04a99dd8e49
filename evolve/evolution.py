"""Regularized (aging) evolution with Pareto-aware tournament selection.

The loop knows programs and fitness tuples only.  It hands out `Task`s (children to
evaluate) and takes back `Result`s, so any executor - serial, Ray, async - can drive
it.  Age is the birth counter: the oldest member (smallest birth) leaves the
population when a new one joins.  All randomness comes from one numpy Generator
whose state is part of `state_dict()`, so a checkpointed run resumes exactly.
"""
from __future__ import annotations

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

    def __post_init__(self):
        if self.population_size < 1:
            raise ValueError("population_size must be >= 1")
        if not 1 <= self.tournament_size <= self.population_size:
            raise ValueError("tournament_size must be between 1 and population_size")
        if not 0 <= self.first_objective_bias <= 1:
            raise ValueError("first_objective_bias must be in [0, 1]")


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

    def __init__(self, settings: EvolutionSettings, space: SearchSpace, seeds: list[Program]):
        if not seeds:
            raise ValueError("evolution needs at least one seed program")
        self.settings = settings
        self.space = space
        self.seeds = [s.pruned() for s in seeds]
        self.rng = np.random.default_rng(settings.seed)
        self.population: list[Individual] = []
        self.archive = ParetoArchive()
        self.next_birth = 0
        self.evaluations = 0
        self._unsent_seeds = list(range(len(self.seeds)))

    # -- proposing ------------------------------------------------------------
    def select_parent(self) -> Individual:
        """Tournament: sample members and keep the sample's non-dominated ones; pick the most
        accurate of them with probability `first_objective_bias`, else one at random."""
        pop = self.population
        k = min(self.settings.tournament_size, len(pop))
        sample = [pop[i] for i in self.rng.choice(len(pop), size=k, replace=False)]
        front = non_dominated([m.fitness for m in sample])
        if self.rng.random() < self.settings.first_objective_bias:
            return sample[min(front, key=lambda i: sample[i].fitness)]
        return sample[front[self.rng.integers(len(front))]]

    def next_task(self) -> Task:
        """The next child to evaluate (the seeds themselves come first)."""
        birth = self.next_birth
        self.next_birth += 1
        seed = int(np.random.SeedSequence([self.settings.seed, birth]).generate_state(1)[0])
        if self._unsent_seeds:
            return Task(birth, self.seeds[self._unsent_seeds.pop(0)], seed)
        if self.population:
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
        ind = Individual(result.program, tuple(float(f) for f in result.fitness), result.birth)
        self.population.append(ind)
        if len(self.population) > self.settings.population_size:
            oldest = min(range(len(self.population)), key=lambda i: self.population[i].birth)
            self.population.pop(oldest)
        self.evaluations += 1
        return self.archive.add(ind)

    # -- checkpointing ----------------------------------------------------------
    def state_dict(self) -> dict:
        """A JSON-ready snapshot: population, archive, counters and the rng state."""
        def ind(m: Individual) -> dict:
            return {"program": to_json_obj(m.program), "fitness": list(m.fitness), "birth": m.birth}

        return {
            "population": [ind(m) for m in self.population],
            "archive": [ind(m) for m in self.archive.members],
            "next_birth": self.next_birth,
            "evaluations": self.evaluations,
            "unsent_seeds": list(self._unsent_seeds),
            "rng": self.rng.bit_generator.state,
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore a snapshot taken by `state_dict` (same settings and seeds expected)."""
        def ind(d: dict) -> Individual:
            return Individual(from_json_obj(d["program"]), tuple(float(f) for f in d["fitness"]), int(d["birth"]))

        self.population = [ind(d) for d in state["population"]]
        self.archive = ParetoArchive([ind(d) for d in state["archive"]])
        self.next_birth = int(state["next_birth"])
        self.evaluations = int(state["evaluations"])
        self._unsent_seeds = list(state["unsent_seeds"])
        self.rng.bit_generator.state = state["rng"]
