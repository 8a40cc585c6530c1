"""Times in the case store: read many at once, and kept as numbers where the text comes back.

The server writes times as `datetime.isoformat()` in Asia/Shanghai ('2026-12-06T08:30:00+08:00',
with '.ffffff' when not whole seconds). `instants` reads a column of them at once (on their
characters' codes, with numpy) and says which are in exactly that form: the store keeps those
as numbers only (COMPACT in the case's values) and `time_text` writes them again, identical.
No Qt here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np

# Times kept as numbers only: the field and its numeric column. A record's value for such a
# field is COMPACT when the text is the server's own form (`datetime.isoformat()` in Asia/
# Shanghai) and so can be written again from the number exactly; any other text stays as
# it came. 100,000 cases hold 30 MB less.
TIME_FIELDS = {"created_at": "created", "updated_at": "updated", "due_at": "due", "warn_at": "warn"}
SHANGHAI = timezone(timedelta(hours=8))
_SHANGHAI_OFFSET = 8 * 3600
COMPACT: Any = type("Compact", (), {"__repr__": lambda self: "COMPACT", "__slots__": ()})()


def timestamp(value: str | None) -> float:
    """Seconds since the epoch of an ISO 8601 time with offset; NaN for none."""
    if not value:
        return np.nan
    try:
        return datetime.fromisoformat(value).timestamp()
    except (TypeError, ValueError):
        return np.nan


def instants(texts: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Seconds since the epoch of ISO 8601 times with offset, many at once (NaN for none),
    and which of them `time_text` writes again exactly (the server's own form, in Shanghai
    time). The server writes '2026-12-06T08:30:00+08:00' (or with '.ffffff'): those are read
    all at once, on their characters' codes; any other form one by one."""
    out = np.full(len(texts), np.nan)
    exact = np.zeros(len(texts), dtype=np.bool_)
    present = [k for k, text in enumerate(texts) if text]
    if not present:
        return out, exact
    where = np.array(present)
    try:
        text = np.array([texts[k] for k in present], dtype=np.str_)
    except (TypeError, ValueError):
        text = np.array([], dtype=np.str_)
    done = np.zeros(len(present), dtype=np.bool_)
    if len(text) == len(present):
        grid = text.view(np.uint32).reshape(len(present), -1)
        length = np.count_nonzero(grid, axis=1)
        for size in (25, 32):  # whole seconds, or with microseconds
            rows = np.flatnonzero(length == size)
            if not len(rows):
                continue
            tail = grid[rows, size - 6 : size]
            sign = tail[:, 0]
            form = ((sign == ord("+")) | (sign == ord("-"))) & (tail[:, 3] == ord(":"))
            form &= _digits(tail[:, [1, 2, 4, 5]])
            rows, tail = rows[form], tail[form]
            try:
                micros = text[rows].astype(f"<U{size - 6}").astype("datetime64[us]")
            except ValueError:  # not a time after all: one by one, below
                continue
            micros = micros.astype(np.int64)
            hours = (tail[:, 1] - 48) * 10 + tail[:, 2] - 48
            minutes = (tail[:, 4] - 48) * 10 + tail[:, 5] - 48
            offset = np.where(tail[:, 0] == ord("-"), -1, 1) * (hours * 3600 + minutes * 60)
            out[where[rows]] = micros / 1e6 - offset
            exact[where[rows]] = (offset == _SHANGHAI_OFFSET) & _isoformat_form(
                grid[rows, : size - 6], micros
            )
            done[rows] = True
    for k in where[~done].tolist():
        out[k] = timestamp(texts[k])
    return out, exact


def _digits(codes: np.ndarray) -> np.ndarray:
    """Rows of character codes that are all decimal digits."""
    return np.asarray(((codes >= ord("0")) & (codes <= ord("9"))).all(axis=1))


_ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
_ISO_MARKS = {4: "-", 7: "-", 10: "T", 13: ":", 16: ":"}


def _isoformat_form(grid: np.ndarray, micros: np.ndarray) -> np.ndarray:
    """Which local times (character codes, without offset) are written exactly as
    `datetime.isoformat()` writes their instant: 'YYYY-MM-DDTHH:MM:SS', and '.ffffff' after
    it only if not whole seconds."""
    form = _digits(grid[:, _ISO_DIGITS])
    for position, mark in _ISO_MARKS.items():
        form &= grid[:, position] == ord(mark)
    whole = micros % 1_000_000 == 0
    exact: np.ndarray
    if grid.shape[1] == 19:
        exact = form & whole
    else:
        exact = form & (grid[:, 19] == ord(".")) & _digits(grid[:, 20:26]) & ~whole
    return exact


def time_text(seconds: float) -> str:
    """An instant as the server writes it (ISO 8601, Asia/Shanghai)."""
    return datetime.fromtimestamp(seconds, SHANGHAI).isoformat()
