"""C export: emitted kernels compiled with gcc equal evaluate_float32 bit for bit."""
import ctypes
import subprocess
from pathlib import Path

import numpy as np
import pytest

from codegen import cbuild
from codegen.c_emitter import C_PREAMBLE, c_float_literal, emit_c_array, emit_c_header, emit_c_kernel
from evolve.interpret import evaluate_float32
from evolve.program import Node, Program

F32 = np.float32
EXP_COEFFS = [1.0, 1.0, 0.5, 1 / 6, 1 / 24, 1 / 120, 1 / 720]  # Taylor coefficients of exp


def horner(coeffs, use_fma: bool) -> Program:
    """p(x) = sum coeffs[k] x^k by Horner, with fma or with mul then add."""
    nodes = [Node("x")] + [Node("const", (), float(F32(c))) for c in coeffs]
    acc = len(coeffs)  # node of the leading coefficient
    for k in range(len(coeffs) - 2, -1, -1):
        if use_fma:
            nodes.append(Node("fma", (acc, 0, k + 1)))
        else:
            nodes.append(Node("mul", (acc, 0)))
            nodes.append(Node("add", (len(nodes) - 1, k + 1)))
        acc = len(nodes) - 1
    return Program(tuple(nodes), acc)


def build(ops, output=None) -> Program:
    """Program from (op, args) / ('const', value) tuples after the implicit x node."""
    nodes = [Node("x")]
    for item in ops:
        nodes.append(Node("const", (), float(F32(item[1]))) if item[0] == "const" else Node(item[0], tuple(item[1:])))
    return Program(tuple(nodes), len(nodes) - 1 if output is None else output)


def sample_programs() -> dict[str, Program]:
    """Programs covering every op, constant folding, constant-only and NaN-producing cases."""
    return {
        "exp_fma": horner(EXP_COEFFS, True),
        "exp_muladd": horner(EXP_COEFFS, False),
        # (x - 0.7) / (x*x + 1.3) + x / 3
        "rational": build([("const", 0.7), ("sub", 0, 1), ("mul", 0, 0), ("const", 1.3), ("add", 3, 4),
                           ("div", 2, 5), ("const", 3.0), ("div", 0, 7), ("add", 6, 8)]),
        # constant subexpressions: 1/3, fma(0.1, 0.1, 1/3), -0.0 + 0.0, then used with x; one dead node
        "const_subexpr": build([("const", 1.0), ("const", 3.0), ("div", 1, 2), ("const", 0.1),
                                ("fma", 4, 4, 3), ("mul", 0, 0), ("fma", 5, 0, 3), ("const", -0.0),
                                ("const", 0.0), ("add", 8, 9), ("add", 7, 10)]),
        "const_only": build([("const", 2.0), ("const", 3.0), ("div", 1, 2), ("fma", 3, 3, 1)]),
        # (x - x) / (x - x) is NaN everywhere; plus inf and NaN constants (fma(x, NaN, ...))
        "nan": build([("sub", 0, 0), ("div", 1, 1), ("const", float("inf")), ("mul", 0, 3),
                      ("add", 2, 4), ("const", float("nan")), ("fma", 0, 6, 5)]),
        "inf_minus_inf": build([("const", float("inf")), ("mul", 0, 1), ("sub", 2, 2)]),
        # (x - 1) / (x - 1) + x / x: NaN only at x = 1, 0, +-inf, NaN
        "nan_some": build([("const", 1.0), ("sub", 0, 1), ("div", 2, 2), ("div", 0, 0), ("add", 3, 4)]),
    }


def special_inputs() -> np.ndarray:
    tiny = np.finfo(F32).tiny
    vals = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, tiny, -tiny, tiny / 2, -tiny / 3,
            1e-45, -1e-45, np.finfo(F32).max, -np.finfo(F32).max, 0.5, 0.3465736, -0.3465736]
    return np.array(vals, dtype=F32)


