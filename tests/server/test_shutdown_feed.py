"""A server told to stop (SIGTERM) first ends its followers' long waits: a long poll gets its
empty answer and the shutdown does not run into its grace period (which cancelled the poll
mid-answer and logged an error on every console exit)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import requests

from tests.support.live_server import LiveServer


def test_a_long_poll_is_answered_when_the_server_stops(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    live = LiveServer(f"sqlite:///{tmp_path / 'cc.db'}", log_path=log)
    live.start()
    headers = live.headers("duty_officer")
    head = requests.get(f"{live.url}/api/v1/cases", params={"limit": 1},
                        headers=headers, timeout=30).json()["feed_seq"]  # fmt: skip
    answer: dict[str, Any] = {}
    waiting = threading.Event()

    def follow() -> None:
        waiting.set()
        try:
            response = requests.get(f"{live.url}/api/v1/events",
                                    params={"after": head, "wait": 25},
                                    headers=headers, timeout=60)  # fmt: skip
            answer["status"] = response.status_code
            answer["body"] = response.json()
        except requests.RequestException as error:
            answer["error"] = repr(error)

    follower = threading.Thread(target=follow)
    follower.start()
    waiting.wait(10)
    threading.Event().wait(1.0)  # the poll is parked in the server's wait by now
    live.stop()
    follower.join(60)
    assert answer.get("status") == 200, answer
    assert answer["body"]["events"] == []
    text = log.read_text()
    assert "graceful shutdown exceeded" not in text and "CancelledError" not in text, text[-2000:]
