"""TemplateBuilder: appends the nodes of a full-range template (targets/schemes.py,
targets/logistic.py)."""
from __future__ import annotations

from evolve.program import KERNEL, Node, Program


class TemplateBuilder:
    """Appends nodes to a template; each method returns the new node's index."""

    def __init__(self):
        self.nodes = [Node("x")]

    def op(self, name: str, *args: int) -> int:
        self.nodes.append(Node(name, tuple(args)))
        return len(self.nodes) - 1

    def f(self, value: float) -> int:
        self.nodes.append(Node("const", (), float(value)))
        return len(self.nodes) - 1

    def i(self, value: int) -> int:
        self.nodes.append(Node("iconst", (), int(value)))
        return len(self.nodes) - 1

    def kernel(self, slot: str, arg: int) -> int:
        self.nodes.append(Node(KERNEL, (arg,), slot))
        return len(self.nodes) - 1

    def program(self, output: int) -> Program:
        return Program(tuple(self.nodes), output)
