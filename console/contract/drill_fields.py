"""How the console reads the drill answers (console/contract/drills.py and its siblings):
leniently, as `Case` is read. A field a server does not send, or sends as another type, reads
as empty (None, "" or []), so a pane shows what there is. No Qt, nothing of ours."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def text_of(value: Any) -> str:
    """A string, or "" for anything else."""
    return value if isinstance(value, str) else ""


def int_of(value: Any) -> int | None:
    """A number as a whole number (a bool is not one), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def float_of(value: Any) -> float | None:
    """A number (a bool is not one), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def bool_of(value: Any) -> bool | None:
    """True or False, or None for anything else."""
    return value if isinstance(value, bool) else None


def moment_of(value: Any) -> datetime | None:
    """An ISO 8601 instant with its offset, or None (a time without one is not an instant)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def list_of(value: Any) -> list[Any]:
    """A JSON array, or []."""
    return value if isinstance(value, list) else []
