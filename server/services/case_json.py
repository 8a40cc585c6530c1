"""List pages spliced from each case's cached JSON, keyed by (id, version).

A case's snapshot changes only with its version (every change, the SLA recolor included,
bumps it) or with the reference names it shows; so a page is read as (id, version) rows,
and only the cases not seen at that version are loaded and serialized. The allowed actions
depend on the reader and on facts kept with each case's JSON, and are spliced in per row
from the lifecycle's cached answer.

A case not in the cache costs a read and a serialization. Both are made cheap here, since a
cold server may have to make tens of thousands of them for one snapshot: the columns a
snapshot shows are read by position, times come as the database stores them and are
converted to Shanghai time directly, and the names a snapshot shows come from tables made
once per reference version. The JSON is byte for byte what `views.case_snapshot` makes.

Each case is kept as the JSON array of its values (SNAPSHOT_FIELDS), the form a console's
snapshot streams (no field names: about half the bytes to send and to parse); list pages,
which hold objects, make each one from it (`object_json`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta, timezone
from itertools import islice
from typing import Any

import orjson
from sqlalchemy import Connection, String, bindparam, select, type_coerce

from server.models import Case
from server.services.lifecycle import Actor, CaseFacts, allowed_actions
from server.services.refdata import ReferenceData
from server.services.views import iso, mask_phone

CASES = Case.__table__
_C = CASES.c
# The columns a page is first read with: the cache key. What decides the allowed actions is
# kept with each case's JSON, since it too changes only with the version.
KEY_COLUMNS = (_C.id, _C.version)
DEFAULT_SIZE = 150_000  # cases kept (about 1 KB each); the app takes Settings.case_cache


def _raw(column: Any) -> Any:
    """A time column as the driver gives it (SQLite: text in UTC; PostgreSQL: a datetime),
    without the per-value conversion of UTCDateTime: `_moment` does it for less."""
    return type_coerce(column, String())


# What a case's list JSON is made of, in the order `_snapshot` unpacks it.
SNAPSHOT_COLUMNS = (
    _C.id,
    _C.ref,
    _C.channel,
    _C.category_id,
    _C.urgency,
    _C.title,
    _C.description,
    _C.address,
    _C.street_id,
    _C.community_id,
    _C.grid_id,
    _C.lat,
    _C.lon,
    _C.reporter_name,
    _C.reporter_phone,
    _C.state,
    _C.version,
    _C.department_id,
    _C.escalation_level,
    _C.return_count,
    _C.drill,
    _C.drill_run_id,
    _C.parent_id,
    _raw(_C.created_at),
    _raw(_C.updated_at),
    _raw(_C.closed_at),
    _C.sla_step,
    _C.sla_clock,
    _C.sla_rule_version,
    _raw(_C.sla_paused_at),
    _raw(_C.warn_at),
    _raw(_C.due_at),
    _C.color,
    _C.extension_pending_min,
    _C.park_pending,
    _C.last_callback,
    _C.external_ref,
    _raw(_C.external_due_at),
    _C.camera_code,
)
_BY_IDS = select(*SNAPSHOT_COLUMNS).where(_C.id.in_(bindparam("ids", expanding=True)))

# Asia/Shanghai has kept +08:00 without daylight saving since 1991: from then on a fixed
# offset gives what the zone would (and in C); earlier instants go through the zone.
_CST = timezone(timedelta(hours=8))
_EIGHT_HOURS = timedelta(hours=8)
_FIXED_SINCE = datetime(1992, 1, 1)  # naive UTC
_FIXED_SINCE_AWARE = _FIXED_SINCE.replace(tzinfo=UTC)
_fromisoformat = datetime.fromisoformat


def _moment(value: str | datetime | None) -> str | None:
    """A stored instant as `views.iso` writes it (ISO 8601, +08:00)."""
    if value is None:
        return None
    if value.__class__ is str:
        moment = _fromisoformat(value)
        if moment.tzinfo is None:  # SQLite keeps UTC without an offset
            if moment >= _FIXED_SINCE:
                return (moment + _EIGHT_HOURS).isoformat() + "+08:00"
            moment = moment.replace(tzinfo=UTC)
    else:
        moment = value  # type: ignore[assignment]
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    if moment >= _FIXED_SINCE_AWARE:
        return moment.astimezone(_CST).isoformat()
    return iso(moment)


# The fields of a case's snapshot, in order (`views.case_snapshot`): a cached entry holds their
# values as a JSON array; the caller's "allowed_actions" come last.
SNAPSHOT_FIELDS = (
    "id",
    "ref",
    "channel",
    "category",
    "category_name",
    "urgency",
    "title",
    "description",
    "address",
    "street",
    "street_name",
    "community",
    "grid",
    "lat",
    "lon",
    "reporter_name",
    "reporter_phone",
    "state",
    "version",
    "department",
    "department_name",
    "escalation_level",
    "return_count",
    "drill",
    "drill_run_id",
    "parent_id",
    "created_at",
    "updated_at",
    "closed_at",
    "sla_step",
    "sla_clock",
    "sla_rule_version",
    "sla_paused",
    "warn_at",
    "due_at",
    "color",
    "extension_pending_min",
    "park_pending",
    "last_callback",
    "external_ref",
    "external_due_at",
    "camera_code",
)

# The names a snapshot shows, by reference id: (code, name) of categories, streets and
# departments, the community's name, the grid's code.
Names = tuple[
    dict[int, tuple[str, str]],
    dict[int, tuple[str, str]],
    dict[int, str],
    dict[int, str],
    dict[int, tuple[str, str]],
]
_NO_NAME = (None, None)


def names_of(ref: ReferenceData) -> Names:
    """The name tables of one version of the reference data."""
    return (
        {i: (c.code, c.name) for i, c in ref.categories.items()},
        {i: (s.code, s.name) for i, s in ref.streets.items()},
        {i: c.name for i, c in ref.communities.items()},
        {i: g.code for i, g in ref.grids.items()},
        {i: (d.code, d.name) for i, d in ref.departments.items()},
    )


# The fields of CaseFacts as a plain tuple (hashed in C: a page looks up fifty of them).
Facts = tuple[str, int | None, bool, str | None, bool, bool]
# A case's snapshot as a JSON array of its values (SNAPSHOT_FIELDS) without its closing
# bracket, and the facts its actions depend on.
Entry = tuple[bytes, Facts]


def snapshot_entry(values: Sequence[Any], names: Names) -> tuple[int, int, Entry]:
    """(id, version, entry) of a row of SNAPSHOT_COLUMNS: the values of `views.case_snapshot`
    (SNAPSHOT_FIELDS) as a JSON array without its closing bracket, and the case's facts."""
    (
        case_id,
        case_ref,
        channel,
        category_id,
        urgency,
        title,
        description,
        address,
        street_id,
        community_id,
        grid_id,
        lat,
        lon,
        reporter_name,
        reporter_phone,
        state,
        version,
        department_id,
        escalation_level,
        return_count,
        drill,
        drill_run_id,
        parent_id,
        created_at,
        updated_at,
        closed_at,
        sla_step,
        sla_clock,
        sla_rule_version,
        sla_paused_at,
        warn_at,
        due_at,
        color,
        extension_pending_min,
        park_pending,
        last_callback,
        external_ref,
        external_due_at,
        camera_code,
    ) = values
    categories, streets, communities, grids, departments = names
    category = categories.get(category_id, _NO_NAME)
    street = streets.get(street_id, _NO_NAME) if street_id else _NO_NAME
    department = departments.get(department_id, _NO_NAME) if department_id else _NO_NAME
    snapshot = (
        case_id,
        case_ref,
        channel,
        category[0],
        category[1],
        urgency,
        title,
        description,
        address,
        street[0],
        street[1],
        communities.get(community_id) if community_id else None,
        grids.get(grid_id) if grid_id else None,
        lat,
        lon,
        reporter_name,
        mask_phone(reporter_phone),
        state,
        version,
        department[0],
        department[1],
        escalation_level,
        return_count,
        drill,
        drill_run_id,
        parent_id,
        _moment(created_at),
        _moment(updated_at),
        _moment(closed_at),
        sla_step,
        sla_clock,
        sla_rule_version,
        sla_paused_at is not None,
        _moment(warn_at),
        _moment(due_at),
        color,
        extension_pending_min,
        park_pending,
        last_callback,
        external_ref,
        _moment(external_due_at),
        camera_code,
    )
    facts = (
        state,
        department_id,
        extension_pending_min is not None,
        last_callback,
        drill,
        park_pending is not None,
    )
    return case_id, version, (orjson.dumps(snapshot)[:-1], facts)


