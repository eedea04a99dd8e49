"""Full-range wrappers: numpy reference (targets/fullrange.py), C and JAX (codegen/wrappers.py).

Hand-made kernels (least-squares/Lawson fits in float64, coefficients rounded to float32,
mul/add only so that JAX at any XLA optimization level evaluates them op by op):
exp 1 + (r + r^2 Q(r)), Q degree 4 (degree 6); log1p f + f^2 Q(f), Q degree 8; erf t P(t^2),
P degree 10 (absolute error ~4e-4: only for plumbing) as the core, and as erf's tail on [1, C]
T(t - 2.46), T degree 10 (absolute error ~6e-6), so a core/tail mix-up shows in the bits.  tests/test_verify.py imports them.
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
from codegen import jax_wrappers as JW
from codegen import wrappers as W
from codegen.c_emitter import emit_c_array, emit_c_kernel
from codegen.cbuild import array_function, compile_shared
from evolve.interpret import evaluate_float32
from evolve.ops import fma_float32
from evolve.program import Node, Program
from evolve.serialize import dumps
from targets.erf import C as ERF_C
from targets.registry import get_target
from targets.ulp import ulp_error

F32 = np.float32
ROOT = Path(__file__).resolve().parents[1]

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


def numpy_full(name: str, program: Program | None = None, tail: Program | None = None):
    """Full-range numpy function of target `name` around `program` (default: the hand kernels)."""
    program = hand_kernel(name) if program is None else program
    return fr.full_range_function(name, program, hand_tail(name) if tail is None else tail)


def c_kernels(name: str, program: Program, kernel: str = "kern") -> tuple[str, str | None]:
    """C source of `program` as KERNEL (and of the hand tail as KERNEL_tail for erf), and the tail's name."""
    tail = hand_tail(name)
    src = emit_c_kernel(program, kernel)
    if tail is None:
        return src, None
    return src + emit_c_kernel(tail, f"{kernel}_tail"), f"{kernel}_tail"


@functools.lru_cache(maxsize=None)
def c_full(name: str, program: Program | None = None):
    """Compiled C array function of target `name` around `program` (default: the hand kernels)."""
    program = hand_kernel(name) if program is None else program
    kernels, tail_name = c_kernels(name, program, f"k_{name}")
    src = ("#include <math.h>\n#include <stddef.h>\n" + kernels
           + W.c_wrapper(name, f"full_{name}", f"k_{name}", tail_name)
           + emit_c_array(f"full_{name}", f"full_{name}"))
    return array_function(compile_shared(src), f"full_{name}")


def _bits(v) -> np.ndarray:
    return np.asarray(v, dtype=F32).view(np.uint32)


def same_bits(a, b) -> np.ndarray:
    """Elementwise: identical float32 bit patterns, or both NaN."""
    a, b = np.asarray(a, F32), np.asarray(b, F32)
    return (_bits(a) == _bits(b)) | (np.isnan(a) & np.isnan(b))


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


# ------------------------------------------------------------------ constants and exactness

def test_constants_agree_between_numpy_c_jax_and_targets():
    assert float(fr.INV_LN2) == W.INV_LN2 == float(F32(1 / np.log(2)))
    assert float(fr.LN2_HI) == W.LN2_HI and float(fr.LN2_LO) == W.LN2_LO
    assert float(fr.EXP_CLAMP_LO) == W.EXP_CLAMP_LO and float(fr.EXP_CLAMP_HI) == W.EXP_CLAMP_HI
    assert float(fr.EXP_ROUND_SUB) == W.EXP_ROUND_SUB == 2.0**23
    assert W.ROUND_MAGIC_BITS == int(_bits(W.ROUND_MAGIC))
    assert W.EXP_ROUND_SUB_BITS == int(_bits(W.EXP_ROUND_SUB))
    assert fr.SQRT_HALF_BITS == W.SQRT_HALF_BITS == int(_bits(_f("0x1.6a09e6p-1")))
    assert W.ERF_C == ERF_C and fr.ERF_C_BITS == W.ERF_C_BITS == int(_bits(ERF_C))
    assert float(fr.ERF_TINY_C1) == W.ERF_TINY_C1 == float(F32(float(2 / mpmath.sqrt(mpmath.pi) - 1)))
    assert fr.SUBNORMAL_MODES == JW.SUBNORMAL_MODES == ("exact", "flush")  # codegen may not import targets
    with mpmath.workdps(40):
        resid = abs(mpmath.log(2) - mpmath.mpf(W.LN2_HI) - mpmath.mpf(W.LN2_LO))
    assert resid < 2.0**-39


