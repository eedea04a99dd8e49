"""The executor interface: evaluate tasks somewhere and hand results back.

An evaluator is any picklable object with `evaluate(program, seed) -> (program,
fitness_tuple, info_dict)`.  Executors never let an evaluator's exception escape:
the child scores infinite fitness and the error text goes into `info`.
"""
from __future__ import annotations

import traceback
from typing import Protocol

from evolve.evolution import Result, Task


class Evaluator(Protocol):
    def evaluate(self, program, seed: int) -> tuple:  # pragma: no cover - protocol
        ...


class Executor(Protocol):
    """Where children are evaluated."""

    capacity: int  # how many tasks it usefully keeps in flight

    def submit(self, task: Task) -> None:
        """Queue a task for evaluation."""

    def wait(self) -> list[Result]:
        """Block until at least one submitted task is done; return the finished results."""

    def close(self) -> None:
        """Release workers."""


def safe_evaluate(evaluator, task: Task, n_objectives: int = 2) -> Result:
    """Run the evaluator on one task; any exception becomes an infinite-fitness result."""
    try:
        program, fitness, info = evaluator.evaluate(task.program, task.seed)
    except Exception as exc:  # a bad program must never stop the search
        program, fitness = task.program, (float("inf"),) * n_objectives
        info = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=3)}
    return Result(task.birth, program, tuple(fitness), task.mutation, task.parent, dict(info))
