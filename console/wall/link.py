"""The wall's link to the server: signs in by itself, follows the feed, comes back by itself.

States: `connecting` (signing in), `online`, `down` (the server is away: the wall says
"连接中断 — 正在重连" and keeps its figures), `login_failed` (the server refused the
credentials: said on the wall, tried again every LOGIN_RETRY_S; never a dialog). Whenever the
link is (back) online it emits `ready`, and the wall reloads everything it shows.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient, ApiError, Forbidden, Unauthorized
from console.follower import FeedThread
from console.models import problem_text
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

CONNECTING, ONLINE, DOWN, LOGIN_FAILED = "connecting", "online", "down", "login_failed"
RETRY_SECONDS = (1, 2, 4, 8, 15, 30)  # a server that is away: tried again after these
LOGIN_RETRY_S = 60  # refused credentials: an administrator may fix the account meanwhile


_retiring: set[FeedThread] = set()  # stopped feed threads, kept until they have ended


def _retire(feed: FeedThread) -> None:
    if feed in _retiring:
        _retiring.discard(feed)
        feed.deleteLater()


class WallLink(QObject):
    """Sign-in with retries, the feed follower, and the state the wall shows."""

    state_changed = Signal(str, str)  # state, detail (why it is down or refused)
    ready = Signal()  # signed in and following: (re)load everything
    events = Signal(object)  # a batch of feed events (list of dicts)

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        username: str,
        password: str,
        *,
        feed_wait: float = 25.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self._runner = runner
        self._username = username
        self._password = password
        self._feed_wait = feed_wait
        self.state = ""
        self.detail = ""
        self.failures = 0
        self.feed: FeedThread | None = None
        self._stopped = False
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._sign_in)

    # -- public -----------------------------------------------------------------------------

    def start(self) -> None:
        """Sign in (in the background) and follow the feed from then on."""
        self._stopped = False
        self._sign_in()

    def restart(self) -> None:
        """Sign in again and follow afresh (the server moved: a restarted local child)."""
        self._retry.stop()
        self._stop_feed()
        self._set_state(DOWN, "")
        self._sign_in()

    def stop(self) -> None:
        """No more retries; the feed thread ends (the wall is closing)."""
        self._stopped = True
        self._retry.stop()
        self._stop_feed()

    # -- signing in -------------------------------------------------------------------------

    def _sign_in(self) -> None:
        if self._stopped:
            return
        if self.state != DOWN:
            self._set_state(CONNECTING, "")
        client, username, password = self.client, self._username, self._password

        def sign_in() -> dict[str, Any]:
            client.login(username, password)
            return client.health()  # where the feed stands now

        self._runner.run(sign_in, self._on_signed_in, on_error=self._on_sign_in_failed)

    def _on_signed_in(self, health: dict[str, Any]) -> None:
        if self._stopped:
            return
        self.failures = 0
        self._start_feed(int(health.get("feed_seq") or 0))
        self._set_state(ONLINE, "")
        self.ready.emit()

    def _on_sign_in_failed(self, exc: object) -> None:
        if self._stopped:
            return
        if isinstance(exc, Unauthorized | Forbidden):
            self._set_state(LOGIN_FAILED, problem_text.explain(exc))
            self._retry.start(LOGIN_RETRY_S * 1000)
            return
        self.failures += 1
        self._set_state(DOWN, str(exc) if isinstance(exc, ApiError) else repr(exc))
        wait = RETRY_SECONDS[min(self.failures, len(RETRY_SECONDS)) - 1]
        self._retry.start(wait * 1000)

    # -- the feed ---------------------------------------------------------------------------

    def _start_feed(self, after: int) -> None:
        self._stop_feed()
        feed = FeedThread(self.client, after, wait=self._feed_wait)
        feed.batch.connect(self._on_feed_batch)
        feed.status.connect(self._on_feed_status)
        self.feed = feed
        feed.start()

    def _stop_feed(self) -> None:
        feed, self.feed = self.feed, None
        if feed is None:
            return
        feed.batch.disconnect(self._on_feed_batch)
        feed.status.disconnect(self._on_feed_status)
        # Deleted only once its thread has ended: a QThread destroyed while it runs aborts
        # the process, and a poll stuck in a dead connection may outlast stop()'s wait.
        _retiring.add(feed)
        feed.finished.connect(lambda: _retire(feed))
        if feed.stop():
            _retire(feed)

    def _on_feed_batch(self, events: list[dict[str, Any]], _last_seq: int) -> None:
        self.events.emit(events)

    def _on_feed_status(self, status: str, detail: str) -> None:
        if self._stopped:
            return
        if status == "online":
            if self.state != ONLINE:  # back after an outage: what was missed is reloaded
                self._set_state(ONLINE, "")
                self.ready.emit()
        elif status in ("reconnecting", "offline"):
            self._set_state(DOWN, detail)
        else:  # gone (behind the feed's retention) or unauthorized: start afresh
            log.info("feed %s: signing in again", status)
            self._stop_feed()
            self._set_state(DOWN, detail)
            self._retry.start(1000)

    def _set_state(self, state: str, detail: str) -> None:
        if (state, detail) != (self.state, self.detail):
            self.state, self.detail = state, detail
            log.info("wall link %s %s", state, detail)
            self.state_changed.emit(state, detail)
