"""The shift handover's server calls (交接班, issue #16), typed; no Qt (worker threads only).

The server computes the figures of a brief; the console adds its unsent outbox items and the
officer's notes (`submit`). The incoming officer reads the latest unsigned brief and signs it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from console.api.client import ApiClient

__all__ = [
    "SECTIONS",
    "Brief",
    "BriefCase",
    "Facts",
    "OutboxEntry",
    "Section",
    "draft",
    "get",
    "latest",
    "sign",
    "submit",
]

PATH = "/api/v1/handovers"
# The brief's lists, in the order it shows them (keys of the server's `facts`).
SECTIONS = ("intake", "turned_red", "open_supervision", "pending_extensions", "parked")


@dataclass(frozen=True)
class BriefCase:
    """A case as a brief lists it, with the moment that put it there."""

    id: int
    ref: str
    title: str
    channel: str
    category_name: str
    street_name: str
    department_name: str
    state: str
    color: str | None
    at: str
    step: str | None = None
    extension_minutes: int | None = None
    note: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BriefCase:
        """From the server's BriefCaseOut."""
        return cls(
            id=int(data["id"]),
            ref=data.get("ref") or "",
            title=data.get("title") or "",
            channel=data.get("channel") or "",
            category_name=data.get("category_name") or "",
            street_name=data.get("street_name") or "",
            department_name=data.get("department_name") or "",
            state=data.get("state") or "",
            color=data.get("color"),
            at=data.get("at") or "",
            step=data.get("step"),
            extension_minutes=data.get("extension_minutes"),
            note=data.get("note") or "",
        )


@dataclass(frozen=True)
class Section:
    """One list of the brief: how many in all, and the first of them."""

    count: int
    items: tuple[BriefCase, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Section:
        """From the server's SectionOut."""
        items = tuple(BriefCase.from_json(item) for item in data.get("items") or ())
        return cls(count=int(data.get("count", len(items))), items=items)


@dataclass(frozen=True)
class Facts:
    """The server's figures of the shift window."""

    intake_by_channel: dict[str, int] = field(hash=False)
    sections: dict[str, Section] = field(hash=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Facts:
        """From the server's HandoverFactsOut."""
        return cls(
            intake_by_channel={k: int(v) for k, v in (data.get("intake_by_channel") or {}).items()},
            sections={name: Section.from_json(data.get(name) or {}) for name in SECTIONS},
        )

    def count(self, section: str) -> int:
        """How many the section holds in all."""
        return self.sections[section].count


@dataclass(frozen=True)
class OutboxEntry:
    """An action the officer's console holds that the server has not applied."""

    case_id: int
    case_ref: str | None
    action: str
    status: str  # pending, conflict, refused
    queued_at: str
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        """As the server's HandoverOutboxItem takes it."""
        return {
            "case_id": self.case_id,
            "case_ref": self.case_ref,
            "action": self.action,
            "status": self.status,
            "queued_at": self.queued_at,
            "detail": self.detail[:500],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OutboxEntry:
        """From the server's HandoverOutboxItemOut."""
        return cls(
            case_id=int(data["case_id"]),
            case_ref=data.get("case_ref"),
            action=data.get("action") or "",
            status=data.get("status") or "",
            queued_at=data.get("queued_at") or "",
            detail=data.get("detail") or "",
        )


@dataclass(frozen=True)
class Brief:
    """A handover brief as kept (or, with `id` None, a draft of one not written yet)."""

    id: int | None
    status: str  # draft, unsigned, signed
    author_name: str
    author_username: str
    shift_start: str
    shift_end: str
    facts: Facts
    notes: str = ""
    outbox: tuple[OutboxEntry, ...] = ()
    signed_by_name: str = ""
    signed_by_username: str = ""
    signed_at: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Brief:
        """From the server's HandoverOut."""
        author = data.get("author") or {}
        signer = data.get("signed_by") or {}
        return cls(
            id=int(data["id"]),
            status=data.get("status") or "unsigned",
            author_name=author.get("name") or "",
            author_username=author.get("username") or "",
            shift_start=data.get("shift_start") or "",
            shift_end=data.get("shift_end") or "",
            facts=Facts.from_json(data.get("facts") or {}),
            notes=data.get("notes") or "",
            outbox=tuple(OutboxEntry.from_json(item) for item in data.get("outbox") or ()),
            signed_by_name=signer.get("name") or "",
            signed_by_username=signer.get("username") or "",
            signed_at=data.get("signed_at") or "",
        )

    @classmethod
    def from_draft(
        cls,
        data: Mapping[str, Any],
        *,
        author_name: str,
        author_username: str,
        outbox: Iterable[OutboxEntry] = (),
        notes: str = "",
    ) -> Brief:
        """A brief not written yet: the server's draft facts, the console's own additions."""
        return cls(
            id=None,
            status="draft",
            author_name=author_name,
            author_username=author_username,
            shift_start=data.get("shift_start") or "",
            shift_end=data.get("shift_end") or "",
            facts=Facts.from_json(data.get("facts") or {}),
            notes=notes,
            outbox=tuple(outbox),
        )


def draft(client: ApiClient, *, shift_start: str | None = None) -> dict[str, Any]:
    """The facts a brief written now would hold (GET /handovers/draft); nothing is kept."""
    params = {"shift_start": shift_start} if shift_start else None
    return client.request_object("GET", f"{PATH}/draft", params=params)


def submit(
    client: ApiClient,
    *,
    notes: str,
    outbox: Iterable[OutboxEntry],
    key: str | None = None,
) -> Brief:
    """Write the brief of the shift ending now; a retry with the same key gets the same one."""
    body = {"notes": notes, "outbox": [entry.to_json() for entry in outbox]}
    answer = client.request_object(
        "POST", PATH, json=body, headers={"Idempotency-Key": key or str(uuid.uuid4())}
    )
    return Brief.from_json(answer)


def get(client: ApiClient, handover_id: int) -> Brief:
    """The whole brief."""
    return Brief.from_json(client.request_object("GET", f"{PATH}/{int(handover_id)}"))


def latest(client: ApiClient, *, status: str = "unsigned") -> Brief | None:
    """The newest brief (of this status: unsigned, signed or all), whole; None if none."""
    page = client.request_object("GET", PATH, params={"status": status, "limit": 1})
    items = page.get("items") or []
    return get(client, int(items[0]["id"])) if items else None


def sign(client: ApiClient, handover_id: int, *, key: str | None = None) -> Brief:
    """Sign the brief as the incoming officer (403 own_handover, 409 handover_signed)."""
    answer = client.request_object(
        "POST",
        f"{PATH}/{int(handover_id)}/sign",
        headers={"Idempotency-Key": key or str(uuid.uuid4())},
    )
    return Brief.from_json(answer)
