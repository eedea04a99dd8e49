"""The C exports vectorize at the flags users build with, and every build gives the same bits.

Vectorization is read off the assembly (packed FMAs on ymm/zmm registers in the array entry);
speed itself is measured by experiments/bench_c.py, not here."""
from __future__ import annotations

import ctypes
import json
import platform
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from codegen.cbuild import array_function, compile_shared
from codegen.fullrange_source import full_c_header
from evolve.interpret import evaluate_float32
from evolve.program import Node, Program
from evolve.serialize import from_json_obj
from targets.description import DescriptionError, parse
from targets.fastpath import check_fast_path, fast_template
from targets.fullrange import fast_path, full_range_function, kernels, template
from tests.test_fullrange import RANDOM_BITS

ROOT = Path(__file__).resolve().parents[1]
X86 = platform.machine() in ("x86_64", "AMD64")
pytestmark = pytest.mark.skipif(not X86, reason="the dispatch and the ISA checks are x86-64 specific")
COMMON = ("-ffp-contract=off", "-Wall", "-Wextra", "-Werror")


def cpu_flags() -> set[str]:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def shipped(target: str):
    """(program, tail) of the committed export of `target`."""
    meta = json.loads((ROOT / "results" / "kernels" / f"evolved_{target}f.h.json").read_text())
    tail = meta.get("tail")
    return from_json_obj(meta["program"]), None if tail is None else from_json_obj(tail["program"])


def header(target: str, name: str = "f") -> str:
    program, tail = shipped(target)
    return full_c_header(template(target), kernels(target, program, tail), name, target,
                         fast=fast_path(target, program, tail))


