"""Structure-aware mutations: grow, wrap and fuse programs the way polynomial kernels grow.

The generic mutations (evolve/mutations.py) put a random op on a random edge.  A
classical kernel is a Horner chain p -> p*v + c, and the steps that lead to one are
few and specific; these mutations take them directly.  Each is *function preserving*
where it can be (the new coefficient starts at 0 or 1), so after the evaluator's
warm-started constant fitting a child is never worse than its parent:

- `horner_step`: a constant c used by an op becomes fma(0, v, c), one more Horner
  term (v: x, the square x*x, or another x-dependent node);
- `wrap_output`: the output p becomes p*1, fma(p, 1, 0) (a scale and an offset) or
  fma(p, 0, p) (p + p*q: a correction q that horner_step grows, one rounding at the end);
- `fuse_fma`: add(mul(a, b), c) becomes fma(a, b, c) (one op fewer, one rounding fewer);
- `drop_addend`: fma(a, b, c) with a constant c becomes mul(a, b) (functions that
  vanish at 0 need an exact zero constant term);
- `plus_form`: a*B becomes a + a*(B - 1) as one fma (same cost, one rounding);
- `square_input`: P(x) becomes P(x*x) inside one subexpression (odd/even functions).

Same signature as every mutation: `(program, rng, space) -> Program`, raising
MutationFailed where the mutation does not apply.
"""
from __future__ import annotations

import numpy as np

from evolve.edits import MutationFailed, inserted, pruned_program
from evolve.program import Node, Program, to_float32

# horner_step's multiplier v: x, the square x*x, or any earlier x-dependent node
V_CHOICES = (("x", 0.4), ("square", 0.4), ("node", 0.2))
# ... unless the constant is a factor of a product a*b: then, this often, v is the other
# factor (the Horner-consistent choice: fma(c, v, d) -> fma(fma(0, v, c), v, d))
SAME_V_PROBABILITY = 0.6


def _need(space, *ops: str) -> None:
    missing = [o for o in ops if o not in space.ops]
    if missing:
        raise MutationFailed(f"the search space has no {', '.join(missing)}")


def _room(program: Program, space, extra: int) -> None:
    if len(program) + extra > space.max_nodes:
        raise MutationFailed("program is at the size limit")


def _square_index(program: Program, below: int) -> int | None:
    """Index of an existing mul(x, x) node below `below`, or None."""
    for i in range(1, below):
        n = program.nodes[i]
        if n.op == "mul" and n.args == (0, 0):
            return i
    return None


def horner_step(program: Program, rng: np.random.Generator, space) -> Program:
    """Replace one use of a constant c by fma(0, v, c): the same function, one more term."""
    _need(space, "fma")
    uses = [(i, s) for i in program.op_indices() for s, a in enumerate(program.nodes[i].args)
            if program.nodes[a].op == "const"]
    if not uses:
        raise MutationFailed("no constant operand to extend")
    # a factor (a mul's or an fma's product operand) grows the degree; an addend only adds a term
    w = np.array([3.0 if program.nodes[i].op in ("mul", "fma") and s < 2 else 1.0 for i, s in uses])
    consumer, slot = uses[int(np.searchsorted(np.cumsum(w), rng.random() * w.sum(), side="right"))
                          if len(uses) > 1 else 0]
    const = program.nodes[consumer].args[slot]
    other = _other_factor(program.nodes[consumer], slot)
    if other is not None and program.depends_on_x(other) and rng.random() < SAME_V_PROBABILITY:
        return _extend(program, consumer, slot, const, other, [Node("const", (), 0.0)], space)
    u, kind = rng.random(), "x"
    for name, p in V_CHOICES:
        if u < p:
            kind = name
            break
        u -= p
    new: list[Node] = [Node("const", (), 0.0)]
    v = 0
    if kind == "square" and "mul" in space.ops:
        sq = _square_index(program, consumer)
        if sq is None:
            new.append(Node("mul", (0, 0)))
            sq = consumer + len(new) - 1
        v = sq
    elif kind == "node":
        deps = [i for i in range(consumer) if program.depends_on_x(i)]
        v = deps[rng.integers(len(deps))]
    return _extend(program, consumer, slot, const, v, new, space)


def _other_factor(node: Node, slot: int) -> int | None:
    """In a product a*b (mul, or fma's first two operands): the operand beside `slot`."""
    if node.op in ("mul", "fma") and slot < 2:
        return node.args[1 - slot]
    return None


def _extend(program: Program, consumer: int, slot: int, const: int, v: int, new: list[Node],
            space) -> Program:
    """Insert `new` (starting with the new coefficient 0) and fma(new coefficient, v, const)
    before `consumer`, whose operand `slot` then reads the fma."""
    _room(program, space, len(new) + 1)
    new = new + [Node("fma", (consumer, v, const))]  # the new constant sits at index `consumer`
    nodes, output = inserted(program.nodes, program.output, consumer, new)
    c = consumer + len(new)
    args = list(nodes[c].args)
    args[slot] = consumer + len(new) - 1
    nodes[c] = Node(nodes[c].op, tuple(args))
    return pruned_program(nodes, output)


