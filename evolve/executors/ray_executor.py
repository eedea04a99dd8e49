"""The Ray executor: long-lived actors evaluate children on one machine or a cluster.

The evaluator (ground truth included) goes into Ray's object store once; every
actor receives that reference in its constructor, so a task ships only a
program and a seed.  Tasks go in batches (`batch_size`, or sized automatically to
`target_batch_seconds` of measured work) to the least-loaded actor, found in O(1)
from a queue of free call slots; `capacity` tasks stay in flight so no worker idles
between results.

Fault tolerance: actors restart after a crash (`max_restarts`), and a call that
failed because its worker, actor or node died is sent again (to another actor
when there is one), so no result is lost.  A task that kills its worker
`max_attempts` times scores infinite fitness instead of stalling the search.
A resent task may also finish twice; the driver ignores the duplicate by birth.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from dataclasses import dataclass

import ray
from ray import exceptions as rex

from evolve.evolution import Result, Task
from evolve.executors.cpus import check_local_workers
from evolve.executors.base import safe_evaluate

# Failures of the machinery, not of the evaluator (whose exceptions safe_evaluate catches).
RETRYABLE = (rex.RayActorError, rex.WorkerCrashedError, rex.NodeDiedError, rex.ObjectLostError,
             rex.OutOfMemoryError) + ((rex.ActorUnavailableError,) if hasattr(rex, "ActorUnavailableError") else ())
# (ActorUnavailableError: the call reached an actor while it restarts; sent again, like a crash.)

# One BLAS thread per worker: each actor holds one CPU; more threads only contend.
_WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _code_packages(evaluator) -> list[str]:
    """Folders of the top-level packages the workers must import: evolve and the evaluator's."""
    names = {__name__.split(".")[0], type(evaluator).__module__.split(".")[0]}
    folders = []
    for name in sorted(names):
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if path and os.path.basename(path) == "__init__.py":  # a package, not a lone script module
            folders.append(os.path.dirname(path))
    return folders


def connect(evaluator, address: str | None, num_cpus: int, ship_code: bool = True) -> bool:
    """ray.init: a private local Ray of `num_cpus` CPUs (address None; True is returned) or
    join `address` ('auto', host:port), shipping this package and the evaluator's with the job
    (Ray py_modules) so other machines need no copy of the project."""
    if address is None:
        check_local_workers(num_cpus)
        ray.init(address="local", num_cpus=num_cpus, include_dashboard=False, logging_level="warning")
        return True
    packages = _code_packages(evaluator)
    ray.init(address=address, logging_level="warning", runtime_env={"py_modules": packages} if ship_code else None)
    return False


def worker_runtime_env(evaluator) -> dict:
    """Actors on this machine import the code from where the driver found it; one BLAS thread."""
    pythonpath = [os.path.dirname(p) for p in _code_packages(evaluator)] + [os.environ.get("PYTHONPATH", "")]
    return {"env_vars": {**_WORKER_ENV, "PYTHONPATH": os.pathsep.join(filter(None, pythonpath))}}


class EvaluatorWorker:
    """Actor body: holds the evaluator, evaluates batches of tasks."""

    def __init__(self, evaluator):
        # Ray resolved the ObjectRef: fetched once per actor (numpy arrays zero-copy on a node).
        # The executor keeps the ref alive, so a restarted actor finds it again.
        self.evaluator = evaluator

    def evaluate(self, tasks: list[Task]) -> tuple[list[Result], float]:
        """Evaluate the tasks in order; evaluator exceptions become infinite fitness.
        Returns the results and the seconds spent (for automatic batch sizing)."""
        start = time.perf_counter()
        results = [safe_evaluate(self.evaluator, t) for t in tasks]
        return results, time.perf_counter() - start

    def info(self) -> dict:
        """Where this actor runs: process id and Ray node id."""
        return {"pid": os.getpid(), "node_id": ray.get_runtime_context().get_node_id()}


@dataclass
class _Call:
    worker: int
    tasks: list[Task]
    attempt: int


