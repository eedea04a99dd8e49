"""Progress of a long sweep: a rich bar on a terminal, a plain line per interval otherwise."""
from __future__ import annotations

import sys
import time


class SweepProgress:
    """rich progress bar on a terminal; a plain line every `interval` seconds otherwise."""

    def __init__(self, label: str, total: int, enabled: bool, interval: float = 10.0):
        self.label, self.total, self.enabled, self.interval = label, total, enabled, interval
        self.done, self.t0, self.last = 0, time.perf_counter(), time.perf_counter()
        self.bar = None
        if enabled and sys.stdout.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            self.task = self.bar.add_task(label, total=total)

    def update(self, n: int, max_ulp: float, worst_x: float) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(self.task, advance=n, description=f"{self.label} max {max_ulp:.3f} ulp")
            return
        now = time.perf_counter()
        if now - self.last >= self.interval or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.t0, 1e-9)
            print(f"{self.label}: {self.done}/{self.total} ({100 * self.done / self.total:.1f}%) "
                  f"max {max_ulp:.4f} ulp at x={worst_x!r}, {rate / 1e6:.1f} Mpts/s", flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
