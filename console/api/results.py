"""What the REST client hands back: the signed-in session, a page of cases, a batch of a
case snapshot, a feed batch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class UserSession:
    """The signed-in user and the bearer token that speaks for them."""

    token: str
    username: str
    display_name: str
    role: str
    department: str | None
    expires_at: str
    # An administrator set the password: the server refuses everything until it is changed.
    must_change_password: bool = False

    def __repr__(self) -> str:  # the token must never reach a log
        return f"UserSession(username={self.username!r}, role={self.role!r})"


@dataclass(frozen=True)
class CasePage:
    """One page of the case list; follow `next_cursor`, then the feed from `feed_seq`."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    feed_seq: int


@dataclass(frozen=True)
class CaseBatch:
    """Some cases of a snapshot (`ApiClient.stream_cases`), in the queue's order.

    `feed_seq` and `count` are the snapshot's, the same on every batch: follow the feed from
    `feed_seq`; `count` cases were to come in all (a few may be left out, gone meanwhile).
    With `fields` (the rows form) each item is a list of a case's values in that order, else
    a case dict.
    """

    feed_seq: int
    count: int
    items: list[Any]
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventBatch:
    """Feed events after a position, and where to continue from (`last_seq`)."""

    events: list[dict[str, Any]]
    last_seq: int