def assembly(source: str, cc: str, flags: tuple, tmp_path: Path) -> str:
    src = tmp_path / "h.c"
    src.write_text("#define EVOLVE_ARRAY_LINKAGE\n" + source)
    proc = subprocess.run([cc, *flags, *COMMON, "-S", "-o", "-", str(src)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def packed_fmas(asm: str, function: str = "f_array") -> int:
    """Packed FMAs in `function`, the loop it runs (FUNCTION_run) and its ISA copies (FUNCTION_avx2,
    FUNCTION_avx512; mangled in C++)."""
    count = 0
    # C++: the static copies get internal-linkage mangled names (_ZL12f_array_avx2PKfPfmPi)
    for m in re.finditer(rf"^(?:_ZL\d+)?{function}(?:_avx2|_avx512|_run)?(?:PKfPfm(?:Pi)?)?(?:\.\w+)?:[^\n]*\n",
                         asm, re.M):
        body = asm[m.end():asm.index(".cfi_endproc", m.end())]
        count += len(re.findall(r"vfn?m(?:add|sub)\w*ps\s+[^\n]*%[yz]mm", body))
    return count


BUILDS = [("gcc", ("-O2",)), ("gcc", ("-O3",)), ("gcc", ("-O2", "-march=haswell")),
          ("gcc", ("-O3", "-march=native")), ("clang", ("-O2",)), ("clang", ("-O3", "-march=haswell")),
          ("g++", ("-x", "c++", "-std=c++17", "-O2")), ("clang++", ("-x", "c++", "-std=c++17", "-O2"))]


@pytest.mark.parametrize("target", ["exp", "log", "erf"])
@pytest.mark.parametrize("cc,flags", BUILDS, ids=[f"{c} {' '.join(f)}" for c, f in BUILDS])
def test_array_entry_is_vectorized(target, cc, flags, tmp_path):
    """No -ffast-math, no -fno-trapping-math: the array entry still runs packed FMAs (through
    the AVX2 / AVX-512 copies where the flags give no FMA)."""
    if shutil.which(cc) is None:
        pytest.skip(f"{cc} is not installed")
    if "-march=native" in flags and "fma" not in cpu_flags():
        pytest.skip("this CPU has no FMA")
    asm = assembly(header(target), cc, flags, tmp_path)
    assert packed_fmas(asm) >= 8, f"{cc} {flags}: the array entry is not vectorized"


def test_without_the_emitted_forms_gcc_does_not_vectorize(tmp_path):
    """The check above can fail: the same header with `c ? a : b` selects (what gcc turns into
    branches) and a plain loop has no packed FMA at -O3 -march=haswell.  (log: exp's template
    is now branch-free enough, integer max/min and an or for NaN, that gcc vectorizes even that.)"""
    text = header("log")
    text = re.sub(r"= evolve_select_[fi]\(([^,()]+), ([^,()]+), ([^,()]+)\);", r"= (\1 ? \2 : \3);", text)
    text = text.replace("#define EVOLVE_FLATTEN __attribute__((flatten))", "#define EVOLVE_FLATTEN")
    text = re.sub(r"#define EVOLVE_BLOCK \d+", "#define EVOLVE_BLOCK 1", text)
    text, tests = re.subn(r"if \((!full && )?(block|block <= \w+)\)", "if (0)", text)
    # never one pass: every block takes its own test
    text, starts = re.subn(r"int one_pass = mode\[0\]", "int one_pass = 0", text)
    text, resets = re.subn(r"one_pass = clean;", "one_pass = 0 & clean;", text)
    assert tests == starts == resets == 3  # the three ISA copies of the loop
    assert packed_fmas(assembly(text, "gcc", ("-O3", "-march=haswell"), tmp_path)) == 0


@pytest.mark.parametrize("target", ["exp", "log", "erf"])
def test_every_build_gives_the_evaluators_bits(target):
    """Dispatched (AVX-512, AVX2), undispatched, -march builds and clang agree with the numpy
    evaluator bit for bit, on arrays that mix fast-range blocks with special values."""
    program, tail = shipped(target)
    text = "#define EVOLVE_ARRAY_LINKAGE\n" + header(target)
    rng = np.random.default_rng(5)
    typical = {"exp": rng.uniform(-87, 88, 1 << 16), "log": np.exp2(rng.uniform(-120, 120, 1 << 16)),
               "erf": rng.uniform(-5, 5, 1 << 16)}[target].astype(np.float32)
    noisy = typical.copy()
    noisy[::97] = rng.integers(0, 2**32, noisy[::97].size, dtype=np.uint64).astype(np.uint32).view(np.float32)
    x = np.concatenate([typical, noisy, np.float32([np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, -1e-45])])
    want = full_range_function(target, program, tail)(x).view(np.uint32)
    builds = [("gcc", ("-O2",)), ("gcc", ("-O2", "-DEVOLVE_NO_AVX512")), ("gcc", ("-O2", "-DEVOLVE_NO_DISPATCH")),
              ("gcc", ("-O3", "-march=native")), ("g++", ("-std=c++17", "-O2"))] \
        + ([("clang", ("-O2",))] if shutil.which("clang") else [])
    for cc, flags in builds:
        lang = "c++" if cc.endswith("++") else "c"
        fn = array_function(compile_shared(text, (*flags, *COMMON, "-shared", "-fPIC"), cc=cc, lang=lang), "f")
        got = fn(x).view(np.uint32)
        bad = np.flatnonzero(got != want)
        assert bad.size == 0, (cc, flags, x[bad[:3]], got[bad[:3]], want[bad[:3]])


@pytest.mark.parametrize("target", ["exp", "log"])
def test_in_place_calls_give_the_same_bits(target):
    """evolved_<f>f_array(x, x, n): in place, each block's guard reads its inputs before any output
    is written, so a block that falls back to the full function still sees its own inputs (out of
    place, the one-pass loop would have overwritten them).  exp: compare guard; log: offset guard."""
    program, tail = shipped(target)
    text = "#define EVOLVE_ARRAY_LINKAGE\n" + header(target)
    rng = np.random.default_rng(11)
    x = (rng.uniform(-87, 88, 4099) if target == "exp" else np.exp2(rng.uniform(-120, 120, 4099))).astype(np.float32)
    x[::50] = np.float32([np.nan, -np.inf, 1e-45, -200.0, 0.0])[np.arange(x[::50].size) % 5]
    want = full_range_function(target, program, tail)(x).view(np.uint32)
    ptr = ctypes.POINTER(ctypes.c_float)
    for cc in ["gcc"] + (["clang"] if shutil.which("clang") else []):
        fn = getattr(compile_shared(text, ("-O2", *COMMON, "-shared", "-fPIC"), cc=cc), "f_array")
        fn.argtypes, fn.restype = (ptr, ptr, ctypes.c_size_t), None
        buf = x.copy()
        fn(buf.ctypes.data_as(ptr), buf.ctypes.data_as(ptr), buf.size)
        assert np.array_equal(buf.view(np.uint32), want), cc


def test_fast_template_drops_the_special_cases():
    """exp's fast template has no select left: no clamp, no overflow or underflow path, no NaN
    test; it equals the full template bit for bit over its range (sampled here; exports check
    every float32), and the comparison reports a fast program that is wrong."""
    program, _ = shipped("exp")
    fast, intervals = fast_path("exp", program)
    assert not any(n.op.startswith("select") for n in fast.nodes)
    assert len(fast.folded().nodes) < len(template("exp").folded().nodes) / 2 + 6
    slots = kernels("exp", program)
    from evolve.compose import bind

    full_fn = lambda x: evaluate_float32(bind(template("exp"), slots), x)  # noqa: E731
    fast_fn = lambda x: evaluate_float32(bind(fast, slots), x)  # noqa: E731
    assert check_fast_path(full_fn, fast_fn, [(80.0, 88.7)])["mismatches"] == 0
    wrong = Program(fast.nodes + (Node("add", (fast.output, fast.output)),), len(fast.nodes))
    r = check_fast_path(full_fn, lambda x: evaluate_float32(bind(wrong, slots), x), [(80.0, 80.5)])
    assert r["mismatches"] > 0 and r["first"] is not None


def test_fast_template_keeps_conditions_that_vary():
    """A select whose condition changes inside the range is kept (erf's piece choice)."""
    program, tail = shipped("erf")
    fast, _ = fast_path("erf", program, tail)
    assert any(n.op.startswith("select") for n in fast.nodes)
    assert fast_template(template("erf"), kernels("erf", program, tail), [(0.5, 1.5)]).nodes


@pytest.mark.parametrize("bad", [[1.0], [2.0, 1.0], "wide", [[0.0, 1.0], [3.0]]])
def test_bad_fast_range_is_a_clear_error(bad):
    d = {"reference": "mpmath.exp", "float64": "numpy.exp", "scheme": "exp_like",
         "kernels": {"core": {"domain": [-0.35, 0.35]}}, "derivative": "y * t", "fast_range": bad}
    with pytest.raises(DescriptionError, match="fast_range"):
        parse("myexp", d)


def test_a_users_loop_vectorizes_under_openmp_simd(tmp_path):
    """`#pragma omp simd` over evolved_f(x[i]) with -fopenmp-simd at -O2 (gcc's -O2 does not
    vectorize plain loops of unknown length): vectorized, with the header's bits."""
    loop = ("void user_array(const float *restrict in, float *restrict out, size_t n)\n{\n"
            "#pragma omp simd\n    for (size_t i = 0; i < n; ++i) out[i] = f(in[i]);\n}\n")
    source = header("exp") + loop
    flags = ("-O2", "-march=haswell", "-fopenmp-simd")
    assert packed_fmas(assembly(source, "gcc", flags, tmp_path), "user_array") >= 6
    if {"avx2", "fma"} <= cpu_flags():
        program, _ = shipped("exp")
        x = np.random.default_rng(2).uniform(-100, 100, 4099).astype(np.float32)
        lib = compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + source, (*flags, *COMMON, "-shared", "-fPIC"))
        got = array_function(lib, "user")(x)
        assert np.array_equal(got.view(np.uint32), full_range_function("exp", program)(x).view(np.uint32))


@pytest.mark.parametrize("target", ["log", "erf"])
def test_offset_guard_accepts_what_the_compares_accept(target):
    """Where the fast range is one range of positive bit patterns (log: [2^-126, max]; erf: |x| >=
    2^-126) the array entry's guard is an unsigned offset against a bound: it must accept exactly
    the inputs the float compares of NAME_in_fast_range accept (NaN, infinities, zeros,
    subnormals and both ends included)."""
    text = header(target)
    bound = re.search(r"if \(!full && block <= (0x[0-9a-f]+u)\)", text).group(1)
    probe = (f"\nvoid probe(const float *x, int *a, int *b, size_t n)\n{{\n    for (size_t i = 0; i < n; ++i) {{\n"
             f"        a[i] = f_in_fast_range(x[i]);\n        b[i] = f_fast_offset(x[i]) <= {bound};\n    }}\n}}\n")
    lib = compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + text + probe, ("-O2", *COMMON, "-shared", "-fPIC"))
    edges = np.array([0x00800000, 0x007fffff, 0x7f7fffff, 0x7f800000, 0x7fc00000, 0, 1], np.uint32)
    bits = np.concatenate([edges, edges | 0x80000000, RANDOM_BITS[:100_000]]).astype(np.uint32)
    x = bits.view(np.float32)
    a, b = np.empty(x.size, np.int32), np.empty(x.size, np.int32)
    ptr = lambda v, t: v.ctypes.data_as(ctypes.POINTER(t))  # noqa: E731
    lib.probe(ptr(x, ctypes.c_float), ptr(a, ctypes.c_int), ptr(b, ctypes.c_int), ctypes.c_size_t(x.size))
    assert np.array_equal(a, b), x[a != b][:5]
    assert a.any() and not a.all()


