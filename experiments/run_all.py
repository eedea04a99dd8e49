"""Regenerate every benchmark into results/: tables (markdown + JSON), Pareto plots (PNG) and
results/README.md, the snippet to paste into the repository README.

Steps: baselines (Taylor/minimax per degree), accuracy (exhaustive over 2^32 inputs; --quick:
every 64th), speed (CPU: JAX and C), speed on a GPU (skipped with a note when jax sees none),
the erf design limits (one rational's float32 rounding; two kernels' cost), Pareto plots,
time to the first exp kernel below 1 ULP (3 seeds x 480 s; --quick: 3 x 120 s), with
experiments/exp.yaml and again from the identity seed alone.

    python experiments/run_all.py --runs-root runs            # or --run exp=runs/exp-... (x3)
    python experiments/run_all.py --runs-root runs --quick    # minutes instead of an hour or more
    python experiments/run_all.py ... --skip time_to_1ulp     # steps: see --skip's choices
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kernels as K  # noqa: E402

STEPS = ("baselines", "accuracy", "speed", "speed_c", "speed_gpu", "erf_design", "pareto", "time_to_1ulp",
         "time_to_1ulp_identity")
IDENTITY_ONLY = "search_space.seeds=[identity]"  # discovery from f(x) = x, without polynomial seeds


def _log(msg: str) -> None:
    print(time.strftime("%H:%M:%S ") + msg, flush=True)


def _save(out: Path, name: str, result: dict, markdown: str) -> str:
    K.save_result(out, name, result, markdown)
    _log(f"wrote {out / name}.json and .md")
    return markdown


def run_all(kernels: dict, out: Path, quick: bool, skip=(), seeds=(0, 1, 2), budget=None,
            runs_dir=None, numpy_exhaustive: bool = False, kernel_args: list[str] | None = None) -> dict:
    """Run every step not in `skip`; returns {step: markdown}.  A failing step is reported in
    its section and the others still run.  `kernel_args`: the kernel options as a command line,
    for the speed step's AVX2 child (bench_speed.jax_avx2_rows); None skips that part."""
    import baselines as B
    import bench_accuracy as A
    import bench_c as C
    import bench_speed as S
    import bench_speed_gpu as G
    import bench_time_to_1ulp as T
    import erf_design as D
    import plot_pareto as P

    out.mkdir(parents=True, exist_ok=True)
    md: dict[str, str] = {}
    results: dict[str, dict] = {}

    def step(name, fn):
        if name in skip:  # keep the table already in `out` (an earlier or a separate run), marked as such
            if (out / f"{name}.md").is_file():
                md[name] = (f"_(skipped by this command: the table of `{name}.md` as it was, from an earlier "
                            f"or a separate run)_\n\n") + (out / f"{name}.md").read_text()
            return
        _log(f"== {name}")
        t0 = time.perf_counter()
        try:
            md[name] = fn()
        except Exception as e:  # noqa: BLE001 - one broken step must not lose the others' results
            md[name] = f"**{name} failed**: {type(e).__name__}: {e}\n"
            _log(md[name])
        _log(f"== {name} done in {time.perf_counter() - t0:.0f} s")

    def baselines():
        results["baselines"] = B.run(list(kernels), log=_log)
        return _save(out, "baselines", results["baselines"], B.to_markdown(results["baselines"]))

    def accuracy():
        results["accuracy"] = A.run(kernels, quick, numpy_exhaustive=numpy_exhaustive, log=_log)
        return _save(out, "accuracy", results["accuracy"], A.to_markdown(results["accuracy"]))

    def speed():
        r = S.run(kernels, quick, log=_log, kernel_args=kernel_args)
        return _save(out, "speed", r, S.to_markdown(r))

    def speed_c():
        r = C.run(K.ROOT / "results" / "kernels", repeats=5 if quick else 15, log=_log)
        return _save(out, "speed_c", r, C.to_markdown(r))

    def speed_gpu():
        r = G.run(kernels, quick, log=_log)
        if r is None:
            return "No GPU visible to jax on this machine: GPU timings not measured " \
                   "(run experiments/bench_speed_gpu.py where jax sees one).\n"
        return _save(out, "speed_gpu", r, S.to_markdown(r))

    def erf_design():
        if "erf" not in kernels:
            return "No erf kernel given: the erf design limits were not measured.\n"
        r = D.run(kernels["erf"], quick, log=_log)
        return _save(out, "erf_design", r, D.to_markdown(r))

    def pareto():
        base = results.get("baselines") or _load(out / "baselines.json")
        acc = results.get("accuracy") or _load(out / "accuracy.json")
        r = P.run(kernels, base, acc, out, log=_log)
        text = P.to_markdown(r) + "\n" + "\n".join(f"![{t}](pareto_{t}.png)" for t in r["targets"]) + "\n"
        return _save(out, "pareto", r, text)

    def searches(name, extra=()):
        b = budget if budget is not None else (120 if quick else 480)
        r = T.run("exp", seeds, b, runs_dir, extra=list(extra), log=_log)
        return _save(out, name, r, T.to_markdown(r))

    def time_to_1ulp():
        return searches("time_to_1ulp")

    def time_to_1ulp_identity():
        return searches("time_to_1ulp_identity", [IDENTITY_ONLY])

    steps = {"baselines": baselines, "accuracy": accuracy, "speed": speed, "speed_gpu": speed_gpu,
             "speed_c": speed_c, "erf_design": erf_design, "pareto": pareto, "time_to_1ulp": time_to_1ulp,
             "time_to_1ulp_identity": time_to_1ulp_identity}
    for name in STEPS:  # in STEPS order: pareto reads what baselines and accuracy wrote
        step(name, steps[name])
    write_readme(out, kernels, md, quick)
    return md


