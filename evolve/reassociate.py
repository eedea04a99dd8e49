"""Shorter dependency chains for Horner polynomials: a program transform, not a codegen trick.

A Horner chain `fma(...fma(fma(c_n, y, c_n-1), y, c_n-2)..., y, c_0)` is n dependent fmas.  In a
vectorized loop the out-of-order core holds only a few iterations' worth of waiting fmas, so a
long chain, not the fma count, sets the speed (erf's degree-12 tail, C AVX2: 8% faster split).
`split_horner` rewrites each such chain as

    P(y) = c_0 + y (c_1 + ... + y (c_{keep-1} + y Q(y))),   Q(y) = E(y^2) + y O(y^2)

with E and O (Q's even and odd coefficients) two independent Horner chains in z = y*y: about half
the depth for one more op.  The last `keep` steps stay Horner: they carry most of the result's
rounding error, which the higher part, scaled down by y^keep, barely moves.

The rewritten program rounds differently (its bits differ from the original's), so its error is
not the original's: score or verify it again (`evolve export` does, over every float32).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from evolve.program import Node, Program


@dataclass(frozen=True)
class HornerChain:
    """A Horner chain of `program`: `coeffs` = const node indices c_n..c_0 (leading first), `var`
    = y's node index, `nodes` = the chain's fma nodes in order (the last one is its value)."""

    coeffs: tuple[int, ...]
    var: int
    nodes: tuple[int, ...]


def _uses(program: Program) -> list[int]:
    count = [0] * len(program.nodes)
    for node in program.nodes:
        for a in node.args:
            count[a] += 1
    count[program.output] += 1
    return count


def _step(program: Program, index: int) -> tuple[int, int, int] | None:
    """(multiplicand, y, const addend) of an fma node `a * b + c` with a const c; the
    multiplicand is whichever of a, b is not y (y: the other factor); None otherwise."""
    node = program.nodes[index]
    if node.op != "fma" or program.nodes[node.args[2]].op != "const":
        return None
    a, b, c = node.args
    return a, b, c


def horner_chains(program: Program, min_degree: int = 4) -> list[HornerChain]:
    """The maximal Horner chains of degree >= `min_degree` whose inner values feed only the next
    step (so the rewrite may drop them).  Every addend is a constant; the leading coefficient may
    be any value computed before the chain (log's kernel starts from an fma in x^2)."""
    uses = _uses(program)
    nodes = program.nodes
    is_const = lambda i: nodes[i].op == "const"  # noqa: E731
    chains = []
    taken: set[int] = set()
    for end in range(len(nodes) - 1, -1, -1):
        if end in taken or _step(program, end) is None:
            continue
        # walk down from `end`: fma(prev, y, c) with prev an fma of the same y used only here
        a, b, c = _step(program, end)
        for acc, var in ((a, b), (b, a)):
            steps, addends = [end], [c]
            while (s := _step(program, acc)) is not None and uses[acc] == 1 and var in s[:2] \
                    and not is_const(var):
                steps.append(acc)
                addends.append(s[2])
                acc = s[0] if s[1] == var else s[1]
            if len(steps) >= min_degree:  # the leading coefficient may be any value
                chains.append(HornerChain((acc, *reversed(addends)), var, tuple(reversed(steps))))
                taken.update(steps)
                break
    return sorted(chains, key=lambda ch: ch.nodes[-1])


def _horner(new: list[Node], coeffs: list[int], var: int) -> int:
    """Append the Horner evaluation of `coeffs` (leading first, node indices) in `var`."""
    acc = coeffs[0]
    for c in coeffs[1:]:
        new.append(Node("fma", (acc, var, c)))
        acc = len(new) - 1
    return acc


def split_horner(program: Program, keep: int = 2, min_degree: int = 6) -> Program:
    """`program` with every Horner chain of degree >= `min_degree` evaluated as two half-length
    chains in y^2 above its last `keep` steps (module docstring).  Unchanged where there is none."""
    if keep < 0:
        raise ValueError(f"keep must be >= 0, got {keep}")
    original, program = program, program.folded()  # constant subexpressions as constants (same bits)
    chains = {ch.nodes[-1]: ch for ch in horner_chains(program, min_degree) if len(ch.coeffs) - 1 - keep >= 3}
    if not chains:
        return original
    dropped = {i for ch in chains.values() for i in ch.nodes[:-1]}
    new: list[Node] = []
    where: dict[int, int] = {}
    for i, node in enumerate(program.nodes):
        if i in dropped:
            continue
        if i not in chains:
            new.append(Node(node.op, tuple(where[a] for a in node.args), node.value))
            where[i] = len(new) - 1
            continue
        ch = chains[i]
        coeffs = [where[c] for c in ch.coeffs]  # c_n .. c_0
        y = where[ch.var]
        upper, lower = coeffs[:len(coeffs) - keep], coeffs[len(coeffs) - keep:]  # Q: c_n .. c_keep
        q = upper[::-1]  # q_0 .. q_m
        new.append(Node("mul", (y, y)))
        z = len(new) - 1
        even = _horner(new, q[0::2][::-1], z)
        odd = _horner(new, q[1::2][::-1], z)
        new.append(Node("fma", (odd, y, even)))
        where[i] = _horner(new, [len(new) - 1, *lower], y)
    return Program(tuple(new), where[program.output]).deduplicated()  # y*y may exist already


def depth(program: Program) -> int:
    """The longest chain of ops from x or a constant to the output (consts and x count 0)."""
    d = [0] * len(program.nodes)
    for i, node in enumerate(program.nodes):
        d[i] = 0 if not node.args else 1 + max(d[a] for a in node.args)
    return d[program.output]


def nearest_float32(value: Fraction) -> float:
    """`value` rounded once to the nearest float32 (ties to even), not through float64 first."""
    import numpy as np

    guess = np.float32(float(value))  # within an ulp of the answer
    cands = [np.nextafter(guess, np.float32(-np.inf)), guess, np.nextafter(guess, np.float32(np.inf))]
    cands = [c for c in cands if np.isfinite(c)]
    best = min(cands, key=lambda c: (abs(Fraction(float(c)) - value), int(np.float32(c).view(np.uint32)) & 1))
    return float(best)


def polynomial_coefficients(program: Program, index: int) -> list[Fraction] | None:
    """Exact coefficients (constant term first) of node `index` as a polynomial in x, computed
    without rounding; None where it is not a polynomial of x (an op other than add, sub, mul,
    fma, or a kernel slot on the way)."""
    polys: list[list[Fraction] | None] = []

    def add(a, b):
        n = max(len(a), len(b))
        return [(a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) for i in range(n)]

    def mul(a, b):
        out = [Fraction(0)] * (len(a) + len(b) - 1)
        for i, u in enumerate(a):
            for j, v in enumerate(b):
                out[i + j] += u * v
        return out

    for node in program.nodes[:index + 1]:
        args = [polys[a] for a in node.args]
        if any(a is None for a in args):
            polys.append(None)
        elif node.op == "x":
            polys.append([Fraction(0), Fraction(1)])
        elif node.op == "const":
            polys.append([Fraction(node.value)] if math.isfinite(node.value) else None)
        elif node.op in ("add", "sub"):
            polys.append(add(args[0], [-c for c in args[1]] if node.op == "sub" else args[1]))
        elif node.op in ("mul", "mul_exact"):
            polys.append(mul(*args))
        elif node.op == "fma":
            polys.append(add(mul(args[0], args[1]), args[2]))
        else:
            polys.append(None)
    return polys[index]


def horner_of(program: Program, index: int) -> Program:
    """`program` with node `index` (a polynomial in x) recomputed as one Horner chain of its
    exact coefficients rounded to float32 (an evolved DAG of the same polynomial becomes a
    chain that split_horner can shorten); ValueError where node `index` is not a polynomial."""
    coeffs = polynomial_coefficients(program, index)
    if coeffs is None:
        raise ValueError(f"node {index} is not a polynomial in x")
    while len(coeffs) > 1 and coeffs[-1] == 0:
        coeffs.pop()
    consts = [Node("const", value=nearest_float32(c)) for c in reversed(coeffs)]  # leading first
    out = [program.nodes[0], *consts]
    acc = 1
    for k in range(1, len(consts)):
        out.append(Node("fma", (acc, 0, 1 + k)))
        acc = len(out) - 1
    value = acc
    # the rest of the program, with node `index` replaced by `value`
    where = {0: 0}
    for i, node in enumerate(program.nodes[1:], start=1):
        if i == index:
            where[i] = value
            continue
        out.append(Node(node.op, tuple(where[a] for a in node.args), node.value))
        where[i] = len(out) - 1
    return Program(tuple(out), where[program.output]).deduplicated().pruned()  # the old DAG is dead
