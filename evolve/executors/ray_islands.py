"""Islands on Ray: each island's regularized-evolution loop runs in its own actor.

An `IslandWorker` actor owns one island (a RegularizedEvolution) and its own
RayExecutor of evaluation actors, and runs the steady-state loop there in chunks
of `migration.interval` evaluations (the last ones of an island's budget may be
shorter).  So the per-result work (selection, mutation, dispatch) is spread over
the cluster; the driver only routes migrants, merges the fronts and checkpoints.

A chunk returns the island's state (programs as objects), its emigrants and any
evaluator errors.  The driver mirrors every island in an `IslandModel`, so the
checkpoint has the same shape as a serial island run (and a run may resume on the
other executor).  Fault tolerance: island actors restart (`max_restarts=-1`); a
chunk whose actor died is sent again with the island's last reported state and
the same migrants, so nothing is lost but the redone chunk's time.  On Ctrl-C the
chunks in progress are dropped: the checkpoint holds each island's last state.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Callable

import ray

from evolve.driver import Budget, DriverHooks, InterruptGuard, run_search
from evolve.evolution import RegularizedEvolution
from evolve.executors.ray_executor import RETRYABLE, RayExecutor, connect, worker_runtime_env
from evolve.islands import IslandModel, destination, emigrants, immigrate
from evolve.pareto import Individual


@dataclass
class IslandHooks:
    """Callbacks of an island run: evaluator errors, new global front members, periodic status."""

    on_error: Callable[[int, str], None] = lambda birth, error: None
    on_front: Callable[[Individual], None] = lambda member: None
    on_tick: Callable[[dict], None] = lambda status: None


class IslandWorker:
    """Actor body: one island and its evaluators."""

    def __init__(self, settings, space, seeds, island: int, islands: int, evaluator, num_workers: int,
                 batch_size: int | None, migrants: int):
        self.evolution = RegularizedEvolution(settings, space, seeds, island, islands)
        self.executor = RayExecutor(evaluator, num_workers=num_workers, batch_size=batch_size)
        self.migrants = migrants

    def run(self, evaluations: int, immigrants: list, state: dict | None = None) -> dict:
        """Load `state` if given, take in `immigrants`, evaluate `evaluations` more children."""
        if state is not None:
            self.evolution.load_state_dict(state)
        immigrate(self.evolution, immigrants)
        errors = []

        def on_result(result, entered):
            if "error" in result.info:
                errors.append((result.birth, result.info["error"]))

        run_search(self.evolution, self.executor, Budget(max_evaluations=self.evolution.evaluations + evaluations),
                   DriverHooks(on_result=on_result), handle_signals=False)
        return {"state": self.evolution.state_dict(encode=lambda p: p),
                "emigrants": emigrants(self.evolution, self.migrants), "errors": errors}

    def info(self) -> dict:
        """pid and node of this island's actor (tests kill it to check the restart)."""
        return {"pid": os.getpid(), "node_id": ray.get_runtime_context().get_node_id()}


