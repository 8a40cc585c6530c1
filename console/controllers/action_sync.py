"""Every officer action goes through the durable outbox: written first, then sent in order.

The outbox file is opened, written and replayed on the runner's serial write worker only, so
actions keep their order and the GUI thread never touches the disk. Online, an action is sent
right after it is written; offline it waits, and the whole outbox is replayed when the feed
reports "online" again (also right after start-up, for what a previous run left pending).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient, ApiError
from console.contract import Case
from console.models.case_table import CaseTableModel
from console.models.problem_text import explain
from console.store.outbox import Outbox, OutboxItem
from console.store.replay import ReplayResult, replay
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

RETRY_MS = 10_000  # a replay cut short while the feed stayed online is tried again
Entry = tuple[Case, str, Mapping[str, object]]  # case, action, fields
Report = Callable[[Any], None]


def row_of(case: Case) -> Case:
    """The case as the queue keeps it (a full read's history and attachments left out)."""
    return case.case()


class ActionSync(QObject):
    """Writes each action to the outbox, sends it when online, and reports how it ended."""

    queued = Signal(object)  # OutboxItem, durably written
    settled = Signal(object)  # ReplayResult: done, conflict or refused
    problems_loaded = Signal(list)  # OutboxItems a previous run left unacknowledged
    batch_submitted = Signal(int)  # several actions were saved at once (bulk work)
    failed = Signal(str)  # the outbox cannot be used, or the session expired

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        model: CaseTableModel,
        path: Path,
        owner: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._model = model
        self.path = path
        self._owner = owner
        self._outbox: Outbox | None = None
        self._stop = threading.Event()
        self._online = False
        self._inflight = 0
        self._pending: dict[int, tuple[int, str]] = {}  # item id → (case id, action)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)

    # -- public -----------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        """Whether actions are sent as soon as they are written."""
        return self._online

    def pending_count(self) -> int:
        """Actions written but not yet settled by the server."""
        return len(self._pending)

    def pending_for(self, case_id: int) -> int:
        """How many actions on this case wait to be sent."""
        return sum(1 for cid, _action in self._pending.values() if cid == case_id)

    def is_pending(self, case_id: int, action: str) -> bool:
        """Whether this action on this case waits to be sent (not to be taken twice)."""
        return (case_id, action) in self._pending.values()

    def open(self) -> None:
        """Open the outbox (creating it) and pick up what a previous run left pending."""
        self._stop.clear()
        self._retry.start()
        self._write(self._open_outbox, what=self.tr("Opening the outbox"))

    def close(self) -> None:
        """Stop replaying after the current item and release the file (its data stays)."""
        self._stop.set()
        self._retry.stop()
        self._runner.run(self._close_outbox, write=True, what=self.tr("Closing the outbox"))

    def submit(self, entries: Iterable[Entry]) -> None:
        """Write the actions in this order, each on the case version shown; then send."""
        batch = [(case.id, action, case.version, dict(fields)) for case, action, fields in entries]
        if batch:
            self._write(lambda report: self._enqueue(batch, report), what=self.tr("Saving"))
        if len(batch) > 1:
            self.batch_submitted.emit(len(batch))

    def set_online(self, online: bool) -> None:
        """Follow the connection state; coming online replays everything pending."""
        was, self._online = self._online, online
        if online and not was:
            self.replay_now()

    def replay_now(self) -> None:
        """Send what is pending, in order (on the write worker, after any queued write)."""
        self._write(lambda report: self._send(report), what=self.tr("Sending pending actions"))

    def acknowledge(self, item_ids: Iterable[int]) -> None:
        """The officer has seen these conflicts or refusals."""
        ids = list(item_ids)
        if ids:
            self._runner.run(
                lambda: self._acknowledge_each(ids),
                write=True,
                what=self.tr("Acknowledging"),
            )

    # -- on the write worker ----------------------------------------------------------------

    def _acknowledge_each(self, ids: list[int]) -> None:
        for item_id in ids:
            self._require().acknowledge(item_id)

    def _require(self) -> Outbox:
        if self._outbox is None:
            self._outbox = Outbox(self.path)
        return self._outbox

    def _open_outbox(self, report: Report) -> list[OutboxItem]:
        outbox = self._require()
        outbox.prune()  # settled items of past days; pending and unacknowledged ones stay
        report(("problems", outbox.problems()))
        return self._send(report)

    def _close_outbox(self) -> None:
        outbox, self._outbox = self._outbox, None
        if outbox is not None:
            outbox.close()

    def _enqueue(self, batch: list[tuple[int, str, int, dict[str, object]]], report: Report):  # type: ignore[no-untyped-def]
        outbox = self._require()
        for case_id, action, version, fields in batch:
            report(("queued", outbox.enqueue(case_id, action, version, fields, owner=self._owner)))
        return self._send(report)

    def _send(self, report: Report) -> list[OutboxItem]:
        outbox = self._require()
        if self._online and not self._stop.is_set():
            replay(
                self._client,
                outbox,
                on_result=lambda result: report(("result", result)),
                stop=self._stop,
            )
        return outbox.pending()

    # -- back on the GUI thread -------------------------------------------------------------

    def _write(self, work: Callable[[Report], list[OutboxItem]], *, what: str) -> None:
        self._inflight += 1
        self._runner.run(
            work,
            self._on_write_done,
            on_error=self._on_write_failed,
            on_progress=self._on_write_progress,
            what=what,
            write=True,
        )

    def _on_write_progress(self, message: tuple[str, Any]) -> None:
        kind, value = message
        if kind == "queued":
            self._pending[value.id] = (value.case_id, value.action)
            self._show_pending()
            self.queued.emit(value)
        elif kind == "problems":
            mine = [item for item in value if item.owner in ("", self._owner)]
            if mine:
                self.problems_loaded.emit(mine)
        elif kind == "result":
            self._on_result(value)

    def _on_result(self, result: ReplayResult) -> None:
        if result.status == "pending":
            return  # still waiting: nothing to show yet
        self._pending.pop(result.item.id, None)
        self._show_pending()
        if result.case:
            self._model.upsert(row_of(result.case), alert=False)
        else:
            self._refresh(result.item.case_id)
        self.settled.emit(result)

    def _on_write_done(self, pending: list[OutboxItem]) -> None:
        self._inflight -= 1
        if self._inflight == 0:  # the outbox's word on what is still pending
            self._pending = {
                item.id: (item.case_id, item.action)
                for item in pending
                if item.owner in ("", self._owner)  # another officer's wait for their sign-in
            }
            self._show_pending()

    def _on_write_failed(self, exc: object) -> None:
        self._inflight -= 1
        log.warning("outbox work failed: %r", exc)
        self.failed.emit(explain(exc) if isinstance(exc, ApiError) else str(exc))

    def _show_pending(self) -> None:
        self._model.set_pending(case_id for case_id, _action in self._pending.values())

    def _on_retry_timeout(self) -> None:
        if self._online and self._pending and self._inflight == 0:
            self.replay_now()

    def _refresh(self, case_id: int) -> None:
        """After a refusal, show the case as it is now (the refusal does not carry it)."""
        client = self._client
        self._runner.run(
            lambda: client.case(case_id),
            lambda case: self._model.upsert(row_of(case), alert=False),
            on_error=lambda exc: log.info("refresh of case %s failed: %r", case_id, exc),
        )
