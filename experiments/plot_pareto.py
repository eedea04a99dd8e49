"""Pareto plots: max ULP (log scale) against op count, per target.

Series: our front (validation max ULP of each kernel on the run's front.json), the Taylor and
minimax polynomial baselines of each degree (experiments/baselines.py, float32-evaluated, same
validation points, same cost rule; dotted: the minimax in float64, what float32 cannot reach), and the peers as points at their approximate kernel op
counts (PEER_OPS below: counts are estimates from reading their sources, documented per entry;
their errors are full-range max ULP, from results/accuracy.json when given, else DESIGN.md).
Our chosen kernel's full-range error is drawn too when the accuracy results are given.

    python experiments/plot_pareto.py --runs-root runs [--baselines results/baselines.json]
        [--accuracy results/accuracy.json] [--out results]

Functions defined in experiments/<f>.yaml (issue 19: tanh, sigmoid, gelu, softplus, log1p, expm1,
exp2, log2) are plotted from their run folders (RUNS/<f>/front.json, and RUNS/<f>_tail for a
second kernel), their exports' exhaustive figures (results/kernels/evolved_<f>*.json: C, JAX,
JAX flush, each at the cost of the whole kernel set) and the peers' max ULP from
experiments/accuracy_peers.py (drawn as horizontal lines: their op counts are not known):

    python experiments/plot_pareto.py --functions tanh sigmoid ... [--new-runs results/runs]
        [--peers results/accuracy_peers.json] [--out results]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kernels as K  # noqa: E402

# Approximate op counts of the peers' core approximation (add/sub/mul/div/fma, counted like our
# kernels: the polynomial or rational part after range reduction; table lookups, range
# reduction and reconstruction not counted, as for ours).  Rough by nature: glibc computes in
# double precision with tables, XLA/Eigen in float32.
PEER_OPS = {
    "exp": {
        "jnp.exp (XLA CPU)": (7, "Eigen/Cephes-style pexp: degree-6 Horner polynomial after "
                                 "Cody-Waite reduction (~7 fma); assumed, not read from XLA's LLVM IR"),
        "glibc expf": (6, "glibc 2.36 e_expf.c: 32-entry 2^(i/32) table, degree-3 polynomial in double "
                          "(z=C0*r+C1, r2=r*r, y=C2*r+1, y=z*r2+y, y*s): 5 ops + 1 scale"),
    },
    "log": {
        "jnp.log (XLA CPU)": (10, "Eigen/Cephes-style plog: x + x^2*P(x) with P of degree 8 (~10 ops); "
                                  "assumed, not read from XLA's LLVM IR"),
        "glibc logf": (7, "glibc 2.36 e_logf.c: 16-entry (1/c, log c) table, r=z/c-1 (fma), "
                          "degree-3 polynomial in double plus k*ln2: ~7 ops"),
    },
    "erf": {
        "jax erf (XLA CPU)": (13, "XLA ErfImpl32: clamp |x| <= ~3.83, x2=x*x, x*P(x2)/Q(x2) with "
                                  "7 and 5 coefficients: 1 + 6 + 1 + 4 fma/mul + 1 div = 13"),
        "glibc erff": (13, "glibc 2.36 s_erff.c (fdlibm): |x|<0.84375: x + x*P(z)/Q(z), z=x*x, "
                           "P 5 and Q 6 coefficients (~13 ops); other ranges: 14 ops, or ~20 plus expf"),
    },
}
DESIGN_FIGURES = {"jnp.exp (XLA CPU)": 5.51, "glibc expf": 0.502, "jnp.log (XLA CPU)": 1.19,
                  "glibc logf": 0.818, "jax erf (XLA CPU)": 6.71, "glibc erff": 0.968}
ACCURACY_IMPL = {"jnp.exp (XLA CPU)": "jnp (jit CPU)", "jnp.log (XLA CPU)": "jnp (jit CPU)",
                 "jax erf (XLA CPU)": "jnp (jit CPU)", "glibc expf": "glibc", "glibc logf": "glibc",
                 "glibc erff": "glibc"}


def peer_points(target: str, accuracy: dict | None = None) -> list[dict]:
    """The peers of `target` as {label, cost, error, source, note}; measured errors preferred
    (the flush-to-zero-free figure: DESIGN.md's figures exclude subnormals too)."""
    rows = {}
    if accuracy:
        for r in accuracy["rows"]:
            if r["target"] == target:
                rows[r["impl"]] = r
    out = []
    for label, (cost, note) in PEER_OPS[target].items():
        r = rows.get(ACCURACY_IMPL[label])
        if r is not None:
            err, src = r["max_ulp_ftz_free"], f"measured ({r['mode']})"
        else:
            err, src = DESIGN_FIGURES[label], "DESIGN.md (exhaustive)"
        out.append({"label": label, "cost": cost, "error": err, "source": src, "note": note})
    return out


def series(kernel, baselines: dict | None, accuracy: dict | None) -> dict:
    """Every series of one target's plot as plain lists."""
    t = kernel.target
    front = kernel.front or [{"cost": kernel.cost, "error": kernel.error}]
    out = {"target": t, "kernel_source": kernel.source,
           "front": sorted([(float(e["cost"]), float(e["error"])) for e in front if e["error"] is not None])}
    for fam in ("taylor", "minimax"):
        out[fam] = sorted((r["cost"], r["error"]) for r in (baselines or {}).get("rows", [])
                          if r["target"] == t and r["family"] == fam)
    out["minimax_float64"] = sorted((r["cost"], r["float64_lp_error"]) for r in (baselines or {}).get("rows", [])
                                    if r["target"] == t and r["family"] == "minimax" and "float64_lp_error" in r)
    out["peers"] = peer_points(t, accuracy)
    # Two-kernel targets (erf): the front is the core's; the full-range point costs both
    # kernels, as a SIMD/JAX evaluation computes both (scalar C branches to one).
    tail_cost = float(kernel.tail.cost()) if kernel.tail is not None else 0.0
    out["chosen"] = {"cost": kernel.cost + tail_cost, "validation": kernel.error, "tail_cost": tail_cost}
    if accuracy:
        for r in accuracy["rows"]:
            if r["target"] == t and r["impl"] in ("ours (C -O2)", "ours (numpy evaluator)"):
                out["chosen"]["full_range"] = r["max_ulp_mpmath"]
                out["chosen"]["full_range_mode"] = r["mode"]
    return out


def plot(s: dict, path: Path) -> None:
    """Draw one target's series into a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 6.5))
    if s["front"]:
        c, e = zip(*s["front"])
        ax.step(c, e, where="post", color="C0", alpha=0.5)
        ax.plot(c, e, "o", color="C0", label="ours: evolved front (validation, kernel)")
    for fam, style in (("taylor", "s--"), ("minimax", "^-")):
        if s[fam]:
            c, e = zip(*s[fam])
            ax.plot(c, e, style, color="C1" if fam == "taylor" else "C2", alpha=0.8,
                    label=f"{fam} polynomial per degree (validation, kernel)")
    if s.get("minimax_float64"):
        c, e = zip(*s["minimax_float64"])
        ax.plot(c, e, ":", color="C2", alpha=0.6, label="minimax polynomial, float64 coefficients and arithmetic")
    ch = s["chosen"]
    if ch.get("full_range") is not None:
        both = f", core + tail ({ch['tail_cost']:g} ops)" if ch.get("tail_cost") else ""
        ax.plot([ch["cost"]], [ch["full_range"]], "D", color="C0", markerfacecolor="none", markersize=11,
                label=f"ours: chosen kernel{both}, full range ({ch['full_range_mode']})")
    for i, p in enumerate(s["peers"]):
        ax.plot([p["cost"]], [p["error"]], "*", markersize=14, color=f"C{3 + i}",
                label=f"{p['label']} ~{p['cost']} ops (full range, {p['source']})")
    ax.axhline(1.0, color="gray", linestyle=":", linewidth=1)
    ax.text(ax.get_xlim()[0], 1.05, " 1 ULP", color="gray", va="bottom")
    ax.set_yscale("log")
    ax.set_xlabel("op count (ops depending on x; fma = 1)")
    ax.set_ylabel("max ULP error")
    ax.set_title(f"{s['target']}: accuracy vs cost")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run(kernels: dict, baselines: dict | None, accuracy: dict | None, out_dir: Path, log=print) -> dict:
    """Plot every target into out_dir/pareto_TARGET.png; returns the plotted data."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = {}
    for t, k in kernels.items():
        s = series(k, baselines, accuracy)
        path = out_dir / f"pareto_{t}.png"
        plot(s, path)
        s["png"] = str(path)
        data[t] = s
        log(f"wrote {path}")
    return {"targets": data, "peer_ops": {t: {k: v[1] for k, v in d.items()} for t, d in PEER_OPS.items()}}


def to_markdown(result: dict) -> str:
    """The cheapest cost reaching < 1 ULP (and < 4 ULP) per series, and the peers' assumed op counts."""
    lines = ["Cheapest kernel cost reaching a validation max ULP below 1 (below 4):", "",
             "| target | ours (evolved) | minimax poly | Taylor poly |", "|---|---:|---:|---:|"]

    def cheapest(points, bound):
        costs = [c for c, e in points if e < bound]
        return f"{min(costs):g}" if costs else "-"

    for t, s in result["targets"].items():
        lines.append(f"| {t} | " + " | ".join(f"{cheapest(s[f], 1.0)} ({cheapest(s[f], 4.0)})"
                                              for f in ("front", "minimax", "taylor")) + " |")
    lines += ["", "Peer op counts assumed in the plots:", ""]
    for t, d in PEER_OPS.items():
        for label, (cost, note) in d.items():
            lines.append(f"- {label}: ~{cost} ops. {note}.")
    return "\n".join(lines) + "\n"


NEW_FUNCTIONS = ("tanh", "sigmoid", "gelu", "softplus", "log1p", "expm1", "exp2", "log2")
EXPORT_KINDS = {"C": "evolved_{f}f.h.json", "JAX": "evolved_{f}_jax.py.json", "JAX flush": "evolved_{f}_jax_flush.py.json"}


def new_series(name: str, runs: Path, kernels_dir: Path, peers: dict | None) -> dict:
    """One defined function's series: the fronts of its kernel runs, its exports' exhaustive
    figures, and its peers' max ULP (experiments/accuracy_peers.py's JSON)."""
    out = {"target": name, "fronts": {}, "exports": {}, "peers": []}
    for slot, folder in (("core", runs / name), ("tail", runs / f"{name}_tail")):
        front = folder / "front.json"
        if front.is_file():
            entries = json.loads(front.read_text())["entries"]
            out["fronts"][slot] = sorted((float(e["cost"]), float(e["error"])) for e in entries
                                         if e["error"] is not None and e["error"] < 1e4)
    for label, pattern in EXPORT_KINDS.items():
        path = kernels_dir / pattern.format(f=name)
        if path.is_file():
            meta = json.loads(path.read_text())
            full = meta.get("verification", {}).get("full_range", {})
            cost = float(meta["cost"]) + float((meta.get("tail") or {}).get("cost") or 0)
            out["exports"][label] = {"cost": cost, "max_ulp": full.get("max_ulp_mpmath", full.get("max_ulp"))}
    for f in (peers or {}).get("functions", []):
        if f["function"] == name:
            out["peers"] = [{"label": r["peer"], "error": r["max_ulp_mpmath"]} for r in f["peers"]]
    return out


def plot_new(s: dict, path: Path) -> None:
    """Draw one defined function's series into a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 6.5))
    for i, (slot, pts) in enumerate(sorted(s["fronts"].items())):
        if pts:
            c, e = zip(*pts)
            ax.step(c, e, where="post", color=f"C{i}", alpha=0.5)
            ax.plot(c, e, "o", color=f"C{i}", label=f"ours: evolved front, kernel {slot} (validation, kernel only)")
    for j, (label, ex) in enumerate(s["exports"].items()):
        if ex["max_ulp"] is not None:
            ax.plot([ex["cost"]], [ex["max_ulp"]], "DPX"[j % 3], color="C2", markerfacecolor="none", markersize=11,
                    label=f"ours: export {label}, all 2^32 inputs ({ex['max_ulp']:.3f} ULP)")
    for k, p in enumerate(s["peers"]):
        if p["error"] is not None and 0 < p["error"] < 1e9:
            ax.axhline(p["error"], color=f"C{3 + k % 7}", linestyle="--", linewidth=1,
                       label=f"{p['label']}: {p['error']:.3g} ULP (sampled; op count not known)")
    ax.axhline(1.0, color="gray", linestyle=":", linewidth=1)
    ax.set_yscale("log")
    ax.set_xlabel("op count (kernel ops depending on x; fma = 1; exports: all kernels)")
    ax.set_ylabel("max ULP error")
    ax.set_title(f"{s['target']}: accuracy vs cost")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=1)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run_new(functions, runs: Path, kernels_dir: Path, peers: dict | None, out_dir: Path, log=print,
            earlier: dict | None = None) -> dict:
    """Plot every defined function into out_dir/pareto_F.png; returns the plotted data.
    `earlier` (a previous pareto_functions.json): the front of a kernel whose run folder is no
    longer there is taken from it (run folders are not kept in the repository; the fronts are)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = {}
    for f in functions:
        s = new_series(f, runs, kernels_dir, peers)
        for slot, front in ((earlier or {}).get(f, {}).get("fronts") or {}).items():
            if slot not in s["fronts"]:
                s["fronts"][slot] = [tuple(p) for p in front]
                log(f"{f}: kernel {slot} front from the earlier pareto_functions.json (no run folder)")
        if not s["fronts"] and not s["exports"]:
            log(f"{f}: no run folder and no export, not plotted")
            continue
        path = out_dir / f"pareto_{f}.png"
        plot_new(s, path)
        s["png"] = str(path)
        data[f] = s
        log(f"wrote {path}")
    return data


def main(argv=None) -> None:
    if argv is None:
        argv = sys.argv[1:]
    if "--functions" in argv:  # the functions defined in experiments/<f>.yaml
        ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
        ap.add_argument("--functions", nargs="+", choices=NEW_FUNCTIONS, required=True)
        ap.add_argument("--new-runs", default=str(K.ROOT / "results" / "runs"))
        ap.add_argument("--kernels-dir", default=str(K.ROOT / "results" / "kernels"))
        ap.add_argument("--peers", default=str(K.ROOT / "results" / "accuracy_peers.json"))
        ap.add_argument("--out", default=str(K.ROOT / "results"))
        args = ap.parse_args(argv)
        peers = json.loads(Path(args.peers).read_text()) if Path(args.peers).is_file() else None
        saved = Path(args.out) / "pareto_functions.json"
        earlier = json.loads(saved.read_text()) if saved.is_file() else {}
        data = run_new(args.functions, Path(args.new_runs), Path(args.kernels_dir), peers, Path(args.out),
                       earlier=earlier)
        saved.write_text(json.dumps({**earlier, **data}, indent=1))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--baselines", default=None, help="baselines JSON (computed now if not given)")
    ap.add_argument("--accuracy", default=None, help="accuracy JSON from bench_accuracy.py")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    kernels = K.kernels_from_args(args)
    if args.baselines and Path(args.baselines).is_file():
        baselines = json.loads(Path(args.baselines).read_text())
    else:
        import baselines as B

        baselines = B.run(list(kernels))
    accuracy = json.loads(Path(args.accuracy).read_text()) if args.accuracy else None
    result = run(kernels, baselines, accuracy, Path(args.out))
    (Path(args.out) / "pareto.json").write_text(json.dumps(result, indent=1))
    print(to_markdown(result))


if __name__ == "__main__":
    main()
