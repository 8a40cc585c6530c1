"""Killing the supervising process of `cc-server --workers 2` takes its workers with it, and
the port is free for a restart at once (issue #18)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import requests

from tests.support.live_server import LiveServer


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if parent == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def serving_pids(server: LiveServer) -> set[int]:
    pids = set()
    for _ in range(40):
        with requests.Session() as session:
            pids.add(session.get(server.url + "/healthz", timeout=10).json()["process"])
    return pids


def test_workers_die_with_a_killed_supervisor_and_the_port_is_free(tmp_path: Path) -> None:
    live = LiveServer(
        f"sqlite:///{tmp_path / 'cc.db'}",
        demo=True,
        rate=0,
        env={"CC_WORKERS": "2", "CC_DEMO_BACKLOG": "20"},
        log_path=tmp_path / "server.log",
    ).start()
    try:
        assert live.process is not None
        supervisor = live.process.pid
        workers = serving_pids(live)
        assert workers and workers <= children_of(supervisor)
        os.kill(supervisor, signal.SIGKILL)
        live.process.wait(30)
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in workers), "a worker outlived its supervisor"
        # The same port at once (LiveServer restarts on the port it had).
        live.start()
        assert requests.get(live.url + "/healthz", timeout=10).status_code == 200
    finally:
        live.stop()
