"""Arithmetic expressions of a target description, compiled into template nodes.

A piece of a full-range function may be given as an expression instead of a kernel slot,
e.g. "1 - 2 / (exp(2 * t) + 1)" (a function built on a verified exp).  Grammar (a Python expression):
numbers (rounded to float32, as a C compiler rounds 0.1f), the piece's argument `t`, + - * /,
unary minus, fma(a, b, c), abs(v), max(a, b) and min(a, b) (b where it is larger / smaller,
else a: a NaN first argument stays NaN), kernel slots by name (`core(t)`), and verified targets
by name (`exp(v)`: that target's whole template with its kernels, inlined; `exp_fast(v)`: its
fast path, the same bits wherever v lies in exp's fast_range and unspecified elsewhere, for a
piece whose own inputs keep v there, e.g. exp_fast(2 * t) on a piece where 2t stays in
[2.5, 18]).  Every operation is one float32 op of evolve.ops, so every backend computes the
same bits.  Pieces that compute the same expression of the same value build the same nodes,
computed once (targets/description.py deduplicates the template; e.g. softplus's
log1p(exp(-abs(t))) on both sides of its kernel).

Two additions keep longer pieces readable and exact:
- names: "g = core(t); w = t * t; g * w + g" (statements separated by ';' or new lines, the
  last one the value; a name is bound once, is not t, a slot or a used target, and each value
  is computed once, however often it is used);
- ldexp(v, n), n an integer literal in [-149, -24]: v * 2^n for a normal (or zero, inf, NaN) v,
  done on the bits with gradual underflow in "exact" mode (round to nearest even, as a float
  multiply without flush-to-zero would; no float op sees the subnormal), a float multiply in
  "flush" mode (XLA's CPU semantics flush a subnormal result to zero);
- pow2(k): 2^k for an integer-valued float k in [-126, 127], on the bits (k's float bits plus
  1.5 * 2^23 shifted into the exponent field): three ops where exp2(k) runs a whole exp2.  Other k
  give an unspecified value (as for F_fast), which the whole function's exhaustive check sees.
"""
from __future__ import annotations

import ast

import numpy as np
from evolve.compose import inline
from evolve.program import KERNEL, Node, Program

_BINARY = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div"}
_ARITY = {"abs": 1, "fma": 3, "max": 2, "min": 2}  # functions of the grammar (ldexp apart)
_BUILTINS = (*_ARITY, "ldexp", "pow2")


class ExpressionError(ValueError):
    """An expression that is not in the grammar; the message quotes it."""


LDEXP_RANGE = (-149, -24)


