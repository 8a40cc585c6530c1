"""Drills over an ApiClient (docs/api-drills.md): scenarios, a run's controls and state, its
scoreboard and after-action report, the input counts a trainee's console reports, and the
trainer acting as a department (or the supervisor) on a drill case.

Plain functions for worker threads (no Qt here); every answer is typed by
console/contract/drills.py, stamped with the console's time of arrival so that the drill
clock can be ticked on without asking again.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from console.api.client import ApiClient
from console.contract import Case
from console.contract.drill_reports import Report
from console.contract.drill_scenarios import ScenarioInfo, scenarios_from_json
from console.contract.drills import (
    Run,
    RunSummary,
    Trainee,
    runs_from_json,
    trainees_from_json,
)

__all__ = [
    "act_as",
    "control",
    "report",
    "report_pdf",
    "report_input",
    "reset",
    "run",
    "runs",
    "scenarios",
    "set_speed",
    "start",
    "trainees",
]

BASE = "/api/v1/drills"
CONTROLS = ("pause", "resume", "stop")


def scenarios(client: ApiClient) -> tuple[ScenarioInfo, ...]:
    """Every scenario file of the server, runnable or with its errors."""
    return scenarios_from_json(client.request_object("GET", f"{BASE}/scenarios"))


def trainees(client: ApiClient) -> tuple[Trainee, ...]:
    """The drill accounts a run may name, by username."""
    return trainees_from_json(client.request_object("GET", f"{BASE}/trainees"))


def runs(
    client: ApiClient,
    *,
    scenario: str | None = None,
    status: str | None = None,
    trainee: str | None = None,
    limit: int = 100,
) -> tuple[RunSummary, ...]:
    """Runs newest first: of a scenario, of a status, of a trainee (`trainee=me,
    status=running`: the run a trainee's console switches into)."""
    params: list[tuple[str, str]] = [("limit", str(int(limit)))]
    for name, value in (("scenario", scenario), ("status", status), ("trainee", trainee)):
        if value:
            params.append((name, value))
    body = client.request_object("GET", f"{BASE}/runs", params=params)
    return runs_from_json(body, time.time())


def run(client: ApiClient, run_id: int) -> Run:
    """The run now (the server brings it up to its clock first)."""
    return _run(client.request_object("GET", f"{BASE}/runs/{int(run_id)}"))


def start(
    client: ApiClient,
    *,
    scenario: str,
    trainees: list[str],
    speed: int,
    start_at: datetime | None = None,
) -> Run:
    """Start a run of a scenario file for these trainees (usernames) at 1×, 2× or 5×, its
    clock at `start_at` (aware; None: the scenario's own first instant)."""
    body: dict[str, Any] = {"scenario": scenario, "trainees": trainees, "speed": speed}
    if start_at is not None:
        body["start_at"] = start_at.isoformat()
    return _run(client.request_object("POST", f"{BASE}/runs", json=body))


def control(client: ApiClient, run_id: int, command: str) -> Run:
    """Pause, resume or stop the run; the run as it is afterwards."""
    if command not in CONTROLS:
        raise ValueError(f"not a run control: {command}")
    return _run(client.request_object("POST", f"{BASE}/runs/{int(run_id)}/{command}"))


def set_speed(client: ApiClient, run_id: int, speed: int) -> Run:
    """Run the drill clock at 1×, 2× or 5× from now on."""
    path = f"{BASE}/runs/{int(run_id)}/speed"
    return _run(client.request_object("POST", path, json={"speed": speed}))


def reset(client: ApiClient, run_id: int) -> Run:
    """Stop the run and start its scenario again: the answer is the new run."""
    return _run(client.request_object("POST", f"{BASE}/runs/{int(run_id)}/reset"))


def report(client: ApiClient, run_id: int) -> Report:
    """The after-action report: each inject's score and findings, the timeline."""
    body = client.request_object("GET", f"{BASE}/runs/{int(run_id)}/report")
    return Report.from_json(body, time.time())


def report_pdf(client: ApiClient, run_id: int) -> bytes:
    """The after-action report as the server renders it (an A4 PDF)."""
    path = f"{BASE}/runs/{int(run_id)}/report.pdf"
    response = client._response("GET", path, headers={"Accept": "application/pdf"})
    return response.content


def report_input(
    client: ApiClient, run_id: int, *, trainee: str, inject: str, keystrokes: int, clicks: int
) -> None:
    """What this trainee's console counted handling one inject (the server keeps the last)."""
    body = {"trainee": trainee, "inject": inject, "keystrokes": keystrokes, "clicks": clicks}
    client.request("POST", f"{BASE}/runs/{int(run_id)}/input-stats", json=body)


def act_as(
    client: ApiClient,
    case_id: int,
    action: str,
    version: int,
    *,
    department: str | None = None,
    supervisor: bool = False,
    fields: Mapping[str, object] | None = None,
    idempotency_key: str | None = None,
) -> Case:
    """Take an action on a drill case as a department (`department`, default the case's) or
    as the supervisor (值班长); the updated case."""
    body: dict[str, object] = {"action": action, "version": version}
    for name, value in (fields or {}).items():
        if value is not None and value != "":
            body[name] = value
    params: list[tuple[str, str]] = []
    if supervisor:
        params.append(("role", "supervisor"))
    elif department:
        params.append(("department", department))
    answer = client.request_object(
        "POST",
        f"{BASE}/cases/{int(case_id)}/actions",
        params=params,
        json=body,
        headers={"Idempotency-Key": idempotency_key or str(uuid.uuid4())},
    )
    return Case.from_json(answer)


def _run(body: dict[str, Any]) -> Run:
    return Run.from_json(body, time.time())
