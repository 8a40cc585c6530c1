"""A throwaway PostgreSQL server for tests, run as an unprivileged user."""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

# psycopg is imported inside the methods that need it, so that the pytest plugin importing
# this module still loads (and skips cleanly) in an environment without the postgres extra.
if TYPE_CHECKING:
    import psycopg

SUPERUSER = "cc"
DEFAULT_DATABASE = "cc"
# Created (as root, when nothing better exists) to own the cluster; PostgreSQL refuses root.
FALLBACK_USER = "ccpg"
# Lets a developer or CI pick the account that owns the cluster when running as root.
USER_ENV = "CC_POSTGRES_USER"

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Log lines that mean "another process took the port between our probe and the bind".
_PORT_TAKEN = ("Address already in use",)
# How long dropping a test's database may take before it fails with the server's sessions.
DROP_TIMEOUT_MS = 60_000


def find_pg_bin(name: str) -> str | None:
    """Path of a PostgreSQL program: PATH first, then the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found

    def major(path: str) -> float:
        # Directory names are major versions ("15", "9.6"); sort numerically, not as text.
        try:
            return float(Path(path).parent.name)
        except ValueError:
            return -1.0

    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    for candidate in sorted(candidates, key=major, reverse=True):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass(frozen=True)
class _Account:
    """Who the server processes run as, and whether that means switching user (as root)."""

    name: str
    uid: int
    gid: int
    switch: bool


def _choose_account() -> _Account:
    """The current user, or (as root) an unprivileged account, created if need be."""
    if os.geteuid() != 0:
        return _Account(pwd.getpwuid(os.geteuid()).pw_name, os.geteuid(), os.getegid(), False)
    wanted = os.environ.get(USER_ENV)
    candidates = [wanted] if wanted else ["postgres", FALLBACK_USER, "nobody"]
    for name in candidates:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        if entry.pw_uid != 0:
            return _Account(entry.pw_name, entry.pw_uid, entry.pw_gid, True)
    if wanted:
        raise RuntimeError(f"{USER_ENV}={wanted!r} is not an existing non-root user")
    # Last resort on a bare CI image: a system account with no home and no login shell.
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [useradd, "--system", "--no-create-home", "--home-dir", "/nonexistent"]
        + ["--shell", "/usr/sbin/nologin", FALLBACK_USER],
        capture_output=True,
        text=True,
        check=False,
    )
    # Not check=True: a parallel test worker may have created the account a moment ago.
    try:
        entry = pwd.getpwnam(FALLBACK_USER)
    except KeyError:
        raise RuntimeError(
            f"running as root and could not create user {FALLBACK_USER!r} "
            f"(useradd exit {result.returncode}): {result.stderr.strip()}"
        ) from None
    return _Account(entry.pw_name, entry.pw_uid, entry.pw_gid, True)


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file, or a note that there is none."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


def _shutdown(
    pg_ctl: str,
    data_dir: Path,
    process: subprocess.Popen[bytes] | None,
    root: Path,
    popen_kwargs: dict[str, Any],
) -> None:
    """Stop the server (if it runs) and delete its directory; safe to call twice."""
    if process is not None and process.poll() is None:
        # Immediate mode skips the shutdown checkpoint: the data is thrown away anyway.
        subprocess.run(
            [pg_ctl, "stop", "-D", str(data_dir), "-m", "immediate", "-w", "-t", "30"],
            capture_output=True,
            check=False,
            **popen_kwargs,
        )
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            # pg_ctl could not reach it (e.g. postmaster.pid gone); never leave it running.
            process.kill()
            process.wait(timeout=15)
    shutil.rmtree(root, ignore_errors=True)


class TemporaryPostgres:
    """A private PostgreSQL cluster in a temp dir: superuser ``cc``, trust auth, db ``cc``."""

    def __init__(self, *, start_timeout: float = 60.0, host: str = "127.0.0.1") -> None:
        """Locate the binaries; nothing starts until ``start()`` or ``with``."""
        binaries = {name: find_pg_bin(name) for name in ("initdb", "pg_ctl", "postgres")}
        missing = [name for name, path in binaries.items() if path is None]
        if missing:
            raise FileNotFoundError(
                f"PostgreSQL programs not found on PATH or in /usr/lib/postgresql/*/bin: "
                f"{', '.join(missing)}"
            )
        self.initdb: str = binaries["initdb"] or ""
        self.pg_ctl: str = binaries["pg_ctl"] or ""
        self.postgres: str = binaries["postgres"] or ""
        self.host = host
        self.start_timeout = start_timeout
        self.port: int = 0
        self.root: Path | None = None
        self.account: _Account | None = None
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[Any, TemporaryPostgres] | None = None

    # -- public API ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the default database ``cc``."""
        return self.url_for(DEFAULT_DATABASE)

    @property
    def run_as(self) -> str:
        """Name of the OS user that owns the cluster and runs the server."""
        if self.account is None:
            raise RuntimeError("server not started")
        return self.account.name

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self._require_root() / "data"

    @property
    def socket_dir(self) -> Path:
        """Directory of the server's unix socket (use as ``host=`` in libpq)."""
        return self._require_root() / "sock"

    @property
    def log_path(self) -> Path:
        """The server's stdout/stderr log."""
        return self._require_root() / "server.log"

    def url_for(self, database: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) of one database on this server."""
        self._require_root()
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def connect(
        self, database: str = "postgres", *, via_socket: bool = False
    ) -> psycopg.Connection[Any]:
        """A raw autocommit psycopg connection (for admin work such as CREATE DATABASE)."""
        import psycopg

        self._require_root()
        return psycopg.connect(
            host=str(self.socket_dir) if via_socket else self.host,
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
            connect_timeout=5,
        )

    def new_database(self, name: str, *, template: str | None = None) -> str:
        """Create an empty database (or a copy of `template`, a database nobody is connected
        to) and return its SQLAlchemy URL."""
        from psycopg import sql

        self._check_name(name)
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            self._check_name(template)
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.connect() as conn:
            conn.execute(statement)
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any sessions still connected to it."""
        import psycopg
        from psycopg import sql

        self._check_name(name)
        with self.connect() as conn:
            # Bounded: a drop that waits (for another backend, say) fails within a minute
            # with what the server's sessions were doing, instead of hanging the run.
            conn.execute(f"SET statement_timeout = {DROP_TIMEOUT_MS}")
            try:
                # FORCE (PG 13+) so a test that leaked a connection cannot block the cleanup.
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            except psycopg.errors.QueryCanceled:
                raise RuntimeError(
                    f"DROP DATABASE {name} took over {DROP_TIMEOUT_MS / 1000:.0f} s; the "
                    f"server's sessions then:\n{self._activity(conn)}"
                ) from None

    @staticmethod
    def _activity(conn: psycopg.Connection[Any]) -> str:
        """One line per other session of the server: database, state, wait, query."""
        rows = conn.execute(
            "SELECT pid, datname, state, wait_event_type, wait_event, left(query, 120)"
            " FROM pg_stat_activity WHERE pid <> pg_backend_pid() ORDER BY pid"
        ).fetchall()
        return "\n".join("  " + " | ".join(str(v) for v in row) for row in rows) or "  (none)"

    def start(self) -> TemporaryPostgres:
        """Create the cluster, start the server and wait until it accepts connections."""
        if self.root is not None:
            raise RuntimeError("already started")
        began = time.monotonic()
        self.account = _choose_account()
        # Always under /tmp: short enough for a unix socket path (107 bytes) and traversable
        # by the unprivileged account, unlike e.g. a TMPDIR inside /root.
        base = "/tmp" if os.path.isdir("/tmp") else None
        self.root = Path(tempfile.mkdtemp(prefix="ccpg-", dir=base))
        self._finalizer = weakref.finalize(
            self, _shutdown, self.pg_ctl, self.data_dir, None, self.root, self._popen_kwargs()
        )
        try:
            self.socket_dir.mkdir()
            if self.account.switch:
                # mkdtemp made these 0700 root:root; hand them to the server's account.
                for path in (self.root, self.socket_dir):
                    os.chown(path, self.account.uid, self.account.gid)
            self._initdb()
            for _attempt in range(3):
                self.port = _free_port()
                if self._launch():
                    break
            else:
                raise RuntimeError(self._failure("kept losing the port race"))
            # Over TCP, which also proves the address in ``url`` is reachable.
            with self.connect() as conn:
                conn.execute(f'CREATE DATABASE "{DEFAULT_DATABASE}"')
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        """Stop the server immediately and delete its directory."""
        if self._finalizer is not None:
            self._finalizer()

    def __enter__(self) -> TemporaryPostgres:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals ----------------------------------------------------------------------------

    def _require_root(self) -> Path:
        if self.root is None:
            raise RuntimeError("server not started")
        return self.root

    @staticmethod
    def _check_name(name: str) -> None:
        # Lower-case identifiers only, so the URL and the SQL name can never disagree.
        if not _IDENTIFIER.match(name):
            raise ValueError(f"database name must match {_IDENTIFIER.pattern}: {name!r}")

    def _popen_kwargs(self) -> dict[str, Any]:
        """How to run a PostgreSQL program: as the cluster's account, in a clean env."""
        root = self._require_root()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        # C locale: present everywhere, so initdb never fails or warns about the host's LANG.
        env.update(LC_ALL="C", LANG="C", HOME=str(root))
        kwargs: dict[str, Any] = {"env": env, "cwd": str(root)}
        account = self.account
        if account is not None and account.switch:
            # Drop root's groups too, or the server would keep gid 0 and its supplementary groups.
            kwargs.update(user=account.uid, group=account.gid, extra_groups=[])
        return kwargs

    def _initdb(self) -> None:
        result = subprocess.run(
            [self.initdb, "-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust"]
            + ["--encoding=UTF8", "--locale=C", "--no-sync"],
            capture_output=True,
            text=True,
            check=False,
            **self._popen_kwargs(),
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"initdb failed (exit {result.returncode}, as {self.run_as}):\n"
                f"{result.stdout}\n{result.stderr}"
            )

    def _launch(self) -> bool:
        """Start postgres on ``self.port``; False if the port was taken meanwhile."""
        settings = {
            "listen_addresses": self.host,
            "max_connections": "200",
            # Durability is pointless for a throwaway cluster and costs a lot of time.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            # Keep plans serial: 2-core CI boxes and small /dev/shm in containers.
            "max_parallel_workers_per_gather": "0",
        }
        args = [self.postgres, "-D", str(self.data_dir), "-p", str(self.port)]
        args += ["-k", str(self.socket_dir)]
        for key, value in settings.items():
            args += ["-c", f"{key}={value}"]
        with open(self.log_path, "ab") as log:
            log_start = log.tell()  # judge this attempt by its own log lines only
            # Own session: a Ctrl-C aimed at pytest must not kill the server before teardown.
            self._process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                **self._popen_kwargs(),
            )
        self._track(self._process)
        return self._wait_ready(log_start)

    def _track(self, process: subprocess.Popen[bytes]) -> None:
        """Point the exit-time cleanup at the running process."""
        if self._finalizer is not None:
            self._finalizer.detach()
        self._finalizer = weakref.finalize(
            self, _shutdown, self.pg_ctl, self.data_dir, process, self.root, self._popen_kwargs()
        )

    def _wait_ready(self, log_start: int) -> bool:
        import psycopg

        assert self._process is not None
        deadline = time.monotonic() + self.start_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                with open(self.log_path, "rb") as log_file:
                    log_file.seek(log_start)
                    log = log_file.read().decode(errors="replace")
                if any(marker in log for marker in _PORT_TAKEN):
                    return False
                raise RuntimeError(
                    self._failure(f"postgres exited with code {self._process.returncode}")
                )
            try:
                # Our private socket, not TCP: if another program grabbed the port, a TCP
                # probe could hang on it, while this only ever reaches our own server.
                with self.connect(via_socket=True):
                    return True
            except psycopg.OperationalError as error:
                last_error = error
                time.sleep(0.05)
        raise RuntimeError(
            self._failure(f"no connection within {self.start_timeout:.0f}s ({last_error})")
        )

    def _failure(self, reason: str) -> str:
        log = self.log_path
        return (
            f"PostgreSQL did not start on {self.host}:{self.port} as user "
            f"{self.account.name if self.account else '?'}: {reason}\n"
            f"--- server log, last lines (the directory is removed on failure) ---\n{_tail(log)}"
        )
