"""The serial executor: evaluates each task in this process, in submission order."""
from __future__ import annotations

from collections import deque

from evolve.evolution import Result, Task
from evolve.executors.base import safe_evaluate


class SerialExecutor:
    """One task at a time, deterministic: the reference semantics for every other executor."""

    capacity = 1

    def __init__(self, evaluator):
        self.evaluator = evaluator
        self._queue: deque[Task] = deque()

    def submit(self, task: Task) -> None:
        self._queue.append(task)

    def wait(self) -> list[Result]:
        if not self._queue:
            return []
        return [safe_evaluate(self.evaluator, self._queue.popleft())]

    def close(self) -> None:
        self._queue.clear()
