"""The kernel-search problem: the evaluator the evolution's executors call.

`KernelProblem.evaluate(program, seed)` trains the program's constants on the
training set (warm-started from the constants it carries), then scores it:
fitness = (max ULP error on the validation set, cost).  It never raises for a bad
program: NaN/inf results score an infinite error.
"""
from __future__ import annotations

import time

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

    def evaluate(self, program, seed: int):
        """Train constants, then return (fitted program, (validation max ULP, cost), info)."""
        t0 = time.perf_counter()
        rng = np.random.default_rng(seed)
        fitted = fit_constants(program, self.train, rng, self.fit_options)
        error = program_max_ulp(fitted, self.validation)
        if not np.isfinite(error):
            error = float("inf")
        info = {"train_ulp": program_max_ulp(fitted, self.train), "seconds": time.perf_counter() - t0}
        return fitted, (float(error), float(fitted.cost(self.cost_weights))), info


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
