"""Point sets: float32 inputs on a kernel domain with mpmath ground truth, cached on disk.

Ground truth is computed once per (target, domain, count, kind, seed, dps) with mpmath
(slow, point by point) and stored as .npz in a cache folder; later calls load it.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import mpmath
import numpy as np
from mpmath import libmp

from targets.registry import Target

FORMAT_VERSION = 1
KINDS = {"train": 0, "validation": 1}  # separate seed streams, so the two sets differ
SMALLEST_SUBNORMAL = float(np.float32(2.0**-149))


@dataclass(frozen=True, eq=False)
class PointSet:
    """Sorted float32 inputs `x` and their references `ref` (the mpmath value rounded to float64)."""

    x: np.ndarray
    ref: np.ndarray

    def __post_init__(self):
        x = np.array(self.x, dtype=np.float32)
        ref = np.array(self.ref, dtype=np.float64)
        if x.ndim != 1 or ref.shape != x.shape:
            raise ValueError(f"x and ref must be 1-D of equal length, got {x.shape} and {ref.shape}")
        if x.size and not np.all(x[1:] > x[:-1]):
            raise ValueError("x must be sorted and unique")
        x.setflags(write=False)
        ref.setflags(write=False)
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "ref", ref)

    def __len__(self) -> int:
        return int(self.x.size)

    def __reduce__(self):  # unpickle through __init__, so the arrays come back read-only
        return (PointSet, (self.x, self.ref))


# -- sampling ----------------------------------------------------------------------
def _to_ordered(x: np.ndarray) -> np.ndarray:
    """Map float32 values to int64 keys that are monotone in value (-0 and +0 both map to 0)."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32).astype(np.int64)
    mag = bits & 0x7FFFFFFF
    return np.where(bits & 0x80000000, -mag, mag)


def _from_ordered(keys: np.ndarray) -> np.ndarray:
    """Inverse of `_to_ordered` (key 0 gives +0)."""
    keys = np.asarray(keys, dtype=np.int64)
    bits = np.where(keys < 0, (-keys) | 0x80000000, keys).astype(np.uint32)
    return bits.view(np.float32)


def _special_points(lo: float, hi: float) -> list[float]:
    """Endpoints, plus 0 and +-smallest subnormal where they lie inside [lo, hi]."""
    pts = [lo, hi]
    pts += [v for v in (0.0, SMALLEST_SUBNORMAL, -SMALLEST_SUBNORMAL) if lo <= v <= hi]
    return pts


def sample_points(target: Target, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` unique sorted float32 points on the target's kernel domain.

    The special points (endpoints; 0 and +-2^-149 when inside) come first; the rest
    is half uniform in value over [lo, hi] and half uniform over the float32 bit
    patterns in [lo, hi] (which covers tiny magnitudes and subnormals near 0).
    Duplicates are replaced by further draws; a domain with at most `count` float32
    values yields all of them.
    """
    if count < 1:
        raise ValueError(f"count must be positive, got {count}")
    lo, hi = target.domain
    klo, khi = (int(k) for k in _to_ordered(np.array([lo, hi], dtype=np.float32)))
    if khi - klo + 1 <= count:  # tiny domain: take every float32 in it
        return _from_ordered(np.arange(klo, khi + 1))
    special = list(dict.fromkeys(_special_points(lo, hi)))[:count]  # endpoints first
    points = np.unique(np.array(special, dtype=np.float32))
    while points.size < count:
        need = count - points.size
        n_value = need // 2
        by_value = rng.uniform(lo, hi, n_value).astype(np.float32)  # rounding stays in [lo, hi]
        by_bits = _from_ordered(rng.integers(klo, khi, need - n_value, endpoint=True))
        fresh = np.concatenate([by_value, by_bits]) + np.float32(0)  # -0 -> +0
        points = np.unique(np.concatenate([points, fresh]))  # never more than `count`
    return points


# -- ground truth --------------------------------------------------------------------
def mpmath_reference(target: Target, x: np.ndarray, dps: int = 40) -> np.ndarray:
    """The kernel function at each float32 point, computed with mpmath at `dps` digits,
    rounded to the nearest float64.  Slow (a Python loop): build time only."""
    x = np.asarray(x, dtype=np.float32)
    out = np.empty(x.shape, dtype=np.float64)
    with mpmath.mp.workdps(dps):
        for i, xi in enumerate(x.ravel().tolist()):
            v = target.kernel_mpmath(mpmath.mpf(xi))
            out.flat[i] = libmp.to_float(v._mpf_, rnd=libmp.round_nearest)
    return out


def _cache_key(target: Target, count: int, kind: str, seed: int, dps: int) -> str:
    lo, hi = np.array(target.domain, dtype=np.float32).view(np.uint32).tolist()
    meta = {"v": FORMAT_VERSION, "target": target.name, "domain_bits": [lo, hi],
            "count": count, "kind": kind, "seed": seed, "dps": dps,
            # a described target's reference (a dotted path): a redefined name gets new points
            "reference": getattr(target.kernel_mpmath, "path", None)}
    return json.dumps(meta, sort_keys=True)


def default_cache_dir() -> Path:
    """$EVOLVE_CACHE_DIR, or ~/.cache/evolve-float32."""
    env = os.environ.get("EVOLVE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "evolve-float32"


def cache_path(target: Target, count: int, kind: str, seed: int, cache_dir=None, dps: int = 40) -> Path:
    """Where `load_point_set` caches this point set."""
    key = _cache_key(target, count, kind, seed, dps)
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return folder / f"{target.name}-{kind}-{digest}.npz"


def _read(path: Path, key: str) -> PointSet | None:
    """The cached point set at `path`, or None if it is missing, corrupt or for another key."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key:
                return None
            return PointSet(data["x"], data["ref"])
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


def _write_atomic(path: Path, key: str, points: PointSet) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, x=points.x, ref=points.ref, key=np.array(key))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def load_point_set(target: Target, count: int, kind: str, seed: int, cache_dir=None,
                   dps: int = 40) -> PointSet:
    """The `kind` ('train' or 'validation') point set of `count` points for `target`.

    Built from `seed` (train and validation use different streams of it) and cached
    under `cache_dir` (default `default_cache_dir()`); a missing or corrupt cache file
    is rebuilt and rewritten atomically.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown point-set kind {kind!r}; known kinds: {', '.join(KINDS)}")
    if int(seed) < 0:
        raise ValueError(f"seed must be non-negative, got {seed}")
    seed, count = int(seed), int(count)
    key = _cache_key(target, count, kind, seed, dps)
    path = cache_path(target, count, kind, seed, cache_dir, dps)
    cached = _read(path, key)
    if cached is not None:
        return cached
    rng = np.random.default_rng(np.random.SeedSequence([seed, KINDS[kind]]))
    x = sample_points(target, count, rng)
    points = PointSet(x, mpmath_reference(target, x, dps))
    _write_atomic(path, key, points)
    return points
