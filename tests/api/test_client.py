"""ApiClient against a real cc-server: sign-in, paging, actions, errors, thread guard."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from console.api import (
    ApiClient,
    CasePage,
    Conflict,
    Forbidden,
    IllegalAction,
    Invalid,
    NotFound,
    ServerUnavailable,
    Unauthorized,
    set_thread_guard,
)
from tests.api.conftest import case_body, closed_port
from tests.support.live_server import LiveServer


def test_login_keeps_the_session(live: LiveServer) -> None:
    with ApiClient(live.url) as client:
        user = client.login("duty_officer", "demo")
        assert client.user == user
        assert (user.username, user.role, user.department) == ("duty_officer", "duty_officer", None)
        assert user.display_name and user.expires_at and user.token
        assert user.token not in repr(user) and user.token not in repr(client)
        assert client.summary()  # the token is sent


def test_department_login_names_its_department(live: LiveServer) -> None:
    with ApiClient(live.url) as client:
        user = client.login("dept_ecology", "demo")
        assert (user.role, user.department) == ("department", "ecology")


def test_wrong_password_is_unauthorized_and_readable(live: LiveServer) -> None:
    with ApiClient(live.url) as client:
        with pytest.raises(Unauthorized) as caught:
            client.login("duty_officer", "not-the-password")
        assert client.user is None
    error = caught.value
    assert error.status == 401
    assert str(error) == "Wrong username or password."
    assert "not-the-password" not in repr(error)


def test_calls_without_sign_in_are_unauthorized(live: LiveServer) -> None:
    with ApiClient(live.url) as client:
        assert client.health()["status"] == "ok"
        with pytest.raises(Unauthorized):
            client.list_cases()


def test_iter_cases_covers_every_case_exactly_once(officer: ApiClient) -> None:
    token = uuid.uuid4().hex[:10]
    created = [officer.create_case(case_body(title=f"paging {token} {n}")).id for n in range(5)]
    pages = list(officer.iter_cases(filters={"q": token}, limit=2))
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert pages[-1].next_cursor is None
    assert [case["id"] for page in pages for case in page.items] == sorted(created, reverse=True)
    assert all(isinstance(page, CasePage) and page.feed_seq > 0 for page in pages)

    pages = list(officer.iter_cases(limit=100))  # the demo backlog spans several pages
    assert len(pages) > 1
    everything = [case["id"] for page in pages for case in page.items]
    assert len(everything) == len(set(everything))
    assert everything == sorted(everything, reverse=True)
    assert set(created) <= set(everything)
    by_creation = [c["id"] for p in officer.iter_cases(sort="created_at") for c in p.items]
    assert sorted(by_creation) == sorted(everything)


def test_filters_by_lists_booleans_and_text(officer: ApiClient) -> None:
    token = uuid.uuid4().hex[:10]
    grid = officer.create_case(case_body(title=f"filter {token}", channel="grid"))
    hotline = officer.create_case(case_body(title=f"filter {token}"))
    officer.act(hotline.id, "void", hotline.version, note="重复来电")

    def ids(**filters: object) -> set[int]:
        page = officer.list_cases(filters={"q": token, **filters})  # type: ignore[arg-type]
        return {case["id"] for case in page.items}

    assert ids() == {grid.id, hotline.id}
    assert ids(channel=["grid"]) == {grid.id}
    assert ids(channel=["grid", "hotline_12345"]) == {grid.id, hotline.id}
    assert ids(state="voided") == {hotline.id}
    assert ids(open=True) == {grid.id}
    assert ids(open=False) == {grid.id, hotline.id}


def test_case_detail_has_history_and_routing(officer: ApiClient) -> None:
    created = officer.create_case(case_body())
    registered = officer.act(created.id, "register", created.version, note="受理")
    detail = officer.case(created.id)
    assert detail.version == registered.version
    assert [entry["action"] for entry in detail.history][-1] == "register"
    assert detail.suggested_department == "ecology"
    assert detail.attachments == () and isinstance(detail.escalations, tuple)


def test_act_returns_the_new_case(officer: ApiClient) -> None:
    created = officer.create_case(case_body())
    assert created.state == "reported"
    registered = officer.act(created.id, "register", created.version)
    assert registered.state == "registered"
    assert registered.version == created.version + 1
    dispatched = officer.act(
        created.id, "dispatch", registered.version, department="ecology", note=None
    )
    assert (dispatched.state, dispatched.department) == ("dispatched", "ecology")


def test_stale_version_is_a_conflict_with_the_current_case(
    login: Callable[[str], ApiClient],
) -> None:
    one, other = login("duty_officer"), login("supervisor")
    created = one.create_case(case_body())
    current = other.act(created.id, "register", created.version)
    with pytest.raises(Conflict) as caught:
        one.act(created.id, "void", created.version, note="重复")
    error = caught.value
    assert error.status == 409
    assert error.case is not None and error.case.version == current.version
    assert error.case.state == "registered"
    assert error.last_change is not None and error.last_change["action"] == "register"
    assert created.ref in str(error) and "act again" in str(error)


def test_illegal_action_lists_what_is_allowed(officer: ApiClient) -> None:
    created = officer.create_case(case_body())
    with pytest.raises(IllegalAction) as caught:
        officer.act(created.id, "verify_pass", created.version)
    error = caught.value
    assert (error.status, error.state) == (422, "reported")
    assert "register" in error.allowed_actions and "verify_pass" not in error.allowed_actions
    assert "reported" in str(error)


def test_invalid_and_forbidden_and_not_found(officer: ApiClient) -> None:
    created = officer.create_case(case_body())
    with pytest.raises(Invalid) as missing_reason:
        officer.act(created.id, "void", created.version)
    assert missing_reason.value.errors == [
        {"field": "note", "message": "void needs a reason: say why in the note"}
    ]
    with pytest.raises(Invalid) as bad_category:
        officer.create_case(case_body(category="no-such-category"))
    assert bad_category.value.errors[0]["field"] == "category"
    with pytest.raises(Invalid) as unknown_field:
        officer.act(created.id, "register", created.version, colour="red")
    assert unknown_field.value.errors and "colour" in str(unknown_field.value)
    with pytest.raises(Forbidden) as forbidden:
        officer.act(created.id, "sign", created.version)
    assert "duty_officer" in str(forbidden.value)
    with pytest.raises(NotFound):
        officer.case(999_999_999)


def test_same_idempotency_key_replays_without_a_second_effect(officer: ApiClient) -> None:
    created = officer.create_case(case_body())
    registered = officer.act(created.id, "register", created.version)
    key = str(uuid.uuid4())
    version = registered.version
    first = officer.act(created.id, "urge", version, idempotency_key=key, note="尽快处理")
    history = officer.case(created.id).history
    again = officer.act(created.id, "urge", version, idempotency_key=key, note="尽快处理")
    assert again == first
    assert officer.case(created.id).history == history

    body = case_body()
    made = officer.create_case(body, idempotency_key=key + "-create")
    assert officer.create_case(body, idempotency_key=key + "-create") == made
    assert len(officer.list_cases(filters={"q": body["title"]}).items) == 1


def test_dead_server_is_unavailable_and_readable() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with ApiClient(url, timeout=2, retries=3) as client:
        with pytest.raises(ServerUnavailable) as caught:
            client.health()
        with pytest.raises(ServerUnavailable):
            client.login("duty_officer", "demo")
    error = caught.value
    assert error.status == 0
    assert url in str(error) and "Cannot reach the server" in str(error)


def test_thread_guard_sees_every_request_and_can_veto(officer: ApiClient) -> None:
    calls: list[int] = []
    set_thread_guard(lambda: calls.append(1))
    created = officer.create_case(case_body())
    officer.list_cases(limit=1)
    officer.case(created.id)
    officer.events(0, wait=0, limit=1)
    officer.health()
    assert len(calls) == 5

    def veto() -> None:
        raise RuntimeError("network call on the GUI thread")

    set_thread_guard(veto)
    with pytest.raises(RuntimeError, match="GUI thread"):
        officer.act(created.id, "register", created.version)
    set_thread_guard(None)
    assert officer.case(created.id).version == created.version  # nothing was sent
