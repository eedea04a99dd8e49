"""The composition root: the only place where the search (evolve/) meets the numerics
(targets/) and code generation (codegen/).  The CLI calls into it."""
