"""Whether the lock files (requirements/lock-*.txt) were made from pyproject.toml as it is.

`python3 scripts/lock_state.py digest` prints the digest of pyproject.toml's dependency
tables; scripts/lock.sh writes it into each lock file's header, and
`python3 scripts/lock_state.py check requirements/lock-dev.txt` exits 1 with a sentence
when the lock was made from other dependencies (then: scripts/lock.sh). Standard library
only: the scripts run it before any virtualenv exists.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "# pyproject-dependencies: "


def digest(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The digest of what a lock is made from: requires-python, dependencies and extras."""
    project = tomllib.loads(pyproject.read_text())["project"]
    tables = {
        name: project.get(name)
        for name in ("requires-python", "dependencies", "optional-dependencies")
    }
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()[:16]


def recorded(lock: Path) -> str | None:
    """The digest a lock file's header records, if any."""
    for line in lock.read_text().splitlines():
        if line.startswith(MARK):
            return line.removeprefix(MARK).strip()
        if line and not line.startswith("#"):
            break
    return None


def main(argv: list[str]) -> int:
    if argv[:1] == ["digest"] and len(argv) == 1:
        print(digest())
        return 0
    if argv[:1] == ["check"] and len(argv) == 2:
        lock = Path(argv[1])
        if not lock.is_file():
            print(f"{lock}: no such lock file (scripts/lock.sh makes it)", file=sys.stderr)
            return 1
        if recorded(lock) != digest():
            print(
                f"{lock} was made from other dependencies than pyproject.toml's: "
                "run scripts/lock.sh and commit the lock files",
                file=sys.stderr,
            )
            return 1
        return 0
    print("usage: lock_state.py digest | check LOCKFILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
