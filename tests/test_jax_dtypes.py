"""The input contract of the JAX exports (codegen/jax_plan.py INPUT_CONTRACT), x64 on and off.

Every exported function takes any real input, rounds it to float32 as numpy's
astype(np.float32) does (float32 subnormals kept: XLA's own f64 -> f32 convert flushes them on
CPU), returns float32 of the input's shape, and differentiates with respect to the input in
the input's dtype.  Checked on the committed exports in results/kernels/ and on a freshly
emitted module.  jax_enable_x64 is switched by a fixture and restored afterwards.
"""
import importlib.util
import json
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from codegen.fullrange_source import full_jax_module
from codegen.jax_emitter import emit_jax_module, jax_kernel
from codegen.jax_plan import input_converter
from evolve.serialize import from_json_obj, from_text
from targets.fullrange import full_range, full_range_program, kernels, template

# numpy (and JAX's host-side cast with x64 off) warn when a float64 beyond float32 becomes inf.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered in cast:RuntimeWarning")
F32 = np.float32
ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "results" / "kernels"
FUNCTIONS = {"exp": "evolved_expf", "log": "evolved_logf", "erf": "evolved_erff"}
EXPORTS = [f"evolved_{t}_jax{m}.py" for t in FUNCTIONS for m in ("", "_flush")]
_LOADED: dict[str, object] = {}


