"""The one background helper: results on the GUI thread, writes in order, background reads
one at a time at a lower priority, one error sink."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import pytest

from console.api import ApiClient
from console.tasks import BACKGROUND_NICE, GuiThreadIO, TaskRunner


def test_results_come_back_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []
    runner.run(
        lambda: threading.current_thread().name,
        lambda name: seen.append((name, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    worker_name, on_gui = seen[0]
    assert on_gui
    assert worker_name != threading.main_thread().name


def test_writes_run_in_order_on_one_worker(qtbot: Any) -> None:
    runner = TaskRunner()
    order: list[int] = []
    threads: set[int] = set()

    def write(i: int) -> int:
        threads.add(threading.get_ident())
        time.sleep(0.01 if i % 2 else 0)
        order.append(i)
        return i

    done: list[int] = []
    for i in range(20):
        runner.run(lambda i=i: write(i), done.append, write=True)
    qtbot.waitUntil(lambda: len(done) == 20, timeout=30_000)
    assert order == list(range(20)) == done
    assert len(threads) == 1


def test_background_reads_run_one_at_a_time_behind_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    lock = threading.Lock()
    running = [0, 0]  # now, most at once
    seen: list[tuple[int, int]] = []  # (i, the worker's niceness)

    def refresh(i: int) -> int:
        with lock:
            running[0] += 1
            running[1] = max(running)
        time.sleep(0.01)
        nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        with lock:
            running[0] -= 1
            seen.append((i, nice))
        return i

    done: list[int] = []
    for i in range(8):
        runner.run(lambda i=i: refresh(i), done.append, background=True)
    # An ordinary read runs on its own pool, at the priority it had.
    plain: list[int] = []
    runner.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), plain.append)
    qtbot.waitUntil(lambda: len(done) == 8 and bool(plain), timeout=30_000)
    assert running[1] == 1  # never two at once
    assert done == list(range(8)) == [i for i, _ in seen]
    assert {nice for _, nice in seen} == {max(BACKGROUND_NICE, os.getpriority(os.PRIO_PROCESS, 0))}
    assert plain == [os.getpriority(os.PRIO_PROCESS, 0)]
    assert runner.wait(5000)


def test_failures_reach_the_error_sink(qtbot: Any) -> None:
    runner = TaskRunner()

    def fail() -> None:
        raise RuntimeError("服务器不可达")

    with qtbot.waitSignal(runner.failed, timeout=30_000) as blocker:
        runner.run(fail, what="读取案件")
    assert blocker.args == ["读取案件", "服务器不可达"]


def test_the_thread_guard_forbids_requests_on_the_gui_thread() -> None:
    client = ApiClient("http://127.0.0.1:9")
    with pytest.raises(GuiThreadIO):
        client.health()
