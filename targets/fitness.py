"""Kernel fitness: a program's ULP error against a point set's ground truth.

Errors never raise: NaN or wrongly infinite outputs score inf (targets/ulp.py), and
an arithmetic failure while evaluating scores inf on every point.  The cost half of
the fitness is `Program.cost(weights)`.
"""
from __future__ import annotations

import numpy as np

from evolve.interpret import evaluate_float32
from evolve.program import Program
from targets.dataset import PointSet
from targets.ulp import ulp_error


def program_ulp_errors(program: Program, points: PointSet) -> np.ndarray:
    """Per-point ULP error (float64 array) of `program` evaluated in float32 on `points.x`."""
    try:
        with np.errstate(all="ignore"):
            y = evaluate_float32(program, points.x)
            return ulp_error(y, points.ref)
    except (ArithmeticError, ValueError):
        return np.full(points.x.shape, np.inf)


def program_max_ulp(program: Program, points: PointSet) -> float:
    """The largest ULP error of `program` over `points` (inf for NaN / wrong inf outputs)."""
    err = program_ulp_errors(program, points)
    return float(err.max()) if err.size else 0.0
