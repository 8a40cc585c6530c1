"""The heat of intake by area: cases created in a period, counted by street or grid, with each
area's top categories (the big-data center's hot spots).

A case counts in the area it was filed under (its street, or its grid); a case without a grid
but with coordinates counts in the grid polygon holding its point. Live cases only, or drill
cases only for a trainer (rule 8); voided and merged cases count, as in the KPIs' intake.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.map.areas import current_areas
from server.models import Case, Category, Grid, Street

TOP_CATEGORIES = 3
CELLS = ("street", "grid")


def intake_heat(
    session: Session,
    *,
    cell: str,
    since: datetime,
    until: datetime,
    drill: bool,
    top: int,
) -> dict[str, Any]:
    """Counts by area over [since, until), every area listed (0 included), highest first."""
    window = (Case.drill.is_(drill), Case.created_at >= since, Case.created_at < until)
    categories = {c.id: (c.code, c.name) for c in session.scalars(select(Category))}
    if cell == "street":
        names = {s.code: s.name for s in session.scalars(select(Street))}
        code_of = {s.id: s.code for s in session.scalars(select(Street))}
        counts = _by_column(session, Case.street_id, window, code_of)
    else:
        grids = list(session.scalars(select(Grid)))
        names = {g.code: g.name for g in grids}
        code_of = {g.id: g.code for g in grids}
        counts = _by_column(session, Case.grid_id, window, code_of)
        _add_located(session, window, counts)
    per_area: dict[str, Counter[int]] = defaultdict(Counter)
    unplaced = 0
    for (area, category_id), count in counts.items():
        if area is None:
            unplaced += count
        else:
            per_area[area][category_id] += count
    areas: list[dict[str, Any]] = [
        {
            "code": code,
            "name": name,
            "count": sum(per_area[code].values()),
            "top_categories": _top_categories(per_area[code], categories),
        }
        for code, name in names.items()
    ]
    areas.sort(key=lambda a: (-a["count"], a["code"]))
    placed = sum(a["count"] for a in areas)
    return {
        "cell": cell,
        "total": placed + unplaced,
        "unplaced": unplaced,
        "max_count": areas[0]["count"] if areas else 0,
        "areas": areas,
        "top_areas": [a["code"] for a in areas[:top] if a["count"] > 0],
    }


def _top_categories(
    counts: Counter[int], categories: dict[int, tuple[str, str]]
) -> list[dict[str, Any]]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], categories[item[0]][0]))
    return [
        {"code": categories[c][0], "name": categories[c][1], "count": n}
        for c, n in ranked[:TOP_CATEGORIES]
        if n > 0
    ]


def _by_column(
    session: Session, column: Any, window: tuple[Any, ...], code_of: dict[int, str]
) -> Counter[tuple[str | None, int]]:
    rows = session.execute(
        select(column, Case.category_id, func.count())
        .where(*window)
        .group_by(column, Case.category_id)
    )
    counts: Counter[tuple[str | None, int]] = Counter()
    for area_id, category_id, count in rows:
        counts[(code_of.get(area_id) if area_id is not None else None, category_id)] += count
    return counts


def _add_located(
    session: Session, window: tuple[Any, ...], counts: Counter[tuple[str | None, int]]
) -> None:
    """Move the cases without a grid but with a point into the grid polygon holding it."""
    areas = current_areas(session)
    if areas.grids is None:
        return
    rows = session.execute(
        select(Case.category_id, Case.lon, Case.lat).where(
            *window, Case.grid_id.is_(None), Case.lat.is_not(None), Case.lon.is_not(None)
        )
    ).all()
    if not rows:
        return
    found = areas.grids.codes_at([r.lon for r in rows], [r.lat for r in rows])
    for row, code in zip(rows, found, strict=True):
        if code is not None:
            counts[(None, row.category_id)] -= 1
            counts[(code, row.category_id)] += 1
