"""YAML run configs: loading, `--set key=value` overrides, validation with errors naming the bad key.

The schema is the embedded default config (evolve/default.yaml): every key a user
may write appears there, with its default.  A user's config is merged over it.
"""
from __future__ import annotations

import copy
import math
from importlib import resources
from pathlib import Path

import yaml


class ConfigError(ValueError):
    """A config problem; the message names the offending key."""


def default_config() -> dict:
    """The embedded default config as a fresh dict."""
    text = resources.files("evolve").joinpath("default.yaml").read_text()
    return yaml.safe_load(text)


# Keys whose values are free-form mappings (validated by their owners), not schema sections.
_FREE_FORM = {"search_space.op_costs", "evaluation.fitting", "search.mutation_weights", "target.define"}


def _merge(base: dict, override: dict, path: str = "") -> dict:
    out = copy.deepcopy(base)
    for key, value in override.items():
        where = f"{path}{key}"
        if key not in base:
            known = ", ".join(sorted(base))
            raise ConfigError(f"unknown config key {where!r} (known keys here: {known})")
        if isinstance(base[key], dict) and where not in _FREE_FORM:
            if not isinstance(value, dict):
                raise ConfigError(f"config key {where!r} must be a mapping, got {value!r}")
            out[key] = _merge(base[key], value, where + ".")
        else:
            out[key] = copy.deepcopy(value)
    return out


def _one_line(error: Exception) -> str:
    """PyYAML's multi-line message (problem, context, a caret drawing) as one line."""
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"{problem}{where}"


def apply_override(config: dict, assignment) -> dict:
    """Apply one override and return the new config: a `dotted.key=value` string (the CLI's
    --set; value parsed as YAML) or a (dotted key, value) pair (the Python API).  A mapping
    value merges into the section it names, as in a config file."""
    if isinstance(assignment, tuple):
        key, value = assignment
    else:
        if "=" not in assignment:
            raise ConfigError(f"--set expects key=value, got {assignment!r}")
        key, raw = assignment.split("=", 1)
        try:
            value = yaml.safe_load(raw)
        except yaml.YAMLError as e:
            raise ConfigError(f"--set {key}: cannot parse value {raw!r}: {_one_line(e)}") from None
    nested: dict = value
    for part in reversed(key.strip().split(".")):
        nested = {part: nested}
    return _merge(config, nested)


def read_config_file(path: str | Path) -> dict:
    """A config file merged over the defaults (not yet validated); errors name the file."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {str(path)!r} " + ("is a directory" if path.is_dir() else "does not exist"))
    try:
        user = yaml.safe_load(path.read_text())
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid YAML: {_one_line(e)}") from None
    return merge_user_config(user, path.parent, str(path))


def merge_user_config(user, folder: Path, where: str) -> dict:
    """A user's config mapping (None: empty) merged over the defaults (not yet validated);
    `uses` paths resolve against `folder`; errors start with `where`."""
    if user is None:
        user = {}
    if not isinstance(user, dict):
        raise ConfigError(f"{where}: a config must be a mapping of sections, got {type(user).__name__}")
    user = copy.deepcopy(user)
    _resolve_uses(user, folder)
    try:
        return _merge(default_config(), user)
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from None


def read_config(source=None) -> dict:
    """A config merged over the defaults (not yet validated) from `source`: None (the embedded
    default), a mapping, YAML text (a str that parses to a mapping), or a path (any other str,
    or a Path) to a YAML file.  A mapping's or a text's `uses` paths are relative to the
    working folder, a file's to its folder."""
    if source is None:
        return default_config()
    if isinstance(source, dict):
        return merge_user_config(source, Path.cwd(), "config")
    if isinstance(source, str):
        try:
            user = yaml.safe_load(source)
        except yaml.YAMLError:
            user = None
        if isinstance(user, dict):
            return merge_user_config(user, Path.cwd(), "config text")
    if not isinstance(source, (str, Path)):
        raise ConfigError(f"a config is a path, YAML text or a mapping, got {type(source).__name__}")
    return read_config_file(source)