def wrap_output(program: Program, rng: np.random.Generator, space) -> Program:
    """The output p becomes p*1, fma(p, 1, 0) or fma(p, 0, p): the same function, with a free
    scale, offset or relative correction for the fit (and horner_step) to use."""
    choices = [o for o in ("mul", "fma", "fma_plus") if o.split("_")[0] in space.ops]
    if not choices:
        raise MutationFailed("the search space has neither mul nor fma")
    form = choices[rng.integers(len(choices))]
    n, p = len(program), program.output
    if form == "mul":
        new = [Node("const", (), 1.0), Node("mul", (p, n))]
    elif form == "fma":
        new = [Node("const", (), 1.0), Node("const", (), 0.0), Node("fma", (p, n, n + 1))]
    else:  # p + p*0: a correction term that grows by horner_step, rounded once at the end
        new = [Node("const", (), 0.0), Node("fma", (p, n, p))]
    _room(program, space, len(new))
    return Program(program.nodes + tuple(new), n + len(new) - 1)


def fuse_fma(program: Program, rng: np.random.Generator, space) -> Program:
    """add(mul(a, b), c) -> fma(a, b, c); the mul stays only if something else uses it."""
    _need(space, "fma")
    sites = []
    for i in program.op_indices():
        n = program.nodes[i]
        if n.op == "add":
            for s in (0, 1):
                if program.nodes[n.args[s]].op == "mul":
                    sites.append((i, s))
    if not sites:
        raise MutationFailed("no add of a product")
    i, s = sites[rng.integers(len(sites))]
    add = program.nodes[i]
    a, b = program.nodes[add.args[s]].args
    nodes = list(program.nodes)
    nodes[i] = Node("fma", (a, b, add.args[1 - s]))
    return pruned_program(nodes, program.output)


def drop_addend(program: Program, rng: np.random.Generator, space) -> Program:
    """fma(a, b, c) with a constant c -> mul(a, b)."""
    _need(space, "mul")
    sites = [i for i in program.op_indices()
             if program.nodes[i].op == "fma" and program.nodes[program.nodes[i].args[2]].op == "const"]
    if not sites:
        raise MutationFailed("no fma with a constant addend")
    i = sites[rng.integers(len(sites))]
    nodes = list(program.nodes)
    nodes[i] = Node("mul", program.nodes[i].args[:2])
    return pruned_program(nodes, program.output)


def plus_form(program: Program, rng: np.random.Generator, space) -> Program:
    """a * B with B = fma(u, v, c) (or B = c) -> fma(a, fma(u, v, c - 1), a): the same
    function and cost, a + a*(B - 1) rounded once at the end, far more accurate when B ~ 1
    (log1p = f + f*Q(f), erf = t + t*P(t*t))."""
    _need(space, "fma")
    sites = []
    for i in program.op_indices():
        n = program.nodes[i]
        if n.op == "mul":
            for s in (0, 1):
                b = program.nodes[n.args[s]]
                if b.op == "const" or (b.op == "fma" and program.nodes[b.args[2]].op == "const"):
                    sites.append((i, s))
    if not sites:
        raise MutationFailed("no product by a constant or by an fma with a constant addend")
    i, s = sites[rng.integers(len(sites))]
    a, b_index = program.nodes[i].args[1 - s], program.nodes[i].args[s]
    b = program.nodes[b_index]
    c = program.nodes[b_index if b.op == "const" else b.args[2]].value
    new = [Node("const", (), to_float32(c - 1.0))]
    if b.op == "fma":
        new.append(Node("fma", (b.args[0], b.args[1], i)))
    _room(program, space, len(new))
    nodes, output = inserted(program.nodes, program.output, i, new)
    nodes[i + len(new)] = Node("fma", (a, i + len(new) - 1, a))
    return pruned_program(nodes, output)


def square_input(program: Program, rng: np.random.Generator, space) -> Program:
    """Inside one subexpression, every use of x becomes x*x: P(x) -> P(x*x), one op more and
    twice the degree (odd and even functions: t*P(t) -> t*P(t*t)).  Usually the subexpression
    is an operand of the output's op."""
    _need(space, "mul")
    out = program.nodes[program.output]
    roots = [a for a in out.args if a and program.depends_on_x(a) and program.nodes[a].op != "const"]
    if not roots or rng.random() < 0.3:
        roots = [i for i in program.op_indices() if program.depends_on_x(i)]
    if not roots:
        raise MutationFailed("no subexpression of x")
    _room(program, space, 1)
    root = roots[rng.integers(len(roots))]
    inside = [False] * len(program)
    inside[root] = True
    for i in range(root, 0, -1):
        if inside[i]:
            for a in program.nodes[i].args:
                inside[a] = True
    nodes = [program.nodes[0], Node("mul", (0, 0))]
    for i, n in enumerate(program.nodes[1:], start=1):
        square_here = inside[i] and not (n.op == "mul" and n.args == (0, 0))
        args = tuple(1 if (a == 0 and square_here) else a + (a > 0) for a in n.args)
        nodes.append(Node(n.op, args, n.value) if args != n.args else n)
    return pruned_program(nodes, program.output + 1)


STRUCTURAL = {
    "square_input": square_input,
    "plus_form": plus_form,
    "horner_step": horner_step,
    "wrap_output": wrap_output,
    "fuse_fma": fuse_fma,
    "drop_addend": drop_addend,
}
