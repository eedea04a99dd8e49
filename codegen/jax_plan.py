"""The emission plan shared by the JAX emitters: one step per node of the folded program
(constant subexpressions folded exactly, Program.folded), XLA's CSE view of those steps, the operands
strict mode must hide (`hazard`: the XLA/LLVM rewrites behind it are listed in
codegen/jax_emitter.py's docstring), and the input conversion every emitted function
starts with (INPUT_HELPER, its contract INPUT_CONTRACT)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from evolve.ops import LEAVES, get_op
from evolve.program import Program

BINARY = {"add": "+", "sub": "-", "mul": "*", "div": "/"}  # the binary ops and their Python operators


@dataclass(frozen=True)
class Step:
    """How to produce one SSA value of the folded program."""

    op: str  # 'x', 'const', 'iconst', an op name, or 'return'
    args: tuple[int, ...]
    value: float | int | None = None  # for 'const' and 'iconst'


def plan(program: Program) -> list[Step]:
    """Per-node emission plan of the folded program (Program.folded: constant subexpressions
    are exact float32 constants), shared by both emitters.

    Step i is node i of `program.folded()`; a final ('return', (output,)) step follows.
    """
    program = program.folded()
    steps: list[Step] = []
    for node in program.nodes:
        if node.op in LEAVES:
            steps.append(Step(node.op, (), node.value))
        elif not get_op(node.op).jax:  # a newly registered op needs a JAX spelling
            raise ValueError(f"the JAX emitter does not know op {node.op!r}")
        else:
            steps.append(Step(node.op, node.args))
    steps.append(Step("return", (program.output,)))
    return steps


def value_ids(steps: list[Step]) -> list[int]:
    """A number per step; equal numbers mean XLA's CSE makes them one value (equal constants,
    the same op on the same values, operands of add/mul and fma factors in either order)."""
    seen: dict[tuple, int] = {}
    ids: list[int] = []
    for s in steps:
        if s.op == "const":
            key: tuple = ("const", np.float32(s.value).tobytes())
        elif s.op == "iconst":
            key = ("iconst", s.value)
        else:
            args = [ids[a] for a in s.args]
            if s.op in ("add", "mul"):
                args.sort()
            elif s.op == "fma":
                args[:2] = sorted(args[:2])
            key = (s.op, *args)
        ids.append(seen.setdefault(key, len(seen)))
    return ids


def _has_constant_term(steps: list[Step], j: int) -> bool:
    """Whether value j is a sum with a constant term (fma: its addend)."""
    s = steps[j]
    terms = s.args[2:] if s.op == "fma" else s.args if s.op in ("add", "sub") else ()
    return any(steps[t].op == "const" for t in terms)


def hazard(steps: list[Step], consumer: int, pos: int, j: int) -> bool:
    """Whether operand `j` (argument `pos`) of step `consumer` must be hidden in strict mode.

    Only where a measured XLA/LLVM rewrite could change the float32 result (module
    docstring):
    - a constant divisor (x/c -> x*(1/c)); a zero constant added (x+0 -> x, a*b+0 -> a*b);
      a factor +-1 (1*A + c becomes A + c, open to the rewrites of sums below);
    - a constant added to a sum with a constant term ((A + c1) + c2 -> A + (c1 + c2), also
      through an fma's add);
    - a quotient feeding a quotient ((a/b)/c -> a/(b*c), a/(b/c) -> (a*c)/b, 1/(1/x));
    - a product with a constant factor times a constant ((x*c1)*c2 -> x*(c1*c2));
    - a product feeding an add, sub or fma addend (LLVM would contract it, or fuse the
      wrong product of a*b + c*d).
    Everything else is left plain: it costs nothing.
    """
    s, o = steps[consumer], steps[j]
    if o.op == "x":
        return False
    if s.op in ("add", "sub"):
        other = s.args[1 - pos]
        if o.op == "const":
            return o.value == 0 or _has_constant_term(steps, other)
        return o.op == "mul"
    if o.op == "const":
        if s.op == "div":
            return pos == 1
        if s.op == "mul" or (s.op == "fma" and pos < 2):
            return abs(o.value) == 1  # A*1 -> A exposes A to its consumer's rewrites
        return s.op == "fma" and o.value == 0
    if s.op == "div":
        return o.op == "div"
    if s.op == "mul" or (s.op == "fma" and pos < 2):
        other = s.args[1 - pos]
        return (o.op == "mul" and steps[other].op == "const"
                and any(steps[a].op == "const" for a in o.args))
    return o.op == "mul" and s.op == "fma" and pos == 2


# The input/output contract of every emitted function, for the module docstrings.
INPUT_CONTRACT = """Every function of this module takes any real array-like (float32, float64,
float16, bfloat16, integers, bool, Python scalars; any shape, 0-d and empty included)
and converts it to float32 by round-to-nearest-even exactly as numpy's
x.astype(np.float32) does, float32 values below 2^-126 kept (not flushed), with
jax_enable_x64 on or off; float32 input is used as it is.  Complex input raises
TypeError.  Output: float32, the input's shape.  Gradients are taken with respect to
the input and come in the input's dtype."""

# Emitted once in every module (kernel or full-range, strict or not): the one place that turns
# any real input into float32.  Plain text, so the exported module imports nothing but jax,
# and jax_kernel execs the very same source.
INPUT_HELPER = '''

def _as_float32(x):
    # x as float32, rounded to nearest-even exactly as numpy's x.astype(np.float32) rounds it,
    # for any real dtype (float64, float16, bfloat16, ints, bool, Python scalars), any shape.
    # Dispatched on the static dtype at trace time: float32 input costs nothing.
    x = jnp.asarray(x)
    if x.dtype == jnp.float32:
        return jnp.asarray(x, dtype=jnp.float32)
    if jnp.issubdtype(x.dtype, jnp.complexfloating):
        raise TypeError(f"float32 function of a real argument; got complex input ({x.dtype})")
    if x.dtype == jnp.float64:
        return _float64_to_float32(x)
    return x.astype(jnp.float32)  # exact, or one rounding that XLA does like numpy


@jax.custom_jvp
def _float64_to_float32(x):
    # XLA on CPU flushes a float32 result below 2^-126 of the convert to zero, so there the
    # float32's bits come from integers: rint(|x| * 2^149) is exact in float64 (a normal |x|
    # is scaled by a power of 2; a float64 subnormal, read as 0, rounds to 0 anyway).
    a = jnp.abs(x)
    n = jax.lax.round(a * 2.0**149, jax.lax.RoundingMethod.TO_NEAREST_EVEN).astype(jnp.int32)
    n = n | jnp.where(jnp.signbit(x), jnp.int32(-2147483648), jnp.int32(0))
    return jnp.where(a < 2.0**-126, jax.lax.bitcast_convert_type(n, jnp.float32), x.astype(jnp.float32))


@_float64_to_float32.defjvp
def _float64_to_float32_jvp(primals, tangents):
    # The rounding's slope is 1: the tangent is cast as the value is (a transposable convert,
    # so grad returns the cotangent in float64).
    (x,), (t,) = primals, tangents
    return _float64_to_float32(x), t.astype(jnp.float32)
'''


def input_converter() -> Callable:
    """`_as_float32` of INPUT_HELPER as a callable (any real input -> float32, rounded as
    numpy's astype(np.float32), subnormals kept), compiled from the emitted text itself."""
    import jax
    import jax.numpy as jnp

    namespace = {"jax": jax, "jnp": jnp}
    exec(compile(INPUT_HELPER, "<input helper>", "exec"), namespace)
    return namespace["_as_float32"]
