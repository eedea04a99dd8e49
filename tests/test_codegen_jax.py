"""JAX export: jitted kernels against evaluate_float32, emitted modules, jit/vmap/grad.

XLA on CPU contracts a*b+c into fma and rewrites float expressions (see
codegen/jax_emitter.py); strict mode defends against both.  JAX on CPU also
flushes subnormals, so points where any value of the program is subnormal are
left out of bit comparisons.  Arrays are vector length (a 1-element array takes
another code path).
"""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from codegen.jax_emitter import emit_jax_module, jax_kernel
from codegen.registry import EMITTERS, emit, get_emitter
from evolve.interpret import evaluate_float32
from evolve.program import Node, Program
from evolve.serialize import from_text
from targets.ulp import max_ulp_error
from test_codegen_c import horner, EXP_COEFFS, same_bits, sample_programs, wide_inputs

F32 = np.float32
ROOT = Path(__file__).resolve().parents[1]


def comparable(program: Program, x: np.ndarray) -> np.ndarray:
    """Points where no input, intermediate or output value is subnormal (XLA CPU flushes them)."""
    ok = np.ones(x.shape, bool)
    tiny = np.finfo(F32).tiny
    for i in range(len(program.nodes)):
        v = evaluate_float32(Program(program.nodes, i), x)
        ok &= ~((v != 0) & (np.abs(v) < tiny))
    return ok


def assert_bit_equal(program, got, x):
    want = evaluate_float32(program, x)
    bad = ~same_bits(np.asarray(got), want) & comparable(program, x)
    assert not bad.any(), (x[bad][:5], np.asarray(got)[bad][:5], want[bad][:5])


def random_program(rng, n_ops: int) -> Program:
    """A random deep DAG over x and a few awkward constants (0, -0, 1, 1/3, 0.1, ...)."""
    nodes = [Node("x")]
    for _ in range(3):
        c = rng.choice([0.0, -0.0, 1.0, 3.0, 0.1, -2.5, 1 / 3, 7.0])
        nodes.append(Node("const", (), float(F32(c))))
    for _ in range(n_ops):
        op = str(rng.choice(["add", "sub", "mul", "div", "fma"]))
        k = 3 if op == "fma" else 2
        last = len(nodes) - 1
        args = tuple(
            int(max(0, last - rng.geometric(0.4) + 1)) if rng.random() < 0.7 else int(rng.integers(last + 1))
            for _ in range(k)
        )
        nodes.append(Node(op, args))
    return Program(tuple(nodes), len(nodes) - 1)


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("key", sorted(sample_programs()))
def test_strict_jit_matches_evaluator_under_default_flags(key):
    program = sample_programs()[key]
    x = wide_inputs(np.random.default_rng(11), n=8192)
    assert_bit_equal(program, jax_kernel(program)(x), x)


def test_strict_random_programs_match_evaluator():
    rng = np.random.default_rng(2024)
    x = np.concatenate([rng.uniform(-4, 4, 4096).astype(F32), wide_inputs(rng, n=1024)])
    for _ in range(40):
        program = random_program(rng, int(rng.integers(3, 14)))
        assert_bit_equal(program, jax_kernel(program)(x), x)


@pytest.mark.slow
def test_strict_many_random_programs_match_evaluator():
    rng = np.random.default_rng(99)
    x = np.concatenate([rng.uniform(-4, 4, 4096).astype(F32), wide_inputs(rng, n=2048)])
    for _ in range(1500):
        program = random_program(rng, int(rng.integers(3, 22)))
        assert_bit_equal(program, jax_kernel(program)(x), x)


