"""Outbox replay against a real cc-server that goes away and comes back (no Qt, no mocks)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from console.api import ApiClient, Forbidden, ServerUnavailable, Unauthorized, UserSession
from console.contract import Case
from console.store import Outbox, ReplayResult, replay
from tests.api.conftest import case_body, start_live_server
from tests.support.live_server import LiveServer
from tests.unit.test_outbox import old_row, write_sqlalchemy_outbox


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """This module's own cc-server: its tests stop and start it."""
    live = start_live_server(tmp_path_factory.mktemp("outbox-server"), backlog=10)
    yield live
    live.stop()


@pytest.fixture
def running(server: LiveServer) -> LiveServer:
    """The module's server, started again if an earlier test left it stopped."""
    if server.process is None or server.process.poll() is not None:
        server.start()
    return server


@pytest.fixture
def login(running: LiveServer) -> Iterator[Callable[[str], ApiClient]]:
    clients: list[ApiClient] = []

    def sign_in(username: str) -> ApiClient:
        # Few retries: a stopped server should be noticed quickly.
        client = ApiClient(running.url, timeout=20, retries=1)
        client.login(username, "demo")
        clients.append(client)
        return client

    yield sign_in
    for client in clients:
        client.close()


@pytest.fixture
def officer(login: Callable[[str], ApiClient]) -> ApiClient:
    return login("duty_officer")


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox(tmp_path / "console" / "outbox.db")
    yield box
    box.close()


def history(client: ApiClient, case_id: int) -> list[dict[str, Any]]:
    return list(client.case(case_id).history)


def actions_after(client: ApiClient, case_id: int, count: int) -> list[str]:
    """The actions of the case's history after its first `count` records."""
    return [entry["action"] for entry in history(client, case_id)[count:]]


def registered_case(client: ApiClient) -> Case:
    created = client.create_case(case_body())
    return client.act(created.id, "register", created.version)


def test_online_replay_applies_the_action(officer: ApiClient, outbox: Outbox) -> None:
    created = officer.create_case(case_body())
    before = len(history(officer, created.id))
    item = outbox.enqueue(created.id, "register", created.version, {"note": "受理"})
    seen: list[ReplayResult] = []

    results = replay(officer, outbox, on_result=seen.append)

    assert [r.status for r in results] == ["done"] and seen == results
    assert results[0].case is not None and results[0].case.state == "registered"
    assert results[0].error is None
    stored = outbox.get(item.id)
    assert stored.status == "done" and stored.attempts == 1
    assert stored.result_version == created.version + 1
    assert officer.case(created.id).state == "registered"
    assert actions_after(officer, created.id, before) == ["register"]
    assert replay(officer, outbox) == []  # nothing left to send


def test_an_action_taken_during_a_replay_is_sent_by_it(officer: ApiClient, outbox: Outbox) -> None:
    created = officer.create_case(case_body())
    outbox.enqueue(created.id, "register", created.version, {})

    def act_again(result: ReplayResult) -> None:
        if result.item.action == "register":  # the officer acts on the new version at once
            assert result.case is not None
            outbox.enqueue(created.id, "urge", result.case.version, {"note": "加急"})

    results = replay(officer, outbox, on_result=act_again)
    assert [(r.item.action, r.status) for r in results] == [("register", "done"), ("urge", "done")]
    assert [e["action"] for e in history(officer, created.id)][-2:] == ["register", "urge"]


