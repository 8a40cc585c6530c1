"""The intake form's server work, off the GUI thread: look up and create through the
TaskRunner; attaching a call is an officer action, so it goes through the durable outbox.
A camera sighting's frame (or photo) is attached right after its case is created, in the
same background task, with a key derived from the case's, so a retry attaches it once."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.api import ApiClient
from console.api.cases_extra import attach_photo_file
from console.contract import Case
from console.controllers.action_sync import ActionSync
from console.panes.intake_channel import Evidence
from console.store.outbox import OutboxItem
from console.store.replay import ReplayResult
from console.tasks import TaskRunner
from console.video.snapshot import jpeg_bytes

NOTE_MAX = 2000  # the server's limit for an action's note


class IntakeWork(QObject):
    """Runs the form's calls in the background; one create or attach at a time."""

    similar_found = Signal(int, dict)  # lookup number, {street, items}
    similar_failed = Signal(int, object)  # lookup number, the error
    created = Signal(object)  # the new Case
    attached = Signal(object)  # the Case the call was added to (as it is now)
    attach_saved = Signal(object, bool)  # the call is in the outbox (Case, online: sent now)
    failed = Signal(str, object)  # "create" or "attach", the error (or the outbox's reason)
    busy_changed = Signal(bool)
    evidence_attached = Signal(object, object)  # the new Case, the answer (a CaseDetail)
    evidence_failed = Signal(object, object)  # the new Case (created all the same), the error

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        sync: ActionSync,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._sync = sync
        # The call being written to the outbox: its case and note, until the outbox has it.
        self._attaching: tuple[Case, str] | None = None
        self._attach_items: dict[int, str] = {}  # outbox item → case ref, until settled
        self.attached_ref = ""  # the case of the newest attach
        sync.queued.connect(self._on_sync_queued)
        sync.settled.connect(self._on_sync_settled)
        sync.failed.connect(self._on_sync_failed)
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
        """Create the case in the background; False (and nothing sent) while busy. A body's
        `_evidence` is attached to the new case in the same task."""
        if self._busy:
            return False
        self._set_busy(True)
        data = dict(body)
        evidence = data.pop("_evidence", None)
        client, key = self._client, self.key_for(data)
        self._runner.run(
            lambda: _create(client, data, key, evidence),
            self._on_create_done,
            on_error=lambda exc: self._on_write_failed("create", exc),
            what=self.tr("Creating the case"),
            write=True,
        )
        return True

    def attach(self, case: Case, note: str) -> bool:
        """Add the call to the case's history as a comment; False while busy.

        The comment is written to the outbox first (it survives a crash or a dropped
        network) and sent with its own key; a comment fits any version of the case.
        """
        if self._busy:
            return False
        self._set_busy(True)
        text = note[:NOTE_MAX]
        self._attaching = (case, text)
        self._sync.submit([(case, "comment", {"note": text})])
        return True

    def _on_sync_queued(self, item: OutboxItem) -> None:
        if self._attaching is None:
            return
        case, text = self._attaching
        ours = (item.case_id, item.action, item.fields.get("note"))
        if ours != (case.id, "comment", text):
            return  # another pane's action
        self._attaching = None
        self._attach_items[item.id] = case.ref or ""
        self.attached_ref = case.ref or ""
        self._set_busy(False)  # durably saved: the next call can be taken
        self.attach_saved.emit(case, self._sync.online)

    def _on_sync_settled(self, result: ReplayResult) -> None:
        ref = self._attach_items.pop(result.item.id, None)
        if ref is None:
            return
        self.attached_ref = ref
        if result.status == "done" and result.case is not None:
            self.attached.emit(result.case)
        else:
            self.failed.emit("attach", result.error or result.item.detail)

    def _on_sync_failed(self, reason: str) -> None:
        """The outbox could not take the call: nothing was saved, the form keeps it."""
        if self._attaching is not None:
            case, _text = self._attaching
            self._attaching = None
            self.attached_ref = case.ref or ""
            self._set_busy(False)
            self.failed.emit("attach_unsaved", reason)

    def forget_submission(self) -> None:
        """The form was cleared: the next submission gets a new key."""
        self._key = ""
        self._keyed_body = None

    def _on_create_done(self, outcome: dict[str, Any]) -> None:
        self.forget_submission()
        self._set_busy(False)
        case = outcome["case"]
        self.created.emit(case)
        if outcome.get("evidence_error") is not None:
            self.evidence_failed.emit(case, outcome["evidence_error"])
        elif outcome.get("evidence") is not None:
            self.evidence_attached.emit(case, outcome["evidence"])

    def _on_attach_done(self, case: Case) -> None:
        self._set_busy(False)
        self.attached.emit(case)

    def _on_write_failed(self, what: str, exc: object) -> None:
        self._set_busy(False)
        self.failed.emit(what, exc)


def _create(
    client: ApiClient, body: dict[str, Any], key: str, evidence: Evidence | None
) -> dict[str, Any]:
    """Create the case, then attach its evidence (a worker-thread call). A failed
    attachment does not undo the case: it is reported beside it."""
    case = client.create_case(body, idempotency_key=key)
    outcome: dict[str, Any] = {"case": case}
    if evidence is None:
        return outcome
    try:
        if evidence.path is not None:
            answer = attach_photo_file(
                client,
                case.id,
                evidence.path,
                caption=evidence.caption,
                key=f"{key}-evidence",
            )
        else:
            assert evidence.image is not None
            answer = client.add_attachment(
                case.id,
                jpeg_bytes(evidence.image),
                evidence.filename,
                caption=evidence.caption,
                idempotency_key=f"{key}-evidence",
            )
    except Exception as exc:  # noqa: BLE001 - reported with the case, which exists
        outcome["evidence_error"] = exc
    else:
        outcome["evidence"] = answer
    return outcome
