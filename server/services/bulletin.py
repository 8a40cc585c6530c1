"""The 通报 bulletin: the document the ladder's third rung produces, kept with the case.

A bulletin names the case, its holder department, how late it is in working time, the
ladder's history and the case's trail; it is rendered twice, as an A4 PDF in Chinese and as
plain UTF-8 text, and kept as two attachments of the case (downloaded like any attachment).

Rendering a PDF with a CJK font takes a second or two, too long for the ladder's write
transaction (and the SQLite writer lock), and it is drawn in the PDF process
(server/services/pdf_render.py), never in the server's own. So the ladder only opens the 通报
item; the bulletin is made afterwards in three steps: read what it says (a read transaction),
render and stage the files (no transaction), record them (a short write transaction, which
checks again that no other process made it meanwhile), then move the files in. The scheduler
calls `generate_due` after each tick, and `POST /api/v1/supervision/{item}/bulletin` makes one
on demand; a failure is logged and left for the next tick.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from server.db import Database
from server.models import Attachment, Case, CaseAction, Escalation
from server.problems import Code, Problem, not_found
from server.services import pdf_render
from server.services.attachments import PhotoStore
from server.services.bulletin_pdf import Bulletin, draw_bulletin
from server.services.case_trail import publish, record
from server.services.escalation import SYSTEM
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.supervision import BULLETIN_KEY, bulletins_of, overdue_minutes
from server.services.workcalendar import SHANGHAI, WORK_MINUTES_PER_DAY

log = logging.getLogger(__name__)

# Bulletins made per scheduler tick at most (each takes a second or two in the PDF process).
PER_TICK = 5
PDF_TYPE = "application/pdf"
TEXT_TYPE = "text/plain; charset=utf-8"

RUNG_NAMES = {"remind": "催办", "supervise": "督办", "notice": "通报"}
STEP_NAMES = {
    "accept": "受理",
    "dispatch": "派遣",
    "sign": "签收",
    "handle": "处置",
    "verify": "核查",
}
ACTION_NAMES = {
    "create": "上报",
    "register": "立案",
    "void": "作废",
    "merge": "合并",
    "dispatch": "派遣",
    "sign": "签收",
    "return": "退回",
    "resolve": "办结",
    "request_park": "申请挂起",
    "park": "挂起",
    "reject_park": "驳回挂起",
    "unpark": "恢复",
    "verify_pass": "核查通过",
    "verify_fail": "核查不通过",
    "reopen": "重新处置",
    "urge": "催办",
    "supervise": "督办",
    "request_extension": "申请延期",
    "approve_extension": "批准延期",
    "reject_extension": "驳回延期",
    "callback": "回访",
    "comment": "备注",
    "escalate": "提级上报",
    "correct": "更正",
    "attach": "附件",
    "recolor": "变色",
    "auto_remind": "自动催办",
    "auto_supervise": "自动督办",
    "auto_notice": "列入通报",
}


# --- what it says ---------------------------------------------------------------------------


def compose(
    *,
    item: Escalation,
    case: Case,
    rungs: list[Escalation],
    trail: list[CaseAction],
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> Bulletin:
    """The bulletin of a 通报 item, from the case as it stands at `now`."""
    category = ref.categories.get(case.category_id)
    street = ref.streets.get(case.street_id) if case.street_id else None
    department = ref.departments.get(case.department_id) if case.department_id else None
    holder = department.name if department else "未派遣"
    late = overdue_minutes(case, sla, now)
    facts = [
        f"案件编号：{case.ref}",
        f"标题：{case.title}",
        f"地址：{case.address or '—'}",
        f"街道：{street.name if street else '—'}",
        f"类别：{category.name if category else '—'}",
        f"承办单位：{holder}",
        f"超时环节：{STEP_NAMES.get(item.step, item.step)}",
        f"截止时间：{_when(case.due_at)}",
        f"已超时：{working_duration(late)}",
        f"列入通报：{_when(item.created_at)}",
    ]
    ladder = [
        f"{_when(r.created_at)}  {RUNG_NAMES.get(r.kind, r.kind)}"
        f"（{STEP_NAMES.get(r.step, r.step)}环节）" + ("" if r.status == "open" else "，已结束")
        for r in rungs
    ]
    history = [
        f"{_when(e.created_at)}  {e.actor_name}  {ACTION_NAMES.get(e.action, e.action)}"
        + (f"：{e.note}" if e.note else "")
        for e in trail
    ]
    return Bulletin(
        title=f"通报：{case.ref}",
        subtitle=f"{holder}承办的案件“{case.title}”超时未办结",
        sections=[
            ("案件", facts),
            ("督办升级记录", ladder or ["—"]),
            ("办理过程", history or ["—"]),
        ],
        footer=f"崇川区城市运行管理指挥中心  生成于 {_when(now)}",
    )


def working_duration(minutes: int | None) -> str:
    """Working minutes in words: 2个工作日3小时15分钟."""
    if minutes is None:
        return "—（无计时）"
    if minutes <= 0:
        return "未超时"
    days, rest = divmod(minutes, WORK_MINUTES_PER_DAY)
    hours, mins = divmod(rest, 60)
    parts = [f"{days}个工作日" if days else "", f"{hours}小时" if hours else ""]
    parts.append(f"{mins}分钟" if mins or not (days or hours) else "")
    return "".join(parts) + f"（工作时间，共{minutes}分钟）"


def _when(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


# --- how it looks ---------------------------------------------------------------------------


def render_pdf(bulletin: Bulletin) -> bytes:
    """The bulletin as an A4 PDF with a CJK font, drawn in the PDF process."""
    return pdf_render.render(draw_bulletin, bulletin)


# --- keeping it with the case ---------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A bulletin ready to be drawn and recorded: its item, case, name and what it says."""

    item_id: int
    case_id: int
    name: str
    bulletin: Bulletin


