"""Which emitter writes which language: a plain dict from language name to emitter.

Every emitter takes (program, name, comment='') and returns the text of a
self-contained file: a C header or a Python module.
"""
from __future__ import annotations

from typing import Callable

from codegen.c_emitter import emit_c_header
from codegen.jax_emitter import emit_jax_module
from evolve.program import Program

Emitter = Callable[..., str]

EMITTERS: dict[str, Emitter] = {
    "c": emit_c_header,
    "jax": emit_jax_module,
}

# File suffix of each language's output, for callers that write files.
SUFFIXES: dict[str, str] = {"c": ".h", "jax": ".py"}


def get_emitter(lang: str) -> Emitter:
    """The emitter for `lang` ('c' or 'jax'); ValueError naming the known languages otherwise."""
    try:
        return EMITTERS[lang]
    except KeyError:
        raise ValueError(
            f"unknown language {lang!r}; known languages: {', '.join(sorted(EMITTERS))}"
        ) from None


def emit(lang: str, program: Program, name: str, comment: str = "") -> str:
    """Text of `program` as kernel `name` in language `lang`."""
    return get_emitter(lang)(program, name, comment=comment)
