"""The administrator's server calls: users, SLA rule versions, the admin log; imports no Qt.

Contract: docs/api-admin.md. Writes are sent once (`retry=False`): a retry after a slow
answer could act twice (a second user, a second version), and the server's refusal of the
repeat (409) would hide the first success. POSTs also carry an Idempotency-Key, which a
server that supports it uses to replay the first answer.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, cast

from console.api.client import ApiClient

USER_FIELDS = frozenset({"display_name", "role", "department", "active"})


def _params(**values: object) -> list[tuple[str, str]]:
    """Query parameters without the unset ones; lists repeat the parameter (kind=a&kind=b)."""
    params: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, str | int | float):
            params.append((name, str(value)))
        else:
            params.extend((name, str(item)) for item in value)  # type: ignore[attr-defined]
    return params


class AdminApi:
    """Reads and writes of the administration screens (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def _write(self, method: str, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        headers = {"Idempotency-Key": str(uuid.uuid4())} if method == "POST" else None
        return self._client.request_object(
            method, path, retry=False, json=dict(body), headers=headers
        )

    # -- users ----------------------------------------------------------------------------

    def users(self) -> list[dict[str, Any]]:
        """Every user, ordered by username."""
        return self._client.request_items("GET", "/api/v1/users")

    def create_user(
        self,
        username: str,
        display_name: str,
        role: str,
        password: str,
        department: str | None = None,
    ) -> dict[str, Any]:
        """A new user (201), who must change the password at the first sign-in."""
        body = {
            "username": username,
            "display_name": display_name,
            "role": role,
            "department": department,
            "password": password,
        }
        return self._write("POST", "/api/v1/users", body)

    def update_user(self, user_id: int, **fields: Any) -> dict[str, Any]:
        """Change display_name, role, department or active; returns the user."""
        unknown = set(fields) - USER_FIELDS
        if unknown:
            raise TypeError(f"not a user field: {', '.join(sorted(unknown))}")
        return self._write("PATCH", f"/api/v1/users/{int(user_id)}", fields)

    def reset_password(self, user_id: int, password: str) -> dict[str, Any]:
        """Set a new password that the user must change at the next sign-in."""
        return self._write("POST", f"/api/v1/users/{int(user_id)}/password", {"password": password})

    # -- SLA rules ------------------------------------------------------------------------

    def sla_rules(self, version: int | None = None) -> dict[str, Any]:
        """The current rule set, or an older version; with categories, kinds, urgencies, steps."""
        return self._client.request_object(
            "GET", "/api/v1/sla-rules", params=_params(version=version)
        )

    def sla_rule_versions(self) -> list[dict[str, Any]]:
        """Every published version, newest first (version, created_at/by, note, rules count)."""
        body = self._client.request("GET", "/api/v1/sla-rules/versions")
        items = body["items"] if isinstance(body, dict) else body
        return cast(list[dict[str, Any]], items)

    def publish_sla_rules(
        self, version: int, warn_ratio: float, note: str, rules: Iterable[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Publish a new version on top of `version` (the one edited); 409 if it is stale."""
        body = {
            "version": int(version),
            "warn_ratio": float(warn_ratio),
            "note": note,
            "rules": [dict(rule) for rule in rules],
        }
        return self._write("PUT", "/api/v1/sla-rules", body)

    # -- admin log ------------------------------------------------------------------------

    def admin_log(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        user: str | None = None,
        start: str | None = None,
        end: str | None = None,
        q: str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
    ) -> dict[str, Any]:
        """One page of admin records, newest first: `items` and `next_cursor`."""
        params = _params(
            kind=kind, user=user, q=q, cursor=cursor, limit=limit, **{"from": start, "to": end}
        )
        return self._client.request_object("GET", "/api/v1/admin-log", params=params)
