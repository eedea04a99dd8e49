"""split_horner: the same polynomial in fewer dependent steps, as a new program."""
from __future__ import annotations

import numpy as np
import pytest

from evolve.interpret import evaluate_float32
from evolve.program import Node, Program
from evolve.reassociate import depth, horner_chains, horner_of, polynomial_coefficients, split_horner
from evolve.serialize import from_text


def horner(coeffs: list[float], var_is_square: bool = False) -> Program:
    """Horner program of coeffs (leading first) in x, or in x*x."""
    nodes = [Node("x")]
    var = 0
    if var_is_square:
        nodes.append(Node("mul", (0, 0)))
        var = 1
    nodes.append(Node("const", value=float(np.float32(coeffs[0]))))
    acc = len(nodes) - 1
    for c in coeffs[1:]:
        nodes.append(Node("const", value=float(np.float32(c))))
        nodes.append(Node("fma", (acc, var, len(nodes) - 1)))
        acc = len(nodes) - 1
    return Program(tuple(nodes), acc)


COEFFS = [1 / 479001600, -1 / 39916800, 1 / 3628800, -1 / 362880, 1 / 40320, -1 / 5040, 1 / 720,
          -1 / 120, 1 / 24, -1 / 6, 0.5, -1.0, 1.0]  # degree 12


@pytest.mark.parametrize("keep", [0, 1, 2, 3])
def test_split_is_the_same_polynomial_in_fewer_steps(keep):
    p = horner(COEFFS)
    q = split_horner(p, keep=keep)
    assert depth(p) == 12 and depth(q) < depth(p) - 2
    assert len(q.nodes) == len(p.nodes) + 1  # one more op: z = x * x
    x = np.linspace(-1, 1, 20001).astype(np.float32)
    a, b = evaluate_float32(p, x).astype(np.float64), evaluate_float32(q, x).astype(np.float64)
    exact = np.polyval(np.float32(COEFFS).astype(np.float64), x.astype(np.float64))
    # both round differently from the exact value, by a few float32 ulps at most
    assert np.abs(a - exact).max() < 4e-7 and np.abs(b - exact).max() < 4e-7
    assert not np.array_equal(a, b) or keep >= 3  # a rewrite, not a copy
    # the last `keep` steps are still Horner steps on x with the last constants
    node = q.nodes[q.output]
    for c in reversed(COEFFS[len(COEFFS) - keep:]):
        assert node.op == "fma" and node.args[1] == 0 and q.nodes[node.args[2]].value == np.float32(c)
        node = q.nodes[node.args[0]]


def test_chain_over_x_squared_with_a_computed_leading_coefficient():
    """log's kernel: v1 = x*x, v5 = fma(c, v1, c'), then Horner steps in x from v5, then
    fma(v1, v20, x): the chain in x is found (leading coefficient v5) and split."""
    text = "\n".join(["v0 = x", "v1 = mul v0 v0", "v2 = const 0.25", "v3 = const -0.5", "v4 = fma v2 v1 v3"]
                     + [f"v{5 + 2 * i} = const {(i + 1) / 16}\nv{6 + 2 * i} = fma v{4 + 2 * i} v0 v{5 + 2 * i}"
                        for i in range(8)] + ["v21 = fma v1 v20 v0", "return v21"])
    p = from_text(text)
    (chain,) = horner_chains(p)
    assert chain.var == 0 and chain.coeffs[0] == 4 and len(chain.nodes) == 8
    q = split_horner(p, keep=2)
    assert depth(q) < depth(p)
    x = np.linspace(-0.3, 0.4, 10001).astype(np.float32)
    np.testing.assert_allclose(evaluate_float32(q, x), evaluate_float32(p, x), rtol=3e-7, atol=1e-8)


def test_short_or_shared_chains_are_left_alone():
    short = horner(COEFFS[:5])
    assert split_horner(short) is short
    # an inner value used twice cannot be dropped: no chain through it
    p = horner(COEFFS)
    inner = p.nodes.index(next(n for n in p.nodes if n.op == "fma"))
    shared = Program(p.nodes + (Node("add", (inner, p.output)),), len(p.nodes))
    assert all(inner not in ch.nodes[:-1] for ch in horner_chains(shared))
    with pytest.raises(ValueError, match="keep"):
        split_horner(p, keep=-1)


