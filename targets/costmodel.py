"""Cost models: what one op of a kernel costs, for the cost half of the fitness.

`COST_MODELS` maps a model name to a function `(ops, backend, cache_dir) -> (weights, record)`:

- 'ops': every x-dependent op costs 1 (fma too); `record` is None.  The historical cost.
- 'calibrated': per-op weights measured on this machine by a chain micro-benchmark on
  `backend` (`CALIBRATORS`: 'jax_cpu' times jitted chains of one op over a 4096-float
  vector; 'numpy' times the evaluator's float32 ops), relative to fma = 1.  The
  measurement is cached under the cache folder, keyed by the machine's fingerprint
  (CPU model and flags, architecture, backend and its version), so it is taken once
  per machine and backend; `record` (weights, fingerprint, timings) goes into the run folder.

search_space.op_costs, where given, overrides single weights of either model.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

CALIBRATED_OPS = ("add", "sub", "mul", "div", "fma")
WEIGHTS_FILE = "cost_weights.json"  # the record's name in a run folder
_SHORT, _LONG = 8, 24  # chain lengths; their time difference cancels the loop's overhead


def _cpu_info() -> dict:
    info = {"model": platform.processor() or "", "flags": ""}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key == "model name":
                info["model"] = value.strip()
            elif key in ("flags", "Features") and not info["flags"]:
                info["flags"] = hashlib.sha256(value.strip().encode()).hexdigest()[:16]
    except OSError:
        pass
    return info


def fingerprint(backend: str) -> dict:
    """What the measured weights depend on: CPU model and flags, architecture, OS, backend
    and the backend's version."""
    cpu = _cpu_info()
    fp = {"backend": backend, "cpu": cpu["model"], "cpu_flags": cpu["flags"], "machine": platform.machine(),
          "system": platform.system(), "cores": os.cpu_count()}
    if backend == "jax_cpu":
        import jax
        import jaxlib

        fp["jax"], fp["jaxlib"] = jax.__version__, jaxlib.__version__
    else:
        fp["numpy"] = np.__version__
    return fp


def fingerprint_key(fp: dict) -> str:
    """A short stable hash of a fingerprint: the cache file's name."""
    return hashlib.sha256(json.dumps(fp, sort_keys=True).encode()).hexdigest()[:16]


def _best_of(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# A chain step per op; div's is a continued fraction a / (y + b) (a plain a / y chain is
# folded by the compiler), whose add is subtracted again (COMPOSITE).
_JAX_STEPS = {"add": lambda y, a, b: y + b, "sub": lambda y, a, b: y - b, "mul": lambda y, a, b: y * a,
              "div": lambda y, a, b: a / (y + b), "fma": lambda y, a, b: y * a + b}
COMPOSITE = {"div": ("add",)}


def _chains_jax(op: str, length: int, n: int = 4096, loops: int = 200):
    """A jitted loop of `length`-op chains over an n-vector (operands: loop-invariant vectors)."""
    import jax
    import jax.numpy as jnp

    step = _JAX_STEPS[op]

    @jax.jit
    def run(y, a, b):
        def body(_, y):
            for _ in range(length):
                y = step(y, a, b)
            return y
        return jax.lax.fori_loop(0, loops, body, y)

    rng = np.random.default_rng(0)
    y = jnp.asarray(rng.uniform(1.0, 2.0, n).astype(np.float32))
    a = jnp.asarray(rng.uniform(0.999, 1.001, n).astype(np.float32))
    b = jnp.asarray(rng.uniform(-1e-3, 1e-3, n).astype(np.float32))
    run(y, a, b).block_until_ready()
    return lambda: run(y, a, b).block_until_ready()


def _chains_numpy(op: str, length: int, n: int = 4096, loops: int = 20):
    from evolve.ops import get_op

    fn = get_op(op).float32
    rng = np.random.default_rng(0)
    y0 = rng.uniform(1.0, 2.0, n).astype(np.float32)
    a = rng.uniform(0.999, 1.001, n).astype(np.float32)
    b = rng.uniform(-1e-3, 1e-3, n).astype(np.float32)
    args = {"add": lambda y: (y, a), "sub": lambda y: (y, a), "mul": lambda y: (y, a),
            "div": lambda y: (a, y), "fma": lambda y: (y, a, b)}[op]

    def run():
        y = y0
        for _ in range(loops * length):
            y = fn(*args(y))
        return y
    return run


CALIBRATORS = {"jax_cpu": _chains_jax, "numpy": _chains_numpy}


def measure(backend: str, ops=CALIBRATED_OPS, repeats: int = 15) -> dict:
    """Per op: seconds per chain step (long minus short chain), and the weights relative to fma."""
    if backend not in CALIBRATORS:
        raise ValueError(f"unknown cost backend {backend!r}; known: {', '.join(sorted(CALIBRATORS))}")
    make = CALIBRATORS[backend]
    step_seconds = {}
    raw = {}
    for op in sorted(set(ops) | {"fma", "add"}):
        short, long = make(op, _SHORT), make(op, _LONG)
        raw[op] = (_best_of(long, repeats) - _best_of(short, repeats)) / (_LONG - _SHORT)
    for op in sorted(set(ops) | {"fma"}):
        extra = COMPOSITE.get(op, ()) if backend == "jax_cpu" else ()
        step_seconds[op] = max(raw[op] - sum(raw[e] for e in extra), 1e-12)
    weights = {op: round(step_seconds[op] / step_seconds["fma"], 2) for op in step_seconds}
    return {"weights": weights, "step_seconds": step_seconds}


def _cache_file(cache_dir, backend: str, key: str) -> Path:
    from targets.dataset import default_cache_dir

    base = Path(cache_dir) if cache_dir else default_cache_dir()
    return base / "cost_weights" / f"{backend}-{key}.json"


def calibrated_weights(ops, backend: str = "jax_cpu", cache_dir=None) -> tuple[dict, dict]:
    """Measured weights for this machine and backend, from the cache or measured now (and cached)."""
    fp = fingerprint(backend)
    key = fingerprint_key(fp)
    path = _cache_file(cache_dir, backend, key)
    record = None
    if path.is_file():
        try:
            record = json.loads(path.read_text())
            if record.get("fingerprint") != fp or not set(ops) <= set(record["weights"]):
                record = None
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
            record = None
    if record is None:
        measured = measure(backend, tuple(sorted(set(ops) | set(CALIBRATED_OPS))))
        record = {"model": "calibrated", "backend": backend, "fingerprint": fp, "key": key,
                  "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"), **measured}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(record, indent=1))
        os.replace(tmp, path)
    return dict(record["weights"]), record


def ops_weights(ops, backend: str = "jax_cpu", cache_dir=None) -> tuple[dict, None]:
    """Unit weights: the op count (the registry's default cost of each op)."""
    return {}, None


COST_MODELS = {"ops": ops_weights, "calibrated": calibrated_weights}


def cost_weights(model: str, ops, backend: str = "jax_cpu", cache_dir=None,
                 overrides: dict | None = None) -> tuple[dict, dict | None]:
    """(weights for Program.cost, record to keep in the run folder or None) of a cost model;
    `overrides` (search_space.op_costs) win over the model's weights."""
    if model not in COST_MODELS:
        raise ValueError(f"unknown cost model {model!r}; known: {', '.join(sorted(COST_MODELS))}")
    if backend not in CALIBRATORS:
        raise ValueError(f"unknown cost backend {backend!r}; known: {', '.join(sorted(CALIBRATORS))}")
    weights, record = COST_MODELS[model](tuple(ops), backend, cache_dir)
    weights = {**weights, **(overrides or {})}
    return weights, record
