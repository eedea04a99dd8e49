"""Fit gelu's two kernels in float64 and write them as seed programs (issue 19).

Reproducible: `python experiments/gelu_fit.py` prints, for each kernel, its program text (the
`seeds: - {program: ...}` of experiments/gelu.yaml and experiments/gelu_tail.yaml), its float32
error measured here, and the template constants that go with the tail kernel.

core, SCALE * gelu on [-1, 1] (SCALE = 1 in the exported kernel; with 2^24 the template would
    apply ldexp(core(t), -24), so that no float op of the kernel gives a subnormal for a normal x):
    gelu(x) = x/2 + e0 x^2 + x^4 R(x^2), e0 = 1/sqrt(2 pi); every constant below is times SCALE.  In float32
    y = x*x, yl = fma(x, x, -y), y2 = y*y, y2l = fma(y, y, -y2)  (x^2 = y + yl, y^2 = y2 + y2l)
    ph = y * E0HI, pl = fma(y, E0HI, -ph)  (y E0HI = ph + pl exactly)
    s = x/2 + ph, err = ph - (s - x/2)     (Fast2Sum: |x/2| >= |ph| for |x| <= 1.25, so exact)
    low = (err + pl) + fma(y2l, R, fma(yl, fma(2y, R, E0HI), y E0LO))   (tiny)
    gelu = s + fma(y2, R, low)
  one rounding of gelu's size (the last), and none of x/2's size where x/2 + x^2 e0 cancels.
tail, c(u) = kappa G(u) - 1 on [1, 14.5], G(u) = u Q(u) e^(u^2/2), kappa = 1/G(U0): c is in
    [-0.21, 0.21] and its error enters the template's T = (1 + c)(1 + q)(1 + v) as an absolute
    error (about 2^-26 per ulp of c), not as the ulp of a rounded G.  c = (u - U0) H(u) with
    u - U0 exact and H = P/Q a rational with positive coefficients (fitted by Loeb / Lawson
    iterations on the relative error of H).
"""
from __future__ import annotations

import math

import mpmath as mp
import numpy as np
from scipy.special import erfcx

U0 = 1.875  # c's zero: kappa G(u) = 1 there (few significant bits: u - U0 is exact)
SCALE = 1.0  # the core returns SCALE * gelu (2.0**24 keeps its float ops normal; the export uses 1)
TAIL_DOMAIN = (1.0, 14.5)
E0 = 1 / math.sqrt(2 * math.pi)
E0HI = float(np.float32(E0))
E0LO = float(np.float32(E0 - E0HI))


def g64(u):
    """G(u) = u Q(u) e^(u^2/2) = u erfcx(u / sqrt 2) / 2 in float64."""
    u = np.asarray(u, np.float64)
    return u * erfcx(u / math.sqrt(2)) / 2


def kappa() -> mp.mpf:
    """1 / G(U0) to 30 digits."""
    with mp.workdps(30):
        u = mp.mpf(U0)
        return 1 / (u * mp.erfc(u / mp.sqrt(2)) * mp.exp(u * u / 2) / 2)


def template_constants() -> dict:
    """C = float32(64 ln2 - ln kappa) and D = (64 ln2 - ln kappa) - C (the exponent's low part)."""
    with mp.workdps(30):
        exact = 64 * mp.log(2) - mp.log(kappa())
        c = float(np.float32(float(exact)))
        return {"kappa": mp.nstr(kappa(), 20), "C": c, "C_hex": float.hex(c), "D": float(np.float32(float(exact - c)))}


def fit_rational(x, f, num: int, den: int, rounds: int = 60):
    """P/Q ~ f on points x (Q(0) = 1), minimax in relative error by Loeb + Lawson iterations."""
    scale = np.max(np.abs(x))
    s = x / scale
    w = np.ones_like(x)
    qprev = np.ones_like(x)
    best = None
    for _ in range(rounds):
        cols = [s ** i for i in range(num + 1)] + [-f * s ** j for j in range(1, den + 1)]
        a = np.stack(cols, axis=1) * (np.sqrt(w) / (np.abs(f) * qprev))[:, None]
        b = f * np.sqrt(w) / (np.abs(f) * qprev)
        sol = np.linalg.lstsq(a, b, rcond=None)[0]
        p = sol[:num + 1] / scale ** np.arange(num + 1)
        q = np.concatenate([[1.0], sol[num + 1:] / scale ** np.arange(1, den + 1)])
        qv = np.polyval(q[::-1], x)
        err = np.polyval(p[::-1], x) / qv / f - 1
        m = np.max(np.abs(err))
        if best is None or m < best[0]:
            best = (m, p, q)
        qprev = np.abs(qv)
        w = w * np.abs(err) / np.mean(w * np.abs(err))
    return best