def _resolve_uses(user: dict, folder: Path) -> None:
    """Relative export paths in target.define.*.uses are relative to the config file's folder
    (kept as given when no such file is there, e.g. a path relative to the working folder)."""
    defines = (user.get("target") or {}).get("define") if isinstance(user.get("target"), dict) else None
    for d in (defines or {}).values() if isinstance(defines, dict) else ():
        uses = d.get("uses") if isinstance(d, dict) else None
        for name, value in (uses or {}).items() if isinstance(uses, dict) else ():
            if isinstance(value, str) and not Path(value).is_absolute() and (folder / value).is_file():
                uses[name] = str((folder / value).resolve())


def load_config(source=None, overrides=()) -> dict:
    """Load a config (`read_config`: None = embedded default, a path, YAML text or a mapping),
    merge it over the defaults, apply overrides (`apply_override`), validate."""
    config = read_config(source)
    for assignment in overrides:
        config = apply_override(config, assignment)
    validate(config)
    return config


# What a resumed run may change: how long it runs, where it is evaluated, how it reports,
# and where the cached point sets live (their contents are fixed by the evaluation keys).
# Every other key defines the search: changing it would mix two searches in one folder.
RESUME_MUTABLE = ("budget", "executor", "output", "evaluation.cache_dir")


def _leaves(config: dict, path: str = "") -> dict:
    """{dotted key: value} of every schema leaf (free-form mappings count as one leaf)."""
    out = {}
    for key, value in config.items():
        where = f"{path}{key}"
        if isinstance(value, dict) and where not in _FREE_FORM:
            out.update(_leaves(value, where + "."))
        else:
            out[where] = value
    return out


def search_changes(old: dict, new: dict) -> list[tuple[str, object, object]]:
    """(key, old value, new value) of every search-defining key that differs between two
    validated configs; keys under RESUME_MUTABLE are free to change."""
    defaults = _leaves(default_config())  # a key added since the old run started: its default held
    a, b = {**defaults, **_leaves(old)}, {**defaults, **_leaves(new)}
    changes = []
    for key in sorted(set(a) | set(b)):
        if any(key == m or key.startswith(m + ".") for m in RESUME_MUTABLE):
            continue
        if a.get(key) != b.get(key):
            changes.append((key, a.get(key), b.get(key)))
    return changes


def _check(cond: bool, key: str, message: str) -> None:
    if not cond:
        raise ConfigError(f"config key {key!r}: {message}")


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_finite(v) -> bool:
    return _is_number(v) and math.isfinite(v)


