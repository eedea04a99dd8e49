"""Progress display: a live rich table on a terminal, a plain line per interval otherwise.

Shows evaluations, evaluations/s, elapsed time and the Pareto front (best error at
each cost).  Never reads stdin.
"""
from __future__ import annotations

import sys
import time

from evolve.pareto import ParetoArchive


def front_summary(archive: ParetoArchive, limit: int = 8) -> list[tuple[float, float]]:
    """(cost, error) pairs of the front, cheapest first; the most accurate `limit` when long."""
    pairs = [(m.fitness[1], m.fitness[0]) for m in archive.members]
    return pairs[-limit:]


def _fmt_err(e: float) -> str:
    return "inf" if e == float("inf") else (f"{e:.3g}" if e < 1e4 else f"{e:.2e}")


class PlainProgress:
    """One line per `interval` seconds, for logs and non-terminal stdout."""

    def __init__(self, stream=None, interval: float = 10.0):
        self.stream = stream or sys.stdout
        self.interval = interval
        self._last = 0.0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, status: dict, archive: ParetoArchive, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < self.interval and not status.get("done"):
            return
        self._last = now
        front = " ".join(f"{c:g}:{_fmt_err(e)}" for c, e in front_summary(archive))
        self.stream.write(
            f"[{status['elapsed']:7.1f}s] evals={status['evaluations']} "
            f"({status['evals_per_second']:.1f}/s) front(cost:ulp)={front}\n"
        )
        self.stream.flush()


class LiveProgress:
    """A rich live table that refreshes in place (terminal only)."""

    def __init__(self, title: str):
        from rich.console import Console
        from rich.live import Live

        self.title = title
        self._live = Live(console=Console(), refresh_per_second=4, transient=False)

    def __enter__(self):
        self._live.__enter__()
        return self

    def __exit__(self, *exc):
        return self._live.__exit__(*exc)

    def update(self, status: dict, archive: ParetoArchive, force: bool = False) -> None:
        from rich.table import Table

        table = Table(title=(
            f"{self.title}  evals={status['evaluations']}  {status['evals_per_second']:.1f}/s  "
            f"{status['elapsed']:.0f}s"
        ))
        table.add_column("cost", justify="right")
        table.add_column("max ULP (validation)", justify="right")
        for cost, err in front_summary(archive, limit=12):
            table.add_row(f"{cost:g}", _fmt_err(err))
        self._live.update(table)


class NoProgress:
    """Prints nothing."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, status, archive, force=False) -> None:
        pass


def make_progress(mode: str, title: str):
    """'live' (rich table), 'plain' (lines), 'none', or 'auto' (live on a terminal, else plain)."""
    if mode == "auto":
        mode = "live" if sys.stdout.isatty() else "plain"
    if mode == "live":
        return LiveProgress(title)
    if mode == "plain":
        return PlainProgress()
    return NoProgress()
