"""The escalation ladder, run on a schedule: yellow → 催办, red → 督办, red 5 more days → 通报.

Each rung happens once per step clock (a unique row per case, epoch and kind), also with
several server processes: each case is locked while its rung is applied. A 督办 issued by
hand (services/supervision.py) gives the 督办 rung of its clock, so the ladder goes on to
通报 only. The 通报 bulletin is rendered after the ladder's transaction
(services/bulletin.py), never inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Case, Escalation
from server.services.case_trail import publish, record
from server.services.cases import SUPERVISE_LEVEL
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import color_at, next_check_at

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
SUPERVISE = Rung("supervise", "auto_supervise", SUPERVISE_LEVEL, "已超时：已转值班长督办")
NOTICE = Rung("notice", "auto_notice", 3, "超时5个工作日：列入通报")


def due_ids(
    session: Session, now: datetime, limit: int = BATCH, *, drill_run_id: int | None = None
) -> list[int]:
    """Running cases owed a rung of their current step clock, or whose color is behind it,
    the longest waiting first: one range of the index on `sla_next_at`.

    The cases of drill runs count on their run's clock, not on the real one: without
    `drill_run_id` they are left out (the scheduler's real `now`), with it only that run's
    cases are looked at (`now` being the run's drill time).
    """
    run = Case.drill_run_id.is_(None) if drill_run_id is None else Case.drill_run_id == drill_run_id
    return list(
        session.scalars(
            select(Case.id)
            .where(Case.sla_next_at <= now, run)
            .order_by(Case.sla_next_at, Case.id)
            .limit(limit)
        )
    )


def lock_cases(session: Session, ids: list[int]) -> list[Case]:
    """The cases, locked for update (other processes skip them meanwhile)."""
    if not ids:
        return []
    stmt = select(Case).where(Case.id.in_(ids)).order_by(Case.id).with_for_update(skip_locked=True)
    return list(session.scalars(stmt))


def rungs_reached(case: Case, now: datetime) -> list[Rung]:
    """The rungs of the current step clock reached by `now` and not given yet, in order."""
    assert case.warn_at is not None and case.due_at is not None
    reached = []
    if now >= case.warn_at:
        reached.append(REMIND)
    if now >= case.due_at:
        reached.append(SUPERVISE)
        if case.notice_at is not None and now >= case.notice_at:
            reached.append(NOTICE)
    return [rung for rung in reached if rung.level > case.sla_rung]


def tick(
    session: Session,
    *,
    ref: ReferenceData,
    now: datetime,
    ids: list[int] | None = None,
    feed_at: datetime | None = None,
) -> int:
    """Recolor due cases (`ids`, else all found) and climb their ladder; returns how many.

    A drill run's cases climb at its drill time `now`; their feed events are dated by the
    real instant `feed_at` all the same (the feed is pruned by it).
    """
    changed = 0
    feed_now = feed_at or now
    for case in lock_cases(session, due_ids(session, now) if ids is None else ids):
        if case.sla_paused_at is not None or case.warn_at is None or case.due_at is None:
            case.sla_next_at = None  # no running clock any more: an action came first
            continue
        color = color_at(case.warn_at, case.due_at, now)
        new_rungs = rungs_reached(case, now)
        if not new_rungs and color == case.color:
            # An action moved the case on since it was found due; its next check stands
            # (set again all the same, so that a case is never found due for nothing twice).
            case.sla_next_at = next_check_at(case)
            continue
        case.color = color
        if not new_rungs:
            _change(session, case, ref, (now, feed_now), "recolor", "", {"color": color})
        for rung in new_rungs:
            session.add(
                Escalation(
                    case_id=case.id,
                    epoch=case.sla_epoch,
                    kind=rung.kind,
                    step=case.sla_step or "",
                    # 督办 and 通报 stay open on the board until the case leaves the step.
                    status="closed" if rung.kind == "remind" else "open",
                    created_at=now,
                )
            )
            case.sla_rung = rung.level
            case.escalation_level = max(case.escalation_level, rung.level)
            payload: dict[str, object] = {"kind": rung.kind, "step": case.sla_step, "color": color}
            _change(session, case, ref, (now, feed_now), rung.action, rung.note, payload)
        case.sla_next_at = next_check_at(case)
        changed += 1
    return changed


def _change(
    session: Session,
    case: Case,
    ref: ReferenceData,
    at: tuple[datetime, datetime],  # the case's clock, the feed's
    action: str,
    note: str,
    payload: dict[str, object],
) -> None:
    now, feed_now = at
    case.version += 1
    case.updated_at = now
    entry = record(
        session,
        case=case,
        action=action,
        actor=SYSTEM,
        now=now,
        from_state=case.state,
        note=note,
        payload=payload,
    )
    publish(session, "case.escalated", case=case, entry=entry, ref=ref, now=feed_now)
