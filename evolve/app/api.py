"""The Python API: `evolve.search(config, **overrides) -> Front`, then `Front.best(...)` and
`Front.export(...)`.  A thin layer over what `evolve run` and `evolve export` call (the same
config checking, run folder, checkpoints, export and verification), so a search started here
is an ordinary run folder: `evolve show`, `evolve export` and `evolve run --resume` take it.

    import evolve

    front = evolve.search("experiments/exp.yaml", budget={"max_seconds": 30})
    best = front.best(max_ulp=1.0)          # the cheapest program within 1 ULP (validation)
    front.export("c", "kernels/evolved_expf.h", max_ulp=1.0)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evolve.program import Program


@dataclass(frozen=True)
class Candidate:
    """One program of a Pareto front: its validation max ULP (sampled) and its cost."""

    program: Program
    error: float
    cost: float
    birth: int

    @property
    def text(self) -> str:
        """The program in text form, constant subexpressions folded (as `evolve show` prints it)."""
        from evolve.serialize import to_text

        return to_text(self.program.folded())

    def __repr__(self) -> str:
        return f"Candidate(cost={self.cost:g}, error={self.error:.4g} ULP, birth={self.birth})"


class Front:
    """The Pareto front of a run folder: `programs` (cheapest first, so most accurate last),
    `best(...)` to pick one, `export(...)` to write it as verified C or JAX."""

    def __init__(self, run_dir, status: dict | None = None):
        from evolve.run_folder import load_front

        self.run_dir = Path(run_dir)
        front = load_front(self.run_dir)
        self.target: str = front["target"]
        self.domain: tuple[float, float] = tuple(front["domain"])
        self._entries: list[dict] = front["entries"]
        self.programs: list[Candidate] = [Candidate(e["program"], e["error"], e["cost"], e["birth"])
                                          for e in self._entries]
        self.status = status  # the search's final status (evaluations, elapsed, ...); None when loaded

    @classmethod
    def load(cls, run_dir) -> "Front":
        """The front of an existing run folder (e.g. one `evolve run` wrote)."""
        return cls(run_dir)

    def best(self, max_ulp: float | None = None, target_cost: float | None = None) -> Candidate:
        """The cheapest program with validation error <= max_ulp, or the most accurate one of
        cost <= target_cost; given neither, the most accurate.  ValueError when none fits."""
        from evolve.app.export import select_entry

        chosen = select_entry(self._entries, target_cost, max_ulp)
        return next(c for c, e in zip(self.programs, self._entries) if e is chosen)

    def export(self, lang: str, out, verify: bool = True, *, max_ulp: float | None = None,
               target_cost: float | None = None, subnormals: str = "exact", tail=None,
               tail_max_ulp: float | None = None, tail_target_cost: float | None = None) -> Path:
        """Write the program `best(max_ulp, target_cost)` picks as a full-range `lang` ("c" or
        "jax") file at `out`, with its metadata at OUT.json; exactly `evolve export` (verify=False
        is --no-verify; subnormals="flush" is JAX only).  A target with a tail kernel (erf) takes
        `tail`: the Front (or run folder) of a NAME_tail search, picked by tail_max_ulp or
        tail_target_cost (default: its most accurate).  Returns the written file's path."""
        from evolve.app.export import export_run

        tail_run = tail.run_dir if isinstance(tail, Front) else tail
        report = export_run(self.run_dir, lang, out, target_cost=target_cost, max_ulp=max_ulp, verify=verify,
                            tail_run=tail_run, tail_target_cost=tail_target_cost, tail_max_ulp=tail_max_ulp,
                            subnormals=subnormals)
        print(report)
        return Path(out)

    def __len__(self) -> int:
        return len(self.programs)

    def __iter__(self):
        return iter(self.programs)

    def __repr__(self) -> str:
        rows = ", ".join(f"{c.cost:g}: {c.error:.4g}" for c in self.programs)
        return f"Front({self.target} on {list(self.domain)}, {self.run_dir}; cost: max ULP {{{rows}}})"


def search(config=None, /, **overrides) -> Front:
    """Run a search and return its front, exactly as `evolve run` does.

    `config`: a path to a YAML config, YAML text, a mapping, or None (the embedded default:
    exp, 8 minutes).  `overrides` change config keys like the CLI's --set: a section as a
    mapping merges into it (`budget={"max_seconds": 30}`), a dotted key sets one value
    (`**{"budget.max_seconds": 30}`).  Unknown or ill-typed keys raise ConfigError (a
    ValueError) naming the key, before any run folder is made.  The run folder is created
    under output.runs_dir (default ./runs) and kept: `evolve run --resume` continues it.
    """
    from evolve.app.search import start_run

    status = start_run(config, list(overrides.items()))
    return Front(status["run_dir"], status)
