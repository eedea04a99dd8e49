"""Compile C (or C++) source into a shared library and call it from Python via ctypes.

Used by the tests, by verification (the C export is checked by running it) and by
benchmarks.  Every library is keyed by a hash of exactly what it is built from: the
full source text (callers inline headers rather than #include a path, so an edited
header is a new key), the compiler's identity (resolved path and `--version` output,
read once per process) and the flags.  A cached library therefore always holds the
code it is asked for.  The cache is per user: $EVOLVE_CBUILD_CACHE, else
$XDG_CACHE_HOME/evolve-float32/cbuild (default ~/.cache/evolve-float32/cbuild).
The default flags keep float32 semantics exact: `-ffp-contract=off` stops gcc from
fusing a*b+c into an fma (GNU C mode fuses by default when the target has FMA).
"""
from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

DEFAULT_FLAGS: tuple[str, ...] = (
    "-O2", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off", "-shared", "-fPIC",
)

# Loaded libraries stay referenced so ctypes never unloads code still in use.  Keyed like
# the files (content hash), so a hit is always the same code.
_LOADED: dict[str, ctypes.CDLL] = {}


class CompileError(RuntimeError):
    """The compiler rejected a source; the message carries its stderr and the command line."""


def cache_dir() -> Path:
    """Where compiled libraries live: $EVOLVE_CBUILD_CACHE, else
    $XDG_CACHE_HOME/evolve-float32/cbuild, else ~/.cache/evolve-float32/cbuild."""
    root = os.environ.get("EVOLVE_CBUILD_CACHE")
    if root:
        path = Path(root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
        path = base / "evolve-float32" / "cbuild"
    path.mkdir(parents=True, exist_ok=True)
    return path


def compiler(lang: str = "c") -> str:
    """The compiler to use: $CC or gcc for C, $CXX or g++ for "c++"; raises if not on PATH."""
    if lang not in ("c", "c++"):
        raise ValueError(f"unknown language {lang!r}; known: c, c++")
    cc = os.environ.get("CC", "gcc") if lang == "c" else os.environ.get("CXX", "g++")
    if shutil.which(cc) is None:
        raise CompileError(f"compiler {cc!r} not found on PATH")
    return cc


@functools.lru_cache(maxsize=None)
def compiler_identity(cc: str) -> str:
    """The resolved path of compiler `cc` and its `--version` output (computed once per process)."""
    found = shutil.which(cc)
    if found is None:
        raise CompileError(f"compiler {cc!r} not found on PATH")
    path = os.path.realpath(found)
    proc = subprocess.run([path, "--version"], capture_output=True, text=True)
    return f"{path}\n{proc.stdout}{proc.stderr}"


def build_key(source: str, flags: Sequence[str], cc: str, lang: str = "c") -> str:
    """The cache key of a build: a hash of the source text, the compiler identity and the flags."""
    parts = (lang, compiler_identity(cc), *flags, source)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def compile_shared(source: str, flags: Sequence[str] = DEFAULT_FLAGS, cc: str | None = None,
                   lang: str = "c") -> ctypes.CDLL:
    """Compile `source` (the complete text: inline headers, do not #include them by path) into
    a shared library with `flags` and load it.

    `flags` replace the defaults entirely (pass `-shared -fPIC` yourself when overriding, e.g.
    DEFAULT_FLAGS + ("-O3", "-march=native") for benchmarks; later flags win).  `lang`: "c" or
    "c++"; `cc`: the compiler (default `compiler(lang)`).  Raises CompileError with the
    compiler's stderr on failure.
    """
    cc = cc or compiler(lang)
    flags = tuple(flags)
    key = build_key(source, flags, cc, lang)
    if key in _LOADED:
        return _LOADED[key]
    out_dir = cache_dir()
    lib_path = out_dir / f"lib_{key}.so"
    if lib_path.exists():
        try:
            lib = _LOADED[key] = ctypes.CDLL(str(lib_path))
            return lib
        except OSError:  # a damaged cache entry (e.g. a truncated file): build it again
            lib_path.unlink(missing_ok=True)
    if not lib_path.exists():
        src_path = out_dir / f"src_{key}.{'c' if lang == 'c' else 'cpp'}"
        tmp_src = out_dir / f".src_{key}.{os.getpid()}{src_path.suffix}"
        tmp_src.write_text(source)
        os.replace(tmp_src, src_path)
        # Build to a private temp name then rename: concurrent builders never see half a file.
        tmp_path = out_dir / f".lib_{key}.{os.getpid()}.so"
        # Libraries (-l...) go after the source: a linker with --as-needed drops earlier ones.
        libs = [f for f in flags if f.startswith("-l")]
        opts = [f for f in flags if not f.startswith("-l")]
        cmd = [cc, *opts, "-o", str(tmp_path), str(src_path), *libs, "-lm"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tmp_path.unlink(missing_ok=True)
            raise CompileError(
                f"{cc} failed (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stderr.strip()}"
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
        raise ValueError(f"the compiled code defines no function {name}_array") from None
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
