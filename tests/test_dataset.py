"""Point sampling, mpmath ground truth, the on-disk cache, and kernel fitness known answers."""
import pickle

import mpmath
import numpy as np
import pytest

import targets.dataset as dataset
from evolve.program import Node, Program
from targets.dataset import PointSet, cache_path, load_point_set, mpmath_reference, sample_points
from targets.fitness import program_max_ulp, program_ulp_errors
from targets.registry import get_target

TINY = np.float32(2.0**-149)


def test_sampling_covers_domain_with_specials():
    t = get_target("exp")
    lo, hi = t.domain
    x = sample_points(t, 2000, np.random.default_rng(0))
    assert x.dtype == np.float32 and x.size == 2000
    assert np.all(np.diff(x) > 0)  # sorted and unique
    assert x[0] == lo and x[-1] == hi
    for v in (0, TINY, -TINY):
        assert v in x
    # the uniform-in-value half fills every tenth of the domain ...
    counts, _ = np.histogram(x, bins=10, range=(lo, hi))
    assert counts.min() > 50
    # ... and the uniform-in-bits half reaches tiny and subnormal magnitudes of both signs
    assert np.sum((np.abs(x) > 0) & (np.abs(x) < 1e-30)) > 200
    assert np.any((x > 0) & (x < 2.0**-126)) and np.any((x < 0) & (x > -(2.0**-126)))


def test_sampling_without_zero_in_domain():
    t = get_target("log", (0.5, 2.0))
    x = sample_points(t, 500, np.random.default_rng(0))
    assert x.size == 500 and x[0] == 0.5 and x[-1] == 2.0 and np.all(x >= 0.5)
    assert 0 not in x


def test_sampling_tiny_domain_returns_every_float32():
    lo = np.float32(1.0)
    hi = lo
    for _ in range(9):
        hi = np.nextafter(hi, np.float32(2))
    x = sample_points(get_target("exp", (lo, hi)), 100, np.random.default_rng(0))
    assert x.size == 10 and x[0] == lo and x[-1] == hi


def test_sampling_is_deterministic_for_a_seed():
    t = get_target("erf")
    a = sample_points(t, 300, np.random.default_rng(5))
    b = sample_points(t, 300, np.random.default_rng(5))
    c = sample_points(t, 300, np.random.default_rng(6))
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert a[0] == 0 and a[1] == TINY and a[-1] == t.domain[1]
    assert np.all(a >= 0)  # no -0, no negatives on [0, C]


def test_mpmath_reference_rounds_to_nearest_float64():
    t = get_target("log")
    x = np.array([-0.25, 0.0, 0.125], dtype=np.float32)
    ref = mpmath_reference(t, x, dps=50)
    with mpmath.mp.workdps(100):
        exact = [mpmath.log1p(mpmath.mpf(float(v))) for v in x]
        for r, e in zip(ref, exact):
            # nearest: the error is at most half a float64 ulp
            assert abs(mpmath.mpf(float(r)) - e) <= mpmath.mpf(np.spacing(abs(r))) / 2


def test_train_and_validation_differ_and_are_reproducible(tmp_path):
    t = get_target("exp")
    train = load_point_set(t, 100, "train", seed=1, cache_dir=tmp_path)
    val = load_point_set(t, 100, "validation", seed=1, cache_dir=tmp_path)
    assert len(train) == len(val) == 100
    assert not np.array_equal(train.x, val.x)
    again = load_point_set(t, 100, "train", seed=1, cache_dir=tmp_path / "other")
    assert np.array_equal(again.x, train.x) and np.array_equal(again.ref, train.ref)
    with pytest.raises(ValueError, match="kind"):
        load_point_set(t, 100, "test", seed=1, cache_dir=tmp_path)


