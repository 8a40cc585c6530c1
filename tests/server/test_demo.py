"""The demo data: the seeded backlog, the simulator and the report texts."""

from __future__ import annotations

import logging
import random
import re
import time
from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from server.db import utcnow
from server.demo import texts, texts_data
from server.demo.backlog import seed_backlog
from server.demo.simulator import Simulator
from server.models import Case, CaseAction, Escalation
from server.schemas.case import CHANNELS, ActionRequest, CaseCreate
from server.services.cases import apply_action, create_case
from server.services.lifecycle import OPEN_STATES, STATES, Actor
from server.state import AppState

HAN = re.compile(r"[\u4e00-\u9fff]")
MOBILE = re.compile(r"^1[3-9]\d{9}$")


def _cases(state: AppState) -> list[Case]:
    with state.db.read() as session:
        cases = list(session.scalars(select(Case).order_by(Case.id)))
        session.expunge_all()  # keep them loaded: the read session ends in a rollback
    return cases


def _callback_results(state: AppState) -> list[str]:
    with state.db.read() as session:
        payloads = session.scalars(
            select(CaseAction.payload).where(CaseAction.action == "callback")
        )
        return [payload["result"] for payload in payloads]


def test_backlog_covers_every_state_channel_and_color(state: AppState) -> None:
    """300 consistent cases of the last ten days: every state, channel and color; seeded once."""
    assert seed_backlog(state) == 300
    cases = _cases(state)
    assert len(cases) == 300
    assert set(Counter(c.state for c in cases)) == set(STATES)
    assert set(Counter(c.channel for c in cases)) == set(CHANNELS)
    assert {c.urgency for c in cases} == {"normal", "urgent", "emergency"}
    assert not any(c.drill for c in cases)
    assert all(HAN.search(c.title) or c.channel == "open311" for c in cases)
    assert all(c.title.strip() and c.street_id is not None for c in cases)
    now = utcnow()
    assert min(c.created_at for c in cases) >= now - timedelta(days=10, minutes=5)

    colors = Counter(c.color for c in cases if c.state in OPEN_STATES)
    open_count = sum(colors.values())
    assert set(colors) == {"green", "yellow", "red"}
    assert colors["green"] / open_count > 0.5
    assert 0.1 <= colors["yellow"] / open_count <= 0.3
    assert 0.07 <= colors["red"] / open_count <= 0.25
    # The ladder ran at the real clock: every running red case has its 督办 item open.
    with state.db.read() as session:
        supervised = set(
            session.scalars(
                select(Escalation.case_id).where(
                    Escalation.kind == "supervise", Escalation.status == "open"
                )
            )
        )
    running_red = {c.id for c in cases if c.color == "red" and c.sla_paused_at is None}
    assert running_red and running_red <= supervised
    assert all(c.due_at is None for c in cases if c.state in ("closed", "voided", "merged"))

    assert {1, 2} <= {c.return_count for c in cases}
    by_id = {c.id: c for c in cases}
    merged = [c for c in cases if c.state == "merged"]
    assert all(c.parent_id in by_id and by_id[c.parent_id].state != "voided" for c in merged)
    callbacks = _callback_results(state)
    assert {"satisfied", "unsatisfied"} <= set(callbacks), callbacks
    # An unsatisfied callback reopens the case, which clears its last callback.
    assert "satisfied" in {c.last_callback for c in cases}

    _assert_histories_consistent(state)
    assert seed_backlog(state) == 0
    assert len(_cases(state)) == 300


def _assert_histories_consistent(state: AppState) -> None:
    """Each history starts with create and chains states, versions and times without a gap."""
    now = utcnow()
    with state.db.read() as session:
        cases = {c.id: c for c in session.scalars(select(Case))}
        history: dict[int, list[CaseAction]] = defaultdict(list)
        for entry in session.scalars(select(CaseAction).order_by(CaseAction.id)):
            history[entry.case_id].append(entry)
        session.expunge_all()
    assert set(history) == set(cases)
    actions = Counter(entry.action for entries in history.values() for entry in entries)
    for action in ("register", "dispatch", "sign", "return", "resolve", "verify_pass", "callback"):
        assert actions[action] > 0, action
    for case_id, entries in history.items():
        first = entries[0]
        assert (first.action, first.from_state, first.to_state) == ("create", None, "reported")
        assert first.version == 1
        for previous, entry in zip(entries, entries[1:], strict=False):
            assert entry.from_state == previous.to_state, (case_id, entry.action)
            assert entry.version > previous.version
            assert entry.created_at >= previous.created_at
            if entry.actor_role == "department":
                assert entry.actor_id is None and entry.actor_name
        case = cases[case_id]
        assert entries[-1].to_state == case.state
        assert entries[-1].version == case.version
        assert entries[-1].created_at <= now