def compile_expression(text: str, builder, t: int, slots: set[str],
                       functions: dict[str, Program], subnormals: str = "exact") -> int:
    """Append the nodes of expression `text` (argument `t` = node index) to `builder` and
    return the result's index.  `slots`: kernel slot names callable as slot(v); `functions`:
    name -> whole program (a verified target, kernels bound) callable as name(v);
    `subnormals` ("exact" or "flush"): how ldexp rounds results below 2^-126."""
    try:
        body = ast.parse(str(text), mode="exec").body
    except SyntaxError as e:
        raise ExpressionError(f"expression {text!r}: {e.msg}") from None
    if not body or not isinstance(body[-1], ast.Expr):
        raise ExpressionError(f"expression {text!r}: must end with the value (an expression)")
    names: dict[str, int] = {}

    def bad(node, why):
        return ExpressionError(f"expression {text!r}: {why} ({ast.unparse(node)!r})")

    def walk(node) -> int:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return builder.f(float(np.float32(node.value)))
        if isinstance(node, ast.Name):
            if node.id == "t":
                return t
            if node.id in names:
                return names[node.id]
            raise bad(node, "the only variable is t (or a name bound before)")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            # -v as v * -1: exact, and right for zeros (0 - v would turn -0 into +0)
            return builder.op("mul", walk(node.operand), builder.f(-1.0))
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return builder.op(_BINARY[type(node.op)], walk(node.left), walk(node.right))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            if node.func.id == "ldexp":
                return _ldexp(builder, node, bad, walk, subnormals)
            if node.func.id == "pow2":
                if len(node.args) != 1:
                    raise bad(node, "pow2 takes one argument")
                return _pow2(builder, walk(node.args[0]))
            name, args = node.func.id, [walk(a) for a in node.args]
            if name in _ARITY:
                if len(args) != _ARITY[name]:
                    raise bad(node, f"{name} takes {_ARITY[name]} argument{'s' * (_ARITY[name] > 1)}")
                if name in ("max", "min"):
                    a, b = args  # b where it is larger (smaller), else a: a NaN a stays NaN
                    return builder.op("select", builder.op("lt", *((a, b) if name == "max" else (b, a))), b, a)
                return builder.op(name, *args)
            if len(args) != 1:
                raise bad(node, f"{name} takes one argument")
            if name in slots:
                builder.nodes.append(Node(KERNEL, (args[0],), name))
                return len(builder.nodes) - 1
            if name in functions:
                return inline(builder.nodes, functions[name], args[0])
            known = sorted(slots) + sorted(functions) + ["abs", "fma", "ldexp", "max", "min", "pow2"]
            raise bad(node, f"unknown function {name!r}; known here: {', '.join(known)}")
        raise bad(node, "not allowed: use numbers, t, + - * /, fma(a, b, c), abs(v), max(a, b), min(a, b), "
                        "ldexp(v, n), pow2(k), kernel slots, used targets and names bound before")

    for stmt in body[:-1]:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            raise bad(stmt, "a statement binds one name: name = expression")
        name = stmt.targets[0].id
        if name == "t" or name in names or name in slots or name in functions or name in _BUILTINS:
            raise bad(stmt, f"{name!r} is t, a function or bound already")
        names[name] = walk(stmt.value)
    return walk(body[-1].value)


def _ldexp(builder, node, bad, walk, subnormals: str) -> int:
    """ldexp(v, n) (module docstring), appended to `builder`."""
    from targets.f32consts import INF_BITS, MIN_NORMAL_BITS, SIGN_BIT, TWO_23_BITS

    n = None
    if len(node.args) == 2:
        arg = node.args[1]
        neg = isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub)
        lit = arg.operand if neg else arg
        if isinstance(lit, ast.Constant) and type(lit.value) is int:
            n = -lit.value if neg else lit.value
    if n is None or not LDEXP_RANGE[0] <= n <= LDEXP_RANGE[1]:
        raise bad(node, f"ldexp takes a value and an integer literal n in [{LDEXP_RANGE[0]}, {LDEXP_RANGE[1]}]")
    v = walk(node.args[0])
    if subnormals == "flush":
        return builder.op("mul", v, builder.f(2.0**n))
    iv = builder.op("bits_f2i", v)
    mag = builder.op("and_i", iv, builder.i(0x7FFFFFFF))
    b = builder.op("add_i", mag, builder.i(n << 23))
    # below 2^-126: the float add of 2^23 (ulp 1) rounds |v| * 2^(n+149) to the subnormal's bits
    scaled = builder.op("bits_i2f", builder.op("add_i", b, builder.i(149 << 23)))
    low = builder.op("sub_i", builder.op("bits_f2i", builder.op("add", scaled, builder.f(2.0**23))),
                     builder.i(TWO_23_BITS))
    b = builder.op("select_i", builder.op("lt_i", b, builder.i(MIN_NORMAL_BITS)), low, b)
    b = builder.op("select_i", builder.op("lt_i", mag, builder.i(INF_BITS)), b, mag)  # inf, NaN stay
    return builder.op("bits_i2f", builder.op("or_i", b, builder.op("and_i", iv, builder.i(SIGN_BIT))))


def _pow2(builder, k: int) -> int:
    """2^k for an integer-valued float k in [-126, 127] (module docstring), appended to `builder`:
    bits(k + 1.5 * 2^23) << 23 keeps k's low bits in the exponent field (the constant's bits shift
    out), and adding bits(1.0) biases it."""
    from targets.f32consts import ONE_BITS, ROUND_MAGIC

    shifted = builder.op("shl_i", builder.op("bits_f2i", builder.op("add", k, builder.f(ROUND_MAGIC))), builder.i(23))
    return builder.op("bits_i2f", builder.op("add_i", shifted, builder.i(ONE_BITS)))
