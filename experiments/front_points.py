"""Cheaper, less accurate companions of the shipped sigmoid and tanh: the trade-off points that
issue 19 asks to report beside the < 1 ULP exports where those cannot match the jnp speed.

Each is a target description built from verified parts of the shipped exports (nothing is
searched again), written as export metadata that `evolve export` turns into code and verifies
over every float32, as for any export:
- sigmoid_fast: the shipped sigmoid (e^-|x| = 2^k (1 + core(r)), N / (1 + e^-|x|)) with e^-|x|
  in one float and one plain divide instead of the double-word correction: the roundings of
  1 + core, of 1 + e^-|x| and of the divide stack up on the kernel's error.
- tanh_fast: the shipped tanh without its middle kernel: the odd core on [0, 0.625), then
  1 - 2/(exp(2t) + 1) from 0.625 on (the shipped tanh runs that piece from 1.25, where its
  rounding errors shrink below half an ulp), so ~1.4 ULP near t = 0.63 for one kernel fewer.

    python experiments/front_points.py
    evolve export results/kernels/tanh_fast.json --lang jax --subnormals flush \
        --out results/kernels/evolved_tanh_fast_jax_flush.py
    evolve export results/kernels/sigmoid_fast.json --lang jax --subnormals flush \
        --out results/kernels/evolved_sigmoid_fast_jax_flush.py
"""
from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

KERNELS = Path(__file__).resolve().parents[1] / "results" / "kernels"
NOTE = "experiments/front_points.py: built from {src}; see that script's docstring"


def _strip(meta: dict) -> dict:
    """Export metadata without what belongs to one export (its verification, its output)."""
    out = copy.deepcopy(meta)
    for key in ("verification", "shortened", "lang", "function", "source_export", "subnormals"):
        out.pop(key, None)
    return out


def tanh_fast(kernels: Path) -> dict:
    """The shipped tanh's core kernel and exp piece, without the tail kernel on [0.625, 1.25)."""
    src = kernels / "evolved_tanhf.h.json"
    meta = _strip(json.loads(src.read_text()))
    d = copy.deepcopy(meta["definitions"]["tanh"])
    pieces = d["params"]["pieces"]
    if [p.get("kernel") for p in pieces[:2]] != ["core", "tail"] or "expr" not in pieces[2]:
        raise ValueError(f"{src}: expected the pieces core, tail, expression; got {pieces}")
    d["params"]["pieces"] = [pieces[0], pieces[2]]
    d["kernels"] = {"core": d["kernels"]["core"]}
    d["description"] = ("tanh(x), fast: kernel tanh(t) on [0, 0.625], 1 - 2/(exp(2t) + 1) above "
                        "(the shipped tanh without its middle kernel)")
    meta.pop("tail", None)
    return {**meta, "target": "tanh_fast", "definitions": {"tanh_fast": d}, "front_point": NOTE.format(src=src.name)}


def sigmoid_fast(kernels: Path) -> dict:
    """The shipped sigmoid's reduction and kernel, with a plain divide for the corrected one."""
    src = kernels / "evolved_sigmoidf.h.json"
    meta = _strip(json.loads(src.read_text()))
    d = copy.deepcopy(meta["definitions"]["sigmoid"])
    if d["scheme"] != "exp_like" or d["params"] != {"ratio": True}:
        raise ValueError(f"{src}: expected exp_like with ratio; got {d['scheme']} {d['params']}")
    d["params"] = {"ratio": True, "corrected": False}
    d["description"] = ("sigmoid(x), fast: e^-|x| = 2^k (1 + core(r)) in one float, N / D by one divide "
                        "(the shipped sigmoid without its double-word correction)")
    return {**meta, "target": "sigmoid_fast", "definitions": {"sigmoid_fast": d}, "front_point": NOTE.format(src=src.name)}


BUILDERS = {"tanh_fast": tanh_fast, "sigmoid_fast": sigmoid_fast}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kernels-dir", type=Path, default=KERNELS)
    ap.add_argument("--only", nargs="+", choices=sorted(BUILDERS), default=sorted(BUILDERS))
    args = ap.parse_args(argv)
    for name in args.only:
        out = args.kernels_dir / f"{name}.json"
        out.write_text(json.dumps(BUILDERS[name](args.kernels_dir), indent=1))
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
