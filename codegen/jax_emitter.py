"""JAX code for kernel programs: a jnp function built from the nodes, or module source text.

XLA does not evaluate jnp code op by op (measured on jax 0.10.2, CPU):
- LLVM contracts a*b+c into an fma whenever the CPU has FMA (10% of a Horner
  polynomial's outputs differ from op-by-op float32);
- the HLO algebraic simplifier rewrites float expressions unsafely, even at
  --xla_backend_optimization_level=0: x/c -> x*(1/c) (also for any scalar c
  broadcast, constant or not), (x*c1)*c2 -> x*(c1*c2), (a/b)/c -> a/(b*c),
  a/(b/c) -> (a*c)/b, 1/(1/x) -> x, x+0 -> x (wrong for x = -0),
  (A + c1) + c2 -> A + (c1 + c2), 1*A -> A;
- there is no fma op (no lax.fma, no HLO fma), and float64 is unavailable
  without the global x64 switch (float64 casts silently stay float32);
- lax.optimization_barrier blocks the HLO rewrites (except x/scalar) but is
  gone before LLVM, so it does not stop contraction; `where(x == x, v, x)` is
  seen through by LLVM when both operands of an op use the same condition, and
  A + where(ok, 0, -0) becomes where(ok, A + 0, A).

Strict mode (the default) therefore hides exactly the operands `hazard` flags
(a rewrite above could change the result there) behind a select that XLA and
LLVM cannot see through; everything else is emitted plain, so a Horner
polynomial of fmas costs nothing extra.  An op result v is hidden as
`where(v == v, v, -v)` (its own condition; a NaN false arm would let LLVM hoist
the select over ops with constants), a constant c as `where(x == x, c, -c)` (a
full-shape value, not a scalar broadcast; the other arm, -c or 1 for a zero, is
only taken when x is NaN, where every x-dependent result is NaN anyway).  Two
constant factors of an fma use different conditions, and fmas whose product
pair occurs twice (up to CSE: `value_ids`) hide one factor by a distinct test
(CSE would share the product, and a shared product is not fused).  An fma node
is a*b + c, which XLA fuses into one hardware fma: exact where the backend has
FMA (x86 with FMA, GPUs); without FMA it rounds twice.  Constant subexpressions
are folded here with the exact float32 semantics of evolve.ops.  Under jit with
default flags this matched evaluate_float32 bit for bit on every program tested
(tests/test_codegen_jax.py: samples and thousands of random programs over awkward
constants) apart from subnormals, which XLA on CPU flushes to zero.  It is a
defence against today's rewrites, not a guarantee: verify the jitted export
itself.  Non-strict mode emits plain ops: XLA may change its results (measure
them on the jitted function).
"""
from __future__ import annotations

import math
from typing import Callable

from codegen.jax_plan import BINARY, INPUT_CONTRACT, INPUT_HELPER, Step, hazard, input_converter, plan, value_ids
from evolve.ops import get_op
from evolve.program import Program
from evolve.serialize import hex_literal, to_text


def _build(steps: list[Step], lib, strict: bool):
    """Walk the plan, calling `lib` to make each value; returns the output value.

    `lib` builds either jnp arrays (jax_kernel) or source text (emit_jax_module),
    so both emitters produce the same computation.  In strict mode an operand that
    `hazard` flags is hidden (`keep`: where(v == v, v, -v); `const_guard`:
    where(x == x, c, -c)); see the module docstring for the fma special cases.
    """
    raw: dict[int, object] = {0: lib.x()}
    guarded: dict[int, object] = {}

    def plain(j: int):
        if j not in raw:  # constants are made where first used, only in the forms used
            raw[j] = lib.iconst(j, steps[j]) if steps[j].op == "iconst" else lib.const(j, steps[j])
        return raw[j]

    def hidden(j: int):
        if j not in guarded:
            s = steps[j]
            guarded[j] = lib.const_guard(j, s.value) if s.op == "const" else lib.keep(j, raw[j])
        return guarded[j]

    def operand(i: int, pos: int, j: int):
        return hidden(j) if strict and hazard(steps, i, pos, j) else plain(j)

    # Products of the same pair are merged by CSE, and a shared product is no longer fused
    # into its add: each fma whose pair is not unique hides one factor in its own way.
    ids = value_ids(steps)
    pairs: dict[tuple[int, ...], int] = {}
    for s in steps:
        if s.op in ("mul", "fma"):
            key = tuple(sorted(ids[a] for a in s.args[:2]))
            pairs[key] = pairs.get(key, 0) + 1
    aliases = 0

    for i, s in enumerate(steps):
        if s.op == "return":
            return plain(s.args[0])
        if s.op in ("x", "const", "iconst"):
            continue
        if s.op == "fma":
            ia, ib, ic = s.args
            c = operand(i, 2, ic)
            if strict and steps[ia].op == "const" and steps[ib].op == "const":
                # LLVM would multiply two constants at compile time (rounding before the add):
                # hide them under two different conditions so the product stays a runtime fma
                # (one hidden factor times a plain constant would be hoisted out of its select).
                a, b = hidden(ia), lib.const_guard_by(i, steps[ib].value, c)
            elif strict and pairs[tuple(sorted((ids[ia], ids[ib])))] > 1:
                aliases = aliases % 64 + 1  # 2^k stays finite: v * 2^k is NaN only for NaN v
                if steps[ia].op == "const":
                    ia, ib = ib, ia
                a, b = lib.keep_apart(i, raw[ia], aliases), operand(i, 1, ib)
            else:
                a, b = operand(i, 0, ia), operand(i, 1, ib)
            raw[i] = lib.fma(i, a, b, c)
        elif s.op in BINARY:
            raw[i] = lib.binary(i, s.op, operand(i, 0, s.args[0]), operand(i, 1, s.args[1]))
        else:  # template ops (bits, ints, compares, selects): their registry spelling
            raw[i] = lib.apply(i, get_op(s.op), [operand(i, pos, a) for pos, a in enumerate(s.args)])
    raise AssertionError("plan has no return step")


