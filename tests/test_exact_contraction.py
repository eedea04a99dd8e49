"""codegen.exact_contraction: an exact product fused into its add as an fma gives the same bits,
in the evaluator and in the compiled C; products that are not exact-and-single-use stay."""
from __future__ import annotations

import re

import numpy as np

from codegen.cbuild import array_function, compile_shared
from codegen.exact_contraction import contract_exact_products
from codegen.fullrange_source import full_c_header
from evolve.compose import bind
from evolve.interpret import evaluate_float32
from evolve.program import Node, Program
from evolve.seeds import polynomial
from targets import schemes


def _ops(program: Program) -> list[str]:
    return [n.op for n in program.nodes]


def _inputs() -> np.ndarray:
    rng = np.random.default_rng(7)
    bits = rng.integers(0, 2**32, 200_000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    wide = rng.uniform(-120, 120, 200_000).astype(np.float32)
    special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 88.72, -103.9, 1e-45, -1e-45], np.float32)
    return np.concatenate([bits, wide, special])


def _exp_parts() -> tuple[Program, dict[str, Program]]:
    kernel = polynomial(6, form="plain").with_constants([1 / 720, 1 / 120, 1 / 24, 1 / 6, 0.5, 1.0, 1.0])
    return schemes.exp_like(), {"core": kernel}


def test_exp_reduction_becomes_two_fmas_with_the_same_bits():
    template, kernels = _exp_parts()
    full = bind(template, kernels).folded()
    fused = contract_exact_products(full)
    assert _ops(full).count("mul_exact") == 2 and _ops(fused).count("mul_exact") == 0
    assert fused.cost() == full.cost() - 2  # two ops fewer
    x = _inputs()
    want, got = evaluate_float32(full, x), evaluate_float32(fused, x)
    assert np.array_equal(want.view(np.uint32), got.view(np.uint32))
    # the C header computes x - k ln2 as fmaf(k, -LN2_HI, x) and still gives the evaluator's bits
    header = full_c_header(template, kernels, "exp_fused", "exp")
    assert re.search(r"fmaf\(v\d+, -0x1\.62e4p-1f, v\d+\)", header) and " * 0x1.62e4p-1f" not in header
    c_out = array_function(compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + header), "exp_fused")(x)
    assert np.array_equal(c_out.view(np.uint32), want.view(np.uint32))


def _program(*nodes: Node) -> Program:
    return Program((Node("x"), *nodes), len(nodes))


def test_products_used_twice_or_without_a_constant_factor_stay():
    # v1 = mul_exact(x, x) used by two adds: fusing would compute the product twice
    shared = _program(Node("mul_exact", (0, 0)), Node("add", (1, 0)), Node("sub", (0, 1)), Node("mul", (2, 3)))
    assert contract_exact_products(shared) is shared
    # c - a*b with no constant factor: -a would cost an op
    no_const = _program(Node("mul_exact", (0, 0)), Node("sub", (0, 1)))
    assert contract_exact_products(no_const) is no_const
    # a*b - c: not a form the rewrite takes
    minuend = _program(Node("const", (), 3.0), Node("mul_exact", (0, 1)), Node("sub", (2, 0)))
    assert contract_exact_products(minuend) is minuend
    # a plain mul is never assumed exact
    plain = _program(Node("const", (), 3.0), Node("mul", (0, 1)), Node("add", (2, 0)))
    assert contract_exact_products(plain) is plain


def test_add_in_either_order_and_sub_with_either_constant_factor():
    c = Node("const", (), 0.5)  # x * 0.5 is exact for the normal x below (the rewrite's premise)
    for nodes in ([c, Node("mul_exact", (0, 1)), Node("add", (0, 2))],
                  [c, Node("mul_exact", (1, 0)), Node("add", (2, 0))],
                  [c, Node("mul_exact", (0, 1)), Node("sub", (0, 2))],
                  [c, Node("mul_exact", (1, 0)), Node("sub", (0, 2))]):
        p = _program(*nodes)
        fused = contract_exact_products(p)
        assert _ops(fused).count("fma") == 1 and "mul_exact" not in _ops(fused)
        x = _inputs()
        x = x[~(np.abs(x) < 2.0**-120)]
        assert np.array_equal(evaluate_float32(p, x).view(np.uint32), evaluate_float32(fused, x).view(np.uint32))
