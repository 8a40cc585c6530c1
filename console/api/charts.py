"""The charts' server calls: economic indicators, case KPIs, river stats; imports no Qt."""

from __future__ import annotations

from typing import Any

from console.api.client import ApiClient


def _params(**values: object) -> dict[str, str]:
    """Query parameters without the unset ones (the server applies its defaults)."""
    return {name: str(value) for name, value in values.items() if value not in (None, "")}


class ChartsApi:
    """Reads for the charts pane and the admin's indicator import (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def _get(self, path: str, **params: object) -> dict[str, Any]:
        return self._client.request_object("GET", path, params=_params(**params))

    # -- economic indicators --------------------------------------------------------------

    def indicators(self) -> dict[str, Any]:
        """What exists: `indicators` (code, name, unit, color_rule), `areas`, `periods`."""
        return self._get("/api/v1/indicators")

    def scorecard(self, area: str | None = None, period: str | None = None) -> dict[str, Any]:
        """One row per indicator for an area and period (defaults: home area, latest)."""
        return self._get("/api/v1/indicators/scorecard", area=area, period=period)

    def series(
        self,
        code: str,
        areas: list[str] | None = None,
        start: str | None = None,
        end: str | None = None,
    ) -> dict[str, Any]:
        """An indicator's rows per area over the periods (`series`: area, home, points)."""
        return self._get(
            f"/api/v1/indicators/{code}/series",
            areas=",".join(areas) if areas else None,
            **{"from": start, "to": end},
        )

    def ranking(self, code: str, period: str | None = None) -> dict[str, Any]:
        """An indicator's rows of one period ordered by rank_value (default: latest period)."""
        return self._get(f"/api/v1/indicators/{code}/ranking", period=period)

    def review(self, period: str | None = None, area: str | None = None) -> dict[str, Any]:
        """One area's indicators for a month, quarter (2026-Q1) or year, compared and tiered
        (GET /indicators/review: the year-end, the gaps, the target, 开门红, the tiers)."""
        return self._get("/api/v1/indicators/review", period=period, area=area)

    def streets(self, code: str, period: str | None = None) -> dict[str, Any]:
        """One indicator by street (板块) for the period, ranked within the district."""
        return self._get(f"/api/v1/indicators/{code}/streets", period=period)

    def brief_pdf(self, period: str | None = None, area: str | None = None) -> bytes:
        """The 经济运行分析 brief of the period as A4 PDF bytes."""
        params = _params(period=period, area=area, format="pdf")
        return self._client.download("/api/v1/indicators/brief", params=params)

    def import_indicators(self, content: bytes) -> dict[str, Any]:
        """Upload the statistics bureau's CSV (admin); raises Invalid with per-line `errors`."""
        # Sent once (retry=False): it carries no Idempotency-Key, and a retry after a slow
        # answer would import the file again; a large sheet may take a while.
        return self._client.request_object(
            "POST",
            "/api/v1/indicators/import",
            retry=False,
            read_timeout=120,
            data=content,
            headers={"Content-Type": "text/csv"},
        )

    # -- case KPIs ------------------------------------------------------------------------

    def kpis(
        self,
        by: str,
        start: str | None = None,
        end: str | None = None,
        period: str | None = None,
    ) -> dict[str, Any]:
        """KPI rows per department or street (`rows`, `totals`, `weights`), drills never
        counted; over a named `period` (today, week, month, quarter) or from `start` to `end`."""
        return self._get("/api/v1/kpis", by=by, period=period, **{"from": start, "to": end})

    def kpi_cases(
        self,
        by: str,
        key: str,
        figure: str,
        start: str | None = None,
        end: str | None = None,
        period: str | None = None,
    ) -> dict[str, Any]:
        """The cases behind one figure of one row (`count`, `case_ids`, `cases` as CaseOut)."""
        return self._get(
            "/api/v1/kpis/cases",
            by=by,
            key=key,
            figure=figure,
            period=period,
            **{"from": start, "to": end},
        )

    def kpi_weights(self) -> dict[str, Any]:
        """The score's weights in force (`version`, tiers, rate weights, `formula`)."""
        return self._get("/api/v1/kpis/weights")

    def put_kpi_weights(self, body: dict[str, Any]) -> dict[str, Any]:
        """New weights (administrators); Conflict with `current` for a stale version."""
        return self._client.request_object("PUT", "/api/v1/kpis/weights", json=body, retry=False)

    def intake(self, start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """Cases created per hour by channel (`bucket_minutes`, `channels`, `buckets`)."""
        return self._get("/api/v1/kpis/intake", **{"from": start, "to": end})

    def overdue(self, start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """Open-and-overdue count over the period (`step_minutes`, `points`)."""
        return self._get("/api/v1/kpis/overdue", **{"from": start, "to": end})

    def river_stats(self, weeks: int = 8) -> dict[str, Any]:
        """Per river and week: patrols, km, problems found and resolved, debris tons."""
        return self._get("/api/v1/river-stats", weeks=weeks)
