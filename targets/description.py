"""Targets as data: a description (a YAML mapping) says everything the engine needs about a
function, so adding one touches no Python.

    name: softsign                     # the key in targets/builtin.yaml or in target.define
    description: "x / (1 + |x|) ..."   # optional text
    reference: mylib.softsign_mp       # the function at mpmath precision (dotted import path)
    float64: mylib.softsign_np         # a vectorized float64 reference, for exhaustive sweeps
    # either may instead be a formula in x: {formula: "x / (1 + abs(x))"} (names from mpmath
    # for `reference`, from numpy then scipy.special for `float64`; + - * / **, numbers, calls)
    scheme: pieces                     # a scheme of targets/schemes.py: exp_like, log_like, pieces
    params: {...}                      # the scheme's parameters (numbers may be hex strings)
    kernels:                           # one entry per kernel slot the scheme calls
      core: {domain: [0, 1.25], reference: ..., float64: ..., domain_above: ...}
    derivative: "t / jnp.square(1 + jnp.abs(x))"  # d/dx times the tangent t, jnp in x, y = f(x), t
    uses: {exp: {target: exp, program: {...}}}   # verified exports an expression may call
    special: [[0.0, 1.0], ["-inf", 0.0]]          # a table of special values (exact input bits)
    function: evolved_softsignf        # the exported C/JAX name (default evolved_NAMEf)

A kernel's reference defaults to the function's.  Slot "core" is searched as target NAME,
any other slot S as NAME_S.  `uses` entries are export metadata (what `evolve export` writes
beside a kernel, or a path to it): the used function is that export's whole program.
Errors (DescriptionError, a ValueError) name the target and the key.
"""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path

KEYS = {"description", "reference", "float64", "scheme", "params", "kernels", "derivative", "uses", "special",
        "fast_range", "function"}
KERNEL_KEYS = {"domain", "reference", "float64", "domain_above"}


class DescriptionError(ValueError):
    """A target description that cannot be used; the message names the target and key."""


class Dotted:
    """A function given by a dotted import path (e.g. mpmath.erf), resolved at once (a bad
    path fails when the description loads) and pickled by its path (Ray ships Targets)."""

    def __init__(self, path, where: str = ""):
        if callable(path):  # the Python API may pass the function itself: kept by its import path
            path = f"{path.__module__}.{path.__qualname__}"
        self.path = path
        module, _, attr = str(path).rpartition(".")
        try:
            self.fn = getattr(importlib.import_module(module), attr) if module else None
        except (ImportError, AttributeError, ValueError):
            self.fn = None
        if not callable(self.fn):
            raise DescriptionError(f"{where}: cannot import a function {path!r} (a dotted path such as mpmath.erf, "
                                   f"or a module-level function)")

    def __call__(self, *args):
        return self.fn(*args)

    def __getstate__(self):
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"])

    def __repr__(self):
        return f"Dotted({self.path!r})"

    def __eq__(self, other):
        return isinstance(other, Dotted) and other.path == self.path

    def __hash__(self):
        return hash(self.path)


_FORMULA_NAMESPACES = {"mpmath": ("mpmath",), "float64": ("numpy", "scipy.special")}