def wide_inputs(rng, n=20000) -> np.ndarray:
    """Random bit patterns (every exponent, NaNs, infs, subnormals), small values, and specials."""
    bits = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32).view(F32)
    small = rng.uniform(-4, 4, n).astype(F32)
    return np.concatenate([bits, small, special_inputs()])


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Elementwise bit equality, any NaN equal to any NaN."""
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def compile_header(program: Program, name: str, flags=cbuild.DEFAULT_FLAGS):
    source = "#define EVOLVE_ARRAY_LINKAGE\n" + emit_c_header(program, name)
    return cbuild.array_function(cbuild.compile_shared(source, flags), name)


def cpu_has_fma() -> bool:
    try:
        return " fma " in Path("/proc/cpuinfo").read_text().replace("\n", " ")
    except OSError:
        return False


@pytest.mark.parametrize("key", sorted(sample_programs()))
def test_c_header_matches_evaluator_bit_for_bit(key):
    program = sample_programs()[key]
    x = wide_inputs(np.random.default_rng(7))
    got = compile_header(program, f"k_{key}")(x)
    want = evaluate_float32(program, x)
    assert got.dtype == F32 and got.shape == x.shape
    bad = ~same_bits(got, want)
    assert not bad.any(), (x[bad][:5], got[bad][:5], want[bad][:5])


def test_kernel_text_is_one_line_per_op_of_the_folded_program():
    from evolve.ops import fma_float32
    from evolve.serialize import hex_literal

    program = sample_programs()["const_subexpr"]
    text = emit_c_kernel(program, "k")
    assert "static inline EVOLVE_FLATTEN float k(float x)" in text
    # the constant subexpressions (1/3, fma(0.1, 0.1, 1/3), -0 + 0) are folded into literals:
    # one line per op that depends on x, i.e. the program's cost
    assert text.count("const float v") == program.pruned().cost() == 2 < len(program.pruned().nodes) - 1
    third = np.float32(1) / np.float32(3)
    folded = fma_float32(np.float32(0.1), np.float32(0.1), third).item()
    assert f"fmaf({hex_literal(folded)}f, x, {hex_literal(float(third))}f)" in text
    assert "+ 0x0p+0f" in text  # -0 + 0 = +0, exactly as the evaluator rounds it
    assert "fmaf" not in emit_c_kernel(sample_programs()["rational"], "k")
    assert "fmaf" not in emit_c_kernel(sample_programs()["exp_muladd"], "k")


def test_special_constant_literals():
    assert c_float_literal(float("inf")) == "INFINITY"
    assert c_float_literal(float("-inf")) == "-INFINITY"
    assert c_float_literal(float("nan")) == "NAN"
    assert c_float_literal(-0.0) == "-0x0p+0f"
    assert c_float_literal(float(F32(1e-45))) == "0x1p-149f"  # smallest subnormal, exact
    text = emit_c_kernel(sample_programs()["nan"], "k")
    assert "INFINITY" in text and "NAN" in text


def test_constant_program_ignores_x():
    text = emit_c_kernel(sample_programs()["const_only"], "k")
    assert "(void)x;" in text
    f = compile_header(sample_programs()["const_only"], "k_const")
    assert np.all(f(np.array([0, 1, np.nan], F32)) == F32(F32(2) / F32(3)) * F32(F32(2) / F32(3)) + F32(2))


def test_header_compiles_standalone_in_strict_c_and_cxx(tmp_path):
    header = emit_c_header(sample_programs()["exp_fma"], "exp_kernel", comment="exp on [-ln2/2, ln2/2]")
    assert "-ffp-contract=off" in header and "#include <math.h>" in header
    (tmp_path / "exp_kernel.h").write_text(header)
    # Included twice (include guard) by a file using both entry points; strict C99 and GNU C.
    (tmp_path / "main.c").write_text(
        '#include "exp_kernel.h"\n#include "exp_kernel.h"\n'
        "float use(float *buf, size_t n) { exp_kernel_array(buf, buf + n, n); return exp_kernel(buf[0]); }\n"
    )
    for cc, std in (("gcc", "-std=c99"), ("gcc", "-std=gnu11"), ("g++", "-std=c++17")):
        cmd = [cc, std, "-pedantic", "-O2", "-Wall", "-Wextra", "-Werror", "-c", "-x", "c" if cc == "gcc" else "c++",
               "main.c", "-o", "main.o"]
        proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_array_entry_is_a_blocked_loop():
    text = emit_c_array("k", "k")
    # the public entry may be called in place, so only the loop it runs has restrict pointers
    assert "void k_array(const float *in, float *out, size_t n)" in text
    assert "void k_array_run(const float *EVOLVE_RESTRICT in, float *EVOLVE_RESTRICT out, size_t n, int *mode)" in text
    assert "#define EVOLVE_RESTRICT restrict" in text and "#define EVOLVE_RESTRICT __restrict__" in text
    bare = emit_c_array("k", "k", linkage="static inline", restrict_macro=False)
    assert "static inline void k_array(" in bare and "#define" not in bare
    assert "for (size_t j = 0; j < EVOLVE_BLOCK; ++j)" in bare


@pytest.mark.parametrize("bad", ["", "1abc", "a-b", "a b"])
def test_invalid_names_are_rejected(bad):
    with pytest.raises(ValueError, match="C identifier"):
        emit_c_kernel(sample_programs()["rational"], bad)


@pytest.mark.skipif(not cpu_has_fma(), reason="the CPU has no FMA, so gcc cannot contract")
def test_without_fp_contract_off_gcc_fuses_and_results_differ():
    """Proof that the flag matters: GNU C mode at -O2 -mfma fuses mul+add into fma."""
    program = sample_programs()["exp_muladd"]
    source = ("#include <math.h>\n#include <stddef.h>\n" + C_PREAMBLE + emit_c_kernel(program, "k")
              + emit_c_array("k", "k", restrict_macro=False))
    x = np.random.default_rng(3).uniform(-0.35, 0.35, 20000).astype(F32)
    want = evaluate_float32(program, x)
    loose = ("-O2", "-mfma", "-Wall", "-Wextra", "-Werror", "-Wno-unknown-pragmas", "-shared", "-fPIC")
    fused = cbuild.array_function(cbuild.compile_shared(source, loose), "k")(x)
    exact = cbuild.array_function(cbuild.compile_shared(source, loose + ("-ffp-contract=off",)), "k")(x)
    assert np.array_equal(exact.view(np.uint32), want.view(np.uint32))
    assert (fused.view(np.uint32) != want.view(np.uint32)).mean() > 0.01


@pytest.mark.skipif(not cpu_has_fma(), reason="the CPU has no FMA, so gcc cannot contract")
def test_header_pragma_keeps_gnu_mode_exact():
    """The header's `#pragma GCC optimize("fp-contract=off")` holds even without the flag."""
    program = sample_programs()["exp_muladd"]
    x = np.random.default_rng(4).uniform(-0.35, 0.35, 20000).astype(F32)
    loose = ("-O3", "-march=native", "-mfma", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC")
    got = compile_header(program, "k_pragma", flags=loose)(x)
    assert np.array_equal(got.view(np.uint32), evaluate_float32(program, x).view(np.uint32))


def test_compile_error_carries_gcc_stderr():
    with pytest.raises(cbuild.CompileError, match="error"):
        cbuild.compile_shared("int broken( {")


def test_compile_is_cached_and_array_function_keeps_shape():
    source = "#define EVOLVE_ARRAY_LINKAGE\n" + emit_c_header(sample_programs()["rational"], "k_cache")
    lib = cbuild.compile_shared(source)
    assert cbuild.compile_shared(source) is lib
    f = cbuild.array_function(lib, "k_cache")
    x = np.linspace(-3, 3, 24, dtype=np.float64).reshape(4, 6)[:, ::2]  # float64, non-contiguous
    got = f(x)
    assert got.shape == (4, 3) and got.dtype == F32
    assert np.array_equal(got, evaluate_float32(sample_programs()["rational"], x.astype(F32)))
    with pytest.raises(ValueError, match="no function"):
        cbuild.array_function(lib, "missing")
    assert isinstance(lib, ctypes.CDLL)