class RayExecutor:
    """Evaluate tasks on `num_workers` Ray actors (one CPU each).

    address: None starts a private local Ray (unless this process is already
    connected to one, which is then used); 'auto' or 'host:port' joins an existing
    cluster.  Only a Ray instance this executor started is shut down by `close()`;
    a joined cluster keeps running (the driver just disconnects).
    batch_size: tasks per actor call, or None (automatic): start at 1 and size each
    batch to `target_batch_seconds` of work as measured on the workers, at most
    `max_batch_size` (a Ray call costs ~0.5 ms of driver CPU, so cheap tasks need
    batches to keep many workers busy).
    ship_code: when joining a cluster, upload this package and the evaluator's
    package with the job (Ray `py_modules`), so other machines need no copy of the
    project, only the same Python dependencies.
    start_timeout: seconds to wait for all actors to start before giving up.
    """

    def __init__(self, evaluator, num_workers: int = 2, address: str | None = None, batch_size: int | None = 1,
                 in_flight_per_worker: int = 2, max_restarts: int = -1, max_attempts: int = 5,
                 poll_seconds: float = 0.2, ship_code: bool = True,
                 start_timeout: float = 300.0, target_batch_seconds: float = 0.2, max_batch_size: int = 256):
        if num_workers < 1 or (batch_size is not None and batch_size < 1) or in_flight_per_worker < 1 \
                or max_attempts < 1 or max_batch_size < 1:
            raise ValueError("num_workers, batch_size, in_flight_per_worker, max_attempts and max_batch_size "
                             "must be >= 1")
        self.num_workers = num_workers
        self.auto_batch = batch_size is None
        self.batch_size = 1 if batch_size is None else batch_size
        self.target_batch_seconds = target_batch_seconds
        self.max_batch_size = max_batch_size
        self.in_flight_per_worker = in_flight_per_worker
        self.max_attempts = max_attempts
        self.poll_seconds = poll_seconds  # ray.wait timeout, so Ctrl-C is seen promptly
        self._task_seconds: float | None = None  # running mean of work per task (auto batching)
        self.resubmitted = 0  # tasks sent again after a worker failure
        self.given_up = 0  # tasks that failed max_attempts times
        self._connected_here = False
        self._started_local = False
        self._workers: list = []
        if not ray.is_initialized():
            self._started_local = connect(evaluator, address, num_workers, ship_code)
            self._connected_here = True
        cpus = ray.cluster_resources().get("CPU", 0)
        if cpus < num_workers:  # the extra actors would wait for CPUs forever (start_timeout)
            self.close()
            raise ValueError(f"{num_workers} Ray workers need {num_workers} CPUs, but the Ray cluster has "
                             f"{cpus:g}; set executor.num_workers to at most {int(cpus)} or add nodes")
        self._evaluator_ref = ray.put(evaluator)  # shipped once; kept alive for actor restarts
        actor_cls = ray.remote(EvaluatorWorker).options(
            num_cpus=1, max_restarts=max_restarts, max_task_retries=0,
            scheduling_strategy="SPREAD", runtime_env=worker_runtime_env(evaluator))
        self._workers = [actor_cls.remote(self._evaluator_ref) for _ in range(num_workers)]
        try:  # fail now, with a clear message, if the actors cannot start (e.g. code not importable)
            ray.get([w.info.remote() for w in self._workers], timeout=start_timeout)
        except (rex.RayActorError, rex.GetTimeoutError) as exc:
            self.close()
            raise RuntimeError(f"Ray workers failed to start within {start_timeout:g} s: "
                               f"{str(exc).splitlines()[0]}") from exc
        self._load = [0] * num_workers
        self.dispatched = [0] * num_workers  # tasks sent to each worker so far
        self._calls: dict[ray.ObjectRef, _Call] = {}
        self._pending: list[Task] = []
        # Free call slots, in_flight_per_worker per worker, round-robin: taking the head is the
        # least-loaded choice in O(1); a finished call puts its worker's slot back at the tail.
        self._free = deque(w for _ in range(in_flight_per_worker) for w in range(num_workers))
        self._next = 0  # round-robin when every slot is taken (retries, partial batches)

    @property
    def capacity(self) -> int:
        """Tasks worth keeping in flight: a full batch per call slot (grows with auto batching)."""
        return self.num_workers * self.batch_size * self.in_flight_per_worker

    # -- the Executor protocol ---------------------------------------------------
    def submit(self, task: Task) -> None:
        """Queue a task; full batches are sent at once, partial ones on `wait()`."""
        self._pending.append(task)
        if len(self._pending) >= self.batch_size:
            self._flush()

    def wait(self) -> list[Result]:
        """Block until at least one task is done (or none is in flight); return finished results."""
        self._flush()
        results: list[Result] = []
        while not results and self._calls:
            refs = list(self._calls)
            ready, rest = ray.wait(refs, num_returns=1, timeout=self.poll_seconds)
            if not ready:
                continue
            if rest:  # take everything else that is already done too
                ready += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
            for ref in ready:
                results.extend(self._collect(ref))
        return results

    def close(self) -> None:
        """Stop the actors; shut Ray down only if this executor started it."""
        for w in self._workers:
            try:
                ray.kill(w, no_restart=True)
            except Exception:  # already gone (e.g. its node died)
                pass
        self._workers, self._calls, self._pending = [], {}, []
        if self._connected_here and ray.is_initialized():
            ray.shutdown()  # a local Ray we started stops; a joined cluster only loses this driver
        self._connected_here = False

    # -- introspection -------------------------------------------------------------
    def worker_info(self, timeout_s: float = 60.0) -> list[dict]:
        """pid and node id of each actor (as it runs now, after any restarts).

        An actor that is still restarting (e.g. just after its process was killed) is
        waited for, up to `timeout_s` seconds, before its error is raised."""
        deadline = time.monotonic() + timeout_s
        out = []
        for w in self._workers:
            while True:
                try:
                    out.append(ray.get(w.info.remote()))
                    break
                except rex.ActorUnavailableError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        return out

    @property
    def started_local(self) -> bool:
        """Whether this executor started its own local Ray instance."""
        return self._started_local

    # -- internals -----------------------------------------------------------------
    def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:self.batch_size], self._pending[self.batch_size:]
            self._dispatch(batch, attempt=0)

    def _pick_worker(self, avoid: int | None) -> int:
        """A free slot's worker (not `avoid` when another is free), else the next in turn."""
        if self._free:
            if self._free[0] == avoid and len(self._free) > 1:
                self._free.rotate(-1)
            return self._free.popleft()
        worker = self._next
        if worker == avoid and self.num_workers > 1:
            worker = (worker + 1) % self.num_workers
        self._next = (worker + 1) % self.num_workers
        return worker

    def _dispatch(self, tasks: list[Task], attempt: int, avoid: int | None = None) -> None:
        worker = self._pick_worker(avoid)
        ref = self._workers[worker].evaluate.remote(tasks)
        self._calls[ref] = _Call(worker, tasks, attempt)
        self._load[worker] += len(tasks)
        self.dispatched[worker] += len(tasks)

    def _resize(self, task_seconds: float) -> None:
        """Auto batching: batch = target_batch_seconds / mean work per task, in [1, max]."""
        mean = task_seconds if self._task_seconds is None else 0.8 * self._task_seconds + 0.2 * task_seconds
        self._task_seconds = mean
        self.batch_size = max(1, min(self.max_batch_size, int(self.target_batch_seconds / max(mean, 1e-9))))

    def _collect(self, ref) -> list[Result]:
        call = self._calls.pop(ref)
        self._load[call.worker] -= len(call.tasks)
        if len(self._free) < self.num_workers * self.in_flight_per_worker:
            self._free.append(call.worker)
        try:
            results, seconds = ray.get(ref)
            if self.auto_batch:
                self._resize(seconds / max(1, len(call.tasks)))
            return results
        except RETRYABLE as exc:
            if call.attempt + 1 < self.max_attempts:
                self.resubmitted += len(call.tasks)
                self._dispatch(call.tasks, call.attempt + 1, avoid=call.worker)
                return []
            self.given_up += len(call.tasks)
            error = f"{type(exc).__name__} on {self.max_attempts} attempts: {str(exc).splitlines()[0]}"
            inf = (float("inf"), float("inf"))
            return [Result(t.birth, t.program, inf, t.mutation, t.parent, {"error": error}) for t in call.tasks]
