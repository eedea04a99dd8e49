"""The search driver: keeps the executor busy, feeds results back, checkpoints, stops on budget.

Steady state: as soon as any result returns, a new child is submitted, so every
worker stays busy (with the serial executor this is plain, deterministic
regularized evolution).  Nothing is lost on interruption: the tasks still in
flight are part of the checkpoint and are resubmitted on resume.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

from evolve.evolution import RegularizedEvolution, Result, Task


@dataclass(frozen=True)
class Budget:
    """Stop after `max_evaluations` results and/or `max_seconds` of search time (None = no bound)."""

    max_evaluations: int | None = None
    max_seconds: float | None = None

    def __post_init__(self):
        if self.max_evaluations is None and self.max_seconds is None:
            raise ValueError("budget needs max_evaluations and/or max_seconds")
        if self.max_evaluations is not None and self.max_evaluations < 1:
            raise ValueError("budget.max_evaluations must be >= 1")
        if self.max_seconds is not None and self.max_seconds <= 0:
            raise ValueError("budget.max_seconds must be > 0")


@dataclass
class DriverHooks:
    """Callbacks: each result, a periodic tick (progress/checkpoint), and the final state."""

    on_result: Callable[[Result, bool], None] = lambda result, entered_front: None
    on_tick: Callable[[dict], None] = lambda status: None


class InterruptGuard:
    """Turns SIGINT/SIGTERM into KeyboardInterrupt, deferred while the driver updates its state.

    A Ctrl-C (or a scheduler's SIGTERM) that lands inside `next_task` or `tell` would
    leave the evolution half-updated and break exact resume; inside `critical()` the
    signal is only recorded and raised when the block ends.  Installed only in the
    main thread; SIGINT only over Python's default handler, SIGTERM over anything but
    SIG_IGN (`ray.init` installs a plain sys.exit there, which would skip the
    checkpoint).  The previous handlers come back when the search ends.
    """

    def __init__(self, enabled: bool = True):
        self.pending = False
        self.depth = 0
        self.saved: dict[int, object] = {}
        self.enabled = enabled

    def __enter__(self):
        if self.enabled and threading.current_thread() is threading.main_thread():
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                self.saved[signal.SIGINT] = signal.signal(signal.SIGINT, self._handle)
            if signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN:
                self.saved[signal.SIGTERM] = signal.signal(signal.SIGTERM, self._handle)
        return self

    def __exit__(self, *exc):
        for sig, old in self.saved.items():
            signal.signal(sig, old)
        return False

    def _handle(self, signum, frame):
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt(signal.Signals(signum).name)

    @contextmanager
    def critical(self):
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if self.pending and not self.depth:
            self.pending = False
            raise KeyboardInterrupt("deferred signal")


def run_search(
    evolution: RegularizedEvolution,
    executor,
    budget: Budget,
    hooks: DriverHooks | None = None,
    resubmit: list[Task] = (),
    elapsed_before: float = 0.0,
    tick_seconds: float = 1.0,
    handle_signals: bool = True,
) -> dict:
    """Run until the budget is spent; return the final status dict.

    The status dict (also passed to `hooks.on_tick`) holds evaluations, elapsed
    seconds, evaluations/s and `in_flight`, the tasks submitted but not finished:
    a checkpoint taken from it loses nothing.  On KeyboardInterrupt (Ctrl-C, or
    SIGTERM, which is treated the same) the hook gets a last tick with
    `interrupted=True` and the exception propagates.  handle_signals=False leaves the
    signal handlers alone (inside a Ray actor, whose SIGTERM belongs to Ray).
    """
    hooks = hooks or DriverHooks()
    in_flight: dict[int, Task] = {}
    start = time.monotonic()
    start_evals = evolution.evaluations
    last_tick = start

    def status(**extra) -> dict:
        now = time.monotonic()
        run = now - start
        return {
            "evaluations": evolution.evaluations,
            "elapsed": elapsed_before + run,
            "evals_per_second": (evolution.evaluations - start_evals) / run if run > 0 else 0.0,
            "in_flight": sorted(in_flight.values(), key=lambda t: t.birth),
            **extra,
        }

    def time_left() -> bool:
        return budget.max_seconds is None or elapsed_before + time.monotonic() - start < budget.max_seconds

    def may_submit() -> bool:
        if budget.max_evaluations is not None and evolution.evaluations + len(in_flight) >= budget.max_evaluations:
            return False
        return time_left()

    guard = InterruptGuard(handle_signals)
    try:
        with guard:
            with guard.critical():
                for task in resubmit:
                    executor.submit(task)
                    in_flight[task.birth] = task
            while True:
                with guard.critical():  # state updates: a signal here waits for the block to end
                    while len(in_flight) < executor.capacity and may_submit():
                        task = evolution.next_task()
                        executor.submit(task)
                        in_flight[task.birth] = task
                if not in_flight:
                    break
                results = executor.wait()  # interruptible: unfinished tasks stay in in_flight
                with guard.critical():
                    for result in results:
                        if in_flight.pop(result.birth, None) is None:
                            continue  # a duplicate from a retried task: already counted
                        hooks.on_result(result, evolution.tell(result))
                    now = time.monotonic()
                    if now - last_tick >= tick_seconds:
                        last_tick = now
                        hooks.on_tick(status())
    except KeyboardInterrupt:
        hooks.on_tick(status(interrupted=True))
        raise
    final = status(done=True)
    hooks.on_tick(final)
    return final