def test_actions_taken_offline_apply_once_each_in_order(
    running: LiveServer, officer: ApiClient, outbox: Outbox
) -> None:
    fresh = officer.create_case(case_body())
    two, three = registered_case(officer), registered_case(officer)
    counts = {c.id: len(history(officer, c.id)) for c in (fresh, two, three)}
    running.stop()

    items = [
        outbox.enqueue(fresh.id, "register", fresh.version, {"note": "离线受理"}),
        outbox.enqueue(two.id, "comment", two.version, {"note": "已联系市民"}),
        outbox.enqueue(fresh.id, "dispatch", fresh.version, {"department": "urban"}),
        outbox.enqueue(three.id, "urge", three.version, {"note": "请尽快处理"}),
        outbox.enqueue(two.id, "comment", two.version, {"note": "再次联系"}),
    ]
    assert [i.chained for i in items] == [False, False, True, False, True]
    offline = replay(officer, outbox)  # the server is away: nothing is lost
    assert [(r.item.id, r.status) for r in offline] == [(items[0].id, "pending")]
    assert isinstance(offline[0].error, ServerUnavailable)
    assert [i.id for i in outbox.pending()] == [i.id for i in items]

    running.start()
    results = replay(officer, outbox)

    assert [(r.item.id, r.status) for r in results] == [(i.id, "done") for i in items]
    assert outbox.pending() == [] and outbox.problems() == []
    assert actions_after(officer, fresh.id, counts[fresh.id]) == ["register", "dispatch"]
    assert actions_after(officer, two.id, counts[two.id]) == ["comment", "comment"]
    assert actions_after(officer, three.id, counts[three.id]) == ["urge"]
    dispatched = officer.case(fresh.id)
    assert (dispatched.state, dispatched.department) == ("dispatched", "urban")
    notes = [e["note"] for e in history(officer, two.id)[counts[two.id] :]]
    assert notes == ["已联系市民", "再次联系"]
    # One record per action, in the order the officer took them across cases.
    records = {c.id: history(officer, c.id)[counts[c.id] :] for c in (fresh, two, three)}
    order = [records[fresh.id][0], records[two.id][0], records[fresh.id][1]]
    order += [records[three.id][0], records[two.id][1]]
    assert [entry["id"] for entry in order] == sorted(entry["id"] for entry in order)

    assert replay(officer, outbox) == []
    assert actions_after(officer, fresh.id, counts[fresh.id]) == ["register", "dispatch"]


def test_a_crash_between_send_and_mark_is_not_applied_twice(
    officer: ApiClient, outbox: Outbox
) -> None:
    created = officer.create_case(case_body())
    before = len(history(officer, created.id))
    register = outbox.enqueue(created.id, "register", created.version, {})
    dispatch = outbox.enqueue(created.id, "dispatch", created.version, {"department": "urban"})
    # The send reached the server, then the console died before marking it.
    first = officer.act(created.id, "register", created.version, idempotency_key=register.key)
    path = outbox.path
    outbox.close()

    reopened = Outbox(path)
    try:
        assert [i.id for i in reopened.pending()] == [register.id, dispatch.id]
        results = replay(officer, reopened)
        assert [r.status for r in results] == ["done", "done"]
        assert results[0].case == first  # the server replayed the first result
        assert reopened.get(dispatch.id).result_version == first.version + 1
    finally:
        reopened.close()
    assert actions_after(officer, created.id, before) == ["register", "dispatch"]


def test_a_conflict_is_kept_with_the_current_case_and_its_chain_is_not_sent(
    login: Callable[[str], ApiClient], outbox: Outbox
) -> None:
    officer, supervisor = login("duty_officer"), login("supervisor")
    created = officer.create_case(case_body())
    before = len(history(officer, created.id))
    register = outbox.enqueue(created.id, "register", created.version, {})
    dispatch = outbox.enqueue(created.id, "dispatch", created.version, {"department": "urban"})
    other = officer.create_case(case_body())
    independent = outbox.enqueue(other.id, "register", other.version, {})
    # Someone else moved the case on while the officer's actions waited.
    current = supervisor.act(created.id, "void", created.version, note="重复件")

    results = replay(officer, outbox)

    assert [(r.item.id, r.status) for r in results] == [
        (register.id, "conflict"),
        (dispatch.id, "conflict"),
        (independent.id, "done"),
    ]
    conflict = results[0]
    assert conflict.case is not None and conflict.case.version == current.version
    assert conflict.case.state == "voided"
    assert conflict.error is not None and "act again" in conflict.item.detail
    assert outbox.get(register.id).result == conflict.case.to_json()  # kept to show after a restart
    # ... with who changed it, for the officer reading it after a restart.
    assert conflict.item.last_change is not None
    assert (conflict.item.last_change["action"], conflict.item.last_change["actor_role"]) == (
        "void",
        "supervisor",
    )
    chained = results[1]
    assert chained.error is None and chained.item.attempts == 0  # never sent
    assert "depended on" in chained.item.detail and "register" in chained.item.detail
    assert chained.case == conflict.case
    assert chained.item.last_change == conflict.item.last_change
    assert [p.id for p in outbox.problems()] == [register.id, dispatch.id]
    assert actions_after(officer, created.id, before) == ["void"]
    outbox.acknowledge(register.id)
    assert [p.id for p in outbox.problems()] == [dispatch.id]


