"""experiments/bench_accuracy.py (the joint sweep, flush-to-zero semantics included) and
experiments/readme_tables.py (the README's block of latest tables)."""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "experiments"))

import bench_accuracy as A  # noqa: E402
import readme_tables as R  # noqa: E402
from targets.fullrange import full_range_function  # noqa: E402
from test_fullrange import hand_kernel  # noqa: E402


def _bits(v) -> int:
    return int(np.array(v, dtype=np.float32).view(np.uint32))


def test_joint_sweep_measures_flushing_under_flush_semantics_only():
    """exp on [-104, -86] (subnormal results below -87.34): the flush model loses 2^23 ulps as
    computed and nothing under flush-to-zero semantics; the exact model is good either way;
    both agree wherever flush-to-zero cannot act."""
    fns = {"exact": full_range_function("exp", hand_kernel("exp")),
           "flush": full_range_function("exp", hand_kernel("exp"), subnormals="flush")}
    lo = _bits(-86.0)
    res = A.joint_sweep(fns, "exp", offset=lo, count=_bits(-104.0) + 1 - lo)
    exact, flush = res["exact"], res["flush"]
    assert exact["n_checked"] == flush["n_checked"] == _bits(-104.0) + 1 - lo
    assert exact["max_ulp"] < 1 and exact["max_ulp_flush"] == exact["max_ulp"]
    assert flush["max_ulp"] > 8e6 and flush["max_ulp_flush"] < 1
    assert flush["max_ulp_ftz_free"] == exact["max_ulp_ftz_free"]
    assert flush["n_differ_first"] > 0  # the flushed results
    md = A.to_markdown({"rows": [dict(r, target="exp", impl=n, mode="part") for n, r in res.items()],
                        "kernels": {}})
    assert f"| flush | {A._fmt(flush['max_ulp_mpmath'])} / {A._fmt(flush['max_ulp_flush'])} |" in md


def test_readme_block_is_replaced_between_the_markers_only(tmp_path):
    out = tmp_path / "results"
    out.mkdir()
    (out / "accuracy.md").write_text("intro\n\n| implementation | exp |\n|---|---:|\n| ours | 0.924 |\n\nnotes\n")
    (out / "speed.json").write_text(json.dumps({"rows": [
        {"target": "exp", "backend": "JAX CPU", "test": "chain 32x", "ours": "ours JAX flush",
         "baseline": "jnp", "ratio": 0.891, "ratio_lo": 0.85, "ratio_hi": 0.92},
        {"target": "exp", "backend": "JAX CPU", "test": "array 4194304", "ours": "ours JAX strict",
         "baseline": "jnp", "ratio": 0.8, "ratio_lo": 0.7, "ratio_hi": 0.9}]}))
    (out / "pareto_exp.png").write_bytes(b"png")
    readme = tmp_path / "README.md"
    readme.write_text(f"head\n{R.BEGIN}\nstale table\n{R.END}\ntail\n")
    assert R.update_readme(readme, out)
    text = readme.read_text()
    assert text.startswith(f"head\n{R.BEGIN}\n") and text.endswith(f"{R.END}\ntail\n")
    assert "stale" not in text and "| ours | 0.924 |" in text and "intro" not in text
    assert "| exp | JAX CPU chain 32x | ours JAX flush | jnp | **0.89** (0.85-0.92) |" in text
    assert "array" not in text and "![exp: max ULP vs op count](results/pareto_exp.png)" in text
    assert "pareto_log" not in text  # no such plot in the folder
    (out / "pareto_log.png").write_bytes(b"png")
    assert R.update_readme(readme, out, max_plots=1)  # the README shows one picture
    assert "pareto_exp.png" in readme.read_text() and "pareto_log" not in readme.read_text()
    assert R.update_readme(readme, out) and "pareto_log.png" in readme.read_text()
    plain = tmp_path / "OTHER.md"
    plain.write_text("no markers\n")
    assert not R.update_readme(plain, out) and plain.read_text() == "no markers\n"
