"""Evolutionary search over float32 programs: representation, mutation, selection, executors.

The Python API, `evolve.search(config, **overrides) -> Front` (evolve/app/api.py), is loaded
on first use: `import evolve` itself imports nothing else."""

__all__ = ["Front", "search"]


def __getattr__(name: str):
    if name in __all__:
        from evolve.app import api

        return getattr(api, name)
    raise AttributeError(f"module 'evolve' has no attribute {name!r}")