def _other_arm(value: float) -> float:
    """The never-taken arm of a constant's guard: -c, or 1 for a zero (see _MODULE_HELPERS)."""
    return -value if value else 1.0


class _JnpLib:
    """Builds jnp values for `_build`."""

    def __init__(self, x):
        import jax
        import jax.numpy as jnp

        self.jax, self.jnp, self._x = jax, jnp, x
        self.ok = x == x

    def x(self):
        return self._x

    def const(self, i, step):
        return self.jnp.float32(step.value)

    def iconst(self, i, step):
        return self.jnp.int32(step.value)

    def apply(self, i, op, args):
        names = {f"_a{k}": a for k, a in enumerate(args)}  # the op's one spelling, evaluated
        return eval(op.jax.format(*names), {"jax": self.jax, "jnp": self.jnp, **names})

    def const_guard(self, i, value):
        c = self.jnp.float32(value)
        return self.jnp.where(self.ok, c, _other_arm(value))

    def const_guard_by(self, i, value, other):
        twice = other * self.jnp.float32(2)  # NaN exactly when `other` is NaN
        c = self.jnp.float32(value)
        return self.jnp.where(twice == twice, c, _other_arm(value))

    def keep(self, i, v):
        return self.jnp.where(v == v, v, -v)

    def keep_apart(self, i, v, k):
        scaled = v * self.jnp.float32(2.0**k)  # NaN exactly when v is NaN; a distinct test
        return self.jnp.where(scaled == scaled, v, -v)

    def fma(self, i, a, b, c):
        return a * b + c  # XLA fuses this into one fma (see module docstring)

    def binary(self, i, op, a, b):
        if op == "add":
            return a + b
        if op == "sub":
            return a - b
        if op == "mul":
            return a * b
        return a / b


class _TextLib:
    """Builds source lines for `_build`; each method returns the name of the value it made."""

    def __init__(self):
        self.lines: list[str] = []

    def _line(self, name: str, expr: str, note: str = "") -> str:
        self.lines.append(f"    {name} = {expr}{note}")
        return name

    def x(self):
        return "x"

    def const(self, i, step):
        return self._line(f"v{i}", f"jnp.float32({py_float_literal(step.value)})")

    def iconst(self, i, step):
        v = step.value
        return self._line(f"v{i}", f"jnp.int32({v if abs(v) < 256 else ('-' if v < 0 else '') + hex(abs(v))})")

    def apply(self, i, op, args):
        return self._line(f"v{i}", op.jax.format(*args))

    def const_guard(self, i, value):
        return self._line(f"k{i}", f"_const({py_float_literal(value)}, ok)")

    def const_guard_by(self, i, value, other):
        return self._line(f"b{i}", f"_const({py_float_literal(value)}, _ok({other}))")

    def keep(self, i, v):
        return self._line(f"k{i}", f"_keep({v})")

    def keep_apart(self, i, v, k):
        return self._line(f"a{i}", f"_keep_apart({v}, {k})")

    def fma(self, i, a, b, c):
        return self._line(f"v{i}", f"{a} * {b} + {c}", "  # fma")

    def binary(self, i, op, a, b):
        return self._line(f"v{i}", f"{a} {BINARY[op]} {b}")


