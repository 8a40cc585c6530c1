"""The embedded default: a local cc-server child process with demo data and the simulator."""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO

import requests

__all__ = ["EmbeddedServer"]

# Runs server.cli as `-m` would, plus a watchdog: when the console dies in any way (even
# SIGKILL), the pipe on the child's stdin closes and the child shuts itself down. Unlike
# PR_SET_PDEATHSIG this does not fire when the *thread* that started the child ends.
_BOOTSTRAP = """\
import os, runpy, signal, sys, threading
def _watch():
    try:
        while sys.stdin.buffer.read(1024):
            pass
    except Exception:
        pass
    threading.Timer(10, os._exit, (1,)).start()
    os.kill(os.getpid(), signal.SIGTERM)
threading.Thread(target=_watch, name="console-watch", daemon=True).start()
sys.argv[0] = "cc-server"
runpy.run_module("server.cli", run_name="__main__", alter_sys=True)
"""
STOP_GRACE = 5.0
LOG_TAIL_LINES = 25
LOG_ROTATE_BYTES = 5_000_000


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Best effort on Linux: SIGTERM the child when the console's starting thread dies."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _load_prctl() -> Callable[..., int] | None:
    # Resolved before fork: the child must not import or look up symbols.
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()


class EmbeddedServer:
    """A cc-server child on 127.0.0.1 with a free port and a SQLite file in `data_dir`."""

    def __init__(self, data_dir: Path, *, rate: float = 6.0, python: str = sys.executable) -> None:
        self.data_dir = Path(data_dir)
        self.rate = rate
        self.python = python
        self.log_path = self.data_dir / "cc-server.log"
        self.database_path = self.data_dir / "cc-server.db"
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._stop_requested = False

    @property
    def pid(self) -> int | None:
        """The child's process id, once started."""
        return self._process.pid if self._process else None

    def start(self, timeout: float = 60) -> str:
        """Start the child, wait until /healthz answers and return its URL (blocking)."""
        if self._process is not None and self._process.poll() is None and self.url:
            return self.url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._rotate_log()
        self._stop_requested = False
        deadline = time.monotonic() + timeout
        args = [
            self.python,
            "-c",
            _BOOTSTRAP,
            "--demo",
            "--port",
            "0",
            "--host",
            "127.0.0.1",
            "--rate",
            str(self.rate),
            "--database",
            f"sqlite:///{self.database_path}",
        ]
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(f"--- cc-console starts cc-server at {datetime.now().isoformat()}\n")
            log.flush()
            # PDEATHSIG is tied to the forking thread: only worth it from the main thread.
            on_main = threading.current_thread() is threading.main_thread()
            self._process = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                encoding="utf-8",
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                preexec_fn=_die_with_parent if on_main and _PRCTL is not None else None,
            )
        atexit.register(self.stop)
        try:
            line = self._first_line(deadline)
            if not line.startswith("http://"):
                raise self._failure(f"it did not announce its address (got {line[:80]!r})")
            self.url = line
            self._drain(self._process.stdout)
            self._wait_healthy(deadline)
        except BaseException:
            self.stop()
            raise
        return self.url

    def stop(self) -> None:
        """Stop the child: SIGTERM (graceful), then kill after a few seconds."""
        process = self._process
        if process is None:
            return
        atexit.unregister(self.stop)
        self._stop_requested = True
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_GRACE)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()

    def exit_code(self) -> int | None:
        """None while the child runs (or before start); its exit status once it ended."""
        if self._process is None:
            return None
        return self._process.poll()

    def crashed(self) -> bool:
        """True if the child ended without stop() being called: report it to the officer."""
        return not self._stop_requested and self.exit_code() is not None

    def running(self) -> bool:
        """True while the child is alive."""
        return self._process is not None and self._process.poll() is None

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The last lines of the server log, for an error message."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # -- helpers --------------------------------------------------------------------------

    def _rotate_log(self) -> None:
        # One previous log is enough to diagnose a crash; the log must not grow forever.
        with contextlib.suppress(OSError):
            if self.log_path.stat().st_size > LOG_ROTATE_BYTES:
                self.log_path.replace(self.log_path.with_suffix(".log.1"))

    def _first_line(self, deadline: float) -> str:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        found: list[str] = []
        # readline() cannot time out; a daemon reader lets a hung child be given up on.
        reader = threading.Thread(target=lambda: found.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(max(0.0, deadline - time.monotonic()))
        if not found:
            raise self._failure("it did not announce its address in time")
        if not found[0]:
            self._process.wait(timeout=STOP_GRACE)
            raise self._failure(f"it exited with status {self._process.returncode}")
        return found[0].strip()

    def _drain(self, stdout: IO[str] | None) -> None:
        """Copy anything else the child prints to the log, so that its pipe never fills."""
        if stdout is None:
            return
        path = self.log_path

        def copy() -> None:
            with contextlib.suppress(OSError, ValueError), open(path, "a") as log:
                for line in stdout:
                    log.write(line)
                    log.flush()

        threading.Thread(target=copy, name="cc-server-stdout", daemon=True).start()

    def _wait_healthy(self, deadline: float) -> None:
        assert self._process is not None
        with requests.Session() as session:
            session.trust_env = False  # no proxy between us and our own child
            while True:
                try:
                    if session.get(f"{self.url}/healthz", timeout=2).ok:
                        return
                except requests.RequestException:
                    pass
                if self._process.poll() is not None:
                    raise self._failure(f"it exited with status {self._process.returncode}")
                if time.monotonic() > deadline:
                    raise self._failure("it did not become healthy in time")
                time.sleep(0.1)

    def _failure(self, why: str) -> RuntimeError:
        tail = self.log_tail()
        message = f"The local cc-server could not start: {why}. Log: {self.log_path}"
        return RuntimeError(f"{message}\n{tail}" if tail else message)
