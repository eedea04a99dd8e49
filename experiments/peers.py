"""The implementations users already have, per function: the yardsticks of every table.

One entry per function names its peers; the builders here turn a name into a callable over
float32 arrays (float32 in, float32 out), so accuracy and speed scripts treat every peer alike:

  jax      jnp / jax.nn / jax.scipy (jitted, on jax's default device)
  glibc    the scalar libm function, called per element from a C array loop
  libmvec  glibc's vector ABI: AVX2 `_ZGVdN8v_<f>` and AVX-512 `_ZGVeN16v_<f>` (where the CPU has it)
  sleef    SLEEF's 1.0-ULP variants `Sleef_<f>8_u10avx2` / `Sleef_<f>16_u10avx512f` (Debian
           `libsleef-dev`; `sleef_available()` says whether it is installed)

A peer the machine cannot run (no AVX-512, no SLEEF) is reported by `c_peers` as missing with
the reason, never silently dropped.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path
from typing import Callable

import numpy as np

from kernels import cpu_flags  # noqa: F401  (also puts the repository root on sys.path; used here and by importers)
from codegen.cbuild import compile_shared

# function -> its peers.  glibc/libmvec/sleef: the C name of the float32 function (None: absent).
PEERS: dict[str, dict] = {
    "exp":      {"jax": ("jnp.exp",), "glibc": "expf", "libmvec": "expf", "sleef": "expf"},
    "log":      {"jax": ("jnp.log",), "glibc": "logf", "libmvec": "logf", "sleef": "logf"},
    "erf":      {"jax": ("jax.scipy.special.erf",), "glibc": "erff", "libmvec": "erff", "sleef": "erff"},
    "tanh":     {"jax": ("jnp.tanh",), "glibc": "tanhf", "libmvec": "tanhf", "sleef": "tanhf"},
    "sigmoid":  {"jax": ("jax.nn.sigmoid",), "glibc": None, "libmvec": None, "sleef": None},
    "gelu":     {"jax": ("jax.nn.gelu(approximate=False)", "jax.nn.gelu(approximate=True)"),
                 "glibc": None, "libmvec": None, "sleef": None},
    "softplus": {"jax": ("jax.nn.softplus",), "glibc": None, "libmvec": None, "sleef": None},
    "log1p":    {"jax": ("jnp.log1p",), "glibc": "log1pf", "libmvec": "log1pf", "sleef": "log1pf"},
    "expm1":    {"jax": ("jnp.expm1",), "glibc": "expm1f", "libmvec": "expm1f", "sleef": "expm1f"},
    "exp2":     {"jax": ("jnp.exp2",), "glibc": "exp2f", "libmvec": "exp2f", "sleef": "exp2f"},
    "log2":     {"jax": ("jnp.log2",), "glibc": "log2f", "libmvec": "log2f", "sleef": "log2f"},
}

# vector width in floats, the libmvec and SLEEF symbol patterns, and the gcc flags of the harness
ISAS = {
    "avx2": {"width": 8, "type": "__m256", "libmvec": "_ZGVdN8v_{f}", "sleef": "Sleef_{f}8_u10avx2",
             "flags": ("-mavx2", "-mfma"), "cpu_flag": "avx2"},
    "avx512": {"width": 16, "type": "__m512", "libmvec": "_ZGVeN16v_{f}", "sleef": "Sleef_{f}16_u10avx512f",
               "flags": ("-mavx512f",), "cpu_flag": "avx512f"},
}
HARNESS_FLAGS = ("-O2", "-ffp-contract=off", "-Wall", "-Werror", "-shared", "-fPIC")


def jax_peer(spec: str, jit: bool = True) -> Callable:
    """The JAX peer named `spec` (a key of PEERS[...]["jax"]) on float32 arrays, jitted unless
    not `jit` (to fuse into other jitted code)."""
    import jax
    import jax.numpy as jnp
    import jax.scipy.special as jsp

    fns = {"jnp.exp": jnp.exp, "jnp.log": jnp.log, "jax.scipy.special.erf": jsp.erf, "jnp.tanh": jnp.tanh,
           "jax.nn.sigmoid": jax.nn.sigmoid, "jax.nn.softplus": jax.nn.softplus, "jnp.log1p": jnp.log1p,
           "jnp.expm1": jnp.expm1, "jnp.exp2": jnp.exp2, "jnp.log2": jnp.log2,
           "jax.nn.gelu(approximate=False)": lambda x: jax.nn.gelu(x, approximate=False),
           "jax.nn.gelu(approximate=True)": lambda x: jax.nn.gelu(x, approximate=True)}
    fn = fns[spec]

    def peer(x):
        return fn(jnp.asarray(x, dtype=jnp.float32))

    return jax.jit(peer) if jit else peer


def sleef_available() -> bool:
    """Whether SLEEF's shared library and header are installed (Debian: libsleef-dev)."""
    headers = [Path("/usr/include/sleef.h"), *Path("/usr/include").glob("*-linux-gnu/sleef.h")]
    return ctypes.util.find_library("sleef") is not None and any(h.exists() for h in headers)


