"""Accuracy of the peers (experiments/peers.py) next to ours, for every function we export.

For each function (exp, log, erf, tanh, sigmoid, gelu, softplus, log1p, expm1, exp2, log2) and
each peer the machine can run (jnp / jax.nn jitted on CPU, gelu both exact and tanh-approximate;
glibc scalar; libmvec AVX2 / AVX-512; SLEEF u10 AVX2 / AVX-512), the max ULP (targets/ulp.py)
over every `stride`-th float32 bit pattern (default 61, as issue 19 measured) whose input is not
subnormal and whose result is a normal float32 (finite, |f(x)| >= 2^-126 after rounding):
flush-to-zero of inputs or results and overflow are not counted against anyone (XLA on CPU
flushes subnormal inputs to zero: jnp.log of a subnormal is -inf).  The reference is the float64 function of the target description
(targets/builtin.yaml, experiments/<f>.yaml); each peer's worst point is re-checked with the
description's mpmath reference (40 digits), and both figures are kept.  A peer that this
machine or this install lacks is listed with the reason (peers.c_peers), never silently left out.

Ours: the exhaustive figures (all 2^32 inputs) of results/kernels/evolved_<f>*.json (C, JAX
exact, JAX flush), read, not measured again; '-' where no export exists yet.

    python experiments/accuracy_peers.py [--stride 61] [--functions exp log ...] [--out results]
"""
from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kernels as K  # noqa: E402  (puts the repository root on sys.path)
import peers as P  # noqa: E402

from targets.ulp import ulp_error  # noqa: E402
from targets.verify import mp_reference  # noqa: E402

FUNCTIONS = ("exp", "log", "erf", "tanh", "sigmoid", "gelu", "softplus", "log1p", "expm1", "exp2", "log2")
CHUNK = 2**22
MIN_NORMAL = 2.0**-126
OURS = {"C": "evolved_{f}f.h.json", "JAX": "evolved_{f}_jax.py.json", "JAX flush": "evolved_{f}_jax_flush.py.json"}


def description(name: str):
    """The target description of `name`: built-in, or experiments/<name>.yaml's target.define."""
    from targets.registry import define, descriptions

    if name in descriptions():
        return descriptions()[name]
    from evolve.config import read_config_file

    cfg = read_config_file(K.ROOT / "experiments" / f"{name}.yaml")
    return define(name, cfg["target"]["define"][name])


def cpu_info() -> dict:
    """CPU model, the vector ISAs that matter here, and the library versions."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    flags = P.cpu_flags()
    import jax

    return {"cpu": model or platform.processor(), "isa": [f for f in ("avx2", "fma", "avx512f") if f in flags],
            "glibc": " ".join(platform.libc_ver()), "jax": jax.__version__, "jax_backend": jax.default_backend(),
            "sleef": P.sleef_available()}


def peer_functions(name: str) -> tuple[dict, dict]:
    """label -> float32 array function, and label -> why missing, for `name`'s peers."""
    entry = P.PEERS[name]
    have, missing = {}, {}
    for spec in entry["jax"]:
        jitted = P.jax_peer(spec)
        have[spec] = lambda x, f=jitted: np.asarray(f(x))
    c_have, c_missing = P.c_peers(name)
    for label, (lib, symbol) in c_have.items():
        have[label] = P.as_array_function(lib, symbol)
    missing.update(c_missing)
    for kind in ("glibc", "libmvec", "sleef"):
        if not entry[kind]:
            missing[kind] = "no such function in the library"
    return have, missing


def strided(stride: int, offset: int = 0):
    """Every `stride`-th uint32 bit pattern from `offset`, in chunks, as float32 arrays."""
    total = (2**32 - offset + stride - 1) // stride
    for start in range(0, total, CHUNK):
        idx = np.arange(start, min(total, start + CHUNK), dtype=np.uint64) * stride + offset
        yield idx.astype(np.uint32).view(np.float32)


def measure(name: str, stride: int, log=print) -> dict:
    """Max ULP of every peer of `name` over the strided inputs with normal results."""
    desc = description(name)
    have, missing = peer_functions(name)
    best = {label: (-1.0, 0.0, 0.0) for label in have}  # (err, x, y)
    n_points = 0
    t0 = time.perf_counter()
    for x in strided(stride):
        with np.errstate(all="ignore"):
            ref = np.asarray(desc.float64(x.astype(np.float64)), dtype=np.float64)
            ref32 = np.abs(ref.astype(np.float32))
        keep = np.isfinite(ref32) & (ref32 >= MIN_NORMAL) & ~((np.abs(x) < MIN_NORMAL) & (x != 0))
        xs, ref = x[keep], ref[keep]
        n_points += xs.size
        if not xs.size:  # a chunk of NaN inputs, or of results that overflow or underflow
            continue
        for label, fn in have.items():
            with np.errstate(all="ignore"):
                err = ulp_error(fn(xs), ref)
            i = int(np.argmax(err))
            if err[i] > best[label][0]:
                best[label] = (float(err[i]), float(xs[i]), float(fn(xs[i:i + 1].repeat(8))[0]))
    rows = []
    for label, (err, xv, yv) in best.items():
        r = mp_reference(desc.reference, xv)
        err_mp = float(ulp_error(np.float32(yv), np.float64(r))) if r is not None else err
        rows.append({"peer": label, "max_ulp": err, "max_ulp_mpmath": err_mp, "worst_x": xv, "worst_y": yv})
    log(f"{name}: {n_points} points, {len(have)} peers, {time.perf_counter() - t0:.0f} s")
    return {"function": name, "points": n_points, "peers": rows,
            "missing": [{"peer": k, "why": v} for k, v in missing.items()], "ours": ours(name)}


