"""An in-memory copy of the reference data, so that hot paths need no joins."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Category, Community, Department, Grid, SlaRule, SlaRuleSet, Street

RELOAD_SECONDS = 60.0
STREET_SUFFIX = "街道"  # the full name of a 街道; a 镇 is listed with its suffix already


def street_aliases(streets: Mapping[int, Street]) -> dict[str, Street]:
    """Every value naming a street: code, listed name, full name (an ambiguous one dropped);
    the rule is server/services/resolve.py's."""
    aliases: dict[str, Street] = {}
    taken: set[str] = set()
    for street in sorted(streets.values(), key=lambda s: s.id):
        names = {street.code, street.name}
        if not street.name.endswith(("镇", STREET_SUFFIX)):
            names.add(street.name + STREET_SUFFIX)
        for name in names:
            if name in aliases and aliases[name].id != street.id:
                taken.add(name)
            aliases.setdefault(name, street)
    return {name: s for name, s in aliases.items() if name not in taken}


@dataclass
class ReferenceData:
    """Streets, communities, grids, departments, categories and SLA rules by id and code."""

    streets: dict[int, Street] = field(default_factory=dict)
    communities: dict[int, Community] = field(default_factory=dict)
    grids: dict[int, Grid] = field(default_factory=dict)
    departments: dict[int, Department] = field(default_factory=dict)
    categories: dict[int, Category] = field(default_factory=dict)
    rules: list[SlaRule] = field(default_factory=list)
    # The published SLA rule version `rules` are, and its yellow threshold (0: none yet).
    rule_version: int = 0
    warn_ratio: float = 0.0
    names_key: int = 0  # see _index

    @classmethod
    def load(cls, session: Session) -> ReferenceData:
        """Read every reference table once."""
        data = cls()
        data.streets = {s.id: s for s in session.scalars(select(Street))}
        data.communities = {c.id: c for c in session.scalars(select(Community))}
        data.grids = {g.id: g for g in session.scalars(select(Grid))}
        data.departments = {d.id: d for d in session.scalars(select(Department))}
        data.categories = {c.id: c for c in session.scalars(select(Category))}
        data.rules = list(session.scalars(select(SlaRule)))
        current = session.scalar(select(SlaRuleSet).order_by(SlaRuleSet.version.desc()).limit(1))
        if current is not None:
            data.rule_version, data.warn_ratio = current.version, current.warn_ratio
        for obj in (
            *data.streets.values(),
            *data.communities.values(),
            *data.grids.values(),
            *data.departments.values(),
            *data.categories.values(),
            *data.rules,
        ):
            session.expunge(obj)
        data._index()
        return data

    def _index(self) -> None:
        self.street_by_code = {s.code: s for s in self.streets.values()}
        self.street_by_name = {s.name: s for s in self.streets.values()}
        self.street_alias = street_aliases(self.streets)  # what a client may call a street
        self.department_by_code = {d.code: d for d in self.departments.values()}
        self.category_by_code = {c.code: c for c in self.categories.values()}
        self.grid_by_code = {g.code: g for g in self.grids.values()}
        # Changes when a name or code shown in a case changes (cached case JSON then goes).
        self.names_key = hash(
            (
                tuple(sorted((i, s.code, s.name) for i, s in self.streets.items())),
                tuple(sorted((i, c.name) for i, c in self.communities.items())),
                tuple(sorted((i, g.code) for i, g in self.grids.items())),
                tuple(sorted((i, d.code, d.name) for i, d in self.departments.items())),
                tuple(sorted((i, c.code, c.name) for i, c in self.categories.items())),
            )
        )

    def street_in_address(self, address: str) -> Street | None:
        """The street whose name the address mentions (longest name first), if any."""
        for name in sorted(self.street_by_name, key=len, reverse=True):
            if name in address or name.removesuffix("镇") in address:
                return self.street_by_name[name]
        return None


class ReferenceCache:
    """The current ReferenceData, reloaded after an admin change or every minute."""

    def __init__(self, loader) -> None:  # type: ignore[no-untyped-def]
        self._loader = loader
        self._lock = threading.Lock()
        self._data: ReferenceData | None = None
        self._loaded_at = 0.0

    def get(self) -> ReferenceData:
        """The reference data, at most a minute old."""
        data = self._data
        if data is None or time.monotonic() - self._loaded_at > RELOAD_SECONDS:
            with self._lock:
                if self._data is None or time.monotonic() - self._loaded_at > RELOAD_SECONDS:
                    self._data = self._loader()
                    self._loaded_at = time.monotonic()
                data = self._data
        return data

    def invalidate(self) -> None:
        """Reload at the next use."""
        self._loaded_at = 0.0
