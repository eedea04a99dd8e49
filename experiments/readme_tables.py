"""The repository README's block of latest tables, rebuilt from the results folder.

`run_all` calls `update_readme` after every run whose output folder lies inside the
repository: the text between the two markers below is replaced by the accuracy table, the
compute-bound speed rows and the Pareto plots of that folder (a missing table is left out),
so the README (one plot) and docs/results.md (every plot) show the tables of the last run.
Without the markers it changes nothing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

BEGIN = "<!-- results:begin (written by experiments/run_all.py) -->"
END = "<!-- results:end -->"


def _accuracy(out: Path) -> list[str]:
    path = out / "accuracy.md"
    if not path.is_file():
        return []
    table = [line for line in path.read_text().splitlines() if line.startswith("|")]
    return ["Max ULP over all 2^32 float32 inputs, as computed / under flush-to-zero semantics where "
            "they differ (`accuracy.md`):", ""] + table + [""]


def _speed(out: Path) -> list[str]:
    path = out / "speed.json"
    if not path.is_file():
        return []
    rows = [r for r in json.loads(path.read_text())["rows"]
            if "chain" in r["test"] and r["ours"] != "ours JAX non-strict"]
    lines = ["Speed, compute-bound chain, ratio = ours / baseline (< 1: ours faster), median of the "
             "rounds (range) (`speed.md`, which also has the single pass and the non-strict JAX):", "",
             "| target | test | ours | baseline | ratio |", "|---|---|---|---|---:|"]
    lines += [f"| {r['target']} | {r['backend']} {r['test']} | {r['ours']} | {r['baseline']} | "
              f"**{r['ratio']:.2f}** ({r['ratio_lo']:.2f}-{r['ratio_hi']:.2f}) |" for r in rows]
    return lines + [""]


def _speed_c(out: Path) -> list[str]:
    """The C rows a user compares: our default build (-O2, as AVX-512 and as AVX2 CPUs run it)
    and -O3 -march=native, against libmvec and SLEEF (ratio to libmvec AVX2)."""
    path = out / "speed_c.md"
    if not path.is_file() or not (out / "speed_c.json").is_file():
        return []
    m = json.loads((out / "speed_c.json").read_text())["machine"]
    keep = ("| implementation", "|---", "| ours gcc -O2 |", "| ours gcc -O2 (AVX2 CPU)", "| ours gcc -O3 -march=native",
            "| libmvec", "| sleef")
    table = [line for line in path.read_text().splitlines() if line.startswith(keep)]
    return [f"C, ns per element, ratio to libmvec AVX2 in brackets; {m['cpu']} ({', '.join(m['isa'])}), "
            f"{m['gcc']} (`speed_c.md` has clang and -march=haswell too):", ""] + table + [""]


def block(out: Path, readme_dir: Path, max_plots: int | None = None) -> str:
    """Markdown of the latest tables in `out`, with paths relative to `readme_dir`; the first
    `max_plots` Pareto plots (None: all)."""
    rel = Path(os.path.relpath(out, readme_dir)).as_posix()
    plots = [f"![{t}: max ULP vs op count]({rel}/pareto_{t}.png)" for t in ("exp", "log", "erf")
             if (out / f"pareto_{t}.png").is_file()][:max_plots]
    lines = [f"Every table of the last run is in `{rel}/README.md`.", ""] + _accuracy(out) + _speed(out) + _speed_c(out)
    if plots:
        lines += [f"Accuracy vs op count{' (every plot in docs/results.md)' if max_plots == 1 else ''}: "
                  "our front and kernels against Taylor and minimax polynomials of each degree and the peers' "
                  "kernels:", ""] + plots + [""]
    return "\n".join(lines)


def update_readme(readme: Path, out: Path, max_plots: int | None = None) -> bool:
    """Replace the marked block of `readme` with `block(out, ..., max_plots)`; False (unchanged)
    without markers."""
    if not readme.is_file():
        return False
    text = readme.read_text()
    i, j = text.find(BEGIN), text.find(END)
    if i < 0 or j < i:
        return False
    new = text[:i + len(BEGIN)] + "\n" + block(out, readme.parent, max_plots) + text[j:]
    if new != text:
        readme.write_text(new)
    return True
