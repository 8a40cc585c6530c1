"""Run a command (a test suite) as if it were another moment in Shanghai, under libfaketime.

    python -m tests.support.at_moment "2026-12-14 00:10" .venv/bin/pytest -q tests/server

Every process of the run, the live servers the tests start included, sees the wall clock
shifted so that it reads that moment when the run starts, and runs on from there; monotonic
clocks stay real (timeouts, the event loop). A suite that passes at Monday 00:10, New Year's
Eve 23:50, a public holiday and a weekend depends on no day or hour. Needs libfaketime
(Debian: `apt-get install faketime`).
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
SHIM = Path(__file__).resolve().parent / "faketime_shim"


def offset(moment: datetime, now: datetime) -> str:
    """faketime's option for `moment` (aware) when the wall clock says `now`: +N seconds."""
    return f"{round((moment - now).total_seconds()):+d}"


def environment() -> dict[str, str]:
    """What the command's processes need besides what faketime sets (LD_PRELOAD, FAKETIME)."""
    path = os.pathsep.join(p for p in (str(SHIM), os.environ.get("PYTHONPATH", "")) if p)
    return {
        # Real monotonic clocks; without the "monotonic fix", which made every timed wait
        # (the interpreter lock's among them) time out at once: a suite four times slower.
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        "FAKETIME_FORCE_MONOTONIC_FIX": "0",
        "PYTHONPATH": path,
    }


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.exit(__doc__)
    faketime = shutil.which("faketime")
    if faketime is None:
        sys.exit("at_moment: install libfaketime first (apt-get install faketime)")
    moment = datetime.fromisoformat(argv[0])
    moment = moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)
    option = offset(moment, datetime.now(UTC))
    os.execve(faketime, [faketime, "-f", option, *argv[1:]], {**os.environ, **environment()})


if __name__ == "__main__":
    main(sys.argv[1:])
