"""The op registry: every arithmetic op a program may use.

Each op is described once, here: its arity, whether its arguments commute, its
default cost weight and its float32 semantics on numpy arrays.  The semantics are
the reference every backend (C, JAX) must reproduce bit for bit: each op rounds
its exact real result to float32 once (round to nearest even).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

F32 = np.float32
F64 = np.float64


TYPES = {"f32": np.float32, "i32": np.int32, "bool": np.bool_}  # value types and their numpy dtypes


@dataclass(frozen=True)
class Op:
    """One op, described once for every backend.

    name, arity, commutativity of its first two args, default cost weight; `float32`: the
    reference semantics on numpy arrays (the evaluator's; every backend must give the same
    bits); `float64`: a smooth float64 proxy for constant fitting (None for ops that are
    not real-valued arithmetic); `args` / `result`: value types (TYPES); `evolvable`: the
    search may build it (float arithmetic) or it serves full-range templates only;
    `c` / `jax`: the op's spelling in each backend, a format string over the argument
    expressions {0}, {1}, {2}; `flushes`: whether the op is float arithmetic that a
    flush-to-zero machine (XLA on CPU: DAZ + FTZ) applies to, as opposed to bit moves
    (bit casts, integer ops, select, abs, copysign), which never flush; `valid`: for ops with a
    precondition that templates guarantee (rint_small), a numpy predicate on the arguments:
    backends agree only there, and exhaustive verification checks the template keeps to it.
    """

    name: str
    arity: int
    commutative: bool
    cost: float
    float32: Callable[..., np.ndarray]
    float64: Callable[..., np.ndarray] | None
    args: tuple[str, ...] = ()
    result: str = "f32"
    evolvable: bool = True
    c: str = ""
    jax: str = ""
    flushes: bool = True  # under flush-to-zero (XLA on CPU), subnormal f32 operands and results are zeros
    valid: Callable[..., np.ndarray] | None = None  # where the op is defined (None: everywhere)

    def __post_init__(self):
        # Checked at registration, so a bad row fails at import with the op's name.
        if not self.args:
            object.__setattr__(self, "args", ("f32",) * self.arity)
        if len(self.args) != self.arity or any(t not in TYPES for t in (*self.args, self.result)):
            raise ValueError(f"op {self.name}: bad signature {self.args} -> {self.result}")
        for backend in ("c", "jax"):
            text = getattr(self, backend)
            if sorted(set(re.findall(r"{(\d)}", text))) != [str(i) for i in range(self.arity)]:
                raise ValueError(f"op {self.name}: its {backend} spelling {text!r} must use {{0}}..{{{self.arity - 1}}}")


def fma_float32(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Exact fused multiply-add a*b + c rounded once to float32.

    How: the product of two float32 values is exact in float64 (48 significant
    bits).  The float64 sum p + c may round, so the sum is computed with TwoSum,
    which also yields its exact rounding error e.  Rounding the float64 sum to odd
    (when e != 0 and the sum's last bit is even, step it one float64 ulp towards e)
    keeps a sticky bit, and a round-to-odd result with 53 >= 24 + 2 bits rounds
    correctly to float32 (Boldo & Melquiond), normal and subnormal results alike.
    """
    with np.errstate(all="ignore"):
        a64 = np.asarray(a, F32).astype(F64)
        b64 = np.asarray(b, F32).astype(F64)
        c64 = np.asarray(c, F32).astype(F64)
        p = a64 * b64  # exact: no overflow or underflow possible for float32 inputs
        s = p + c64
        bp = s - c64
        e = (p - bp) + (c64 - (s - bp))  # TwoSum error: p + c == s + e exactly
        s, e = np.broadcast_arrays(s, e)
        bits = np.ascontiguousarray(s).view(np.int64).copy()
        inexact = np.isfinite(e) & (e != 0) & ((bits & 1) == 0)
        towards_larger_magnitude = (e > 0) == (s > 0)
        bits = np.where(inexact, bits + np.where(towards_larger_magnitude, 1, -1), bits)
        odd = bits.view(F64)
        return odd.astype(F32)


def _fma_float64(a, b, c):
    with np.errstate(all="ignore"):
        return a * b + c


def _binary(fn):
    def apply(a, b):
        with np.errstate(all="ignore"):
            return fn(a, b)

    return apply


def _typed(fn, dtype):
    def apply(*args):
        with np.errstate(all="ignore"):
            return np.asarray(fn(*args)).astype(dtype, copy=False)

    return apply


def _f(fn):
    return _typed(fn, np.float32)


def _i(fn):
    return _typed(fn, np.int32)


def _b(fn):
    return _typed(fn, np.bool_)


def _rint(a):
    return np.rint(a)


