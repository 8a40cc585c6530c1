"""The console's log: a rotating file in the user's log folder, and faulthandler beside it.

`cc-console.log` takes the console's records (INFO and above, whatever --log-level says for
the terminal), `cc-server.log` the embedded server's output (console/embedded.py),
`crash.log` what faulthandler writes when the interpreter itself dies (a segfault in Qt, an
abort): the three files a support request needs, in one folder the crash dialog opens.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

__all__ = ["CONSOLE_LOG", "CRASH_LOG", "SERVER_LOG", "setup_logging"]

CONSOLE_LOG = "cc-console.log"
SERVER_LOG = "cc-server.log"
CRASH_LOG = "crash.log"
ROTATE_BYTES = 5_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

# faulthandler writes into a file object that must stay open for the process's life.
_crash_file: IO[str] | None = None


def setup_logging(log_dir: Path, level: str = "warning") -> Path:
    """Log to stderr at `level` and to the rotating file at INFO; faulthandler on.

    Returns the log file. A log folder that cannot be written leaves the terminal only (said
    there): the console still starts.
    """
    global _crash_file
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(level.upper())
    terminal.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(terminal)
    root.setLevel(min(logging.INFO, terminal.level))
    path = Path(log_dir) / CONSOLE_LOG
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = logging.handlers.RotatingFileHandler(
            path, maxBytes=ROTATE_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        crash = _open_crash_log(path.parent / CRASH_LOG)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", log_dir, exc)
        if sys.stderr is not None:
            faulthandler.enable(file=sys.stderr, all_threads=True)
        return path
    file.setLevel(logging.INFO)
    file.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file)
    crash.write(f"--- cc-console started at {datetime.now().isoformat()}\n")
    crash.flush()
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash
    faulthandler.enable(file=crash, all_threads=True)
    return path


def _open_crash_log(path: Path) -> IO[str]:
    """Appended to; started afresh once it is large (a line a start, a dump a crash)."""
    try:
        large = path.stat().st_size > ROTATE_BYTES
    except FileNotFoundError:
        large = False
    return open(path, "w" if large else "a", encoding="utf-8")  # noqa: SIM115
