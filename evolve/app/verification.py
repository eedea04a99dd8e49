"""Checking an export: load the exported file as it is (C compiled from its text, JAX run from
its source), compare it bit for bit with the numpy evaluator of its metadata's program (fail
fast, naming the first differing input), then sweep every float32 input (targets/verify.py)."""
from __future__ import annotations

import platform
import sys
import time
import types
from dataclasses import asdict
from pathlib import Path

import numpy as np

from evolve.serialize import from_json_obj

C_FLAGS = ("-O2", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off", "-shared", "-fPIC")


def load_c(path: Path, name: str, with_tail: bool = False):
    """Compile an exported header and return (full-range array fn, kernel array fn), plus the
    tail kernel's array fn when `with_tail`.  The header's text is inlined into the compiled
    source (never #included by path), so the library is keyed by, and built from, exactly
    the file's current contents."""
    from codegen.cbuild import array_function, compile_shared

    shown = Path(path).name.replace("\\", "/").replace('"', "'")  # compiler messages name the file
    source = f"#define EVOLVE_ARRAY_LINKAGE\n#line 1 \"{shown}\"\n{Path(path).read_text()}\n"
    lib = compile_shared(source, C_FLAGS)
    names = [name, f"{name}_kernel"] + ([f"{name}_tail"] if with_tail else [])
    return tuple(array_function(lib, n) for n in names)


def check_c_fast_path(path: Path, meta: dict) -> dict | None:
    """A C export with a fast path (targets/fastpath.py): NAME_fast must equal the full NAME bit
    for bit on every float32 of the target's fast_range, since NAME_array takes it there.
    Raises BitMismatchError at the first difference; returns the report entry (None: no fast path)."""
    from codegen.c_emitter import C_PRAGMA_POP, C_PRAGMA_PUSH
    from codegen.c_vector import emit_array_entry
    from codegen.cbuild import array_function, compile_shared
    from targets.fastpath import check_fast_path
    from targets.fullrange import full_range

    name, text = meta["function"], Path(path).read_text()
    intervals = full_range(meta["target"]).fast_range
    if intervals is None or f"{name}_fast(float x)" not in text:
        return None
    # the two functions elementwise, vectorized as the header's own array entries are
    loops = "".join(emit_array_entry(f"evolve_check_{fn}", fn, "", "EVOLVE_RESTRICT") for fn in (name, f"{name}_fast"))
    lib = compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + text + C_PRAGMA_PUSH + loops + C_PRAGMA_POP, C_FLAGS)
    print(f"checking {name}_fast against {name} over every float32 of its fast range ...", flush=True)
    t0 = time.perf_counter()
    r = check_fast_path(array_function(lib, f"evolve_check_{name}"), array_function(lib, f"evolve_check_{name}_fast"),
                        intervals)
    if r["mismatches"]:
        x, want, got = r["first"]
        raise BitMismatchError(f"{name}_fast differs from {name} at x = {x!r}: {want} vs {got} "
                               f"({r['mismatches']} of {r['n_checked']} inputs of the fast range)")
    return {**r, "intervals": [list(iv) for iv in intervals], "seconds": time.perf_counter() - t0}


def load_jax(path: Path, name: str, with_tail: bool = False):
    """Run an exported JAX module from its current source text (compiled here, no bytecode
    cache, so an edit is never hidden by a stale .pyc) and return (full-range fn, kernel
    fn[, tail fn]) as numpy callables."""
    path = Path(path)
    module = types.ModuleType(f"evolve_export_{name}")
    module.__file__ = str(path)
    exec(compile(path.read_text(), str(path), "exec"), module.__dict__)
    names = [name, f"{name}_kernel"] + ([f"{name}_tail"] if with_tail else [])
    fns = [getattr(module, n) for n in names]
    return tuple((lambda x, f=f: np.asarray(f(x))) for f in fns)


def check_subnormals(lang: str, subnormals: str) -> None:
    """Raise ValueError unless `subnormals` is a mode `lang` supports (flush: JAX only)."""
    from targets.fullrange import check_subnormals as check_mode

    if check_mode(subnormals) and lang != "jax":
        raise ValueError("subnormals=flush is a JAX option (XLA flushes on CPU); the C export is "
                         "always exact, and C code compiled without -ffast-math does not flush")


