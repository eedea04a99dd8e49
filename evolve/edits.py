"""Low-level program edits the mutations share: insert nodes, prune, and the failure signal.

Every edit returns a new Program (programs are immutable); indices after an insertion
point shift past the inserted nodes.
"""
from __future__ import annotations

from evolve.program import Node, Program


class MutationFailed(Exception):
    """The mutation does not apply to this program (e.g. no constant to perturb)."""


def _shift(index: int, position: int, count: int) -> int:
    return index + count if index >= position else index


def inserted(nodes, output: int, position: int, new: list[Node]) -> tuple[list[Node], int]:
    """Node list with `new` inserted before `position`; later references shifted past them
    (a node whose args need no shift is reused, not rebuilt)."""
    count = len(new)
    out = list(nodes[:position]) + new
    for node in nodes[position:]:
        if any(a >= position for a in node.args):
            node = Node(node.op, tuple(_shift(a, position, count) for a in node.args), node.value)
        out.append(node)
    return out, _shift(output, position, count)


def pruned_program(nodes: list[Node], output: int) -> Program:
    """Program(nodes, output).pruned(), building one Program instead of two (the hot path)."""
    live = [False] * len(nodes)
    live[0] = live[output] = True
    for i in range(len(nodes) - 1, -1, -1):
        if live[i]:
            for a in nodes[i].args:
                live[a] = True
    if all(live):
        return Program(tuple(nodes), output)
    new_index: dict[int, int] = {}
    kept: list[Node] = []
    for i, node in enumerate(nodes):
        if live[i]:
            new_index[i] = len(kept)
            if node.args and any(new_index[a] != a for a in node.args):
                node = Node(node.op, tuple(new_index[a] for a in node.args), node.value)
            kept.append(node)
    return Program(tuple(kept), new_index[output])


def insert_nodes(program: Program, position: int, new: list[Node]) -> Program:
    """Insert `new` nodes before `position`; later references are shifted past them.

    The new nodes' args already use the new numbering (they may only point below
    `position` or at each other).
    """
    return Program(*inserted(program.nodes, program.output, position, new))
