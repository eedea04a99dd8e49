"""One table drives every backend: each op of evolve.ops.OPS, run alone through the numpy
evaluator, compiled C (gcc, -ffp-contract=off) and jitted JAX, gives the same bits on inputs
seeded with +-0, subnormals, +-inf, NaNs, int32 min/max and random patterns.  A missing
backend spelling is a failure, not a skip."""
import numpy as np
import pytest

from codegen import cbuild
from codegen.c_emitter import emit_c_header
from codegen.jax_emitter import emit_jax_module, jax_kernel
from evolve.interpret import evaluate_float32
from evolve.ops import OPS, TYPES
from evolve.program import Node, Program, node_types

F32 = np.float32
SPECIAL_BITS = [0x00000000, 0x80000000, 0x00000001, 0x807FFFFF, 0x00800000, 0x7F7FFFFF, 0xFF7FFFFF,
                0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00001, 0x3F800000, 0xBF800000, 0x3F000000,
                0x4B000000, 0x4B400001, 0xCB400000, 0x7FFFFFFF, 0x4F000000, 0xCF000000, 0x3FC00000,
                0x40200000, 0xC0200000, 0x3EFFFFFF]


def inputs() -> np.ndarray:
    rng = np.random.default_rng(11)
    bits = np.concatenate([np.array(SPECIAL_BITS, np.uint32),
                           rng.integers(0, 2**32, 4000, dtype=np.uint64).astype(np.uint32),
                           # small magnitudes and halves: rounding ties for rint, i2f, floor
                           np.array([F32(v).view(np.uint32) for v in np.arange(-8, 8, 0.25)], np.uint32)])
    return bits.view(F32)


class _Builder:
    """Builds a one-input program that feeds the op under test values of its argument types,
    all derived from x (so one float32 input drives every argument), and returns f32."""

    def __init__(self):
        self.nodes = [Node("x")]

    def add(self, op, *args, value=None):
        self.nodes.append(Node(op, args, value))
        return len(self.nodes) - 1

    def arg(self, kind: str, k: int) -> int:
        bits = self.add("bits_f2i", 0)
        if kind == "i32":
            if k == 0:
                return bits
            # a second int: shift counts 0..31 for the shift ops' second argument, else x's
            # bits with some flipped
            return self.add("and_i", bits, self.add("iconst", value=31)) if k == -1 else \
                self.add("xor_i", bits, self.add("iconst", value=0x5A5A0F0F * k & 0x7FFFFFFF))
        if kind == "f32":
            if k == 0:
                return 0
            return self.add("bits_i2f", self.add("xor_i", bits, self.add("iconst", value=(0x00C0FFEE << k) & 0xFFFFFF)))
        low = self.add("and_i", bits, self.add("iconst", value=1 << k))  # bool: bit k of x
        return self.add("eq_i", low, self.add("iconst", value=0))

    def to_f32(self, i: int, kind: str) -> Program:
        if kind == "i32":
            i = self.add("bits_i2f", i)
        elif kind == "bool":
            i = self.add("select", i, self.add("const", value=1.0), self.add("const", value=-2.0))
        return Program(tuple(self.nodes), i)


def op_program(name: str) -> Program:
    op = OPS[name]
    b = _Builder()
    args = []
    for pos, kind in enumerate(op.args):
        k = -1 if name in ("shl_i", "sra_i") and pos == 1 else pos
        args.append(b.arg(kind, k))
    return b.to_f32(b.add(name, *args), op.result)


def same(a, b):
    a, b = np.asarray(a, F32), np.asarray(b, F32)
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def float_values_normal(program: Program, x: np.ndarray) -> np.ndarray:
    """Points where no float value of the program is subnormal (XLA on CPU flushes those)."""
    ok = np.ones(x.shape, bool)
    tiny = np.finfo(F32).tiny
    for i, kind in enumerate(node_types(program.nodes)):
        if kind == "f32":
            v = evaluate_float32(Program(program.nodes, i), x)
            ok &= ~((v != 0) & (np.abs(v) < tiny))
    return ok


def test_every_op_has_every_spelling():
    for op in OPS.values():
        assert op.c and op.jax and op.float32 is not None, op.name
        assert set(op.args) | {op.result} <= set(TYPES)


@pytest.mark.parametrize("name", sorted(OPS))
def test_op_gives_the_same_bits_in_numpy_c_and_jax(name):
    program = op_program(name)
    x = inputs()
    op = OPS[name]
    if op.valid is not None:  # an op with a precondition: the inputs where its arguments meet it
        node = max(i for i, n in enumerate(program.nodes) if n.op == name)
        args = [evaluate_float32(Program(program.nodes, a), x) for a in program.nodes[node].args]
        x = x[op.valid(*args)]
        assert x.size > 1000
    want = evaluate_float32(program, x)
    assert want.dtype == F32
    c = cbuild.array_function(cbuild.compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + emit_c_header(program, "k")),
                              "k")
    bad = ~same(c(x), want)
    assert not bad.any(), ("C", x[bad][:4], c(x)[bad][:4], want[bad][:4])
    ok = float_values_normal(program, x)
    assert ok.mean() > 0.5
    for fn in (jax_kernel(program), _module_fn(program)):
        got = np.asarray(fn(x))
        bad = ~same(got, want) & ok
        assert not bad.any(), ("JAX", x[bad][:4], got[bad][:4], want[bad][:4])


def _module_fn(program):
    namespace: dict = {}
    exec(compile(emit_jax_module(program, "k"), "<k>", "exec"), namespace)
    return namespace["k"]


def test_programs_are_type_checked():
    with pytest.raises(ValueError, match=r"node 1 \(add_i\) takes i32, i32, got f32, f32"):
        Program((Node("x"), Node("add_i", (0, 0))), 1)
    with pytest.raises(ValueError, match="a program returns f32"):
        Program((Node("x"), Node("bits_f2i", (0,))), 1)
    with pytest.raises(ValueError, match="int32 value"):
        Node("iconst", (), 2**31)