@pytest.mark.parametrize("name", ["evolved_EXPf", "ACCf", "X"])
def test_array_entry_keeps_any_function_name(name):
    """The loop text is built from the real names: a name holding X or ACC is not rewritten."""
    from codegen.c_vector import emit_array_entry

    for fast in ((f"{name}_fast", f"{name}_in_fast_range"), (f"{name}_fast", f"{name}_fast_offset", "0x7effffffu")):
        text = emit_array_entry(name, name, "", "EVOLVE_RESTRICT", fast=fast)
        assert f"{fast[1]}(in[b + j])" in text and f"{fast[0]}(in[b + j])" in text
        assert f"{name}(in[b + j])" in text and f"{name}(in[i])" in text


def chunk_policy(ok: np.ndarray, full_chunks: int) -> np.ndarray:
    """Which elements the array entry gives the fast function's result, as codegen.c_vector's
    _fast_blocks decides it: `ok` is the guard per element (a model of the emitted C, not a copy)."""
    n, block, chunk = ok.size, 16, 256
    fast = np.zeros(n, bool)
    one_pass, full, i = True, 0, 0
    while i + block <= n:
        end = i + chunk if n - i >= chunk else n - (n - i) % block
        blocks = [(b, bool(ok[b:b + block].all())) for b in range(i, end, block)]
        if one_pass:
            one_pass = all(good for _, good in blocks)
            for b, good in blocks:
                fast[b:b + block] = good
        else:
            clean, some_fast = True, False
            for b, good in blocks:
                fast[b:b + block] = good and not full
                clean, some_fast = clean and good and not full, some_fast or (good and not full)
            if full:
                full -= 1
            else:
                one_pass, full = clean, 0 if some_fast else full_chunks
        i = end
    return fast


