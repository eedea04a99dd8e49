"""A stub evaluator for measuring the driver side of the search (no numerics).

`StubEvaluator.evaluate` returns the program unchanged with a fitness drawn from the
task's seed (so selection has something to act on) and the program's length as cost,
after `work_s` seconds of simulated work (a sleep: it holds no CPU, so many simulated
workers fit on a small machine, as remote cluster workers would).
"""
from __future__ import annotations

import time


class StubEvaluator:
    """Instant (or `work_s`-second) evaluator with deterministic pseudo-fitness."""

    def __init__(self, work_s: float = 0.0):
        self.work_s = float(work_s)

    def evaluate(self, program, seed: int) -> tuple:
        """(program, (error, cost), {}): error from the seed, cost = number of nodes."""
        if self.work_s > 0:
            time.sleep(self.work_s)
        error = (seed % 1000003) / 1000003.0 * len(program.nodes) ** -0.5
        return program, (error, float(len(program.nodes))), {}
