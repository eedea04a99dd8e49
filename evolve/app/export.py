"""`evolve export` and `evolve verify`: write a front program as drop-in C or JAX, verified.

Verification (default on) is exhaustive: the exported full-range function is run on
all 2^32 float32 inputs and the kernel on every float32 of its domain, after a fail-fast
bit check against the numpy evaluator of the same template and kernels
(targets/fullrange.py).  The figures go into a metadata file beside the export
(PATH.json); they, not the sampled validation error, are what the export claims.  A JAX
export with subnormals="flush" (XLA's CPU semantics: the evaluator's flush mode) is verified
under flush-to-zero semantics (targets/flush.py).
"""
from __future__ import annotations

import json
import os
import platform
import sys
import time
import types
from dataclasses import asdict
from pathlib import Path

import numpy as np

from evolve.run_folder import load_front, write_atomic
from evolve.serialize import from_json_obj, to_json_obj, to_text

C_FLAGS = ("-O2", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off", "-shared", "-fPIC")
FUNCTION_NAMES = {"exp": "evolved_expf", "log": "evolved_logf", "erf": "evolved_erff"}
WARN_ULP = 2.0  # an export whose sampled error is above this is announced with a loud warning


def select_entry(entries: list[dict], target_cost: float | None = None, max_ulp: float | None = None) -> dict:
    """The most accurate entry of cost <= target_cost, or the cheapest with error <= max_ulp."""
    if (target_cost is None) == (max_ulp is None):
        raise ValueError("give exactly one of --target-cost or --max-ulp")
    if target_cost is not None:
        fits = [e for e in entries if e["cost"] <= target_cost]
        if not fits:
            costs = ", ".join(f"{e['cost']:g}" for e in entries)
            raise ValueError(f"no front program costs <= {target_cost:g} (costs: {costs})")
        return min(fits, key=lambda e: (e["error"], e["cost"]))
    fits = [e for e in entries if e["error"] <= max_ulp]
    if not fits:
        best = min(e["error"] for e in entries)
        raise ValueError(f"no front program has max ULP <= {max_ulp:g} (best: {best:.4g})")
    return min(fits, key=lambda e: (e["cost"], e["error"]))


def metadata_path(out: Path) -> Path:
    return Path(str(out) + ".json")


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


def write_source(program, target: str, lang: str, out: Path, name: str, comment: str, tail=None,
                 subnormals: str = "exact") -> None:
    from codegen.fullrange_source import full_c_header, full_jax_module
    from targets.fullrange import check_nan, full_range, kernels, template

    if lang not in ("c", "jax"):
        raise ValueError(f"unknown language {lang!r}; known: c, jax")
    check_subnormals(lang, subnormals)
    check_nan(target, program, tail)
    tmpl, slots = template(target, subnormals), kernels(target, program, tail)
    if lang == "c":
        text = full_c_header(tmpl, slots, name, target, comment)
    else:
        flush = ("Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its "
                 "sign\nand a result below 2^-126 is returned as +-0." if subnormals == "flush" else "")
        text = full_jax_module(tmpl, slots, name, target, full_range(target).derivative, comment=comment,
                               notes=flush)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, text)


def bit_equality(fn, program, target: str, n: int = 1 << 20, seed: int = 0, tail=None,
                 subnormals: str = "exact") -> dict:
    """Compare `fn` (full range) with the numpy evaluator's full-range function (in the same
    subnormals mode) on random bit patterns."""
    from targets.fullrange import full_range_function

    rng = np.random.default_rng(seed)
    x = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32).view(np.float32)
    a, b = fn(x), full_range_function(target, program, tail, subnormals)(x)
    same = (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))
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
    x = np.ascontiguousarray(x, dtype=np.float32)
    got, want = np.asarray(fn(x), np.float32), np.asarray(ref(x), np.float32)
    same = (got.view(np.uint32) == want.view(np.uint32)) | (np.isnan(got) & np.isnan(want))
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
    print(f"verifying {name} ({lang}) over all 2^32 float32 inputs ...", flush=True)
    r_full = verify_exhaustive(full, target, subnormals=subnormals)
    print(r_full.summary(), flush=True)
    print(f"verifying {name}_kernel over every float32 of {meta['domain']} ...", flush=True)
    r_kernel = verify_kernel_domain(kernel, target, subnormals=subnormals)
    print(r_kernel.summary(), flush=True)
    report["full_range"] = _report_dict(r_full)
    report["kernel_domain"] = _report_dict(r_kernel)
    if tail is not None:
        print(f"verifying {name}_tail over every float32 of {tail_meta['domain']} ...", flush=True)
        r_tail = verify_kernel_domain(fns[2], f"{target}_tail", subnormals=subnormals)
        print(r_tail.summary(), flush=True)
        report["tail_domain"] = _report_dict(r_tail)
    return report


