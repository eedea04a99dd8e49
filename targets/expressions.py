"""Arithmetic expressions of a target description, compiled into template nodes.

A piece of a full-range function may be given as an expression instead of a kernel slot,
e.g. "1 - 2 / (exp(2 * t) + 1)" (a function built on a verified exp).  Grammar (a Python expression):
numbers (rounded to float32, as a C compiler rounds 0.1f), the piece's argument `t`, + - * /,
unary minus, fma(a, b, c), kernel slots by name (`core(t)`), and verified targets by name
(`exp(v)`: that target's whole template with its kernels, inlined).  Every operation is one
float32 op of evolve.ops, so every backend computes the same bits.
"""
from __future__ import annotations

import ast

import numpy as np
from evolve.compose import inline
from evolve.program import KERNEL, Node, Program

_BINARY = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div"}


class ExpressionError(ValueError):
    """An expression that is not in the grammar; the message quotes it."""


def compile_expression(text: str, builder, t: int, slots: set[str],
                       functions: dict[str, Program]) -> int:
    """Append the nodes of expression `text` (argument `t` = node index) to `builder` and
    return the result's index.  `slots`: kernel slot names callable as slot(v); `functions`:
    name -> whole program (a verified target, kernels bound) callable as name(v)."""
    try:
        tree = ast.parse(str(text), mode="eval").body
    except SyntaxError as e:
        raise ExpressionError(f"expression {text!r}: {e.msg}") from None

    def bad(node, why):
        return ExpressionError(f"expression {text!r}: {why} ({ast.unparse(node)!r})")

    def walk(node) -> int:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return builder.f(float(np.float32(node.value)))
        if isinstance(node, ast.Name):
            if node.id != "t":
                raise bad(node, "the only variable is t")
            return t
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            # -v as v * -1: exact, and right for zeros (0 - v would turn -0 into +0)
            return builder.op("mul", walk(node.operand), builder.f(-1.0))
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return builder.op(_BINARY[type(node.op)], walk(node.left), walk(node.right))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            name, args = node.func.id, [walk(a) for a in node.args]
            if name == "fma" and len(args) == 3:
                return builder.op("fma", *args)
            if len(args) != 1:
                raise bad(node, f"{name} takes one argument")
            if name in slots:
                builder.nodes.append(Node(KERNEL, (args[0],), name))
                return len(builder.nodes) - 1
            if name in functions:
                return inline(builder.nodes, functions[name], args[0])
            known = sorted(slots) + sorted(functions) + ["fma"]
            raise bad(node, f"unknown function {name!r}; known here: {', '.join(known)}")
        raise bad(node, "not allowed: use numbers, t, + - * /, fma(a, b, c), kernel slots and used targets")

    return walk(tree)
