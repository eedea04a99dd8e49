"""Executors: where children are evaluated.  EXECUTORS maps a config `kind` to a factory."""
from __future__ import annotations

import os


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def check_local_workers(num_workers: int) -> None:
    """A private local Ray gets one CPU per worker: refuse more workers than this machine has
    CPUs (Ray would accept them and silently oversubscribe the cores)."""
    cpus = available_cpus()
    if num_workers > cpus:
        raise ValueError(f"{num_workers} Ray workers need {num_workers} CPUs, but this machine has {cpus}; "
                         f"use at most {cpus} (each worker holds one CPU), or join a cluster with "
                         f"executor.address")


def _serial(evaluator, **options):
    from evolve.executors.serial import SerialExecutor

    if options.get("num_workers") not in (None, 1):
        raise ValueError("executor kind 'serial' runs one worker; use kind 'ray' for more")
    return SerialExecutor(evaluator)


def _ray(evaluator, **options):
    from evolve.executors.ray_executor import RayExecutor  # imports ray only when asked for

    return RayExecutor(evaluator, **options)


EXECUTORS = {"serial": _serial, "ray": _ray}


def make_executor(kind: str, evaluator, **options):
    """Build the executor `kind` ('serial' or 'ray') for `evaluator`."""
    try:
        factory = EXECUTORS[kind]
    except KeyError:
        raise ValueError(f"unknown executor kind {kind!r}; known: {', '.join(sorted(EXECUTORS))}") from None
    return factory(evaluator, **options)
