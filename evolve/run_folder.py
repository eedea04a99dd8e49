"""The run folder: resolved config, Pareto front, log, and atomic checkpoints.

Layout: config.yaml, front.json, log.txt, checkpoint.json.  Every JSON file is
written to a temporary file and moved into place with os.replace, so a crash
mid-write never leaves a truncated file.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
import struct
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import yaml

from evolve.evolution import Task
from evolve.pareto import ParetoArchive
from evolve.serialize import from_json_obj, to_json_obj, to_text

CHECKPOINT = "checkpoint.json"
FRONT = "front.json"
CONFIG = "config.yaml"
LOG = "log.txt"
LOCK = "run.lock"


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
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        base.mkdir(parents=True, exist_ok=True)
        for n in range(1000):
            path = base / (f"{name}-{stamp}" + (f"-{n}" if n else ""))
            try:
                path.mkdir()
                return path
            except FileExistsError:
                continue
    except OSError as e:
        raise ValueError(f"config key 'output.runs_dir': cannot create a run folder under {str(base)!r}: "
                         f"{e.strerror or e}") from None
    raise ValueError(f"config key 'output.runs_dir': no free run folder name under {str(base)!r}")


class RunInUse(ValueError):
    """The run folder is held by another evolve process, or already holds a run."""


@contextmanager
def claim_run_dir(run_dir: str | Path, fresh: bool):
    """Hold RUN_DIR for this process for the duration of the block.

    fresh=True (a new run): the folder must be new or empty; it is claimed by creating
    run.lock exclusively (O_EXCL), so of two runs started on one folder only one gets it.
    fresh=False (resume): the folder must hold a run.  Either way an exclusive flock on
    run.lock is held until the block ends; the kernel drops it when the process dies
    (even on kill -9), so a crashed run can be resumed while a live one cannot be entered.
    """
    run_dir = Path(run_dir)
    path = run_dir / LOCK
    if run_dir.exists() and not run_dir.is_dir():
        raise ValueError(f"--run-dir {str(run_dir)!r} is not a folder")
    try:
        if fresh:
            run_dir.mkdir(parents=True, exist_ok=True)
            if (run_dir / CONFIG).exists():
                raise RunInUse(f"{run_dir} already holds a run; use --resume {run_dir} to continue it")
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        else:
            if not (run_dir / CONFIG).is_file():
                raise FileNotFoundError(f"{run_dir} is not a run folder: it has no {CONFIG}")
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except FileExistsError:
        raise RunInUse(f"{run_dir} already holds a run (another `evolve run` claimed it); use "
                       f"--resume {run_dir} to continue it, or choose another --run-dir") from None
    except NotADirectoryError:
        raise ValueError(f"--run-dir {str(run_dir)!r} is not a folder") from None
    except PermissionError as e:
        raise ValueError(f"cannot write to the run folder {str(run_dir)!r}: {e.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown process"
            raise RunInUse(f"{run_dir} is in use by another evolve process ({owner}); wait for it to end "
                           f"or stop it before resuming") from None
        if fresh:
            others = sorted(p.name for p in run_dir.iterdir() if p.name != LOCK)
            if others:
                os.unlink(path)
                raise ValueError(f"--run-dir {str(run_dir)!r} is not empty ({', '.join(others[:5])}); "
                                 f"give a new or empty folder")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
        yield run_dir
    finally:
        os.close(fd)  # releases the flock


def save_config(run_dir: Path, config: dict) -> None:
    """Write the resolved config (what the run really used) as config.yaml."""
    write_atomic(Path(run_dir) / CONFIG, yaml.safe_dump(config, sort_keys=False))


SEARCH_RECORD = "search.json"


def save_search_record(run_dir: Path, config: dict) -> None:
    """Write search.json, the config the run started with; never rewritten, so a resume can
    tell a search-defining change even when config.yaml itself was edited."""
    write_atomic(Path(run_dir) / SEARCH_RECORD, json.dumps(config, indent=1))


def load_search_record(run_dir: Path) -> dict | None:
    """The config a run started with (search.json), or None for runs made before it existed."""
    path = Path(run_dir) / SEARCH_RECORD
    if not path.is_file():
        return None
    record = _read_json(path, "search record")
    if not isinstance(record, dict):
        raise ValueError(f"{path} is not a valid search record (not a mapping)")
    return record


def load_run_config(run_dir: Path) -> dict:
    """Read back a run folder's config.yaml, merged over the defaults and validated; a missing,
    corrupt or invalid file is a ValueError naming it."""
    from evolve.config import ConfigError, read_config_file, validate

    path = Path(run_dir) / CONFIG
    if not path.is_file():
        raise FileNotFoundError(f"{run_dir} is not a run folder: it has no {CONFIG}")
    config = read_config_file(path)
    try:
        validate(config)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None
    return config


def front_entries(archive: ParetoArchive) -> list[dict]:
    """The archive as JSON entries sorted by cost: program, text, error, cost, birth."""
    return [
        {
            "program": to_json_obj(m.program),
            "text": to_text(m.program),
            "error": m.fitness[0],
            "cost": m.fitness[1],
            "ops": m.program.cost() if hasattr(m.program, "cost") else None,  # op count (fma = 1)
            "birth": m.birth,
        }
        for m in archive.members
    ]


def save_front(run_dir: Path, archive: ParetoArchive, meta: dict) -> None:
    """Write front.json: `meta` (target, domain, ...) plus the archive's entries."""
    obj = dict(meta)
    obj["entries"] = front_entries(archive)
    write_atomic(Path(run_dir) / FRONT, json.dumps(obj, indent=1, allow_nan=True))


