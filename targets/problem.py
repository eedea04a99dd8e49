"""The kernel-search problem: the evaluator the evolution's executors call.

`KernelProblem.evaluate(program, seed)` trains the program's constants on the
training set (warm-started from the constants it carries), then scores it:
fitness = (max ULP error on the validation set, cost).  It never raises for a bad
program: NaN/inf results score an infinite error.
"""
from __future__ import annotations

import time
from collections import OrderedDict

import numpy as np

from targets.dataset import PointSet, load_point_set
from targets.fitness import program_max_ulp
from targets.fitting import FitOptions, fit_constants
from targets.registry import Target, get_target


class KernelProblem:
    """Fit-and-score evaluator for one target's kernel; picklable (ships to Ray workers)."""

    def __init__(self, target: Target, train: PointSet, validation: PointSet,
                 cost_weights: dict | None = None, fit_options: FitOptions | None = None):
        self.target = target
        self.train = train
        self.validation = validation
        self.cost_weights = dict(cost_weights or {})
        self.fit_options = fit_options or FitOptions()
        self._memo: OrderedDict = OrderedDict()  # program -> (fitted, fitness, info), LRU

    def __getstate__(self):  # the memo stays with its process
        state = dict(self.__dict__)
        state["_memo"] = OrderedDict()
        return state

    def evaluate(self, program, seed: int):
        """Train constants, then return (fitted program, (validation max ULP, cost), info).

        With fit option memo_size > 0, a program evaluated before (same structure and
        constants) is not fitted again: its earlier result comes back (info['memo'] = True)."""
        size = self.fit_options.memo_size
        if size:
            hit = self._memo.get(program)
            if hit is not None:
                self._memo.move_to_end(program)
                return hit[0], hit[1], {**hit[2], "memo": True, "seconds": 0.0}
        result = self._evaluate(program, seed)
        if size:
            self._memo[program] = result
            if len(self._memo) > size:
                self._memo.popitem(last=False)
        return result

    def _evaluate(self, program, seed: int):
        t0 = time.perf_counter()
        rng = np.random.default_rng(seed)
        fitted = fit_constants(program, self.train, rng, self.fit_options)
        error = program_max_ulp(fitted, self.validation)
        if not np.isfinite(error):
            error = float("inf")
        info = {"train_ulp": program_max_ulp(fitted, self.train), "seconds": time.perf_counter() - t0}
        # rounded: sums of measured weights (0.84 + 0.84 + ...) must compare equal across programs
        return fitted, (float(error), round(float(fitted.cost(self.cost_weights)), 6)), info


def fit_options_from_dict(values: dict | None) -> FitOptions:
    """FitOptions from a config mapping; ValueError naming an unknown key or a value of the wrong type."""
    fields = FitOptions.__dataclass_fields__
    defaults = FitOptions()
    for key, value in (values or {}).items():
        if key not in fields:
            raise ValueError(f"unknown fitting option {key!r}; known: {', '.join(sorted(fields))}")
        kind = type(getattr(defaults, key))
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value)
              if kind is float else isinstance(value, kind) and not isinstance(value, bool))
        if not ok:
            raise ValueError(f"fitting option {key!r} must be {'an' if kind is int else 'a'} {kind.__name__}, got {value!r}")
    return FitOptions(**(values or {}))


def build_problem(target_name: str, domain, train_points: int, validation_points: int, seed: int,
                  cost_weights: dict | None = None, fit_options: dict | None = None,
                  cache_dir=None, dps: int = 40) -> KernelProblem:
    """Build a KernelProblem from config values; point sets come from the on-disk cache."""
    target = get_target(target_name, domain)
    options = fit_options_from_dict(fit_options)
    train = load_point_set(target, train_points, "train", seed, cache_dir=cache_dir, dps=dps)
    validation = load_point_set(target, validation_points, "validation", seed, cache_dir=cache_dir, dps=dps)
    return KernelProblem(target, train, validation, cost_weights, options)