def due_items(session: Session, *, limit: int = PER_TICK) -> list[int]:
    """Open 通报 items of live cases with no bulletin yet, the oldest first."""
    made = exists().where(
        and_(
            CaseAction.case_id == Escalation.case_id,
            CaseAction.action == "attach",
            CaseAction.actor_role == "system",
            CaseAction.created_at >= Escalation.created_at,
        )
    )
    stmt = (
        select(Escalation.id)
        .join(Case, Case.id == Escalation.case_id)
        .where(
            Escalation.kind == "notice",
            Escalation.status == "open",
            Case.drill.is_(False),
            ~made,
        )
        .order_by(Escalation.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def generate_due(
    db: Database, *, store: PhotoStore, ref: ReferenceData, sla: SlaClock, now: datetime
) -> int:
    """Make the bulletins still owed (a few per call); returns how many were made.

    Never raises for one bulletin: its failure is logged and it is tried again next time.
    """
    with db.read() as session:
        ids = due_items(session)
    made = 0
    for item_id in ids:
        try:
            generate(db, item_id=item_id, store=store, ref=ref, sla=sla, now=now)
            made += 1
        except pdf_render.PdfError as exc:  # the machine's fault (a font): said without a trace
            log.error(
                "通报 bulletin of item %s failed (%s); retried at the next tick", item_id, exc
            )
        except Exception:
            log.exception("通报 bulletin of item %s failed; retried at the next tick", item_id)
    return made


def generate(
    db: Database,
    *,
    item_id: int,
    store: PhotoStore,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> dict[str, Any]:
    """The bulletin of a 通报 item (`{pdf, txt}` as the board gives it), made if missing."""
    with db.read() as session:
        existing = _existing(session, item_id)
        if existing is not None:
            return existing
        draft = _draft(session, item_id=item_id, ref=ref, sla=sla, now=now)
    text = draft.bulletin.as_text().encode("utf-8")
    files = [(render_pdf(draft.bulletin), PDF_TYPE, "pdf"), (text, TEXT_TYPE, "txt")]
    staged = [_stage(store, data, ext) for data, _, ext in files]
    try:
        with db.write() as session:
            existing = _existing(session, item_id, lock_case=draft.case_id)
            if existing is not None:
                _discard(staged)
                return existing
            case = session.get(Case, draft.case_id)
            assert case is not None
            rows = [
                Attachment(
                    case_id=case.id,
                    filename=f"{draft.name}.{ext}",
                    content_type=content_type,
                    size=len(data),
                    storage_key=key,
                    caption=f"通报 {case.ref}",
                    created_by=SYSTEM.name,
                    created_at=now,
                )
                for (data, content_type, ext), (key, _) in zip(files, staged, strict=True)
            ]
            session.add_all(rows)
            session.flush()
            case.version += 1
            case.updated_at = now
            payload = {
                "attachments": [
                    {
                        "id": r.id,
                        "filename": r.filename,
                        "content_type": r.content_type,
                        "size": r.size,
                    }
                    for r in rows
                ],
                BULLETIN_KEY: item_id,
            }
            entry = record(
                session,
                case=case,
                action="attach",
                actor=SYSTEM,
                now=now,
                from_state=case.state,
                note=f"通报 {case.ref}",
                payload=payload,
            )
            publish(session, "case.action", case=case, entry=entry, ref=ref, now=now)
            answer: dict[str, Any] = bulletins_of(session, [case.id])[item_id]
    except BaseException:
        _discard(staged)
        raise
    for key, part in staged:
        os.replace(part, store.path(key))
    return answer


def _existing(
    session: Session, item_id: int, lock_case: int | None = None
) -> dict[str, Any] | None:
    if lock_case is not None:
        session.scalar(select(Case.id).where(Case.id == lock_case).with_for_update())
    item = session.get(Escalation, item_id)
    if item is None:
        return None
    return bulletins_of(session, [item.case_id]).get(item_id)


def _draft(
    session: Session, *, item_id: int, ref: ReferenceData, sla: SlaClock, now: datetime
) -> Draft:
    item = session.get(Escalation, item_id)
    case = session.get(Case, item.case_id) if item is not None else None
    if item is None or case is None or case.drill:
        raise not_found(f"Supervision item {item_id}")
    if item.kind != "notice":
        raise Problem(
            422,
            "Not a 通报 item",
            f"Item {item_id} is a {item.kind} item; only 通报 (notice) items have a bulletin.",
            code=Code.NOT_A_NOTICE,
            kind="illegal-action",
        )
    rungs = list(
        session.scalars(
            select(Escalation).where(Escalation.case_id == case.id).order_by(Escalation.id)
        )
    )
    trail = list(
        session.scalars(
            select(CaseAction).where(CaseAction.case_id == case.id).order_by(CaseAction.id)
        )
    )
    bulletin = compose(item=item, case=case, rungs=rungs, trail=trail, ref=ref, sla=sla, now=now)
    return Draft(
        item_id=item_id,
        case_id=case.id,
        name=f"通报-{case.ref}",
        bulletin=bulletin,
    )


def _stage(store: PhotoStore, data: bytes, ext: str) -> tuple[str, Path]:
    """Write a file under a temporary name beside its place (moved in after the commit)."""
    key = f"{uuid.uuid4().hex}.{ext}"
    final = store.path(key)
    part = final.with_name(final.name + ".part")
    store.dir.mkdir(parents=True, exist_ok=True, mode=0o750)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return key, part


def _discard(staged: list[tuple[str, Path]]) -> None:
    for _, part in staged:
        part.unlink(missing_ok=True)
