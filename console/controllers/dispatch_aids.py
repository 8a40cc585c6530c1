"""What helps an officer dispatch right, fetched in the background: routing, duplicates, deadlines.

Routing is kept per case version, so that the dispatch shortcut can act at once on a case the
officer has been looking at, and is fetched again after the case changes (a return, say).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.api import ApiClient
from console.contract import Case
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

CACHED = 200
DUPLICATE_RADIUS_M = 500
DUPLICATE_HOURS = 72


class DispatchAids(QObject):
    """Background reads of /routing, /duplicates and /deadline; results as signals."""

    routing_loaded = Signal(int, dict)  # case id, {suggestions, returns}
    duplicates_loaded = Signal(int, list)  # case id, [{case: Case, score, distance_m, hours_apart}]
    deadline_loaded = Signal(int, str, dict)  # case id, action, preview
    unavailable = Signal(int, str, str)  # case id, what ("routing"...), why

    def __init__(self, client: ApiClient, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._routing: OrderedDict[tuple[int, int], dict[str, Any]] = OrderedDict()

    def cached_routing(self, case: Case) -> dict[str, Any] | None:
        """Routing for this version of the case, if fetched already."""
        return self._routing.get((case.id, case.version))

    def load_routing(
        self,
        case: Case,
        then: Callable[[dict[str, Any] | None], None] | None = None,
    ) -> None:
        """Fetch routing for the case (cached per version); `then(None)` if it failed."""
        key = (case.id, case.version)
        cached = self._routing.get(key)
        if cached is not None:
            self.routing_loaded.emit(key[0], cached)
            if then is not None:
                then(cached)
            return
        client = self._client

        def done(body: dict[str, Any]) -> None:
            self._routing[key] = body
            while len(self._routing) > CACHED:
                self._routing.popitem(last=False)
            self.routing_loaded.emit(key[0], body)
            if then is not None:
                then(body)

        def failed(exc: object) -> None:
            self.unavailable.emit(key[0], "routing", str(exc))
            if then is not None:
                then(None)

        self._runner.run(lambda: client.routing(key[0]), done, on_error=failed)

    def load_duplicates(self, case_id: int) -> None:
        """Fetch the likely duplicates of the case, most alike first."""
        client = self._client
        self._runner.run(
            lambda: client.duplicates(case_id, DUPLICATE_RADIUS_M, DUPLICATE_HOURS),
            lambda body: self.duplicates_loaded.emit(case_id, list(body.get("items") or [])),
            on_error=lambda exc: self.unavailable.emit(case_id, "duplicates", str(exc)),
        )

    def load_deadline(self, case_id: int, action: str, extension_minutes: int | None) -> None:
        """Fetch the SLA clock the case would run after `action` (a preview, nothing saved)."""
        client = self._client
        self._runner.run(
            lambda: client.deadline(case_id, action, extension_minutes),
            lambda body: self.deadline_loaded.emit(case_id, action, body),
            on_error=lambda exc: self.unavailable.emit(case_id, "deadline", str(exc)),
        )


def suggested_department(routing: dict[str, Any] | None) -> dict[str, Any] | None:
    """The routing's first choice (the server puts departments that returned the case last)."""
    suggestions = (routing or {}).get("suggestions") or []
    return suggestions[0] if suggestions else None


def rule_department(reference: dict[str, Any], case: Case) -> str | None:
    """The category rule's department: the suggestion when routing cannot be read (offline)."""
    for category in reference.get("categories", []):
        if category.get("code") == case.category:
            department: str | None = category.get("department")
            return department
    return None
