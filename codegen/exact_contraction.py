"""Exact products contracted into their add: the fma a compiler would make, done where it is
known to change nothing.

A template's `mul_exact` promises a product that float32 holds exactly (k * LN2_HI: 8 and 15
significant bits).  For such a product p = a*b, round(p + c) is round(a*b + c), so
`add(p, c)` and `fma(a, b, c)` give the same bits on every input, and so does
`sub(c, p)` = `fma(a, -b, c)` when b is a constant (negating a constant is exact).  XLA makes
that contraction itself; the C headers are built with -ffp-contract=off (no other a*b+c may
be fused), so the C emitter asks for it explicitly: one vector fma instead of a multiply and
an add (log's k*ln2 + p, exp's x - k*ln2 in two parts).

Only a product with a single user is contracted (another user would need the product anyway).
"""
from __future__ import annotations

from evolve.program import Node, Program


def contract_exact_products(program: Program) -> Program:
    """`program` with every single-use `mul_exact` whose user is an add (or a sub taking it from
    a value, with a constant factor) fused into that user as an fma; same bits on every input.
    Constants are nodes (a folded program); a negated factor becomes a new constant node."""
    nodes = program.nodes
    uses = [0] * len(nodes)
    for node in nodes:
        for a in node.args:
            uses[a] += 1
    uses[program.output] += 1

    def exact_product(i: int) -> bool:
        return nodes[i].op == "mul_exact" and uses[i] == 1

    out: list[Node] = []
    remap: list[int] = []
    for node in nodes:
        args = [remap[a] for a in node.args]
        fused = None
        if node.op == "add":
            for p, c in ((0, 1), (1, 0)):
                if exact_product(node.args[p]):
                    a, b = out[args[p]].args
                    fused = Node("fma", (a, b, args[c]))
                    break
        elif node.op == "sub" and exact_product(node.args[1]):
            a, b = out[args[1]].args
            for factor, other in ((b, a), (a, b)):
                if out[factor].op == "const":
                    out.append(Node("const", (), -out[factor].value))
                    fused = Node("fma", (other, len(out) - 1, args[0]))
                    break
        remap.append(len(out))
        out.append(fused or Node(node.op, tuple(args), node.value))
    if len(out) == len(nodes) and all(o == n for o, n in zip(out, nodes)):
        return program
    return Program(tuple(out), remap[program.output]).pruned()
