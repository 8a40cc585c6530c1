"""The GUI thread's turn: a worker that gives way waits until the turn is over."""

from __future__ import annotations

import threading

from console.gui_turn import GuiTurn


def _worker(turn: GuiTurn, passed: threading.Event) -> threading.Thread:
    def run() -> None:
        turn.give_way()
        passed.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_worker_waits_while_the_turn_is_taken_and_goes_on_after_it() -> None:
    turn = GuiTurn(longest_wait=60)  # a busy machine cannot make the wait run out
    passed = threading.Event()
    with turn.taken():
        assert turn.is_taken
        thread = _worker(turn, passed)
        # The worker is held: it has not passed after a while (no time is asserted, only
        # that it did not go through while the turn was held).
        assert not passed.wait(0.05)
    thread.join(5)
    assert passed.is_set()
    assert turn.waits == 1
    assert not turn.is_taken


def test_a_turn_that_never_ends_holds_a_worker_only_so_long() -> None:
    turn = GuiTurn(longest_wait=0.01)
    passed = threading.Event()
    with turn.taken():
        _worker(turn, passed).join(5)
        assert passed.is_set()  # went on while the GUI thread still held its turn


def test_nested_turns_end_with_the_outermost() -> None:
    turn = GuiTurn()
    with turn.taken():
        with turn.taken():
            pass
        assert turn.is_taken  # the inner turn ended, the outer one still holds
    assert not turn.is_taken


def test_a_worker_with_no_turn_taken_does_not_wait() -> None:
    turn = GuiTurn()
    passed = threading.Event()
    _worker(turn, passed).join(5)
    assert passed.is_set()
    assert turn.waits == 0


def test_the_turn_is_released_when_its_block_raises() -> None:
    turn = GuiTurn()
    try:
        with turn.taken():
            raise ValueError("a paint failed")
    except ValueError:
        pass
    assert not turn.is_taken


def test_the_feed_prepares_every_case_of_a_batch_slice_by_slice(qtbot) -> None:  # type: ignore[no-untyped-def]
    """More cases than one slice: each event gets its record and its Case, in order; an
    event without a case passes untouched."""
    import json
    from pathlib import Path

    from console.api import ApiClient
    from console.contract import Case
    from console.follower import PREPARE_SLICE, FeedThread
    from console.models.case_records import prepare

    sample = json.loads((Path(__file__).parent / "data" / "feed_case.json").read_text("utf-8"))
    events = [
        {"type": "case.action", "case": {**sample, "id": 1000 + n, "version": n + 1}}
        for n in range(PREPARE_SLICE * 2 + 7)
    ]
    events.insert(5, {"type": "calendar.changed"})
    thread = FeedThread(ApiClient("http://127.0.0.1:9"), 0)
    received: list[list[dict]] = []
    thread.batch.connect(lambda batch, _seq: received.append(batch))
    thread._on_follower_batch(events, 99)
    assert received == [events]
    cases = [event for event in events if "case" in event]
    assert len(cases) == PREPARE_SLICE * 2 + 7
    for n, event in enumerate(cases):
        assert isinstance(event["case"], Case)
        assert event["case"].id == 1000 + n
        alone = prepare({**sample, "id": 1000 + n, "version": n + 1})
        assert event["record"].case_id == alone.case_id
        assert list(event["record"].numbers) == list(alone.numbers)
        assert event["record"].values == alone.values and event["record"].hay == alone.hay
    assert "record" not in events[5] and "case" not in events[5]


def test_preparing_a_snapshot_pauses_between_slices_of_cases() -> None:
    """The loading worker's pause is called before each slice of PAUSE_EVERY cases and
    before the numbers of the batch are made."""
    from console.models.case_records import PAUSE_EVERY, prepare_rows

    fields = ("id", "version", "title", "state", "due_at")
    rows = [[n, 1, f"案件{n}", "registered", None] for n in range(PAUSE_EVERY * 2 + 1)]
    calls: list[int] = []
    batch = prepare_rows(fields, rows, lambda: calls.append(1))
    assert batch.ids == list(range(PAUSE_EVERY * 2 + 1))
    assert len(calls) == 3 + 1  # three slices, then the numbers
