"""Mutations of programs: each takes a program and an rng and returns a new, pruned program.

The registry MUTATIONS maps a name to a function `(program, rng, space) -> Program`.
`mutate` draws one by weight and retries until the child differs from the parent.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

import numpy as np

from evolve.ops import OPS, get_op
from evolve.edits import MutationFailed, inserted as _inserted, insert_nodes, pruned_program as _pruned_program  # noqa: F401
from evolve.mutations_structural import STRUCTURAL
from evolve.program import Node, Program, to_float32


@dataclass(frozen=True)
class SearchSpace:
    """What mutations may build: allowed ops, a size bound, how new constants are drawn."""

    ops: tuple[str, ...] = ("add", "sub", "mul", "div", "fma")
    max_nodes: int = 32
    new_constant_probability: float = 0.35
    x_probability: float = 0.35  # polynomial and rational kernels use x everywhere
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self):
        for name in self.ops:
            if not get_op(name).evolvable:  # get_op raises a clear error for unknown ops
                evolvable = ", ".join(n for n, o in OPS.items() if o.evolvable)
                raise ValueError(f"op {name!r} serves full-range templates; the kernel search builds "
                                 f"float arithmetic only: {evolvable}")
        if not self.ops:
            raise ValueError("the search space needs at least one op")
        for name in self.weights:
            if name not in MUTATIONS:
                raise ValueError(f"unknown mutation {name!r}; known: {', '.join(sorted(MUTATIONS))}")
        if not any(w > 0 for w in self.weights.values()):
            raise ValueError(f"at least one mutation weight must be > 0, got {self.weights}")


def _random_constant(rng: np.random.Generator) -> float:
    return to_float32(rng.choice([1.0, 0.5, 2.0, -1.0]) if rng.random() < 0.3 else rng.normal())


def insert_vertex(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Put a new op on a random edge (or on the output): its inputs are the edge's source and others."""
    if len(program) >= space.max_nodes:
        raise MutationFailed("program is at the size limit")
    edges = [(i, slot) for i in program.op_indices() for slot in range(len(program.nodes[i].args))]
    edges.append((None, None))  # the output edge
    consumer, slot = edges[rng.integers(len(edges))]
    if consumer is None:
        source, position = program.output, len(program)
    else:
        source, position = program.nodes[consumer].args[slot], consumer
    op = get_op(space.ops[rng.integers(len(space.ops))])
    new: list[Node] = []
    args = []
    source_slot = int(rng.integers(op.arity))
    for k in range(op.arity):
        if k == source_slot:
            args.append(source)
        else:
            u = rng.random()
            if u < space.new_constant_probability:
                new.append(Node("const", (), _random_constant(rng)))
                args.append(position + len(new) - 1)
            elif u < space.new_constant_probability + space.x_probability:
                args.append(0)
            else:
                args.append(int(rng.integers(position)))
    new.append(Node(op.name, tuple(args)))
    nodes, output = _inserted(program.nodes, program.output, position, new)
    op_index = position + len(new) - 1
    if consumer is None:
        return _pruned_program(nodes, op_index)
    c = consumer + len(new)
    rewired = list(nodes[c].args)
    rewired[slot] = op_index
    nodes[c] = Node(nodes[c].op, tuple(rewired))
    return _pruned_program(nodes, output)


