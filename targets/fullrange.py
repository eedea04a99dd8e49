"""Full-range float32 exp, log, erf around a kernel: the numpy reference of the wrappers.

Each function takes `kernel` (float32 array -> float32 array, e.g.
`lambda r: evaluate_float32(program, r)`) and float32 inputs x, and follows
the reductions below.  codegen/wrappers.py emits the same algorithm in C and JAX, bit for bit.

Every step is float32 arithmetic or integer bit manipulation:
- exp: xc = clamp(x, -104, 89) (NaN fixed at the end), k = rint(float32(xc * float32(1/ln2))),
  r = (xc - k*LN2_HI) - k*LN2_LO.  LN2_HI has 15 significant bits and LN2_LO 17, so both
  products are exact for |k| <= 150 (the Cody-Waite step is the same with or without fma;
  `fma_float32` would give identical bits, tests check it), xc - k*LN2_HI is exact too, and
  |ln2 - LN2_HI - LN2_LO| * 150 < 2^-31.9.  exp(x) = p * 2^k with p = kernel(r), correctly
  rounded, in integer arithmetic on the bits (k in [-150, 128]): b = bits(p) + k * 2^23 is
  p * 2^k exactly when that is normal; b >= bits(inf) means overflow (inf); b < 2^23 (below
  2^-126) takes the subnormal: n = bits(from_bits(b + 149 * 2^23) + 2^23) - bits(2^23) is
  rint(p * 2^(k+149)) (a float add whose ulp is 1 rounds it), the subnormal's bits.  Exact for
  kernel values in [0.5, 2) (exp(r) is in [0.707, 1.415]; a kernel that leaves this range is
  wrong by more than 10^6 ULP anyway); C and JAX do the same bit steps, so they agree
  with this reference for any kernel.
- log: positive subnormal x is replaced by the integer of its bits (x * 2^149, exact) and
  k lowered by 149.  With u = bits - bits(0x1.6a09e6p-1): k = u >> 23 (arithmetic),
  m = from_bits((u & 0x7fffff) + bits(0x1.6a09e6p-1)) in [0x1.6a09e6p-1, 0x1.6a09e4p+0],
  f = m - 1 (exact, Sterbenz), log(x) = k*LN2_HI + (k*LN2_LO + kernel(f)), both products
  exact for |k| <= 149.  log(+-0) = -inf, log(x<0) = NaN, log(+inf) = inf, log(NaN) = NaN.
- erf: two kernels (targets/erf.py): |x| < 1: sign(x) * kernel(|x|) (a sign-bit xor: exact),
  1 <= |x| < C: sign(x) * tail(|x|), |x| >= C (incl. inf): sign(x).
  |x| < 2^-126 (zero, subnormal): erf(x) = 2/sqrt(pi) * x to within 2^-70 relative, computed
  on the integer n = bits(|x|) as n + rint(n * float32(2/sqrt(pi) - 1)) (no float op touches
  a subnormal, so JAX's flush-to-zero cannot change it; error <= 0.5 + 2^-3 ulp, measured
  0.571 over all 2^23 magnitudes).
subnormals="flush" models XLA's CPU flush-to-zero instead (codegen/jax_wrappers.py emits the
same): a subnormal input is read as a zero of its sign (exp: 1, log: -inf, erf: the core kernel
at +0 with x's sign) and exp's b < 2^23 gives +0; every other result is the "exact" one.
Lanes a kernel does not need get an in-domain stand-in (log: 1 -> f = 0; erf: t = 0 for the
core, t = 1 for the tail), so every kernel input lies in its default kernel domain (tests/verify
check this).
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from evolve.interpret import evaluate_float32

F32 = np.float32
I32 = np.int32

INV_LN2 = F32(float.fromhex("0x1.715476p+0"))
LN2_HI = F32(float.fromhex("0x1.62e4p-1"))
LN2_LO = F32(float.fromhex("0x1.7f7dp-20"))
EXP_CLAMP_LO = F32(-104.0)
EXP_CLAMP_HI = F32(89.0)
EXP_ROUND_SUB = F32(2.0**23)  # v + 2^23 rounds v in [0, 2^23] to an integer (ulp 1)
SQRT_HALF_BITS = 0x3F3504F3
ERF_C_BITS = 0x407AD445  # bits of targets.erf.C = 0x1.f5a88ap+1
ERF_SPLIT_BITS = 0x3F800000  # bits of targets.erf.SPLIT = 1.0
NEEDS_TAIL = frozenset({"erf"})  # targets whose full-range function takes a second (tail) kernel
ERF_TINY_C1 = F32(float.fromhex("0x1.06eba8p-3"))

SUBNORMAL_MODES = ("exact", "flush")

Kernel = Callable[[np.ndarray], np.ndarray]


def check_subnormals(subnormals: str) -> bool:
    """True for "flush", False for "exact"; ValueError for an unknown mode."""
    if subnormals not in SUBNORMAL_MODES:
        raise ValueError(f"unknown subnormals mode {subnormals!r}; known: {', '.join(SUBNORMAL_MODES)}")
    return subnormals == "flush"


def _prepare(x) -> tuple[np.ndarray, tuple]:
    x = np.asarray(x, dtype=F32)
    return np.ascontiguousarray(x.reshape(-1)), x.shape


def _call(kernel: Kernel, v: np.ndarray) -> np.ndarray:
    p = np.asarray(kernel(v), dtype=F32)
    return np.broadcast_to(p, v.shape)


def _f32_from_bits(bits: np.ndarray) -> np.ndarray:
    return np.asarray(bits, dtype=I32).view(F32)


def full_exp(kernel: Kernel, x, subnormals: str = "exact") -> np.ndarray:
    """exp(x) for float32 x: 2^k * kernel(r) with x = k*ln2 + r (see module docstring)."""
    flush = check_subnormals(subnormals)
    x, shape = _prepare(x)
    with np.errstate(all="ignore"):
        xc = np.where(x > EXP_CLAMP_LO, x, EXP_CLAMP_LO)  # NaN -> clamp value
        xc = np.where(xc < EXP_CLAMP_HI, xc, EXP_CLAMP_HI)
        kf = np.rint(xc * INV_LN2)
        r = (xc - kf * LN2_HI) - kf * LN2_LO
        p = _call(kernel, r)
        b = p.view(I32) + (kf.astype(I32) << 23)
        n = (_f32_from_bits(b + I32(149 << 23)) + EXP_ROUND_SUB).view(I32) - EXP_ROUND_SUB.view(I32)
        b = np.where(b < 0x00800000, I32(0) if flush else n, np.minimum(b, I32(0x7F800000)))
        y = np.where(x == x, _f32_from_bits(b), x + x)
    return y.astype(F32).reshape(shape)


def full_log(kernel: Kernel, x, subnormals: str = "exact") -> np.ndarray:
    """log(x) for float32 x: k*ln2 + kernel(m - 1) with x = 2^k * m (see module docstring)."""
    flush = check_subnormals(subnormals)
    x, shape = _prepare(x)
    with np.errstate(all="ignore"):
        ix = x.view(I32)
        zero = I32(0x00800000 if flush else 1)  # magnitudes below this are zeros
        sub = (ix > 0) & (ix < 0x00800000) & (not flush)
        valid = (ix >= zero) & (ix < 0x7F800000)
        iy = np.where(sub, ix.astype(F32).view(I32), ix)
        iy = np.where(valid, iy, I32(0x3F800000))
        u = iy - I32(SQRT_HALF_BITS)
        k = (u >> 23) + np.where(sub, I32(-149), I32(0))
        f = _f32_from_bits((u & I32(0x007FFFFF)) + I32(SQRT_HALF_BITS)) - F32(1.0)
        p = _call(kernel, f)
        kf = k.astype(F32)
        y = kf * LN2_HI + (kf * LN2_LO + p)
        special = np.where((ix & I32(0x7FFFFFFF)) < zero, F32(-np.inf),
                           np.where(ix < 0, F32(np.nan), x + x))
        y = np.where(valid, y, special)
    return y.astype(F32).reshape(shape)


def full_erf(kernel: Kernel, x, tail: Kernel | None = None, subnormals: str = "exact") -> np.ndarray:
    """erf(x) for float32 x: sign(x) * kernel(|x|) below 1, sign(x) * tail(|x|) on [1, C),
    sign(x) from C on (see module docstring)."""
    flush = check_subnormals(subnormals)
    if tail is None:
        raise ValueError("erf needs two kernels: the core on [0, 1) and the tail on [1, C]")
    x, shape = _prepare(x)
    with np.errstate(all="ignore"):
        ix = x.view(I32)
        ax = ix & I32(0x7FFFFFFF)
        tiny = ax < 0x00800000
        mid = (ax >= 0x00800000) & (ax < ERF_SPLIT_BITS)
        high = (ax >= ERF_SPLIT_BITS) & (ax < ERF_C_BITS)
        p = _call(kernel, np.where(mid, ax.view(F32), F32(0.0))).view(I32)
        q = _call(tail, np.where(high, ax.view(F32), F32(1.0))).view(I32)
        small = ax + np.rint(ax.astype(F32) * ERF_TINY_C1).astype(I32)
        # flush: a tiny lane's stand-in 0 is its flushed input, so it keeps kernel(+0).
        mag = np.where(tiny, p if flush else small, np.where(mid, p, np.where(high, q, I32(0x3F800000))))
        y = (mag ^ (ix & I32(-(2**31)))).view(F32)
        y = np.where(ax <= 0x7F800000, y, x + x)
    return y.astype(F32).reshape(shape)


def check_tail(target_name: str, tail) -> None:
    """Raise ValueError unless `tail` is given exactly for the targets that need one."""
    if target_name in NEEDS_TAIL and tail is None:
        raise ValueError(f"the full-range {target_name} needs a tail kernel (e.g. `evolve export ... "
                         f"--tail-run RUN_DIR` with a run of target {target_name}_tail)")
    if target_name not in NEEDS_TAIL and tail is not None:
        raise ValueError(f"the full-range {target_name} takes one kernel; a tail was given")


FULL_RANGE: dict[str, Callable[[Kernel, np.ndarray], np.ndarray]] = {
    "exp": full_exp,
    "log": full_log,
    "erf": full_erf,
}


def full_range_function(target_name: str, program, tail=None,
                        subnormals: str = "exact") -> Callable[[np.ndarray], np.ndarray]:
    """The full-range float32 function of `target_name` with `program` (a Program) as kernel,
    and `tail` (a Program) as its second kernel where the target has one (erf); `subnormals`
    "exact" or "flush" (see the module docstring)."""
    try:
        wrapper = FULL_RANGE[target_name]
    except KeyError:
        raise ValueError(f"no full-range wrapper for target {target_name!r}; "
                         f"known: {', '.join(sorted(FULL_RANGE))}") from None
    check_tail(target_name, tail)
    check_subnormals(subnormals)
    extra = {"subnormals": subnormals} | ({} if tail is None else {"tail": lambda v: evaluate_float32(tail, v)})

    def fn(x):
        return wrapper(lambda v: evaluate_float32(program, v), x, **extra)

    fn.__name__ = f"full_{target_name}"
    return fn
