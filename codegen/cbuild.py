"""Compile C source into a shared library with gcc and call it from Python via ctypes.

Used by the tests, by verification (the C export is checked by running it) and by
benchmarks.  Libraries are cached by a hash of source + flags, so compiling the
same kernel twice costs nothing.  The default flags keep float32 semantics exact:
`-ffp-contract=off` stops gcc from fusing a*b+c into an fma (GNU C mode fuses by
default when the target has FMA).
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

DEFAULT_FLAGS: tuple[str, ...] = (
    "-O2", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off", "-shared", "-fPIC",
)

# Loaded libraries stay referenced so ctypes never unloads code still in use.
_LOADED: dict[str, ctypes.CDLL] = {}


class CompileError(RuntimeError):
    """gcc rejected a source; the message carries gcc's stderr and the command line."""


def cache_dir() -> Path:
    """Where compiled libraries live: $EVOLVE_CBUILD_CACHE or a per-user temp folder."""
    root = os.environ.get("EVOLVE_CBUILD_CACHE")
    path = Path(root) if root else Path(tempfile.gettempdir()) / f"evolve-cbuild-{os.getuid()}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def compiler() -> str:
    """The C compiler to use: $CC or gcc; raises if it is not on PATH."""
    cc = os.environ.get("CC", "gcc")
    if shutil.which(cc) is None:
        raise CompileError(f"C compiler {cc!r} not found on PATH")
    return cc


def compile_shared(source: str, flags: Sequence[str] = DEFAULT_FLAGS) -> ctypes.CDLL:
    """Compile `source` into a shared library with `flags` and load it.

    `flags` replace the defaults entirely (pass `-shared -fPIC` yourself when
    overriding, e.g. DEFAULT_FLAGS + ("-O3", "-march=native") for benchmarks;
    later flags win in gcc).  Raises CompileError with gcc's stderr on failure.
    """
    cc = compiler()
    flags = tuple(flags)
    key = hashlib.sha256("\0".join((cc, *flags, source)).encode()).hexdigest()[:24]
    if key in _LOADED:
        return _LOADED[key]
    out_dir = cache_dir()
    lib_path = out_dir / f"lib_{key}.so"
    if not lib_path.exists():
        src_path = out_dir / f"src_{key}.c"
        src_path.write_text(source)
        # Build to a private temp name then rename: concurrent builders never see half a file.
        tmp_path = out_dir / f".lib_{key}.{os.getpid()}.so"
        cmd = [cc, *flags, "-o", str(tmp_path), str(src_path), "-lm"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tmp_path.unlink(missing_ok=True)
            raise CompileError(
                f"gcc failed (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stderr.strip()}"
            )
        os.replace(tmp_path, lib_path)
    lib = ctypes.CDLL(str(lib_path))
    _LOADED[key] = lib
    return lib


def array_function(lib: ctypes.CDLL, name: str) -> Callable[[np.ndarray], np.ndarray]:
    """Wrap `void NAME_array(const float *in, float *out, size_t n)` from `lib`.

    The returned callable takes any array-like, converts it to a contiguous
    float32 array and returns a new float32 array of the same shape.
    """
    try:
        fn = getattr(lib, f"{name}_array")
    except AttributeError:
        raise ValueError(f"library has no function {name}_array") from None
    ptr = ctypes.POINTER(ctypes.c_float)
    fn.argtypes = (ptr, ptr, ctypes.c_size_t)
    fn.restype = None

    def apply(x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=np.float32)
        out = np.empty_like(x)
        fn(x.ctypes.data_as(ptr), out.ctypes.data_as(ptr), x.size)
        return out

    apply.__name__ = f"{name}_array"
    return apply
