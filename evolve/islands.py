"""Island model: N regularized evolutions with their own populations, and migration.

`IslandModel` has the loop interface of `RegularizedEvolution` (next_task, tell,
archive, evaluations, state_dict), so the driver and every executor run it
unchanged.  Island i numbers its children i, i+N, i+2N, ..., so a result finds its
island from its birth alone.  Children are proposed round-robin over the islands,
which keeps a serial run bit-reproducible.  Every `interval` evaluations of an
island it sends copies of up to `migrants` of its population's non-dominated
members (most accurate first) to the next island (ring) or to a random other one
(random); a migrant joins as a newborn there.  The global archive merges every
island's results.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from evolve.evolution import (EvolutionSettings, RegularizedEvolution, Result, Task, individual_from_json,
                              individual_to_json)
from evolve.pareto import Individual, ParetoArchive, non_dominated
from evolve.serialize import to_json_obj

TOPOLOGIES = ("ring", "random")


@dataclass(frozen=True)
class Migration:
    """Every `interval` evaluations an island sends `migrants` members along `topology`."""

    interval: int = 1000
    migrants: int = 4
    topology: str = "ring"

    def __post_init__(self):
        if self.interval < 1 or self.migrants < 0:
            raise ValueError("migration interval must be >= 1 and migrants >= 0")
        if self.topology not in TOPOLOGIES:
            raise ValueError(f"migration topology must be one of {', '.join(TOPOLOGIES)}, got {self.topology!r}")


def emigrants(island: RegularizedEvolution, count: int) -> list[Individual]:
    """Up to `count` non-dominated members of the island's population, most accurate first."""
    pop = island.population
    front = sorted((pop[i] for i in non_dominated([m.fitness for m in pop])), key=lambda m: (m.fitness, m.birth))
    return front[:count]


def immigrate(island: RegularizedEvolution, members: list[Individual]) -> None:
    """Add copies of `members` to the island as newborns (fresh births, so they age there)."""
    for m in members:
        island.join(Individual(m.program, m.fitness, island.next_birth))
        island.next_birth += island.islands


def destination(source: int, islands: int, topology: str, rng: np.random.Generator) -> int:
    """Where island `source` sends its migrants: the next island, or a random other one."""
    if topology == "ring":
        return (source + 1) % islands
    other = int(rng.integers(islands - 1))
    return other + (other >= source)


class IslandModel:
    """N islands behind one evolution interface; bit-reproducible under the serial executor."""

    def __init__(self, settings: EvolutionSettings, space, seeds, islands: int, migration: Migration):
        if islands < 2:
            raise ValueError("an island model needs at least 2 islands (1 is plain RegularizedEvolution)")
        self.settings, self.migration = settings, migration
        self.islands = [RegularizedEvolution(settings, space, seeds, i, islands) for i in range(islands)]
        self.rng = np.random.default_rng([settings.seed, islands, 1])  # migration destinations only
        self.archive = ParetoArchive()
        self.migrations = 0  # migration events so far
        self.inbox: list[list[Individual]] = [[] for _ in range(islands)]  # migrants not yet taken in (Ray)
        self._turn = 0

    @property
    def evaluations(self) -> int:
        """Results told, over all islands."""
        return sum(isl.evaluations for isl in self.islands)

    @property
    def population(self) -> list[Individual]:
        """All islands' members (island 0 first)."""
        return [m for isl in self.islands for m in isl.population]

    def next_task(self) -> Task:
        """The next island's next child (islands take turns)."""
        i = self._turn
        self._turn = (i + 1) % len(self.islands)
        if self.inbox[i]:  # left by a Ray island run this one resumes
            immigrate(self.islands[i], self.inbox[i])
            self.inbox[i] = []
        return self.islands[i].next_task()

    def tell(self, result: Result) -> bool:
        """Give the result to its island (by birth), merge it into the global archive, and
        migrate when that island's evaluation count reaches a multiple of the interval."""
        island = self.islands[result.birth % len(self.islands)]
        ind = Individual(result.program, tuple(float(f) for f in result.fitness), result.birth)
        island.accept(ind)
        entered = self.archive.add(ind)
        if self.migration.migrants and island.evaluations % self.migration.interval == 0:
            dest = destination(island.island, len(self.islands), self.migration.topology, self.rng)
            immigrate(self.islands[dest], emigrants(island, self.migration.migrants))
            self.migrations += 1
        return entered

    def frozen(self) -> "IslandModel":
        """A copy holding this moment's state (see RegularizedEvolution.frozen)."""
        twin = copy.copy(self)
        twin.islands = [isl.frozen() for isl in self.islands]
        twin.archive, twin.inbox = self.archive.copy(), [list(box) for box in self.inbox]
        twin.rng = np.random.default_rng()
        twin.rng.bit_generator.state = self.rng.bit_generator.state
        return twin

    def state_dict(self, encode=to_json_obj) -> dict:
        """Every island's state plus the global archive, migration rng and turn."""
        return {
            "islands": [isl.state_dict(encode) for isl in self.islands],
            "archive": [individual_to_json(m, encode) for m in self.archive.members],
            "evaluations": self.evaluations,
            "migrations": self.migrations,
            "turn": self._turn,
            "rng": self.rng.bit_generator.state,
            "inbox": [[individual_to_json(m, encode) for m in box] for box in self.inbox],
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore a snapshot taken by `state_dict` (same settings, seeds and island count)."""
        if len(state["islands"]) != len(self.islands):
            raise ValueError(f"the checkpoint has {len(state['islands'])} islands, the config {len(self.islands)}")
        for isl, s in zip(self.islands, state["islands"]):
            isl.load_state_dict(s)
        self.archive = ParetoArchive([individual_from_json(d) for d in state["archive"]])
        self.migrations = int(state["migrations"])
        self._turn = int(state["turn"])
        self.rng.bit_generator.state = state["rng"]
        self.inbox = [[individual_from_json(d) for d in box] for box in state["inbox"]]
