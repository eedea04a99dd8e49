"""Exhaustive verification (targets/verify.py): sweep order, reports, known answers.

Default tests sweep 2^24-point slices; the full 2^32 sweeps are marked slow.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from evolve.program import Node, Program
from targets.flush import flush_reference
from targets.verify import (
    domain_bit_ranges,
    reduction_range,
    sweep_order,
    verify_exhaustive,
    verify_kernel_domain,
)
from targets.fullrange import full_range_function
from test_fullrange import c_full, hand_kernel, numpy_full  # hand-made kernels and their C builds

F32 = np.float32
ONE_BITS = 0x3F800000


def _bits(v) -> int:
    return int(np.array(v, dtype=F32).view(np.uint32))


@pytest.mark.parametrize("order", ["linear", "interleaved"])
def test_sweep_order_covers_every_pattern_once(order):
    ranges = [(5, 1000), (2**32 - 300, 2**32), (77, 77)]
    blocks = list(sweep_order(ranges, chunk=64, order=order))
    assert all(b.dtype == np.uint32 and 0 < b.size <= 64 for b in blocks)
    got = np.sort(np.concatenate(blocks).astype(np.int64))
    want = np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in ranges])
    assert np.array_equal(got, want)


def test_sweep_order_interleaved_blocks_span_the_range():
    first = next(sweep_order([(0, 10_000)], chunk=100, order="interleaved"))
    assert first[0] == 0 and first[-1] >= 9_900 and first.size == 100


def test_sweep_order_rejects_bad_input():
    with pytest.raises(ValueError, match="order"):
        list(sweep_order([(0, 10)], order="random"))
    with pytest.raises(ValueError, match="bit range"):
        list(sweep_order([(0, 2**32 + 1)]))
    with pytest.raises(ValueError, match="chunk"):
        list(sweep_order([(0, 10)], chunk=0))


def test_domain_bit_ranges_count_every_float32():
    def count(lo, hi):
        return sum(b - a for a, b in domain_bit_ranges(lo, hi))

    assert count(1.0, 2.0) == 2**23 + 1
    assert count(-1.0, 1.0) == 2 * (ONE_BITS + 1)  # both zeros
    assert count(-2.0, -1.0) == 2**23 + 1
    assert count(0.0, 1.0) == ONE_BITS + 2  # -0 and +0
    with pytest.raises(ValueError):
        domain_bit_ranges(2.0, 1.0)


def test_verify_slice_of_good_exp_through_c():
    lo = _bits(-2.0)  # 2^24 patterns of negative x from -2 downwards (down to about -8)
    rep = verify_exhaustive(c_full("exp"), "exp", lo, lo + 2**24, progress=False)
    assert rep.n_checked == 2**24
    assert 0.5 < rep.max_ulp < 1.0 and rep.n_nonfinite_mismatch == 0 and rep.n_over_one == 0
    assert abs(rep.max_ulp_mpmath - rep.max_ulp) < 1e-6
    assert rep.worst[0][0] == rep.worst_x and len(rep.worst) == 16
    assert rep.points_per_s > 0


def _bad_at(program: Program, r_bad: float, factor: float = 1.5) -> Program:
    """`program` except at r == r_bad, where its value is multiplied by `factor` (select on eq)."""
    n = len(program.nodes)
    extra = (Node("const", (), float(r_bad)), Node("eq", (0, n)), Node("const", (), float(factor)),
             Node("mul", (program.output, n + 2)), Node("select", (n + 1, n + 3, program.output)))
    return Program(program.nodes + extra, n + 4)


def test_verify_finds_a_deliberately_bad_kernel_point():
    """The hand exp kernel, except at the r of x = 1.0, where it is 1.5x too large."""
    r_one = np.float32((F32(1.0) - F32(1) * F32(float.fromhex("0x1.62e4p-1"))) - F32(float.fromhex("0x1.7f7dp-20")))
    bad = _bad_at(hand_kernel("exp"), r_one)
    assert numpy_full("exp", bad)(np.float32([1.0]))[0] > 4.0  # the bad point is there
    fn = c_full("exp", bad)
    lo = ONE_BITS - 2**23
    rep = verify_exhaustive(fn, "exp", lo, lo + 2**24, progress=False, order="interleaved")
    assert rep.worst_x == 1.0 and rep.worst_x_mpmath == 1.0
    assert rep.max_ulp > 2**21  # 0.5 * e in ulps of [2, 4): about 0.5 * 1.36 * 2^23
    # Other x of the slice may reduce to the same r (another k); only those are wrong.
    over = [x for x, _, e in rep.worst if e > 1]
    assert len(over) == rep.n_over_one >= 1
    kf = np.rint(np.array(over, F32) * F32(float.fromhex("0x1.715476p+0")))
    r = (np.array(over, F32) - kf * F32(float.fromhex("0x1.62e4p-1"))) - kf * F32(float.fromhex("0x1.7f7dp-20"))
    assert (r == r_one).all()


def test_verify_counts_nonfinite_mismatches():
    def fn(x):
        y = numpy_full("log")(x)
        return np.where(x == F32(2.0), F32(np.nan), np.where(x == F32(3.0), F32(np.inf), y))

    lo = _bits(1.5)
    rep = verify_exhaustive(fn, "log", lo, _bits(3.0) + 1, progress=False)
    assert rep.max_ulp == np.inf and rep.n_nonfinite_mismatch == 2
    assert rep.worst_x in (2.0, 3.0) and rep.max_ulp_finite < 1.0


def test_verify_prints_plain_progress_when_not_a_tty(capsys):
    verify_exhaustive(numpy_full("exp"), "exp", 0, 2**16, chunk=2**14, progress=True)
    out = capsys.readouterr().out
    assert "verify exp (full): 65536/65536 (100.0%)" in out


def test_verify_kernel_domain_on_a_narrow_domain():
    from targets.registry import get_target

    for domain in ((0.25, 0.26), (-0.26, -0.25)):
        target = get_target("exp", domain=domain)
        rep = verify_kernel_domain(lambda r: np.exp(r.astype(np.float64)).astype(F32), target,
                                   progress=False)
        n = _bits(abs(target.domain[1] if domain[0] > 0 else target.domain[0])) - _bits(0.25) + 1
        assert rep.n_checked == n == 335546 and rep.kind == "kernel" and rep.max_ulp <= 0.5
    rep = verify_kernel_domain(lambda r: np.exp(r.astype(np.float64)).astype(F32) * F32(1.0000001),
                               get_target("exp", domain=(0.25, 0.26)), progress=False)
    assert rep.max_ulp > 0.5


def test_reduction_range_on_a_slice():
    rr = reduction_range("exp", _bits(10.0), _bits(10.0) + 2**20, progress=False)
    assert rr.inside and rr.n_checked == 2**20 and rr.lo < 0 < rr.hi


# ------------------------------------------------------------------ full sweeps (slow)

@pytest.mark.slow
@pytest.mark.parametrize("name,bound", [("exp", 1.0), ("log", 1.0)])
def test_full_sweep_of_hand_kernels_through_c(name, bound):
    rep = verify_exhaustive(c_full(name), name, progress=True)
    print(rep.summary())
    assert rep.n_checked == 2**32 and rep.max_ulp < bound and rep.n_nonfinite_mismatch == 0


@pytest.mark.slow
def test_full_sweep_of_hand_erf_through_c_has_no_nonfinite_mismatch():
    rep = verify_exhaustive(c_full("erf"), "erf", progress=True)
    print(rep.summary())
    assert rep.n_checked == 2**32 and rep.n_nonfinite_mismatch == 0 and np.isfinite(rep.max_ulp)


@pytest.mark.slow
def test_full_sweep_of_exp_through_numpy():
    rep = verify_exhaustive(numpy_full("exp"), "exp", progress=True)
    print(rep.summary())
    assert rep.n_checked == 2**32 and rep.max_ulp < 1.0


def test_flush_semantics_allow_flushing_and_nothing_else():
    """Under subnormals="flush" a flushed subnormal result or input costs nothing, an exact one
    neither; a result that is neither (2^-126 for a tiny exp, 0 for log of a subnormal) is caught."""
    flush_exp = full_range_function("exp", hand_kernel("exp"), subnormals="flush")
    lo, hi = _bits(-86.0), _bits(-104.0) + 1  # negative floats: patterns grow with magnitude
    exact = verify_exhaustive(flush_exp, "exp", lo, hi, progress=False)
    flushed = verify_exhaustive(flush_exp, "exp", lo, hi, progress=False, subnormals="flush")
    assert exact.max_ulp > 1e6 and flushed.max_ulp < 1 and flushed.subnormals == "flush"
    assert flushed.max_ulp_mpmath < 1 and "flush-to-zero semantics" in flushed.summary()
    assert verify_exhaustive(numpy_full("exp"), "exp", lo, hi, progress=False, subnormals="flush").max_ulp < 1

    def wrong_exp(x):  # rounds every tiny result up to the normal minimum
        y = flush_exp(x)
        return np.where(y == 0, F32(2.0**-126), y)

    assert verify_exhaustive(wrong_exp, "exp", lo, hi, progress=False, subnormals="flush").max_ulp > 1e6
    flush_log = full_range_function("log", hand_kernel("log"), subnormals="flush")
    sub = (1, 2**23 + 4096)  # positive subnormals and the first normals
    assert verify_exhaustive(flush_log, "log", *sub, progress=False, subnormals="flush").max_ulp < 1

    def wrong_log(x):  # 0 instead of -inf for a (flushed) subnormal input
        y = flush_log(x)
        return np.where(np.isinf(y), F32(0), y)

    rep = verify_exhaustive(wrong_log, "log", *sub, progress=False, subnormals="flush")
    assert rep.max_ulp > 1e6 and rep.n_over_one >= 2**23 - 1  # nearest allowed: log(x) itself
    with pytest.raises(ValueError, match="unknown subnormals mode"):
        verify_exhaustive(flush_log, "log", *sub, progress=False, subnormals="ftz")


def test_flush_reference_picks_the_allowed_value_nearest_the_result():
    x = np.array([1e-40, 1e-40, 1.0, -1e-40], F32)
    ref = 2 / np.sqrt(np.pi) * x.astype(np.float64)  # erf near 0
    y = np.array([0.0, 1.1283792e-40, 0.5, -0.0], F32)
    got = flush_reference(x, y, ref, lambda v: 2 / np.sqrt(np.pi) * v)
    assert got[0] == 0 and got[1] == ref[1] and got[2] == ref[2] and got[3] == 0 and np.signbit(got[3])


# ------------------------------------------- `evolve verify` / `evolve export`: no silent wrong result

EXP_META = Path(__file__).resolve().parents[1] / "results" / "kernels" / "evolved_expf.h.json"


def _no_sweep(monkeypatch):
    """Make any exhaustive sweep fail the test: a bad file must be caught before it."""
    import targets.verify as tv

    def sweep(*a, **k):
        raise AssertionError("the exhaustive sweep started: the bit check did not fail fast")

    monkeypatch.setattr(tv, "verify_exhaustive", sweep)
    monkeypatch.setattr(tv, "verify_kernel_domain", sweep)


def _short_sweeps(monkeypatch):
    """Replace the 2^32 sweeps by 2^16-point slices (the bit checks before them stay real)."""
    import targets.verify as tv

    real = tv.verify_exhaustive
    monkeypatch.setattr(tv, "verify_exhaustive", lambda fn, target, **k: real(
        fn, target, lo_bits=ONE_BITS, hi_bits=ONE_BITS + (1 << 16), progress=False))
    monkeypatch.setattr(tv, "verify_kernel_domain", lambda fn, target, **k: real(
        fn, target if isinstance(target, str) else target.name, lo_bits=0x3E000000,
        hi_bits=0x3E000000 + (1 << 16), progress=False))


def _export_c(source_json: Path, out: Path, verify: bool = False) -> int:
    from evolve.cli import main

    return main(["export", str(source_json), "--lang", "c", "--out", str(out)] + ([] if verify else ["--no-verify"]))


def test_verify_fails_fast_on_an_edited_header(tmp_path, monkeypatch, capsys):
    """One constant of the kernel changed in place (same length): verify must name an input
    whose bits differ from the evaluator, within seconds, and leave the metadata alone."""
    import time

    from evolve.cli import main

    out = tmp_path / "e.h"
    assert _export_c(EXP_META, out) == 0
    text = out.read_text()
    assert text.count("0x1.fffffcp-2f);") == 1
    out.write_text(text.replace("0x1.fffffcp-2f);", "0x1.fffff8p-2f);"))
    before = (tmp_path / "e.h.json").read_text()
    _no_sweep(monkeypatch)
    t0 = time.perf_counter()
    assert main(["verify", str(out)]) == 2
    err = capsys.readouterr().err
    assert time.perf_counter() - t0 < 30
    assert "evolve: error: evolved_expf" in err and "differs from the numpy evaluator" in err
    assert re.search(r"at x = \S+ \(bits 0x[0-9a-f]{8}\): expected 0x[0-9a-f]{8} \(\S+\), got 0x[0-9a-f]{8}", err)
    assert "0.0000" not in err and (tmp_path / "e.h.json").read_text() == before


def test_export_fails_fast_when_the_written_code_differs(tmp_path, monkeypatch, capsys):
    """`evolve export` (verification on) checks the file it wrote against the evaluator first."""
    import codegen.fullrange_source as fs

    real = fs.full_c_header
    monkeypatch.setattr(fs, "full_c_header", lambda *a, **k: real(*a, **k).replace("0x1p+0f);", "0x1p-1f);", 1))
    _no_sweep(monkeypatch)
    good = tmp_path / "good.h"
    good.write_text("/* an earlier export */\n")
    assert _export_c(EXP_META, tmp_path / "bad.h", verify=True) == 2
    err = capsys.readouterr().err
    assert "differs from the numpy evaluator" in err and "(bits 0x" in err
    assert _export_c(EXP_META, good, verify=True) == 2
    # code that failed its check is never left where a user would include it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.h"]
    assert good.read_text() == "/* an earlier export */\n"


def test_two_exports_to_one_path_are_each_checked_against_their_own_code(tmp_path, monkeypatch):
    """The second program written to the same --out in one process is compiled and checked
    itself, not answered by the first one's cached library."""
    from evolve.app.export import load_c

    _short_sweeps(monkeypatch)
    meta = json.loads(EXP_META.read_text())
    other = json.loads(EXP_META.read_text())
    assert other["program"]["nodes"][15]["bits"] == "0x3efffffe"
    other["program"]["nodes"][15].update(bits="0x3f000000", value=0.5)  # x^2 coefficient 1/2
    (tmp_path / "a.json").write_text(json.dumps(meta))
    (tmp_path / "b.json").write_text(json.dumps(other))
    out = tmp_path / "same.h"
    x = np.random.default_rng(0).uniform(-80, 80, 1 << 16).astype(F32)
    results = []
    for src in ("a.json", "b.json"):
        assert _export_c(tmp_path / src, out, verify=True) == 0
        v = json.loads((tmp_path / "same.h.json").read_text())["verification"]
        assert v["bit_equality_vs_evaluator"]["mismatches"] == 0
        program = json.loads((tmp_path / src).read_text())["program"]
        assert json.loads((tmp_path / "same.h.json").read_text())["program"] == program
        results.append(load_c(out, "evolved_expf")[0](x))
    assert (results[0].view(np.uint32) != results[1].view(np.uint32)).any()


