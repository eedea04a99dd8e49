"""Text and JSON forms of programs.

The text form is for people: one line per SSA value, constants as C99 hex float
literals (exact) with their decimal value in a comment.  The JSON form is for
files: constants are stored as float32 bit patterns, so it round-trips exactly.
"""
from __future__ import annotations

import json
import re

import numpy as np

from evolve.program import KERNEL, Node, Program


def float32_bits(value: float) -> str:
    """The float32 bit pattern of `value` as '0x%08x'."""
    return "0x%08x" % int(np.array(value, dtype=np.float32).view(np.uint32))


def float32_from_bits(bits: str | int) -> float:
    """The float32 value whose bit pattern is `bits` (int or hex string), as a Python float."""
    b = int(bits, 16) if isinstance(bits, str) else int(bits)
    return float(np.array(b, dtype=np.uint32).view(np.float32))


def hex_literal(value: float) -> str:
    """An exact C99 hex float literal for a float32 value (without the 'f' suffix)."""
    h = float(value).hex()  # e.g. 0x1.99999a0000000p-4
    m = re.match(r"^(-?0x[01])(?:\.([0-9a-f]*?))?0*(p[+-]\d+)$", h)
    if not m:  # inf / nan have no hex literal; callers emit those specially
        return h
    frac = m.group(2)
    return f"{m.group(1)}.{frac}{m.group(3)}" if frac else f"{m.group(1)}{m.group(3)}"


def to_text(program: Program) -> str:
    """The readable form: `v0 = x`, `v1 = const 0x1.0p+0  # 1`, `v2 = add v0 v1`, `return v2`."""
    lines = []
    for i, node in enumerate(program.nodes):
        if node.op == "x":
            lines.append(f"v{i} = x")
        elif node.op == "const":
            lines.append(f"v{i} = const {hex_literal(node.value)}  # {np.float32(node.value)}")
        elif node.op == "iconst":
            lines.append(f"v{i} = iconst {node.value}" + (f"  # 0x{node.value & 0xFFFFFFFF:08x}"
                                                          if abs(node.value) >= 256 else ""))
        elif node.op == KERNEL:
            lines.append(f"v{i} = kernel {node.value} v{node.args[0]}")
        else:
            lines.append(f"v{i} = {node.op} " + " ".join(f"v{a}" for a in node.args))
    lines.append(f"return v{program.output}")
    return "\n".join(lines)


_LINE = re.compile(r"^v(\d+)\s*=\s*(\w+)\s*(.*)$")


def from_text(text: str) -> Program:
    """Parse the text form (comments after '#' and blank lines are ignored)."""
    nodes: list[Node] = []
    output = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("return"):
            output = _ref(line[len("return"):].strip(), lineno)
            continue
        m = _LINE.match(line)
        if not m:
            raise ValueError(f"line {lineno}: cannot parse {raw!r}")
        index, op, rest = int(m.group(1)), m.group(2), m.group(3).split()
        if index != len(nodes):
            raise ValueError(f"line {lineno}: expected v{len(nodes)}, got v{index}")
        if op == "const":
            if len(rest) != 1:
                raise ValueError(f"line {lineno}: const takes one value")
            value = float.fromhex(rest[0]) if "0x" in rest[0].lower() else float(rest[0])
            if float(np.float32(value)) != value:
                raise ValueError(f"line {lineno}: {rest[0]} is not exactly a float32 value")
            nodes.append(Node("const", (), value))
        elif op == "iconst":
            if len(rest) != 1 or not re.fullmatch(r"-?\d+", rest[0]):
                raise ValueError(f"line {lineno}: iconst takes one decimal integer")
            nodes.append(Node("iconst", (), int(rest[0])))
        elif op == "x":
            nodes.append(Node("x"))
        elif op == KERNEL:
            if len(rest) != 2:
                raise ValueError(f"line {lineno}: kernel takes a slot name and one argument")
            nodes.append(Node(KERNEL, (_ref(rest[1], lineno),), rest[0]))
        else:
            try:
                nodes.append(Node(op, tuple(_ref(r, lineno) for r in rest)))
            except ValueError as e:
                raise ValueError(f"line {lineno}: {e}") from None
    if output is None:
        raise ValueError("program text has no 'return' line")
    return Program(tuple(nodes), output)


def _ref(token: str, lineno: int) -> int:
    if not re.fullmatch(r"v\d+", token):
        raise ValueError(f"line {lineno}: expected a value name like v3, got {token!r}")
    return int(token[1:])


def to_json_obj(program: Program) -> dict:
    """A JSON-ready dict; constants carry exact float32 bits and a decimal for reading."""
    nodes = []
    for node in program.nodes:
        if node.op == "const":
            nodes.append({"op": "const", "bits": float32_bits(node.value), "value": float(node.value)})
        elif node.op == "x":
            nodes.append({"op": "x"})
        elif node.op == "iconst":
            nodes.append({"op": "iconst", "value": node.value})
        elif node.op == KERNEL:
            nodes.append({"op": KERNEL, "slot": node.value, "args": list(node.args)})
        else:
            nodes.append({"op": node.op, "args": list(node.args)})
    return {"nodes": nodes, "output": program.output}


def from_json_obj(obj: dict) -> Program:
    """Inverse of `to_json_obj`; the constants come from their bit patterns, exactly."""
    nodes = []
    for i, n in enumerate(obj["nodes"]):
        op = n.get("op")
        if op == "const":
            nodes.append(Node("const", (), float32_from_bits(n["bits"])))
        elif op == "x":
            nodes.append(Node("x"))
        elif op == "iconst":
            nodes.append(Node("iconst", (), n["value"]))
        elif op == KERNEL:
            nodes.append(Node(KERNEL, tuple(int(a) for a in n.get("args", ())), n.get("slot")))
        else:
            if op is None:
                raise ValueError(f"node {i} has no 'op'")
            nodes.append(Node(op, tuple(int(a) for a in n.get("args", ()))))
    return Program(tuple(nodes), int(obj["output"]))


def dumps(program: Program) -> str:
    """The JSON form as a string."""
    return json.dumps(to_json_obj(program))


def loads(text: str) -> Program:
    """Parse the JSON form."""
    return from_json_obj(json.loads(text))
