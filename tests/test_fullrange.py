"""Full-range functions from their templates (targets/schemes.py, targets/fullrange.py): the
numpy evaluator running the bound template, the C header and the JAX module of
codegen/fullrange_source.py, all from one description, checked against each other and
against C99 Annex F / glibc for the special values.

Hand-made kernels (least-squares/Lawson fits in float64, coefficients rounded to float32,
mul/add only so that JAX at any XLA optimization level evaluates them op by op):
exp 1 + (r + r^2 Q(r)), Q degree 4 (degree 6); log1p f + f^2 Q(f), Q degree 8; erf t P(t^2),
P degree 10 (absolute error ~4e-4: only for plumbing) as the core, and as erf's tail on [1, C]
T(t - 2.46), T degree 10 (absolute error ~6e-6), so a core/tail mix-up shows in the bits.
tests/test_verify.py, test_c_portability.py and test_results_tables.py import them.
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import mpmath
import numpy as np
import pytest

import targets.fullrange as fr
from codegen.cbuild import DEFAULT_FLAGS, array_function, compile_shared
from codegen.c_emitter import C_PRAGMA_POP, C_PRAGMA_PUSH
from codegen.fullrange_source import full_c_header, full_jax_module, slot_names
from evolve.compose import bind, slots
from evolve.interpret import evaluate_float32
from evolve.ops import fma_float32
from evolve.program import KERNEL, Node, Program
from evolve.serialize import dumps
from targets import schemes
from targets.erf import C as ERF_C
from targets.registry import get_target
from targets.ulp import ulp_error

F32 = np.float32
ROOT = Path(__file__).resolve().parents[1]
NAMES = ("exp", "log", "erf")

EXP_Q = ["0x1.fffffcp-2", "0x1.555492p-3", "0x1.5558f2p-5", "0x1.1239d8p-7", "0x1.6a2446p-10"]
LOG_Q = ["-0x1.fffff8p-2", "0x1.55555p-2", "-0x1.000428p-2", "0x1.99a4p-3", "-0x1.54275p-3",
         "0x1.2270bap-3", "-0x1.0f3752p-3", "0x1.084d5ap-3", "-0x1.383c3ep-4"]
ERF_P = ["0x1.20d28p+0", "-0x1.800dp-2", "0x1.c5ba5ap-4", "-0x1.99be78p-6", "0x1.17c83ap-8",
         "-0x1.1bbdd4p-11", "0x1.9fb52ap-15", "-0x1.a7595p-19", "0x1.1a6208p-23",
         "-0x1.b9b4cp-29", "0x1.322b9ap-35"]
ERF_TAIL_CENTER = "0x1.3ae148p+1"
ERF_T = ["0x1.ffbe12p-1", "0x1.5d4d76p-9", "-0x1.ad0a3ep-8", "0x1.3f48acp-7", "-0x1.427aep-7",
         "0x1.cdf4f4p-8", "-0x1.961504p-9", "0x1.70ae4p-13", "0x1.1047bap-11", "-0x1.4f2708p-13",
         "-0x1.20d21ep-18"]


class _Builder:
    def __init__(self):
        self.nodes = [Node("x")]

    def add(self, op, *args, value=None):
        self.nodes.append(Node(op, tuple(args), value))
        return len(self.nodes) - 1

    def horner(self, coeffs, var):
        acc = self.add("const", value=float.fromhex(coeffs[-1]))
        for c in reversed(coeffs[:-1]):
            acc = self.add("add", self.add("mul", acc, var), self.add("const", value=float.fromhex(c)))
        return acc

    def program(self, out):
        return Program(tuple(self.nodes), out)


def _x_plus_x2q(coeffs, one: bool) -> Program:
    b = _Builder()
    q = b.horner(coeffs, 0)
    s = b.add("add", 0, b.add("mul", b.add("mul", 0, 0), q))
    if one:
        s = b.add("add", b.add("const", value=1.0), s)
    return b.program(s)


@functools.lru_cache(maxsize=None)
def hand_kernel(name: str) -> Program:
    """The hand-made kernel program of target `name`."""
    if name == "exp":
        return _x_plus_x2q(EXP_Q, one=True)
    if name == "log":
        return _x_plus_x2q(LOG_Q, one=False)
    b = _Builder()
    p = b.horner(ERF_P, b.add("mul", 0, 0))
    return b.program(b.add("mul", p, 0))


@functools.lru_cache(maxsize=None)
def hand_tail(name: str) -> Program | None:
    """The hand-made tail kernel of target `name` (erf), None for targets without one."""
    if name != "erf":
        return None
    b = _Builder()
    return b.program(b.horner(ERF_T, b.add("sub", 0, b.add("const", value=float.fromhex(ERF_TAIL_CENTER)))))


def hand_slots(name: str, program: Program | None = None) -> dict[str, Program]:
    """The slot -> kernel mapping of target `name`: `program` (default: the hand kernel) as
    core, the hand tail where the target has a tail slot."""
    return fr.kernels(name, hand_kernel(name) if program is None else program, hand_tail(name))


def numpy_full(name: str, program: Program | None = None, tail: Program | None = None,
               subnormals: str = "exact"):
    """Full-range numpy function of target `name` around `program` (default: the hand kernels)."""
    program = hand_kernel(name) if program is None else program
    return fr.full_range_function(name, program, hand_tail(name) if tail is None else tail, subnormals)


def c_header(name: str, program: Program | None = None, fn: str | None = None) -> str:
    """The full-range C header of target `name` (hand kernels by default), function `fn`."""
    return full_c_header(fr.template(name), hand_slots(name, program), fn or f"full_{name}", name)


def compile_header(header: str, flags=DEFAULT_FLAGS):
    """Compile a header with its *_array entries exported."""
    return compile_shared("#define EVOLVE_ARRAY_LINKAGE\n" + header, flags)


@functools.lru_cache(maxsize=None)
def c_full(name: str, program: Program | None = None):
    """Compiled C array function of target `name` around `program` (default: the hand kernels)."""
    return array_function(compile_header(c_header(name, program)), f"full_{name}")


@functools.lru_cache(maxsize=None)
def jax_module(name: str, subnormals: str = "exact", strict: bool = True) -> dict:
    """The namespace of the JAX module of target `name` with the hand kernels, exec'd from its text."""
    text = full_jax_module(fr.template(name, subnormals), hand_slots(name), f"full_{name}", name,
                           fr.full_range(name).derivative, strict=strict)
    ns: dict = {}
    exec(compile(text, f"<full_{name} {subnormals}>", "exec"), ns)
    return ns


