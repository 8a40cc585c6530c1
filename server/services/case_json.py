"""List pages spliced from each case's cached JSON, keyed by (id, version).

A case's snapshot changes only with its version (every change, the SLA recolor included,
bumps it) or with the reference names it shows; so a page is read as (id, version) rows,
and only the cases not seen at that version are loaded and serialized. The allowed actions
depend on the reader and on facts kept with each case's JSON, and are spliced in per row
from the lifecycle's cached answer.

A case not in the cache costs a read and a serialization, both made cheap in
`case_entry.py`.

Each case is kept as the JSON array of its values (SNAPSHOT_FIELDS), the form a console's
snapshot streams (no field names: about half the bytes to send and to parse); list pages,
which hold objects, make each one from it (`object_json`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from itertools import islice
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, select

from server.models import Case
from server.services.case_entry import (
    SNAPSHOT_COLUMNS,
    Entry,
    Facts,
    Names,
    names_of,
    object_json,
    snapshot_entry,
)
from server.services.lifecycle import Actor, CaseFacts, allowed_actions
from server.services.refdata import ReferenceData

CASES = Case.__table__
_C = CASES.c
# The columns a page is first read with: the cache key. What decides the allowed actions is
# kept with each case's JSON, since it too changes only with the version.
KEY_COLUMNS = (_C.id, _C.version)
DEFAULT_SIZE = 150_000  # cases kept (about 1 KB each); the app takes Settings.case_cache


_BY_IDS = select(*SNAPSHOT_COLUMNS).where(_C.id.in_(bindparam("ids", expanding=True)))


def _visible(facts: Facts, actor: Actor) -> bool:
    """`cases.visible` on a case's facts: drill cases for trainers only, a department's
    own cases for a department."""
    if facts[4] != (actor.role == "trainer"):
        return False
    if actor.role == "department":
        return facts[1] == actor.department_id
    return True


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
