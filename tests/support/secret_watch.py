"""No secret, hash or token in any log line of a test run (issue #18).

Watches the log records of this process (in-process servers: TestClient) and reads the log
files of the cc-servers the run started; the session fails naming the first offending lines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

SECRETS = re.compile(
    r"\$argon2(?:id|i|d)\$"  # a password hash
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"  # a signed JWT
    r"|Bearer [A-Za-z0-9_.-]{20,}"  # an Authorization header's value
    r"|token_key"  # the name of the stored signing key's row, with its value nearby
)
KEEP = 5


class SecretWatch(logging.Handler):
    """A handler on the root logger that remembers records carrying a secret."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.offenders: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:  # a record that cannot be formatted is not ours to judge
            return
        if len(self.offenders) < KEEP and SECRETS.search(text):
            self.offenders.append(text[:300])


def secrets_in_files(paths: Iterable[Path]) -> list[str]:
    """The first lines of these log files that carry a secret."""
    found: list[str] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        found += [f"{path.name}: {line[:300]}" for line in lines if SECRETS.search(line)]
        if len(found) >= KEEP:
            break
    return found[:KEEP]