def test_a_comment_on_a_case_that_moved_on_is_added_to_the_current_version(
    login: Callable[[str], ApiClient], outbox: Outbox
) -> None:
    officer, supervisor = login("duty_officer"), login("supervisor")
    created = officer.create_case(case_body())
    comment = outbox.enqueue(created.id, "comment", created.version, {"note": "来电补充"})
    moved = supervisor.act(created.id, "register", created.version, note="已受理")

    results = replay(officer, outbox)

    assert [(r.item.id, r.status) for r in results] == [(comment.id, "done")]
    assert results[0].case is not None and results[0].case.version == moved.version + 1
    stored = outbox.get(comment.id)
    assert stored.base_version == moved.version  # rebased, so a later replay agrees
    assert stored.attempts == 2  # the 409 on the version the officer saw, then the resend
    notes = [e.get("note") for e in history(officer, created.id) if e["action"] == "comment"]
    assert notes == ["来电补充"]
    assert replay(officer, outbox) == []


def test_a_comment_chained_after_a_conflict_is_still_added(
    login: Callable[[str], ApiClient], outbox: Outbox
) -> None:
    officer, supervisor = login("duty_officer"), login("supervisor")
    created = officer.create_case(case_body())
    register = outbox.enqueue(created.id, "register", created.version, {})
    comment = outbox.enqueue(created.id, "comment", created.version, {"note": "二次来电"})
    assert comment.depends_on == register.id
    moved = supervisor.act(created.id, "register", created.version, note="已受理")
    moved = supervisor.act(created.id, "urge", moved.version, note="加急")

    results = replay(officer, outbox)

    assert [(r.item.id, r.status) for r in results] == [
        (register.id, "conflict"),
        (comment.id, "done"),  # a comment stands alone: the register's conflict keeps it not
    ]
    assert results[1].case is not None and results[1].case.version == moved.version + 1
    assert outbox.get(comment.id).attempts == 1  # sent on the version the conflict brought
    assert [p.id for p in outbox.problems()] == [register.id]


def test_only_a_pending_item_can_be_rebased(officer: ApiClient, outbox: Outbox) -> None:
    created = officer.create_case(case_body())
    item = outbox.enqueue(created.id, "comment", created.version, {"note": "已联系"})
    assert [r.status for r in replay(officer, outbox)] == ["done"]
    with pytest.raises(ValueError, match="only pending"):
        outbox.rebase(item.id, created.version + 5)


def test_a_refusal_keeps_the_servers_reason(officer: ApiClient, outbox: Outbox) -> None:
    case = registered_case(officer)
    case = officer.act(case.id, "dispatch", case.version, department="urban")
    sign = outbox.enqueue(case.id, "sign", case.version, {})  # a department's action
    urge = outbox.enqueue(case.id, "urge", case.version, {})  # chained after the refusal
    fresh = officer.create_case(case_body())
    verify = outbox.enqueue(fresh.id, "verify_pass", fresh.version, {})
    another = officer.create_case(case_body())
    void = outbox.enqueue(another.id, "void", another.version, {})  # needs a reason

    results = replay(officer, outbox)

    assert [r.status for r in results] == ["refused", "conflict", "refused", "refused"]
    assert isinstance(results[0].error, Forbidden)
    assert outbox.get(sign.id).detail == "the role duty_officer may not sign"
    assert "refused" in outbox.get(urge.id).detail
    assert "not possible in state reported" in outbox.get(verify.id).detail
    assert "reason" in outbox.get(void.id).detail
    assert [p.id for p in outbox.problems()] == [sign.id, urge.id, verify.id, void.id]
    assert officer.case(case.id).version == case.version  # nothing applied


