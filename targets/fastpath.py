"""The fast path of a full-range function: its template specialized to the inputs that need no
special handling.

A description may give `fast_range: [lo, hi]` (or a list of such intervals), where the
template's special cases (clamps, overflow, underflow, NaN, subnormal scaling) are all
inactive.  `fast_template` folds every select whose condition is constant over that interval
into the arm it takes (and every bitwise or with an operand that is zero there into the other
operand), and drops what is then dead: for exp, the reduction, the kernel and the exponent
add, about half the ops.  The emitters run it on whole blocks (C) or arrays (JAX) whose inputs all lie in
the intervals and fall back to the full template otherwise, so each output is the full template's.

Which conditions are constant is read off the evaluator on a dense sample of the interval
(its ends and their neighbours, every power of two, and random points); `check_fast_path`
then compares the two programs over every float32 of the interval, which is what makes the
fast path safe (exports run it: codegen never trusts the sample).
"""
from __future__ import annotations

import numpy as np

from evolve.interpret import node_values
from evolve.program import Node, Program
from targets.f32consts import domain_bit_ranges

F32 = np.float32
U32 = np.uint32


def sample(lo: float, hi: float, n: int = 1 << 18, seed: int = 0) -> np.ndarray:
    """A dense sample of the float32 interval [lo, hi]: both ends and their neighbours, the
    powers of two inside, and `n` points spread over the bit patterns and over the values."""
    rng = np.random.default_rng(seed)
    pts = [np.array([lo, hi], F32)]
    for a, b in domain_bit_ranges(lo, hi):  # [a, b): patterns in value order within each
        edge = np.concatenate([np.arange(a, min(a + 64, b)), np.arange(max(b - 64, a), b)])
        pts += [edge.astype(U32).view(F32), rng.integers(a, b, n, dtype=np.int64).astype(U32).view(F32)]
    big = float(np.finfo(F32).max)
    pts.append(rng.uniform(max(lo, -big), min(hi, big), n).astype(F32))
    powers = np.ldexp(1.0, np.arange(-149, 128)).astype(F32)
    powers = np.concatenate([powers, -powers])
    pts.append(powers[(powers >= F32(lo)) & (powers <= F32(hi))])
    return np.concatenate(pts)


def fast_template(template: Program, kernels: dict[str, Program], intervals, flush: bool = False) -> Program:
    """`template` with every select whose condition is constant on the sample of the union of
    `intervals` ((lo, hi), ...) replaced by the arm it takes, every or_i with an operand that
    is zero there by its other operand, then pruned; kernel slots stay."""
    x = np.concatenate([sample(lo, hi) for lo, hi in intervals])
    with np.errstate(all="ignore"):
        values = node_values(template, x, flush=flush, kernels=kernels)
    alias = list(range(len(template.nodes)))  # node -> the node standing for it
    nodes: list[Node] = []
    for i, node in enumerate(template.nodes):
        args = tuple(alias[a] for a in node.args)
        if node.op in ("select", "select_i"):
            cond = np.broadcast_to(values[node.args[0]], x.shape)
            if cond.all() or not cond.any():
                alias[i] = args[1] if cond.all() else args[2]
        elif node.op == "or_i":  # x | 0 (exp's NaN bits, zero on finite inputs): the other operand
            for zero, other in ((0, 1), (1, 0)):
                if not np.broadcast_to(values[node.args[zero]], x.shape).any():
                    alias[i] = args[other]
                    break
        nodes.append(Node(node.op, args, node.value))
    return Program(tuple(nodes), alias[template.output]).pruned()


def check_fast_path(full, fast, intervals, chunk: int = 1 << 24) -> dict:
    """Compare two float32 array functions over every float32 of the `intervals`, bit for bit.

    `full`, `fast`: callables on float32 arrays.  Returns {"n_checked", "mismatches",
    "first": [x, full bits, fast bits] or None}."""
    n, bad, first = 0, 0, None
    for lo, hi in intervals:
        for a, b in domain_bit_ranges(lo, hi):
            for start in range(a, b, chunk):
                x = np.arange(start, min(start + chunk, b), dtype=np.int64).astype(U32).view(F32)
                want, got = np.asarray(full(x)).view(U32), np.asarray(fast(x)).view(U32)
                diff = np.flatnonzero(want != got)
                n += x.size
                bad += diff.size
                if diff.size and first is None:
                    i = diff[0]
                    first = [float(x[i]), f"0x{want[i]:08x}", f"0x{got[i]:08x}"]
    return {"n_checked": n, "mismatches": bad, "first": first}
