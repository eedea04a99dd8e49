"""Every exported C header compiles warning-free as C99/C11/GNU C11 and as C++17, with gcc/g++
and clang/clang++ (clang skipped only where it is not installed), and computes the numpy
evaluator's results bit for bit in every mode.  C++ code includes the header directly, as a
user would, and exports an `extern "C"` shim for ctypes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from codegen import cbuild
from codegen.c_emitter import emit_c_header
from codegen.fullrange_source import full_c_header
from evolve.interpret import evaluate_float32
from evolve.serialize import from_json_obj
from targets.erf import C as ERF_C
from targets.fullrange import full_range_function, kernels, template
from targets.registry import get_target
from test_codegen_c import sample_programs
from test_fullrange import hand_kernel, hand_tail

F32 = np.float32
KERNELS = Path(__file__).resolve().parents[1] / "results" / "kernels"
COMMITTED = {"evolved_expf": "exp", "evolved_logf": "log", "evolved_erff": "erf"}
WARN = ("-O2", "-pedantic", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off", "-shared", "-fPIC")
# (compiler, language, standard); clang's rows are skipped where clang is not installed
MODES = [(cc, "c", std) for cc in ("gcc", "clang") for std in ("c99", "c11", "gnu11")] + [
    (cxx, "c++", "c++17") for cxx in ("g++", "clang++")]


def _mode_id(mode) -> str:
    return f"{mode[0]}-{mode[2]}"


def _need(cc: str) -> None:
    if shutil.which(cc) is None:
        if cc.startswith("clang"):
            pytest.skip(f"{cc} is not installed")
        pytest.fail(f"{cc} is not installed")


def build(header: str, name: str, entries, mode):
    """Compile `header` (inlined, default static-inline linkage) plus one exported shim per
    entry (`shim_E_array` calls `E_array`; extern "C" in C++) and return the shims."""
    cc, lang, std = mode
    _need(cc)
    shim = '#ifdef __cplusplus\n#define SHIM extern "C"\n#else\n#define SHIM\n#endif\n'
    for e in entries:
        shim += (f"SHIM void shim_{e}_array(const float *in, float *out, size_t n);\n"
                 f"SHIM void shim_{e}_array(const float *in, float *out, size_t n) {{ {e}_array(in, out, n); }}\n")
    source = header + "\n" + header + "\n" + shim  # included twice: the guard holds
    lib = cbuild.compile_shared(source, (f"-std={std}",) + WARN, cc=cc, lang=lang)
    return [cbuild.array_function(lib, f"shim_{e}") for e in entries]


def full_inputs(target: str, seed: int = 0) -> np.ndarray:
    """Specials, subnormals, format limits, the templates' branch points (their float constants,
    e.g. exp's clamps -104 and 89) and other edges +- 4 ulps, bit patterns evenly spread over
    all 2^32, random bit patterns and random values in the live range."""
    rng = np.random.default_rng(seed)
    edges = np.array([0, 1, 2, 3, 0x400000, 0x7FFFFE, 0x7FFFFF, 0x800000, 0x800001, 0x3F800000, 0x7F7FFFFF,
                      0x7F800000, 0x7F800001, 0x7FC00000, 0x7FFFFFFF], np.int64)
    consts = [n.value for n in template(target).nodes if n.op == "const" and np.isfinite(n.value)]
    points = consts + [88.72284, -103.97208, -87.33655, 0.70710677, 1.4142135, 1.0, ERF_C,
              0.5, 2.0, -0.34657, 0.34657]
    near = (np.abs(np.float32(points)).view(np.uint32).astype(np.int64)[:, None] + np.arange(-4, 5)).ravel()
    spread = np.arange(0, 1 << 31, 1 << 14, dtype=np.int64)
    pos = np.concatenate([edges, near, spread])
    bits = np.concatenate([pos, pos | 0x80000000, rng.integers(0, 2**32, 1 << 17, dtype=np.int64)])
    lo, hi = {"exp": (-110, 95), "log": (0, 4), "erf": (-5, 5)}[target]
    return np.concatenate([bits.astype(np.uint32).view(F32), rng.uniform(lo, hi, 1 << 16).astype(F32)])


def kernel_inputs(domain, seed: int = 1) -> np.ndarray:
    lo, hi = domain
    rng = np.random.default_rng(seed)
    tiny = np.array([0, 1, 0x7FFFFF, 0x800000], np.uint32).view(F32)
    x = np.concatenate([rng.uniform(lo, hi, 1 << 16).astype(F32), np.float32([lo, hi]), tiny, -tiny])
    return x[(x >= lo) & (x <= hi)]


def assert_same_bits(got, want, x, what):
    same = (got.view(np.uint32) == want.view(np.uint32)) | (np.isnan(got) & np.isnan(want))
    bad = np.flatnonzero(~same)
    assert bad.size == 0, (what, bad.size, x[bad[:4]], got[bad[:4]], want[bad[:4]])


def committed(name: str):
    meta = json.loads((KERNELS / f"{name}.h.json").read_text())
    tail = None if meta.get("tail") is None else from_json_obj(meta["tail"]["program"])
    return (KERNELS / f"{name}.h").read_text(), from_json_obj(meta["program"]), tail


def check_full_header(header, name, target, program, tail, mode):
    entries = [name, f"{name}_kernel"] + ([f"{name}_tail"] if tail is not None else [])
    fns = build(header, name, entries, mode)
    x = full_inputs(target)
    assert_same_bits(fns[0](x), full_range_function(target, program, tail)(x), x, f"{name} {mode}")
    r = kernel_inputs(get_target(target).domain)
    assert_same_bits(fns[1](r), evaluate_float32(program, r), r, f"{name}_kernel {mode}")
    if tail is not None:
        t = kernel_inputs(get_target(f"{target}_tail").domain)
        assert_same_bits(fns[2](t), evaluate_float32(tail, t), t, f"{name}_tail {mode}")


@pytest.mark.parametrize("mode", MODES, ids=_mode_id)
@pytest.mark.parametrize("name", sorted(COMMITTED))
def test_committed_headers_compile_and_match_the_evaluator(name, mode):
    header, program, tail = committed(name)
    check_full_header(header, name, COMMITTED[name], program, tail, mode)


@pytest.mark.parametrize("mode", MODES, ids=_mode_id)
@pytest.mark.parametrize("target", ["exp", "log", "erf"])
def test_fresh_full_headers_compile_and_match_the_evaluator(target, mode):
    program, tail = hand_kernel(target), hand_tail(target)
    header = full_c_header(template(target), kernels(target, program, tail), "fresh_f", target,
                           "a freshly emitted header")
    check_full_header(header, "fresh_f", target, program, tail, mode)


@pytest.mark.parametrize("mode", MODES, ids=_mode_id)
def test_kernel_only_header_compiles_and_matches_the_evaluator(mode):
    programs = sample_programs()
    rng = np.random.default_rng(5)
    x = np.concatenate([rng.integers(0, 2**32, 1 << 16, dtype=np.uint64).astype(np.uint32).view(F32),
                        rng.uniform(-4, 4, 1 << 14).astype(F32), np.float32([0, -0.0, np.inf, -np.inf, np.nan])])
    for key in ("exp_fma", "rational", "nan", "const_only"):
        fn, = build(emit_c_header(programs[key], f"k_{key}"), f"k_{key}", [f"k_{key}"], mode)
        assert_same_bits(fn(x), evaluate_float32(programs[key], x), x, f"{key} {mode}")


@pytest.mark.parametrize("cxx", ["g++", "clang++"])
def test_cxx_export_keeps_c_symbol_names(cxx):
    """With EVOLVE_ARRAY_LINKAGE defined empty, a C++ build exports the unmangled C names."""
    _need(cxx)
    header, program, _ = committed("evolved_expf")
    lib = cbuild.compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + header, ("-std=c++17",) + WARN, cc=cxx,
                                lang="c++")
    x = full_inputs("exp")
    got = cbuild.array_function(lib, "evolved_expf")(x)
    assert_same_bits(got, full_range_function("exp", program)(x), x, cxx)


def test_header_text_has_no_c_only_constructs():
    text = full_c_header(template("erf"), kernels("erf", hand_kernel("erf"), hand_tail("erf")), "e", "erf")
    code = "\n".join(line for line in text.splitlines() if not line.startswith((" *", "/*")))
    assert " restrict " not in code and "*restrict" not in code
    assert 'extern "C" {' in code and code.index("#include <math.h>") < code.index('extern "C" {')
    assert code.count("#include") == 4  # all before the extern "C" block