def ours(name: str, kernels_dir: Path = K.ROOT / "results" / "kernels") -> dict:
    """The exhaustive figures of our exports of `name` (None where there is no export)."""
    out = {}
    for label, pattern in OURS.items():
        path = kernels_dir / pattern.format(f=name)
        if not path.is_file():
            out[label] = None
            continue
        meta = json.loads(path.read_text())
        full = meta.get("verification", {}).get("full_range", {})
        out[label] = {"max_ulp": full.get("max_ulp_mpmath", full.get("max_ulp")), "cost": meta.get("cost"),
                      "tail_cost": (meta.get("tail") or {}).get("cost"), "n_checked": full.get("n_checked"),
                      "file": path.name}
    return out


def _fmt(v) -> str:
    if v is None:
        return "-"
    if not math.isfinite(v):
        return "inf"
    return f"{v:.3g}" if v >= 100 else f"{v:.3f}"


def to_markdown(result: dict) -> str:
    m = result["machine"]
    labels = []
    for f in result["functions"]:
        for r in f["peers"]:
            key = _column(r["peer"])
            if key not in labels:
                labels.append(key)
    lines = [f"# Max ULP of the peers and ours, issue 19's functions", "",
             f"Machine: {m['cpu']}; ISA: {', '.join(m['isa'])}; {m['glibc']}; jax {m['jax']} "
             f"({m['jax_backend']}); SLEEF {'installed' if m['sleef'] else 'not installed'}.", "",
             f"Peers: max ULP over one float32 bit pattern in {result['stride']}, subnormal inputs left out, "
             f"with a normal float32 result (float64 reference of the target description; in brackets where the worst point's "
             f"mpmath re-check differs).  Ours: exhaustive over all 2^32 inputs, every result (subnormals "
             f"included; JAX flush under flush-to-zero semantics), from results/kernels/*.json.", "",
             "| function | ours C | ours JAX | ours JAX flush | " + " | ".join(labels) + " |",
             "|---|" + "---:|" * (3 + len(labels))]
    for f in result["functions"]:
        cells = [_fmt((f["ours"].get(k) or {}).get("max_ulp")) for k in OURS]
        by = {_column(r["peer"]): r for r in f["peers"]}
        for label in labels:
            r = by.get(label)
            if r is None:
                cells.append("n/a")
            else:
                a, b = _fmt(r["max_ulp"]), _fmt(r["max_ulp_mpmath"])
                cells.append(a if a == b else f"{a} ({b})")
        lines.append(f"| {f['function']} | " + " | ".join(cells) + " |")
    lines += ["", "n/a: the library has no such function, or this machine cannot run it:", ""]
    for f in result["functions"]:
        for miss in f["missing"]:
            lines.append(f"- {f['function']}: {miss['peer']}: {miss['why']}")
    lines += ["", "Worst points (peer: x -> y):", ""]
    for f in result["functions"]:
        worst = "; ".join(f"{r['peer']}: {r['worst_x']!r} -> {r['worst_y']!r}" for r in f["peers"])
        lines.append(f"- {f['function']}: {worst}")
    return "\n".join(lines) + "\n"


def _column(peer: str) -> str:
    """Table column of a peer: glibc's scalar function shares one column across functions."""
    if peer.startswith("glibc "):
        return "glibc scalar"
    if peer.startswith(("jnp.", "jax.")):
        return "jax (approximate=True)" if "approximate=True" in peer else "jnp / jax.nn"
    return peer


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stride", type=int, default=61, help="measure every STRIDE-th float32 bit pattern")
    ap.add_argument("--functions", nargs="+", default=list(FUNCTIONS), choices=FUNCTIONS)
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    result = {"stride": args.stride, "machine": cpu_info(),
              "functions": [measure(f, args.stride) for f in args.functions]}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "accuracy_peers.json").write_text(json.dumps(result, indent=1))
    (out / "accuracy_peers.md").write_text(to_markdown(result))
    print(to_markdown(result))


if __name__ == "__main__":
    main()
