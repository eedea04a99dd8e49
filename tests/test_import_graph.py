"""No import cycle among the project's modules (evolve/, targets/, codegen/).

The graph is built from the sources with `ast`, not by importing them, so an import inside a
function counts as much as one at the top of a file: a cycle hidden in a function still ties
the modules together.  An edge is an explicit import of a project module: `import a.b`,
`from a.b import c` (to a.b.c when that is a module, else to a.b) and relative imports.
The implicit import of a package's __init__ that runs before any of its submodules is not
an edge: counting it would forbid every package __init__ from importing its own submodules,
which Python supports by design (the package is in sys.modules before its __init__ runs),
e.g. `evolve.search`, loaded on first use by evolve/__init__.py's __getattr__.
experiments/ (scripts run from their folder) is not part of the graph.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("evolve", "targets", "codegen")



def module_files(root: Path, packages=PACKAGES) -> dict[str, Path]:
    """Dotted module name -> source file, for every .py file under the packages."""
    out = {}
    for pkg in packages:
        for f in sorted((root / pkg).rglob("*.py")):
            parts = list(f.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = f
    return out


def import_graph(files: dict[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {imported project module: line of the first such import}, from the sources."""
    graph: dict[str, dict[str, int]] = {m: {} for m in files}
    for mod, path in files.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in files else source for a in node.names]
            else:
                continue
            for name in targets:
                while name and name not in files:  # `import a.b.c` of a non-module c: the module a.b
                    name = name.rpartition(".")[0]
                if name and name != mod:
                    graph[mod].setdefault(name, node.lineno)
    return graph


def components(graph: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan): each is a cycle or
    several cycles sharing modules."""
    index, low, stack, on_stack, comps = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(frozenset(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return comps


def loop(graph: dict[str, dict[str, int]], comp: frozenset[str]) -> list[str]:
    """The shortest cycle (a, b, ..., a) from the component's first module back to itself."""
    start = min(comp)
    paths, seen = [[start]], {start}
    while True:  # breadth first; a strongly connected component always leads back
        path = paths.pop(0)
        nxt = [w for w in sorted(graph[path[-1]]) if w in comp]
        if start in nxt:
            return path + [start]
        for w in nxt:
            if w not in seen:
                seen.add(w)
                paths.append(path + [w])


def describe(cycle: list[str], graph, files, root: Path = ROOT) -> str:
    """The cycle, then each of its imports with the file and line where it is written."""
    steps = [f"{a} ({files[a].relative_to(root)}:{graph[a][b]}) imports {b}" for a, b in zip(cycle, cycle[1:])]
    return " -> ".join(cycle) + "\n    " + "\n    ".join(steps)


def test_no_import_cycle():
    files = module_files(ROOT)
    graph = import_graph(files)
    found = list(components(graph))
    assert not found, "import cycles:\n" + "\n".join(
        f"{describe(loop(graph, c), graph, files)}\n    (modules in the cycle: {', '.join(sorted(c))})" for c in found)


def test_the_graph_sees_function_level_and_relative_imports(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("def f():\n    from pkg import b\n")
    (pkg / "a.py").write_text("import os\nfrom pkg.sub import c\n")
    (pkg / "b.py").write_text("X = 1\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "c.py").write_text("def g():\n    from ..a import thing\n    from . import d\n")
    (pkg / "sub" / "d.py").write_text("import pkg.b\n")
    files = module_files(tmp_path, ("pkg",))
    graph = import_graph(files)
    assert set(graph["pkg"]) == {"pkg.b"} and set(graph["pkg.a"]) == {"pkg.sub.c"}
    assert set(graph["pkg.sub.c"]) == {"pkg.a", "pkg.sub.d"} and set(graph["pkg.sub.d"]) == {"pkg.b"}
    assert components(graph) == [frozenset({"pkg.a", "pkg.sub.c"})]
    cycle = loop(graph, components(graph)[0])
    assert cycle == ["pkg.a", "pkg.sub.c", "pkg.a"]
    assert "pkg.sub.c (pkg/sub/c.py:2) imports pkg.a" in describe(cycle, graph, files, tmp_path)