def horner_lines(coefs, var: str, start: int, lines: list[str]) -> int:
    """Append `vN = const` / `vN = fma ...` lines evaluating sum coefs[i] var^i; returns the result's index."""
    n = start
    lines.append(f"v{n} = const {float.hex(float(np.float32(coefs[-1])))}")
    acc = n
    n += 1
    for c in coefs[-2::-1]:
        lines.append(f"v{n} = const {float.hex(float(np.float32(c)))}")
        lines.append(f"v{n + 1} = fma v{acc} {var} v{n}")
        acc, n = n + 1, n + 2
    return acc


def fmt(text: str) -> str:
    """Program text normalized by the engine's own printer (short hex constants, decimal comments)."""
    from evolve.serialize import from_text, to_text

    return to_text(from_text(text))


def tail_program(p, q) -> str:
    """c(u) = (u - U0) * P(u) / Q(u) as program text."""
    lines = ["v0 = x", f"v1 = const {float.hex(U0)}", "v2 = sub v0 v1"]
    pn = horner_lines(p, "v0", 3, lines)
    qn = horner_lines(q, "v0", pn + 1, lines)
    lines.append(f"v{qn + 1} = div v{pn} v{qn}")
    lines.append(f"v{qn + 2} = mul v2 v{qn + 1}")
    lines.append(f"return v{qn + 2}")
    return fmt("\n".join(lines))


def core_coefficients(degree: int):
    """R(y) ~ (E(y) - e0) / y on y in [0, 1] (E(x^2) = (Phi(x) - 1/2) / x), minimax in the
    absolute error of x^4 R relative to |gelu(x)|, by Lawson iterations."""
    x = np.cos(np.linspace(0, np.pi, 4001)) * 0.5 + 0.5  # x in [0, 1]
    x = x[x > 1e-3]
    with mp.workdps(40):
        r = np.array([float((mp.ncdf(mp.mpf(v)) - mp.mpf(1) / 2 - mp.mpf(v) / mp.sqrt(2 * mp.pi))
                            / mp.mpf(v) ** 3) for v in x])
    y = x * x
    weight = x ** 4 / (x * (0.5 - 0.35 * x))  # |d gelu| per unit of R, over |gelu(-x)|
    w = np.ones_like(y)
    best = None
    for _ in range(60):
        a = np.stack([y ** i for i in range(degree + 1)], axis=1) * (weight * np.sqrt(w))[:, None]
        c = np.linalg.lstsq(a, r * weight * np.sqrt(w), rcond=None)[0]
        err = (np.polyval(c[::-1], y) - r) * weight
        m = np.max(np.abs(err))
        if best is None or m < best[0]:
            best = (m, c)
        w = w * np.abs(err) / np.mean(w * np.abs(err))
    return best


