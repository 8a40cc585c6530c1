"""What `pip install .[server]` promises: the server imports only what the distribution's
own dependencies bring (no Qt, no console library), and the lock files the scripts and CI
install from were made from pyproject.toml as it is."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST_PARTY = {"server", "resources"}
CONSOLE_ONLY = {"PySide6", "shiboken6", "pyqtgraph", "openpyxl", "requests", "platformdirs"}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imports(folder: Path) -> dict[str, Path]:
    """Every top-level module imported (absolutely) by a file under `folder`."""
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def _closure(requirements: list[str]) -> set[str]:
    """The distributions these requirements bring in this environment, with their own."""
    seen: set[str] = set()
    todo = [_name(r) for r in requirements if "extra ==" not in r]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a platform's marker left it out here
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def test_the_server_imports_only_what_its_own_dependencies_bring() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    brought = _closure(project["dependencies"])
    distributions = metadata.packages_distributions()
    strays = []
    for module, path in sorted(_imports(ROOT / "server").items()):
        if module in sys.stdlib_module_names or module in FIRST_PARTY:
            continue
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if module in CONSOLE_ONLY or not names & brought:
            strays.append(f"{module} ({path.relative_to(ROOT)})")
    assert not strays, (
        "the server imports what `pip install .[server]` does not install; add it to "
        f"[project] dependencies (with a comment) and run scripts/lock.sh: {strays}"
    )


def test_the_console_libraries_are_not_server_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    server = {_name(r) for r in project["dependencies"]}
    assert not server & {"pyside6-essentials", "pyside6-addons", "pyqtgraph", "openpyxl"}
    console = {_name(r) for r in project["optional-dependencies"]["console"]}
    assert {"pyside6-essentials", "pyside6-addons"} <= console


def test_the_lock_files_were_made_from_pyproject() -> None:
    for lock in ("server", "console", "dev"):
        result = subprocess.run(
            [sys.executable, "scripts/lock_state.py", "check", f"requirements/lock-{lock}.txt"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


def test_the_server_lock_holds_no_console_library() -> None:
    pinned = {
        line.split("==")[0].lower()
        for line in (ROOT / "requirements/lock-server.txt").read_text().splitlines()
        if "==" in line and not line.startswith((" ", "#"))
    }
    assert "fastapi" in pinned and "uvicorn" in pinned
    assert not pinned & {"pyside6-essentials", "pyside6-addons", "pyqtgraph", "openpyxl"}
    assert not pinned & {"websockets", "watchfiles"}  # uvicorn[standard]'s, unused
