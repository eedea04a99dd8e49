"""Every implementation the benchmarks compare: ours as numpy evaluator, compiled C and jitted
JAX (strict / non-strict / flush), all full-range, built from each target's template
(targets/fullrange.py) as `evolve export` writes them (codegen/fullrange_source.py);
peers jnp/jax.scipy (jitted), numpy float32 and libm (a small C array harness, called through
ctypes); and the compute-bound chains both sides are timed in.
"""
from __future__ import annotations

import ctypes
from typing import Callable

import numpy as np

import kernels  # noqa: F401  (puts the repository root on sys.path, for the imports below)
from codegen.c_emitter import C_PRAGMA_POP, C_PRAGMA_PUSH, emit_c_array
from codegen.cbuild import DEFAULT_FLAGS, array_function, compile_shared
from codegen.fullrange_source import full_c_header, full_jax_module
from evolve.program import Program

ACCURACY_FLAGS = DEFAULT_FLAGS                       # -O2 -ffp-contract=off
SPEED_FLAGS = DEFAULT_FLAGS + ("-O3", "-march=native")  # later -O3 wins; contraction stays off
AVX2_FLAGS = DEFAULT_FLAGS + ("-O3", "-march=haswell")   # what an AVX2 server builds with -march=native
LIBM = {"exp": "expf", "log": "logf", "erf": "erff"}
# The renormalisation of the compute-bound chains: x <- x0 + SIGN * f(x) keeps every value in a
# bounded range (exp: x0 <= 1 so f <= e; log: x >= 1 so f >= 0; erf: |f| <= 1).
CHAIN_SIGN = {"exp": -1, "log": 1, "erf": 1}
CHAIN_RANGE = {"exp": (-5.0, 1.0), "log": (1.0, 100.0), "erf": (-3.0, 3.0)}


# ----------------------------------------------------------------------------- ours

def numpy_full(target: str, program: Program, tail: Program | None = None) -> Callable:
    """Full-range float32 function through the numpy evaluator (the reference semantics)."""
    from targets.fullrange import full_range_function

    return full_range_function(target, program, tail)


def c_source(target: str, program: Program, name: str = "ours", extra: str = "",
             tail: Program | None = None) -> str:
    """The exported C header of the full-range `NAME` (its kernels, `NAME`, `NAME_array`, made
    external) followed by `extra` (more code using NAME).  The header guards its functions
    with `#pragma GCC optimize("fp-contract=off")`, and gcc does not inline across functions
    whose optimize attributes differ: `extra` sits under the same pragma, otherwise a loop
    calling NAME would make a call per element."""
    from targets.fullrange import fast_path, kernels, template

    header = full_c_header(template(target), kernels(target, program, tail), name, target,
                           fast=fast_path(target, program, tail))
    return "#define EVOLVE_ARRAY_LINKAGE\n" + header + (C_PRAGMA_PUSH + extra + C_PRAGMA_POP if extra else "")


def c_full(target: str, program: Program, flags=ACCURACY_FLAGS, tail: Program | None = None) -> Callable:
    """Compiled C full-range array function (new output array per call)."""
    return array_function(compile_shared(c_source(target, program, tail=tail), flags), "ours")


def jax_full(target: str, program: Program, strict: bool = True, jit: bool = True,
             tail: Program | None = None, subnormals: str = "exact") -> Callable:
    """The exported full-range JAX function (the module text of `evolve export --lang jax`,
    exec'd here): strict or plain ops; subnormals "exact" or "flush" (XLA's CPU semantics).
    jit=False gives the unjitted function (a jax.custom_jvp), for use inside other jitted code."""
    from targets.fullrange import full_range, kernels, template

    text = full_jax_module(template(target, subnormals), kernels(target, program, tail), "ours", target,
                           full_range(target).derivative, strict=strict)
    namespace: dict = {}
    exec(compile(text, f"<ours {target} {subnormals}{'' if strict else ' non-strict'}>", "exec"), namespace)
    return namespace["ours"] if jit else namespace["_ours_full"]


# ----------------------------------------------------------------------------- peers

def libm_source(target: str, name: str = "libm") -> str:
    """C source of `NAME_array` calling libm's expf/logf/erff per element."""
    return ("#include <math.h>\n#include <stddef.h>\n"
            f"static inline float {name}(float x) {{ return {LIBM[target]}(x); }}\n"
            + emit_c_array(name, name))