def jax_full(name: str, subnormals: str = "exact", strict: bool = True):
    """The jitted full-range JAX function as a numpy callable."""
    fn = jax_module(name, subnormals, strict)[f"full_{name}"]
    return lambda x: np.asarray(fn(np.asarray(x, F32)))


def full_fn(name: str, backend: str):
    return {"numpy": numpy_full, "c": c_full, "jax": jax_full}[backend](name)


def _bits(v) -> np.ndarray:
    return np.asarray(v, dtype=F32).view(np.uint32)


def same_bits(a, b) -> np.ndarray:
    """Elementwise: identical float32 bit patterns, or both NaN."""
    a, b = np.asarray(a, F32), np.asarray(b, F32)
    return (_bits(a) == _bits(b)) | (np.isnan(a) & np.isnan(b))


def assert_same(got, want, x, what=""):
    bad = ~same_bits(got, want)
    assert not bad.any(), (what, int(bad.sum()), x[bad][:5], np.asarray(got)[bad][:5], np.asarray(want)[bad][:5])


def _f(h: str) -> float:
    return float.fromhex(h)


TINY = 2.0**-149
SPECIALS = np.array([np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, TINY, -TINY, 2.0**-126,
                     np.nextafter(F32(2.0**-126), F32(0)), _f("0x1.fffffep127"), -_f("0x1.fffffep127"),
                     _f("0x1.62e42ep6"), _f("0x1.62e430p6"), _f("-0x1.9fe368p6"), _f("-0x1.9fe36ap6"),
                     -87.33655, -100.0, -104.0, 89.0, ERF_C, -ERF_C, np.nextafter(F32(ERF_C), F32(0)),
                     1e30, -1e30, 0.5, 2.0, 1e-20], dtype=F32)
