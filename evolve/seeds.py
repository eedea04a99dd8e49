"""Seed programs: the identity f(x) = x and polynomial/rational structures built from fma.

Seeds are structures; their constants are placeholders (each polynomial starts as 1)
that constant fitting trains.  `SEEDS` maps a name to a builder taking keyword options.
"""
from __future__ import annotations

import numpy as np

from evolve.program import Node, Program

MAX_DEGREE = 64  # far above any useful float32 kernel; keeps a typo from building a huge seed


class _Builder:
    def __init__(self):
        self.nodes = [Node("x")]

    def add(self, op: str, *args: int, value: float | None = None) -> int:
        self.nodes.append(Node(op, tuple(args), value))
        return len(self.nodes) - 1

    def const(self, value: float) -> int:
        return self.add("const", value=value)

    def horner(self, var: int, degree: int) -> int:
        """P(var) of `degree` by Horner's rule with fma; P starts as the constant 1
        (constant term 1, others 0), a neutral start for fitting P and for P/Q."""
        acc = self.const(0.0 if degree else 1.0)
        for k in range(degree):
            acc = self.add("fma", acc, var, self.const(1.0 if k == degree - 1 else 0.0))
        return acc

    def program(self, output: int) -> Program:
        return Program(tuple(self.nodes), output).pruned()


def identity() -> Program:
    """f(x) = x, the seed of AutoNumerics-Zero."""
    return Program.identity()


def polynomial(degree: int, form: str = "plain", center: float | None = None) -> Program:
    """A Horner polynomial seed.

    form 'plain': P(x), or P(x - center) when `center` is given (a polynomial on an
    interval away from 0: the shift keeps Horner's partial sums small; the center is a
    constant the fit may move); 'x_times': x*P(x) (functions vanishing at 0, e.g. log1p);
    'x_plus': x + x^2*P(x) (f(0) = 0, f'(0) = 1: log1p, expm1 - the final add keeps
    the leading term exact); 'odd': x*P(x^2) (odd functions, e.g. erf); 'odd_plus':
    x + x*P(x^2) as one fma (odd functions with f(x) ~ c*x, c near 1: the final fma
    rounds once and P's own rounding error is scaled down by |P| / |1 + P|).
    `degree` is the degree of P.
    """
    if not 0 <= degree <= MAX_DEGREE:
        raise ValueError(f"polynomial degree must be in [0, {MAX_DEGREE}], got {degree!r}")
    if center is not None and form != "plain":
        raise ValueError("polynomial 'center' only goes with form 'plain'")
    b = _Builder()
    if form == "plain":
        if center is None:
            return b.program(b.horner(0, degree))
        shifted = b.add("sub", 0, b.const(float(np.float32(center))))
        return b.program(b.horner(shifted, degree))
    if form == "x_times":
        return b.program(b.add("mul", b.horner(0, degree), 0))
    if form == "x_plus":
        x2 = b.add("mul", 0, 0)
        return b.program(b.add("fma", x2, b.horner(0, degree), 0))
    if form == "odd":
        x2 = b.add("mul", 0, 0)
        return b.program(b.add("mul", b.horner(x2, degree), 0))
    if form == "odd_plus":
        x2 = b.add("mul", 0, 0)
        return b.program(b.add("fma", b.horner(x2, degree), 0, 0))
    raise ValueError(f"unknown polynomial form {form!r}; known: plain, x_times, x_plus, odd, odd_plus")


def rational(num_degree: int, den_degree: int, form: str = "plain") -> Program:
    """A rational seed P(v)/Q(v) with v = x ('plain') or x*P(x^2)/Q(x^2) ('odd')."""
    if not (0 <= num_degree <= MAX_DEGREE and 1 <= den_degree <= MAX_DEGREE):
        raise ValueError(f"rational needs 0 <= num_degree <= {MAX_DEGREE} and 1 <= den_degree <= {MAX_DEGREE}")
    b = _Builder()
    var = b.add("mul", 0, 0) if form == "odd" else 0
    if form not in ("plain", "odd"):
        raise ValueError(f"unknown rational form {form!r}; known: plain, odd")
    q = b.horner(var, den_degree)
    p = b.horner(var, num_degree)
    out = b.add("div", p, q)
    if form == "odd":
        out = b.add("mul", out, 0)
    return b.program(out)


SEEDS = {"identity": identity, "polynomial": polynomial, "rational": rational}


def build_seed(spec) -> Program:
    """Build a seed from a config entry: 'identity', {'polynomial': {...}}, {'rational': {...}},
    or {'program': '<text form>'}."""
    from evolve.serialize import from_text

    if isinstance(spec, str):
        spec = {spec: {}}
    if not isinstance(spec, dict) or len(spec) != 1:
        raise ValueError(f"a seed must be a name or a one-key mapping, got {spec!r}")
    (name, options), = spec.items()
    if name == "program":
        if not isinstance(options, str):
            raise ValueError(f"seed 'program' takes the program's text form as a string, got {options!r}")
        return from_text(options)
    if name not in SEEDS:
        raise ValueError(f"unknown seed {name!r}; known: program, {', '.join(sorted(SEEDS))}")
    if options is not None and not isinstance(options, dict):
        raise ValueError(f"the options of seed {name!r} must be a mapping, got {options!r}")
    try:
        return SEEDS[name](**(options or {}))
    except TypeError as e:
        raise ValueError(f"bad options for seed {name!r}: {e}") from None