def _visible(facts: Facts, actor: Actor) -> bool:
    """`cases.visible` on a case's facts: drill cases for trainers only, a department's
    own cases for a department."""
    if facts[4] != (actor.role == "trainer"):
        return False
    if actor.role == "department":
        return facts[1] == actor.department_id
    return True


def object_json(entry: bytes) -> bytes:
    """A cached entry as the JSON object `views.case_snapshot` makes, without its closing
    brace (byte for byte: orjson reads and writes each value back as it was)."""
    return orjson.dumps(dict(zip(SNAPSHOT_FIELDS, orjson.loads(entry + b"]"), strict=True)))[:-1]


class CaseJsonCache:
    """Each case's snapshot as a JSON array without its closing bracket, by (id, version)."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: dict[tuple[int, int], Entry] = {}
        self._names_key: object = None
        self._names: tuple[object, Names] | None = None  # (names key, its tables)
        self._lock = threading.Lock()  # for eviction and reference changes only
        # The JSON of the allowed actions by (facts, role, department): a few hundred at most.
        self._actions: dict[tuple[Any, ...], bytes] = {}
        self.hits = 0
        self.misses = 0

    def page_json(
        self,
        connection: Connection | Callable[[], AbstractContextManager[Connection]],
        *,
        rows: Sequence[Sequence[Any]],
        ref: ReferenceData,
        actor: Actor,
        as_rows: bool = False,
    ) -> list[bytes]:
        """The page's items as JSON objects, in the order of `rows` ((id, version) first);
        `as_rows`: as JSON arrays of the values of SNAPSHOT_FIELDS and "allowed_actions".

        `connection` is an open connection, or a function opening one (`Database.snapshot`)
        for when some case is not in the cache: a page found whole opens none.
        """
        self._follow(ref)
        items = self._items
        entries: list[Entry | None] = []
        missing: dict[int, int] = {}  # case id → position on the page
        for position, row in enumerate(rows):
            cached = items.get((row[0], row[1]))
            entries.append(cached)
            if cached is None:
                missing[row[0]] = position
        self.hits += len(rows) - len(missing)
        if missing:
            self.misses += len(missing)
            for case_id, entry in self._load(connection, list(missing), ref):
                # Read again, so perhaps newer than the key row: it speaks for itself; but it
                # may have moved on meanwhile to where this reader cannot see it.
                if _visible(entry[1], actor):
                    entries[missing[case_id]] = entry
        reader = (actor.role, actor.department_id)
        found = [entry for entry in entries if entry is not None]  # None: gone (a purge)
        actions = self._actions_json
        if as_rows:
            return [json + b"," + actions(facts, reader, actor) + b"]" for json, facts in found]
        return [
            object_json(json) + b',"allowed_actions":' + actions(facts, reader, actor) + b"}"
            for json, facts in found
        ]

    def fill(
        self,
        connection: Connection | Callable[[], AbstractContextManager[Connection]],
        rows: Sequence[Sequence[Any]],
        ref: ReferenceData,
    ) -> int:
        """Load the cases of these (id, version) rows that are not cached (warming up);
        returns how many were read."""
        self._follow(ref)
        items = self._items
        missing = [row[0] for row in rows if (row[0], row[1]) not in items]
        if missing:
            for _ in self._load(connection, missing, ref):
                pass
        return len(missing)

    def _load(
        self,
        connection: Connection | Callable[[], AbstractContextManager[Connection]],
        ids: list[int],
        ref: ReferenceData,
    ) -> list[tuple[int, Entry]]:
        """Read these cases (those still there) and cache their entries."""
        if isinstance(connection, Connection):
            rows = connection.execute(_BY_IDS, {"ids": ids}).all()
        else:
            with connection() as opened:
                rows = opened.execute(_BY_IDS, {"ids": ids}).all()
        names = self._names_for(ref)
        keep = ref.names_key == self._names_key  # else built with older names: not kept
        items = self._items
        loaded = []
        for row in rows:
            case_id, version, entry = snapshot_entry(row, names)
            if keep:
                if len(items) >= self.size:
                    self._evict()
                    items = self._items
                items[(case_id, version)] = entry
            loaded.append((case_id, entry))
        return loaded

    def _actions_json(self, facts: Facts, reader: tuple[Any, ...], actor: Actor) -> bytes:
        key = (facts, reader)
        found = self._actions.get(key)
        if found is None:
            found = orjson.dumps(allowed_actions(CaseFacts(*facts), actor))
            if len(self._actions) > 10_000:  # cannot happen with real data; a guard only
                self._actions = {}
            self._actions[key] = found
        return found

    def _evict(self) -> None:
        """Drop the oldest quarter (insertion order) when full."""
        with self._lock:
            if len(self._items) >= self.size:
                for key in list(islice(self._items, max(1, self.size // 4))):
                    self._items.pop(key, None)

    def _follow(self, ref: ReferenceData) -> None:
        """Forget everything when the names a snapshot shows have changed."""
        if ref.names_key != self._names_key:
            with self._lock:
                if ref.names_key != self._names_key:
                    self._items = {}
                    self._names = (ref.names_key, names_of(ref))
                    self._names_key = ref.names_key

    def _names_for(self, ref: ReferenceData) -> Names:
        held = self._names
        if held is None or held[0] != ref.names_key:
            return names_of(ref)  # another version than the cache's (a race): rare
        return held[1]

    def contains(self, case_id: int, version: int) -> bool:
        """Whether this version of the case is cached."""
        return (case_id, version) in self._items

    def __len__(self) -> int:
        return len(self._items)