RANDOM_BITS = np.random.default_rng(20240611).integers(0, 2**32, 1_000_000, dtype=np.uint64).astype(np.uint32)


def _inputs() -> np.ndarray:
    return np.concatenate([SPECIALS, RANDOM_BITS.view(F32)])


@functools.lru_cache(maxsize=None)
def branch_points() -> np.ndarray:
    """Every float constant and every positive integer constant (as bits) of the three
    templates, both modes, +- 4 ulps, both signs: the templates' branch points."""
    points = []
    for name in NAMES:
        for mode in fr.SUBNORMAL_MODES:
            for n in fr.template(name, mode).nodes:
                if n.op == "const" and np.isfinite(n.value):
                    points.append(int(_bits(abs(n.value))))
                elif n.op == "iconst" and 0 < n.value < 2**31:
                    points.append(n.value)
    near = (np.array(sorted(set(points)), np.int64)[:, None] + np.arange(-4, 5)).ravel()
    near = near[(near >= 0) & (near < 2**31)]
    return np.concatenate([near, near | 0x80000000]).astype(np.uint32).view(F32)


@functools.lru_cache(maxsize=None)
def rich_inputs() -> np.ndarray:
    """Specials, random bit patterns, the branch points, subnormals of both signs (every 7th /
    11th), exp's gradual-underflow range and its overflow edge."""
    return np.concatenate([_inputs(), branch_points(),
                           np.arange(1, 2**23, 7, dtype=np.uint32).view(F32),
                           -np.arange(1, 2**23, 11, dtype=np.uint32).view(F32),
                           np.linspace(-104, -86, 200_001, dtype=F32), np.linspace(88, 89, 20_001, dtype=F32)])


# ------------------------------------------------------------------ constants and exactness

def test_scheme_constants_are_what_they_claim():
    assert schemes.INV_LN2 == float(F32(1 / np.log(2)))
    assert schemes.ROUND_MAGIC_BITS == int(_bits(schemes.ROUND_MAGIC))
    assert schemes.TWO_23_BITS == int(_bits(2.0**23))
    assert schemes.SQRT_HALF_BITS == int(_bits(_f("0x1.6a09e6p-1")))
    assert schemes.ONE_BITS == int(_bits(1.0)) and schemes.INF_BITS == int(_bits(np.inf))
    assert schemes.MIN_NORMAL_BITS == int(_bits(2.0**-126))
    assert fr.SUBNORMAL_MODES == schemes.SUBNORMAL_MODES == ("exact", "flush")
    for c in (schemes.LN2_HI, schemes.LN2_LO):
        assert F32(c) == c
    with mpmath.workdps(40):
        resid = abs(mpmath.log(2) - mpmath.mpf(schemes.LN2_HI) - mpmath.mpf(schemes.LN2_LO))
    assert resid < 2.0**-39
    # and the templates use them: erf saturates from C on, and its slope at 0 is 1 + tiny_slope
    erf_consts = {n.value for n in fr.template("erf").nodes if n.op == "const"}
    assert {ERF_C, float(F32(float(2 / mpmath.sqrt(mpmath.pi) - 1)))} <= erf_consts
    assert F32(ERF_C) == ERF_C and float(F32(float(mpmath.erf(ERF_C)))) == 1.0
    assert float(F32(float(mpmath.erf(float(np.nextafter(F32(ERF_C), F32(0))))))) < 1.0
    exp_consts = {n.value for n in fr.template("exp").nodes if n.op == "const"}
    assert {schemes.INV_LN2, schemes.LN2_HI, schemes.LN2_LO} <= exp_consts


def test_ln2_products_are_exact_for_every_k():
    k = np.arange(-150, 151).astype(F32)
    for c in (F32(schemes.LN2_HI), F32(schemes.LN2_LO)):
        assert np.array_equal((k * c).astype(np.float64), k.astype(np.float64) * float(c))


