"""Evaluators used by constant fitting, with the constants passed as a vector.

`Smooth` runs a program in float64 with free (non-float32) constants and returns
its residuals in float32 ulps together with their exact Jacobian (forward-mode
differentiation; finite differences for ops without a rule here).  `Float32Objective`
scores float32 constant vectors on the real objective, the float32 max-ULP error,
recomputing after a one-constant change only the nodes that depend on that constant.
Its float32 semantics are those of evolve.interpret.evaluate_float32 (same op
functions, same rounding points); fit_constants re-checks its result with that.
"""
from __future__ import annotations

import numpy as np

from evolve.ops import get_op
from evolve.program import Program
from targets.ulp import ulp_error, ulp_unit

BIG = 1e30  # stands in for a NaN/inf residual (ulps), so optimizers stay finite


def _fd_free_ops(program: Program) -> bool:
    return all(n.op in _TANGENT_RULES or n.op in ("x", "const") for n in program.nodes)


# Tangent rules, in place: out = d(op)/d(constants) from the args' values v and tangents t
# (None = no dependence on any constant); `tmp` is scratch of out's shape.
def _t_add(v, t, out, tmp):
    _acc(out, t[0], None, 1.0, first=True)
    _acc(out, t[1], None, 1.0)


def _t_sub(v, t, out, tmp):
    _acc(out, t[0], None, 1.0, first=True)
    _acc(out, t[1], None, -1.0)


def _t_mul(v, t, out, tmp):
    _acc(out, t[0], v[1], 1.0, first=True, tmp=tmp)
    _acc(out, t[1], v[0], 1.0, tmp=tmp)


def _t_div(v, t, out, tmp):
    q = v[0] / v[1]
    _acc(out, t[0], None, 1.0, first=True)
    _acc(out, t[1], -q, 1.0, tmp=tmp)
    out /= v[1]


def _t_fma(v, t, out, tmp):
    _acc(out, t[0], v[1], 1.0, first=True, tmp=tmp)
    _acc(out, t[1], v[0], 1.0, tmp=tmp)
    _acc(out, t[2], None, 1.0)


def _acc(out, t, factor, sign, first=False, tmp=None):
    """out (+)= sign * t * factor, without allocating (fresh memory is slow in some sandboxes)."""
    if first:
        out.fill(0.0)
    if t is None:
        return
    if factor is None:
        if sign > 0:
            out += t
        else:
            out -= t
        return
    np.multiply(t, factor, out=tmp)
    out += tmp


_TANGENT_RULES = {"add": _t_add, "sub": _t_sub, "mul": _t_mul, "div": _t_div, "fma": _t_fma}