def test_simulator_reports_cases_and_plays_the_departments(state: AppState) -> None:
    """At a high rate it files new cases, signs and resolves some, and stops promptly."""
    seed_backlog(state, count=40, seed=3)
    drill_id, drill_version = _dispatched_drill_case(state)
    simulator = Simulator(state, 600, seed=11)
    simulator.SIGN_AFTER = simulator.MIN_HANDLING = timedelta(0)
    began = utcnow()
    simulator.start()
    deadline = time.monotonic() + 30  # generous: CI machines are shared
    while time.monotonic() < deadline:
        if simulator.created >= 5 and simulator.actions["sign"] and simulator.actions["resolve"]:
            break
        time.sleep(0.1)
    simulator.stop()
    assert not simulator.running, "stop() ends the thread"
    assert simulator.created >= 5
    with state.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 41 + simulator.created
        done = Counter(
            session.scalars(
                select(CaseAction.action).where(
                    CaseAction.actor_role == "department", CaseAction.created_at >= began
                )
            )
        )
        drill = session.get(Case, drill_id)
        session.expunge_all()
    assert done["sign"] >= 1 and done["resolve"] >= 1
    assert done["sign"] == simulator.actions["sign"]
    assert drill is not None and (drill.state, drill.version) == ("dispatched", drill_version)


def test_simulator_survives_failures(
    state: AppState, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An error in one iteration is logged and the thread carries on until stopped."""

    def broken(*_args: object, **_kwargs: object) -> CaseCreate:
        raise RuntimeError("texts unavailable")

    monkeypatch.setattr(texts, "make_report", broken)
    simulator = Simulator(state, 600, seed=1)
    with caplog.at_level(logging.ERROR, logger="server.demo.simulator"):
        simulator.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "iteration failed" not in caplog.text:
            time.sleep(0.05)
        assert "iteration failed" in caplog.text
        assert simulator.running, "a failed iteration does not end the simulator"
        simulator.stop()
    assert not simulator.running


def test_make_report_is_valid_and_names_its_street(state: AppState) -> None:
    """Every channel, category and street yields a valid report the server places right."""
    ref = state.reference.get()
    rng = random.Random(5)
    grids = {g.code: g for g in ref.grids.values()}
    categories = sorted(texts_data.TEMPLATES)
    for i in range(600):
        street = rng.choice(list(ref.streets.values()))
        channel = CHANNELS[i % len(CHANNELS)] if i % 7 else None
        category = categories[i % len(categories)] if i % 3 == 0 else None
        report = texts.make_report(rng, ref, channel, category=category, street=street.code)
        assert CaseCreate.model_validate(report.model_dump()) == report
        assert street.name in report.address
        detected = ref.street_in_address(report.address)
        assert detected is not None and detected.id == street.id, report.address
        assert report.category in ref.category_by_code
        assert channel is None or report.channel == channel
        assert report.lat is not None and abs(report.lat - street.lat) < 0.01
        assert report.lon is not None and abs(report.lon - street.lon) < 0.01
        assert report.title and report.description
        if report.channel != "open311":
            assert HAN.search(report.title) and HAN.search(report.description)
        if report.channel in ("hotline_12345", "grid", "river_patrol"):
            assert MOBILE.match(report.reporter_phone), report.reporter_phone
        if report.community:
            community = next(c for c in ref.communities.values() if c.name == report.community)
            assert community.street_id == street.id
        if report.grid:
            assert ref.communities[grids[report.grid].community_id].name == report.community
    default = texts.make_report(random.Random(1), ref)
    assert default.channel in CHANNELS


def _dispatched_drill_case(state: AppState) -> tuple[int, int]:
    """A drill case dispatched to a department: the simulator must leave it alone."""
    ref = state.reference.get()
    trainer = Actor(None, "培训员", "trainer")
    report = texts.make_report(random.Random(9), ref, "hotline_12345", category="noise")
    with state.db.write() as session:
        now = utcnow()
        case = create_case(session, data=report, actor=trainer, ref=ref, sla=state.sla, now=now)
        for request in (
            ActionRequest(action="register"),
            ActionRequest(action="dispatch", department="ecology"),
        ):
            case = apply_action(
                session,
                case_id=case.id,
                request=request,
                version=case.version,
                actor=trainer,
                ref=ref,
                sla=state.sla,
                now=now,
            )
        return case.id, case.version
