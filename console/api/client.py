"""The REST client of cc-server: typed results, retries, timeouts, problem+json errors."""

from __future__ import annotations

import ipaddress
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, cast
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry

from console.api import rules
from console.api.errors import (
    ApiError,
    Unauthorized,
    error_from_exception,
    error_from_response,
)
from console.api.results import CaseBatch, CasePage, EventBatch, UserSession
from console.api.snapshot_lines import SNAPSHOT_CHUNK, cut, lines, snapshot_batches
from console.contract import Case, CaseDetail

log = logging.getLogger(__name__)

__all__ = [
    "ApiClient",
    "CaseBatch",
    "CasePage",
    "EventBatch",
    "Renewer",
    "UserSession",
    "set_thread_guard",
]

_thread_guard: Callable[[], None] | None = None

# Asked, on the worker thread whose request got 401, to renew the session it was sent with
# (`stale`): it blocks until the officer signed in again (True: `client.user` holds a fresh
# token, the request is sent once more) or gave up (False: the 401 stands). One dialog for
# any number of such requests is the renewer's business (console/shell/reauth.py).
Renewer = Callable[[UserSession, Unauthorized], bool]


def set_thread_guard(guard: Callable[[], None] | None) -> None:
    """Install a check called before every request (the GUI raises on its own thread)."""
    global _thread_guard
    _thread_guard = guard


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _session(retry: Retry | int, base_url: str) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=16)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # A proxy from the environment must not catch the embedded server on 127.0.0.1.
    session.trust_env = not _is_loopback(base_url)
    session.headers["Accept"] = "application/json, application/problem+json"
    return session


def _query(filters: Mapping[str, object] | None) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = []
    for name, value in (filters or {}).items():
        if value is None:
            continue
        if isinstance(value, bool):
            params.append((name, "true" if value else "false"))
        elif isinstance(value, str | int | float):
            params.append((name, str(value)))
        else:  # a sequence: the server takes repeated parameters (state=a&state=b)
            params.extend((name, str(item)) for item in cast(Iterable[object], value))
    return params


