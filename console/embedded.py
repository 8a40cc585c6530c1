"""The embedded default: a local cc-server child process with demo data and the simulator.

The child is the console's own program in a second role, never a fork of the window:

    frozen build (PyInstaller, `sys.frozen`):
        <bundle>/cc-console --run-embedded-server --demo --port 0 --host 127.0.0.1
            --rate R --database sqlite:///<data dir>/cc-server.db
    installed or source tree (a Python interpreter is at hand):
        <python> -c "from console.embedded import run_embedded_server; …" <the same arguments>

`--run-embedded-server` is the first argument and everything after it goes to cc-server
unchanged (server.cli.main); console/app.py hands it over before it imports Qt, and
cc-console --help does not list it. The child prints its address on the first line of
stdout (`http://127.0.0.1:PORT`) and stops itself when its stdin closes, that is when the
console ends in any way (even SIGKILL). Its output (stdout and stderr) goes to a rotating
`cc-server.log` next to the console's own log.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, NoReturn

import requests

__all__ = ["EMBEDDED_SERVER_FLAG", "EmbeddedServer", "run_embedded_server", "server_command"]

# The mode of the console's executable that is the embedded server (see the docstring).
EMBEDDED_SERVER_FLAG = "--run-embedded-server"
# Outside a frozen build: the same mode through the interpreter (no console window, no Qt).
_BOOTSTRAP = (
    "import sys; from console.embedded import run_embedded_server; "
    "sys.exit(run_embedded_server(sys.argv[1:]))"
)


def server_command(arguments: Sequence[str], python: str | None = None) -> list[str]:
    """The command line that runs cc-server with `arguments` as the console's child."""
    if getattr(sys, "frozen", False) and python is None:
        return [sys.executable, EMBEDDED_SERVER_FLAG, *arguments]
    return [python or sys.executable, "-c", _BOOTSTRAP, *arguments]


def run_embedded_server(arguments: Sequence[str]) -> int:
    """The child's side: watch stdin (the console's life), then run cc-server in-process.

    A start that fails (a database that cannot be opened, a port in use, …) ends the child
    at once with its message on stderr and a non-zero status, which the console shows with
    the log's last lines. Not through the interpreter's shutdown: the watcher thread is
    blocked reading stdin then, and the shutdown's closing of stdin would abort the process
    (SIGABRT, "could not acquire lock … at interpreter shutdown") instead.
    """
    threading.Thread(target=_watch_parent, name="console-watch", daemon=True).start()
    sys.argv[0] = "cc-server"
    try:
        from server.cli import main as server_main

        server_main(list(arguments))
    except SystemExit as exc:
        _exit_now(_exit_status(exc))
    except BaseException:  # noqa: BLE001 - said on stderr (the log), ended with status 1
        traceback.print_exc()
        _exit_now(START_FAILED)
    return 0


START_FAILED = 1  # the child's status when cc-server ends with an error (as Python's own)


def _exit_status(exc: SystemExit) -> int:
    """The status of a SystemExit as the interpreter gives it; its message to stderr."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return START_FAILED


def _exit_now(status: int) -> NoReturn:
    """End the child with this status, its output and logs flushed first."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


def _watch_parent() -> None:
    """When the console's end of our stdin closes, stop as on SIGTERM (exit hard if stuck).

    Unlike PR_SET_PDEATHSIG this also fires on a SIGKILL of the console and does not fire
    when the *thread* that started the child ends.
    """
    try:
        while sys.stdin.buffer.read(1024):
            pass
    except Exception:
        pass
    threading.Timer(10, os._exit, (1,)).start()
    os.kill(os.getpid(), signal.SIGTERM)


STOP_GRACE = 5.0
LOG_TAIL_LINES = 25
LOG_ROTATE_BYTES = 5_000_000  # then cc-server.log becomes cc-server.log.1 (one kept)


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


class _RotatingLog:
    """The child's output, line by line, into a file that never grows past a bound."""

    def __init__(self, path: Path, max_bytes: int = LOG_ROTATE_BYTES) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._file: IO[str] | None = None
        self._size = 0

    def write(self, text: str) -> None:
        with self._lock, contextlib.suppress(OSError, ValueError):
            if self._file is None:
                self._open()
            assert self._file is not None
            self._file.write(text)
            self._file.flush()
            self._size += len(text.encode("utf-8", "replace"))
            if self._size > self.max_bytes:
                self._file.close()
                self._file = None
                self.path.replace(self.path.with_name(self.path.name + ".1"))

    def close(self) -> None:
        with self._lock, contextlib.suppress(OSError):
            if self._file is not None:
                self._file.close()
                self._file = None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "a", encoding="utf-8", errors="replace")  # noqa: SIM115
        self._size = self._file.tell()


class EmbeddedServer:
    """A cc-server child on 127.0.0.1 with a free port and a SQLite file in `data_dir`.

    `log_path`: where its output goes (the console passes its log folder's cc-server.log;
    by default the data folder's). `python`: an interpreter to run it with instead of the
    console's own program (see server_command).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        rate: float = 6.0,
        python: str | None = None,
        log_path: Path | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.rate = rate
        self.python = python
        self.log_path = Path(log_path) if log_path is not None else self.data_dir / "cc-server.log"
        self.database_path = self.data_dir / "cc-server.db"
        self.url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._stop_requested = False
        self._log = _RotatingLog(self.log_path)

    @property
    def pid(self) -> int | None:
        """The child's process id, once started."""
        return self._process.pid if self._process else None

    def command(self) -> list[str]:
        """The child's command line (console/embedded.py's docstring shows it)."""
        arguments = [
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
        return server_command(arguments, self.python)

    def start(self, timeout: float = 60) -> str:
        """Start the child, wait until /healthz answers and return its URL (blocking)."""
        if self._process is not None and self._process.poll() is None and self.url:
            return self.url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._stop_requested = False
        deadline = time.monotonic() + timeout
        self._log.write(f"--- cc-console starts cc-server at {datetime.now().isoformat()}\n")
        # PDEATHSIG is tied to the forking thread: only worth it from the main thread.
        on_main = threading.current_thread() is threading.main_thread()
        self._process = subprocess.Popen(
            self.command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=_die_with_parent if on_main and _PRCTL is not None else None,
        )
        atexit.register(self.stop)
        announced: queue.Queue[str] = queue.Queue()
        self._follow_output(self._process.stdout, announced)
        try:
            line = self._first_line(announced, deadline)
            if not line.startswith("http://"):
                raise self._failure(f"it did not announce its address (got {line[:80]!r})")
            self.url = line
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

    def _follow_output(self, stdout: IO[str] | None, announced: queue.Queue[str]) -> None:
        """Copy the child's output to its log (its pipe never fills); hand on its address.

        The address is the first line that is one (`http://…`); an end of output before it
        hands on "" (the child has exited).
        """
        if stdout is None:
            announced.put("")
            return
        log = self._log

        def copy() -> None:
            pending = True
            with contextlib.suppress(OSError, ValueError):
                for line in stdout:
                    log.write(line)
                    if pending and line.startswith("http://"):
                        announced.put(line.strip())
                        pending = False
            if pending:
                announced.put("")

        threading.Thread(target=copy, name="cc-server-output", daemon=True).start()

    def _first_line(self, announced: queue.Queue[str], deadline: float) -> str:
        assert self._process is not None
        try:
            # A hung child is given up on at the deadline.
            line = announced.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise self._failure("it did not announce its address in time") from None
        if not line:
            self._process.wait(timeout=STOP_GRACE)
            raise self._failure(f"it exited with status {self._process.returncode}")
        return line

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
