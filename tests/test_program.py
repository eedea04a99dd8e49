"""Program representation: construction checks, pruning, cost, text/JSON round trips."""
import json

import numpy as np
import pytest

from evolve.program import Node, Program
from evolve.serialize import dumps, from_text, hex_literal, loads, to_text


def horner_exp():
    # ((c3*x + c2)*x + c1)*x + c0 with fma, plus a dead node and a constant subexpression
    return Program((
        Node("x"), Node("const", (), float(np.float32(1 / 6))), Node("const", (), 0.5), Node("fma", (1, 0, 2)),
        Node("const", (), 1.0), Node("fma", (3, 0, 4)), Node("fma", (5, 0, 4)),
        Node("mul", (2, 2)),  # constant-only: free
        Node("add", (6, 7)),
    ), 8)


def test_constants_must_be_float32():
    with pytest.raises(ValueError, match="float32"):
        Node("const", (), 0.1)  # 0.1 is not a float32 value
    Node("const", (), float(np.float32(0.1)))


def test_args_must_point_backwards_and_ops_must_exist():
    with pytest.raises(ValueError, match="earlier"):
        Program((Node("x"), Node("add", (0, 1))), 1)
    with pytest.raises(ValueError, match="unknown op 'pow'"):
        Node("pow", (0, 0))
    with pytest.raises(ValueError, match="takes 3 arguments"):
        Node("fma", (0, 0))
    with pytest.raises(ValueError, match="node 0"):
        Program((Node("const", (), 1.0),), 0)


def test_cost_counts_only_x_dependent_ops_with_weights():
    p = horner_exp()
    assert p.cost() == 4  # three fma + the final add; mul of constants is free
    assert p.cost({"fma": 2.0}) == 7


def test_prune_drops_dead_nodes_and_keeps_semantics():
    p = Program(horner_exp().nodes + (Node("div", (0, 0)),), 8)
    q = p.pruned()
    assert len(q) == len(p) - 1
    x = np.linspace(-1, 1, 101, dtype=np.float32)
    from evolve.interpret import evaluate_float32
    assert np.array_equal(evaluate_float32(p, x), evaluate_float32(q, x))


def test_deduplicated_computes_repeats_once_and_keeps_bits():
    """Repeated nodes (same op, args, value) merge; +0.0 and -0.0 constants stay apart."""
    nodes = [Node("x"), Node("const", (), 0.0), Node("const", (), -0.0), Node("mul", (0, 0)),
             Node("mul", (0, 0)), Node("add", (3, 1)), Node("add", (4, 2)), Node("sub", (5, 6))]
    p = Program(tuple(nodes), 7)
    q = p.deduplicated()
    assert [n.op for n in q.nodes] == ["x", "const", "const", "mul", "add", "add", "sub"]
    assert q.deduplicated() is q
    x = np.float32([0.0, -0.0, 1.5, -2.0, np.inf, np.nan])
    from evolve.interpret import evaluate_float32
    assert np.array_equal(evaluate_float32(p, x).view(np.int32), evaluate_float32(q, x).view(np.int32))


def test_text_form_round_trips_and_reads_well():
    p = horner_exp()
    text = to_text(p)
    assert "v3 = fma v1 v0 v2" in text and text.endswith("return v8")
    assert from_text(text) == p


def test_json_round_trips_exact_bits_including_specials():
    vals = [float(np.float32(0.1)), -0.0, 2.0**-149, float(np.float32(3.4e38)), float("inf")]
    nodes = [Node("x")] + [Node("const", (), v) for v in vals]
    nodes.append(Node("add", (0, 1)))
    p = Program(tuple(nodes), len(nodes) - 1)
    q = loads(dumps(p))
    got = [np.float32(n.value).view(np.uint32) for n in q.nodes[1:-1]]
    want = [np.float32(v).view(np.uint32) for v in vals]
    assert got == want
    assert json.loads(dumps(p))["nodes"][1]["bits"] == "0x3dcccccd"


def test_hex_literal_is_exact():
    for v in [1.0, float(np.float32(0.1)), -2.5, 2.0**-149, 0.0]:
        assert float.fromhex(hex_literal(v)) == v


def test_text_parse_errors_name_the_line():
    with pytest.raises(ValueError, match="line 2"):
        from_text("v0 = x\nv1 = frob v0\nreturn v1")
    with pytest.raises(ValueError, match="return"):
        from_text("v0 = x")
    with pytest.raises(ValueError, match="not exactly a float32"):
        from_text("v0 = x\nv1 = const 0.1\nreturn v1")


def test_with_constants_returns_new_program():
    p = horner_exp()
    q = p.with_constants(np.arange(len(p.constants()), dtype=np.float32))
    assert q is not p and q.structure() == p.structure()
    assert list(q.constants()) == list(range(len(p.constants())))
    assert p.constants()[0] == np.float32(1 / 6)


def test_folding_keeps_every_bit_and_leaves_only_x_dependent_ops():
    """Program.folded replaces constant subexpressions by their float32 values: same bits on
    every input (NaN/inf/-0 constants included), one op node per unit of cost."""
    from evolve.interpret import evaluate_float32

    rng = np.random.default_rng(3)
    x = rng.integers(0, 2**32, 1 << 14, dtype=np.uint64).astype(np.uint32).view(np.float32)
    consts = [0.0, -0.0, 1.0, 3.0, float(np.float32(0.1)), float("inf"), float("nan"), 1e30]
    for _ in range(300):
        nodes = [Node("x")] + [Node("const", (), float(np.float32(rng.choice(consts)))) for _ in range(4)]
        for _ in range(int(rng.integers(1, 12))):
            op = str(rng.choice(["add", "sub", "mul", "div", "fma"]))
            nodes.append(Node(op, tuple(int(rng.integers(len(nodes))) for _ in range(3 if op == "fma" else 2))))
        program = Program(tuple(nodes), len(nodes) - 1)
        folded = program.folded()
        a, b = evaluate_float32(program, x), evaluate_float32(folded, x)
        assert ((a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))).all(), to_text(program)
        assert all(folded.depends_on_x(i) for i in folded.op_indices())
        assert len(folded.op_indices()) == program.pruned().cost() == folded.cost()
    p = horner_exp()
    assert "const 0x1p-2" in to_text(p.folded()) and "mul" not in to_text(p.folded())  # 0.5*0.5 folded