def _instant(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("closed_since must be an aware datetime")
    return moment.isoformat()


def _similar(body: dict[str, Any]) -> dict[str, Any]:
    """A duplicates answer with each item's `case` read as a `Case`."""
    items = body.get("items") or []
    body["items"] = [
        {**item, "case": Case.from_json(item["case"])}
        if isinstance(item.get("case"), dict)
        else item
        for item in items
    ]
    return body


class ApiClient:
    """A client of one cc-server; safe to share between worker threads, never the GUI's."""

    def __init__(self, base_url: str, *, timeout: float = 10.0, retries: int = 3) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.user: UserSession | None = None
        self.renewer: Renewer | None = None  # what to do about a 401 (None: raise it)
        retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            redirect=0,
            backoff_factor=0.2,
            backoff_max=2.0,
            status_forcelist=(502, 503, 504),
            # POST is retried only through this session, and only with an Idempotency-Key:
            # the server replays the first result of a key instead of acting twice.
            allowed_methods=frozenset({"GET", "HEAD", "POST"}),
            raise_on_status=False,
            respect_retry_after_header=True,
        )
        self._retrying = _session(retry, self.base_url)
        # Sign-in and the long poll: no retries here (the feed follower has its own backoff).
        self._once = _session(0, self.base_url)

    # -- plumbing -------------------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """The JSON answer of a call (None for 204 No Content); the feature modules of
        `console.api` build on it."""
        response = self._response(method, path, **kwargs)
        if response.status_code == 204:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise ApiError(
                response.status_code,
                "Unreadable answer",
                "The server sent an answer the console cannot read; is this a cc-server?",
                {},
            ) from exc

    def request_object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """request() for a call whose answer is a JSON object (the server's contract)."""
        return cast(dict[str, Any], self.request(method, path, **kwargs))

    def download(self, path: str, **kwargs: Any) -> bytes:
        """The raw bytes of a GET (a PDF, a picture): failures raise like request()."""
        return self._response("GET", path, **kwargs).content

    def request_items(self, method: str, path: str, **kwargs: Any) -> list[dict[str, Any]]:
        """The `items` list of a call whose answer is a JSON object with one."""
        return cast(list[dict[str, Any]], self.request_object(method, path, **kwargs)["items"])

    def _response(
        self,
        method: str,
        path: str,
        *,
        retry: bool = True,
        read_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        renew: bool = True,
        **kwargs: Any,
    ) -> requests.Response:
        guard = _thread_guard
        if guard is not None:
            guard()
        user = self.user
        try:
            return self._send(method, path, user, retry, read_timeout, headers, kwargs)
        except Unauthorized as error:
            # The session expired or was revoked: once signed in again, the same request is
            # sent once more (a second 401 stands: no loop). Sign-in calls never renew.
            renewer = self.renewer
            if not renew or user is None or renewer is None or not renewer(user, error):
                raise
            log.info("%s %s: sent again after signing in again", method, path)
            return self._send(method, path, self.user, retry, read_timeout, headers, kwargs)

    def _send(
        self,
        method: str,
        path: str,
        user: UserSession | None,
        retry: bool,
        read_timeout: float | None,
        headers: Mapping[str, str] | None,
        kwargs: dict[str, Any],
    ) -> requests.Response:
        all_headers = dict(headers or {})
        if user is not None:
            all_headers["Authorization"] = f"Bearer {user.token}"
        session = self._retrying if retry else self._once
        url = self.base_url + path
        try:
            response = session.request(
                method,
                url,
                headers=all_headers,
                timeout=(self.timeout, read_timeout or self.timeout),
                **kwargs,
            )
        except requests.RequestException as exc:
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise error_from_exception(exc, self.base_url) from exc
        log.debug("%s %s -> %s", method, path, response.status_code)
        if not response.ok:
            raise error_from_response(response)
        return response

    # -- auth and reference ---------------------------------------------------------------

    def login(self, username: str, password: str) -> UserSession:
        """Sign in; the token is kept for later calls."""
        body = self.request(
            "POST",
            "/api/v1/auth/token",
            retry=False,
            renew=False,
            data={"username": username, "password": password},
        )
        return self._keep_session(body, username)

    def change_password(self, old_password: str, new_password: str) -> UserSession:
        """Choose a new password (the signed-in user's own); the fresh token is kept."""
        body = self.request(
            "POST",
            "/api/v1/auth/password",
            retry=False,
            renew=False,
            json={"old_password": old_password, "new_password": new_password},
        )
        return self._keep_session(body, self.user.username if self.user else "")

    def _keep_session(self, body: dict[str, Any], username: str) -> UserSession:
        user = body.get("user") or {}
        self.user = UserSession(
            token=body["access_token"],
            username=user.get("username", username),
            display_name=user.get("display_name", username),
            role=user.get("role", ""),
            department=user.get("department"),
            expires_at=body.get("expires_at", ""),
            must_change_password=bool(body.get("must_change_password")),
        )
        return self.user

    def health(self) -> dict[str, Any]:
        """GET /healthz: status, database dialect, demo flag and feed head."""
        return self.request_object("GET", "/healthz")

    def reference(self) -> dict[str, Any]:
        """Streets, communities, grids, departments, categories (with SLA), roles, and the
        lifecycle's rules, which become the console's rules here (console/api/rules.py)."""
        data: dict[str, Any] = self.request("GET", "/api/v1/reference")
        rules.install_from_reference(data)
        return data

    # -- cases ----------------------------------------------------------------------------

    def list_cases(
        self,
        *,
        filters: Mapping[str, str | int | bool | Sequence[str]] | None = None,
        sort: str = "-id",
        cursor: str | None = None,
        limit: int = 200,
        closed_since: datetime | None = None,
    ) -> CasePage:
        """One page of cases matching `filters` (state, color, channel, q, open, ...)."""
        params = _query(filters)
        if closed_since is not None:
            params.append(("closed_since", _instant(closed_since)))
        params.append(("sort", sort))
        params.append(("limit", str(limit)))
        if cursor:
            params.append(("cursor", cursor))
        body = self.request("GET", "/api/v1/cases", params=params)
        return CasePage(
            items=body["items"], next_cursor=body.get("next_cursor"), feed_seq=body["feed_seq"]
        )

    def iter_cases(
        self,
        *,
        filters: Mapping[str, str | int | bool | Sequence[str]] | None = None,
        sort: str = "-id",
        limit: int = 500,
        closed_since: datetime | None = None,
    ) -> Iterator[CasePage]:
        """Every page until the last; follow the feed from the FIRST page's feed_seq."""
        cursor: str | None = None
        while True:
            page = self.list_cases(
                filters=filters, sort=sort, cursor=cursor, limit=limit, closed_since=closed_since
            )
            yield page
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def stream_cases(
        self,
        *,
        filters: Mapping[str, str | int | bool | Sequence[str]] | None = None,
        closed_since: datetime | None = None,
        rows: bool = False,
        pause: Callable[[], None] | None = None,
    ) -> Iterator[CaseBatch]:
        """Every case matching `filters` in one answer (GET /api/v1/cases/snapshot), most
        urgent first, as batches: the first one small (a first screenful), the others up to
        500 cases; at least one (empty if nothing matches). Follow the feed from the
        batches' `feed_seq`. `closed_since` (aware) leaves out the cases that ended before it
        (open cases are all there). `rows`: each case a list of its values in the order of
        the batches' `fields` (half the bytes of case dicts, read faster). `pause`, if given,
        is called before each batch is parsed (a worker giving way to the GUI thread:
        console/gui_turn.py). For worker threads only, as every call of this client.

        Raises ApiError if the answer stops before its end (a cut connection, a server that
        failed midway): what was yielded until then is not the whole set. Closing the
        iterator early closes the connection.
        """
        params = _query(filters)
        if closed_since is not None:
            params.append(("closed_since", _instant(closed_since)))
        if rows:
            params.append(("form", "rows"))
        response = self._response(
            "GET",
            "/api/v1/cases/snapshot",
            params=params,
            stream=True,
            headers={"Accept": "application/x-ndjson, application/problem+json"},
        )
        with response:
            batches = snapshot_batches(lines(response.iter_content(SNAPSHOT_CHUNK)), pause)
            while True:
                try:
                    batch = next(batches, None)
                except requests.RequestException as exc:  # cut, or no more data in time
                    log.info("GET /api/v1/cases/snapshot stopped: %s", type(exc).__name__)
                    raise cut(f"{type(exc).__name__}") from exc
                if batch is None:
                    return
                yield batch
                batch = None  # (as in snapshot_batches: one parsed line alive at a time)
                guard = _thread_guard  # the rest is read where the iteration goes on
                if guard is not None:
                    guard()

    def summary(self) -> dict[str, Any]:
        """Open cases by color and by state."""
        return self.request_object("GET", "/api/v1/cases/summary")

    def case(self, case_id: int) -> CaseDetail:
        """The case with history, attachments, escalations and suggested_department."""
        return CaseDetail.from_json(self.request_object("GET", f"/api/v1/cases/{int(case_id)}"))

    def create_case(
        self, body: Mapping[str, object], *, idempotency_key: str | None = None
    ) -> Case:
        """Report a new case; a fresh Idempotency-Key is made if none is given."""
        key = idempotency_key or str(uuid.uuid4())
        return Case.from_json(
            self.request_object(
                "POST", "/api/v1/cases", json=dict(body), headers={"Idempotency-Key": key}
            )
        )

    def act(
        self,
        case_id: int,
        action: str,
        version: int,
        *,
        idempotency_key: str | None = None,
        **fields: object,
    ) -> Case:
        """Take an action on the case version seen; returns the updated case."""
        key = idempotency_key or str(uuid.uuid4())
        body: dict[str, object] = {"action": action, "version": version}
        body.update({name: value for name, value in fields.items() if value is not None})
        answer = self.request_object(
            "POST",
            f"/api/v1/cases/{int(case_id)}/actions",
            json=body,
            headers={"Idempotency-Key": key},
        )
        return Case.from_json(answer)

    def add_attachment(
        self,
        case_id: int,
        photo: bytes,
        filename: str,
        *,
        caption: str = "",
        content_type: str = "image/jpeg",
        idempotency_key: str | None = None,
    ) -> CaseDetail:
        """Keep a photo (e.g. a video frame) as evidence; returns the case and `attachments`
        (a detail without history nor escalations)."""
        key = idempotency_key or str(uuid.uuid4())
        answer = self.request_object(
            "POST",
            f"/api/v1/cases/{int(case_id)}/attachments",
            data={"caption": caption},
            files={"photo": (filename, photo, content_type)},
            headers={"Idempotency-Key": key},
        )
        return CaseDetail.from_json(answer)

    # -- cameras --------------------------------------------------------------------------

    def cameras(
        self, *, street: str | None = None, kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Every camera (and the city relay), ordered by street and name."""
        params = _query({"street": street, "kind": kind})
        return self.request_items("GET", "/api/v1/cameras", params=params)

    def nearest_cameras(self, case_id: int, limit: int = 4) -> list[dict[str, Any]]:
        """The cameras nearest to a case, nearest first, each with `distance_m`."""
        params = {"case_id": int(case_id), "limit": int(limit)}
        return self.request_items("GET", "/api/v1/cameras/nearest", params=params)

    # -- dispatch aids --------------------------------------------------------------------

    def photo(self, attachment_id: int, *, thumbnail: bool = False) -> bytes:
        """An attachment's image bytes, or its thumbnail's (at most 240 px a side).

        Thumbnails are tried once: many may be asked for at a time, and a server that does
        not answer must not hold the shared workers for minutes of retries.
        """
        suffix = "/thumbnail" if thumbnail else ""
        path = f"/api/v1/attachments/{attachment_id}{suffix}"
        return self._response("GET", path, retry=not thumbnail).content

    def routing(self, case_id: int) -> dict[str, Any]:
        """Departments to dispatch to, best first (`suggestions`), and the case's `returns`."""
        return self.request_object("GET", f"/api/v1/cases/{int(case_id)}/routing")

    def duplicates(self, case_id: int, radius_m: float = 500, hours: float = 72) -> dict[str, Any]:
        """Open cases likely to report the same matter (`items`: case (a `Case`), score,
        distance_m)."""
        params = {"radius_m": radius_m, "hours": hours}
        path = f"/api/v1/cases/{int(case_id)}/duplicates"
        return _similar(self.request_object("GET", path, params=params))

    def deadline(
        self, case_id: int, action: str, extension_minutes: int | None = None
    ) -> dict[str, Any]:
        """The SLA clock the case would run if `action` were taken now (nothing is saved)."""
        params: dict[str, object] = {"action": action}
        if extension_minutes is not None:
            params["extension_minutes"] = int(extension_minutes)
        return self.request_object("GET", f"/api/v1/cases/{int(case_id)}/deadline", params=params)

    def duplicates_of_report(
        self,
        category: str,
        *,
        address: str = "",
        street: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        radius_m: float = 500,
        hours: float = 72,
    ) -> dict[str, Any]:
        """Open cases like a report not yet created: `street` (detected code) and `items`
        (each with its `case` as a `Case`)."""
        params = _query(
            {
                "category": category,
                "address": address or None,
                "street": street,
                "lat": lat,
                "lon": lon,
                "radius_m": radius_m,
                "hours": hours,
            }
        )
        return _similar(self.request_object("GET", "/api/v1/duplicates", params=params))

    # -- feed -----------------------------------------------------------------------------

    def events(self, after: int, *, wait: float = 25.0, limit: int = 500) -> EventBatch:
        """Feed events after `after`, waiting up to `wait` s for news (not retried)."""
        body = self.request(
            "GET",
            "/api/v1/events",
            retry=False,
            read_timeout=wait + self.timeout,
            params={"after": after, "wait": wait, "limit": limit},
        )
        return EventBatch(events=body["events"], last_seq=body["last_seq"])

    def close(self) -> None:
        """Close the connection pools."""
        self._retrying.close()
        self._once.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        who = self.user.username if self.user else None
        return f"ApiClient({self.base_url!r}, user={who!r})"