def test_fma_forms_give_the_same_bits_as_plain_ops():
    """With exact products, fma(-k, hi, x) etc. equal the plain float32 ops: a compiler that
    fuses or does not fuse gives the same result."""
    hi, lo = F32(schemes.LN2_HI), F32(schemes.LN2_LO)
    x = np.random.default_rng(1).uniform(-104, 89, 1_000_000).astype(F32)
    kf = np.rint(x * F32(schemes.INV_LN2))
    plain = (x - kf * hi) - kf * lo
    fused = fma_float32(-kf, lo, fma_float32(-kf, hi, x))
    assert np.array_equal(_bits(plain), _bits(fused))
    k = np.random.default_rng(2).integers(-149, 129, 1_000_000).astype(F32)
    p = np.random.default_rng(3).uniform(-0.35, 0.35, k.size).astype(F32)
    plain = k * hi + (k * lo + p)
    fused = fma_float32(k, hi, fma_float32(k, lo, p))
    assert np.array_equal(_bits(plain), _bits(fused))


def test_templates_have_the_slots_of_their_description():
    for name in NAMES:
        info = fr.full_range(name)
        for mode in fr.SUBNORMAL_MODES:
            tmpl = fr.template(name, mode)
            assert set(slots(tmpl)) == set(info.slots), (name, mode)
        for slot, target in info.slots.items():
            get_target(target)  # a registered search target fills each slot
    assert [n for n in NAMES if "tail" in fr.full_range(n).slots] == ["erf"]
    assert slot_names("f", fr.template("erf")) == {"core": "f_kernel", "tail": "f_tail"}
    assert slot_names("g", fr.template("log")) == {"core": "g_kernel"}


# ------------------------------------------------------------------ special values

def _expected_specials(name):
    inf, nan = np.inf, np.nan
    s = {
        "exp": [(nan, nan), (inf, inf), (-inf, 0.0), (0.0, 1.0), (-0.0, 1.0), (TINY, 1.0), (-TINY, 1.0),
                (_f("0x1.62e430p6"), inf), (89.0, inf), (_f("0x1.fffffep127"), inf),
                (_f("-0x1.9fe368p6"), TINY), (_f("-0x1.9fe36ap6"), 0.0), (-104.0, 0.0),
                (-_f("0x1.fffffep127"), 0.0)],
        "log": [(nan, nan), (-nan, nan), (inf, inf), (-inf, nan), (0.0, -inf), (-0.0, -inf), (1.0, 0.0),
                (-1.0, nan), (-TINY, nan), (-_f("0x1.fffffep127"), nan)],
        "erf": [(nan, nan), (-nan, nan), (inf, 1.0), (-inf, -1.0), (0.0, 0.0), (-0.0, -0.0), (ERF_C, 1.0),
                (-ERF_C, -1.0), (1e30, 1.0), (-1e30, -1.0), (4.0, 1.0), (TINY, TINY), (-TINY, -TINY),
                (2.0**-130, float(F32(2.0**-130 * 2 / np.sqrt(np.pi))))],
    }
    return s[name]


@pytest.mark.parametrize("backend", ["numpy", "c", "jax"])
@pytest.mark.parametrize("name", NAMES)
def test_special_values(name, backend):
    """NaN, +-inf, +-0 with their signs, overflow, gradual underflow (exp), log of negatives,
    erf(+-large) = +-1, erf of subnormals: the C99 Annex F / glibc answers."""
    pairs = _expected_specials(name)
    x = np.array([a for a, _ in pairs], dtype=F32)
    want = np.array([b for _, b in pairs], dtype=F32)
    assert_same(full_fn(name, backend)(x), want, x, (name, backend))


@pytest.mark.parametrize("backend", ["numpy", "c", "jax"])
def test_boundary_values_are_accurate(backend):
    """Overflow threshold, log of the smallest subnormal and the largest float, erf just below C."""
    f = {n: full_fn(n, backend) for n in NAMES}
    y = f["exp"](np.array([_f("0x1.62e42ep6")], F32))
    assert np.isfinite(y).all() and ulp_error(y, [float(mpmath.exp(_f("0x1.62e42ep6")))])[0] < 1
    y = f["exp"](np.array([-100.0], F32))  # subnormal result, gradual underflow
    assert 0 < y[0] < 2.0**-126 and ulp_error(y, [float(mpmath.exp(-100))])[0] < 1
    for v in (TINY, _f("0x1.fffffep127"), 2.0**-126, 2.0**-140 * 3):
        y = f["log"](np.array([v], F32))
        assert ulp_error(y, [float(mpmath.log(v))])[0] < 1, v
    below = np.nextafter(F32(ERF_C), F32(0))
    kern = evaluate_float32(hand_tail("erf"), np.array([below], F32))
    assert same_bits(f["erf"](np.array([below, -below], F32)), np.array([kern[0], -kern[0]], F32)).all()


