"""Vectorized evaluation of programs on numpy arrays.

`evaluate_float32` is the reference semantics of a program: every node rounds to
float32 exactly as its op's registered float32 semantics say.  `evaluate_float64`
runs the same DAG in float64 and serves smooth optimizers (constant fitting).
"""
from __future__ import annotations

import numpy as np

from evolve.ops import get_op
from evolve.program import Program


def _evaluate(program: Program, x: np.ndarray, dtype, semantics: str) -> np.ndarray:
    x = np.asarray(x, dtype=dtype)
    values: list[np.ndarray] = []
    for node in program.nodes:
        if node.op == "x":
            v = x
        elif node.op == "const":
            v = dtype(node.value)
        else:
            fn = getattr(get_op(node.op), semantics)
            v = fn(*(values[a] for a in node.args))
            v = np.asarray(v, dtype=dtype)
        values.append(v)
    out = values[program.output]
    return np.broadcast_to(out, x.shape).astype(dtype, copy=True)


def evaluate_float32(program: Program, x: np.ndarray) -> np.ndarray:
    """Evaluate `program` on float32 inputs `x`, rounding every op to float32; returns float32."""
    return _evaluate(program, x, np.float32, "float32")


def evaluate_float64(program: Program, x: np.ndarray) -> np.ndarray:
    """Evaluate `program` in float64 (no float32 rounding); a smooth proxy for constant fitting."""
    return _evaluate(program, x, np.float64, "float64")
