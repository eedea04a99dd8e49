"""experiments/gpu_check.py without a GPU: its reference bits, its comparison (a NaN matches any
NaN, anything else bit for bit) and its table, with the CPU standing in for the GPU."""
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "experiments"))
import gpu_check as G  # noqa: E402

KERNELS = Path(__file__).resolve().parents[1] / "results" / "kernels"


def test_mismatches_count_bits_and_let_nans_match():
    a = np.array([0x3F800000, 0x7FC00000, 0x00000000, 0x7F800000], np.uint32)
    b = np.array([0x3F800000, 0xFFC00001, 0x80000000, 0x7F800000], np.uint32)
    a, b = a.view(np.float32), b.view(np.float32)
    assert G.mismatches(a, b) == 1  # +0 vs -0 differs; two NaNs do not
    assert G.mismatches(a, a) == 0


def test_inputs_hold_bit_patterns_the_usual_range_and_specials():
    x = G.inputs("log", 100, 50)
    assert x.dtype == np.float32 and x.size == 150 + G.SPECIAL.size
    assert np.all((x[100:150] > 0) & (x[100:150] >= 2.0**-121))  # log's usual range: 2^U(-120, 120)
    assert np.isnan(x[-G.SPECIAL.size:]).sum() == 1


def test_reference_and_bit_check_on_the_cpu(tmp_path, monkeypatch):
    import jax

    kdir = tmp_path / "kernels"
    kdir.mkdir()
    for name in ("evolved_exp_jax.py", "evolved_exp_jax_flush.py"):
        shutil.copy(KERNELS / name, kdir / name)
        shutil.copy(KERNELS / f"{name}.json", kdir / f"{name}.json")
    G.make_reference(tmp_path / "ref", kdir)
    assert sorted(p.name for p in (tmp_path / "ref").iterdir()) == ["exp_exact.npz", "exp_flush.npz"]
    cpu = jax.devices("cpu")
    monkeypatch.setattr(jax, "devices", lambda kind=None: cpu)  # the CPU plays the GPU
    monkeypatch.setattr(G, "inputs", lambda f, a, b, seed=0: np.concatenate([
        np.random.default_rng(seed).uniform(-100, 100, 4096).astype(np.float32), G.SPECIAL]))
    rows = G.check_bits(kdir, tmp_path / "ref")
    assert [(r["function"], r["mode"]) for r in rows] == [("exp", "exact"), ("exp", "flush")]
    assert all(r["gpu_vs_cpu"] == 0 and r["cpu_vs_reference"] == 0 and r["gpu_vs_reference"] == 0 for r in rows)
    # a reference that disagrees is counted, not hidden
    data = dict(np.load(tmp_path / "ref" / "exp_exact.npz"))
    data["y"].view(np.uint32)[:3] ^= 1
    np.savez(tmp_path / "ref" / "exp_exact.npz", **data)
    assert G.check_bits(kdir, tmp_path / "ref")[0]["cpu_vs_reference"] == 3
    table = G.to_markdown({"gpu": "cpu", "jax": jax.__version__, "bits": rows, "speed": []})
    assert "| exp | exact |" in table