@pytest.mark.parametrize("backend", ["numpy", "c", "jax"])
def test_erf_routes_core_below_one_and_tail_from_one(backend):
    """Each side of the split and of C gets the right kernel (the hand kernels differ in the bits)."""
    f = full_fn("erf", backend)
    one, below_one = F32(1.0), np.nextafter(F32(1.0), F32(0))
    x = np.array([below_one, one, 2.5, np.nextafter(F32(ERF_C), F32(0)), 0.5], F32)
    core = evaluate_float32(hand_kernel("erf"), x)
    tail = evaluate_float32(hand_tail("erf"), x)
    want = np.where(x < 1, core, tail).astype(F32)
    assert not same_bits(core[:4], tail[:4]).any()  # the check can tell them apart
    assert_same(f(x), want, x, backend)
    assert_same(f(-x), -want, -x, backend)


def test_erf_subnormal_path_exhaustive_and_odd():
    """All 2^23 zero/subnormal magnitudes: 2/sqrt(pi)*x within 0.58 ulp; erf(-x) = -erf(x);
    C and JAX (exact mode: integer arithmetic, no flush) agree."""
    n = np.arange(2**23, dtype=np.uint32)
    x = n.view(F32)
    y = numpy_full("erf")(x)
    err = ulp_error(y, n.astype(np.float64) * (2 / np.sqrt(np.pi)) * 2.0**-149)
    assert err.max() < 0.58  # measured 0.5706 (slope rounding + one float32 rounding of n*slope)
    assert np.array_equal(_bits(numpy_full("erf")(-x)), _bits(y) ^ np.uint32(2**31))
    assert_same(c_full("erf")(x), y, x, "c")
    assert_same(jax_full("erf")(x), y, x, "jax")


def test_numpy_full_keeps_shape_and_accepts_scalars():
    y = numpy_full("exp")(np.zeros((3, 4), F32))
    assert y.shape == (3, 4) and y.dtype == F32 and (y == 1).all()
    assert numpy_full("log")(F32(1.0)).shape == ()


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="no full-range function for target 'sin'"):
        fr.full_range_function("sin", hand_kernel("exp"))
    with pytest.raises(ValueError, match="needs a tail kernel"):
        fr.full_range_function("erf", hand_kernel("erf"))
    with pytest.raises(ValueError, match="takes one kernel"):
        fr.full_range_function("log", hand_kernel("log"), hand_kernel("log"))
    with pytest.raises(ValueError, match="unknown subnormals mode 'daz'"):
        fr.full_range_function("exp", hand_kernel("exp"), subnormals="daz")
    with pytest.raises(ValueError, match="unknown subnormals mode 'ftz'"):
        fr.template("log", "ftz")
    with pytest.raises(ValueError, match="not a valid C identifier"):
        c_header("exp", fn="f x")
    with pytest.raises(ValueError, match="kernel slots"):
        full_c_header(fr.template("erf"), {"core": hand_kernel("erf")}, "f", "erf")
    with pytest.raises(ValueError, match="kernel slots"):
        full_jax_module(fr.template("exp"), hand_slots("erf"), "f", "exp", "y * t")
    with pytest.raises(ValueError, match="usable Python function name"):
        full_jax_module(fr.template("exp"), hand_slots("exp"), "_f", "exp", "y * t")
    with pytest.raises(ValueError, match="no kernel for"):
        bind(fr.template("erf"), {"core": hand_kernel("erf")})
    with pytest.raises(ValueError, match="no slot 'tail'"):
        bind(fr.template("exp"), hand_slots("erf"))


# ------------------------------------------------------------------ numpy vs C vs JAX, bit for bit

@pytest.mark.parametrize("name", NAMES)
def test_numpy_c_and_jax_are_bit_identical(name):
    """Exact mode: the evaluator, the compiled header and the jitted JAX module (this process,
    default XLA flags, flush-to-zero on CPU) agree on every input, subnormals included: the
    template never lets a float op see or produce a subnormal."""
    x = rich_inputs()
    want = numpy_full(name)(x)
    assert_same(c_full(name)(x), want, x, "c")
    assert_same(jax_full(name)(x), want, x, "jax")