def test_c_build_cache_honours_xdg_and_keys_on_contents(tmp_path, monkeypatch):
    from codegen import cbuild

    monkeypatch.delenv("EVOLVE_CBUILD_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cbuild.cache_dir() == tmp_path / "xdg" / "evolve-float32" / "cbuild"
    src = "float f1(float x);\nfloat f1(float x) { return x + 1.0f; }\n"
    cbuild.compile_shared(src)
    assert len(list((tmp_path / "xdg" / "evolve-float32" / "cbuild").glob("lib_*.so"))) == 1
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cbuild.cache_dir() == tmp_path / "home" / ".cache" / "evolve-float32" / "cbuild"
    monkeypatch.setenv("EVOLVE_CBUILD_CACHE", str(tmp_path / "own"))
    assert cbuild.cache_dir() == tmp_path / "own"
    key = cbuild.build_key(src, cbuild.DEFAULT_FLAGS, "gcc")
    assert key != cbuild.build_key(src.replace("1.0f", "2.0f"), cbuild.DEFAULT_FLAGS, "gcc")
    assert key != cbuild.build_key(src, cbuild.DEFAULT_FLAGS + ("-O3",), "gcc")
    assert "gcc" in cbuild.compiler_identity("gcc").lower() and "/" in cbuild.compiler_identity("gcc")


def test_load_jax_reads_the_current_source_not_a_stale_pyc(tmp_path, monkeypatch):
    """An edit of the same size within the same second (same mtime) is still seen, even where
    Python writes bytecode caches (this environment may set PYTHONDONTWRITEBYTECODE)."""
    import os
    import sys

    from evolve.app.export import load_jax

    monkeypatch.setattr(sys, "dont_write_bytecode", False)

    path = tmp_path / "mod_f.py"
    body = "import numpy as np\ndef f(x):\n    return np.float32({})\ndef f_kernel(x):\n    return x\n"
    path.write_text(body.format("1.25"))
    st = path.stat()
    assert float(load_jax(path, "f")[0](0.0)) == 1.25
    path.write_text(body.format("2.75"))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert float(load_jax(path, "f")[0](0.0)) == 2.75
    assert not (tmp_path / "__pycache__").exists()