def test_array_modes_switch_back_and_forth_with_the_same_bits():
    """Regimes of 256-element chunks that drive the array entry through all its modes: one pass,
    per-block tests, FULL_CHUNKS untested full chunks after a tested chunk with no clean block,
    back to one pass; out of place and in place (through the chunk buffer, the same modes), every
    build agrees with the evaluator.  A second build marks the fast function's results (+4096) to
    check that each block took the path chunk_policy says.  log: negative inputs are outside its
    fast range."""
    from codegen.c_vector import FULL_CHUNKS

    program, tail = shipped("log")
    text = "#define EVOLVE_ARRAY_LINKAGE\n" + header("log")
    rng = np.random.default_rng(17)
    chunk = 256

    def regime(kind: str, chunks: int) -> np.ndarray:
        x = np.exp2(rng.uniform(-120, 120, chunks * chunk)).astype(np.float32)
        if kind == "bad":
            x = -x
        elif kind == "sparse":  # one bad input in every third block
            x[::48] = -1.0
        return x

    plan = [("clean", 2), ("bad", 3 + FULL_CHUNKS), ("clean", 3), ("bad", 2), ("sparse", 3), ("bad", 1),
            ("clean", FULL_CHUNKS + 2), ("sparse", 2), ("clean", 1)]
    x = np.concatenate([regime(k, c) for k, c in plan] + [np.float32([2.0, -1.0, 0.5])])  # and a tail
    want = full_range_function("log", program, tail)(x).view(np.uint32)
    ptr = ctypes.POINTER(ctypes.c_float)
    builds = [("gcc", ("-O2",)), ("gcc", ("-O2", "-DEVOLVE_NO_AVX512"))] + \
        ([("clang", ("-O2",))] if shutil.which("clang") else [])
    for cc, flags in builds:
        fn = getattr(compile_shared(text, (*flags, *COMMON, "-shared", "-fPIC"), cc=cc), "f_array")
        fn.argtypes, fn.restype = (ptr, ptr, ctypes.c_size_t), None
        out = np.empty_like(x)
        fn(x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)
        assert np.array_equal(out.view(np.uint32), want), (cc, flags, "out of place")
        buf = x.copy()
        fn(buf.ctypes.data_as(ptr), buf.ctypes.data_as(ptr), buf.size)
        assert np.array_equal(buf.view(np.uint32), want), (cc, flags, "in place")

    marked, count = re.subn(r"out\[b \+ j\] = f_fast\(in\[b \+ j\]\);", "out[b + j] = f_fast(in[b + j]) + 4096.0f;", text)
    assert count == 6  # one pass and tested blocks, in the three ISA copies
    fast = chunk_policy(x >= np.float32(2.0**-126), FULL_CHUNKS)
    assert fast.any() and not fast.all() and not fast[-3:].any()
    expected = np.where(fast, want.view(np.float32) + np.float32(4096), want.view(np.float32))
    for cc, flags in builds:
        fn = getattr(compile_shared(marked, (*flags, *COMMON, "-shared", "-fPIC"), cc=cc), "f_array")
        fn.argtypes, fn.restype = (ptr, ptr, ctypes.c_size_t), None
        for in_place in (False, True):
            out = x.copy()
            fn(out.ctypes.data_as(ptr) if in_place else x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)
            bad = np.flatnonzero(out.view(np.uint32) != expected.view(np.uint32))
            assert bad.size == 0, (cc, flags, in_place, bad[:5])