def core_program(c) -> str:
    """The core kernel as program text (module docstring)."""
    lines = ["v0 = x", "v1 = mul v0 v0", "v2 = const -0x1p+0", "v3 = mul v1 v2",
             "v4 = fma v0 v0 v3",                                        # yl: x^2 = y + yl
             "v5 = mul v1 v1", "v6 = mul v5 v2", "v7 = fma v1 v1 v6"]   # y2, y2l: y^2 = y2 + y2l
    c = [v * SCALE for v in c]
    rn = horner_lines(c, "v1", 8, lines)                                 # SCALE R(y)
    n = rn + 1
    lines += [f"v{n} = add v1 v1", f"v{n + 1} = const {float.hex(E0HI * SCALE)}",
              f"v{n + 2} = fma v{n} v{rn} v{n + 1}",                    # e0 + 2 y R
              f"v{n + 3} = const {float.hex(E0LO * SCALE)}", f"v{n + 4} = mul v1 v{n + 3}",
              f"v{n + 5} = fma v4 v{n + 2} v{n + 4}",                   # yl (e0 + 2yR) + y e0lo
              f"v{n + 6} = fma v7 v{rn} v{n + 5}",                      # + y2l R
              f"v{n + 7} = const {float.hex(SCALE / 2)}", f"v{n + 8} = mul v0 v{n + 7}",  # h = x/2
              f"v{n + 9} = mul v1 v{n + 1}",                            # ph = y E0HI
              f"v{n + 10} = mul v{n + 9} v2",
              f"v{n + 11} = fma v1 v{n + 1} v{n + 10}",                 # pl = y E0HI - ph, exact
              f"v{n + 12} = add v{n + 8} v{n + 9}",                     # s = h + ph
              f"v{n + 13} = sub v{n + 12} v{n + 8}",
              f"v{n + 14} = sub v{n + 9} v{n + 13}",                    # s's error (|h| >= |ph|: exact)
              f"v{n + 15} = add v{n + 14} v{n + 11}",
              f"v{n + 16} = add v{n + 15} v{n + 6}",                    # the low parts
              f"v{n + 17} = fma v5 v{rn} v{n + 16}",                    # small = y2 R + low parts
              f"v{n + 18} = add v{n + 12} v{n + 17}", f"return v{n + 18}"]
    return fmt("\n".join(lines))


def float32_ulp_error(program_text: str, x: np.ndarray, ref: np.ndarray, absolute: float | None = None):
    """Max error of the program on float32 inputs x against float64 `ref`: in ulps of ref, or in
    units of `absolute` when given."""
    from evolve.interpret import evaluate_float32
    from evolve.serialize import from_text
    from targets.ulp import max_ulp_error

    with np.errstate(all="ignore"):
        y = evaluate_float32(from_text(program_text), x.astype(np.float32)).astype(np.float64)
    if absolute is not None:
        return np.max(np.abs(y - ref)) / absolute
    return max_ulp_error(y, ref)


def gelu64(x):
    from scipy.special import erfc

    x = np.asarray(x, np.float64)
    return x * erfc(-x / math.sqrt(2)) / 2


def main(stride: int = 64) -> None:
    kap = float(kappa())
    print("template constants (tail pieces):", template_constants())
    lo, hi = (np.float32(v).view(np.int32) for v in TAIL_DOMAIN)
    u = np.arange(lo, hi + 1, stride, dtype=np.int32).view(np.float32)
    ref_c = kap * g64(u) - 1
    xs = np.linspace(*TAIL_DOMAIN, 6000)
    keep = np.abs(xs - U0) > 1e-3
    xs = xs[keep]
    h = (kap * g64(xs) - 1) / (xs - U0)
    for num, den in ((4, 4), (4, 5), (5, 5), (5, 6), (6, 6)):
        m, p, q = fit_rational(xs, h, num, den)
        text = tail_program(p, q)
        err = float32_ulp_error(text, u, ref_c, absolute=2.0**-26)
        positive = bool(np.all(p > 0) and np.all(q > 0))
        print(f"tail ({num},{den}): H rel err {m:.3g}, float32 |c err| {err:.3f} x 2^-26, positive {positive}")
        if (num, den) == (4, 5):
            tail_text = text
    print("tail program (4, 5):\n" + tail_text)
    lo, hi = np.float32(-1.0).view(np.int32), np.float32(1.0).view(np.int32)
    x = np.concatenate([np.arange(np.int32(0), hi + 1, stride, dtype=np.int32).view(np.float32),
                        -np.arange(np.int32(0), hi + 1, stride, dtype=np.int32).view(np.float32)])
    x = x[np.abs(x) > 2.0**-60]
    ref = gelu64(x) * SCALE
    for degree in (4, 5, 6, 7):
        m, c = core_coefficients(degree)
        text = core_program(c)
        print(f"core degree {degree}: fit {m:.3g}, float32 max {float32_ulp_error(text, x, ref):.4f} ULP")
        if degree == 4:
            core_text = text
    print("core program (degree 4):\n" + core_text)


if __name__ == "__main__":
    main()