def test_jax_flush_mode_is_the_evaluators_flush_model():
    """subnormals="flush": the JAX module equals the evaluator running the flush template with
    flush=True (XLA's CPU semantics) on every input; it equals "exact" wherever flush-to-zero
    cannot act (normal or zero input, exact result not below 2^-126 in magnitude, or exactly
    2^-126, which the flush template may also give as 0); known answers where it acts."""
    x = rich_inputs()
    tiny = 2.0**-126
    for name in NAMES:
        program = fr.full_range_program(name, hand_kernel(name), hand_tail(name), "flush")
        model = evaluate_float32(program, x, flush=True)
        y = jax_full(name, "flush")(x)
        assert_same(y, model, x, name)
        assert_same(numpy_full(name, subnormals="flush")(x), model, x, name)
        exact = numpy_full(name)(x)
        with np.errstate(invalid="ignore"):
            touched = ((x != 0) & (np.abs(x) < tiny)) | ((exact != 0) & (np.abs(exact) <= tiny))
        assert touched.any() and not same_bits(y[touched], exact[touched]).all(), name
        assert_same(y[~touched], exact[~touched], x[~touched], name)
    known = {"exp": ([-100.0, -87.5, 2.0**-140], [0.0, 0.0, 1.0]),
             "log": ([1e-40, -1e-40, 2.0**-126], [-np.inf, -np.inf, float(F32(-126 * np.log(2)))]),
             "erf": ([1e-40, -1e-40], [0.0, -0.0])}
    for name, (xs, want) in known.items():
        xs = np.array(xs, F32)
        got = jax_full(name, "flush")(xs)
        assert_same(got, np.array(want, F32), xs, name)
        assert not same_bits(got, numpy_full(name)(xs)).all(), name  # exact differs


def test_flush_model_differs_from_plain_evaluation_of_the_flush_template():
    """evaluate_float32(..., flush=True) is what the flush checks compare with: for erf's flush
    template (whose kernels see subnormal |x|) it differs from the same template evaluated
    without flushing, so those checks would see a module that does not flush."""
    x = np.arange(1, 2**23, 97, dtype=np.uint32).view(F32)
    program = fr.full_range_program("erf", hand_kernel("erf"), hand_tail("erf"), "flush")
    plain, flushed = evaluate_float32(program, x), evaluate_float32(program, x, flush=True)
    assert (flushed == 0).all() and (plain != 0).all()


_JAX_SCRIPT = """
import json, sys
import numpy as np
import targets.fullrange as fr
from codegen.fullrange_source import full_jax_module
from evolve.serialize import loads
spec = json.loads(sys.argv[1])
x = np.load(spec["inputs"])
for name, text in spec["programs"].items():
    tail = spec["tails"].get(name)
    kernels = fr.kernels(name, loads(text), None if tail is None else loads(tail))
    for mode in ("exact", "flush"):
        ns = {}
        exec(full_jax_module(fr.template(name, mode), kernels, "f", name, fr.full_range(name).derivative), ns)
        np.save(spec["outputs"][name + "_" + mode], np.asarray(ns["f"](x)))
"""