def jax_kernel(program: Program, strict: bool = True, jit: bool = True) -> Callable:
    """A JAX function f(x) -> float32 array computing `program` elementwise.

    Any real input is converted to float32 first, as jax_plan.INPUT_CONTRACT says.
    Built by walking the nodes (no code strings).  Works under jax.jit, jax.vmap
    and jax.grad.  `jit=True` returns it jitted, so that even eager calls get the
    fused fma (eagerly, a*b + c would round twice).  See the module docstring for
    what `strict` guarantees.
    """
    import jax
    import jax.numpy as jnp

    steps = plan(program)
    as_float32 = input_converter()

    def kernel(x):
        x = as_float32(x)
        out = _build(steps, _JnpLib(x), strict)
        return jnp.broadcast_to(out, jnp.shape(x)).astype(jnp.float32)

    return jax.jit(kernel) if jit else kernel


def py_float_literal(value: float) -> str:
    """An exact Python expression for a float32 value: float.fromhex('...'), or inf/nan."""
    if math.isnan(value):
        return "float('nan')"
    if math.isinf(value):
        return "float('inf')" if value > 0 else "float('-inf')"
    return f"float.fromhex('{hex_literal(value)}')"


_MODULE_HELPERS = '''

def _keep(v):
    # v itself (a NaN stays a NaN), in a form XLA neither rewrites nor fuses with its neighbours.
    return jnp.where(v == v, v, -v)


def _keep_apart(v, k):
    # Like _keep, but by a different test, so XLA does not share this product with another one.
    scaled = v * jnp.float32(2.0**k)
    return jnp.where(scaled == scaled, v, -v)


def _const(value, ok):
    # The constant (wherever x is not NaN) as a full-shape value XLA cannot fold into its users.
    # The other arm is never taken (-c; 1 for a zero c: A + where(ok, 0, -0) would become
    # where(ok, A + 0, A), letting LLVM see through it).
    c = jnp.float32(value)
    return jnp.where(ok, c, -c if value else jnp.float32(1))


def _ok(v):
    # True where v is not NaN, by a test the compiler does not merge with x == x.
    twice = v * jnp.float32(2)
    return twice == twice
'''


def emit_jax_module(program: Program, name: str, strict: bool = True, comment: str = "") -> str:
    """Source of a standalone Python module (imports jax only) defining jitted `NAME(x)`.

    One line per SSA value (plus one per hidden value in strict mode), constants
    written exactly with float.fromhex; it computes what `jax_kernel` computes.
    """
    if not name.isidentifier() or name.startswith("_") or name in ("jax", "jnp", "x", "ok"):
        raise ValueError(f"{name!r} is not a usable Python function name")
    steps = plan(program)
    doc = [comment.strip(), ""] if comment else []
    doc += [f"Generated float32 kernel {name}(x): elementwise, jitted.", "", INPUT_CONTRACT, "",
            "Every op rounds to float32."]
    if any(s.op == "fma" for s in steps):
        doc += ["An fma (`a * b + c  # fma` below) rounds once: XLA fuses it into a",
                "hardware fma on CPUs with FMA and on GPUs (elsewhere it rounds twice)."]
    if strict:
        doc += ["The _keep/_const wrappers are identities wherever x is not NaN; they only",
                "stop XLA from rewriting the arithmetic (fusing a*b+c, x/c -> x*(1/c), ...),",
                "which would change the verified float32 results.",
                "XLA on CPU flushes subnormal inputs and results to zero."]
    doc += ["", "Program (constant subexpressions folded):"] + [
        "    " + line for line in to_text(program.folded()).splitlines()]
    docstring = "\n".join(doc).replace("\\", "/").replace('"' * 3, "'" * 3)
    lines = ['"' * 3 + docstring + "\n" + '"' * 3, "import jax", "import jax.numpy as jnp", INPUT_HELPER]
    if strict:
        lines.append(_MODULE_HELPERS)
    lines += ["", jax_function_source(program, name, strict)]
    return "\n".join(lines)


def jax_function_source(program: Program, name: str, strict: bool = True, decorator: str = "@jax.jit") -> str:
    """Source of `def NAME(x)` alone (under `decorator`), for a module that already imports jax
    and jnp and defines INPUT_HELPER and (strict mode) the other helpers of `emit_jax_module`'s
    modules."""
    lib = _TextLib()
    out = _build(plan(program), lib, strict)
    lines = [decorator, f"def {name}(x):", "    x = _as_float32(x)"]
    if strict:
        lines.append("    ok = x == x")
    lines += lib.lines
    lines.append(f"    return jnp.broadcast_to({out}, jnp.shape(x)).astype(jnp.float32)")
    return "\n".join(lines) + "\n"
