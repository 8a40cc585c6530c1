"""A real cc-server in a child process on a free port, for tests that talk HTTP to it.

A first start migrates and seeds (the demo backlog: ~2.5 s of CPU, most of a start). In a
test session (`use_templates`), the database of a server's first start on a new SQLite file
is kept as a template, and the next server started the same way (same flags and environment,
within the same few minutes) starts on a copy instead, as a server restarted on its own
database would; the copy gets a token signing key of its own.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

STARTUP_SECONDS = 60
# (database URL, server URL, log) of every server started in this process, so that the test
# session can check that none of them left files outside its temporary folders.
started: list[tuple[str, str, Path]] = []
# A template serves the starts of this many seconds: the backlog is laid out around "now" and
# the SLA clock runs on, so a copy should not be much older than a fresh seed would be.
TEMPLATE_SECONDS = 300
_templates: dict[str, Path] = {}
_template_folder: list[Path] = []


def use_templates(folder: Path | None) -> None:
    """Keep first-start databases in `folder` and start later servers on copies (None: stop)."""
    _template_folder.clear()
    _templates.clear()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        _template_folder.append(folder)


def _default_log(database_url: str) -> Path:
    """A fresh log file beside a SQLite database, or in the temporary directory."""
    folder = None
    if database_url.startswith("sqlite:///"):
        folder = Path(database_url.removeprefix("sqlite:///")).parent
        folder = folder if folder.is_dir() else None
    return Path(tempfile.mkstemp(prefix="cc-server-", suffix=".log", dir=folder)[1])


class LiveServer:
    """`cc-server` started with `--port 0`; stop() and start() again keep database and port."""

    def __init__(
        self,
        database_url: str,
        *,
        demo: bool = True,
        rate: float = 0.0,
        env: dict[str, str] | None = None,
        log_path: Path | None = None,
        now: datetime | None = None,
    ) -> None:
        """`now`: run the server as if its clock read this instant at the first start
        (`cc-server --now`, the wall clock shifted; a restart goes on from where that clock
        is): the demo backlog, the routes and the SLA scheduler follow it, whenever the test
        runs."""
        self.database_url = database_url
        self.demo = demo
        self.rate = rate
        self.env = env or {}
        self.now = now
        self._shift: timedelta | None = None  # the server's clock minus the wall clock
        # The server's stderr, so that a failure to start can say why.
        self.log_path = log_path or _default_log(database_url)
        self.url = ""
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    def _sqlite_file(self) -> Path | None:
        """The database file, if this is a file-backed SQLite database."""
        if not self.database_url.startswith("sqlite:///"):
            return None
        name = self.database_url.removeprefix("sqlite:///")
        if not name or name == ":memory:" or name.startswith("file:") or "?" in name:
            return None
        return Path(name)

    def _template_key(self) -> str | None:
        """What a first start's database depends on, or None when no template may serve: no
        session templates, not a new SQLite file, or a simulator adding cases as it runs."""
        database = self._sqlite_file()
        if not _template_folder or database is None or self.rate != 0:
            return None
        siblings = [database, *(Path(f"{database}{end}") for end in ("-wal", "-shm", ".writer"))]
        if any(path.exists() for path in siblings) or not database.parent.is_dir():
            return None
        env = {**os.environ, **self.env}
        cc_env = sorted((name, value) for name, value in env.items() if name.startswith("CC_"))
        window = int(time.time() // TEMPLATE_SECONDS)
        parts = (self.demo, cc_env, window, self.now)
        return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]

    def _from_template(self, key: str) -> bool:
        """Put a copy of the template at the database's place (own signing key); False when
        there is none yet."""
        template = _templates.get(key)
        database = self._sqlite_file()
        if template is None or database is None:
            return False
        shutil.copyfile(template, database)
        connection = sqlite3.connect(database)
        try:
            with connection:
                connection.execute(
                    "UPDATE server_secrets SET value = ? WHERE name = 'token_key'",
                    (secrets.token_urlsafe(48),),
                )
        finally:
            connection.close()
        return True

    def _keep_template(self, key: str) -> None:
        """Snapshot the freshly seeded database (SQLite's online backup, consistent while the
        server runs) as the template of `key`."""
        database = self._sqlite_file()
        if database is None or not _template_folder:
            return
        template = _template_folder[0] / f"{key}.db"
        partial = template.with_suffix(".partial")
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        partial.replace(template)
        _templates[key] = template

    def start(self) -> LiveServer:
        """Start (or restart on the same port) and wait until /healthz answers."""
        key = self._template_key()
        keep = key is not None and not self._from_template(key)
        args = [
            sys.executable,
            "-m",
            "server.cli",
            "--port",
            str(self.port),
            "--database",
            self.database_url,
            "--rate",
            str(self.rate),
            "--log-level",
            "warning",
        ]
        if self.demo:
            args.append("--demo")
        if self.now is not None:
            if self._shift is None:
                self._shift = self.now - datetime.now(UTC)
            args += ["--now", (datetime.now(UTC) + self._shift).isoformat()]
        log = open(self.log_path, "a")  # noqa: SIM115 - the child keeps writing to it
        self.process = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env={**os.environ, "CC_SLA_TICK_SECONDS": "1", **self.env},
            cwd=Path(__file__).resolve().parents[2],
        )
        log.close()
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith("http://"):
            self.process.kill()
            raise RuntimeError(
                f"cc-server did not announce its address (got {line!r}):\n{self.log_tail()}"
            )
        self.url = line
        self.port = int(line.rsplit(":", 1)[1])
        started.append((self.database_url, self.url, self.log_path))
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    if keep and key is not None:
                        self._keep_template(key)
                    return self
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"cc-server exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            time.sleep(0.05)
        raise RuntimeError("cc-server did not become healthy in time")

    def log_tail(self, lines: int = 30) -> str:
        """The last lines the server wrote to stderr."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Stop the server (as an operator would, with SIGTERM)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """Kill the server abruptly, as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def token(self, username: str, password: str = "demo") -> str:
        """A bearer token for a demo user."""
        response = requests.post(
            self.url + "/api/v1/auth/token",
            data={"username": username, "password": password},
            timeout=10,
        )
        response.raise_for_status()
        return response.json()["access_token"]

    def headers(self, username: str) -> dict[str, str]:
        """Authorization headers for a demo user."""
        return {"Authorization": f"Bearer {self.token(username)}"}
