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
import sys
from pathlib import Path


# the checking half lives in evolve/app/verification.py; its names stay importable from here
from evolve.app.verification import (C_FLAGS, BitMismatchError, assert_bit_equal, bit_equality,  # noqa: F401
                                     check_bit_equality, check_subnormals, domain_inputs, load_c, load_jax,
                                     probe_inputs, run_verification)
from evolve.run_folder import load_front, write_atomic
from evolve.serialize import from_json_obj, to_json_obj, to_text

def function_name(target: str) -> str:
    """The exported C/JAX name of `target`: its description's `function`, else evolved_TARGETf."""
    from targets.registry import descriptions

    desc = descriptions().get(target)
    return getattr(desc, "function", None) or f"evolved_{target}f"


WARN_ULP = 2.0  # an export whose sampled error is above this is announced with a loud warning


def select_entry(entries: list[dict], target_cost: float | None = None, max_ulp: float | None = None) -> dict:
    """The most accurate entry of cost <= target_cost, or the cheapest with error <= max_ulp;
    given neither, the most accurate entry (the cheapest of equals)."""
    if target_cost is not None and max_ulp is not None:
        raise ValueError("give at most one of target_cost (--target-cost) or max_ulp (--max-ulp)")
    if target_cost is None and max_ulp is None:
        return min(entries, key=lambda e: (e["error"], e["cost"]))
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


def write_source(program, target: str, lang: str, out: Path, name: str, comment: str, tail=None,
                 subnormals: str = "exact") -> None:
    from codegen.fullrange_source import full_c_header, full_jax_module
    from targets.fullrange import check_nan, fast_path, full_range, kernels, template

    if lang not in ("c", "jax"):
        raise ValueError(f"unknown language {lang!r}; known: c, jax")
    check_subnormals(lang, subnormals)
    check_nan(target, program, tail)
    tmpl, slots = template(target, subnormals), kernels(target, program, tail)
    if lang == "c":
        text = full_c_header(tmpl, slots, name, target, comment, fast=fast_path(target, program, tail))
    else:
        flush = ("Subnormals are flushed, as XLA does on CPU: a subnormal input counts as a zero of its "
                 "sign\nand a result below 2^-126 is returned as +-0." if subnormals == "flush" else "")
        text = full_jax_module(tmpl, slots, name, target, full_range(target).derivative, comment=comment,
                               notes=flush)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, text)


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
    """Write the chosen front program of `run_dir` as a full-range `lang` file at `out`, plus metadata:
    the one `target_cost` or `max_ulp` picks (`select_entry`; neither: the most accurate).
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


def reexport(source, lang: str, out, verify: bool = True, subnormals: str = "exact", definitions_from=None) -> str:
    """Write the kernel(s) of an earlier export (`source`: the exported file or its .json
    metadata) again, in `lang` and `subnormals` mode, e.g. a C header's kernels as a flush-mode
    JAX module; verified like `export_run`, with the source run's provenance kept.
    `definitions_from` (a YAML config): its target descriptions (target.define) replace those of
    the same names the export carries, e.g. after editing the config's reduction; the kernels
    stay those of the export.  A `definitions_from` the export records is kept."""
    source = Path(source)
    mpath = source if source.suffix == ".json" else metadata_path(source)
    if not mpath.is_file():
        raise FileNotFoundError(f"{mpath} not found: re-exporting needs the metadata `evolve export` wrote")
    old = read_metadata(mpath)
    keys = ("target", "domain", "program", "text", "cost", "validation_max_ulp", "source_run", "birth")
    meta = {k: old[k] for k in keys}
    if old.get("tail"):
        meta["tail"] = old["tail"]
    if old.get("definitions_from"):
        meta["definitions_from"] = old["definitions_from"]
    definitions = old.get("definitions") or {}
    if definitions_from is not None:
        definitions = {**definitions, **_config_definitions(definitions_from, old["target"])}
        meta["definitions_from"] = str(definitions_from)
    if definitions:
        meta["definitions"] = register_definitions({"definitions": definitions})
    meta["source_export"] = str(mpath)
    return _write_export(meta, lang, Path(out), verify, subnormals)


def _config_definitions(config_path, target: str) -> dict:
    """target.define of the YAML config at `config_path` (validated, `uses` resolved against its
    folder); ValueError when it does not define `target`, the export's target."""
    from evolve.config import load_config
    from targets.description import parse
    from targets.registry import used_program

    try:
        defined = load_config(Path(config_path))["target"]["define"] or {}
    except ValueError as e:
        raise ValueError(f"--definitions {config_path}: {e}") from e
    if target not in defined:
        raise ValueError(f"{config_path} does not define {target!r} (its target.define has "
                         f"{', '.join(sorted(defined)) or 'nothing'}): it cannot describe this export")
    # as a run saves them: `uses` paths inlined, so the metadata stays self-contained
    return {name: parse(name, d, resolve=used_program).source for name, d in defined.items()}


def _write_export(meta: dict, lang: str, out: Path, verify: bool, subnormals: str) -> str:
    """Write META's program (and tail) as a full-range `lang` file at `out`, verify it, and write
    the metadata beside it (write_source checks `lang` and `subnormals` before writing)."""
    if out.is_dir():
        from codegen.registry import SUFFIXES

        raise ValueError(f"--out {str(out)!r} is a directory; give the file to write, e.g. "
                         f"{out / (function_name(meta['target']) + SUFFIXES[lang])}")
    announce(meta)
    target = meta["target"]
    program = from_json_obj(meta["program"])
    tail_meta = meta.get("tail")
    tail = None if tail_meta is None else from_json_obj(tail_meta["program"])
    name = function_name(target)
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
        kflush = " (flush-to-zero semantics)" if k.get("subnormals") == "flush" else ""
        lines.append(f"kernel domain, every float32{kflush}: max {k['max_ulp']:.4f} ULP at r={k['worst_x']!r}")
        if v.get("tail_domain"):
            t = v["tail_domain"]
            lines.append(f"tail domain, every float32: max {t['max_ulp']:.4f} ULP at r={t['worst_x']!r}")
        be = v["bit_equality_vs_evaluator"]
        lines.append(f"bit equality with the numpy evaluator: {be['mismatches']} mismatches in {be['points']} random inputs")
    else:
        lines.append("not verified (--no-verify): run `evolve verify` before trusting it")
    lines.append(f"metadata: {metadata_path(path)}")
    return "\n".join(lines)
