"""Every command in README.md and docs/*.md works as written.

Shell commands are the lines of fenced ```bash blocks.  Each `evolve ...` command is parsed by
the real argument parser (subcommand and options exist), its `--set` keys and values pass the
config checks, and a config file it names exists and is valid; `python experiments/X.py ...`
options must be in that script's --help; the README's test command is exactly `.ci/run`'s.
```yaml blocks that are configs must pass the config checks, and relative links must exist.

Blocks marked `<!-- docs-test: run -->` run for real, in order, in a scratch folder (with
`experiments/` and `results/` of this checkout), after the ```c and ```python blocks whose
first line names a file (`/* demo.c */`, `# demo_jax.py`) are written there.  Two things
change, to keep them cheap: `evolve run` gets a 3-second budget and small point sets appended
(later --set wins), and `evolve export` gets --no-verify (the exhaustive sweep takes minutes;
tests/test_export.py and tests/test_verify.py cover it).
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from evolve.cli import build_parser
from evolve.config import RESUME_MUTABLE, default_config, load_config

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN_MARK = "<!-- docs-test: run -->"
FAST_RUN = ["budget.max_seconds=3", "budget.max_evaluations=null", "evaluation.train_points=200",
            "evaluation.validation_points=1000", "output.progress=none"]
EXTERNAL = {"gcc", "g++", "ray", "pip", "./demo", "./demo_cpp"}  # run only in marked blocks


def blocks(path: Path) -> list[tuple[str, str, bool]]:
    """(language, text, marked to run) of each fenced block of a markdown file."""
    out, lines = [], path.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w*)\s*$", lines[i])
        if m:
            j = next(k for k in range(i + 1, len(lines)) if lines[k].startswith("```"))
            marked = i > 0 and lines[i - 1].strip() == RUN_MARK
            out.append((m.group(1), "\n".join(lines[i + 1:j]), marked))
            i = j
        i += 1
    return out


def commands(text: str) -> list[str]:
    """The command lines of a shell block (continuations joined, comments and blanks dropped)."""
    joined = text.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.strip().startswith("#")]


def _cases(kind: str):
    out = []
    for path in DOCS:
        for lang, text, marked in blocks(path):
            if lang == kind:
                out += [pytest.param(path, line, id=f"{path.name}: {line[:70]}") for line in commands(text)]
    return out


def test_docs_exist_and_readme_is_short():
    names = {p.name for p in DOCS}
    assert {"config.md", "targets.md", "ray.md", "export.md", "results.md"} <= names
    assert len((ROOT / "README.md").read_text().splitlines()) <= 250


def test_readme_test_command_is_the_ci_command():
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line.startswith("pip install")]
    readme = [line for _, text, _ in blocks(ROOT / "README.md") for line in commands(text)]
    assert ci and ci[-1] in readme
    assert "pip install . && evolve run" in readme


@lru_cache(maxsize=None)
def _script_help(script: str) -> str:
    r = subprocess.run([sys.executable, script, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, f"{script} --help failed: {r.stderr[-2000:]}"
    return r.stdout


def _check_evolve(argv: list[str]) -> None:
    if "--help" in argv or "-h" in argv:
        from evolve.cli import main

        with pytest.raises(SystemExit) as e:
            main(argv[1:])
        assert e.value.code == 0
        return
    try:
        args = build_parser().parse_args(argv[1:])
    except SystemExit:
        pytest.fail(f"`{shlex.join(argv)}`: the evolve parser rejects it")
    if args.command == "run":
        config = None
        if args.config:
            assert (ROOT / args.config).is_file(), f"{args.config} does not exist"
            config = str(ROOT / args.config)
        load_config(config, args.set)  # every key exists and every value passes the checks
        if args.resume:
            for assignment in args.set:
                key = assignment.split("=", 1)[0]
                assert any(key == m or key.startswith(m + ".") for m in RESUME_MUTABLE), \
                    f"`{shlex.join(argv)}`: {key} may not change on resume"


@pytest.mark.parametrize("path, line", _cases("bash"))
def test_shell_command_exists(path, line):
    for part in line.split(" && "):
        argv = shlex.split(part, comments=True)
        if argv[0] == "evolve":
            _check_evolve(argv)
        elif argv[0] == "python" and argv[1].startswith("experiments/"):
            text = _script_help(argv[1])
            for opt in (a.split("=")[0] for a in argv[2:] if a.startswith("--")):
                assert re.search(rf"(^|[\s\[]){re.escape(opt)}\b", text), f"{argv[1]} has no option {opt}"
        elif argv[:3] == ["python", "-m", "pytest"] or argv[0] in EXTERNAL:
            pass
        elif argv[0] == "python":  # python FILE: a file a block of the same page writes
            names = [n for _, text, _ in blocks(path) for n in [_file_name(text)] if n]
            assert argv[1] in names, f"`{part}`: {argv[1]} is not written by a block of {path.name}"
        else:
            pytest.fail(f"`{part}` in {path.name}: unknown command (add it to EXTERNAL or the test)")


@pytest.mark.parametrize("path, text", [pytest.param(p, t, id=f"{p.name}#{i}")
                                        for p in DOCS for i, (lang, t, _) in enumerate(blocks(p)) if lang == "yaml"])
def test_yaml_configs_pass_the_config_checks(path, text):
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    if set(data) <= set(default_config()):
        load_config(data)


def test_links_exist():
    for path in DOCS:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", path.read_text()):
            if not target.startswith(("http://", "https://")):
                assert (path.parent / target).exists(), f"{path.name}: broken link {target}"


def test_config_doc_names_every_key():
    """docs/config.md documents every key of the schema, fitting option and mutation."""
    from evolve.mutations import MUTATIONS
    from targets.fitting import FitOptions

    doc = (ROOT / "docs" / "config.md").read_text()

    def leaves(d, prefix=""):
        for k, v in d.items():
            if isinstance(v, dict) and v:
                yield from leaves(v, f"{prefix}{k}.")
            else:
                yield f"{prefix}{k}"

    names = list(leaves(default_config())) + list(FitOptions.__dataclass_fields__) + list(MUTATIONS)
    missing = [n for n in names if f"`{n}`" not in doc and f"`{n}:" not in doc]
    assert not missing, f"docs/config.md does not document {missing}"


def _file_name(text: str) -> str | None:
    """The file a ```c or ```python block is written to: its first line, `/* NAME */` or `# NAME`."""
    m = re.match(r"^(?:/\*\s*(\S+\.\w+)\s*\*/|#\s*(\S+\.py)\s*)$", text.splitlines()[0] if text else "")
    return (m.group(1) or m.group(2)) if m else None


def _sandbox(tmp_path: Path) -> dict:
    """A scratch folder with this checkout's experiments/ and results/, and an `evolve` and a
    `python` on PATH that run this checkout's code."""
    for name in ("experiments", "results"):
        (tmp_path / name).symlink_to(ROOT / name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    shim = bin_dir / "evolve"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "import sys; from evolve.cli import main; '
                    f'sys.exit(main())" "$@"\n')
    shim.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
            "EVOLVE_CACHE_DIR": str(tmp_path / "cache"), "JAX_PLATFORMS": "cpu"}


def _cheap(line: str) -> str:
    if line.startswith("evolve run"):
        return line + "".join(f" --set {s}" for s in FAST_RUN)
    if line.startswith("evolve export") and "--no-verify" not in line:
        return line + " --no-verify"
    return line


@pytest.mark.parametrize("path", [p for p in DOCS if any(marked for _, _, marked in blocks(p))],
                         ids=lambda p: p.name)
def test_marked_blocks_run(path, tmp_path):
    env = _sandbox(tmp_path)
    for lang, text, marked in blocks(path):
        name = _file_name(text) if lang in ("c", "python") else None
        if name:
            (tmp_path / name).write_text(text + "\n")
        if lang == "bash" and marked:
            for line in commands(text):
                r = subprocess.run(["bash", "-c", _cheap(line)], cwd=tmp_path, env=env, capture_output=True,
                                   text=True, timeout=300)
                assert r.returncode == 0, f"{path.name}: `{line}` failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
