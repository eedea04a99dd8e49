"""Executors: where children are evaluated.  EXECUTORS maps a config `kind` to a factory."""
from __future__ import annotations


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
