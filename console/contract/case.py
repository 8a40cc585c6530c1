"""A case as the console reads it: one frozen, typed object per answer of the server.

`Case` has one attribute per field of the server's `CaseOut` (server/schemas/case_out.py),
typed as JSON sends it: times stay the ISO 8601 text the server wrote (`created`, `due`,
`warn` read them as aware datetimes), `allowed_actions` is a tuple. Everything but `id`,
`state` and `version` has a default, so tests and partial bodies build small cases.
`CaseDetail` adds what `GET /cases/{id}` carries besides (`CaseDetailOut`).

`from_json` ignores fields it does not know (a newer server may send more); `to_json` gives
the case's own fields back as the server sent them. tests/console/test_case_contract.py
checks these classes against the server's OpenAPI schema. No Qt, nothing of ours.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

# The states the server calls open (`rules.open_states` of the reference data): installed by
# console/models/case_filter.py when the reference arrives; the lifecycle's first seven until.
_OPEN_STATES: frozenset[str] = frozenset(
    ("reported", "registered", "dispatched", "in_progress", "returned", "resolved", "parked")
)


def set_open_states(states: Iterable[str]) -> None:
    """Install the server's open states (what `Case.is_open` reads)."""
    global _OPEN_STATES
    _OPEN_STATES = frozenset(states)


def open_states() -> frozenset[str]:
    """The open states in use (the server's once its reference data has been read)."""
    return _OPEN_STATES


def _moment(text: str | None) -> datetime | None:
    """An aware datetime of the server's ISO 8601 text (None for none or unreadable)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def _dicts(value: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(item) for item in value or ())


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """A case as every list, feed event and action answer carries it (`CaseOut`)."""

    id: int
    ref: str | None = None
    channel: str = ""
    category: str | None = None
    category_name: str | None = None
    urgency: str = "normal"
    title: str = ""
    description: str = ""
    address: str = ""
    street: str | None = None
    street_name: str | None = None
    community: str | None = None
    grid: str | None = None
    lat: float | None = None
    lon: float | None = None
    reporter_name: str = ""
    reporter_phone: str = ""
    state: str
    version: int
    department: str | None = None
    department_name: str | None = None
    escalation_level: int = 0
    return_count: int = 0
    drill: bool = False
    drill_run_id: int | None = None
    parent_id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    closed_at: str | None = None
    sla_step: str | None = None
    sla_clock: str | None = None
    sla_rule_version: int | None = None
    sla_paused: bool = False
    warn_at: str | None = None
    due_at: str | None = None
    color: str | None = None
    extension_pending_min: int | None = None
    park_pending: str | None = None  # a park request's reason, awaiting a supervisor
    last_callback: str | None = None
    external_ref: str | None = None
    external_due_at: str | None = None
    camera_code: str | None = None
    allowed_actions: tuple[str, ...] = ()

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """The case of a JSON object from the server; fields unknown here are ignored."""
        names = _names(cls)
        values = {name: value for name, value in data.items() if name in names}
        actions = values.get("allowed_actions")
        if actions is not None and not isinstance(actions, tuple):
            values["allowed_actions"] = tuple(actions)
        cls._coerce(values)
        return cls(**values)

    @classmethod
    def _coerce(cls, values: dict[str, Any]) -> None:
        """Turn JSON lists into the tuples of a subclass's fields (in place)."""

    def replace(self, **changes: Any) -> Self:
        """A copy with these fields changed."""
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The case's `CaseOut` fields as the server sends them (a detail's extras left out):
        what the case store prepares, and what a request repeats of a case."""
        out = {name: getattr(self, name) for name in _CASE_FIELDS}
        out["allowed_actions"] = list(self.allowed_actions)
        return out

    def case(self) -> Case:
        """The case alone (a detail's history and attachments left out)."""
        return self if type(self) is Case else Case(**{n: getattr(self, n) for n in _CASE_FIELDS})

    # -- derived (never named as a field of the server: the contract test checks) -----------

    @property
    def is_open(self) -> bool:
        """Whether the case is in one of the server's open states."""
        return self.state in _OPEN_STATES

    @property
    def label(self) -> str:
        """What people call the case: its number, or "#id" before it has one."""
        return self.ref or f"#{self.id}"

    @property
    def created(self) -> datetime | None:
        """When the case was reported (aware)."""
        return _moment(self.created_at)

    @property
    def due(self) -> datetime | None:
        """When the case turns red (aware; None without a running deadline)."""
        return _moment(self.due_at)

    @property
    def warn(self) -> datetime | None:
        """When the case turns yellow (aware; None without a running deadline)."""
        return _moment(self.warn_at)


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseDetail(Case):
    """`GET /cases/{id}`: the case with its history, attachments and escalations
    (`CaseDetailOut`). Their items stay the server's JSON objects."""

    history: tuple[dict[str, Any], ...] = ()
    attachments: tuple[dict[str, Any], ...] = ()
    escalations: tuple[dict[str, Any], ...] = ()
    suggested_department: str = ""
    suggested_department_name: str = ""

    @classmethod
    def _coerce(cls, values: dict[str, Any]) -> None:
        for name in ("history", "attachments", "escalations"):
            if name in values:
                values[name] = _dicts(values[name])


_NAMES: dict[type, frozenset[str]] = {}


def _names(cls: type) -> frozenset[str]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))
    return names


_CASE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Case))