def test_ln2_products_are_exact_for_every_k():
    k = np.arange(-150, 151).astype(F32)
    for c in (fr.LN2_HI, fr.LN2_LO):
        assert np.array_equal((k * c).astype(np.float64), k.astype(np.float64) * float(c))


def test_fma_forms_give_the_same_bits_as_plain_ops():
    """With exact products, fma(-k, hi, x) etc. equal the plain float32 ops used everywhere."""
    x = np.random.default_rng(1).uniform(-104, 89, 1_000_000).astype(F32)
    kf = np.rint(x * fr.INV_LN2)
    plain = (x - kf * fr.LN2_HI) - kf * fr.LN2_LO
    fused = fma_float32(-kf, fr.LN2_LO, fma_float32(-kf, fr.LN2_HI, x))
    assert np.array_equal(_bits(plain), _bits(fused))
    k = np.random.default_rng(2).integers(-149, 129, 1_000_000).astype(F32)
    p = np.random.default_rng(3).uniform(-0.35, 0.35, k.size).astype(F32)
    plain = k * fr.LN2_HI + (k * fr.LN2_LO + p)
    fused = fma_float32(k, fr.LN2_HI, fma_float32(k, fr.LN2_LO, p))
    assert np.array_equal(_bits(plain), _bits(fused))


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
        "erf": [(nan, nan), (inf, 1.0), (-inf, -1.0), (0.0, 0.0), (-0.0, -0.0), (ERF_C, 1.0),
                (-ERF_C, -1.0), (1e30, 1.0), (-1e30, -1.0), (4.0, 1.0), (TINY, TINY), (-TINY, -TINY),
                (2.0**-130, float(F32(2.0**-130 * 2 / np.sqrt(np.pi))))],
    }
    return s[name]


@pytest.mark.parametrize("backend", ["numpy", "c"])
@pytest.mark.parametrize("name", ["exp", "log", "erf"])
def test_special_values(name, backend):
    fn = numpy_full(name) if backend == "numpy" else c_full(name)
    pairs = _expected_specials(name)
    x = np.array([a for a, _ in pairs], dtype=F32)
    want = np.array([b for _, b in pairs], dtype=F32)
    got = fn(x)
    assert same_bits(got, want).all(), list(zip(x[~same_bits(got, want)], got[~same_bits(got, want)]))


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_boundary_values_are_accurate(backend):
    """Overflow threshold, log of the smallest subnormal and the largest float, erf just below C."""
    f = {n: (numpy_full(n) if backend == "numpy" else c_full(n)) for n in ("exp", "log", "erf")}
    y = f["exp"](np.array([_f("0x1.62e42ep6")], F32))
    assert np.isfinite(y).all() and ulp_error(y, [float(mpmath.exp(_f("0x1.62e42ep6")))])[0] < 1
    for v in (TINY, _f("0x1.fffffep127"), 2.0**-126, 2.0**-140 * 3):
        y = f["log"](np.array([v], F32))
        assert ulp_error(y, [float(mpmath.log(v))])[0] < 1, v
    below = np.nextafter(F32(ERF_C), F32(0))
    kern = evaluate_float32(hand_tail("erf"), np.array([below], F32))
    assert same_bits(f["erf"](np.array([below, -below], F32)), np.array([kern[0], -kern[0]], F32)).all()


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_erf_routes_core_below_one_and_tail_from_one(backend):
    """Each side of the split and of C gets the right kernel (the hand kernels differ in the bits)."""
    f = numpy_full("erf") if backend == "numpy" else c_full("erf")
    one, below_one = F32(1.0), np.nextafter(F32(1.0), F32(0))
    x = np.array([below_one, one, 2.5, np.nextafter(F32(ERF_C), F32(0)), 0.5], F32)
    core = evaluate_float32(hand_kernel("erf"), x)
    tail = evaluate_float32(hand_tail("erf"), x)
    want = np.where(x < 1, core, tail).astype(F32)
    assert not same_bits(core[1:4], tail[1:4]).any()  # the check can tell them apart
    assert same_bits(f(x), want).all() and same_bits(f(-x), -want).all()