def bit_equality(fn, program, target: str, n: int = 1 << 20, seed: int = 0, tail=None,
                 subnormals: str = "exact") -> dict:
    """Compare `fn` (full range) with the numpy evaluator's full-range function (in the same
    subnormals mode) on random bit patterns."""
    from targets.fullrange import full_range_function
    from targets.ulp import same_bits

    rng = np.random.default_rng(seed)
    x = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32).view(np.float32)
    same = same_bits(fn(x), full_range_function(target, program, tail, subnormals)(x))
    return {"points": n, "mismatches": int((~same).sum())}


class BitMismatchError(ValueError):
    """An exported function disagrees with the numpy evaluator of its metadata's program."""


def _bits_of(values) -> np.ndarray:
    return np.asarray(values, dtype=np.float32).view(np.uint32)


def _f32(bits) -> np.ndarray:
    return np.asarray(bits, dtype=np.uint64).astype(np.uint32).view(np.float32)


def probe_inputs(target: str, n: int = 1 << 14, seed: int = 1) -> np.ndarray:
    """Float32 inputs for a quick full-range bit check: specials, subnormals, the limits of
    each format range, the template's branch points (its float constants and the integer
    constants its bit tests use) with their neighbours, bit patterns evenly spread over all
    2^32, random patterns, and random values over the template's range of constants."""
    from targets.fullrange import template

    rng = np.random.default_rng(seed)
    nodes = template(target).nodes
    consts = [n.value for n in nodes if n.op == "const" and np.isfinite(n.value)]
    ints = [n.value for n in nodes if n.op == "iconst" and 0 <= n.value < 2**31]
    edges = [0, 1, 0x007FFFFF, 0x00800000, 0x00800001, 0x3F800000, 0x7F7FFFFF, 0x7F800000,
             0x7F800001, 0x7FC00000, 0x7FFFFFFF]
    points = np.concatenate([_bits_of(consts).astype(np.int64) & 0x7FFFFFFF, np.array(ints, np.int64)])
    near = points[:, None] + np.arange(-2, 3)
    base = np.concatenate([np.array(edges, np.int64), near.ravel() % 2**31, np.arange(0, 1 << 31, 1 << 17)])
    scale = 2 * max([4.0] + [abs(c) for c in consts if abs(c) <= 1e4])
    values = rng.uniform(-scale, scale, n).astype(np.float32)
    spread = _f32(rng.integers(0, 2**32, n, dtype=np.uint64))
    signed = np.concatenate([base, base | 0x80000000])
    return np.concatenate([_f32(signed), spread, values])


