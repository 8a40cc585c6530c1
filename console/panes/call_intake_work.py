"""The intake form's server work, all through the TaskRunner: look up, create, attach."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.api import ApiClient, Conflict
from console.tasks import TaskRunner

NOTE_MAX = 2000  # the server's limit for an action's note


class IntakeWork(QObject):
    """Runs the form's calls in the background; one create or attach at a time."""

    similar_found = Signal(int, dict)  # lookup number, {street, items}
    similar_failed = Signal(int, object)  # lookup number, the error
    created = Signal(dict)  # the new case
    attached = Signal(dict)  # the case the call was attached to (as it is now)
    failed = Signal(str, object)  # "create" or "attach", the error
    busy_changed = Signal(bool)

    def __init__(self, client: ApiClient, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._busy = False
        self._lookups = 0
        # One key per submission: the same form content sent again (a retry after a lost
        # answer, a double press) reuses it, so that the server creates the case only once.
        self._key = ""
        self._keyed_body: dict[str, Any] | None = None

    @property
    def busy(self) -> bool:
        """Whether a create or attach is on its way."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # -- similar cases ----------------------------------------------------------------------

    def lookup(self, params: Mapping[str, Any]) -> int:
        """Ask for open cases like the report; returns the lookup's number (newest wins)."""
        self._lookups += 1
        number = self._lookups
        client, query = self._client, dict(params)
        self._runner.run(
            lambda: client.duplicates_of_report(**query),
            lambda found: self.similar_found.emit(number, found),
            on_error=lambda exc: self.similar_failed.emit(number, exc),
            what=self.tr("Looking for similar cases"),
        )
        return number

    def latest_lookup(self) -> int:
        """The number of the newest lookup asked for."""
        return self._lookups

    # -- writes -----------------------------------------------------------------------------

    def key_for(self, body: Mapping[str, Any]) -> str:
        """The Idempotency-Key of this submission: kept while the content stays the same."""
        if self._keyed_body != dict(body) or not self._key:
            self._key = str(uuid.uuid4())
            self._keyed_body = dict(body)
        return self._key

    def create(self, body: Mapping[str, Any]) -> bool:
        """Create the case in the background; False (and nothing sent) while busy."""
        if self._busy:
            return False
        self._set_busy(True)
        client, data, key = self._client, dict(body), self.key_for(body)
        self._runner.run(
            lambda: client.create_case(data, idempotency_key=key),
            self._on_create_done,
            on_error=lambda exc: self._on_write_failed("create", exc),
            what=self.tr("Creating the case"),
            write=True,
        )
        return True

    def attach(self, case: Mapping[str, Any], note: str) -> bool:
        """Add the call to the case's history as a comment; False while busy."""
        if self._busy:
            return False
        self._set_busy(True)
        client = self._client
        case_id, version, text = int(case["id"]), int(case["version"]), note[:NOTE_MAX]

        def comment() -> dict[str, Any]:
            try:
                return client.act(case_id, "comment", version, note=text)
            except Conflict as exc:
                # Someone moved the case on meanwhile: a comment fits any version, so add it
                # to the current one (the first attempt changed nothing).
                current = exc.case or client.case(case_id)
                return client.act(case_id, "comment", int(current["version"]), note=text)

        self._runner.run(
            comment,
            self._on_attach_done,
            on_error=lambda exc: self._on_write_failed("attach", exc),
            what=self.tr("Attaching the call"),
            write=True,
        )
        return True

    def forget_submission(self) -> None:
        """The form was cleared: the next submission gets a new key."""
        self._key = ""
        self._keyed_body = None

    def _on_create_done(self, case: dict[str, Any]) -> None:
        self.forget_submission()
        self._set_busy(False)
        self.created.emit(case)

    def _on_attach_done(self, case: dict[str, Any]) -> None:
        self._set_busy(False)
        self.attached.emit(case)

    def _on_write_failed(self, what: str, exc: object) -> None:
        self._set_busy(False)
        self.failed.emit(what, exc)