class RayIslands:
    """Drives the islands of `model` (an IslandModel: the mirror the driver checkpoints)."""

    def __init__(self, model: IslandModel, evaluator, num_workers: int, address: str | None = None,
                 batch_size: int | None = None, max_attempts: int = 5, poll_seconds: float = 0.2,
                 start_timeout: float = 300.0):
        n = len(model.islands)
        if num_workers < n:
            raise ValueError(f"{n} islands need at least {n} Ray workers, got {num_workers}")
        self.model, self.max_attempts, self.poll_seconds = model, max_attempts, poll_seconds
        self._connected_here = not ray.is_initialized()
        if self._connected_here:
            connect(evaluator, address, num_workers)
        share = [num_workers // n + (i < num_workers % n) for i in range(n)]
        cls = ray.remote(IslandWorker).options(num_cpus=0, max_restarts=-1, max_task_retries=0,
                                               runtime_env=worker_runtime_env(evaluator))
        m = model.migration
        first = model.islands[0]
        self._evaluator_ref = ray.put(evaluator)  # once for all islands; kept alive for restarts
        self.actors = [cls.remote(first.settings, first.space, first.seeds, i, n, self._evaluator_ref, share[i],
                                  batch_size, m.migrants) for i in range(n)]
        try:  # fail now, clearly, if an island cannot start; and keep start-up out of the search clock
            ray.get([a.info.remote() for a in self.actors], timeout=start_timeout)
        except (RETRYABLE + (ray.exceptions.GetTimeoutError,)) as exc:
            self.close()
            raise RuntimeError(f"Ray island actors failed to start within {start_timeout:g} s: "
                               f"{str(exc).splitlines()[0]}") from exc
        self.restarts = 0  # chunks sent again after an island actor died
        self.chunk_evaluations = [0] * n  # evaluations of each island's completed chunks
        self._calls: dict = {}  # ref -> (island, evaluations, immigrants, attempt)
        self._synced = [False] * n  # whether the actor holds the mirror's state (else it is sent)
        self._unavailable: dict[int, float] = {}  # island -> seconds waited for its actor to restart
        self.restart_wait_s = start_timeout

    def _send(self, i: int, evaluations: int, immigrants: list, attempt: int) -> None:
        state = None if self._synced[i] else self.model.islands[i].state_dict(encode=lambda p: p)
        ref = self.actors[i].run.remote(evaluations, immigrants, state)
        self._calls[ref] = (i, evaluations, immigrants, attempt)

    def run(self, budget: Budget, hooks: IslandHooks | None = None, elapsed_before: float = 0.0,
            tick_seconds: float = 1.0) -> dict:
        """Run every island to its share of `budget` (evaluations split evenly); returns the
        final status (as driver.run_search's, with `migrations`)."""
        hooks = hooks or IslandHooks()
        model, n = self.model, len(self.model.islands)
        start, start_evals, last_tick = time.monotonic(), model.evaluations, time.monotonic()
        total = budget.max_evaluations
        quota = None if total is None else [total // n + (i < total % n) for i in range(n)]

        def status(**extra) -> dict:
            run = time.monotonic() - start
            return {"evaluations": model.evaluations, "elapsed": elapsed_before + run, "in_flight": [],
                    "evals_per_second": (model.evaluations - start_evals) / run if run > 0 else 0.0,
                    "migrations": model.migrations, **extra}

        def dispatch(i: int) -> None:
            if budget.max_seconds is not None and elapsed_before + time.monotonic() - start >= budget.max_seconds:
                return
            left = model.migration.interval if quota is None else quota[i] - model.islands[i].evaluations
            if left > 0:
                immigrants, model.inbox[i] = model.inbox[i], []
                self._send(i, min(left, model.migration.interval), immigrants, 0)

        guard = InterruptGuard()
        try:
            with guard:
                with guard.critical():
                    for i in range(n):
                        dispatch(i)
                while self._calls:
                    ready, _ = ray.wait(list(self._calls), num_returns=1, timeout=self.poll_seconds)
                    for ref in ready:
                        with guard.critical():
                            self._finish(ref, hooks, dispatch)
                    if time.monotonic() - last_tick >= tick_seconds:
                        last_tick = time.monotonic()
                        hooks.on_tick(status())
        except KeyboardInterrupt:
            hooks.on_tick(status(interrupted=True))
            raise
        final = status(done=True)
        hooks.on_tick(final)
        return final

    def _finish(self, ref, hooks, dispatch) -> None:
        i, evaluations, immigrants, attempt = self._calls.pop(ref)
        try:
            report = ray.get(ref)
        except ray.exceptions.ActorUnavailableError:
            # the actor is restarting (e.g. its process was killed): wait for it, up to a limit
            waited = self._unavailable.get(i, 0.0)
            if waited > self.restart_wait_s:
                raise
            if not waited:
                self.restarts += 1  # the chunk is sent again, to the restarted actor
            time.sleep(0.2)
            self._unavailable[i] = waited + 0.2
            self._synced[i] = False
            self._send(i, evaluations, immigrants, attempt)
            return
        except RETRYABLE:
            if attempt + 1 >= self.max_attempts:
                raise
            self.restarts += 1
            self._synced[i] = False  # the restarted actor starts from scratch: send the last state
            self._send(i, evaluations, immigrants, attempt + 1)
            return
        self._synced[i] = True
        self._unavailable.pop(i, None)
        self.chunk_evaluations[i] += evaluations
        island = self.model.islands[i]
        before = island.evaluations
        island.load_state_dict(report["state"])
        for birth, error in report["errors"]:
            hooks.on_error(birth, error)
        for m in island.archive.members:
            if self.model.archive.add(m):
                hooks.on_front(m)
        if report["emigrants"] and island.evaluations > before:
            dest = destination(i, len(self.model.islands), self.model.migration.topology, self.model.rng)
            self.model.inbox[dest].extend(report["emigrants"])
            self.model.migrations += 1
        dispatch(i)

    def close(self) -> None:
        """Stop the island actors (their evaluators go with them); disconnect if we connected."""
        for a in self.actors:
            try:
                ray.kill(a, no_restart=True)
            except Exception:
                pass
        self.actors, self._calls = [], {}
        if self._connected_here and ray.is_initialized():
            ray.shutdown()