def scalar_source(cname: str, name: str) -> str:
    """`void NAME(const float *in, float *out, size_t n)`: the libm function per element."""
    return (f"#include <math.h>\n#include <stddef.h>\n"
            f"void {name}(const float *restrict in, float *restrict out, size_t n)\n"
            f"{{ for (size_t i = 0; i < n; ++i) out[i] = {cname}(in[i]); }}\n")


def vector_source(symbol: str, isa: str, name: str, sleef: bool) -> str:
    """`void NAME(in, out, n)` over a vector entry point `symbol`: full vectors, then the tail
    padded into one more vector (the library sees whole vectors only, as its users' loops do)."""
    spec = ISAS[isa]
    w, vt = spec["width"], spec["type"]
    suffix = "256" if isa == "avx2" else "512"
    decl = "" if sleef else f"{vt} {symbol}({vt});\n"
    return (f"#include <immintrin.h>\n#include <stddef.h>\n#include <string.h>\n"
            + ("#include <sleef.h>\n" if sleef else "") + decl +
            f"void {name}(const float *restrict in, float *restrict out, size_t n)\n{{\n"
            "    size_t i = 0;\n"
            f"    for (; i + {w} <= n; i += {w})\n"
            f"        _mm{suffix}_storeu_ps(out + i, {symbol}(_mm{suffix}_loadu_ps(in + i)));\n"
            f"    if (i < n) {{\n"
            f"        float buf[{w}] = {{0}};\n"
            f"        memcpy(buf, in + i, (n - i) * sizeof(float));\n"
            f"        _mm{suffix}_storeu_ps(buf, {symbol}(_mm{suffix}_loadu_ps(buf)));\n"
            f"        memcpy(out + i, buf, (n - i) * sizeof(float));\n"
            f"    }}\n}}\n")


def c_peers(function: str) -> tuple[dict[str, tuple[ctypes.CDLL, str]], dict[str, str]]:
    """The C peers of `function` this machine can run, as label -> (library, array symbol), and
    the ones it cannot, as label -> reason.  Labels: 'glibc expf', 'libmvec AVX2', ..."""
    entry = PEERS[function]
    have, missing = {}, {}
    if entry["glibc"]:
        lib = compile_shared(scalar_source(entry["glibc"], "peer_array"), HARNESS_FLAGS + ("-lm",))
        have[f"glibc {entry['glibc']}"] = (lib, "peer_array")
    flags = cpu_flags()
    for kind in ("libmvec", "sleef"):
        cname = entry[kind]
        for isa, spec in ISAS.items():
            label = f"{kind} {isa.upper().replace('AVX512', 'AVX-512')}"
            if not cname:
                continue
            if spec["cpu_flag"] not in flags:
                missing[label] = f"this CPU has no {spec['cpu_flag']}"
                continue
            if kind == "sleef" and not sleef_available():
                missing[label] = "SLEEF is not installed (Debian: apt install libsleef-dev)"
                continue
            symbol = spec[kind].format(f=cname)
            link = ("-lsleef",) if kind == "sleef" else ("-lmvec", "-lm")
            source = vector_source(symbol, isa, "peer_array", sleef=kind == "sleef")
            have[label] = (compile_shared(source, HARNESS_FLAGS + spec["flags"] + link), "peer_array")
    return have, missing


def as_array_function(lib: ctypes.CDLL, symbol: str) -> Callable[[np.ndarray], np.ndarray]:
    """`symbol(in, out, n)` as a function of a float32 array returning a new array."""
    fn = getattr(lib, symbol)
    ptr = ctypes.POINTER(ctypes.c_float)
    fn.argtypes = (ptr, ptr, ctypes.c_size_t)
    fn.restype = None

    def apply(x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=np.float32)
        out = np.empty_like(x)
        fn(x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)
        return out

    return apply
