"""Compact checkpoints (format 2) and a writer that keeps the search loop running.

Format 2 (one JSON document) stores each program once in a table, as a structure id plus its float32
constants' bits (hex), and each distinct structure (ops and arguments) once: a
population shares few structures, and JSON node objects were most of format 1.
The evolution snapshot and the in-flight tasks refer to programs by table index.
Format 1 (programs inline as JSON objects) still loads.

`CheckpointWriter.save` freezes the state in the loop's thread (`evolution.frozen()`:
list and rng-state copies, programs shared as they are immutable; ~1 ms at population
10,000) and builds, encodes and writes it in a background thread; the next save first
waits for the previous one.
"""
from __future__ import annotations

import json
import struct
import threading
import time
from pathlib import Path

from evolve.evolution import Task
from evolve.program import Node, Program
from evolve.serialize import from_json_obj

VERSION = 2


class _Table:
    """Programs by identity -> index; structures by text -> index."""

    def __init__(self):
        self.index: dict[int, int] = {}
        self.keep: list[Program] = []  # holds the programs so their ids stay unique
        self.programs: list[list] = []
        self.structures: dict[str, int] = {}
        self._sids: dict[tuple, int] = {}  # structure tuple -> id: hashing beats building text

    def add(self, p: Program) -> int:
        i = self.index.get(id(p))
        if i is None:
            nodes = p.nodes
            consts = [n.value for n in nodes if n.op == "const"]
            key = (p.output, *[(n.op, n.args) for n in nodes])
            sid = self._sids.get(key)
            if sid is None:
                text = ";".join(n.op if not n.args else n.op + " " + " ".join(map(str, n.args)) for n in nodes)
                sid = self._sids[key] = self.structures.setdefault(f"{text};>{p.output}", len(self.structures))
            i = self.index[id(p)] = len(self.programs)
            self.programs.append([sid, struct.pack(f"<{len(consts)}f", *consts).hex()])
            self.keep.append(p)
        return i


def encode(snapshot: dict) -> str:
    """The checkpoint text of a snapshot whose programs are Program objects."""
    table = _Table()

    def default(obj):
        if isinstance(obj, Program):
            return table.add(obj)
        raise TypeError(f"cannot store {type(obj).__name__} in a checkpoint")

    body = json.dumps(snapshot, default=default, allow_nan=True, separators=(",", ":"))
    head = json.dumps({"version": VERSION, "structures": list(table.structures), "programs": table.programs},
                      separators=(",", ":"))
    return head[:-1] + "," + body[1:]  # one JSON document: the tables first, then the state


def _structure(text: str) -> tuple[list[Node | None], int]:
    """Parsed structure: its x and op Nodes (immutable, so shared by every program of this
    structure), None where a constant goes, and the output index."""
    *nodes, out = text.split(";")
    parsed: list[Node | None] = []
    for n in nodes:
        op, *args = n.split(" ")
        parsed.append(None if op == "const" else Node(op, tuple(int(a) for a in args)))
    return parsed, int(out[1:])


def _program(structure, consts_hex: str) -> Program:
    nodes, output = structure
    values = iter(struct.unpack(f"<{len(consts_hex) // 8}f", bytes.fromhex(consts_hex)))
    return Program(tuple(Node("const", (), next(values)) if n is None else n for n in nodes), output)


def _resolve(obj, programs: list[Program]):
    """Replace every 'program' index under `obj` by its Program (in place)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "program" and isinstance(value, int):
                obj[key] = programs[value]
            else:
                _resolve(value, programs)
    elif isinstance(obj, list):
        for value in obj:
            if isinstance(value, (dict, list)):
                _resolve(value, programs)
    return obj


def decode(text: str) -> dict:
    """Parse checkpoint text (format 1 or 2) into {evolution, in_flight: [Task], elapsed, ...}.
    Programs come back as Program objects; raises ValueError/KeyError/TypeError on a bad shape."""
    state = json.loads(text)
    if not isinstance(state, dict):
        raise TypeError("not a mapping with an 'evolution' mapping")
    if not isinstance(state["evolution"], dict):
        raise TypeError("not a mapping with an 'evolution' mapping")
    version = state.get("version", 1)
    if version == 1:  # programs inline as JSON objects
        tasks = [Task(int(t["birth"]), from_json_obj(t["program"]), int(t["seed"]), t["mutation"], t["parent"])
                 for t in state["in_flight"]]
    elif version == VERSION:
        structures = [_structure(s) for s in state.pop("structures")]
        programs = [_program(structures[sid], consts) for sid, consts in state.pop("programs")]
        _resolve(state["evolution"], programs)
        tasks = [Task(int(b), programs[p], int(seed), m, parent) for b, p, seed, m, parent in state["in_flight"]]
    else:
        raise ValueError(f"unknown checkpoint format version {version!r} (this evolve reads 1 and 2)")
    state["in_flight"] = tasks
    state["elapsed"] = float(state["elapsed"])
    return state


def snapshot(evolution, in_flight: list[Task], elapsed: float) -> dict:
    """What a checkpoint holds, with programs as objects (no encoding yet)."""
    return {
        "format": "evolve checkpoint: programs[i] = [structures index, float32 constants as little-endian hex]",
        "evolution": evolution.state_dict(encode=lambda p: p),
        "in_flight": [[t.birth, t.program, t.seed, t.mutation, t.parent] for t in in_flight],
        "elapsed": elapsed,
        "saved_at": time.time(),
    }


class CheckpointWriter:
    """Writes checkpoints in a background thread; `save(..., wait=True)` for the last one."""

    def __init__(self, path: Path, write):
        self.path, self._write = Path(path), write
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.blocked_s = 0.0  # loop time spent in the last save (snapshot + waiting)

    def save(self, evolution, in_flight: list[Task], elapsed: float, wait: bool = False) -> None:
        """Freeze the state now (pointer copies); build, encode and write it in the background
        (or here when `wait`)."""
        start = time.perf_counter()
        self.join()
        if wait:
            self._write(self.path, encode(snapshot(evolution, in_flight, elapsed)))
        else:
            args = (evolution.frozen(), list(in_flight), elapsed)
            self._thread = threading.Thread(target=self._run, args=args, daemon=True, name="checkpoint")
            self._thread.start()
        self.blocked_s = time.perf_counter() - start

    def _run(self, evolution, in_flight: list[Task], elapsed: float) -> None:
        try:
            self._write(self.path, encode(snapshot(evolution, in_flight, elapsed)))
        except BaseException as exc:  # reported on the next save or join
            self._error = exc

    def join(self) -> None:
        """Wait for the write in progress; re-raise its error, if any."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error