class Formula:
    """A reference given as a formula in x, e.g. {formula: "1 / (1 + exp(-x))"}: function names
    come from mpmath (`kind` "mpmath") or from numpy, then scipy.special ("float64").  Only
    numbers, x, + - * / ** and calls of those functions are accepted.  Pickled by its text;
    `path` (the text, tagged) keys point-set caches as a dotted path does."""

    def __init__(self, text, kind: str, where: str = ""):
        import ast

        if kind not in _FORMULA_NAMESPACES:
            raise ValueError(f"unknown formula kind {kind!r}")
        self.text, self.kind = text, kind
        self.path = f"formula[{kind}]: {text}"
        if not isinstance(text, str):
            raise DescriptionError(f"{where}: a formula is an expression in x, got {text!r}")
        try:
            tree = ast.parse(text, mode="eval")
        except SyntaxError as e:
            raise DescriptionError(f"{where}: formula {text!r}: {e.msg}") from None
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Call, ast.Name, ast.Constant, ast.Load,
                   ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.USub, ast.UAdd)
        names = {}
        modules = [importlib.import_module(m) for m in _FORMULA_NAMESPACES[kind]]
        for node in ast.walk(tree):
            if not isinstance(node, allowed) or (isinstance(node, ast.Call) and (
                    node.keywords or not isinstance(node.func, ast.Name))):
                raise DescriptionError(f"{where}: formula {text!r}: {ast.unparse(node)!r} is not allowed "
                                       f"(numbers, x, + - * / **, function calls)")
            if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
                raise DescriptionError(f"{where}: formula {text!r}: {node.value!r} is not a number")
            if isinstance(node, ast.Name) and node.id != "x":
                if node.id.startswith("_"):
                    raise DescriptionError(f"{where}: formula {text!r}: unknown name {node.id!r}")
                value = next((getattr(m, node.id) for m in modules if hasattr(m, node.id)), None)
                if value is None:
                    raise DescriptionError(f"{where}: formula {text!r}: unknown name {node.id!r} "
                                           f"(not in {' or '.join(_FORMULA_NAMESPACES[kind])})")
                names[node.id] = value
        self._code = compile(tree, f"<formula {text}>", "eval")
        self._names = names

    def __call__(self, x):
        import numpy as np

        if self.kind == "float64":
            with np.errstate(all="ignore"):
                return eval(self._code, {"__builtins__": {}}, {**self._names, "x": np.asarray(x, dtype=np.float64)})
        return eval(self._code, {"__builtins__": {}}, {**self._names, "x": x})

    def __getstate__(self):
        return {"text": self.text, "kind": self.kind}

    def __setstate__(self, state):
        self.__init__(state["text"], state["kind"])

    def __repr__(self):
        return f"Formula({self.text!r}, {self.kind!r})"

    def __eq__(self, other):
        return isinstance(other, Formula) and (other.text, other.kind) == (self.text, self.kind)

    def __hash__(self):
        return hash((self.text, self.kind))


def reference_function(value, kind: str, where: str):
    """A reference from a description: a dotted import path, or {formula: TEXT} (Formula)."""
    if isinstance(value, dict):
        if set(value) != {"formula"}:
            raise DescriptionError(f"{where}: a reference is a dotted path or {{formula: \"... x ...\"}}, "
                                   f"got keys {sorted(value)}")
        return Formula(value["formula"], kind, where)
    return Dotted(value, where)