def test_erf_subnormal_path_exhaustive_and_odd():
    """All 2^23 zero/subnormal magnitudes: 2/sqrt(pi)*x within 0.58 ulp; erf(-x) = -erf(x); C agrees."""
    n = np.arange(2**23, dtype=np.uint32)
    x = n.view(F32)
    y = numpy_full("erf")(x)
    err = ulp_error(y, n.astype(np.float64) * (2 / np.sqrt(np.pi)) * 2.0**-149)
    assert err.max() < 0.58  # measured 0.5706 (c1 rounding + one float32 rounding of n*c1)
    assert np.array_equal(_bits(numpy_full("erf")(-x)), _bits(y) ^ np.uint32(2**31))
    assert same_bits(c_full("erf")(x), y).all()


# ------------------------------------------------------------------ numpy vs C bit equality

@pytest.mark.parametrize("name", ["exp", "log", "erf"])
def test_numpy_and_c_are_bit_identical(name):
    x = _inputs()
    a, b = numpy_full(name)(x), c_full(name)(x)
    bad = ~same_bits(a, b)
    assert not bad.any(), (x[bad][:5], a[bad][:5], b[bad][:5])


@pytest.mark.parametrize("name", ["exp", "log", "erf"])
def test_kernel_arguments_stay_in_default_domain(name):
    seen = []

    def recording(v):
        seen.append(np.asarray(v, F32).copy())
        return np.zeros_like(v)

    x = np.concatenate([_inputs(), np.linspace(-110, 95, 200_001, dtype=F32),
                        np.arange(1, 2**20, 7, dtype=np.uint32).view(F32)])
    seen_tail = []

    def recording_tail(v):
        seen_tail.append(np.asarray(v, F32).copy())
        return np.zeros_like(v)

    fr.FULL_RANGE[name](recording, x, **({"tail": recording_tail} if name in fr.NEEDS_TAIL else {}))
    pieces = [(seen, name)] + ([(seen_tail, f"{name}_tail")] if name in fr.NEEDS_TAIL else [])
    for got, target in pieces:
        v = np.concatenate(got)
        lo, hi = get_target(target).domain
        assert not np.isnan(v).any() and lo <= v.min() and v.max() <= hi, target


def test_c_wrappers_are_immune_to_fp_contraction_flags():
    """-mfma -ffp-contract=fast -O3 for the whole file: the wrapper's own pragma and exact
    products keep it bit-identical (the kernel is guarded here like c_emitter's header does)."""
    from codegen.cbuild import DEFAULT_FLAGS

    x = _inputs()[:200_000]
    for name in ("exp", "log", "erf"):
        kernels, tail_name = c_kernels(name, hand_kernel(name))
        src = ("#include <math.h>\n#include <stddef.h>\n" + W._C_PRAGMA_PUSH
               + kernels + W._C_PRAGMA_POP
               + W.c_wrapper(name, "full", "kern", tail_name) + emit_c_array("full", "full"))
        lib = compile_shared(src, DEFAULT_FLAGS + ("-O3", "-mfma", "-ffp-contract=fast"))
        assert same_bits(array_function(lib, "full")(x), numpy_full(name)(x)).all(), name


