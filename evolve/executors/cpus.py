"""How many CPUs a private local Ray may use: one per worker, never more than this machine has."""
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
