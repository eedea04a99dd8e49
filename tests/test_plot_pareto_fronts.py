"""experiments/plot_pareto.py for the defined functions: a kernel front whose run folder is gone
comes from the earlier pareto_functions.json, a fresh run folder wins over it, and the exports'
exhaustive figures come from the kernels' .json files."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "experiments"))

import plot_pareto as PP  # noqa: E402


def _export(kernels: Path, name: str, cost: float, ulp: float) -> None:
    meta = {"cost": cost, "verification": {"full_range": {"max_ulp": ulp, "max_ulp_mpmath": ulp}}}
    (kernels / f"evolved_{name}f.h.json").write_text(json.dumps(meta))


def test_missing_run_folder_keeps_the_earlier_front(tmp_path):
    runs, kernels, out = tmp_path / "runs", tmp_path / "kernels", tmp_path / "out"
    kernels.mkdir()
    (runs / "exp2").mkdir(parents=True)
    (runs / "exp2" / "front.json").write_text(json.dumps(
        {"entries": [{"cost": 6, "error": 0.78}, {"cost": 4, "error": 30.0}, {"cost": 1, "error": None}]}))
    _export(kernels, "exp2", 6, 0.898)
    earlier = {"exp2": {"fronts": {"core": [[9, 0.5]], "tail": [[3, 2.0]]}},
               "tanh": {"fronts": {"core": [[7, 0.6]]}}}
    logged = []
    data = PP.run_new(["exp2", "tanh", "log2"], runs, kernels, None, out, log=logged.append, earlier=earlier)
    # exp2: the run folder's core front, the earlier tail front (no exp2_tail folder)
    assert data["exp2"]["fronts"] == {"core": [(4.0, 30.0), (6.0, 0.78)], "tail": [(3, 2.0)]}
    assert data["exp2"]["exports"]["C"] == {"cost": 6.0, "max_ulp": 0.898}
    assert data["tanh"]["fronts"] == {"core": [(7, 0.6)]} and data["tanh"]["exports"] == {}
    assert "log2" not in data  # neither a front nor an export: not plotted
    assert (out / "pareto_exp2.png").stat().st_size > 0 and (out / "pareto_tanh.png").is_file()
    assert any("tanh: kernel core front from the earlier" in line for line in logged)