def libm_full(target: str, flags=ACCURACY_FLAGS) -> Callable:
    """glibc's expf/logf/erff over an array (new output array per call)."""
    return array_function(compile_shared(libm_source(target), flags), "libm")


def jax_peer(target: str, jit: bool = True) -> Callable:
    """jnp.exp / jnp.log / jax.scipy.special.erf on float32."""
    import jax
    import jax.numpy as jnp
    import jax.scipy.special as jsp

    fn = {"exp": jnp.exp, "log": jnp.log, "erf": jsp.erf}[target]

    def peer(x):
        return fn(jnp.asarray(x, dtype=jnp.float32))

    return jax.jit(peer) if jit else peer


def numpy_peer(target: str) -> Callable | None:
    """np.exp / np.log on float32 arrays (float32 loops); numpy has no erf: None."""
    fn = {"exp": np.exp, "log": np.log}.get(target)
    if fn is None:
        return None

    def peer(x):
        with np.errstate(all="ignore"):
            return fn(np.asarray(x, dtype=np.float32))

    return peer


# ----------------------------------------------------------------------------- C timing helpers

def chain_c_source(target: str, scalar: str, name: str, reps: int,
                   block: int = 1024) -> str:
    """`void NAME_chain(in, out, n)`: x <- x0 +- f(x), `reps` times per element, in L1-sized
    blocks so the inner loop over elements can vectorize (the same code for every f)."""
    op = "-" if CHAIN_SIGN[target] < 0 else "+"
    return f"""
void {name}_chain(const float *restrict in, float *restrict out, size_t n)
{{
    float x[{block}];
    for (size_t b = 0; b < n; b += {block}) {{
        size_t m = n - b < {block} ? n - b : {block};
        for (size_t i = 0; i < m; ++i) x[i] = in[b + i];
        for (int j = 0; j < {reps}; ++j)
            for (size_t i = 0; i < m; ++i) x[i] = in[b + i] {op} {scalar}(x[i]);
        for (size_t i = 0; i < m; ++i) out[b + i] = x[i];
    }}
}}
"""


def bind_raw(lib: ctypes.CDLL, symbol: str) -> Callable[[np.ndarray, np.ndarray], None]:
    """`symbol(in, out, n)` as fn(x, out) on preallocated contiguous float32 arrays (no copies)."""
    fn = getattr(lib, symbol)
    ptr = ctypes.POINTER(ctypes.c_float)
    fn.argtypes = (ptr, ptr, ctypes.c_size_t)
    fn.restype = None

    def call(x: np.ndarray, out: np.ndarray) -> None:
        fn(x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)

    return call


def c_speed_functions(target: str, program: Program, reps: int, flags=SPEED_FLAGS,
                      tail: Program | None = None) -> dict:
    """Raw (x, out) callables for timing: ours/libm array and ours/libm chain."""
    ours = compile_shared(c_source(target, program, extra=chain_c_source(target, "ours", "ours", reps),
                                   tail=tail),
                          flags)
    libm = compile_shared(libm_source(target) + chain_c_source(target, "libm", "libm", reps), flags)
    return {"ours_array": bind_raw(ours, "ours_array"), "libm_array": bind_raw(libm, "libm_array"),
            "ours_chain": bind_raw(ours, "ours_chain"), "libm_chain": bind_raw(libm, "libm_chain")}


def jax_chain(fn: Callable, target: str, reps: int) -> Callable:
    """jit of x <- x0 +- fn(x) applied `reps` times in a lax.fori_loop: each iteration is one
    fused loop over a cache-resident array, so the time is compute, not memory traffic.

    Not unrolled: XLA CPU (jax 0.10.2) fuses an unrolled chain into one huge loop whose time per
    application grows with the chain length for strict kernels (measured: erf strict 5 ns per
    application at depth 1, 99 ns at depth 32), and even jnp.exp got slower unrolled."""
    import jax

    sign = CHAIN_SIGN[target]

    def chain(x0):
        def body(_, x):
            return x0 - fn(x) if sign < 0 else x0 + fn(x)

        return jax.lax.fori_loop(0, reps, body, x0)

    return jax.jit(chain)