def _report_dict(r) -> dict:
    d = asdict(r)
    d["worst"] = [[float(v) for v in w] for w in d.get("worst", [])[:4]]
    return d


def _check_domain(front: dict, target: str) -> None:
    """The wrapper feeds the kernel every float32 of the target's default domain: the run must cover it."""
    from targets.registry import get_target

    lo, hi = get_target(target).domain
    flo, fhi = front["domain"]
    if not (flo <= lo and fhi >= hi):
        raise ValueError(f"the run searched {target} on [{flo!r}, {fhi!r}], but the full-range template "
                         f"needs a kernel for all of [{lo!r}, {hi!r}]")


def export_run(run_dir, lang: str, out, target_cost=None, max_ulp=None, verify: bool = True,
               tail_run=None, tail_target_cost=None, tail_max_ulp=None, subnormals: str = "exact") -> str:
    """Write the chosen front program of `run_dir` as a full-range `lang` file at `out`, plus metadata.
    `subnormals` (JAX only): "exact" (default) or "flush", XLA's CPU semantics.

    Targets with a tail kernel (erf) take it from the front of `tail_run` (a run of target
    NAME_tail): the most accurate program, or the one `tail_target_cost` / `tail_max_ulp` picks.
    """
    from targets.fullrange import needs_tail
    from targets.registry import search_targets

    check_subnormals(lang, subnormals)
    front = load_front(run_dir)
    definitions = register_definitions(run_dir) | ({} if tail_run is None else register_definitions(tail_run))
    target = front["target"]
    desc, slot = search_targets()[target]
    if slot != "core":
        raise ValueError(f"{run_dir} is a run of {target}, the {slot} piece of {desc.name}: export a "
                         f"{desc.name} run and give this one as --tail-run")
    if needs_tail(target) != (tail_run is not None):
        raise ValueError(f"{target} needs --tail-run (a run of target {target}_tail)" if needs_tail(target)
                         else f"{target} has no tail kernel: drop --tail-run")
    _check_domain(front, target)
    entry = select_entry(front["entries"], target_cost, max_ulp)
    program, out = entry["program"], Path(out)
    tail, tail_meta = None, None
    if tail_run is not None:
        tail_front = load_front(tail_run)
        if tail_front["target"] != f"{target}_tail":
            raise ValueError(f"--tail-run {tail_run} is a run of {tail_front['target']!r}, not {target}_tail")
        _check_domain(tail_front, f"{target}_tail")
        if tail_target_cost is None and tail_max_ulp is None:
            t_entry = min(tail_front["entries"], key=lambda e: (e["error"], e["cost"]))
        else:
            t_entry = select_entry(tail_front["entries"], tail_target_cost, tail_max_ulp)
        tail = t_entry["program"]
        tail_meta = {"program": to_json_obj(tail), "text": to_text(tail), "cost": t_entry["cost"],
                     "validation_max_ulp": t_entry["error"], "source_run": str(tail_run),
                     "birth": t_entry["birth"], "domain": tail_front["domain"]}
    meta = {"target": target, "domain": front["domain"], "program": to_json_obj(program),
            "text": to_text(program), "cost": entry["cost"], "validation_max_ulp": entry["error"],
            "source_run": str(run_dir), "birth": entry["birth"]}
    if definitions:  # a target described in the run's config: the export carries its description
        meta["definitions"] = definitions
    if tail_meta:
        meta["tail"] = tail_meta
    return _write_export(meta, lang, Path(out), verify, subnormals)