def _load(path: Path):
    return json.loads(path.read_text()) if path.is_file() else None


# Section titles of results/README.md, in the order the sections appear there.
TITLES = {"accuracy": "Accuracy (max ULP over float32 inputs)", "speed": "Speed (CPU)",
          "speed_c": "C speed against the SIMD libraries",
          "speed_gpu": "Speed (GPU)", "erf_design": "erf: why two kernels, and what they cost",
          "pareto": "Accuracy vs cost", "baselines": "Polynomial baselines",
          "time_to_1ulp": "Search time to < 1 ULP",
          "time_to_1ulp_identity": "Search time to < 1 ULP from the identity seed alone"}


def write_readme(out: Path, kernels: dict, md: dict, quick: bool) -> None:
    """results/README.md: every table produced in this run, in a fixed order."""
    lines = ["## Results", "",
             f"Generated by `python experiments/run_all.py{' --quick' if quick else ''}` on "
             f"{time.strftime('%Y-%m-%d')}" + (" (quick mode: sampled accuracy, short searches)" if quick else "")
             + ". Kernels:", ""]
    lines += [f"- {k.label()}" for k in kernels.values()]
    for name in TITLES:  # the README's section order
        if name in md:
            lines += ["", f"### {TITLES[name]}", "", md[name].rstrip()]
    (out / "README.md").write_text("\n".join(lines) + "\n")
    _log(f"wrote {out / 'README.md'}")
    import readme_tables as R

    root = K.ROOT.resolve()
    if out.resolve().is_relative_to(root):
        for doc, max_plots in ((root / "README.md", 1), (root / "docs" / "results.md", None)):
            if R.update_readme(doc, out.resolve(), max_plots):
                _log(f"updated the latest tables in {doc}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--quick", action="store_true", help="sampled accuracy, small timings, short searches")
    ap.add_argument("--skip", nargs="+", default=[], choices=STEPS)
    ap.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2], help="time_to_1ulp seeds")
    ap.add_argument("--budget", type=float, default=None, help="time_to_1ulp seconds per seed")
    ap.add_argument("--search-runs-dir", default=str(K.ROOT / "runs" / "time_to_1ulp"))
    ap.add_argument("--numpy-exhaustive", action="store_true",
                    help="accuracy: sweep the numpy evaluator over all 2^32 inputs too (slow)")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    kernels = K.kernels_from_args(args)
    for k in kernels.values():
        _log(f"kernel {k.label()}")
    run_all(kernels, Path(args.out), args.quick, args.skip, args.seeds, args.budget,
            args.search_runs_dir, args.numpy_exhaustive, K.kernel_argv(args))


if __name__ == "__main__":
    main()
