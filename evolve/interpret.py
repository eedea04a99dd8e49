"""Vectorized evaluation of programs on numpy arrays.

`evaluate_float32` is the reference semantics of a program: every node rounds to
float32 exactly as its op's registered float32 semantics say.  `evaluate_float64`
runs the same DAG in float64 and serves smooth optimizers (constant fitting).
"""
from __future__ import annotations

import numpy as np

from evolve.ops import TYPES, get_op
from evolve.program import KERNEL, Program


def _flush(v: np.ndarray) -> np.ndarray:
    """Subnormal float32 values as zeros of their sign (DAZ/FTZ)."""
    v = np.asarray(v)
    tiny = (np.abs(v) < np.float32(np.finfo(np.float32).tiny)) & (v != 0)
    return np.where(tiny, np.copysign(np.float32(0), v), v).astype(np.float32) if tiny.any() else v


def node_values(program: Program, x: np.ndarray, dtype=np.float32, semantics: str = "float32",
                flush: bool = False, kernels: dict | None = None) -> list[np.ndarray]:
    """The value of every node of `program` on inputs `x` (scalars for constants).  A template's
    kernel nodes (evolve.compose) run the program `kernels` gives for their slot."""
    x = np.asarray(x, dtype=dtype)
    values: list[np.ndarray] = []
    for node in program.nodes:
        if node.op == "x":
            v = x
        elif node.op == "const":
            v = dtype(node.value)
        elif node.op == "iconst":
            v = np.int32(node.value)
        elif node.op == KERNEL:
            if not kernels or node.value not in kernels:
                raise ValueError(f"no kernel program for slot {node.value!r}")
            v = _evaluate(kernels[node.value], np.broadcast_to(values[node.args[0]], x.shape), dtype, semantics, flush)
        else:
            op = get_op(node.op)
            fn = getattr(op, semantics)
            if fn is None:
                raise ValueError(f"op {op.name} has no {semantics} semantics (template ops run in float32 only)")
            args = [values[a] for a in node.args]
            if flush and op.flushes:
                args = [_flush(a) if t == "f32" else a for a, t in zip(args, op.args)]
            v = fn(*args)
            v = np.asarray(v, dtype=dtype if op.result == "f32" else TYPES[op.result])
            if flush and op.flushes and op.result == "f32":
                v = _flush(v)
        values.append(v)
    return values


def _evaluate(program: Program, x: np.ndarray, dtype, semantics: str, flush: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=dtype)
    out = node_values(program, x, dtype, semantics, flush)[program.output]
    return np.broadcast_to(out, x.shape).astype(dtype, copy=True)


def evaluate_float32(program: Program, x: np.ndarray, flush: bool = False) -> np.ndarray:
    """Evaluate `program` on float32 inputs `x`, rounding every op to float32; returns float32.

    flush=True: the semantics of a flush-to-zero machine (XLA on CPU): every op marked
    `flushes` in evolve.ops reads subnormal float operands as zeros of their sign and returns
    subnormal results as zeros; bit moves (bit casts, integer ops, select, abs, copysign) do not.
    """
    return _evaluate(program, x, np.float32, "float32", flush)


def evaluate_float64(program: Program, x: np.ndarray) -> np.ndarray:
    """Evaluate `program` in float64 (no float32 rounding); a smooth proxy for constant fitting."""
    return _evaluate(program, x, np.float64, "float64")
