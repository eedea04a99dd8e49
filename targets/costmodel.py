"""Cost models: what one op of a kernel costs, for the cost half of the fitness.

`COST_MODELS` maps a model name to a function `(ops, backend, cache_dir) -> (weights, record)`:

- 'ops': every x-dependent op costs 1 (fma too); `record` is None.  The historical cost.
- 'calibrated': per-op weights measured on this machine by a chain micro-benchmark on
  `backend` (`CALIBRATORS`: 'jax_cpu' times jitted chains of one op over a 4096-float
  vector; 'c' the same chains compiled by gcc as the C exports are; 'numpy' times the
  evaluator's float32 ops), relative to fma = 1.  The
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
    elif backend == "c":
        from codegen.cbuild import compiler_identity

        fp["cc"] = " ".join(compiler_identity("gcc").splitlines()[:2])
        fp["cflags"] = " ".join(C_FLAGS)
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


def _operands(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A chain's start y in [1, 2] and its invariant operands a ~ 1, b ~ 0 (values stay normal)."""
    rng = np.random.default_rng(0)
    return (rng.uniform(1.0, 2.0, n).astype(np.float32), rng.uniform(0.999, 1.001, n).astype(np.float32),
            rng.uniform(-1e-3, 1e-3, n).astype(np.float32))


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

    y, a, b = (jnp.asarray(v) for v in _operands(n))
    run(y, a, b).block_until_ready()
    return lambda: run(y, a, b).block_until_ready()


def _chains_numpy(op: str, length: int, n: int = 4096, loops: int = 20):
    from evolve.ops import get_op

    fn = get_op(op).float32
    y0, a, b = _operands(n)
    args = {"add": lambda y: (y, a), "sub": lambda y: (y, a), "mul": lambda y: (y, a),
            "div": lambda y: (a, y), "fma": lambda y: (y, a, b)}[op]

    def run():
        y = y0
        for _ in range(loops * length):
            y = fn(*args(y))
        return y
    return run


# The C step of each op, as the C emitter spells it (fmaf only for fma; built with the export's
# -ffp-contract=off, at -O3 -march=native as a user's speed build); div as for JAX.
_C_STEPS = {"add": "y + b[i]", "sub": "y - b[i]", "mul": "y * a[i]", "div": "a[i] / (y + b[i])",
            "fma": "fmaf(y, a[i], b[i])"}
C_FLAGS = ("-O3", "-march=native", "-ffp-contract=off", "-shared", "-fPIC")


def _chains_c(op: str, length: int, n: int = 4096, loops: int = 200):
    """A compiled loop over an n-vector whose body is a `length`-op chain per element (the
    elements are independent, so the loop vectorizes as an exported kernel's array loop does)."""
    import ctypes

    from codegen.cbuild import compile_shared

    steps = "\n".join(f"            y = {_C_STEPS[op]};" for _ in range(length))
    source = ("#include <math.h>\n#include <stddef.h>\n"
              "void chain(float *restrict ys, const float *restrict a, const float *restrict b, size_t n, int loops)\n"
              "{\n    for (int l = 0; l < loops; ++l)\n        for (size_t i = 0; i < n; ++i) {\n"
              f"            float y = ys[i];\n{steps}\n            ys[i] = y;\n        }}\n}}\n")
    fn = compile_shared(source, C_FLAGS).chain
    ptr = ctypes.POINTER(ctypes.c_float)
    fn.argtypes, fn.restype = (ptr, ptr, ptr, ctypes.c_size_t, ctypes.c_int), None
    y, a, b = _operands(n)
    y0 = y.copy()
    args = (y.ctypes.data_as(ptr), a.ctypes.data_as(ptr), b.ctypes.data_as(ptr), n, loops)

    def run():  # from the same start each time: a chain run on would drift into subnormals
        np.copyto(y, y0)
        fn(*args)
    return run


CALIBRATORS = {"jax_cpu": _chains_jax, "numpy": _chains_numpy, "c": _chains_c}
# gcc 12 stops vectorizing a loop body of about 20 fmaf calls: shorter C chains
_LENGTHS = {"c": (4, 12)}


def measure(backend: str, ops=CALIBRATED_OPS, repeats: int = 15) -> dict:
    """Per op: seconds per chain step (long minus short chain), and the weights relative to fma."""
    if backend not in CALIBRATORS:
        raise ValueError(f"unknown cost backend {backend!r}; known: {', '.join(sorted(CALIBRATORS))}")
    make = CALIBRATORS[backend]
    step_seconds = {}
    raw = {}
    lo, hi = _LENGTHS.get(backend, (_SHORT, _LONG))
    for op in sorted(set(ops) | {"fma", "add"}):
        short, long = make(op, lo), make(op, hi)
        raw[op] = (_best_of(long, repeats) - _best_of(short, repeats)) / (hi - lo)
    for op in sorted(set(ops) | {"fma"}):
        extra = COMPOSITE.get(op, ()) if backend in ("jax_cpu", "c") else ()
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