# One program per rewrite XLA/LLVM was seen to make (jax 0.10.2, CPU; codegen.jax_emitter),
# plus a*b + c*d, where LLVM could fuse either product (today it happens to fuse the first):
# strict mode must hide an operand in each, and then match the evaluator bit for bit.
REWRITES = {
    "(A + c1) + c2": "v1 = const 0x1.555556p-2\nv2 = fma v1 v0 v1\nv3 = const -0x1.4p+1\nv4 = add v3 v2",
    "c + (x - c)": "v1 = const 0x1.8p+1\nv2 = sub v0 v1\nv3 = add v1 v2\nv4 = mul v3 v2",
    "1*A + c": "v1 = const 0x1p+0\nv2 = add v1 v0\nv3 = fma v1 v2 v1",
    "A + (A*A + 0)": "v1 = const 0x0p+0\nv2 = fma v0 v0 v1\nv3 = add v0 v2",
    "a*b + c*d": "v1 = const 0x1.99999ap-4\nv2 = mul v0 v1\nv3 = fma v0 v0 v2",
    "x / c": "v1 = const 0x1.8p+1\nv2 = div v0 v1",
    "(x*c1)*c2": "v1 = const 0x1.99999ap-4\nv2 = mul v0 v1\nv3 = const 0x1.8p+1\nv4 = mul v2 v3",
    "(a/b)/c": "v1 = const 0x1p+0\nv2 = add v0 v1\nv3 = div v0 v2\nv4 = sub v0 v1\nv5 = div v3 v4",
}


def rewrite_program(body: str) -> Program:
    lines = ["v0 = x"] + body.split("\n")
    return from_text("\n".join(lines + [f"return v{len(lines) - 1}"]))


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_strict_hides_an_operand_of_each_known_rewrite(name):
    program = rewrite_program(REWRITES[name])
    body = emit_jax_module(program, "k").split("def k(x):")[1]
    assert "_keep(" in body or "_const(" in body, body
    rng = np.random.default_rng(3)
    x = np.concatenate([rng.uniform(-4, 4, 8192).astype(F32), wide_inputs(rng, n=1024)])
    assert_bit_equal(program, jax_kernel(program)(x), x)


def test_strict_horner_polynomial_needs_no_guard():
    """Guards cost time: a Horner polynomial of fmas (the common kernel) is emitted plain."""
    program = horner(EXP_COEFFS, True)
    body = emit_jax_module(program, "k").split("def k(x):")[1]
    assert "_keep" not in body and "_const" not in body and body.count("# fma") >= 6
    x = np.random.default_rng(4).uniform(-0.35, 0.35, 8192).astype(F32)
    assert_bit_equal(program, jax_kernel(program)(x), x)


def test_product_shared_by_mul_and_fma_still_fuses():
    # v2 = x*x is also the product of both fmas: CSE would share it and stop the fusion.
    program = Program((Node("x"), Node("const", (), -2.5), Node("mul", (0, 0)), Node("fma", (1, 2, 2)),
                       Node("fma", (1, 2, 3)), Node("fma", (0, 0, 4)), Node("sub", (5, 2))), 6)
    x = np.random.default_rng(5).uniform(-4, 4, 8192).astype(F32)
    assert_bit_equal(program, jax_kernel(program)(x), x)


def test_emitted_module_imports_and_matches(tmp_path):
    x = wide_inputs(np.random.default_rng(12), n=4096)
    for key, program in sample_programs().items():
        text = emit_jax_module(program, "kernel", comment=f"test program {key}")
        assert "import jax" in text and "exec" not in text
        path = tmp_path / f"gen_{key}.py"
        path.write_text(text)
        module = load_module(path, f"gen_{key}")
        got = np.asarray(module.kernel(x))
        assert same_bits(got, np.asarray(jax_kernel(program)(x))).all(), key
        assert_bit_equal(program, got, x)


def test_module_text_writes_constants_exactly():
    text = emit_jax_module(sample_programs()["const_subexpr"], "k").split("def k(x):")[1]
    assert "float.fromhex('0x1.555556p-2')" in text  # 1/3 folded exactly in Python
    from evolve.ops import fma_float32
    from evolve.serialize import hex_literal

    third = np.float32(1) / np.float32(3)
    folded = fma_float32(np.float32(0.1), np.float32(0.1), third).item()
    assert f"float.fromhex('{hex_literal(folded)}')" in text and "0x1.99999ap-4" not in text  # 0.1 only folded
    assert "float.fromhex('0x1.6c16c2p-10')" in emit_jax_module(sample_programs()["exp_fma"], "k")
    plain = emit_jax_module(sample_programs()["exp_fma"], "k", strict=False).split("def k(x):")[1]
    assert "_keep" not in plain and plain.count("# fma") == 6


