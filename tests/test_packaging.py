"""The installed package carries its data files: every non-Python file the engine reads from
beside its modules (evolve/default.yaml, targets/builtin.yaml, ...) is in pyproject's
package-data, so `pip install .` (not editable) works outside the source tree."""
import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_of_the_packages_is_packaged():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    missing = []
    for package in ("evolve", "targets", "codegen"):
        for path in (ROOT / package).rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
                rel = path.relative_to(ROOT / package).as_posix()
                if not any(fnmatch.fnmatch(rel, g) for g in data.get(package, [])):
                    missing.append(f"{package}/{rel}")
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