def validate(config: dict) -> None:
    """Check types and ranges of every value; raise ConfigError naming the first bad key."""
    t = config["target"]
    _check(isinstance(t["name"], str), "target.name", "must be a target name such as exp")
    d = t["domain"]
    _check(d is None or (isinstance(d, list) and len(d) == 2 and all(_is_number(v) for v in d) and d[0] < d[1]),
           "target.domain", f"must be null or [lo, hi] with lo < hi, got {d!r}")
    _check(t["define"] is None or (isinstance(t["define"], dict) and all(isinstance(k, str) for k in t["define"])),
           "target.define", "must be null or a mapping from function names to descriptions")
    s = config["search_space"]
    _check(isinstance(s["ops"], list) and s["ops"] and all(isinstance(o, str) for o in s["ops"]),
           "search_space.ops", "must be a non-empty list of op names")
    _check(_is_int(s["max_nodes"]) and s["max_nodes"] >= 2, "search_space.max_nodes", "must be an integer >= 2")
    _check(isinstance(s["op_costs"], dict) and all(_is_finite(v) and v >= 0 for v in s["op_costs"].values()),
           "search_space.op_costs", "must map op names to non-negative numbers")
    _check(isinstance(s["seeds"], list) and s["seeds"], "search_space.seeds", "must be a non-empty list")
    e = config["evaluation"]
    for key in ("train_points", "validation_points", "mpmath_dps"):
        _check(_is_int(e[key]) and e[key] >= 10, f"evaluation.{key}", "must be an integer >= 10")
    _check(e["cache_dir"] is None or isinstance(e["cache_dir"], str), "evaluation.cache_dir", "must be null or a path")
    _check(isinstance(e["fitting"], dict), "evaluation.fitting", "must be a mapping of fitting options")
    se = config["search"]
    _check(_is_int(se["population_size"]) and se["population_size"] >= 1, "search.population_size", "must be an integer >= 1")
    _check(_is_int(se["tournament_size"]) and 1 <= se["tournament_size"] <= se["population_size"],
           "search.tournament_size", "must be an integer between 1 and search.population_size")
    _check(_is_number(se["first_objective_bias"]) and 0 <= se["first_objective_bias"] <= 1,
           "search.first_objective_bias", "must be a number in [0, 1]")
    _check(_is_number(se["archive_parent_probability"]) and 0 <= se["archive_parent_probability"] <= 1,
           "search.archive_parent_probability", "must be a number in [0, 1]")
    _check(isinstance(se["mutation_weights"], dict) and all(_is_finite(v) and v >= 0 for v in se["mutation_weights"].values()),
           "search.mutation_weights", "must map mutation names to non-negative numbers")
    from evolve.mutations import DEFAULT_WEIGHTS, MUTATIONS

    unknown = sorted(str(k) for k in se["mutation_weights"] if k not in MUTATIONS)
    _check(not unknown, "search.mutation_weights",
           f"unknown mutation {', '.join(unknown)}; known: {', '.join(sorted(MUTATIONS))}")
    weights = {**DEFAULT_WEIGHTS, **se["mutation_weights"]}
    _check(any(w > 0 for w in weights.values()), "search.mutation_weights",
           f"at least one mutation needs a weight > 0 (with the defaults merged in: {weights})")
    _check(_is_int(se["islands"]) and se["islands"] >= 1, "search.islands", "must be an integer >= 1")
    _check(_is_int(se["migration_interval"]) and se["migration_interval"] >= 1, "search.migration_interval",
           "must be an integer >= 1")
    _check(_is_int(se["migrants"]) and 0 <= se["migrants"] <= se["population_size"], "search.migrants",
           "must be an integer between 0 and search.population_size")
    _check(se["migration_topology"] in ("ring", "random"), "search.migration_topology",
           f"must be ring or random, got {se['migration_topology']!r}")
    c = config["cost"]
    _check(isinstance(c["model"], str), "cost.model", f"must be a cost model name (ops or calibrated), got {c['model']!r}")
    _check(isinstance(c["backend"], str), "cost.backend", f"must be a backend name such as jax_cpu, got {c['backend']!r}")
    b = config["budget"]
    _check(b["max_evaluations"] is None or (_is_int(b["max_evaluations"]) and b["max_evaluations"] >= 1),
           "budget.max_evaluations", "must be null or an integer >= 1")
    _check(b["max_seconds"] is None or (_is_number(b["max_seconds"]) and b["max_seconds"] > 0),
           "budget.max_seconds", "must be null or a number > 0")
    _check(b["max_evaluations"] is not None or b["max_seconds"] is not None,
           "budget", "set max_evaluations and/or max_seconds")
    x = config["executor"]
    _check(x["kind"] in ("serial", "ray"), "executor.kind", f"must be serial or ray, got {x['kind']!r}")
    _check(x["address"] is None or isinstance(x["address"], str), "executor.address", "must be null, auto or host:port")
    _check(_is_int(x["num_workers"]) and x["num_workers"] >= 1, "executor.num_workers", "must be an integer >= 1")
    _check(x["kind"] == "ray" or x["num_workers"] == 1, "executor.num_workers",
           "the serial executor has one worker; set executor.kind: ray for more")
    _check(x["batch_size"] == "auto" or (_is_int(x["batch_size"]) and x["batch_size"] >= 1), "executor.batch_size",
           f"must be auto or an integer >= 1, got {x['batch_size']!r}")
    _check(x["kind"] == "serial" or x["num_workers"] >= se["islands"], "executor.num_workers",
           f"islands on Ray need at least one worker each: {se['islands']} islands, {x['num_workers']} workers")
    o = config["output"]
    _check(isinstance(o["runs_dir"], str), "output.runs_dir", "must be a path")
    _check(_is_number(o["checkpoint_seconds"]) and o["checkpoint_seconds"] > 0, "output.checkpoint_seconds", "must be > 0")
    _check(o["progress"] in ("auto", "live", "plain", "none"), "output.progress", "must be auto, live, plain or none")
    _check(_is_int(config["seed"]) and config["seed"] >= 0, "seed", "must be a non-negative integer")