def _f2i(a):
    a = np.asarray(a, np.float32).astype(np.float64)
    return np.where(np.isnan(a), 0, np.clip(np.trunc(np.nan_to_num(a)), -2.0**31, 2.0**31 - 1)).astype(np.int64)


# C spells int32 arithmetic in uint32_t (wraps, no undefined overflow); bit casts go through the
# header's evolve_* helpers (memcpy).  Float compares are ordered (false on NaN), as in IEEE.
_FLOAT_OPS = [
    Op("add", 2, True, 1.0, _binary(np.add), _binary(np.add), c="{0} + {1}", jax="{0} + {1}"),
    Op("sub", 2, False, 1.0, _binary(np.subtract), _binary(np.subtract), c="{0} - {1}", jax="{0} - {1}"),
    Op("mul", 2, True, 1.0, _binary(np.multiply), _binary(np.multiply), c="{0} * {1}", jax="{0} * {1}"),
    Op("div", 2, False, 1.0, _binary(np.divide), _binary(np.divide), c="{0} / {1}", jax="{0} / {1}"),
    # fma(a, b, c) = a*b + c: a and b commute, c does not.
    Op("fma", 3, True, 1.0, fma_float32, _fma_float64, c="fmaf({0}, {1}, {2})", jax="{0} * {1} + {2}"),
]
_TEMPLATE_OPS = [
    # a product the template guarantees exact (e.g. k * LN2_HI: 8 and 15 significant bits), so a
    # compiler that fuses it into a neighbouring add cannot change a result: spelled as a plain
    # product everywhere (no fmaf call in C, no guard against contraction in JAX)
    Op("mul_exact", 2, True, 1.0, _binary(np.multiply), None, ("f32", "f32"), "f32", False,
       c="{0} * {1}", jax="{0} * {1}"),
    # float32 <-> int32 bit reinterpretation, conversions, rounding
    Op("bits_f2i", 1, False, 1.0, lambda a: np.asarray(a, np.float32).view(np.int32), None, ("f32",), "i32",
       False, c="evolve_f32_bits({0})", jax="jax.lax.bitcast_convert_type({0}, jnp.int32)", flushes=False),
    Op("bits_i2f", 1, False, 1.0, lambda a: np.asarray(a, np.int32).view(np.float32), None, ("i32",), "f32",
       False, c="evolve_f32_from_bits({0})", jax="jax.lax.bitcast_convert_type({0}, jnp.float32)", flushes=False),
    Op("i2f", 1, False, 1.0, _f(lambda a: a), None, ("i32",), "f32", False,
       c="(float)({0})", jax="{0}.astype(jnp.float32)"),
    # float -> int32 toward zero, saturating (NaN -> 0): one meaning where C's cast is undefined
    Op("f2i", 1, False, 1.0, _i(_f2i), None, ("f32",), "i32", False,
       c="evolve_f2i({0})", jax="jnp.where({0} != {0}, 0, jnp.where({0} >= 2147483648.0, 2147483647, "
                                "jnp.maximum({0}, -2147483648.0).astype(jnp.int32)))"),
    Op("rint", 1, False, 1.0, _f(_rint), None, ("f32",), "f32", False,
       c="evolve_rintf({0})", jax="jax.lax.round({0}, jax.lax.RoundingMethod.TO_NEAREST_EVEN)"),
    # rint where the template guarantees |v| <= 2^22 (e.g. x/ln2 after a clamp) and does not
    # depend on the sign of a zero result: then adding and subtracting 1.5 * 2^23 rounds as rint
    # does, two adds in C (it gives +0 for v in [-0.5, -0]); elsewhere unspecified (`valid`)
    Op("rint_small", 1, False, 1.0, _f(_rint), None, ("f32",), "f32", False,
       c="(({0} + 0x1.8p23f) - 0x1.8p23f)", jax="jax.lax.round({0}, jax.lax.RoundingMethod.TO_NEAREST_EVEN)",
       valid=lambda a: (np.abs(a) <= 2.0**22) & ~((a >= -0.5) & np.signbit(a))),
    Op("floor", 1, False, 1.0, _f(np.floor), None, ("f32",), "f32", False, c="floorf({0})", jax="jnp.floor({0})"),
    Op("abs", 1, False, 1.0, _f(np.abs), None, ("f32",), "f32", False, c="fabsf({0})", jax="jnp.abs({0})", flushes=False),
    Op("copysign", 2, False, 1.0, _f(np.copysign), None, ("f32", "f32"), "f32", False,
       c="copysignf({0}, {1})", jax="jnp.copysign({0}, {1})", flushes=False),
    # min/max as selects (a < b ? a : b): one meaning for NaN and signed zeros on every backend
    Op("min", 2, False, 1.0, _f(lambda a, b: np.where(a < b, a, b)), None, ("f32", "f32"), "f32", False,
       c="evolve_select_f({0} < {1}, {0}, {1})", jax="jnp.where({0} < {1}, {0}, {1})"),
    Op("max", 2, False, 1.0, _f(lambda a, b: np.where(a > b, a, b)), None, ("f32", "f32"), "f32", False,
       c="evolve_select_f({0} > {1}, {0}, {1})", jax="jnp.where({0} > {1}, {0}, {1})"),
    # int32 arithmetic (two's complement, wrapping) and bits; shifts by 0..31
    Op("add_i", 2, True, 1.0, _i(np.add), None, ("i32", "i32"), "i32", False,
       c="(int32_t)((uint32_t)({0}) + (uint32_t)({1}))", jax="{0} + {1}", flushes=False),
    Op("sub_i", 2, False, 1.0, _i(np.subtract), None, ("i32", "i32"), "i32", False,
       c="(int32_t)((uint32_t)({0}) - (uint32_t)({1}))", jax="{0} - {1}", flushes=False),
    Op("and_i", 2, True, 1.0, _i(np.bitwise_and), None, ("i32", "i32"), "i32", False,
       c="({0} & {1})", jax="{0} & {1}", flushes=False),
    Op("or_i", 2, True, 1.0, _i(np.bitwise_or), None, ("i32", "i32"), "i32", False, c="({0} | {1})", jax="{0} | {1}", flushes=False),
    Op("xor_i", 2, True, 1.0, _i(np.bitwise_xor), None, ("i32", "i32"), "i32", False,
       c="({0} ^ {1})", jax="{0} ^ {1}", flushes=False),
    Op("shl_i", 2, False, 1.0, _i(np.left_shift), None, ("i32", "i32"), "i32", False,
       c="(int32_t)((uint32_t)({0}) << ({1}))", jax="jax.lax.shift_left({0}, {1})", flushes=False),
    Op("sra_i", 2, False, 1.0, _i(np.right_shift), None, ("i32", "i32"), "i32", False,
       c="({0} >> ({1}))", jax="jax.lax.shift_right_arithmetic({0}, {1})", flushes=False),
    # compares and select
    Op("lt", 2, False, 1.0, _b(np.less), None, ("f32", "f32"), "bool", False, c="({0} < {1})", jax="{0} < {1}"),
    Op("le", 2, False, 1.0, _b(np.less_equal), None, ("f32", "f32"), "bool", False, c="({0} <= {1})", jax="{0} <= {1}"),
    Op("eq", 2, True, 1.0, _b(np.equal), None, ("f32", "f32"), "bool", False, c="({0} == {1})", jax="{0} == {1}"),
    Op("lt_i", 2, False, 1.0, _b(np.less), None, ("i32", "i32"), "bool", False, c="({0} < {1})", jax="{0} < {1}", flushes=False),
    Op("eq_i", 2, True, 1.0, _b(np.equal), None, ("i32", "i32"), "bool", False, c="({0} == {1})", jax="{0} == {1}", flushes=False),
    Op("and_b", 2, True, 1.0, _b(np.logical_and), None, ("bool", "bool"), "bool", False,
       c="({0} & {1})", jax="{0} & {1}", flushes=False),
    Op("or_b", 2, True, 1.0, _b(np.logical_or), None, ("bool", "bool"), "bool", False,
       c="({0} | {1})", jax="{0} | {1}", flushes=False),
    Op("not_b", 1, False, 1.0, _b(np.logical_not), None, ("bool",), "bool", False, c="(!{0})", jax="~{0}", flushes=False),
    # C: bit blends, not `c ? a : b`, which gcc turns into branches it cannot vectorize
    # (codegen.c_vector); bools are 0 or 1 in C, so & and | are the logical ops without branches
    Op("select", 3, False, 1.0, _f(np.where), None, ("bool", "f32", "f32"), "f32", False,
       c="evolve_select_f({0}, {1}, {2})", jax="jnp.where({0}, {1}, {2})", flushes=False),
    Op("select_i", 3, False, 1.0, _i(np.where), None, ("bool", "i32", "i32"), "i32", False,
       c="evolve_select_i({0}, {1}, {2})", jax="jnp.where({0}, {1}, {2})", flushes=False),
]

OPS: dict[str, Op] = {op.name: op for op in _FLOAT_OPS + _TEMPLATE_OPS}
assert len(OPS) == len(_FLOAT_OPS) + len(_TEMPLATE_OPS), "op names must be unique"


# Leaf kinds are not ops: they have no arguments and no semantics to register.  'const' is a
# float32 constant, 'iconst' an int32 one (template programs only).
LEAVES = ("x", "const", "iconst")


def get_op(name: str) -> Op:
    """Return the registered op called `name`, or raise a ValueError listing the known ops."""
    try:
        return OPS[name]
    except KeyError:
        raise ValueError(f"unknown op {name!r}; known ops: {', '.join(sorted(OPS))}") from None
