"""Pareto dominance over fitness tuples (lower is better in every component) and the archive."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence


def dominates(a: Sequence[float], b: Sequence[float]) -> bool:
    """True if `a` is no worse than `b` everywhere and strictly better somewhere."""
    return all(x <= y for x, y in zip(a, b)) and any(x < y for x, y in zip(a, b))


def non_dominated(fitnesses: Sequence[Sequence[float]]) -> list[int]:
    """Indices (ascending) of the fitness tuples no other tuple dominates.

    Two objectives without NaN take an O(k log k) sort-and-sweep; anything else the
    O(k^2) pairwise test (same answer: equal tuples never dominate each other)."""
    if fitnesses and all(len(f) == 2 for f in fitnesses) and not any(a != a or b != b for a, b in fitnesses):
        return _non_dominated_2d(fitnesses)
    return _non_dominated_pairwise(fitnesses)


def _non_dominated_pairwise(fitnesses: Sequence[Sequence[float]]) -> list[int]:
    return [
        i for i, f in enumerate(fitnesses)
        if not any(dominates(g, f) for j, g in enumerate(fitnesses) if j != i)
    ]


def _non_dominated_2d(fitnesses: Sequence[Sequence[float]]) -> list[int]:
    # Sorted by (f0, f1), a tuple survives iff it has its f0 group's smallest f1 and that f1
    # beats every f1 seen at a strictly smaller f0 (ties within a group all survive).
    order = sorted(range(len(fitnesses)), key=lambda i: (fitnesses[i][0], fitnesses[i][1]))
    keep, best_before, k = [], None, 0
    while k < len(order):
        f0 = fitnesses[order[k]][0]
        group_min = fitnesses[order[k]][1]
        j = k
        while j < len(order) and fitnesses[order[j]][0] == f0:
            if fitnesses[order[j]][1] == group_min and (best_before is None or group_min < best_before):
                keep.append(order[j])
            j += 1
        best_before = group_min if best_before is None else min(best_before, group_min)
        k = j
    keep.sort()
    return keep


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

    def copy(self) -> "ParetoArchive":
        """An independent archive with the same members (no dominance checks)."""
        twin = ParetoArchive()
        twin._members = list(self._members)
        return twin

    @property
    def members(self) -> list[Individual]:
        """Front members sorted by cost (the later fitness components), then error."""
        return list(self._members)

    def __len__(self) -> int:
        return len(self._members)
