"""What a client's street, category or department is: the one rule, for every route.

The rule (docs/api-cases.md, "Reference values"): a client names a street, category or
department by its `code` as `GET /api/v1/reference` lists it (`chengdong`, `noise`, `urban`),
written exactly so. A street may also be named by its `name` there (`城东`, `狼山镇`) or, for a
街道, by its full name (`城东街道`): callers and addresses name streets that way, and no two
streets share one. Spaces around the value are ignored; nothing else is (codes are lower case,
`Chengdong` is unknown). An unknown value is 422 `invalid` naming the field, with the codes in
`choices`. Open311 answers its own way but resolves by the same functions (`find_*`).

Where a report gives a point, its street is the street polygon holding the point (the map's
streets layer, server/map/), before the street the address text names: an address says
"人民路" on both sides of a boundary, the point does not. A point outside every polygon, or a
map without a streets layer, leaves the address to decide, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from server.map.areas import Areas
from server.models import Category, Department, Street
from server.problems import invalid_field
from server.services.dispatch import distance_m
from server.services.refdata import ReferenceData

T = TypeVar("T", Street, Category, Department)


def find_street(ref: ReferenceData, value: str | None) -> Street | None:
    """The street a client named (code, name or full name), or None."""
    return ref.street_alias.get((value or "").strip())


def find_category(ref: ReferenceData, value: str | None) -> Category | None:
    """The category a client named (its code), or None."""
    return ref.category_by_code.get((value or "").strip())


def find_department(ref: ReferenceData, value: str | None) -> Department | None:
    """The department a client named (its code), or None."""
    return ref.department_by_code.get((value or "").strip())


def street(ref: ReferenceData, value: str | None, *, field: str = "street") -> Street:
    """The street named; 422 listing the street codes otherwise."""
    return _known(find_street(ref, value), value, field, "street", ref.street_by_code)


def category(ref: ReferenceData, value: str | None, *, field: str = "category") -> Category:
    """The category named; 422 listing the category codes otherwise."""
    return _known(find_category(ref, value), value, field, "category", ref.category_by_code)


def department(
    ref: ReferenceData, value: str | None, *, field: str = "department", handling: bool = False
) -> Department:
    """The department named (one that handles cases, if `handling`); 422 listing them otherwise."""
    codes = {c: d for c, d in ref.department_by_code.items() if d.handles_cases or not handling}
    found = find_department(ref, value)
    if found is not None and found.code not in codes:
        found = None
    wanted = "a department that handles cases" if handling else ""
    return _known(found, value, field, "department", codes, wanted)


# Without a streets layer, a point farther than this from every street centre is in no street.
NEAREST_STREET_M = 4000.0


def street_or_address(
    ref: ReferenceData,
    value: str | None,
    address: str,
    *,
    lat: float | None = None,
    lon: float | None = None,
    areas: Areas | None = None,
) -> Street | None:
    """The street named, else the street polygon holding the point (lat, lon) when `areas`
    has a streets layer, else the street the address names (None: none of them gives one)."""
    if value is not None and value.strip():
        return street(ref, value)
    found = street_in_polygon(ref, lat=lat, lon=lon, areas=areas)
    if found is not None:
        return found
    return ref.street_in_address(address) if address else None


def street_in_polygon(
    ref: ReferenceData, *, lat: float | None, lon: float | None, areas: Areas | None
) -> Street | None:
    """The street whose polygon holds the point (None: no point, no layer, or outside)."""
    if lat is None or lon is None or areas is None:
        return None
    code = areas.street_at(lon, lat)
    return ref.street_by_code.get(code) if code else None


def street_of_report(
    ref: ReferenceData,
    *,
    address: str,
    lat: float | None,
    lon: float | None,
    areas: Areas | None = None,
) -> Street | None:
    """The street of a field report or an Open311 request, which name no street: the polygon
    holding its point, else the street its address names, else (no streets layer) the nearest
    street centre within NEAREST_STREET_M of the point."""
    found = street_or_address(ref, None, address, lat=lat, lon=lon, areas=areas)
    if found is not None or lat is None or lon is None or not ref.streets:
        return found
    if areas is not None and areas.streets is not None:
        return None  # outside every surveyed street: not in the district
    meters, nearest = min(
        (distance_m(lat, lon, s.lat, s.lon), s.code) for s in ref.streets.values()
    )
    return ref.street_by_code[nearest] if meters <= NEAREST_STREET_M else None


def ids(ref: ReferenceData, kind: str, values: list[str]) -> list[int]:
    """The ids of the streets, categories or departments a list filter names (422: unknown)."""
    finders: dict[str, Callable[[ReferenceData, str], Street | Category | Department]] = {
        "street": street,
        "category": category,
        "department": department,
    }
    one = finders[kind]
    return [one(ref, value).id for value in values]


def _known(
    found: T | None,
    value: str | None,
    field: str,
    kind: str,
    index: Mapping[str, object],
    wanted: str = "",
) -> T:
    if found is not None:
        return found
    shown = (value or "").strip()
    if shown:
        message = f"unknown {kind} '{shown}'"
        if wanted:
            message += f": give the code of {wanted}"
    else:
        message = f"give the {kind} code" + (f" of {wanted}" if wanted else "")
    raise invalid_field(field, message, sorted(index))
