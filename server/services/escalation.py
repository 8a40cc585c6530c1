"""The escalation ladder, run on a schedule: yellow → 催办, red → 督办, red 5 more days → 通报.

Each rung happens once per step clock (a unique row per case, epoch and kind), also with
several server processes: each case is locked while its rung is applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Case, Escalation
from server.services.cases import publish, record
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import color_at

SYSTEM = Actor(user_id=None, name="系统", role="system")
BATCH = 200


@dataclass(frozen=True)
class Rung:
    """One rung of the ladder: the action recorded, the level it raises the case to."""

    kind: str
    action: str
    level: int
    note: str


REMIND = Rung("remind", "auto_remind", 1, "将超时：已向承办人催办")
SUPERVISE = Rung("supervise", "auto_supervise", 2, "已超时：已转值班长督办")
NOTICE = Rung("notice", "auto_notice", 3, "超时5个工作日：列入通报")


def due_ids(session: Session, now: datetime, limit: int = BATCH) -> list[int]:
    """Running cases whose color is behind the clock, or due for 通报 (cheap, index-only)."""
    running = Case.sla_paused_at.is_(None)
    queries = (
        # green past warn_at (also catches green past due_at, since warn_at <= due_at)
        select(Case.id).where(Case.color == "green", Case.warn_at <= now, running),
        select(Case.id).where(Case.color == "yellow", Case.due_at <= now, running),
        select(Case.id).where(
            Case.color == "red",
            Case.notice_at <= now,
            Case.escalation_level < NOTICE.level,
            running,
        ),
    )
    ids: set[int] = set()
    for query in queries:
        ids.update(session.scalars(query.limit(limit)))
    return sorted(ids)[:limit]


def lock_cases(session: Session, ids: list[int]) -> list[Case]:
    """The cases, locked for update (other processes skip them meanwhile)."""
    if not ids:
        return []
    stmt = select(Case).where(Case.id.in_(ids)).order_by(Case.id).with_for_update(skip_locked=True)
    return list(session.scalars(stmt))


def rungs_reached(case: Case, now: datetime) -> list[Rung]:
    """The rungs a case has reached by `now` that it may not have been given yet."""
    assert case.warn_at is not None and case.due_at is not None
    color = color_at(case.warn_at, case.due_at, now)
    rungs = []
    if color in ("yellow", "red"):
        rungs.append(REMIND)
    if color == "red":
        rungs.append(SUPERVISE)
        if case.notice_at is not None and now >= case.notice_at:
            rungs.append(NOTICE)
    return rungs


def tick(session: Session, ref: ReferenceData, now: datetime, ids: list[int] | None = None) -> int:
    """Recolor due cases (`ids`, else all found) and climb their ladder; returns how many."""
    changed = 0
    for case in lock_cases(session, due_ids(session, now) if ids is None else ids):
        if case.sla_paused_at is not None or case.warn_at is None or case.due_at is None:
            continue  # changed meanwhile by an action
        given = set(
            session.scalars(
                select(Escalation.kind).where(
                    Escalation.case_id == case.id, Escalation.epoch == case.sla_epoch
                )
            )
        )
        new_rungs = [rung for rung in rungs_reached(case, now) if rung.kind not in given]
        assert case.warn_at is not None and case.due_at is not None
        case.color = color_at(case.warn_at, case.due_at, now)
        if not new_rungs:
            # Only the color moved (its rung was given before a pause, say).
            case.version += 1
            case.updated_at = now
            entry = record(session, case, "recolor", SYSTEM, now, from_state=case.state)
            publish(session, "case.escalated", case, entry, ref, now)
            changed += 1
            continue
        for rung in new_rungs:
            session.add(
                Escalation(
                    case_id=case.id,
                    epoch=case.sla_epoch,
                    kind=rung.kind,
                    step=case.sla_step or "",
                    status="open" if rung.kind == "supervise" else "closed",
                    created_at=now,
                )
            )
            case.escalation_level = max(case.escalation_level, rung.level)
            case.version += 1
            case.updated_at = now
            entry = record(
                session,
                case,
                rung.action,
                SYSTEM,
                now,
                from_state=case.state,
                note=rung.note,
                payload={"kind": rung.kind, "step": case.sla_step, "color": case.color},
            )
            publish(session, "case.escalated", case, entry, ref, now)
        changed += 1
    return changed
