"""The versions a report or the About box names: the console, Qt, PySide6, Python.

Qt is imported only when asked (cc-console --version, About): the embedded server, which is
the same program, never loads it.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

__all__ = ["app_version", "version_lines", "versions"]

# The distribution that installs cc-console (pyproject.toml). A frozen build carries its
# metadata only if the spec copies it (PyInstaller: copy_metadata); otherwise "unknown".
DISTRIBUTIONS = ("chongchuan-command-center", "chongchuan-console")


def app_version() -> str:
    """The installed version of the console, or "unknown" without package metadata."""
    for name in DISTRIBUTIONS:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def versions() -> list[tuple[str, str]]:
    """(name, version) of the console and the parts a bug report needs."""
    import PySide6
    from PySide6.QtCore import qVersion

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return [
        ("cc-console", app_version() + frozen),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("System", platform.platform()),
    ]


def version_lines() -> str:
    """What `cc-console --version` prints: one part a line."""
    return "\n".join(f"{name} {version}" for name, version in versions())
