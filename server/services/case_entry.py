"""One case's snapshot as the case cache keeps it: the columns it is read from, its values as
a JSON array (`snapshot_entry`, byte for byte the values `views.case_snapshot` makes), the
facts its allowed actions depend on, and the object list pages show (`object_json`).

Made cheap for a cold server that may make tens of thousands of them for one snapshot: the
columns are read by position, times come as the database stores them and are converted to
Shanghai time directly, and names come from tables made once per reference version.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
from sqlalchemy import String, type_coerce

from server.models import Case
from server.services.refdata import ReferenceData
from server.services.views import iso, mask_phone

_C = Case.__table__.c


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


def object_json(entry: bytes) -> bytes:
    """A cached entry as the JSON object `views.case_snapshot` makes, without its closing
    brace (byte for byte: orjson reads and writes each value back as it was)."""
    return orjson.dumps(dict(zip(SNAPSHOT_FIELDS, orjson.loads(entry + b"]"), strict=True)))[:-1]