def _load(path: Path):
    """Import a module from a file once per session (jit caches are keyed on x64 anyway)."""
    key = str(path)
    if key not in _LOADED:
        spec = importlib.util.spec_from_file_location(f"_dtypes_{len(_LOADED)}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _LOADED[key] = module
    return _LOADED[key]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """erf (the module with the most functions) emitted now from its export metadata."""
    meta = json.loads((KERNELS / "evolved_erf_jax.py.json").read_text())
    slots = kernels("erf", from_json_obj(meta["program"]), from_json_obj(meta["tail"]["program"]))
    text = full_jax_module(template("erf"), slots, "evolved_erff", "erf", full_range("erf").derivative)
    path = tmp_path_factory.mktemp("fresh") / "fresh_erf.py"
    path.write_text(text)
    return path


@pytest.fixture(params=[False, True], ids=["x64off", "x64on"])
def x64(request):
    old = jax.config.jax_enable_x64
    jax.config.update("jax_enable_x64", request.param)
    yield request.param
    jax.config.update("jax_enable_x64", old)


def _functions(name: str, fresh: Path):
    """(target, full-range function, [kernel functions]) of one module."""
    path = fresh if name == "fresh" else KERNELS / name
    target = "erf" if name == "fresh" else name.split("_")[1]
    module = _load(path)
    fn = FUNCTIONS[target]
    kernels = [getattr(module, f"{fn}_kernel")] + ([getattr(module, f"{fn}_tail")] if target == "erf" else [])
    return target, getattr(module, fn), kernels


def _f64_inputs() -> np.ndarray:
    """float64 values around every float32 rounding hazard: subnormal results (ties, the
    2^-126 boundary, below 2^-150), overflow to inf, and random values across the range."""
    rng = np.random.default_rng(7)
    tiny, sub = 2.0**-126, 2.0**-149
    special = [0.0, -0.0, 1e-40, -1e-40, 3e-39, 1e-45, 7e-46, sub / 2, 1.5 * sub, 2.5 * sub, tiny,
               tiny - sub / 2, tiny - sub / 4, tiny - 3 * sub / 4, -(tiny - sub / 2), 1e-300, 5e-324,
               3.4028235e38, 3.4028235677973366e38, 3.402823669209385e38, 1e39, np.inf, -np.inf, np.nan,
               0.5, 1.0, 2.0, -3.0, 88.7, 89.0, -103.5, 1 / 3, 0.1]
    with np.errstate(invalid="ignore"):  # signalling NaN patterns
        bits = rng.integers(0, 2**32, 3000, dtype=np.uint64).astype(np.uint32).view(F32).astype(np.float64)
    return np.concatenate([special, bits * (1 + rng.uniform(-2**-24, 2**-24, bits.size)),
                           rng.uniform(-12, 12, 2000)])


def _cast32(x) -> np.ndarray:
    """numpy's float32 cast of x, the contract's reference conversion."""
    with np.errstate(over="ignore"):
        return np.asarray(x).astype(F32)


def _references(f, xs: list) -> list:
    """f of numpy's float32 cast of each x, reshaped like x: one float32 vector call for all
    (one compilation; a 1-element array would take another code path in XLA)."""
    flats = [_cast32(x).reshape(-1) for x in xs]
    out = np.asarray(f(np.concatenate(flats)))
    ends = np.cumsum([v.size for v in flats])
    return [out[e - v.size:e].reshape(np.shape(x)) for x, v, e in zip(xs, flats, ends)]


def _same(got, want) -> bool:
    got, want = np.asarray(got), np.asarray(want)
    return (got.dtype == F32 and got.shape == want.shape
            and bool(np.all((got.view(np.uint32) == want.view(np.uint32)) | (np.isnan(got) & np.isnan(want)))))


def _inputs(x64: bool) -> list:
    """Inputs of every kind the contract names (the int64 one only exists with x64 on)."""
    f64 = _f64_inputs()
    every16 = np.arange(2**16, dtype=np.uint16)
    out = [f64, every16.view(np.float16), every16.view(jnp.bfloat16),
           np.array([0, 1, -1, 7, 2**24 + 1, 2**31 - 1, -2**31], np.int32), np.array([True, False]),
           np.float64(1e-40), np.array(-3e-39), np.zeros((0,), np.float64), np.zeros((2, 0), np.float16),
           f64[:12].reshape(3, 4), 1e-40, -2.5, 3]
    if x64:
        out.append(np.array([2**63 - 1, -2**53 - 1, (1 << 40) + (1 << 16) + 1], np.int64))
    return out


@pytest.mark.parametrize("name", EXPORTS + ["fresh"])
def test_values_any_real_input(name, fresh, x64):
    """f(x) is f(float32(x)) bit for bit for every input kind, float32 of x's shape, under jit
    and vmap; subnormal float32 values of x (e.g. 1e-40 as float64) are not flushed.  The
    kernels share the full function's conversion: a few kinds suffice for them."""
    _, full, kernels = _functions(name, fresh)
    inputs = _inputs(x64)
    for f, xs in [(full, inputs)] + [(k, inputs[:2] + inputs[-3:-1]) for k in kernels]:
        for x, want in zip(xs, _references(f, xs)):
            assert _same(f(x), want), (f.__name__, np.asarray(x).dtype, np.shape(x), x if np.ndim(x) < 1 else "")
    x = inputs[0]
    want = full(_cast32(x))
    assert _same(jax.vmap(full)(x), want)
    assert _same(jax.jit(lambda v: full(v) * 1)(x), want)


def _derivative(target: str, x32: np.ndarray) -> np.ndarray:
    """d/dx of the exact function at the float32 input, in float64."""
    x = x32.astype(np.float64)
    with np.errstate(divide="ignore", over="ignore"):
        return {"exp": np.exp(x), "log": 1 / x, "erf": 2 / np.sqrt(np.pi) * np.exp(-x * x)}[target]


@pytest.mark.parametrize("name", EXPORTS + ["fresh"])
def test_grad_in_input_dtype(name, fresh, x64):
    """grad (also under vmap and jit) w.r.t. the input, in the input's dtype, equal to the exact
    derivative at float32(x) up to float32 rounding (and the input dtype's)."""
    target, full, _ = _functions(name, fresh)
    dtypes = [np.float32, np.float16, jnp.bfloat16] + ([np.float64] if x64 else [])
    # No point whose derivative or its float32 input is subnormal but not rounded to zero
    # or inf: XLA on CPU flushes those inside the derivative itself, float32 input or not.
    xs = {"exp": [0.0, 1.5, -3.0, -80.0, 1e-40], "log": [0.75, 2.0, 1e10, 1e-30, 1e-40],
          "erf": [0.0, 0.5, 1.2, -2.0, 1e-40]}[target]
    grad = jax.grad(full)
    for dtype in dtypes:
        x = np.array(xs, np.float64).astype(dtype)
        g = jax.jit(jax.vmap(grad))(x)
        assert g.dtype == x.dtype
        want = _derivative(target, x.astype(F32))
        tol = max(4 * 2.0**-23, float(jnp.finfo(dtype).eps))
        assert np.allclose(np.asarray(g, np.float64), np.asarray(want.astype(F32).astype(dtype), np.float64),
                           rtol=tol, atol=0), (dtype, g, want)
    g0 = grad(x[1])  # eager, on a 0-d input of the last dtype
    assert g0.dtype == x.dtype and g0.shape == ()
    assert np.asarray(g0, np.float64) == np.asarray(g, np.float64)[1]
    g = grad(2.0)  # a Python float: float64 with x64 on, float32 off
    assert g.dtype == jnp.asarray(2.0).dtype
    assert np.isclose(float(g), _derivative(target, np.array([2.0], F32))[0], rtol=4 * 2.0**-23)


@pytest.mark.parametrize("name", EXPORTS[:1] + ["fresh"])
def test_complex_input_raises(name, fresh, x64):
    _, full, kernels = _functions(name, fresh)
    for f in [full, *kernels]:
        with pytest.raises(TypeError, match="complex"):
            f(np.array([1 + 2j], np.complex64))
        with pytest.raises(TypeError, match="complex"):
            f(1j)


def test_runtime_callables_follow_the_contract(x64):
    """jax_kernel of a kernel and of a whole full-range program, and a full-range module exec'd
    at run time from its emitted text, convert too (all from the same emitted code paths)."""
    program = from_text("v0 = x\nv1 = mul v0 v0\nv2 = fma v1 v0 v0\nreturn v2")
    kernel = jax_kernel(program)
    whole = jax_kernel(full_range_program("exp", program))
    module = {}
    exec(full_jax_module(template("exp"), kernels("exp", program), "full", "exp", full_range("exp").derivative),
         module)
    full = module["full"]
    namespace = {}  # a plain (non-strict) kernel module carries the conversion too
    exec(emit_jax_module(program, "k", strict=False), namespace)
    x = _f64_inputs()
    for f in (kernel, whole, full, namespace["k"]):
        assert _same(f(x), f(x.astype(F32)))
        assert _same(f(1e-40), f(np.array([1e-40], F32))[0])
    assert _same(whole(x), full(x))
    assert jax.grad(full)(np.float32(0.5)).dtype == np.float32
    if x64:
        assert jax.grad(full)(np.float64(0.5)).dtype == np.float64


def test_float32_input_costs_nothing(x64):
    """The conversion is resolved at trace time: float32 input adds no op to the jaxpr, so the
    float32 path is the verified one, unchanged."""
    as_float32 = input_converter()
    assert not jax.make_jaxpr(as_float32)(np.ones(5, F32)).eqns
    assert jax.make_jaxpr(as_float32)(np.ones(5, np.float16)).eqns
