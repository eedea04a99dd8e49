"""The op registry: every arithmetic op a program may use.

Each op is described once, here: its arity, whether its arguments commute, its
default cost weight and its float32 semantics on numpy arrays.  The semantics are
the reference every backend (C, JAX) must reproduce bit for bit: each op rounds
its exact real result to float32 once (round to nearest even).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

F32 = np.float32
F64 = np.float64


@dataclass(frozen=True)
class Op:
    """One arithmetic op: name, arity, commutativity of its first two args, cost, semantics."""

    name: str
    arity: int
    commutative: bool
    cost: float
    float32: Callable[..., np.ndarray]
    float64: Callable[..., np.ndarray]


def fma_float32(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Exact fused multiply-add a*b + c rounded once to float32.

    How: the product of two float32 values is exact in float64 (48 significant
    bits).  The float64 sum p + c may round, so the sum is computed with TwoSum,
    which also yields its exact rounding error e.  Rounding the float64 sum to odd
    (when e != 0 and the sum's last bit is even, step it one float64 ulp towards e)
    keeps a sticky bit, and a round-to-odd result with 53 >= 24 + 2 bits rounds
    correctly to float32 (Boldo & Melquiond), normal and subnormal results alike.
    """
    with np.errstate(all="ignore"):
        a64 = np.asarray(a, F32).astype(F64)
        b64 = np.asarray(b, F32).astype(F64)
        c64 = np.asarray(c, F32).astype(F64)
        p = a64 * b64  # exact: no overflow or underflow possible for float32 inputs
        s = p + c64
        bp = s - c64
        e = (p - bp) + (c64 - (s - bp))  # TwoSum error: p + c == s + e exactly
        s, e = np.broadcast_arrays(s, e)
        bits = np.ascontiguousarray(s).view(np.int64).copy()
        inexact = np.isfinite(e) & (e != 0) & ((bits & 1) == 0)
        towards_larger_magnitude = (e > 0) == (s > 0)
        bits = np.where(inexact, bits + np.where(towards_larger_magnitude, 1, -1), bits)
        odd = bits.view(F64)
        return odd.astype(F32)


def _fma_float64(a, b, c):
    with np.errstate(all="ignore"):
        return a * b + c


def _binary(fn):
    def apply(a, b):
        with np.errstate(all="ignore"):
            return fn(a, b)

    return apply


OPS: dict[str, Op] = {
    "add": Op("add", 2, True, 1.0, _binary(np.add), _binary(np.add)),
    "sub": Op("sub", 2, False, 1.0, _binary(np.subtract), _binary(np.subtract)),
    "mul": Op("mul", 2, True, 1.0, _binary(np.multiply), _binary(np.multiply)),
    "div": Op("div", 2, False, 1.0, _binary(np.divide), _binary(np.divide)),
    # fma(a, b, c) = a*b + c: a and b commute, c does not.
    "fma": Op("fma", 3, True, 1.0, fma_float32, _fma_float64),
}

# Leaf kinds are not ops: they have no arguments and no semantics to register.
LEAVES = ("x", "const")


def get_op(name: str) -> Op:
    """Return the registered op called `name`, or raise a ValueError listing the known ops."""
    try:
        return OPS[name]
    except KeyError:
        raise ValueError(f"unknown op {name!r}; known ops: {', '.join(sorted(OPS))}") from None
