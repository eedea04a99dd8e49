"""The erf designs experiments/erf_design.py measures, as programs and JAX functions: fitted
rationals (erf_fits) built as the project's programs, and the probes timed against jax's erf
(XLA's minimal wrapper around one rational, per-lane coefficients, one divide shared by two
rational kernels)."""
from __future__ import annotations

import numpy as np

from evolve.program import Node, Program, to_float32
from evolve.seeds import rational
from targets.erf import SPLIT, C


def rational_program(p_c: np.ndarray, q_c: np.ndarray) -> Program:
    """The project's odd rational seed (x P(x^2)/Q(x^2), Horner with fma) with these
    coefficients (float32-rounded); its constants run Q high-to-low, then P high-to-low."""
    seed = rational(len(p_c) - 1, len(q_c) - 1, "odd")
    return seed.with_constants(np.concatenate([q_c[::-1], p_c[::-1]]).astype(np.float32))


def _horner(nodes: list, var: int, coeffs, monic: bool = False) -> int:
    """Append Horner's rule (fma) for the polynomial with float64 `coeffs` (low to high) in node
    `var`; monic: divided by its top coefficient first, so the first step is var + c (an add)."""
    c = np.asarray(coeffs, dtype=np.float64)[::-1]
    if monic:
        c = c / c[0]

    def const(v):
        nodes.append(Node("const", value=to_float32(v)))
        return len(nodes) - 1

    if monic:
        nodes.append(Node("add", (var, const(c[1]))))
        c = c[1:]
    else:
        nodes.append(Node("const", value=to_float32(c[0])))
    for v in c[1:]:
        nodes.append(Node("fma", (len(nodes) - 1, var, const(v))))
    return len(nodes) - 1


def tail_rational_program(t0: float, r_c, q_c, monic: bool = False) -> Program:
    """erf's tail as c + u P(u)/Q(u), u = t - t0, with c = R(0) and P = (R - cQ)/u from a
    `tail_rational_fit` (the divide's result is a correction, so its rounding reaches the
    result scaled down by |u P/Q|); monic: P and Q divided by Q's top coefficient."""
    r_c, q_c = np.asarray(r_c, dtype=np.float64), np.asarray(q_c, dtype=np.float64)
    c = r_c[0]
    p_c = (r_c - c * np.pad(q_c, (0, r_c.size - q_c.size)))[1:]
    if monic:
        p_c = p_c / q_c[-1]
    nodes = [Node("x"), Node("const", value=to_float32(t0))]
    nodes.append(Node("sub", (0, 1)))
    u = len(nodes) - 1
    p = _horner(nodes, u, p_c)
    q = _horner(nodes, u, q_c, monic)
    nodes += [Node("div", (p, q)), Node("const", value=to_float32(c))]
    nodes.append(Node("fma", (len(nodes) - 2, u, len(nodes) - 1)))
    return Program(tuple(nodes), len(nodes) - 1)


def core_rational_program(r_c, q_c) -> Program:
    """erf's core as t + t R(s)/Q(s), s = t^2 (one final fma), from `fit_core_rational`."""
    nodes = [Node("x"), Node("mul", (0, 0))]
    p = _horner(nodes, 1, r_c)
    q = _horner(nodes, 1, q_c)
    nodes.append(Node("div", (p, q)))
    nodes.append(Node("fma", (len(nodes) - 1, 0, 0)))
    return Program(tuple(nodes), len(nodes) - 1)


def per_lane_probe(fetch: str, pieces: int = 8, degree: int = 6):
    """A cost probe, not an erf: a piecewise polynomial on [0, 4) whose coefficients each lane
    fetches for its own piece, by `fetch` = "gather" (table[i]) or "select" (a where-chain).
    The cost of the design that would run one short kernel per lane instead of two."""
    import jax.numpy as jnp

    rng = np.random.default_rng(0)
    tables = [jnp.asarray(rng.uniform(0.1, 0.2, pieces).astype(np.float32)) for _ in range(degree + 1)]

    def coefficient(table, i):
        if fetch == "gather":
            return table[i]
        c = table[0]  # a where-chain on i >= k (the compares are shared by all coefficients);
        for k in range(1, pieces):  # jnp.select is dearer: XLA builds it from a stack and a reduce
            c = jnp.where(i >= k, table[k], c)
        return c

    def f(x):
        t = jnp.abs(x)
        i = jnp.minimum((t * jnp.float32(pieces / 4)).astype(jnp.int32), pieces - 1)
        u = t - i.astype(jnp.float32) * jnp.float32(4 / pieces)
        acc = coefficient(tables[0], i)
        for table in tables[1:]:
            acc = acc * u + coefficient(table, i)
        return jnp.copysign(acc, x)
    return f


def epilogue_parts(prog: Program) -> tuple[Program, ...]:
    """N, D, A, B of a program whose output is fma(N / D, A, B), each as a program of its own."""
    out = prog.nodes[prog.output]
    if out.op != "fma" or prog.nodes[out.args[0]].op != "div":
        raise ValueError("the shared-divide probe needs programs ending in fma(N / D, A, B)")
    n, d = prog.nodes[out.args[0]].args
    return tuple(Program(prog.nodes, i).pruned() for i in (n, d, out.args[1], out.args[2]))


def shared_divide_erf(core: Program, tail: Program):
    """A probe: erf from two kernels that each end in fma(N / D, A, B), with ONE divide for both:
    each lane selects its kernel's N, D, A, B and divides once (lane by lane the same operations
    as the two kernels with their own divides, so the same bits); flush wrapper, no jvp."""
    import jax
    import jax.numpy as jnp
    from codegen.jax_emitter import jax_kernel

    parts = [[jax_kernel(p, jit=False) for p in epilogue_parts(k)] for k in (core, tail)]

    def f(x):
        ix = jax.lax.bitcast_convert_type(x, jnp.int32)
        ax = ix & 0x7FFFFFFF
        t = jax.lax.bitcast_convert_type(ax, jnp.float32)
        in_core = ax < jnp.float32(SPLIT).view(np.int32)
        n, d, a, b = (jnp.where(in_core, c(t), tl(t)) for c, tl in zip(*parts))
        y = jax.lax.bitcast_convert_type((n / d) * a + b, jnp.int32)  # one fma, as XLA fuses it
        mag = jnp.where(t >= jnp.float32(C), jnp.float32(1.0).view(np.int32), y)
        return jax.lax.bitcast_convert_type(mag ^ (ix & jnp.int32(-2**31)), jnp.float32)
    return f


def minimal_rational_erf(kernel):
    """XLA's wrapper around a rational kernel: sign(x) for |x| >= C, else sign(x) kernel(|x|)."""
    import jax.numpy as jnp

    def f(x):
        t = jnp.abs(x)
        return jnp.where(t < jnp.float32(C), jnp.copysign(kernel(t), x), jnp.copysign(jnp.float32(1.0), x))
    return f
