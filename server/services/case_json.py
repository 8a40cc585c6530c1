"""List pages spliced from each case's cached JSON, keyed by (id, version).

A case's snapshot changes only with its version (every change, the SLA recolor included,
bumps it) or with the reference names it shows; so a page is read as (id, version) rows,
and only the cases not seen at that version are loaded and serialized. The allowed actions
depend on the reader and on facts kept with each case's JSON, and are spliced in per row
from the lifecycle's cached answer.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import astuple
from itertools import islice
from typing import Any

import orjson
from sqlalchemy import Connection, Row, select

from server.models import Case
from server.services.cases import visible
from server.services.lifecycle import Actor, CaseFacts, allowed_actions
from server.services.refdata import ReferenceData
from server.services.views import case_snapshot, facts_of

CASES = Case.__table__
_C = CASES.c
# The columns a page is first read with: the cache key. What decides the allowed actions is
# kept with each case's JSON, since it too changes only with the version.
KEY_COLUMNS = (_C.id, _C.version)
DEFAULT_SIZE = 20_000  # cases kept (about 1 KB each)


# The fields of CaseFacts as a plain tuple (hashed in C: a page looks up fifty of them).
Facts = tuple[str, int | None, bool, str | None, bool]
# A case's snapshot as JSON without its closing brace, and the facts its actions depend on.
Entry = tuple[bytes, Facts]


class CaseJsonCache:
    """Each case's snapshot as JSON without its closing brace, by (id, version)."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._items: dict[tuple[int, int], Entry] = {}
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
        entries: list[Entry | None] = []
        missing: dict[int, int] = {}  # case id → position on the page
        for position, row in enumerate(rows):
            cached = items.get((row.id, row.version))
            entries.append(cached)
            if cached is None:
                missing[row.id] = position
        self.hits += len(rows) - len(missing)
        if missing:
            self.misses += len(missing)
            for case in connection.execute(select(CASES).where(_C.id.in_(missing))):
                if not visible(case, actor):
                    continue  # moved on meanwhile to where this reader cannot see it
                # Read again, so perhaps newer than the key row: it speaks for itself.
                entries[missing[case.id]] = self._store(case, ref)
        reader = (actor.role, actor.department_id)
        return [
            entry[0] + b',"allowed_actions":' + self._actions_json(entry[1], reader, actor) + b"}"
            for entry in entries
            if entry is not None  # gone between the two reads (a purge): left out
        ]

    def _actions_json(self, facts: Facts, reader: tuple[Any, ...], actor: Actor) -> bytes:
        key = (facts, reader)
        found = self._actions.get(key)
        if found is None:
            found = orjson.dumps(allowed_actions(CaseFacts(*facts), actor))
            if len(self._actions) > 10_000:  # cannot happen with real data; a guard only
                self._actions = {}
            self._actions[key] = found
        return found

    def _store(self, case: Row[Any], ref: ReferenceData) -> Entry:
        entry = (orjson.dumps(case_snapshot(case, ref))[:-1], astuple(facts_of(case)))
        if ref.names_key != self._names_key:
            return entry  # built with reference data older than the cache's: not kept
        if len(self._items) >= self.size:
            self._evict()
        self._items[(case.id, case.version)] = entry
        return entry

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
