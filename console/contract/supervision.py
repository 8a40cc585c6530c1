"""The supervisors' 督办 board as the console reads it (`GET /api/v1/supervision`).

One frozen object per answer: the open 督办 and 通报 items (each with its case as a `Case`),
the counters by holder department and by street, and the requests waiting for a supervisor
(extension, park). docs/api-supervision.md is the contract. Reading is lenient, as `Case`'s
is: a field the server does not send (an older server: no `kind`, no counters, no `pending`)
gets what the case itself says, or nothing, so the board shows what there is.
No Qt, nothing of ours but the case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from console.contract.case import Case

KINDS = ("supervise", "notice")  # 督办, 通报
PENDING_KINDS = ("extension", "park")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _place(value: Any) -> tuple[str | None, str]:
    """(code, name) of a `{id, code, name}` object, or of a plain code."""
    if isinstance(value, Mapping):
        code = value.get("code")
        return (str(code) if code else None), _text(value.get("name"))
    if isinstance(value, str) and value:
        return value, ""
    return None, ""


@dataclass(frozen=True, slots=True)
class BulletinFile:
    """One file of a 通报 bulletin: the attachment id and its name."""

    attachment_id: int
    filename: str

    @classmethod
    def from_json(cls, data: Any) -> BulletinFile | None:
        """The file of `{id, filename, url}`; None for anything else."""
        if not isinstance(data, Mapping):
            return None
        attachment_id = _int(data.get("id"))
        if attachment_id is None:
            return None
        return cls(attachment_id, _text(data.get("filename")) or f"{attachment_id}")


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionItem:
    """A 督办 or 通报 item and the case behind it."""

    id: int
    case: Case
    kind: str = "supervise"
    status: str = "open"
    step: str = ""
    opened_at: str = ""
    opened_by: str = ""
    note: str = ""
    department: str | None = None
    department_name: str = ""
    street: str | None = None
    street_name: str = ""
    overdue_min: int | None = None  # working minutes past due; None: unknown or no clock
    escalation_level: int = 0
    last_urge_at: str | None = None
    bulletin_pdf: BulletinFile | None = None
    bulletin_txt: BulletinFile | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SupervisionItem:
        """An item of the board's answer; what is missing comes from the case."""
        case = Case.from_json(data["case"])
        department, department_name = _place(data.get("department"))
        street, street_name = _place(data.get("street"))
        bulletin = data.get("bulletin")
        bulletin = bulletin if isinstance(bulletin, Mapping) else {}
        level = _int(data.get("escalation_level"))
        kind = _text(data.get("kind")) or "supervise"
        return cls(
            id=int(data["id"]),
            case=case,
            kind=kind if kind in KINDS else "supervise",
            status=_text(data.get("status")) or "open",
            step=_text(data.get("step")) or (case.sla_step or ""),
            opened_at=_text(data.get("opened_at")),
            opened_by=_text(data.get("opened_by")),
            note=_text(data.get("note")),
            department=department if "department" in data else case.department,
            department_name=department_name
            if "department" in data
            else (case.department_name or ""),
            street=street if "street" in data else case.street,
            street_name=street_name if "street" in data else (case.street_name or ""),
            overdue_min=_int(data.get("overdue_min")),
            escalation_level=case.escalation_level if level is None else level,
            last_urge_at=data.get("last_urge_at") or None,
            bulletin_pdf=BulletinFile.from_json(bulletin.get("pdf")),
            bulletin_txt=BulletinFile.from_json(bulletin.get("txt")),
        )

    def with_case(self, case: Case) -> SupervisionItem:
        """The item with a newer version of its case (from the feed)."""
        return dataclasses.replace(self, case=case)

    @property
    def has_bulletin(self) -> bool:
        """Whether the 通报 document exists (as PDF or text)."""
        return self.bulletin_pdf is not None or self.bulletin_txt is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class PendingRequest:
    """A request awaiting a supervisor's decision: an extension or parking the case."""

    kind: str
    case: Case
    asked_by: str = ""
    asked_role: str = ""
    asked_at: str = ""
    minutes: int | None = None
    reason: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PendingRequest:
        """A `pending` entry of the board's answer."""
        case = Case.from_json(data["case"])
        return cls(
            kind=_text(data.get("kind")) or "extension",
            case=case,
            asked_by=_text(data.get("asked_by")),
            asked_role=_text(data.get("asked_role")),
            asked_at=_text(data.get("asked_at")),
            minutes=_int(data.get("minutes")),
            reason=_text(data.get("reason")),
        )

    def with_case(self, case: Case) -> PendingRequest:
        """The request with a newer version of its case (from the feed)."""
        return dataclasses.replace(self, case=case)


@dataclass(frozen=True, slots=True)
class Counter:
    """How many open items one department (or street) holds; code None: none (未派遣)."""

    code: str | None
    name: str
    count: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Counter:
        """A `counters` entry."""
        code = data.get("code")
        return cls(
            str(code) if code else None, _text(data.get("name")), _int(data.get("count")) or 0
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionBoard:
    """The whole answer: items (most late first), counters and pending requests."""

    items: tuple[SupervisionItem, ...] = ()
    departments: tuple[Counter, ...] = ()
    streets: tuple[Counter, ...] = ()
    pending: tuple[PendingRequest, ...] = ()
    total: int = 0
    now: str = ""
    has_counters: bool = False  # the server sent counters (an older one does not)
    has_pending: bool = False  # ... and the pending requests

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SupervisionBoard:
        """The board of `GET /api/v1/supervision`'s answer."""
        items = tuple(SupervisionItem.from_json(item) for item in data.get("items") or ())
        counters = data.get("counters")
        has_counters = isinstance(counters, Mapping)
        counters = counters if isinstance(counters, Mapping) else {}
        return cls(
            items=items,
            departments=tuple(Counter.from_json(c) for c in counters.get("departments") or ()),
            streets=tuple(Counter.from_json(c) for c in counters.get("streets") or ()),
            pending=tuple(PendingRequest.from_json(p) for p in data.get("pending") or ()),
            total=_int(data.get("total")) or len(items),
            now=_text(data.get("now")),
            has_counters=has_counters,
            has_pending=isinstance(data.get("pending"), list),
        )
