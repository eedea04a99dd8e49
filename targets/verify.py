"""Exhaustive verification: run a float32 function on every float32 input of a range.

`verify_exhaustive` checks a full-range function (numpy wrapper, compiled C array function,
jitted JAX function: any vectorized float32 -> float32 callable) against the target's float64
reference over bit patterns [lo_bits, hi_bits) (default: all 2^32), then re-checks the worst
points with mpmath.  `verify_kernel_domain` does the same for a kernel over every float32 of
its domain.  `reduction_range` runs a target's template (targets/fullrange.py) over all
inputs and reports the extremes of the kernel arguments it produces.  Memory stays at a few
chunks: bit patterns are generated per chunk by `sweep_order`.  ULP per targets/ulp.py.
subnormals="flush" measures under flush-to-zero semantics (targets/flush.py), the contract of
JAX exports made with subnormals="flush".
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

import mpmath
import numpy as np

from targets.f32consts import domain_bit_ranges  # noqa: F401  (also imported from here)
from targets.flush import flush_error, flush_reference
from targets.fullrange import check_subnormals
from targets.registry import Target, get_target
from targets.sweep_progress import SweepProgress
from targets.ulp import same_bits, ulp_error

F32 = np.float32
N_ALL = 2**32
CR_SAMPLE = 16  # see _sweep


@dataclass
class VerifyReport:
    """Result of a sweep.  Errors in float32 ulps (targets/ulp.py), against the float64 reference.

    max_ulp: over all points (inf when some result is NaN/inf where it must not be); exact
    whenever it exceeds 0.5 (results equal to float32(reference) are not measured once some
    result differs; if none differs, it is the max over every 16th point, <= 0.5 anyway);
    max_ulp_finite: over points whose result and float32-rounded reference are both finite;
    n_nonfinite_mismatch: points where result or float32(reference) is inf/NaN and they differ
    (NaN == NaN counts as a match); n_over_half / n_over_one: points with error > 0.5 / > 1;
    max_ulp_mpmath / worst_x_mpmath: after re-checking the `worst` points with mpmath (40 digits).
    worst: up to 16 (x, y, err) with the largest float64-based errors, largest first.
    """

    target: str
    kind: str  # 'full' or 'kernel'
    n_checked: int
    max_ulp: float
    worst_x: float
    worst_y: float
    max_ulp_finite: float
    n_nonfinite_mismatch: int
    n_over_half: int
    n_over_one: int
    max_ulp_mpmath: float
    worst_x_mpmath: float
    worst: list = field(default_factory=list)
    seconds: float = 0.0
    subnormals: str = "exact"  # "flush": errors under flush-to-zero semantics (targets/flush.py)

    @property
    def points_per_s(self) -> float:
        return self.n_checked / self.seconds if self.seconds > 0 else float("nan")

    def summary(self) -> str:
        """One line for logs."""
        kind = self.kind + (", flush-to-zero semantics" if self.subnormals == "flush" else "")
        return (f"{self.target} ({kind}): {self.n_checked} points, max {self.max_ulp:.4f} ulp "
                f"at x={self.worst_x!r} (mpmath {self.max_ulp_mpmath:.4f}), finite max "
                f"{self.max_ulp_finite:.4f}, >0.5: {self.n_over_half}, >1: {self.n_over_one}, "
                f"non-finite mismatches: {self.n_nonfinite_mismatch}, {self.seconds:.1f} s "
                f"({self.points_per_s / 1e6:.1f} Mpts/s)")


def sweep_order(ranges, chunk: int = 2**22, order: str = "linear") -> Iterator[np.ndarray]:
    """Yield uint32 arrays of bit patterns covering each [start, stop) of `ranges` exactly once.

    'linear': consecutive blocks of `chunk` patterns.  'interleaved': block j of a range holds
    start + j, start + j + n_blocks, ... so every block samples the whole range (a partial
    sweep already sees every region).  Only one block exists at a time (never 2^32 values).
    """
    if chunk < 1:
        raise ValueError("chunk must be >= 1")
    if order not in ("linear", "interleaved"):
        raise ValueError(f"unknown sweep order {order!r}; known: linear, interleaved")
    for start, stop in ranges:
        if not 0 <= start <= stop <= N_ALL:
            raise ValueError(f"bit range [{start}, {stop}) is not inside [0, 2^32)")
        n = stop - start
        if order == "linear":
            for s in range(start, stop, chunk):  # start + arange: never needs the value 2^32
                yield np.arange(min(chunk, stop - s), dtype=np.uint32) + np.uint32(s)
        else:
            blocks = max(1, math.ceil(n / chunk))
            for j in range(min(blocks, n)):
                yield np.arange(start + j, stop, blocks, dtype=np.uint64).astype(np.uint32)


def mp_reference(mp_fn: Callable, x: float) -> float | None:
    """float64 of mp_fn(x) at 40 digits, or None where mpmath has no real finite answer."""
    if not math.isfinite(x):
        return None
    with mpmath.workdps(40):
        v = mp_fn(mpmath.mpf(x))
        if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v):
            return None
        return float(v)


def _sweep(fn, ref64, ref_mp, ranges, target, kind, chunk, progress, order, top=16,
           subnormals: str = "exact") -> VerifyReport:
    flush = check_subnormals(subnormals)
    total = sum(b - a for a, b in ranges)
    bar = SweepProgress(f"verify {target} ({kind})", total, progress)
    t0 = time.perf_counter()
    best_x = np.empty(0, F32)
    best_y = np.empty(0, F32)
    best_e = np.empty(0, np.float64)
    n = n_nonfinite = n_half = n_one = n_differ = 0
    max_finite = 0.0
    try:
        for bits in sweep_order(ranges, chunk, order):
            x = bits.view(F32)
            y = np.asarray(fn(x), dtype=F32).reshape(x.shape)
            with np.errstate(all="ignore"):
                ref = ref64(x.astype(np.float64))
                if flush:
                    ref = flush_reference(x, y, ref, ref64)
                ref32 = ref.astype(F32)
            n += x.size
            # A result equal to float32(ref) has error <= 0.5 and any other result >= 0.5, so
            # ulp_error is only needed where y != float32(ref).  While no point has differed,
            # every CR_SAMPLE-th point is measured too (the max of an all-correctly-rounded sweep).
            differ = ~same_bits(y, ref32)
            n_differ += int(differ.sum())
            sel = differ
            if n_differ == 0:
                sel = np.zeros(x.size, bool)
                sel[::CR_SAMPLE] = True
            xs, ys, rs, r32 = x[sel], y[sel], ref[sel], ref32[sel]
            err = ulp_error(ys, rs)
            fin = np.isfinite(ys) & np.isfinite(r32)
            n_nonfinite += int((~fin & differ[sel] & ~(ys == r32)).sum())
            n_half += int((err > 0.5).sum())
            n_one += int((err > 1.0).sum())
            if fin.any():
                max_finite = max(max_finite, float(err[fin].max()))
            k = min(top, err.size)
            if k:
                idx = np.argpartition(-err, k - 1)[:k]
                best_x = np.concatenate([best_x, xs[idx]])
                best_y = np.concatenate([best_y, ys[idx]])
                best_e = np.concatenate([best_e, err[idx]])
                keep = np.argsort(-best_e, kind="stable")[:top]
                best_x, best_y, best_e = best_x[keep], best_y[keep], best_e[keep]
            bar.update(x.size, float(best_e[0]) if best_e.size else 0.0,
                       float(best_x[0]) if best_x.size else math.nan)
    finally:
        bar.close()
    seconds = time.perf_counter() - t0
    worst = [(float(a), float(b), float(e)) for a, b, e in zip(best_x, best_y, best_e)]
    # Re-check the worst points with mpmath (float64 references are off by ~2^-29 ulp).
    mp_errs = []
    for xv, yv, ev in worst:
        if flush:
            e = flush_error(xv, yv, lambda v: mp_reference(ref_mp, v))
            mp_errs.append(ev if e is None else e)
            continue
        r = mp_reference(ref_mp, xv)
        mp_errs.append(ev if r is None else float(ulp_error(np.float32(yv), np.float64(r))))
    i_mp = int(np.argmax(mp_errs)) if mp_errs else 0
    return VerifyReport(
        target=target, kind=kind, n_checked=n,
        max_ulp=float(best_e[0]) if n else 0.0,
        worst_x=worst[0][0] if worst else float("nan"),
        worst_y=worst[0][1] if worst else float("nan"),
        max_ulp_finite=max_finite, n_nonfinite_mismatch=n_nonfinite,
        n_over_half=n_half, n_over_one=n_one,
        max_ulp_mpmath=mp_errs[i_mp] if mp_errs else 0.0,
        worst_x_mpmath=worst[i_mp][0] if worst else float("nan"),
        worst=worst, seconds=seconds, subnormals=subnormals,
    )


def verify_exhaustive(fn: Callable, target_name: str, lo_bits: int = 0, hi_bits: int = N_ALL,
                      chunk: int = 2**22, progress: bool = True, order: str = "linear",
                      subnormals: str = "exact") -> VerifyReport:
    """Check full-range `fn` on every float32 whose bit pattern is in [lo_bits, hi_bits).

    Reference: the target's float64 function (np.exp, np.log, scipy erf); the worst 16
    points are re-checked with mpmath.  Default: all 2^32 inputs.  subnormals="flush":
    under flush-to-zero semantics (targets/flush.py).
    """
    target = get_target(target_name)
    return _sweep(fn, target.full_float64, target.full_mpmath, [(lo_bits, hi_bits)], target.name,
                  "full", chunk, progress, order, subnormals=subnormals)


def verify_kernel_domain(fn_kernel: Callable, target: Target | str, chunk: int = 2**22,
                         progress: bool = True, order: str = "linear", subnormals: str = "exact") -> VerifyReport:
    """Check `fn_kernel` on every float32 of the kernel domain of `target` (a Target or a name)
    against the kernel reference (np.exp / np.log1p / scipy erf; worst points via mpmath);
    `subnormals` as in verify_exhaustive."""
    t = get_target(target) if isinstance(target, str) else target
    return _sweep(fn_kernel, t.kernel_float64, t.kernel_mpmath, domain_bit_ranges(*t.domain), t.name,
                  "kernel", chunk, progress, order, subnormals=subnormals)


@dataclass
class ReductionRange:
    """Extremes of the kernel arguments a range reduction produced over a sweep."""

    target: str
    lo: float
    hi: float
    n_checked: int
    domain: tuple[float, float]

    @property
    def inside(self) -> bool:
        return self.domain[0] <= self.lo and self.hi <= self.domain[1]


def reduction_range(target_name: str, lo_bits: int = 0, hi_bits: int = N_ALL, chunk: int = 2**22,
                    progress: bool = True, piece: str = "kernel") -> ReductionRange:
    """Run the full-range template of `target_name` (targets/fullrange.py) over [lo_bits, hi_bits)
    up to the argument of a kernel slot; report the extremes of the values that slot receives
    and the default domain of the search target that fills it.

    `piece` 'kernel' is slot "core"; 'tail' is slot "tail" (targets with two kernels, e.g. erf,
    whose tail's domain is that of target NAME_tail).  Only lanes whose result depends on the
    slot's value count (found by running the template twice with stand-in kernel values, the
    slot's changed from 0.75 to 1.25): a template may compute a kernel on every lane and keep
    it on some."""
    from evolve.compose import bind, slots
    from evolve.interpret import evaluate_float32
    from evolve.program import KERNEL, Node, Program
    from targets.fullrange import full_range, template

    slot = {"kernel": "core", "tail": "tail"}.get(piece)
    info = full_range(target_name)
    if slot not in info.slots:
        raise ValueError(f"target {target_name!r} has no kernel piece {piece!r}")
    tmpl = template(target_name)
    arg = next(n.args[0] for n in tmpl.nodes if n.op == KERNEL and n.value == slot)
    prefix = Program(tmpl.nodes, arg).pruned()
    reduction = bind(prefix, {s: Program.identity() for s in slots(prefix)})
    def constant(value: float) -> Program:
        return Program((Node("x"), Node("const", (), value)), 1)

    plain = bind(tmpl, {s: constant(0.75) for s in slots(tmpl)})
    changed = bind(tmpl, {s: constant(1.25 if s == slot else 0.75) for s in slots(tmpl)})
    target = get_target(info.slots[slot])
    seen = [math.inf, -math.inf]
    bar = SweepProgress(f"reduction {target_name}", hi_bits - lo_bits, progress)
    n = 0
    try:
        for bits in sweep_order([(lo_bits, hi_bits)], chunk):
            x = bits.view(F32)
            with np.errstate(all="ignore"):
                a, b = evaluate_float32(plain, x), evaluate_float32(changed, x)
                # NaN inputs are the template's business (it returns a NaN), not a kernel argument
                used = ~same_bits(a, b) & ~np.isnan(x)
                v = evaluate_float32(reduction, x)[used]
            if np.isnan(v).any():
                seen[0] = seen[1] = math.nan
            elif v.size and not math.isnan(seen[0]):
                seen[0] = min(seen[0], float(v.min()))
                seen[1] = max(seen[1], float(v.max()))
            n += bits.size
            bar.update(bits.size, 0.0, 0.0)
    finally:
        bar.close()
    return ReductionRange(target_name, seen[0], seen[1], n, target.domain)
