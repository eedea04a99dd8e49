"""Immutable SSA programs: a topologically ordered tuple of nodes and an output.

Node 0 is always the input `x`.  Every other node is a float32 constant or an op
whose arguments are indices of earlier nodes, so a program is a DAG in SSA form.
Programs are values: every transformation returns a new program.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

from evolve.ops import LEAVES, TYPES, get_op


# A kernel slot of a full-range template: Node(KERNEL, (arg,), "core") calls the kernel
# program bound to slot "core" (evolve.compose) on f32 value `arg`.
KERNEL = "kernel"


def to_float32(value: float) -> float:
    """Round a Python number to the nearest float32 and return it as an exact Python float."""
    return float(np.float32(value))


@dataclass(frozen=True)
class Node:
    """One SSA value: `op` is 'x', 'const', 'iconst', 'kernel' (a slot) or a registered op name."""

    op: str
    args: tuple[int, ...] = ()
    value: float | int | None = None  # 'const': an exact float32; 'iconst': an int32

    def __post_init__(self):
        if self.op == "const":
            if self.value is None or self.args:
                raise ValueError("a const node needs a value and no arguments")
            if to_float32(self.value) != self.value and not np.isnan(self.value):
                raise ValueError(f"const value {self.value!r} is not a float32 value")
        elif self.op == "iconst":
            if self.args or isinstance(self.value, bool) or not isinstance(self.value, (int, np.integer)) \
                    or not -2**31 <= self.value < 2**31:
                raise ValueError(f"an iconst node needs an int32 value and no arguments, got {self.value!r}")
            object.__setattr__(self, "value", int(self.value))
        elif self.op == "x":
            if self.args or self.value is not None:
                raise ValueError("the x node takes no arguments and no value")
        elif self.op == KERNEL:
            if len(self.args) != 1 or not (isinstance(self.value, str) and self.value.isidentifier()):
                raise ValueError(f"a kernel node takes one argument and a slot name, got {self.value!r}")
        else:
            op = get_op(self.op)
            if len(self.args) != op.arity:
                raise ValueError(f"op {self.op} takes {op.arity} arguments, got {len(self.args)}")
            if self.value is not None:
                raise ValueError(f"op {self.op} takes no value")


def node_types(nodes) -> list[str]:
    """The value type of every node (ops.TYPES); ValueError where an op's argument has the
    wrong type."""
    types: list[str] = []
    for i, node in enumerate(nodes):
        if node.op in ("x", "const"):
            types.append("f32")
        elif node.op == "iconst":
            types.append("i32")
        elif node.op == KERNEL:
            if types[node.args[0]] != "f32":
                raise ValueError(f"node {i} (kernel {node.value}) takes f32, got {types[node.args[0]]}")
            types.append("f32")
        else:
            op = get_op(node.op)
            got = tuple(types[a] for a in node.args)
            if got != op.args:
                raise ValueError(f"node {i} ({node.op}) takes {', '.join(op.args)}, got {', '.join(got)}")
            types.append(op.result)
    return types


@dataclass(frozen=True)
class Program:
    """A float32 program f(x): nodes in topological order, node 0 is x, `output` indexes the result."""

    nodes: tuple[Node, ...]
    output: int
    _x_dependent: tuple[bool, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self):
        nodes = tuple(self.nodes)
        object.__setattr__(self, "nodes", nodes)
        if not nodes or nodes[0].op != "x":
            raise ValueError("node 0 of a program must be x")
        for i, node in enumerate(nodes):
            if i > 0 and node.op == "x":
                raise ValueError("only node 0 may be x")
            for a in node.args:
                if not 0 <= a < i:
                    raise ValueError(f"node {i} ({node.op}) uses v{a}, which is not an earlier node")
        if not 0 <= self.output < len(nodes):
            raise ValueError(f"output v{self.output} is not a node of the program")
        types = node_types(nodes)
        if types[self.output] != "f32":
            raise ValueError(f"the output v{self.output} is {types[self.output]}; a program returns f32")
        dep: list[bool] = []
        for node in nodes:
            dep.append(node.op == "x" or any(dep[a] for a in node.args))
        object.__setattr__(self, "_x_dependent", tuple(dep))

    # -- construction ------------------------------------------------------
    @staticmethod
    def identity() -> "Program":
        """The seed program f(x) = x."""
        return Program((Node("x"),), 0)

    # -- queries -----------------------------------------------------------
    def __len__(self) -> int:
        return len(self.nodes)

    def depends_on_x(self, index: int) -> bool:
        """Whether node `index` depends on the input x (constant subexpressions do not)."""
        return self._x_dependent[index]

    def const_indices(self) -> tuple[int, ...]:
        """Indices of the constant nodes, in node order."""
        return tuple(i for i, n in enumerate(self.nodes) if n.op == "const")

    def constants(self) -> np.ndarray:
        """The constants' values, in node order, as a float32 array."""
        return np.array([self.nodes[i].value for i in self.const_indices()], dtype=np.float32)

    def op_indices(self) -> tuple[int, ...]:
        """Indices of the nodes that are ops (not x, not constants)."""
        return tuple(i for i, n in enumerate(self.nodes) if n.op not in LEAVES)

    def structure(self) -> tuple:
        """The program with constant values erased: equal structures differ only in constants."""
        return (tuple((n.op, n.args) for n in self.nodes), self.output)

    def cost(self, weights: dict[str, float] | None = None) -> float:
        """Sum of op weights over ops that depend on x; constant subexpressions are free.

        `weights` maps op names to cost; ops it does not name use the registry default.
        """
        weights = weights or {}
        total = 0.0
        for i in self.op_indices():
            op = self.nodes[i].op
            if self._x_dependent[i] and op != KERNEL:  # a slot costs what its kernel costs
                total += weights.get(op, get_op(op).cost)
        return total

    # -- transformations -----------------------------------------------------
    def with_constants(self, values) -> "Program":
        """A copy whose constants (in node order) are replaced by `values`, rounded to float32."""
        idx = self.const_indices()
        values = np.asarray(values, dtype=np.float32).ravel()
        if len(values) != len(idx):
            raise ValueError(f"program has {len(idx)} constants, got {len(values)} values")
        nodes = list(self.nodes)
        for i, v in zip(idx, values):
            nodes[i] = Node("const", (), float(v))
        return Program(tuple(nodes), self.output)

    def folded(self) -> "Program":
        """The same function with every constant subexpression replaced by its exact float32
        value (computed with the ops' float32 semantics, so every input gives the same bits),
        then pruned: what an emitter writes and a reader sees.  Op nodes that remain all
        depend on x, so with unit op costs the folded program has `cost()` op nodes."""
        nodes = list(self.nodes)
        types = node_types(nodes)
        values: dict[int, np.ndarray] = {}
        changed = False
        for i, node in enumerate(nodes):
            if node.op in ("const", "iconst"):
                values[i] = np.full(1, node.value, dtype=TYPES[types[i]])
            elif node.op not in ("x", KERNEL) and not self._x_dependent[i]:
                with np.errstate(all="ignore"):
                    v = get_op(node.op).float32(*(values[a] for a in node.args))
                values[i] = np.asarray(v, dtype=TYPES[types[i]]).reshape(1)
                if types[i] != "bool":  # a constant bool stays an op: no bool literal node
                    kind = "const" if types[i] == "f32" else "iconst"
                    nodes[i] = Node(kind, (), values[i][0].item())
                    changed = True
        return (Program(tuple(nodes), self.output) if changed else self).pruned()

    def deduplicated(self) -> "Program":
        """The same function with every repeated node (same op, arguments and value, e.g. one
        expression written in two pieces of a template) computed once, then pruned.  Ops are
        pure, so every input gives the same bits."""
        first: dict[tuple, int] = {}
        remap: list[int] = []
        nodes: list[Node] = []
        for node in self.nodes:
            args = tuple(remap[a] for a in node.args)
            value = struct.pack("<d", node.value) if isinstance(node.value, float) else node.value
            key = (node.op, args, type(node.value).__name__, value)  # bytes: -0.0 and NaNs kept apart
            if key not in first:
                first[key] = len(nodes)
                nodes.append(Node(node.op, args, node.value))
            remap.append(first[key])
        if len(nodes) == len(self.nodes):
            return self
        return Program(tuple(nodes), remap[self.output]).pruned()

    def pruned(self) -> "Program":
        """Drop nodes the output does not use (x is kept as node 0), renumbering the rest."""
        live = [False] * len(self.nodes)
        live[0] = True
        live[self.output] = True
        for i in range(len(self.nodes) - 1, -1, -1):
            if live[i]:
                for a in self.nodes[i].args:
                    live[a] = True
        if all(live):
            return self
        new_index: dict[int, int] = {}
        nodes: list[Node] = []
        for i, node in enumerate(self.nodes):
            if live[i]:
                new_index[i] = len(nodes)
                nodes.append(Node(node.op, tuple(new_index[a] for a in node.args), node.value))
        return Program(tuple(nodes), new_index[self.output])
