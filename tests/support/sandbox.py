"""Keeping a test run's files inside pytest's temporary folders.

`Sandbox` points the places the programs write to by default (the console's data dir, the
temporary directory that holds the servers' wake-up sockets) into a folder under pytest's
base temp, for this process and every child it starts, and afterwards names any file the run
still put in the user's data dir or in /tmp. It judges only what this run did: writes of
this process (seen by an audit hook) and files whose names derive from this run's own servers;
other programs on the machine, another test run included, cannot make it fail.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

# The names our programs give their files in the temporary directory: cc-wake-* (server
# wake-up sockets), cc-server-*.log, cc-console-* (test screens), and so on.
TMP_PREFIX = "cc-"
# Unix socket paths are limited to 107 bytes; the wake-up folder and socket add about 45.
MAX_TMPDIR = 60
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_EVENTS = {"open", "os.mkdir", "sqlite3.connect", "socket.bind", "os.rename", "os.replace"}


class Sandbox:
    """The redirected environment of one test session and what escaped it."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.real_tmp = Path(tempfile.gettempdir()).resolve()
        self.real_data = Path(platformdirs.user_data_dir("cc-console")).resolve()
        self.escaped: list[str] = []
        self._active = False
        self._before_tmp = self._tmp_names()
        self._before_data = self._data_files()

    # -- the redirection --------------------------------------------------------------------

    @contextmanager
    def applied(self) -> Iterator[None]:
        """Redirect for the duration of the block; this process and its children."""
        tmp = self.root / "tmp"
        fallback = len(str(tmp)) > MAX_TMPDIR  # a long --basetemp: sockets would not fit
        if fallback:
            tmp = Path(tempfile.mkdtemp(prefix="pytest-cc-"))
        tmp.mkdir(parents=True, exist_ok=True)
        data_home = self.root / "data"
        values = {
            "TMPDIR": str(tmp),
            "XDG_DATA_HOME": str(data_home),
            # cc-console's settings file and its logs (issue #19)
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "XDG_STATE_HOME": str(self.root / "state"),
            # Wins over a developer's own CC_CONSOLE_DATA_DIR; the same place as XDG's.
            "CC_CONSOLE_DATA_DIR": str(data_home / "cc-console"),
            # A developer's photo folder for the server is no place for test photos either.
            "CC_DATA_DIR": None,
        }
        saved = {name: os.environ.get(name) for name in values}
        saved_tempdir = tempfile.tempdir
        _set_env(values)
        tempfile.tempdir = str(tmp)
        self._active = True
        _install_hook(self)
        try:
            yield
        finally:
            self._active = False
            tempfile.tempdir = saved_tempdir
            _set_env(saved)
            if fallback:
                shutil.rmtree(tmp, ignore_errors=True)

    # -- what escaped -----------------------------------------------------------------------

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        """Audit hook body: note a write of this process outside the sandbox."""
        if not self._active or event not in _EVENTS:
            return
        if event == "open":
            path, _mode, flags = args
            if not isinstance(flags, int) or not flags & _WRITING:
                return
        elif event == "socket.bind":
            path = args[1]
        else:
            path = args[0]
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if isinstance(path, os.PathLike):
            path = os.fspath(path)
        if not isinstance(path, str) or path in ("", ":memory:"):
            return
        if path.startswith("file:"):
            path = path[5:].split("?", 1)[0]
        if self._outside(Path(os.path.abspath(path))):
            self.escaped.append(f"{event} {path}")

    def _outside(self, path: Path) -> bool:
        if path.is_relative_to(self.root):
            return False
        if path.is_relative_to(self.real_data):
            return True
        if path.is_relative_to(self.real_tmp) and path != self.real_tmp:
            return path.parts[len(self.real_tmp.parts)].startswith(TMP_PREFIX)
        return False

    def leftovers(self, servers: list[tuple[str, str, Path]]) -> list[str]:
        """What this run left outside the sandbox: the writes this process made, and the
        files of this run's child servers (`(database_url, url, log_path)` each)."""
        from console.store.paths import outbox_path
        from server.services.wakeup import folder_for

        found = list(dict.fromkeys(self.escaped))
        new_tmp = self._tmp_names() - self._before_tmp
        new_data = self._data_files() - self._before_data
        for database_url, url, log_path in servers:
            wake = folder_for(database_url).name  # its name, wherever TMPDIR pointed
            if wake in new_tmp:
                found.append(f"wake-up folder {self.real_tmp / wake}")
            outbox = outbox_path(self.real_data, url)
            if outbox.relative_to(self.real_data) in new_data:
                found.append(f"outbox {outbox}")
            log = Path(log_path).resolve()
            if not log.is_relative_to(self.root) and self._outside(log):
                found.append(f"server log {log}")
        return found

    def _tmp_names(self) -> set[str]:
        try:
            return {p.name for p in self.real_tmp.iterdir() if p.name.startswith(TMP_PREFIX)}
        except OSError:
            return set()

    def _data_files(self) -> set[Path]:
        if not self.real_data.is_dir():
            return set()
        return {p.relative_to(self.real_data) for p in self.real_data.rglob("*")}


def _set_env(values: dict[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


_sandboxes: list[Sandbox] = []


def _install_hook(sandbox: Sandbox) -> None:
    """One audit hook per process (they cannot be removed); it serves the latest sandbox."""
    if not _sandboxes:

        def hook(event: str, args: tuple[Any, ...]) -> None:
            if event in _EVENTS and _sandboxes:
                try:
                    _sandboxes[-1].audit(event, args)
                except Exception:  # noqa: S110 - an audit hook must never break the call
                    pass

        sys.addaudithook(hook)
    _sandboxes.append(sandbox)