def domain_inputs(domain, n: int = 1 << 14, seed: int = 2, min_abs: float = 0.0) -> np.ndarray:
    """Float32 inputs for a quick kernel bit check: the ends of `domain`, values evenly spread
    over its float32 bit patterns, and uniform random values; |r| >= min_abs (besides 0)."""
    from targets.verify import domain_bit_ranges

    lo, hi = (float(v) for v in domain)
    rng = np.random.default_rng(seed)
    spread = [_f32(np.linspace(a, b - 1, max(2, n // 4)).astype(np.int64) % 2**32)
              for a, b in domain_bit_ranges(lo, hi)]
    x = np.concatenate([np.float32([lo, hi, 0.0]), *spread, rng.uniform(lo, hi, n).astype(np.float32)])
    return x[(np.abs(x) >= min_abs) | (x == 0)] if min_abs else x


def assert_bit_equal(fn, ref, x: np.ndarray, label: str) -> None:
    """Raise BitMismatchError at the first x where fn(x) and ref(x) differ in bits (any NaN
    equals any NaN), naming the input, the expected and the actual result."""
    from targets.ulp import same_bits

    x = np.ascontiguousarray(x, dtype=np.float32)
    got, want = np.asarray(fn(x), np.float32), np.asarray(ref(x), np.float32)
    same = same_bits(got, want)
    if same.all():
        return
    i = int(np.argmin(same))
    raise BitMismatchError(
        f"{label} differs from the numpy evaluator of the program in its metadata at x = {str(x[i])} "
        f"(bits 0x{int(x.view(np.uint32)[i]):08x}): expected 0x{int(want.view(np.uint32)[i]):08x} "
        f"({str(want[i])}), got 0x{int(got.view(np.uint32)[i]):08x} ({str(got[i])}); {int((~same).sum())} of "
        f"{x.size} checked inputs differ.  The file was edited or does not match its .json: export it again")


def check_bit_equality(fns, meta: dict, n: int = 1 << 20) -> dict:
    """Fail fast unless the exported functions `fns` (full range, kernel[, tail]) compute what
    the numpy evaluator computes for META's program(s): first on quick probes of each function
    (seconds), then the full-range function on `n` random bit patterns.  Raises
    BitMismatchError naming the first differing input; returns the report's
    bit_equality_vs_evaluator entry."""
    from evolve.interpret import evaluate_float32
    from targets.fullrange import full_range_function
    from targets.registry import get_target

    target, name, subnormals = meta["target"], meta["function"], meta.get("subnormals", "exact")
    program = from_json_obj(meta["program"])
    tail = None if meta.get("tail") is None else from_json_obj(meta["tail"]["program"])
    full_ref = full_range_function(target, program, tail, subnormals)
    # JAX on CPU flushes subnormals inside float ops: probe its kernels away from tiny values.
    min_abs = 2.0**-12 if meta["lang"] == "jax" else 0.0
    probes = [(fns[0], full_ref, probe_inputs(target), name),
              (fns[1], lambda r: evaluate_float32(program, r),
               domain_inputs(get_target(target).domain, min_abs=min_abs), f"{name}_kernel")]
    if tail is not None:
        probes.append((fns[2], lambda r: evaluate_float32(tail, r),
                       domain_inputs(get_target(f"{target}_tail").domain, min_abs=min_abs), f"{name}_tail"))
    for fn, ref, x, label in probes:
        assert_bit_equal(fn, ref, x, label)
    rng = np.random.default_rng(0)
    assert_bit_equal(fns[0], full_ref, _f32(rng.integers(0, 2**32, n, dtype=np.uint64)), name)
    return {"points": n, "mismatches": 0, "probe_points": int(sum(p[2].size for p in probes))}


def run_verification(path: Path, meta: dict) -> dict:
    """Exhaustive full-range and kernel-domain sweeps of the exported file; returns a report dict.

    First, within seconds, the file's functions must equal the numpy evaluator of META's
    program(s) bit for bit (check_bit_equality): else BitMismatchError, before any sweep."""
    from targets.verify import verify_exhaustive, verify_kernel_domain

    target, lang, name = meta["target"], meta["lang"], meta["function"]
    subnormals = meta.get("subnormals", "exact")
    check_subnormals(lang, subnormals)
    tail_meta = meta.get("tail")
    fns = (load_c if lang == "c" else load_jax)(path, name, with_tail=tail_meta is not None)
    full, kernel = fns[0], fns[1]
    tail = None if tail_meta is None else from_json_obj(tail_meta["program"])
    print(f"checking {name} ({lang}) bit for bit against the numpy evaluator ...", flush=True)
    bits = check_bit_equality(fns, meta)
    report = {"backend": f"{lang}-cpu", "date": time.strftime("%Y-%m-%d %H:%M:%S"),
              "host": platform.machine(), "python": sys.version.split()[0]}
    if lang == "jax":
        import jax
        report["jax"] = jax.__version__
    else:
        report["cflags"] = " ".join(C_FLAGS)
    report["subnormals"] = subnormals
    report["bit_equality_vs_evaluator"] = bits
    if lang == "c":
        fast = check_c_fast_path(path, meta)
        if fast is not None:
            report["fast_path_vs_full"] = fast
    print(f"verifying {name} ({lang}) over all 2^32 float32 inputs ...", flush=True)
    r_full = verify_exhaustive(full, target, subnormals=subnormals)
    print(r_full.summary(), flush=True)
    print(f"verifying {name}_kernel over every float32 of {meta['domain']} ...", flush=True)
    # a JAX kernel called alone runs under XLA's flush-to-zero (only the full template makes
    # subnormals exact, and it never hands the kernel one): measure it under those semantics
    kernel_subnormals = "flush" if lang == "jax" else subnormals
    r_kernel = verify_kernel_domain(kernel, target, subnormals=kernel_subnormals)
    print(r_kernel.summary(), flush=True)
    report["full_range"] = _report_dict(r_full)
    report["kernel_domain"] = _report_dict(r_kernel)
    if tail is not None:
        print(f"verifying {name}_tail over every float32 of {tail_meta['domain']} ...", flush=True)
        r_tail = verify_kernel_domain(fns[2], f"{target}_tail", subnormals=kernel_subnormals)
        print(r_tail.summary(), flush=True)
        report["tail_domain"] = _report_dict(r_tail)
    return report


def _report_dict(r) -> dict:
    d = asdict(r)
    d["worst"] = [[float(v) for v in w] for w in d.get("worst", [])[:4]]
    return d
