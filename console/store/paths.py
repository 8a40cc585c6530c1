"""Where a console keeps the outbox for the server it talks to."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["outbox_path"]


def outbox_path(data_dir: Path, server_url: str | None) -> Path:
    """One outbox file per server: None is the embedded server (whose port changes per run)."""
    # Case ids mean different cases on different servers: an action queued for one must
    # never be replayed against another.
    if server_url is None:
        name = "embedded"
    else:
        url = server_url.strip().rstrip("/").lower()
        parts = urlsplit(url)
        readable = re.sub(r"[^a-z0-9.-]+", "-", f"{parts.hostname or 'server'}-{parts.port or ''}")
        digest = hashlib.sha256(url.encode()).hexdigest()[:12]
        name = f"{readable.strip('-')}-{digest}"
    return Path(data_dir).expanduser() / "outbox" / f"{name}.sqlite3"
