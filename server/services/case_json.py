"""List pages spliced from each case's cached JSON, keyed by (id, version).

A case's snapshot changes only with its version (every change, the SLA recolor included,
bumps it) or with the reference names it shows; so a page is read as (id, version, facts)
rows, and only the cases not seen at that version are loaded and serialized. The allowed
actions depend on the reader and are spliced in per row from the lifecycle's cached answer.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from itertools import islice
from typing import Any

import orjson
from sqlalchemy import Connection, Row, select

from server.models import Case
from server.services.cases import visible
from server.services.lifecycle import Actor, allowed_actions
from server.services.refdata import ReferenceData
from server.services.views import case_snapshot, facts_of

# The columns a page is first read with: what the cache key and the actions need.
CASES = Case.__table__
_C = CASES.c
KEY_COLUMNS = (
    _C.id,
    _C.version,
    _C.state,
    _C.department_id,
    _C.extension_pending_min,
    _C.last_callback,
    _C.drill,
)
DEFAULT_SIZE = 20_000  # cases kept (about 1 KB each)


class CaseJsonCache:
    """Each case's snapshot as JSON without its closing brace, by (id, version)."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: dict[tuple[int, int], bytes] = {}
        self._names_key: object = None
        self._lock = threading.Lock()  # for eviction and reference changes only
        # The JSON of the allowed actions by (facts, role, department): a few hundred at most.
        self._actions: dict[tuple[Any, ...], bytes] = {}
        self.hits = 0
        self.misses = 0

    def page_json(
        self,
        connection: Connection,
        rows: Sequence[Row[Any]],
        ref: ReferenceData,
        actor: Actor,
    ) -> list[bytes]:
        """The page's items as JSON objects, in the order of `rows` (KEY_COLUMNS first)."""
        self._follow(ref)
        items = self._items
        parts: list[bytes | None] = []
        keyed: list[Row[Any]] = []  # what decides each row's allowed actions
        missing: dict[int, int] = {}  # case id → position on the page
        for position, row in enumerate(rows):
            cached = items.get((row.id, row.version))
            parts.append(cached)
            keyed.append(row)
            if cached is None:
                missing[row.id] = position
        self.hits += len(rows) - len(missing)
        if missing:
            self.misses += len(missing)
            for case in connection.execute(select(CASES).where(_C.id.in_(missing))):
                if not visible(case, actor):
                    continue  # moved on meanwhile to where this reader cannot see it
                position = missing[case.id]
                # Read again, so perhaps newer than the key row: it speaks for itself.
                parts[position] = self._store(case, ref)
                keyed[position] = case
        return [
            part + b',"allowed_actions":' + self._actions_json(row, actor) + b"}"
            for part, row in zip(parts, keyed, strict=True)
            if part is not None  # gone between the two reads (a purge): left out
        ]

    def _actions_json(self, row: Row[Any], actor: Actor) -> bytes:
        key = (
            row.state,
            row.department_id,
            row.extension_pending_min is not None,
            row.last_callback,
            row.drill,
            actor.role,
            actor.department_id,
        )
        found = self._actions.get(key)
        if found is None:
            found = orjson.dumps(allowed_actions(facts_of(row), actor))
            if len(self._actions) > 10_000:  # cannot happen with real data; a guard only
                self._actions = {}
            self._actions[key] = found
        return found

    def _store(self, case: Row[Any], ref: ReferenceData) -> bytes:
        data = orjson.dumps(case_snapshot(case, ref))[:-1]
        if ref.names_key != self._names_key:
            return data  # built with reference data older than the cache's: not kept
        if len(self._items) >= self.size:
            self._evict()
        self._items[(case.id, case.version)] = data
        return data

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
                    self._names_key = ref.names_key

    def __len__(self) -> int:
        return len(self._items)