def number(value, where: str) -> float:
    """A float from a YAML number or a decimal/hex string ('0x1.62e6p-2')."""
    if isinstance(value, bool):
        raise DescriptionError(f"{where}: expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    try:
        text = str(value).strip()
        return float.fromhex(text) if "0x" in text.lower() else float(text)
    except ValueError:
        raise DescriptionError(f"{where}: expected a number, got {value!r}") from None


def _numbers(obj, where: str):
    """`obj` with every hex string turned into a float (scheme parameters), recursively."""
    if isinstance(obj, dict):
        return {k: _numbers(v, f"{where}.{k}") for k, v in obj.items()}
    if isinstance(obj, list):
        return [_numbers(v, f"{where}[{i}]") for i, v in enumerate(obj)]
    if isinstance(obj, str) and obj.strip().lower().lstrip("+-").startswith("0x"):
        return number(obj, where)
    return obj


@dataclass(frozen=True)
class Kernel:
    """One kernel slot: its default domain and references (Dotted or Formula)."""

    domain: tuple[float, float]
    reference: Dotted | Formula
    float64: Dotted | Formula
    domain_above: float | None = None


@dataclass(frozen=True)
class Description:
    """A parsed, checked target description."""

    name: str
    reference: Dotted | Formula
    float64: Dotted | Formula
    scheme: str
    params: dict
    kernels: dict[str, Kernel]
    derivative: str
    uses: dict = field(default_factory=dict)
    special: tuple = ()  # (input, output) pairs applied after the scheme
    text: str = ""
    source: dict = field(default_factory=dict)  # the description as given (with `uses` inlined)
    fast_range: tuple | None = None  # ((lo, hi), ...) where no special case applies (targets/fastpath.py)
    function: str | None = None  # the exported name, when not evolved_NAMEf

    def search_target(self, slot: str) -> str:
        """The search target name of a kernel slot: NAME for core, NAME_S otherwise."""
        return self.name if slot == "core" else f"{self.name}_{slot}"


def _uses(value, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DescriptionError(f"{where}: must map names to exports (paths to their .json, or the metadata)")
    out = {}
    for fname, meta in value.items():
        if isinstance(meta, str):
            path = Path(meta)
            if not path.is_file():
                raise DescriptionError(f"{where}.{fname}: no export metadata at {meta!r}")
            try:
                meta = json.loads(path.read_text())
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                raise DescriptionError(f"{where}.{fname}: {meta!r} is not export metadata ({e})") from None
        if not isinstance(meta, dict) or "target" not in meta or "program" not in meta:
            raise DescriptionError(f"{where}.{fname}: export metadata needs 'target' and 'program'")
        keep = {"target": meta["target"], "program": meta["program"]}
        if meta.get("tail"):
            keep["tail"] = {"program": meta["tail"]["program"]}
        if meta.get("definitions"):  # a target defined in a config: its description travels with it
            keep["definitions"] = meta["definitions"]
        out[str(fname)] = keep
    return out


def _fast_range(value, where: str) -> tuple | None:
    """`fast_range`: [lo, hi] or a list of such intervals -> ((lo, hi), ...), each lo < hi."""
    if value is None:
        return None
    intervals = value if isinstance(value, list) and value and all(isinstance(v, list) for v in value) else [value]
    out = []
    for iv in intervals:
        if not (isinstance(iv, list) and len(iv) == 2):
            raise DescriptionError(f"{where}: must be [lo, hi] or a list of [lo, hi], got {value!r}")
        lo, hi = number(iv[0], where), number(iv[1], where)
        if not lo < hi:
            raise DescriptionError(f"{where}: needs lo < hi, got {iv!r}")
        out.append((lo, hi))
    return tuple(out)


def parse(name: str, d, where: str = "", resolve=None) -> Description:
    """Check a description mapping and build it; DescriptionError naming the bad key.
    `resolve(meta, subnormals)`: the whole program of an export named in `uses` (the registry
    passes targets.registry.used_program; this module looks no target up by name)."""
    from targets.schemes import SCHEMES

    where = where or f"target {name!r}"
    if not (isinstance(name, str) and name.isidentifier()):
        raise DescriptionError(f"{where}: the name must be an identifier, got {name!r}")
    if not isinstance(d, dict):
        raise DescriptionError(f"{where}: a description is a mapping of {', '.join(sorted(KEYS))}")
    unknown = sorted(set(d) - KEYS)
    if unknown:
        raise DescriptionError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")
    for key in ("reference", "float64", "scheme", "kernels", "derivative"):
        if key not in d:
            raise DescriptionError(f"{where}: missing key {key!r}")
    if d["scheme"] not in SCHEMES:
        raise DescriptionError(f"{where}.scheme: unknown scheme {d['scheme']!r}; known: {', '.join(sorted(SCHEMES))}")
    reference = reference_function(d["reference"], "mpmath", f"{where}.reference")
    float64 = reference_function(d["float64"], "float64", f"{where}.float64")
    if not isinstance(d["kernels"], dict) or not d["kernels"]:
        raise DescriptionError(f"{where}.kernels: must map slot names to {{domain: [lo, hi], ...}}")
    kernels = {}
    for slot, k in d["kernels"].items():
        at = f"{where}.kernels.{slot}"
        if not (isinstance(slot, str) and slot.isidentifier()):
            raise DescriptionError(f"{at}: a slot name must be an identifier")
        if not isinstance(k, dict) or "domain" not in k:
            raise DescriptionError(f"{at}: needs a domain [lo, hi]")
        bad = sorted(set(k) - KERNEL_KEYS)
        if bad:
            raise DescriptionError(f"{at}: unknown key {bad[0]!r} (known: {', '.join(sorted(KERNEL_KEYS))})")
        dom = k["domain"]
        if not (isinstance(dom, list) and len(dom) == 2):
            raise DescriptionError(f"{at}.domain: must be [lo, hi], got {dom!r}")
        kernels[slot] = Kernel((number(dom[0], f"{at}.domain"), number(dom[1], f"{at}.domain")),
                               reference_function(k["reference"], "mpmath", f"{at}.reference")
                               if "reference" in k else reference,
                               reference_function(k["float64"], "float64", f"{at}.float64")
                               if "float64" in k else float64,
                               None if k.get("domain_above") is None else number(k["domain_above"], f"{at}.domain_above"))
    params = _numbers(d.get("params") or {}, f"{where}.params")
    if not isinstance(params, dict):
        raise DescriptionError(f"{where}.params: must be a mapping of the scheme's parameters")
    check_derivative(d["derivative"], f"{where}.derivative")
    uses = _uses(d.get("uses"), f"{where}.uses")
    special = d.get("special") or []
    if not (isinstance(special, list) and all(isinstance(p, list) and len(p) == 2 for p in special)):
        raise DescriptionError(f"{where}.special: must be a list of [input, output] pairs")
    special = tuple((number(a, f"{where}.special"), number(b, f"{where}.special")) for a, b in special)
    fast = _fast_range(d.get("fast_range"), f"{where}.fast_range")
    function = d.get("function")
    if function is not None and not (isinstance(function, str) and function.isidentifier()):
        raise DescriptionError(f"{where}.function: must be a C/Python identifier, got {function!r}")
    desc = Description(name, reference, float64, d["scheme"], params, kernels, d["derivative"], uses,
                       special, str(d.get("description") or ""), {**d, "uses": uses}, fast, function)
    template_of(desc, "exact", resolve)  # build it once now: a bad parameter or slot fails at load time
    return desc


_DERIVATIVE_NAMES = {"x", "y", "t", "jnp", "jax", "float", "_as_float32"}


def check_derivative(text, where: str) -> None:
    """The derivative is emitted into the JAX module as code: only an expression over x, y, t,
    numbers and jnp/jax functions is accepted (no other names, no dunders, no lambdas)."""
    import ast

    if not isinstance(text, str):
        raise DescriptionError(f"{where}: must be a jnp expression in x, y and t")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as e:
        raise DescriptionError(f"{where}: {text!r}: {e.msg}") from None
    allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Call, ast.Attribute, ast.Name, ast.Constant, ast.Load,
               ast.operator, ast.unaryop, ast.keyword, ast.Tuple)
    for node in ast.walk(tree):
        if not isinstance(node, allowed):
            raise DescriptionError(f"{where}: {text!r}: {type(node).__name__} is not allowed")
        if isinstance(node, ast.Name) and node.id not in _DERIVATIVE_NAMES:
            raise DescriptionError(f"{where}: {text!r}: unknown name {node.id!r} (use x, y, t, jnp, jax)")
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise DescriptionError(f"{where}: {text!r}: attribute {node.attr!r} is not allowed")


def template_of(desc: Description, subnormals: str = "exact", resolve=None):
    """The full-range template of a description in `subnormals` mode; `resolve` as in `parse`
    (needed when the description `uses` other exports)."""
    from evolve.compose import slots
    from targets.schemes import SCHEMES, with_specials

    import inspect

    builder = SCHEMES[desc.scheme]
    if desc.uses and resolve is None:
        raise DescriptionError(f"target {desc.name!r} uses {sorted(desc.uses)}: building it needs a resolver "
                               "of those exports (targets.registry.used_program)")
    extra = {"functions": {f: resolve(meta, subnormals) for f, meta in desc.uses.items()}} if desc.uses else {}
    params_text = json.dumps(desc.params)
    for f, meta in desc.uses.items():  # F_fast(v): F's fast path, built only where a piece calls it
        if f"{f}_fast(" in params_text:
            try:
                extra["functions"][f"{f}_fast"] = resolve(meta, subnormals, fast=True)
            except ValueError as e:
                raise DescriptionError(f"target {desc.name!r} calls {f}_fast: {e}") from None
    if "slot_names" in inspect.signature(builder).parameters:  # slots an expression may call
        extra["slot_names"] = tuple(desc.kernels)
    try:
        template = builder(**desc.params, subnormals=subnormals, **extra)
    except (TypeError, ValueError) as e:  # a parameter the scheme does not take, or a bad value
        raise DescriptionError(f"target {desc.name!r}.params: {e}") from None
    if desc.special:
        template = with_specials(template, list(desc.special))
    missing = sorted(set(slots(template)) - set(desc.kernels))
    extra_slots = sorted(set(desc.kernels) - set(slots(template)))
    if missing or extra_slots:
        raise DescriptionError(f"target {desc.name!r}.kernels: the scheme calls slots {list(slots(template))}, "
                               f"the description has {sorted(desc.kernels)}")
    return template.deduplicated()  # a value two pieces both compute is emitted once