def test_wrappers_reject_bad_arguments():
    with pytest.raises(ValueError, match="no full-range wrapper"):
        W.c_wrapper("sin", "fn", "kern")
    with pytest.raises(ValueError, match="identifier"):
        W.c_wrapper("exp", "f x", "k")
    with pytest.raises(ValueError, match="identifier"):
        JW.jax_wrapper_source("log", "fn", "1k")
    with pytest.raises(ValueError, match="used inside the wrapper"):
        W.c_wrapper("log", "fn", "k")
    with pytest.raises(ValueError, match="different names"):
        JW.jax_wrapper_source("erf", "g", "g", "h")
    with pytest.raises(ValueError, match="needs a tail"):
        W.c_wrapper("erf", "g", "k")
    with pytest.raises(ValueError, match="takes no tail"):
        JW.jax_wrapper_source("exp", "g", "k", "t")
    with pytest.raises(ValueError, match="no full-range wrapper"):
        fr.full_range_function("sin", hand_kernel("exp"))
    with pytest.raises(ValueError, match="needs a tail kernel"):
        fr.full_range_function("erf", hand_kernel("erf"))
    with pytest.raises(ValueError, match="takes one kernel"):
        fr.full_range_function("log", hand_kernel("log"), hand_kernel("log"))


def test_reserved_names_are_read_from_the_wrapper_text():
    """Names a body uses are refused; comment words, {fields} and attributes are not names of the
    wrapper, and names no body uses work as kernel names in C and JAX (bit-identical results)."""
    import jax

    from codegen.jax_emitter import emit_jax_module, jax_function_source

    assert {"mag", "kadj", "evolve_f32_bits", "memcpy", "fmaf", "uint32_t"} <= W.C_RESERVED
    assert {"jnp", "jax", "q", "small", "special", "primals", "tangents"} <= JW.JAX_RESERVED
    words = {"name", "kernel", "tail", "which", "Both", "lax", "bitcast_convert_type", "Cody", "h"}
    assert not words & (W.C_RESERVED | JW.JAX_RESERVED)
    for bad in ("kadj", "memcpy", "fmaf"):
        with pytest.raises(ValueError, match="used inside the wrapper"):
            W.c_wrapper("log", "fn", bad)
    for bad in ("special", "primals", "jnp"):
        with pytest.raises(ValueError, match="used inside the wrapper"):
            JW.jax_wrapper_source("log", bad, "kern")
    x = _inputs()[:100_000]
    for name in ("exp", "log", "erf"):
        tail, tail_name = hand_tail(name), (None if name != "erf" else "tiny")
        c_src = "#include <math.h>\n#include <stddef.h>\n" + emit_c_kernel(hand_kernel(name), "core")
        jax_src = emit_jax_module(hand_kernel(name), "core")
        if tail is not None:
            c_src += emit_c_kernel(tail, tail_name)
            jax_src += "\n\n" + jax_function_source(tail, tail_name)
        c_src += W.c_wrapper(name, "mid", "core", tail_name) + emit_c_array("high", "mid")
        ns: dict = {}
        exec(compile(jax_src + "\n\n" + JW.jax_wrapper_source(name, "mid", "core", tail_name), name, "exec"), ns)
        want = numpy_full(name)(x)
        assert same_bits(array_function(compile_shared(c_src), "high")(x), want).all(), name
        assert same_bits(np.asarray(jax.jit(ns["mid"])(x)), want).all(), name


def test_jax_erf_export_refuses_a_constant_tail():
    """The JAX erf wrapper lets a NaN through the tail kernel; a tail that ignores x could not."""
    from codegen.fullrange_source import full_jax_module

    constant = Program((Node("x"), Node("const", value=0.5)), 1)
    with pytest.raises(ValueError, match="tail kernel is a constant"):
        full_jax_module(hand_kernel("erf"), "erf", "f", tail=constant)
    JW.check_jax_tail(hand_tail("erf"))  # a real tail passes
    JW.check_jax_tail(None)


def test_numpy_wrappers_keep_shape_and_accept_scalars():
    y = numpy_full("exp")(np.zeros((3, 4), F32))
    assert y.shape == (3, 4) and y.dtype == F32 and (y == 1).all()
    assert numpy_full("log")(F32(1.0)).shape == ()


