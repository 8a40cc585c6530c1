"""The volunteer service requests as this window knows them, shared by every view of them:
the volunteer pane (Ctrl+Shift+Y), the queue's 志愿服务 filter and the dispatch pane's team
picker. One load, one copy, the feed's `volunteer.*` events applied once, one way to write.

Reads and writes go through the TaskRunner (writes in order, each with the version the
officer saw and an Idempotency-Key made once for the action). A refusal changes nothing here
but the request as the server now has it (a 409 carries it); the caller says why, in the
console's words (console/volunteers/texts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.api import ApiError, ServerUnavailable
from console.api.volunteers import VolunteersApi, new_key
from console.controllers.context import PaneContext
from console.volunteers import rows, texts

# The roles the server lets work on requests (docs/api-volunteers.md: the center's actions).
CENTER_ROLES = frozenset({"duty_officer", "supervisor"})
_KEY = "volunteers"  # the book's place in PaneContext.extras

Answer = Callable[[dict[str, Any]], None]
Refusal = Callable[[str], None]


class RequestBook(QObject):
    """The requests (by id), their trails, the categories and team names; reads and writes."""

    changed = Signal()  # the requests known changed (added, moved on, gone)
    loaded = Signal()  # the list was read from the server
    history_loaded = Signal(int)  # a request's trail (and what the officer may do) was read
    busy_changed = Signal(int)  # a write on this request went out or came back
    load_failed = Signal(str)  # the list could not be read: why, in the console's words
    written = Signal(str, int)  # an action went through: its name, the request
    moved = Signal(object)  # the feed moved these requests on (ids): what may be done changed
    # The queue's 志愿服务 view: whether it is shown, and the request in its current row.
    queue_changed = Signal()
    queue_opened = Signal(int)  # Enter on a request there: the dispatch pane's team picker

    def __init__(self, ctx: PaneContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.api = VolunteersApi(ctx.client)
        self.requests: dict[int, dict[str, Any]] = {}
        self.history: dict[int, list[dict[str, Any]]] = {}
        self.categories: list[dict[str, Any]] = []
        self.team_names: dict[str, str] = {}  # code → name, for the trail
        self.loads = 0
        self._busy: set[int] = set()  # requests with a write on its way
        self._generation = 0
        self._refreshing: set[int] = set()
        self.queue_shown = False
        self.queue_current = 0
        ctx.live.events_applied.connect(self._on_live_events_applied)
        # The queue first (as the charts): the requests once the cases are loaded; again
        # after each later load (F5, or the feed's 410: events may have been missed).
        ctx.live.loaded.connect(lambda _count: self.load())

    # -- reading --------------------------------------------------------------------------

    def load(self) -> None:
        """Read the open requests and the latest ended ones again."""
        self._generation += 1
        generation = self._generation
        self._ctx.runner.run(
            lambda: (self.api.requests(), self.api.categories(), self.api.teams()),
            lambda result: self._on_loaded(generation, result),
            on_error=lambda exc: self.load_failed.emit(
                texts.refusal_text(api_error(exc), str(exc))
            ),
            what=self.tr("Loading volunteer requests"),
        )

    def _on_loaded(self, generation: int, result: tuple[list[dict[str, Any]], ...]) -> None:
        if generation != self._generation:
            return
        items, self.categories, teams = result
        self.team_names = {str(t.get("code")): str(t.get("name") or t.get("code")) for t in teams}
        loaded = {int(r["id"]): r for r in items}
        for request_id, mine in self.requests.items():
            theirs = loaded.get(request_id)
            if theirs is not None and version_of(mine) > version_of(theirs):
                loaded[request_id] = mine  # a write answered after this read began
        self.requests = loaded
        self.loads += 1
        self.changed.emit()
        self.loaded.emit()

    def refresh(self, request_id: int) -> None:
        """Read one request again (its trail and what the officer may now do)."""
        if request_id in self._refreshing:
            return
        self._refreshing.add(request_id)

        def done(body: dict[str, Any]) -> None:
            self._refreshing.discard(request_id)
            self.history[request_id] = list(body.get("history") or [])
            mine = self.requests.get(request_id)
            if mine is None or version_of(body) >= version_of(mine):  # not older than a write's
                self.upsert(body, force=True)
            self.history_loaded.emit(request_id)

        def failed(exc: object) -> None:
            self._refreshing.discard(request_id)
            error = api_error(exc)
            if error is not None and error.code == "not_found":
                self.requests.pop(request_id, None)
                self.changed.emit()

        self._ctx.runner.run(
            lambda: self.api.request(request_id),
            done,
            on_error=failed,
            what=self.tr("Loading a volunteer request"),
        )

    def suggest(
        self,
        request_id: int,
        on_done: Callable[[list[dict[str, Any]]], None],
        on_refused: Refusal,
    ) -> None:
        """The active teams for the request, best first (the server's suggestion)."""
        self._ctx.runner.run(
            lambda: self.api.suggest(request_id),
            on_done,
            on_error=lambda exc: on_refused(texts.refusal_text(api_error(exc), str(exc))),
            what=self.tr("Suggesting volunteer teams"),
        )

    # -- the requests ---------------------------------------------------------------------

    def get(self, request_id: int) -> dict[str, Any] | None:
        """The request as last known (None when unknown)."""
        return self.requests.get(request_id)

    def ordered(self, *, open_only: bool = False) -> list[dict[str, Any]]:
        """The requests in the lists' order (rows.py); only the open ones if asked."""
        found = rows.ordered(list(self.requests.values()))
        if open_only:
            found = [r for r in found if r.get("state") in texts.OPEN]
        return found

    def upsert(self, request: dict[str, Any], *, force: bool = False) -> None:
        """Take a request as the server now has it (an older version is ignored)."""
        request_id = int(request["id"])
        old = self.requests.get(request_id)
        if old is not None and not force and not rows.newer(old, request):
            return
        if old is not None and "allowed_actions" not in request:
            same = version_of(old) == version_of(request)
            request = {**request, "allowed_actions": old.get("allowed_actions") if same else None}
        if old is not None and "*" in str(request.get("resident_phone") or ""):
            request["resident_phone"] = old.get("resident_phone")  # events mask it
        self.requests[request_id] = request
        self.changed.emit()

    def set_queue(self, *, shown: bool, current: int) -> None:
        """What the queue shows now: its 志愿服务 view (and its current request) or not."""
        if (shown, current) != (self.queue_shown, self.queue_current):
            self.queue_shown, self.queue_current = shown, current
            self.queue_changed.emit()

    def is_busy(self, request_id: int) -> bool:
        """Whether a write on this request has not been answered yet."""
        return request_id in self._busy

    # -- writing --------------------------------------------------------------------------

    def send(
        self,
        request: dict[str, Any],
        action: str,
        *,
        on_done: Answer | None = None,
        on_refused: Refusal | None = None,
        **fields: object,
    ) -> None:
        """Send the action on the version shown, off the GUI thread, with a fresh key; the
        caller hears the answer, or why not (the request as the server has it is taken)."""
        request_id, version, key = int(request["id"]), int(request["version"]), new_key()
        self._busy.add(request_id)
        self.busy_changed.emit(request_id)
        self._ctx.runner.run(
            lambda: self.api.act(request_id, action, version, idempotency_key=key, **fields),
            lambda answer: self._on_written(action, request_id, answer, on_done),
            on_error=lambda exc: self._on_refused(request_id, exc, on_refused),
            what=texts.action_label(action),
            write=True,
        )

    def _on_written(
        self, action: str, request_id: int, answer: dict[str, Any], on_done: Answer | None
    ) -> None:
        self._busy.discard(request_id)
        self.upsert(answer, force=True)
        self.busy_changed.emit(request_id)
        if on_done is not None:
            on_done(answer)
        self.refresh(request_id)  # its trail
        self.written.emit(action, request_id)

    def _on_refused(self, request_id: int, exc: object, on_refused: Refusal | None) -> None:
        self._busy.discard(request_id)
        error = api_error(exc)
        current = error.problem.get("request") if error is not None else None
        if isinstance(current, dict) and current.get("id"):
            self.upsert(current, force=True)  # a 409: the request as it now is
        self.busy_changed.emit(request_id)
        self.refresh(request_id)
        if on_refused is not None:
            on_refused(refusal_of(exc, self.team_names))

    def create(self, body: dict[str, Any], key: str, on_done: Answer, on_refused: Refusal) -> None:
        """点单: a resident's request as the officer took it down (the form keeps the key)."""

        def done(answer: dict[str, Any]) -> None:
            self.upsert(answer, force=True)
            on_done(answer)
            self.written.emit("create", int(answer["id"]))

        self._ctx.runner.run(
            lambda: self.api.create(body, idempotency_key=key),
            done,
            on_error=lambda exc: on_refused(refusal_of(exc)),
            what=self.tr("New volunteer request"),
            write=True,
        )

    # -- the feed -------------------------------------------------------------------------

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        moved: list[int] = []
        for event in events:
            if not str(event.get("type") or "").startswith("volunteer."):
                continue
            request = event.get("request")
            if not isinstance(request, dict) or not request.get("id"):
                continue
            old = self.requests.get(int(request["id"]))
            if old is not None and version_of(request) <= version_of(old):
                continue  # our own write's answer came first
            self.upsert(request)
            moved.append(int(request["id"]))
        if moved:
            self.moved.emit(moved)


def book_of(ctx: PaneContext) -> RequestBook | None:
    """The window's one book of requests (made by whoever asks first); None for a role
    that has no business with requests (the server would refuse it every read)."""
    if ctx.session.role not in CENTER_ROLES:
        return None
    book = ctx.extras.get(_KEY)
    if not isinstance(book, RequestBook):
        book = ctx.extras[_KEY] = RequestBook(ctx, ctx.live)
    return book


def version_of(request: dict[str, Any]) -> int:
    """The request's version (0 when not given)."""
    return int(request.get("version") or 0)


def api_error(exc: object) -> ApiError | None:
    """The server's refusal, if that is what it was."""
    return exc if isinstance(exc, ApiError) else None


def refusal_of(exc: object, team_names: dict[str, str] | None = None) -> str:
    """Why a write did not go through, as the officer acts on it."""
    error = api_error(exc)
    return unsent(error) or texts.refusal_text(error, str(exc), team_names)


def unsent(error: ApiError | None) -> str:
    """A write that did not reach the server: nothing is kept to send later (unlike a case
    action, which the outbox keeps), so the officer is told to act again."""
    if error is None:
        return ""
    if isinstance(error, ServerUnavailable) and not error.code:
        return texts.tr(texts.UNREACHABLE)
    if error.code in ("unauthorized", "session_expired", "session_revoked"):
        return texts.tr(texts.SIGN_IN)
    return ""
