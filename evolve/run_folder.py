"""The run folder: resolved config, Pareto front, log, and atomic checkpoints.

Layout: config.yaml, front.json, log.txt, checkpoint.json.  Every JSON file is
written to a temporary file and moved into place with os.replace, so a crash
mid-write never leaves a truncated file.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import yaml

from evolve.evolution import RegularizedEvolution, Task
from evolve.pareto import ParetoArchive
from evolve.serialize import from_json_obj, to_json_obj, to_text

CHECKPOINT = "checkpoint.json"
FRONT = "front.json"
CONFIG = "config.yaml"
LOG = "log.txt"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temp file in the same folder and os.replace."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; exports are meant to be shared
        with os.fdopen(fd, "w") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def new_run_dir(runs_dir: str | Path, name: str) -> Path:
    """Create and return a fresh folder runs_dir/NAME-YYYYmmdd-HHMMSS[-n]."""
    base = Path(runs_dir)
    base.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        path = base / (f"{name}-{stamp}" + (f"-{n}" if n else ""))
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise RuntimeError(f"cannot create a run folder under {base}")


def save_config(run_dir: Path, config: dict) -> None:
    """Write the resolved config (what the run really used) as config.yaml."""
    write_atomic(Path(run_dir) / CONFIG, yaml.safe_dump(config, sort_keys=False))


def load_run_config(run_dir: Path) -> dict:
    """Read back a run folder's config.yaml."""
    path = Path(run_dir) / CONFIG
    if not path.is_file():
        raise FileNotFoundError(f"{run_dir} is not a run folder: it has no {CONFIG}")
    return yaml.safe_load(path.read_text())


def front_entries(archive: ParetoArchive) -> list[dict]:
    """The archive as JSON entries sorted by cost: program, text, error, cost, birth."""
    return [
        {
            "program": to_json_obj(m.program),
            "text": to_text(m.program),
            "error": m.fitness[0],
            "cost": m.fitness[1],
            "birth": m.birth,
        }
        for m in archive.members
    ]


def save_front(run_dir: Path, archive: ParetoArchive, meta: dict) -> None:
    """Write front.json: `meta` (target, domain, ...) plus the archive's entries."""
    obj = dict(meta)
    obj["entries"] = front_entries(archive)
    write_atomic(Path(run_dir) / FRONT, json.dumps(obj, indent=1, allow_nan=True))


def load_front(run_dir: Path) -> dict:
    """Read front.json; each entry's 'program' is decoded to a Program."""
    path = Path(run_dir) / FRONT
    if not path.is_file():
        raise FileNotFoundError(f"{run_dir} has no {FRONT} (did the run evaluate anything?)")
    obj = json.loads(path.read_text())
    for e in obj["entries"]:
        e["program"] = from_json_obj(e["program"])
    return obj


def save_checkpoint(run_dir: Path, evolution: RegularizedEvolution, in_flight: list[Task], elapsed: float) -> None:
    """Snapshot everything needed to resume: evolution state, unfinished tasks, elapsed time."""
    state = {
        "version": 1,
        "evolution": evolution.state_dict(),
        "in_flight": [
            {"birth": t.birth, "program": to_json_obj(t.program), "seed": t.seed, "mutation": t.mutation, "parent": t.parent}
            for t in in_flight
        ],
        "elapsed": elapsed,
        "saved_at": time.time(),
    }
    write_atomic(Path(run_dir) / CHECKPOINT, json.dumps(state, allow_nan=True))


def load_checkpoint(run_dir: Path) -> dict | None:
    """The checkpoint of a run folder (in_flight decoded to Tasks), or None if there is none."""
    path = Path(run_dir) / CHECKPOINT
    if not path.is_file():
        return None
    state = json.loads(path.read_text())
    state["in_flight"] = [
        Task(int(t["birth"]), from_json_obj(t["program"]), int(t["seed"]), t["mutation"], t["parent"])
        for t in state["in_flight"]
    ]
    return state


def append_log(run_dir: Path, line: str) -> None:
    """Append one timestamped line to log.txt."""
    with open(Path(run_dir) / LOG, "a") as f:
        f.write(time.strftime("%H:%M:%S ") + line.rstrip("\n") + "\n")