# ------------------------------------------------------------------ JAX

_JAX_SCRIPT = """
import json, sys
import numpy as np
from evolve.serialize import loads
from codegen.jax_emitter import jax_kernel
from codegen.jax_wrappers import jax_wrapper
spec = json.loads(sys.argv[1])
x = np.load(spec["inputs"])
for name, text in spec["programs"].items():
    tail = spec["tails"].get(name)
    fn = jax_wrapper(name, jax_kernel(loads(text), jit=False),
                     tail_fn=None if tail is None else jax_kernel(loads(tail), jit=False))
    np.save(spec["outputs"][name], np.asarray(fn(x)))
"""


def _run_jax_subprocess(tmp_path, xla_flags: str) -> dict:
    x = _inputs()
    np.save(tmp_path / "x.npy", x)
    spec = {"inputs": str(tmp_path / "x.npy"),
            "programs": {n: dumps(hand_kernel(n)) for n in ("exp", "log", "erf")},
            "tails": {"erf": dumps(hand_tail("erf"))},
            "outputs": {n: str(tmp_path / f"{n}.npy") for n in ("exp", "log", "erf")}}
    env = dict(os.environ, XLA_FLAGS=xla_flags, JAX_PLATFORMS="cpu",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", _JAX_SCRIPT, json.dumps(spec)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {n: np.load(p) for n, p in spec["outputs"].items()}


@pytest.mark.parametrize("xla_flags", ["--xla_backend_optimization_level=0", ""])
def test_jax_bit_identical_to_numpy(tmp_path, xla_flags):
    """Opt level 0 and default flags: every output equal, subnormal inputs/outputs included
    (measured; the wrappers never let a float op see a subnormal, see codegen/wrappers.py)."""
    out = _run_jax_subprocess(tmp_path, xla_flags)
    x = _inputs()
    for name, y in out.items():
        bad = ~same_bits(y, numpy_full(name)(x))
        assert not bad.any(), (name, x[bad][:5], y[bad][:5])


def test_jax_subnormal_exp_outputs_and_log_inputs_in_process():
    import jax.numpy as jnp  # noqa: F401  (jax in this process: default flags)
    from codegen.jax_emitter import jax_kernel

    x_exp = np.linspace(-104, -87, 300_001, dtype=F32)
    x_log = np.concatenate([np.arange(1, 2**23, 3, dtype=np.uint32).view(F32), -np.arange(1, 2**23, 5,
                            dtype=np.uint32).view(F32)])
    for name, x in (("exp", x_exp), ("log", x_log), ("erf", x_log)):
        tail = hand_tail(name)
        fj = JW.jax_wrapper(name, jax_kernel(hand_kernel(name), jit=False),
                           tail_fn=None if tail is None else jax_kernel(tail, jit=False))
        assert same_bits(np.asarray(fj(x)), numpy_full(name)(x)).all(), name


def test_jax_wrappers_differentiate_as_the_exact_function():
    """grad works through the bit steps (custom_jvp): exp' = exp, log' = 1/x, erf' = 2/sqrt(pi) e^-x^2."""
    import jax
    import jax.numpy as jnp
    from codegen.jax_emitter import jax_kernel

    x = {"exp": np.linspace(-20, 20, 97, dtype=F32), "log": np.geomspace(1e-30, 1e30, 97).astype(F32),
         "erf": np.linspace(-5, 5, 97, dtype=F32)}
    exact = {"exp": np.exp, "log": lambda v: 1 / v,
             "erf": lambda v: 2 / np.sqrt(np.pi) * np.exp(-v * v)}
    for name in ("exp", "log", "erf"):
        tail = hand_tail(name)
        fj = JW.jax_wrapper(name, jax_kernel(hand_kernel(name), jit=False), jit=False,
                           tail_fn=None if tail is None else jax_kernel(tail, jit=False))
        g = np.asarray(jax.jit(jax.vmap(jax.grad(fj)))(jnp.asarray(x[name])))
        np.testing.assert_allclose(g, exact[name](x[name].astype(np.float64)), rtol=2e-6, err_msg=name)
        assert same_bits(np.asarray(jax.jit(fj)(x[name])), numpy_full(name)(x[name])).all(), name


def test_jax_wrapper_source_runs_in_an_emitted_module():
    import jax
    import jax.numpy as jnp
    from codegen.jax_emitter import emit_jax_module, jax_function_source

    for name in ("exp", "log", "erf"):
        tail = hand_tail(name)
        src = emit_jax_module(hand_kernel(name), "kern")
        if tail is not None:
            src += "\n\n" + jax_function_source(tail, "kern_tail")
        src += "\n\n" + JW.jax_wrapper_source(name, "full", "kern", None if tail is None else "kern_tail")
        ns: dict = {}
        exec(compile(src, f"<{name} module>", "exec"), ns)
        assert ns["jax"] is jax and ns["jnp"] is jnp
        x = _inputs()[:100_000]
        assert same_bits(np.asarray(jax.jit(ns["full"])(x)), numpy_full(name)(x)).all(), name


def test_jax_flush_mode_is_the_numpy_flush_model():
    """subnormals="flush": bit-identical to targets/fullrange.py's flush mode on every tested
    input, subnormal inputs and exp's subnormal range included; equal to "exact" wherever
    flush-to-zero cannot act (normal or zero input, exact result not below 2^-126 in magnitude
    or exactly 2^-126, which the flush wrapper may also give as 0); known answers where it acts."""
    from codegen.jax_emitter import jax_kernel

    x = np.concatenate([_inputs(), np.linspace(-104, -86, 200_001, dtype=F32),
                        np.arange(1, 2**23, 7, dtype=np.uint32).view(F32),
                        -np.arange(1, 2**23, 11, dtype=np.uint32).view(F32)])
    tiny = 2.0**-126
    for name in ("exp", "log", "erf"):
        tail = hand_tail(name)
        fj = JW.jax_wrapper(name, jax_kernel(hand_kernel(name), jit=False), subnormals="flush",
                            tail_fn=None if tail is None else jax_kernel(tail, jit=False))
        y = np.asarray(fj(x))
        assert same_bits(y, fr.full_range_function(name, hand_kernel(name), tail, "flush")(x)).all(), name
        exact = numpy_full(name)(x)
        with np.errstate(invalid="ignore"):
            touched = ((x != 0) & (np.abs(x) < tiny)) | ((exact != 0) & (np.abs(exact) <= tiny))
        assert touched.any() and same_bits(y[~touched], exact[~touched]).all(), name
    known = {"exp": ([-100.0, -87.5, 2.0**-140], [0.0, 0.0, 1.0]),
             "log": ([1e-40, -1e-40, 2.0**-126], [-np.inf, -np.inf, float(F32(-126 * np.log(2)))]),
             "erf": ([1e-40, -1e-40], [0.0, -0.0])}
    for name, (xs, want) in known.items():
        tail = hand_tail(name)
        f = fr.full_range_function(name, hand_kernel(name), tail, "flush")
        got = f(np.array(xs, F32))
        assert same_bits(got, np.array(want, F32)).all(), (name, got)
        assert not same_bits(got, numpy_full(name)(np.array(xs, F32))).all(), name  # exact differs
    with pytest.raises(ValueError, match="unknown subnormals mode 'ftz'"):
        JW.jax_wrapper_source("exp", "fn", "kern", subnormals="ftz")
    with pytest.raises(ValueError, match="unknown subnormals mode"):
        fr.full_range_function("exp", hand_kernel("exp"), subnormals="daz")


# ------------------------------------------------------------------ exhaustive (slow)

@pytest.mark.slow
@pytest.mark.parametrize("name,piece", [("exp", "kernel"), ("log", "kernel"), ("erf", "kernel"),
                                        ("erf", "tail")])
def test_reduction_arguments_in_domain_for_all_float32(name, piece):
    from targets.verify import reduction_range

    rr = reduction_range(name, progress=False, piece=piece)
    assert rr.n_checked == 2**32 and rr.inside, rr
