"""The composition root: the only place where the search (evolve/) meets the numerics
(targets/) and code generation (codegen/).  The CLI (evolve/cli.py) and the Python API
(api.py: evolve.search) call into it."""