def test_cache_round_trip_and_reuse(tmp_path, monkeypatch):
    t = get_target("erf")
    first = load_point_set(t, 64, "validation", seed=3, cache_dir=tmp_path)
    path = cache_path(t, 64, "validation", 3, tmp_path)
    assert path.exists() and path.suffix == ".npz"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp files left

    def boom(*args, **kwargs):
        raise AssertionError("recomputed instead of loading the cache")

    monkeypatch.setattr(dataset, "mpmath_reference", boom)
    second = load_point_set(t, 64, "validation", seed=3, cache_dir=tmp_path)
    assert second.x.dtype == np.float32 and second.ref.dtype == np.float64
    assert np.array_equal(first.x, second.x) and np.array_equal(first.ref, second.ref)
    # a different seed, count, dps or domain is another file
    assert cache_path(t, 64, "validation", 4, tmp_path) != path
    assert cache_path(t, 65, "validation", 3, tmp_path) != path
    assert cache_path(t, 64, "validation", 3, tmp_path, dps=50) != path
    assert cache_path(get_target("erf", (0, 2)), 64, "validation", 3, tmp_path) != path
    with pytest.raises(AssertionError, match="recomputed"):
        load_point_set(t, 64, "validation", seed=4, cache_dir=tmp_path)


def test_default_cache_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("EVOLVE_CACHE_DIR", str(tmp_path))
    t = get_target("exp")
    load_point_set(t, 20, "train", seed=0)
    assert cache_path(t, 20, "train", 0).parent == tmp_path and cache_path(t, 20, "train", 0).exists()


@pytest.mark.parametrize("garbage", [b"", b"not a zip file", b"PK\x03\x04 truncated"])
def test_corrupt_cache_is_rebuilt(tmp_path, garbage):
    t = get_target("log")
    good = load_point_set(t, 50, "train", seed=2, cache_dir=tmp_path)
    path = cache_path(t, 50, "train", 2, tmp_path)
    path.write_bytes(garbage)
    rebuilt = load_point_set(t, 50, "train", seed=2, cache_dir=tmp_path)
    assert np.array_equal(rebuilt.x, good.x) and np.array_equal(rebuilt.ref, good.ref)
    # and the file was rewritten with the good data
    with np.load(path) as data:
        assert np.array_equal(data["x"], good.x)


def test_point_set_validates():
    with pytest.raises(ValueError, match="sorted"):
        PointSet(np.array([2, 1], np.float32), np.array([0.0, 0.0]))
    with pytest.raises(ValueError, match="equal length"):
        PointSet(np.array([1, 2], np.float32), np.array([0.0]))
    ps = PointSet(np.array([1, 2], np.float32), np.array([0.0, 1.0]))
    with pytest.raises(ValueError):
        ps.x[0] = 5  # read-only
    copy = pickle.loads(pickle.dumps(ps))  # ships to Ray workers
    assert np.array_equal(copy.x, ps.x) and np.array_equal(copy.ref, ps.ref)
    assert not copy.x.flags.writeable


def test_identity_program_for_exp_known_answer(tmp_path):
    # f(x) = x against exp on [lo, hi]: the error (exp(x) - x) / unit(exp(x)) is largest at
    # x = lo, where exp(lo) ~ 0.7071 lies in [0.5, 1) so the unit is 2^-24.
    t = get_target("exp")
    lo = t.domain[0]
    points = load_point_set(t, 200, "validation", seed=0, cache_dir=tmp_path)
    with mpmath.mp.workdps(50):
        expected = float((mpmath.exp(mpmath.mpf(lo)) - mpmath.mpf(lo)) * 2**24)
    assert expected == pytest.approx(17677857.1676, rel=1e-9)
    got = program_max_ulp(Program.identity(), points)
    assert got == pytest.approx(expected, rel=1e-12)
    errors = program_ulp_errors(Program.identity(), points)
    assert errors.shape == points.x.shape and np.argmax(errors) == 0


def test_nan_and_overflowing_programs_score_inf(tmp_path):
    points = load_point_set(get_target("erf_tail"), 30, "train", seed=0, cache_dir=tmp_path)
    zero_over_zero = Program((Node("x"), Node("const", (), 0.0), Node("div", (1, 1))), 2)
    assert program_max_ulp(zero_over_zero, points) == np.inf
    # x / 0 is +-inf (and NaN at x = 0) for every point
    x_over_zero = Program((Node("x"), Node("const", (), 0.0), Node("div", (0, 1))), 2)
    assert np.all(program_ulp_errors(x_over_zero, points) == np.inf)
    # a huge constant times x overflows float32 for most x
    big = Program((Node("x"), Node("const", (), float(np.float32(3e38))), Node("mul", (0, 1))), 2)
    assert program_max_ulp(big, points) == np.inf