def read_metadata(mpath: Path, extra: tuple[str, ...] = ()) -> dict:
    """An export's .json metadata, checked: ValueError naming the file when it is not JSON or
    lacks what export/verify need (target, program, ...)."""
    try:
        meta = json.loads(Path(mpath).read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{mpath} is not valid export metadata (not JSON: {e})") from None
    keys = ("target", "domain", "program", "text", "cost", "validation_max_ulp", "source_run", "birth", *extra)
    missing = [k for k in keys if not isinstance(meta, dict) or k not in meta]
    if missing:
        raise ValueError(f"{mpath} is not export metadata (no {', '.join(missing)})")
    try:
        from_json_obj(meta["program"])
        if meta.get("tail"):
            from_json_obj(meta["tail"]["program"])
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        raise ValueError(f"{mpath} is not valid export metadata (its program: {type(e).__name__}: {e})") from None
    return meta


def register_definitions(source) -> dict:
    """Register the targets a run folder's config (target.define) or an export's metadata
    ("definitions") describes; returns {name: description} of them."""
    from targets.registry import define

    if isinstance(source, dict):
        definitions = source.get("definitions") or {}
    else:
        from evolve.run_folder import load_run_config

        definitions = load_run_config(source)["target"]["define"] or {}
    for name, d in definitions.items():
        define(name, d)
    return dict(definitions)


def reexport(source, lang: str, out, verify: bool = True, subnormals: str = "exact") -> str:
    """Write the kernel(s) of an earlier export (`source`: the exported file or its .json
    metadata) again, in `lang` and `subnormals` mode, e.g. a C header's kernels as a flush-mode
    JAX module; verified like `export_run`, with the source run's provenance kept."""
    source = Path(source)
    mpath = source if source.suffix == ".json" else metadata_path(source)
    if not mpath.is_file():
        raise FileNotFoundError(f"{mpath} not found: re-exporting needs the metadata `evolve export` wrote")
    old = read_metadata(mpath)
    keys = ("target", "domain", "program", "text", "cost", "validation_max_ulp", "source_run", "birth")
    meta = {k: old[k] for k in keys}
    if old.get("tail"):
        meta["tail"] = old["tail"]
    if old.get("definitions"):
        meta["definitions"] = register_definitions(old)
    meta["source_export"] = str(mpath)
    return _write_export(meta, lang, Path(out), verify, subnormals)


def _write_export(meta: dict, lang: str, out: Path, verify: bool, subnormals: str) -> str:
    """Write META's program (and tail) as a full-range `lang` file at `out`, verify it, and write
    the metadata beside it (write_source checks `lang` and `subnormals` before writing)."""
    if out.is_dir():
        from codegen.registry import SUFFIXES

        raise ValueError(f"--out {str(out)!r} is a directory; give the file to write, e.g. "
                         f"{out / (FUNCTION_NAMES.get(meta['target'], 'kernel') + SUFFIXES[lang])}")
    announce(meta)
    target = meta["target"]
    program = from_json_obj(meta["program"])
    tail_meta = meta.get("tail")
    tail = None if tail_meta is None else from_json_obj(tail_meta["program"])
    name = FUNCTION_NAMES.get(target, f"evolved_{target}f")
    comment = (f"Evolved by evolve-float32 from {meta['source_run']} (birth {meta['birth']}): {target} kernel "
               f"on {meta['domain']}, cost {meta['cost']:g}, validation max ULP {meta['validation_max_ulp']:.4g}")
    if tail_meta:
        comment += (f"; tail kernel from {tail_meta['source_run']} (birth {tail_meta['birth']}) on "
                    f"{tail_meta['domain']}, cost {tail_meta['cost']:g}, validation max ULP "
                    f"{tail_meta['validation_max_ulp']:.4g}")
    comment += " (sampled; see the .json beside this file for the exhaustive figures)."
    if subnormals == "flush":
        comment += " Subnormals flushed (XLA's CPU semantics); figures under flush-to-zero semantics."
    meta = {"target": target, "lang": lang, "function": name, **meta, "subnormals": subnormals,
            "verification": None}
    if not verify:
        write_source(program, target, lang, out, name, comment, tail=tail, subnormals=subnormals)
    else:
        # Verified under a staging name; only a file that passed replaces `out` (an export that
        # fails its check leaves neither a new file nor an earlier export's file changed).
        staged = out.with_name(f".{out.name}.unverified")
        try:
            write_source(program, target, lang, staged, name, comment, tail=tail, subnormals=subnormals)
            meta["verification"] = run_verification(staged, meta)
            os.replace(staged, out)
        finally:
            staged.unlink(missing_ok=True)
    write_atomic(metadata_path(out), json.dumps(meta, indent=1))
    return describe(out, meta)


def announce(meta: dict) -> None:
    """Say on stderr which program (and tail) is exported, with its sampled error and cost,
    and warn loudly when that error is above WARN_ULP (e.g. --target-cost 0 picks a constant)."""
    pieces = [("kernel", meta)] + ([("tail kernel", meta["tail"])] if meta.get("tail") else [])
    for what, m in pieces:
        print(f"exporting the {meta['target']} {what} of cost {m['cost']:g}, validation max ULP "
              f"{m['validation_max_ulp']:.4g}", file=sys.stderr)
        if not m["validation_max_ulp"] <= WARN_ULP:
            print(f"WARNING: this {what} is {m['validation_max_ulp']:.4g} ULP from {meta['target']} on its "
                  f"validation set (over {WARN_ULP:g} ULP): it is not an accurate {meta['target']}. Pick a "
                  f"more accurate program with --max-ulp or a higher --target-cost (`evolve show RUN_DIR` "
                  f"lists the front).", file=sys.stderr)


def verify_export(path) -> str:
    """Re-run the exhaustive verification of an exported file and update its metadata.
    Raises BitMismatchError (metadata untouched) within seconds when the file's code no
    longer computes its metadata's program, e.g. after an edit."""
    path = Path(path)
    mpath = metadata_path(path)
    if not mpath.is_file():
        raise FileNotFoundError(f"{mpath} not found: verify needs the metadata written by `evolve export`")
    meta = read_metadata(mpath, ("lang", "function"))
    register_definitions(meta)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: verify checks an exported .h or .py file")
    try:
        meta["verification"] = run_verification(path, meta)
    except ValueError as e:
        if "defines no function" in str(e) or "has no attribute" in str(e):
            raise ValueError(f"{path} does not define {meta['function']}: is {mpath} the metadata of this "
                             f"file? ({e})") from None
        raise
    write_atomic(mpath, json.dumps(meta, indent=1))
    return describe(path, meta)


def describe(path: Path, meta: dict) -> str:
    """A short human summary of an export and its verification."""
    lines = [f"wrote {path} ({meta['lang']}): {meta['function']} = {meta['target']} kernel of cost "
             f"{meta['cost']:g}, validation max ULP {meta['validation_max_ulp']:.4g}"]
    if meta.get("tail"):
        t = meta["tail"]
        lines.append(f"  + tail kernel of cost {t['cost']:g} on {t['domain']}, validation max ULP "
                     f"{t['validation_max_ulp']:.4g}")
    v = meta.get("verification")
    if v:
        f, k = v["full_range"], v["kernel_domain"]
        semantics = " (flush-to-zero semantics)" if meta.get("subnormals") == "flush" else ""
        lines.append(f"exhaustive, all 2^32 inputs{semantics}: max {f['max_ulp']:.4f} ULP at x={f['worst_x']!r} "
                     f"(finite results: {f['max_ulp_finite']:.4f}; non-finite mismatches: {f['n_nonfinite_mismatch']})")
        if not f["max_ulp"] <= WARN_ULP:
            lines.append(f"WARNING: {f['max_ulp']:.4g} ULP over all inputs, above {WARN_ULP:g}: not an "
                         f"accurate {meta['target']}")
        lines.append(f"kernel domain, every float32: max {k['max_ulp']:.4f} ULP at r={k['worst_x']!r}")
        if v.get("tail_domain"):
            t = v["tail_domain"]
            lines.append(f"tail domain, every float32: max {t['max_ulp']:.4f} ULP at r={t['worst_x']!r}")
        be = v["bit_equality_vs_evaluator"]
        lines.append(f"bit equality with the numpy evaluator: {be['mismatches']} mismatches in {be['points']} random inputs")
    else:
        lines.append("not verified (--no-verify): run `evolve verify` before trusting it")
    lines.append(f"metadata: {metadata_path(path)}")
    return "\n".join(lines)
