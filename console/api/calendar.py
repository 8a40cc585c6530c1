"""The holiday calendar's server calls (docs/api-admin.md); imports no Qt.

Writes are sent once (`retry=False`): an import retried after a slow answer would store and
move clocks twice in the admin log, and a PUT or DELETE is simply repeated by the officer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from console.api.client import ApiClient

HOLIDAY, WORKDAY = "holiday", "workday"


class CalendarApi:
    """Reads and writes of the holiday calendar (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def year(self, year: int) -> dict[str, Any]:
        """The year's `source` (library/entered/mixed/missing) and its non-ordinary `days`."""
        return self._client.request_object("GET", "/api/v1/calendar", params={"year": int(year)})

    def status(self) -> dict[str, Any]:
        """This year and next: `years`, `missing`, `warn_missing_next`, `today`."""
        return self._client.request_object("GET", "/api/v1/calendar/status")

    def set_day(self, day: date, kind: str, name: str) -> dict[str, Any]:
        """Enter a holiday or make-up workday (admin): `day` and `moved` (clocks moved)."""
        return self._client.request_object(
            "PUT",
            f"/api/v1/calendar/days/{day.isoformat()}",
            retry=False,
            json={"kind": kind, "name": name},
        )

    def clear_day(self, day: date) -> dict[str, Any]:
        """Back to the library's answer (admin): `date` and `moved`; 404 if nothing entered."""
        return self._client.request_object(
            "DELETE", f"/api/v1/calendar/days/{day.isoformat()}", retry=False
        )

    def import_notice(self, content: bytes) -> dict[str, Any]:
        """The State Council's notice as CSV (admin): `stored`, `moved`, `years`; or 422."""
        return self._client.request_object(
            "POST",
            "/api/v1/calendar/import",
            retry=False,
            read_timeout=120,
            data=content,
            headers={"Content-Type": "text/csv"},
        )
