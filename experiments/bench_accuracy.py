"""Accuracy table: max ULP over all float32 inputs of our full-range exp/log/erf vs the peers.

Implementations per target: ours through the numpy evaluator, compiled C (-O2
-ffp-contract=off), jitted JAX on CPU (strict and non-strict kernels, and the subnormals="flush"
export, which flushes like XLA and jnp); peers jnp.exp /
jnp.log / jax.scipy.special.erf (jitted, CPU, 2^20-element chunks), numpy float32 np.exp /
np.log, glibc expf / logf / erff (C harness, -O2 -ffp-contract=off, through ctypes).

Default: exhaustive, all 2^32 inputs.  One float64 reference per chunk (the target's
full_float64, as targets/verify.py uses) serves every implementation; the worst 16 points of
each are re-checked with mpmath (40 digits), as verify_exhaustive does (checked on sub-ranges
of exp, log and erf: the same max, mpmath max and counts as verify_exhaustive).  The numpy evaluator
costs ~0.2-0.5 us per input here (exact fma emulation), ~30 min per target for 2^32, so by
default it is swept on the quick subset and compared bit for bit with the C export there
(--numpy-exhaustive sweeps it over everything).  --quick: every 64th bit pattern (2^26
inputs, offset 37) for every implementation: a lower bound on the true max.

Columns: max ULP over every input, and over every input under flush-to-zero semantics
(targets/flush.py: a subnormal input may count as a zero of its sign, a result below 2^-126
may be +-0): XLA on CPU flushes subnormals, which costs jnp up to 2^23 ulps on subnormal
results (ULP per targets/ulp.py counts subnormal results in units of 2^-149).  The JSON also
keeps max_ulp_ftz_free, the max over the inputs flush-to-zero cannot touch.

    python experiments/bench_accuracy.py --runs-root runs [--quick] [--out results]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import implementations as I  # noqa: E402
import kernels as K  # noqa: E402

from targets.flush import allowed_references, nearest, touched  # noqa: E402
from targets.registry import get_target  # noqa: E402
from targets.verify import mp_reference  # noqa: E402
from targets.ulp import ulp_error  # noqa: E402

QUICK_STRIDE = 64
QUICK_OFFSET = 37
CHUNK = 2**20  # 8 MB of float64 per array: reused by malloc (2^22 page-faulted every chunk)
SAMPLE = 64   # every 64th result is measured even when it equals float32(reference)
TOP = 16      # worst points kept per implementation for the mpmath re-check

# Exhaustive figures measured by others (DESIGN.md), shown next to ours for reference.
KNOWN_PEERS = {
    "jnp (jit CPU)": {"exp": 5.51, "log": 1.19, "erf": 6.71},
    "glibc": {"exp": 0.502, "log": 0.818, "erf": 0.968},
}


def implementations(target: str, program, which=None, tail=None) -> dict:
    """Name -> full-range float32 array function, ours first, then the peers."""
    impls = {
        "ours (numpy evaluator)": lambda: I.numpy_full(target, program, tail),
        "ours (C -O2)": lambda: I.c_full(target, program, tail=tail),
        "ours (JAX strict, jit CPU)": lambda: I.jax_full(target, program, strict=True, tail=tail),
        "ours (JAX non-strict, jit CPU)": lambda: I.jax_full(target, program, strict=False, tail=tail),
        "ours (JAX flush, jit CPU)": lambda: I.jax_full(target, program, tail=tail, subnormals="flush"),
        "jnp (jit CPU)": lambda: I.jax_peer(target),
        "numpy float32": lambda: I.numpy_peer(target),
        "glibc": lambda: I.libm_full(target),
    }
    out = {}
    for name, make in impls.items():
        if which and name not in which:
            continue
        fn = make()
        if fn is not None:
            out[name] = fn
    return out


def _count(stride: int, offset: int, count: int | None) -> int:
    total = (2**32 - offset + stride - 1) // stride
    return total if count is None else min(total, count)


def bit_chunks(stride: int = 1, offset: int = 0, chunk: int = CHUNK, count: int | None = None):
    """Yield uint32 arrays of the bit patterns offset, offset + stride, ... below 2^32 (at most
    `count` of them), in chunks."""
    total = _count(stride, offset, count)
    for start in range(0, total, chunk):
        idx = np.arange(start, min(start + chunk, total), dtype=np.uint64)
        yield (idx * np.uint64(stride) + np.uint64(offset)).astype(np.uint32)


class _Tracker:
    """Running figures of one implementation over a sweep."""

    def __init__(self, top: int = TOP):
        self.top = top
        self.n = self.n_half = self.n_one = self.n_differ = self.n_nonfinite = 0
        self.max_normal = 0.0
        self.max_flush_touched = 0.0  # under flush-to-zero semantics, where it can act
        self.x = np.empty(0, np.float32)
        self.y = np.empty(0, np.float32)
        self.e = np.empty(0, np.float64)

    def add(self, x, y, ref, ref32, ftz_free) -> None:
        """One chunk: results `y` against the float64 `ref` (float32-rounded: `ref32`)."""
        self.n += x.size
        differ = (y.view(np.uint32) != ref32.view(np.uint32)) & ~(np.isnan(y) & np.isnan(ref32))
        sel = differ.copy()
        sel[::SAMPLE] = True  # results equal to float32(ref) are <= 0.5 ulp: a sample suffices
        xs, ys, rs, r32, ok = x[sel], y[sel], ref[sel], ref32[sel], ftz_free[sel]
        err = ulp_error(ys, rs)
        self.n_differ += int(differ.sum())
        self.n_half += int((err[differ[sel]] > 0.5).sum())
        self.n_one += int((err > 1.0).sum())
        self.n_nonfinite += int((differ[sel] & ~(np.isfinite(ys) & np.isfinite(r32)) & ~(ys == r32)).sum())
        if ok.any():
            self.max_normal = max(self.max_normal, float(err[ok].max()))
        k = min(self.top, err.size)
        if k:
            idx = np.argpartition(-err, k - 1)[:k]
            self.x = np.concatenate([self.x, xs[idx]])
            self.y = np.concatenate([self.y, ys[idx]])
            self.e = np.concatenate([self.e, err[idx]])
            keep = np.argsort(-self.e, kind="stable")[:self.top]
            self.x, self.y, self.e = self.x[keep], self.y[keep], self.e[keep]

    def add_flush(self, y, allowed) -> None:
        """Results `y` at the points flush-to-zero can act on: errors against the reference in
        `allowed` (targets/flush.allowed_references there) nearest each result."""
        if y.size:
            err = ulp_error(y, nearest(y, allowed))
            self.max_flush_touched = max(self.max_flush_touched, float(err.max()))

    def report(self, mp_fn) -> dict:
        """Figures as a dict; the worst points re-checked with mpmath (40 digits)."""
        mp_errs = []
        for xv, yv, ev in zip(self.x.tolist(), self.y.tolist(), self.e.tolist()):
            r = mp_reference(mp_fn, xv)
            mp_errs.append(ev if r is None else float(ulp_error(np.float32(yv), np.float64(r))))
        i = int(np.argmax(mp_errs)) if mp_errs else 0
        return {"max_ulp": float(self.e[0]) if self.e.size else 0.0,
                "worst_x": float(self.x[0]) if self.x.size else float("nan"),
                "max_ulp_mpmath": mp_errs[i] if mp_errs else 0.0,
                "max_ulp_ftz_free": self.max_normal,
                "max_ulp_flush": max(self.max_normal, self.max_flush_touched),
                "n_checked": self.n, "n_differ": self.n_differ,
                "n_over_half": self.n_half, "n_over_one": self.n_one,
                "n_nonfinite_mismatch": self.n_nonfinite}


def joint_sweep(fns: dict, target_name: str, stride: int = 1, offset: int = 0,
                chunk: int = CHUNK, log=None, count: int | None = None) -> dict:
    """Max ULP of every function in `fns` over the bit patterns offset + stride*i (all 2^32 for
    stride 1; the first `count` only if given), one float64 reference per chunk shared by all.

    Per function: max_ulp (every input; a NaN/wrong inf counts inf), max_ulp_mpmath (the worst
    16 points re-checked with mpmath), max_ulp_ftz_free (inputs with a normal or zero input and
    a normal, zero or infinite reference: what flush-to-zero cannot touch), max_ulp_flush (every
    input, under flush-to-zero semantics), counts, seconds.
    Also the bit differences between every function and the first one (n_differ_first).
    """
    target = get_target(target_name)
    track = {name: _Tracker() for name in fns}
    seconds = dict.fromkeys(fns, 0.0)
    n_vs_first = dict.fromkeys(fns, 0)
    first = next(iter(fns))
    t_start = time.perf_counter()
    last_log = t_start
    total = _count(stride, offset, count)
    for bits in bit_chunks(stride, offset, chunk, count):
        x = bits.view(np.float32)
        with np.errstate(all="ignore"):
            ref = target.full_float64(x.astype(np.float64))
            ref32 = ref.astype(np.float32)
        touch = touched(x, ref)  # flush-to-zero can act here; ftz_free: it cannot
        ftz_free = ~touch
        allowed = allowed_references(x[touch], ref[touch], target.full_float64) if touch.any() else []
        y_first = None
        for name, fn in fns.items():
            t0 = time.perf_counter()
            y = np.asarray(fn(x), dtype=np.float32).reshape(x.shape)
            seconds[name] += time.perf_counter() - t0
            track[name].add(x, y, ref, ref32, ftz_free)
            track[name].add_flush(y[touch], allowed)
            if y_first is None:
                y_first = y
            else:
                n_vs_first[name] += int(((y.view(np.uint32) != y_first.view(np.uint32))
                                         & ~(np.isnan(y) & np.isnan(y_first))).sum())
        if log and time.perf_counter() - last_log > 60:
            last_log = time.perf_counter()
            done = track[first].n / total
            log(f"  {target_name}: {100 * done:.1f}% in {last_log - t_start:.0f} s")
    out = {}
    for name in fns:
        r = track[name].report(target.full_mpmath)
        r.update(seconds_fn=seconds[name], n_differ_first=n_vs_first[name], first=first,
                 mode=("exhaustive" if stride == 1 and total == 2**32 else
                       f"{total} inputs" if stride == 1 else f"every {stride}th input"))
        out[name] = r
    return out


def run(kernels: dict, quick: bool = True, which=None, numpy_exhaustive: bool = False,
        log=print) -> dict:
    """Sweep every implementation of every target; returns {'quick', 'rows', 'kernels'}.

    The numpy evaluator joins the exhaustive sweep only with `numpy_exhaustive`; otherwise
    it is swept with the C export on the quick subset (n_differ_first: bits differing from C).
    """
    stride, offset = (QUICK_STRIDE, QUICK_OFFSET) if quick else (1, 0)
    rows = []
    numpy_name = "ours (numpy evaluator)"
    for target, k in kernels.items():
        fns = implementations(target, k.program, which, tail=k.tail)
        passes = []
        if numpy_name in fns and not quick and not numpy_exhaustive:
            side = {"ours (C -O2)": I.c_full(target, k.program, tail=k.tail), numpy_name: fns.pop(numpy_name)}
            passes.append((side, QUICK_STRIDE, QUICK_OFFSET, [numpy_name]))
        elif numpy_name in fns:  # numpy first: the others are compared with it bit for bit
            fns = {numpy_name: fns.pop(numpy_name), **fns}
        passes.insert(0, (fns, stride, offset, list(fns)))
        for group, st, off, keep in passes:
            t0 = time.perf_counter()
            res = joint_sweep(group, target, st, off, log=log)
            for name in keep:
                r = res[name]
                r.update(target=target, impl=name)
                rows.append(r)
                log(f"{target:4} {name:32} max {r['max_ulp_mpmath']:.4f} ULP (flush-to-zero semantics "
                    f"{r['max_ulp_flush']:.4f}, FTZ-free {r['max_ulp_ftz_free']:.4f}) at x={r['worst_x']!r}; "
                    f">1 ULP: {r['n_over_one']}; "
                    f"bits differing from {r['first']}: {r['n_differ_first']}")
            log(f"{target}: {len(group)} implementations over {res[keep[0]]['n_checked']} inputs "
                f"in {time.perf_counter() - t0:.0f} s")
    return {"quick": quick, "rows": rows,
            "kernels": {t: {"source": k.source, "cost": k.cost, "validation_ulp": k.error}
                        for t, k in kernels.items()}}


def _fmt(v: float) -> str:
    return f"{v:.3f}" if np.isfinite(v) else "inf"


def to_markdown(result: dict) -> str:
    """Table: implementations as rows; per target max ULP (all inputs / under flush-to-zero semantics)."""
    rows = result["rows"]
    targets = list(dict.fromkeys(r["target"] for r in rows))
    impls = list(dict.fromkeys(r["impl"] for r in rows))
    cell = {(r["impl"], r["target"]): r for r in rows}
    lines = ["Max ULP error of full-range float32 functions over all inputs, as computed / under "
             "flush-to-zero semantics, where they differ (a subnormal input may count as a zero of its "
             "sign, a result below 2^-126 may be +-0: XLA's CPU mode; targets/flush.py). ULP per "
             "targets/ulp.py; worst points re-checked with mpmath.", "",
             "| implementation | " + " | ".join(targets) + " | inputs |",
             "|---|" + "---:|" * len(targets) + "---|"]
    for impl in impls:
        vals, modes = [], set()
        for t in targets:
            r = cell.get((impl, t))
            if r is None:
                vals.append("-")
                continue
            modes.add(r["mode"])
            v = r["max_ulp_mpmath"]
            f = r.get("max_ulp_flush", r["max_ulp_ftz_free"])
            same = np.isfinite(v) and abs(f - v) <= 1e-6 * max(1.0, v)
            vals.append(_fmt(v) + ("" if same else f" / {_fmt(f)}"))
        lines.append(f"| {impl} | " + " | ".join(vals) + " | " + ", ".join(sorted(modes)) + " |")
    for name, figs in KNOWN_PEERS.items():
        lines.append(f"| {name}, DESIGN.md | " + " | ".join(_fmt(figs[t]) if t in figs else "-"
                                                          for t in targets) + " | exhaustive |")
    same = [f"{r['target']} {r['impl']}: {r['n_differ_first']}"
            + (" (where flush-to-zero acts)" if "flush" in r["impl"] else "") for r in rows
            if r["impl"].startswith("ours") and r["impl"] != r["first"]]
    lines += ["", "Bits differing from the first implementation of the same sweep (numpy evaluator, "
              "or C for the numpy row of an exhaustive run): " + "; ".join(same) + ".",
              "", "Kernels: " + "; ".join(f"{t} cost {v['cost']:g} (validation {v['validation_ulp']} ULP) "
                                          f"from `{v['source']}`" for t, v in result["kernels"].items())]
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    K.add_kernel_args(ap)
    ap.add_argument("--quick", action="store_true", help="every 64th input instead of all 2^32")
    ap.add_argument("--impl", action="append", default=None, help="only these implementations")
    ap.add_argument("--numpy-exhaustive", action="store_true",
                    help="sweep the numpy evaluator over all inputs too (slow: ~30 min per target)")
    ap.add_argument("--out", default=str(K.ROOT / "results"))
    args = ap.parse_args(argv)
    result = run(K.kernels_from_args(args), args.quick, args.impl, args.numpy_exhaustive)
    print(K.save_result(Path(args.out), "accuracy", result, to_markdown(result)))


if __name__ == "__main__":
    main()