class Smooth:
    """Float64 residuals (program(x) - ref) / ulp_unit(ref) and their Jacobian in the constants.

    Points whose reference is not finite are left out (they carry no smooth signal).
    Non-finite residuals become BIG and their Jacobian rows zero.  Tangent buffers
    are allocated once and reused across calls.
    """

    def __init__(self, program: Program, x: np.ndarray, ref: np.ndarray):
        ref = np.asarray(ref, dtype=np.float64)
        keep = np.isfinite(ref)
        self.program = program
        self.x = np.asarray(x, dtype=np.float32)[keep].astype(np.float64)
        self.ref = ref[keep]
        self.inv_unit = 1.0 / ulp_unit(self.ref)
        self.order = np.argsort(self.x, kind="stable")
        self.work = None  # minimax working set (point indices), carried between refits
        self.const_idx = program.const_indices()
        self.exact_jacobian = _fd_free_ops(program)
        n, k = self.x.size, len(self.const_idx)
        self._slot = {node: j for j, node in enumerate(self.const_idx)}
        self._tan: list = [None] * len(program.nodes)
        if self.exact_jacobian:
            dep = [False] * len(program.nodes)  # depends on some constant
            for i, node in enumerate(program.nodes):
                if node.op == "const":
                    dep[i] = True
                    t = np.zeros((k, n))
                    t[self._slot[i]] = 1.0
                    self._tan[i] = t
                elif node.op != "x":
                    dep[i] = any(dep[a] for a in node.args)
                    if dep[i]:
                        self._tan[i] = np.empty((k, n))
            self._tmp = np.empty((k, n))

    def _forward(self, consts: np.ndarray, want_tangent: bool):
        n = self.x.size
        vals: list = []
        for i, node in enumerate(self.program.nodes):
            if node.op == "x":
                v = self.x
            elif node.op == "const":
                v = np.full(n, consts[self._slot[i]])
            else:
                args = [vals[a] for a in node.args]
                v = np.broadcast_to(np.asarray(get_op(node.op).float64(*args), dtype=np.float64), (n,))
                if want_tangent and self._tan[i] is not None:
                    _TANGENT_RULES[node.op](args, [self._tan[a] for a in node.args], self._tan[i], self._tmp)
            vals.append(v)
        return vals[self.program.output], self._tan[self.program.output]

    def residuals(self, consts: np.ndarray) -> np.ndarray:
        """Residuals in ulps (BIG where the program is not finite)."""
        with np.errstate(all="ignore"):
            y, _ = self._forward(np.asarray(consts, dtype=np.float64), False)
            r = (y - self.ref) * self.inv_unit
        return np.where(np.isfinite(r), r, BIG)

    def residuals_and_jacobian(self, consts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(residuals (n,), Jacobian (n, k), a fresh array); rows of non-finite residuals are zero."""
        consts = np.asarray(consts, dtype=np.float64)
        k = consts.size
        with np.errstate(all="ignore"):
            if self.exact_jacobian:
                y, t = self._forward(consts, True)
                r = (y - self.ref) * self.inv_unit
                jac = np.zeros((self.x.size, k)) if t is None else (t * self.inv_unit).T
            else:
                r = self.residuals(consts)
                jac = np.empty((self.x.size, k))
                for j in range(k):  # central differences, one constant at a time
                    h = 1e-7 * max(abs(consts[j]), 1e-3)
                    up, dn = consts.copy(), consts.copy()
                    up[j] += h
                    dn[j] -= h
                    jac[:, j] = (self.residuals(up) - self.residuals(dn)) / (2 * h)
        bad = ~np.isfinite(r) | (np.abs(r) >= BIG) | ~np.isfinite(jac).all(axis=1)
        if bad.any():
            r = np.where(bad, BIG, r)
            jac[bad] = 0.0
        return r, jac


class Float32Objective:
    """Float32 max-ULP error of the program as a function of its float32 constants."""

    def __init__(self, program: Program, x: np.ndarray, ref: np.ndarray):
        self.program = program
        self.x = np.asarray(x, dtype=np.float32)
        self.ref = np.asarray(ref, dtype=np.float64)
        self.const_idx = program.const_indices()
        self.evals = 0
        # ulp_error's plain case, |y - ref| / unit, done here with the unit precomputed;
        # points with a special reference (NaN, or rounding to inf) go through ulp_error itself
        with np.errstate(all="ignore"):
            self.special = ~np.isfinite(self.ref) | np.isinf(self.ref.astype(np.float32))
        self.inv_unit = 1.0 / ulp_unit(self.ref)
        # nodes to recompute when constant j changes: j's node and everything downstream of it
        nodes = program.nodes
        self.affected = []
        for ci in self.const_idx:
            dirty = [False] * len(nodes)
            dirty[ci] = True
            for i in range(ci + 1, len(nodes)):
                dirty[i] = any(dirty[a] for a in nodes[i].args)
            self.affected.append(tuple(i for i in range(len(nodes)) if dirty[i]))

    def _node(self, i: int, vals: list, consts: np.ndarray):
        node = self.program.nodes[i]
        if node.op == "x":
            return self.x
        if node.op == "const":
            return np.float32(consts[self.const_idx.index(i)])
        v = get_op(node.op).float32(*(vals[a] for a in node.args))
        return np.asarray(v, dtype=np.float32)

    def _score(self, vals: list) -> tuple[float, float]:
        self.evals += 1
        y = np.broadcast_to(vals[self.program.output], self.x.shape)
        with np.errstate(all="ignore"):
            err = np.abs(y.astype(np.float64) - self.ref) * self.inv_unit
        err[np.isnan(err)] = np.inf
        if self.special.any():
            err[self.special] = ulp_error(y[self.special], self.ref[self.special])
        m = float(err.max()) if err.size else 0.0
        if not np.isfinite(m):
            return np.inf, np.inf
        # tie-break: the mean of the largest errors, so plateaus of the max can be crossed
        top = np.partition(err, -8)[-8:] if err.size > 8 else err
        return m, float(top.mean())

    def full(self, consts: np.ndarray) -> tuple[tuple[float, float], list]:
        """(score, node values) for float32 constants `consts`; score = (max ulp, tie-break)."""
        consts = np.asarray(consts, dtype=np.float32)
        vals: list = []
        with np.errstate(all="ignore"):
            for i in range(len(self.program.nodes)):
                vals.append(self._node(i, vals, consts))
        return self._score(vals), vals

    def changed(self, base_vals: list, consts: np.ndarray, j: int) -> tuple[tuple[float, float], list]:
        """Like `full`, reusing `base_vals` (the values for constants equal but for constant j)."""
        consts = np.asarray(consts, dtype=np.float32)
        vals = list(base_vals)
        with np.errstate(all="ignore"):
            for i in self.affected[j]:
                vals[i] = self._node(i, vals, consts)
        return self._score(vals), vals
