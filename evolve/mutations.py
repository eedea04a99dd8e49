"""Mutations of programs: each takes a program and an rng and returns a new, pruned program.

The registry MUTATIONS maps a name to a function `(program, rng, space) -> Program`.
`mutate` draws one by weight and retries until the child differs from the parent.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from evolve.ops import get_op
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
            get_op(name)  # raises a clear error for unknown ops
        if not self.ops:
            raise ValueError("the search space needs at least one op")
        for name in self.weights:
            if name not in MUTATIONS:
                raise ValueError(f"unknown mutation {name!r}; known: {', '.join(sorted(MUTATIONS))}")
        if not any(w > 0 for w in self.weights.values()):
            raise ValueError(f"at least one mutation weight must be > 0, got {self.weights}")


class MutationFailed(Exception):
    """The mutation does not apply to this program (e.g. no constant to perturb)."""


def _shift(index: int, position: int, count: int) -> int:
    return index + count if index >= position else index


def insert_nodes(program: Program, position: int, new: list[Node]) -> Program:
    """Insert `new` nodes before `position`; later references are shifted past them.

    The new nodes' args already use the new numbering (they may only point below
    `position` or at each other).
    """
    count = len(new)
    nodes = list(program.nodes[:position]) + new
    for node in program.nodes[position:]:
        nodes.append(Node(node.op, tuple(_shift(a, position, count) for a in node.args), node.value))
    return Program(tuple(nodes), _shift(program.output, position, count))


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
    child = insert_nodes(program, position, new)
    op_index = position + len(new) - 1
    if consumer is None:
        return Program(child.nodes, op_index).pruned()
    nodes = list(child.nodes)
    c = consumer + len(new)
    rewired = list(nodes[c].args)
    rewired[slot] = op_index
    nodes[c] = Node(nodes[c].op, tuple(rewired))
    return Program(tuple(nodes), child.output).pruned()


def remove_vertex(program: Program, rng: np.random.Generator, space: SearchSpace) -> Program:
    """Delete a random op: its users (and the output) are rewired to one of its inputs."""
    ops = program.op_indices()
    if not ops:
        raise MutationFailed("no op to remove")
    victim = ops[rng.integers(len(ops))]
    replacement = program.nodes[victim].args[rng.integers(len(program.nodes[victim].args))]

    def redirect(a: int) -> int:
        return replacement if a == victim else a

    nodes = [Node(n.op, tuple(redirect(a) for a in n.args), n.value) for n in program.nodes]
    return Program(tuple(nodes), redirect(program.output)).pruned()


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
    return Program(tuple(nodes), program.output).pruned()


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
}

DEFAULT_WEIGHTS = {"insert": 1.0, "remove": 0.5, "switch_edge": 0.5, "switch_op": 0.3, "perturb_constant": 0.3}


def mutate(program: Program, rng: np.random.Generator, space: SearchSpace, max_tries: int = 100) -> tuple[Program, str]:
    """Apply a weighted-random mutation, retried until the child differs from the parent.

    Returns (child, mutation name).  Structural mutations must change the structure;
    a constant perturbation must change a constant.  Raises MutationFailed if no try
    produced a different program (only for degenerate search spaces).
    """
    names = [n for n, w in space.weights.items() if w > 0]
    probs = np.array([space.weights[n] for n in names], dtype=float)
    probs /= probs.sum()
    for _ in range(max_tries):
        name = names[rng.choice(len(names), p=probs)]
        try:
            child = MUTATIONS[name](program, rng, space)
        except MutationFailed:
            continue
        if len(child) > space.max_nodes:
            continue
        if child.structure() != program.structure() or (
            name == "perturb_constant" and child != program
        ):
            return child, name
    raise MutationFailed(f"no mutation changed the program in {max_tries} tries")
