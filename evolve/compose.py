"""Templates with kernel slots, and binding kernels into them.

A full-range template is a Program whose KERNEL nodes name slots ("core", "tail", ...).
`bind` inlines a kernel program into each slot (the slot's argument takes the place of
the kernel's x), giving one plain Program: the whole function, which the evaluator runs,
the JAX emitter compiles as one unit and whose cost is the template's ops plus the kernels'.
"""
from __future__ import annotations

from evolve.program import KERNEL, Node, Program


def slots(template: Program) -> tuple[str, ...]:
    """The slot names a template calls, in first-use order."""
    seen: list[str] = []
    for node in template.nodes:
        if node.op == KERNEL and node.value not in seen:
            seen.append(node.value)
    return tuple(seen)


def inline(nodes: list[Node], program: Program, arg: int) -> int:
    """Append `program`'s nodes to `nodes` with its x replaced by node `arg`; returns the index
    of its output."""
    where = [arg]
    for node in program.nodes[1:]:
        nodes.append(Node(node.op, tuple(where[a] for a in node.args), node.value))
        where.append(len(nodes) - 1)
    return where[program.output]


def bind(template: Program, kernels: dict[str, Program]) -> Program:
    """`template` with every KERNEL node replaced by its slot's program, inlined.

    ValueError naming a slot with no kernel, or a kernel given for no slot."""
    missing = [s for s in slots(template) if s not in kernels]
    extra = [s for s in kernels if s not in slots(template)]
    if missing or extra:
        raise ValueError(f"template slots {list(slots(template))}; no kernel for {missing}" if missing
                         else f"no slot {extra[0]!r} in the template (slots: {list(slots(template))})")
    nodes: list[Node] = []
    where: list[int] = []  # template node index -> index in `nodes`
    for node in template.nodes:
        if node.op == KERNEL:
            where.append(inline(nodes, kernels[node.value], where[node.args[0]]))
        else:
            where.append(len(nodes))
            nodes.append(Node(node.op, tuple(where[a] for a in node.args), node.value))
    return Program(tuple(nodes), where[template.output])