def test_jit_vmap_and_grad():
    program = horner(EXP_COEFFS, True)
    f = jax_kernel(program)
    x = np.linspace(-0.34, 0.34, 64, dtype=F32)
    direct = np.asarray(f(x))
    nested = np.asarray(jax.jit(lambda t: f(t) * 1)(x))
    mapped = np.asarray(jax.vmap(f)(x.reshape(8, 8))).ravel()
    assert same_bits(nested, direct).all() and same_bits(mapped, direct).all()
    # exp' = exp: the derivative of the degree-6 Taylor polynomial is the degree-5 one
    dfdx = np.asarray(jax.vmap(jax.grad(lambda t: f(t)))(x))
    np.testing.assert_allclose(dfdx, direct, rtol=1e-5)
    np.testing.assert_allclose(direct, np.exp(x.astype(np.float64)), rtol=1e-5)
    # grad also works on the non-jitted strict kernel and on constant programs
    g = jax.grad(lambda t: jnp.sum(jax_kernel(program, jit=False)(t)))(jnp.asarray(x))
    assert np.allclose(np.asarray(g), dfdx, rtol=1e-6)
    const = jax_kernel(sample_programs()["const_only"])
    assert np.all(np.asarray(jax.grad(lambda t: jnp.sum(const(t)))(jnp.asarray(x))) == 0)


def test_default_flags_change_non_strict_results_by_a_bounded_amount():
    """Plain jnp code under default XLA: contraction and rewrites; measure the ULP distance."""
    x = np.random.default_rng(13).uniform(-0.35, 0.35, 65536).astype(F32)
    program = sample_programs()["exp_muladd"]
    want = evaluate_float32(program, x)
    got = np.asarray(jax_kernel(program, strict=False)(x))
    differ = (got.view(np.uint32) != want.view(np.uint32)).mean()
    assert differ > 0.01  # XLA fused mul+add into fma: results are not op-by-op float32
    assert max_ulp_error(got, want.astype(np.float64)) <= 2.0  # measured 1.0
    strict = np.asarray(jax_kernel(program)(x))
    assert np.array_equal(strict.view(np.uint32), want.view(np.uint32))


_SUBPROCESS = r"""
import json, sys
import numpy as np
sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tests']
from codegen.jax_emitter import jax_kernel
from evolve.interpret import evaluate_float32
from test_codegen_c import sample_programs, same_bits
from test_codegen_jax import comparable
x = np.random.default_rng(1).uniform(-3, 3, 16384).astype(np.float32)
out = {}
for key, p in sample_programs().items():
    want = evaluate_float32(p, x)
    row = {}
    for strict in (True, False):
        got = np.asarray(jax_kernel(p, strict=strict)(x))
        row[str(strict)] = int((~same_bits(got, want) & comparable(p, x)).sum())
    out[key] = row
print(json.dumps(out))
"""


def run_with_xla_flags(flags: str) -> dict:
    env = dict(os.environ, XLA_FLAGS=flags, JAX_PLATFORMS="cpu")
    proc = subprocess.run([sys.executable, "-c", _SUBPROCESS, str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_optimization_level_0_is_exact_without_fma_but_not_with_it():
    """--xla_backend_optimization_level=0 stops contraction - also of the fma nodes."""
    counts = run_with_xla_flags("--xla_backend_optimization_level=0")
    for key, row in counts.items():
        has_fma = any(n.op == "fma" for n in sample_programs()[key].pruned().nodes)
        if not has_fma:
            assert row["True"] == 0, (key, row)  # strict: exact
    assert counts["exp_muladd"]["False"] == 0  # no contraction at level 0
    assert counts["rational"]["False"] > 0  # but x/3 -> x*(1/3) still happens (HLO rewrite)
    assert counts["exp_fma"]["True"] > 0  # and an fma node rounds twice


def test_registry():
    assert set(EMITTERS) == {"c", "jax"}
    program = sample_programs()["rational"]
    assert "static inline EVOLVE_FLATTEN float k(float x)" in emit("c", program, "k", comment="hi")
    assert "def k(x):" in get_emitter("jax")(program, "k")
    with pytest.raises(ValueError, match="known languages: c, jax"):
        get_emitter("rust")