def _run_jax_subprocess(tmp_path, xla_flags: str, x: np.ndarray) -> dict:
    np.save(tmp_path / "x.npy", x)
    spec = {"inputs": str(tmp_path / "x.npy"),
            "programs": {n: dumps(hand_kernel(n)) for n in NAMES},
            "tails": {"erf": dumps(hand_tail("erf"))},
            "outputs": {f"{n}_{m}": str(tmp_path / f"{n}_{m}.npy") for n in NAMES for m in fr.SUBNORMAL_MODES}}
    env = dict(os.environ, XLA_FLAGS=xla_flags, JAX_PLATFORMS="cpu",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", _JAX_SCRIPT, json.dumps(spec)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {k: np.load(p) for k, p in spec["outputs"].items()}


@pytest.mark.parametrize("xla_flags", ["--xla_backend_optimization_level=0", ""])
def test_jax_bit_identical_to_numpy_in_a_fresh_process(tmp_path, xla_flags):
    """XLA optimization level 0 and default flags, in a fresh process: exact mode equals the
    evaluator, flush mode equals the evaluator's flush model, on every input."""
    x = rich_inputs()
    out = _run_jax_subprocess(tmp_path, xla_flags, x)
    for name in NAMES:
        assert_same(out[f"{name}_exact"], numpy_full(name)(x), x, (name, "exact", xla_flags))
        program = fr.full_range_program(name, hand_kernel(name), hand_tail(name), "flush")
        assert_same(out[f"{name}_flush"], evaluate_float32(program, x, flush=True), x, (name, "flush", xla_flags))


# ------------------------------------------------------------------ C

def test_c_is_immune_to_fp_contraction_flags():
    """-O3 -mfma -ffp-contract=fast for the whole file: the header's own pragmas and the exact
    products of the templates keep it bit-identical.  Without the pragmas, the same flags
    change the bits (fused kernel polynomials): the check can fail."""
    flags = DEFAULT_FLAGS + ("-O3", "-mfma", "-ffp-contract=fast")
    x = _inputs()[:200_000]
    differs = False
    for name in NAMES:
        header = c_header(name, fn="full")
        assert C_PRAGMA_PUSH in header and C_PRAGMA_POP in header
        assert_same(array_function(compile_header(header, flags), "full")(x), numpy_full(name)(x), x, name)
        bare = header.replace(C_PRAGMA_PUSH, "").replace(C_PRAGMA_POP, "")
        # (the pragma region also silences the unknown `omp declare simd` pragma: not here)
        got = array_function(compile_header(bare, flags + ("-Wno-unknown-pragmas",)), "full")(x)
        differs |= not same_bits(got, numpy_full(name)(x)).all()
    assert differs


def test_c_header_defines_the_slot_functions():
    """NAME_kernel and NAME_tail are the kernels themselves, over arrays too."""
    lib = compile_header(c_header("erf", fn="e"))
    for fn, program, target in (("e_kernel", hand_kernel("erf"), "erf"), ("e_tail", hand_tail("erf"), "erf_tail")):
        lo, hi = get_target(target).domain
        r = np.linspace(lo, hi, 10_001, dtype=F32)
        assert_same(array_function(lib, fn)(r), evaluate_float32(program, r), r, fn)


# ------------------------------------------------------------------ JAX differentiation

def test_jax_exports_differentiate_as_the_exact_function():
    """grad works through the bit steps (custom_jvp): exp' = exp, log' = 1/x, erf' = 2/sqrt(pi) e^-x^2,
    in both modes; the jitted values are the evaluator's."""
    import jax
    import jax.numpy as jnp

    x = {"exp": np.linspace(-20, 20, 97, dtype=F32), "log": np.geomspace(1e-30, 1e30, 97).astype(F32),
         "erf": np.linspace(-5, 5, 97, dtype=F32)}
    exact = {"exp": np.exp, "log": lambda v: 1 / v,
             "erf": lambda v: 2 / np.sqrt(np.pi) * np.exp(-v * v)}
    for name in NAMES:
        for mode in fr.SUBNORMAL_MODES:
            fj = jax_module(name, mode)[f"full_{name}"]
            g = np.asarray(jax.jit(jax.vmap(jax.grad(fj)))(jnp.asarray(x[name])))
            np.testing.assert_allclose(g, exact[name](x[name].astype(np.float64)), rtol=2e-6, err_msg=name)
            assert_same(np.asarray(fj(x[name])), numpy_full(name, subnormals=mode)(x[name]), x[name], name)


# ------------------------------------------------------------------ kernel arguments in their domains

NAN_FREE = [(0, 0x7F800001), (0x80000000, 0xFF800001)]  # every bit pattern but the NaNs, +-inf included


def _slices() -> list[tuple[int, int]]:
    """2^18-pattern slices of non-NaN bit patterns at the places a reduction can go wrong: zeros
    and subnormals, the normal minimum, around 1 and 2, erf's C, exp's over/underflow range,
    the top of the finite range up to the infinities, both signs.  (NaN inputs are left out:
    erf's template passes a NaN through its tail slot, see test_erf_nan_goes_through_the_tail.)"""
    def b(v):
        return int(_bits(v))

    starts = [0, 2**23 - 2**17, b(0.5), b(1.0) - 2**17, b(2.0) - 2**17, b(ERF_C) - 2**17, b(80.0),
              b(88.5), b(100.0), 0x7F800001 - 2**18]
    return [(s | sign, (s | sign) + 2**18) for s in starts for sign in (0, 0x80000000)]


@pytest.mark.parametrize("name,piece", [("exp", "kernel"), ("log", "kernel"), ("erf", "kernel"),
                                        ("erf", "tail")])
def test_kernel_arguments_stay_in_the_default_domain_on_slices(name, piece):
    """targets.verify.reduction_range on slices: every argument a kernel slot receives, on lanes
    whose result depends on it, is in the domain of the search target filling the slot; and
    the arguments reach close to the domain's ends (the check sees the real reduction)."""
    from targets.verify import reduction_range

    lo, hi = 2.0, -2.0
    for a, b in _slices():
        rr = reduction_range(name, a, b, progress=False, piece=piece)
        assert rr.n_checked == b - a
        assert rr.inside, (a, b, rr)
        if np.isfinite(rr.lo):
            lo, hi = min(lo, rr.lo), max(hi, rr.hi)
    d_lo, d_hi = get_target(fr.full_range(name).slots["core" if piece == "kernel" else "tail"]).domain
    width = d_hi - d_lo
    assert d_lo <= lo < d_lo + 0.05 * width and d_hi - 0.05 * width < hi <= d_hi, (lo, hi, d_lo, d_hi)


def test_reduction_range_sees_the_erf_split():
    """On |x| in [0.5, 2): the core gets [0.5, 1) and the tail [1, 2), not each other's lanes."""
    from targets.verify import reduction_range

    a, b = int(_bits(0.5)), int(_bits(2.0))
    core = reduction_range("erf", a, b, progress=False, piece="kernel")
    tail = reduction_range("erf", a, b, progress=False, piece="tail")
    assert core.lo == 0.5 and core.hi == float(np.nextafter(F32(1), F32(0)))
    assert tail.lo == 1.0 and tail.hi == float(np.nextafter(F32(2), F32(0)))
    with pytest.raises(ValueError, match="no kernel piece 'tail'"):
        reduction_range("exp", a, b, progress=False, piece="tail")


def test_nan_inputs_are_not_kernel_arguments_and_give_nan():
    """erf passes a NaN through its tail slot (erf(NaN) = tail(NaN)); reduction_range does not
    count NaN inputs as kernel arguments, and export refuses a tail that would not return NaN
    (targets.fullrange.check_nan)."""
    from targets.fullrange import check_nan
    from targets.verify import reduction_range

    nan_rr = reduction_range("erf", 0x7F800001, 0x7F800001 + 2**10, progress=False, piece="tail")
    assert nan_rr.lo == np.inf and nan_rr.hi == -np.inf and nan_rr.inside
    x = np.array([np.nan, -np.nan], F32)
    assert np.isnan(numpy_full("erf")(x)).all()
    check_nan("erf", hand_kernel("erf"), hand_tail("erf"))


@pytest.mark.slow
@pytest.mark.parametrize("name,piece", [("exp", "kernel"), ("log", "kernel"), ("erf", "kernel"),
                                        ("erf", "tail")])
def test_reduction_arguments_in_domain_for_all_float32(name, piece):
    """Every non-NaN float32 (2^32 - 2^24 + 2 patterns) gives in-domain kernel arguments."""
    from targets.verify import reduction_range

    reports = [reduction_range(name, a, b, progress=False, piece=piece) for a, b in NAN_FREE]
    assert sum(r.n_checked for r in reports) == 2**32 - 2**24 + 2
    assert all(r.inside for r in reports), reports


def test_template_kernel_nodes_are_slots():
    """The KERNEL nodes are the only non-op nodes besides leaves, and bind removes them all."""
    for name in NAMES:
        whole = fr.full_range_program(name, hand_kernel(name), hand_tail(name))
        assert not any(n.op == KERNEL for n in whole.nodes)
        assert any(n.op == KERNEL for n in fr.template(name).nodes)
