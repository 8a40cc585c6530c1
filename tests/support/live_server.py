"""A real cc-server in a child process on a free port, for tests that talk HTTP to it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

STARTUP_SECONDS = 60
# (database URL, server URL, log) of every server started in this process, so that the test
# session can check that none of them left files outside its temporary folders.
started: list[tuple[str, str, Path]] = []


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
    ) -> None:
        self.database_url = database_url
        self.demo = demo
        self.rate = rate
        self.env = env or {}
        # The server's stderr, so that a failure to start can say why.
        self.log_path = log_path or _default_log(database_url)
        self.url = ""
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> LiveServer:
        """Start (or restart on the same port) and wait until /healthz answers."""
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