def test_replay_stops_when_the_server_goes_away_and_resumes(
    running: LiveServer, officer: ApiClient, outbox: Outbox
) -> None:
    cases = [officer.create_case(case_body()) for _ in range(3)]
    counts = [len(history(officer, c.id)) for c in cases]
    items = [outbox.enqueue(c.id, "register", c.version, {}) for c in cases]
    witness = Outbox(outbox.path)  # another reader of the same file, as after a restart
    persisted: list[str] = []

    def crash_after_first(result: ReplayResult) -> None:
        persisted.append(witness.get(result.item.id).status)
        if result.status == "done":
            running.kill()

    try:
        results = replay(officer, outbox, on_result=crash_after_first)
    finally:
        witness.close()

    assert [(r.item.id, r.status) for r in results] == [
        (items[0].id, "done"),
        (items[1].id, "pending"),
    ]
    assert persisted == ["done", "pending"]  # stored before anyone was told
    assert isinstance(results[1].error, ServerUnavailable)
    assert [i.id for i in outbox.pending()] == [items[1].id, items[2].id]

    running.start()
    assert [r.status for r in replay(officer, outbox)] == ["done", "done"]
    for case, count in zip(cases, counts, strict=True):
        assert actions_after(officer, case.id, count) == ["register"]


def test_a_stale_session_stops_replay_and_says_so(running: LiveServer, outbox: Outbox) -> None:
    with ApiClient(running.url, timeout=20) as client:
        client.user = UserSession("not-a-token", "duty_officer", "x", "duty_officer", None, "")
        item = outbox.enqueue(1, "urge", 1, {})
        with pytest.raises(Unauthorized):
            replay(client, outbox)
    assert [i.id for i in outbox.pending()] == [item.id]


def test_a_stop_request_leaves_the_rest_pending(officer: ApiClient, outbox: Outbox) -> None:
    cases = [officer.create_case(case_body()) for _ in range(2)]
    items = [outbox.enqueue(c.id, "register", c.version, {}) for c in cases]
    stop = threading.Event()
    results = replay(officer, outbox, on_result=lambda _result: stop.set(), stop=stop)
    assert [(r.item.id, r.status) for r in results] == [(items[0].id, "done")]
    assert [i.id for i in outbox.pending()] == [items[1].id]


def test_an_action_is_sent_only_by_the_officer_who_took_it(
    login: Callable[[str], ApiClient], outbox: Outbox
) -> None:
    officer, supervisor = login("duty_officer"), login("supervisor")
    mine, theirs = officer.create_case(case_body()), officer.create_case(case_body())
    held = outbox.enqueue(theirs.id, "register", theirs.version, {}, owner="supervisor")
    behind = outbox.enqueue(theirs.id, "urge", theirs.version, {}, owner="duty_officer")
    sent = outbox.enqueue(mine.id, "register", mine.version, {}, owner="duty_officer")

    results = replay(officer, outbox)
    assert [(r.item.id, r.status) for r in results] == [
        (held.id, "pending"),
        (behind.id, "pending"),  # a case's order is kept even across officers
        (sent.id, "done"),
    ]
    results = replay(supervisor, outbox)
    assert [(r.item.id, r.status) for r in results] == [(held.id, "done"), (behind.id, "pending")]
    assert [r.status for r in replay(officer, outbox)] == ["done"]
    register = next(e for e in history(officer, theirs.id) if e["action"] == "register")
    assert register["actor_role"] == "supervisor"


def test_an_outbox_of_the_sqlalchemy_console_is_replayed(
    officer: ApiClient, tmp_path: Path
) -> None:
    """Actions a console of the previous version left unsent go out after the upgrade."""
    created = officer.create_case(case_body())
    case_id, version = created.id, created.version
    before = len(history(officer, case_id))
    path = tmp_path / "old" / "outbox.db"
    write_sqlalchemy_outbox(path, [
        old_row(1, case_id, "register", base_version=version, fields='{"note": "升级前受理"}'),
        old_row(2, case_id, "comment", base_version=version, fields='{"note": "升级前备注"}',
                chained=1, depends_on=1),
    ])  # fmt: skip

    with Outbox(path) as box:
        results = replay(officer, box)
        assert [(r.item.action, r.status) for r in results] == [
            ("register", "done"),
            ("comment", "done"),  # sent on the version its predecessor produced
        ]
        assert box.pending() == [] and [i.attempts for i in box.items()] == [1, 1]
    assert actions_after(officer, case_id, before) == ["register", "comment"]