def read_json(path: Path, what: str):
    """A JSON file's content; a truncated or corrupt file is a ValueError naming it."""
    return _read_json(path, what)


def _read_json(path: Path, what: str):
    try:
        return json.loads(Path(path).read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{path} is not a valid {what} (truncated or corrupt: {e})") from None


def load_front(run_dir: Path) -> dict:
    """Read front.json; each entry's 'program' is decoded to a Program.  A malformed file is a
    ValueError naming it."""
    path = Path(run_dir) / FRONT
    if not path.is_file():
        raise FileNotFoundError(f"{run_dir} has no {FRONT} (did the run evaluate anything?)")
    obj = _read_json(path, "front file")
    try:
        if not isinstance(obj, dict) or not isinstance(obj["entries"], list):
            raise TypeError("not a mapping with a list of entries")
        str(obj["target"]), list(obj["domain"])
        for i, e in enumerate(obj["entries"]):
            e["program"] = from_json_obj(e["program"])
            e["error"], e["cost"], e["birth"] = float(e["error"]), float(e["cost"]), int(e["birth"])
            e["text"] = str(e.get("text") or to_text(e["program"]))
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        raise ValueError(f"{path} is not a valid front file ({type(e).__name__}: {e})") from None
    return obj


def save_checkpoint(run_dir: Path, evolution, in_flight: list[Task], elapsed: float) -> None:
    """Snapshot everything needed to resume (evolution state, unfinished tasks, elapsed time)
    and write it now, atomically, in the compact format (evolve/checkpoint.py)."""
    from evolve.checkpoint import encode, snapshot

    write_atomic(Path(run_dir) / CHECKPOINT, encode(snapshot(evolution, in_flight, elapsed)))


def checkpoint_writer(run_dir: Path):
    """A background CheckpointWriter for RUN_DIR/checkpoint.json (atomic writes)."""
    from evolve.checkpoint import CheckpointWriter

    return CheckpointWriter(Path(run_dir) / CHECKPOINT, write_atomic)


def load_checkpoint(run_dir: Path) -> dict | None:
    """The checkpoint of a run folder (programs decoded, in_flight as Tasks), or None if there is
    none.  Both formats load (1: one JSON document; 2: compact).  A truncated, corrupt or
    wrongly shaped file is a ValueError naming it."""
    from evolve.checkpoint import decode

    path = Path(run_dir) / CHECKPOINT
    if not path.is_file():
        return None
    try:
        return decode(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{path} is not a valid checkpoint (truncated or corrupt: {e})") from None
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, struct.error) as e:
        raise ValueError(f"{path} is not a valid checkpoint ({type(e).__name__}: {e}); restore it from a "
                         f"backup or start a new run") from None


def check_checkpoint(run_dir: Path, state: dict, evolution) -> None:
    """Load the checkpoint's evolution state into `evolution` (a throw-away instance) to prove
    it restores; a wrongly shaped state is a ValueError naming the file."""
    try:
        evolution.load_state_dict(state["evolution"])
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        raise ValueError(f"{Path(run_dir) / CHECKPOINT} is not a valid checkpoint ({type(e).__name__}: {e}); "
                         f"restore it from a backup or start a new run") from None


def append_log(run_dir: Path, line: str) -> None:
    """Append one timestamped line to log.txt."""
    with open(Path(run_dir) / LOG, "a") as f:
        f.write(time.strftime("%H:%M:%S ") + line.rstrip("\n") + "\n")