def remove_vertex(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Delete a random op: its users (and the output) are rewired to one of its inputs."""
    ops = program.op_indices()
    if not ops:
        raise MutationFailed("no op to remove")
    victim = ops[rng.integers(len(ops))]
    replacement = program.nodes[victim].args[rng.integers(len(program.nodes[victim].args))]

    def redirect(a: int) -> int:
        return replacement if a == victim else a

    nodes = [Node(n.op, tuple(redirect(a) for a in n.args), n.value) if victim in n.args else n
             for n in program.nodes]
    return _pruned_program(nodes, redirect(program.output))


def switch_edge(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Point one argument of a random op at another earlier node."""
    ops = [i for i in program.op_indices() if i > 1]
    if not ops:
        raise MutationFailed("no op with a choice of inputs")
    i = ops[rng.integers(len(ops))]
    node = program.nodes[i]
    slot = int(rng.integers(len(node.args)))
    args = list(node.args)
    args[slot] = int(rng.integers(i))
    nodes = list(program.nodes)
    nodes[i] = Node(node.op, tuple(args))
    return _pruned_program(nodes, program.output)


def switch_op(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Replace the op of a random node by another allowed op of the same arity."""
    ops = program.op_indices()
    if not ops:
        raise MutationFailed("no op to switch")
    i = ops[rng.integers(len(ops))]
    node = program.nodes[i]
    choices = [o for o in space.ops if o != node.op and get_op(o).arity == len(node.args)]
    if not choices:
        raise MutationFailed("no other op of this arity")
    nodes = list(program.nodes)
    nodes[i] = Node(choices[rng.integers(len(choices))], node.args)
    return Program(tuple(nodes), program.output)


def perturb_constant(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Scale one constant by (1 + s*N(0,1)), s log-uniform in [1e-6, 1]; sometimes flip its sign."""
    consts = program.const_indices()
    if not consts:
        raise MutationFailed("no constant to perturb")
    values = program.constants().astype(np.float64)
    k = int(rng.integers(len(consts)))
    if rng.random() < 0.1:
        values[k] = -values[k] if values[k] != 0 else _random_constant(rng)
    else:
        scale = 10.0 ** rng.uniform(-6, 0)
        values[k] = values[k] * (1 + scale * rng.normal()) if values[k] != 0 else scale * rng.normal()
    return program.with_constants(values)


MUTATIONS = {
    "insert": insert_vertex,
    "remove": remove_vertex,
    "switch_edge": switch_edge,
    "switch_op": switch_op,
    "perturb_constant": perturb_constant,
    **STRUCTURAL,
}

DEFAULT_WEIGHTS = {"insert": 1.0, "remove": 0.5, "switch_edge": 0.5, "switch_op": 0.3, "perturb_constant": 0.3,
                   "horner_step": 1.0, "wrap_output": 0.2, "fuse_fma": 0.2, "drop_addend": 0.2, "plus_form": 0.2,
                   "square_input": 0.4}


_TABLES: dict = {}


def _draw_table(space: SearchSpace) -> tuple[list[str], list[float]]:
    """(names, cumulative weights) of the mutations with weight > 0, built once per weights."""
    key = tuple(space.weights.items())
    table = _TABLES.get(key)
    if table is None:
        names = [n for n, w in space.weights.items() if w > 0]
        table = _TABLES[key] = (names, list(itertools.accumulate(float(space.weights[n]) for n in names)))
    return table


def _structure_differs(a: Program, b: Program) -> bool:
    """a.structure() != b.structure(), without building either tuple (stops at the first change)."""
    if a.output != b.output or len(a.nodes) != len(b.nodes):
        return True
    return any(m is not n and (m.op != n.op or m.args != n.args) for m, n in zip(a.nodes, b.nodes))


def mutate(program: Program, rng: np.random.Generator, space: SearchSpace, max_tries: int = 100) -> tuple[Program, str]:
    """Apply a weighted-random mutation, retried until the child differs from the parent.

    Returns (child, mutation name).  Structural mutations must change the structure;
    a constant perturbation must change a constant.  Raises MutationFailed if no try
    produced a different program (only for degenerate search spaces).
    """
    names, cumulative = _draw_table(space)
    for _ in range(max_tries):
        name = names[min(bisect.bisect_right(cumulative, rng.random() * cumulative[-1]), len(names) - 1)]
        try:
            child = MUTATIONS[name](program, rng, space)
        except MutationFailed:
            continue
        if len(child) > space.max_nodes:
            continue
        if _structure_differs(child, program) or (name == "perturb_constant" and child != program):
            return child, name
    raise MutationFailed(f"no mutation changed the program in {max_tries} tries")
