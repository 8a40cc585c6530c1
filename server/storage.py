"""When the disk or the database refuses writes: a clear answer, one log line, a health flag.

A full disk, a read-only file system or an I/O error used to give every write a generic 500
with a full traceback in the log (and one a second from the checkpointer), dropped the
connection after each, and left `/healthz` saying ok. Now such a failure is answered 503
(`storage_unavailable`, naming the storage that failed, with Retry-After), logged in one line,
and `/healthz` says `degraded` with the reason until a write succeeds again.
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
# SQLite result codes (Python 3.11: sqlite3.Error.sqlite_errorname) and PostgreSQL SQLSTATEs
# that mean "the storage refuses", not "the statement is wrong".
SQLITE_NAMES = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the database is read-only",
    "SQLITE_IOERR": "the disk reported an I/O error",
    "SQLITE_CANTOPEN": "the database file cannot be opened",
}
SQLSTATES = {
    "53100": "the disk is full",
    "53000": "the database server is out of resources",
    "25006": "the database is read-only",
    "58030": "the database server reported an I/O error",
}
ERRNOS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EIO: "the disk reported an I/O error",
    errno.EACCES: "the server may not write there",
}


@dataclass(frozen=True)
class StorageFailure:
    """Which storage failed (`database` or `files`) and why, in words."""

    storage: str
    reason: str


def classify(exc: BaseException) -> StorageFailure | None:
    """The storage failure this exception is, or None if it is another error."""
    if isinstance(exc, DBAPIError):
        original = exc.orig
        name = str(getattr(original, "sqlite_errorname", ""))
        for prefix, reason in SQLITE_NAMES.items():
            if name.startswith(prefix):
                return StorageFailure("database", reason)
        state = str(getattr(original, "sqlstate", "") or "")
        if state in SQLSTATES:
            return StorageFailure("database", SQLSTATES[state])
        return None
    if isinstance(exc, OSError) and exc.errno in ERRNOS:
        return StorageFailure("files", ERRNOS[exc.errno])
    return None


class StorageHealth:
    """Whether writes fail now: set by a failure, cleared by the next successful write."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failure: StorageFailure | None = None
        self._since = 0.0

    def failed(self, failure: StorageFailure) -> None:
        with self._lock:
            if self._failure is None:
                self._since = time.monotonic()
            self._failure = failure

    def recovered(self) -> None:
        if self._failure is not None:
            with self._lock:
                self._failure = None

    def state(self) -> tuple[StorageFailure, float] | None:
        """The failure and how many seconds it has lasted, or None while writes work."""
        with self._lock:
            if self._failure is None:
                return None
            return self._failure, time.monotonic() - self._since


class FailureStreak:
    """Logs a repeating background job's failures once per streak (not once a second), with
    the traceback only for errors that are not storage failures, and its recovery."""

    def __init__(self, job: str, health: StorageHealth | None = None) -> None:
        self.job = job
        self.health = health
        self._failing = False

    def failed(self, exc: Exception) -> None:
        failure = classify(exc)
        if failure is not None and self.health is not None:
            self.health.failed(failure)
        if self._failing:
            return
        self._failing = True
        if failure is None:
            log.error("%s failed; retrying quietly until it works", self.job, exc_info=exc)
        else:
            log.error("%s failed: %s; retrying quietly until it works", self.job, failure.reason)

    def worked(self) -> None:
        if self._failing:
            self._failing = False
            log.warning("%s works again", self.job)
