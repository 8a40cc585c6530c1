"""Users the administrator manages: new users change their password first, and a reset, a
disable or a new role stops the user's tokens at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.models import AdminRecord
from server.state import AppState

Headers = Callable[[str], dict[str, str]]


def sign_in(client: TestClient, username: str, password: str) -> Any:
    return client.post("/api/v1/auth/token", data={"username": username, "password": password})


def bearer(response: Any) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def create(client: TestClient, headers: Headers, **fields: Any) -> Any:
    body = {
        "username": "zhang.wei",
        "display_name": "张伟",
        "role": "duty_officer",
        "password": "temporary-1",
        **fields,
    }
    return client.post("/api/v1/users", json=body, headers=headers("admin"))


def test_a_new_user_must_change_the_password_before_anything_else(
    client: TestClient, headers: Headers
) -> None:
    created = create(client, headers)
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["must_change_password"] is True and user["active"] is True
    assert "password_hash" not in user

    first = sign_in(client, "zhang.wei", "temporary-1")
    assert first.json()["must_change_password"] is True
    token = bearer(first)
    refused = client.get("/api/v1/cases", headers=token)
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/password-change-required")

    wrong = client.post(
        "/api/v1/auth/password",
        json={"old_password": "nope", "new_password": "my-own-pass"},
        headers=token,
    )
    assert wrong.status_code == 403
    short = client.post(
        "/api/v1/auth/password",
        json={"old_password": "temporary-1", "new_password": "short"},
        headers=token,
    )
    assert short.status_code == 422 and short.json()["errors"][0]["field"] == "new_password"
    changed = client.post(
        "/api/v1/auth/password",
        json={"old_password": "temporary-1", "new_password": "my-own-pass"},
        headers=token,
    )
    assert changed.status_code == 200 and changed.json()["must_change_password"] is False
    assert client.get("/api/v1/cases", headers=bearer(changed)).status_code == 200
    # The token from before the change stops at once.
    assert client.get("/api/v1/auth/me", headers=token).status_code == 401
    assert sign_in(client, "zhang.wei", "temporary-1").status_code == 401
    assert sign_in(client, "zhang.wei", "my-own-pass").status_code == 200


def test_disable_reset_and_new_role_revoke_tokens(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    user = create(client, headers).json()
    token = bearer(
        client.post(
            "/api/v1/auth/password",
            json={"old_password": "temporary-1", "new_password": "my-own-pass"},
            headers=bearer(sign_in(client, "zhang.wei", "temporary-1")),
        )
    )
    assert client.get("/api/v1/cases", headers=token).status_code == 200

    off = client.patch(
        f"/api/v1/users/{user['id']}", json={"active": False}, headers=headers("admin")
    )
    assert off.status_code == 200 and off.json()["active"] is False
    assert client.get("/api/v1/cases", headers=token).status_code == 401
    assert sign_in(client, "zhang.wei", "my-own-pass").status_code == 401
    on = client.patch(
        f"/api/v1/users/{user['id']}", json={"active": True}, headers=headers("admin")
    )
    assert on.status_code == 200
    # Re-enabled, the user signs in again; the old token stays revoked.
    assert client.get("/api/v1/cases", headers=token).status_code == 401
    token = bearer(sign_in(client, "zhang.wei", "my-own-pass"))

    moved = client.patch(
        f"/api/v1/users/{user['id']}",
        json={"role": "department", "department": "urban"},
        headers=headers("admin"),
    )
    assert moved.status_code == 200 and moved.json()["department"] == "urban"
    assert client.get("/api/v1/cases", headers=token).status_code == 401
    token = bearer(sign_in(client, "zhang.wei", "my-own-pass"))

    reset = client.post(
        f"/api/v1/users/{user['id']}/password",
        json={"password": "new-temporary"},
        headers=headers("admin"),
    )
    assert reset.status_code == 200 and reset.json()["must_change_password"] is True
    assert client.get("/api/v1/cases", headers=token).status_code == 401
    assert sign_in(client, "zhang.wei", "my-own-pass").status_code == 401
    assert sign_in(client, "zhang.wei", "new-temporary").json()["must_change_password"] is True

    with state.db.read() as session:
        actions = session.scalars(
            select(AdminRecord.action)
            .where(AdminRecord.kind == "user", AdminRecord.target == "zhang.wei")
            .order_by(AdminRecord.id)
        ).all()
    assert actions == ["create", "change_password", "disable", "enable", "update", "reset_password"]


def test_the_list_shows_users_and_their_last_sign_in(client: TestClient, headers: Headers) -> None:
    listed = client.get("/api/v1/users", headers=headers("admin"))
    assert listed.status_code == 200
    by_name = {u["username"]: u for u in listed.json()["items"]}
    assert by_name["admin"]["last_sign_in_at"] is not None
    assert by_name["dept_urban"]["department"] == "urban"
    assert by_name["duty_officer"]["role"] == "duty_officer"


@pytest.mark.parametrize(
    ("fields", "status", "field"),
    [
        ({"username": "a"}, 422, "username"),
        ({"username": "有 空格"}, 422, "username"),
        ({"password": "short"}, 422, "password"),
        ({"role": "king"}, 422, "role"),
        ({"role": "department"}, 422, "department"),
        ({"role": "department", "department": "nowhere"}, 422, "department"),
        ({"role": "duty_officer", "department": "urban"}, 422, "department"),
        ({"display_name": "  "}, 422, "display_name"),
        ({"username": "duty_officer"}, 409, None),
    ],
)
def test_bad_users_are_refused(
    client: TestClient, headers: Headers, fields: dict[str, Any], status: int, field: str | None
) -> None:
    response = create(client, headers, **fields)
    assert response.status_code == status, response.text
    if field:
        assert response.json()["errors"][0]["field"] == field


def test_admins_cannot_lock_themselves_or_the_center_out(
    client: TestClient, headers: Headers
) -> None:
    users = {
        u["username"]: u
        for u in client.get("/api/v1/users", headers=headers("admin")).json()["items"]
    }
    me = users["admin"]["id"]
    for change in ({"active": False}, {"role": "supervisor"}):
        refused = client.patch(f"/api/v1/users/{me}", json=change, headers=headers("admin"))
        assert refused.status_code == 409, change
    other = create(client, headers, username="li.admin", role="admin").json()
    # Another active admin exists but has not signed in yet: still the admin cannot demote
    # themselves; they can disable the other one, who is not the last.
    assert client.patch(f"/api/v1/users/{other['id']}", json={"active": False},
                        headers=headers("admin")).status_code == 200  # fmt: skip


def test_only_admins_manage_users(client: TestClient, headers: Headers) -> None:
    for user in ("duty_officer", "supervisor", "trainer", "dept_urban"):
        assert client.get("/api/v1/users", headers=headers(user)).status_code == 403
        body = {"username": "q.q", "display_name": "Q", "role": "admin", "password": "12345678"}
        assert client.post("/api/v1/users", json=body, headers=headers(user)).status_code == 403
        assert (
            client.patch(
                "/api/v1/users/1", json={"active": False}, headers=headers(user)
            ).status_code
            == 403
        )
        assert client.post("/api/v1/users/1/password", json={"password": "12345678"},
                           headers=headers(user)).status_code == 403  # fmt: skip


def test_sign_ins_are_recorded(client: TestClient, state: AppState) -> None:
    assert sign_in(client, "duty_officer", "wrong").status_code == 401
    assert sign_in(client, "nobody", "wrong").status_code == 401
    assert sign_in(client, "duty_officer", "demo").status_code == 200
    with state.db.read() as session:
        rows = session.execute(
            select(AdminRecord.action, AdminRecord.actor_username, AdminRecord.actor_role)
            .where(AdminRecord.kind == "sign_in")
            .order_by(AdminRecord.id)
        ).all()
    assert [tuple(r) for r in rows][-3:] == [
        ("failure", "duty_officer", ""),
        ("failure", "nobody", ""),
        ("success", "duty_officer", "duty_officer"),
    ]