def test_horner_of_an_evolved_dag_is_the_same_polynomial():
    """log2's evolved kernel computes its polynomial as a DAG (a constant used twice, an addend
    that is not a constant); horner_of finds the exact coefficients and makes it one chain."""
    text = "\n".join([
        "v0 = x", "v1 = const -0x1.1ce554p-5", "v2 = const -0x1.12b01ap-6", "v3 = const 0x1.06f93p-5",
        "v4 = fma v0 v2 v3", "v5 = fma v4 v0 v1", "v6 = const 0x1.2c296ap-5", "v7 = fma v5 v0 v6",
        "v8 = mul v7 v0", "v9 = fma v8 v0 v6", "v10 = const 0x1.a42ea6p-5", "v11 = fma v0 v10 v9",
        "v12 = mul v11 v0", "v13 = mul v0 v0", "v14 = mul v12 v13", "v15 = const 0x1.715476p+0",
        "v16 = fma v0 v15 v14", "return v16"])
    p = from_text(text)
    coeffs = polynomial_coefficients(p, 12)  # v12, a polynomial of degree 6
    assert len(coeffs) == 7 and coeffs[0] == 0
    q = horner_of(p, 12)
    assert polynomial_coefficients(q, q.output) == polynomial_coefficients(p, p.output)  # float32 coefficients
    chains = horner_chains(q, min_degree=5)
    assert len(chains) == 1 and len(chains[0].nodes) == 6
    x = np.linspace(-0.3, 0.42, 10001).astype(np.float32)
    np.testing.assert_allclose(evaluate_float32(q, x), evaluate_float32(p, x), rtol=1e-6, atol=1e-9)
    with pytest.raises(ValueError, match="not a polynomial"):
        horner_of(from_text("v0 = x\nv1 = div v0 v0\nreturn v1"), 1)


def test_shorten_chains_script_writes_an_exportable_kernel(tmp_path):
    """experiments/shorten_chains.py on the shipped log export with its kernel written back as one
    Horner chain (depth 11): a shorter kernel, still < 1 ULP on its sample, in metadata that
    export reads back (program, no stale verification)."""
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "experiments"))
    import shorten_chains
    from evolve.app.export import read_metadata
    from evolve.serialize import from_json_obj, to_json_obj

    meta = json.loads((root / "results/kernels/evolved_logf.h.json").read_text())
    kernel = from_json_obj(meta["program"]).folded()
    last = kernel.nodes[kernel.output]  # log1p(f) ~ fma(f*f, P(f), f): P back to one chain
    assert last.op == "fma" and last.args[2] == 0
    chain = horner_of(kernel, last.args[1])
    assert depth(chain) >= 11
    source = tmp_path / "log_horner.json"
    source.write_text(json.dumps({**meta, "program": to_json_obj(chain)}))
    out = tmp_path / "log_short.json"
    shorten_chains.main([str(source), "--out", str(out), "--range", "0.7", "1.5",
                         "--points", "20000", "--polish", "1", "--refine", "1"])
    meta = json.loads(out.read_text())
    assert depth(from_json_obj(meta["program"])) < depth(chain) and "verification" not in meta
    assert meta["validation_max_ulp"] < 1 and "shorten_chains.py" in meta["shortened"]
    read_metadata(out)  # export's own check of the file


def test_horner_of_rounds_once_and_drops_the_old_dag():
    """Coefficients rounded straight from the exact value (1 + 2^-24 + 2^-80 -> 1 + 2^-23, not 1
    through float64), and the expanded DAG is gone: (x + 1.5)(x + 2.5) is two fmas, cost 2."""
    from fractions import Fraction

    from evolve.reassociate import nearest_float32

    assert nearest_float32(Fraction(1) + Fraction(1, 2**24) + Fraction(1, 2**80)) == 1 + 2**-23
    assert nearest_float32(Fraction(1) + Fraction(1, 2**24)) == 1.0  # tie: even
    p = from_text("v0 = x\nv1 = const 1.5\nv2 = add v0 v1\nv3 = const 2.5\nv4 = add v0 v3\nv5 = mul v2 v4\nreturn v5")
    q = horner_of(p, 5)
    assert q.cost() == 2 and len(q.nodes) == 6  # x, 3 constants, 2 fmas
    assert polynomial_coefficients(q, q.output) == [Fraction(15, 4), Fraction(4), Fraction(1)]


def test_split_reuses_an_existing_square():
    """log's kernel already has x*x: the split uses it instead of a second multiply."""
    text = "\n".join(["v0 = x", "v1 = mul v0 v0", "v2 = const 0.25", "v3 = const -0.5", "v4 = fma v2 v1 v3"]
                     + [f"v{5 + 2 * i} = const {(i + 1) / 16}\nv{6 + 2 * i} = fma v{4 + 2 * i} v0 v{5 + 2 * i}"
                        for i in range(8)] + ["v21 = fma v1 v20 v0", "return v21"])
    p = from_text(text)
    q = split_horner(p, keep=2)
    assert sum(1 for n in q.nodes if n.op == "mul" and n.args == (0, 0)) == 1
    assert q.cost() == p.cost()


def test_shorten_chains_samples_both_signs_of_a_range_across_zero():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "experiments"))
    import shorten_chains

    x = shorten_chains.sample([(-2.0, 0.5)], 20000, np.random.default_rng(0))
    assert x.min() >= -2.0 and x.max() <= 0.5 and 0.4 < (x < 0).mean() < 0.6
    x = shorten_chains.sample([(-0.36, -0.24)], 1000, np.random.default_rng(0))
    assert x.min() >= -0.36 and x.max() <= -0.24
