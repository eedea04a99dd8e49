"""Pareto dominance over fitness tuples (lower is better in every component) and the archive."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence


def dominates(a: Sequence[float], b: Sequence[float]) -> bool:
    """True if `a` is no worse than `b` everywhere and strictly better somewhere."""
    return all(x <= y for x, y in zip(a, b)) and any(x < y for x, y in zip(a, b))


def non_dominated(fitnesses: Sequence[Sequence[float]]) -> list[int]:
    """Indices of the fitness tuples no other tuple dominates."""
    return [
        i for i, f in enumerate(fitnesses)
        if not any(dominates(g, f) for j, g in enumerate(fitnesses) if j != i)
    ]


@dataclass(frozen=True)
class Individual:
    """A program with its fitness tuple and its birth number (age is by birth, not wall time)."""

    program: Any
    fitness: tuple[float, ...]
    birth: int


class ParetoArchive:
    """The non-dominated individuals ever seen; on equal fitness the earlier one is kept."""

    def __init__(self, members: Sequence[Individual] = ()):
        self._members: list[Individual] = []
        for m in members:
            self.add(m)

    def add(self, ind: Individual) -> bool:
        """Insert `ind` if nothing dominates or equals it; drop what it dominates. True if added."""
        for m in self._members:
            if dominates(m.fitness, ind.fitness) or tuple(m.fitness) == tuple(ind.fitness):
                return False
        self._members = [m for m in self._members if not dominates(ind.fitness, m.fitness)]
        self._members.append(ind)
        self._members.sort(key=lambda m: (m.fitness[1:], m.fitness[0]))
        return True

    @property
    def members(self) -> list[Individual]:
        """Front members sorted by cost (the later fitness components), then error."""
        return list(self._members)

    def __len__(self) -> int:
        return len(self._members)
