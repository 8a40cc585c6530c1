"""Cases, their immutable audit trail, attachments and escalations."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db import Base, UTCDateTime


class Case(Base):
    """A governance case (工单) with its lifecycle state and SLA clock."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(24), unique=True, nullable=True)
    channel: Mapped[str] = mapped_column(String(20))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    urgency: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    street_id: Mapped[int | None] = mapped_column(ForeignKey("streets.id"), nullable=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), nullable=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"), nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    reporter_name: Mapped[str] = mapped_column(String(80), default="")
    reporter_phone: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    return_count: Mapped[int] = mapped_column(Integer, default=0)
    drill: Mapped[bool] = mapped_column(Boolean, default=False)
    drill_run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Satisfaction of the latest 回访 callback, which decides whether reopen is allowed.
    last_callback: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # Extension minutes requested and awaiting a supervisor, if any.
    extension_pending_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The reason of a park request (申请挂起) awaiting a supervisor, if any.
    park_pending: Mapped[str | None] = mapped_column(Text, nullable=True)
    # A case the city center handed over (交办) carries the city's reference and deadline.
    external_ref: Mapped[str | None] = mapped_column(String(40), nullable=True)
    external_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A camera sighting: the registry code of the camera it was seen on.
    camera_code: Mapped[str | None] = mapped_column(String(40), nullable=True)

    # The SLA clock of the current step (None when the case is not running a clock).
    sla_step: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # Incremented with every new step clock; escalations happen once per epoch.
    sla_epoch: Mapped[int] = mapped_column(Integer, default=0)
    # The highest rung of the ladder given in this epoch: 0 none, 1 催办, 2 督办, 3 通报.
    sla_rung: Mapped[int] = mapped_column(Integer, default=0)
    sla_clock: Mapped[str | None] = mapped_column(String(10), nullable=True)
    sla_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sla_limit_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The SLA rule version the step clock was started under, and its yellow threshold: a
    # running clock keeps its rule when the administrator publishes a new version.
    sla_rule_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sla_warn_ratio: Mapped[float | None] = mapped_column(Float, nullable=True)
    sla_paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sla_paused_min: Mapped[float] = mapped_column(Float, default=0.0)
    warn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    notice_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    color: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # When the escalation ladder next has work on this case (services.sla.next_check_at).
    sla_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    actions: Mapped[list[CaseAction]] = relationship(
        order_by="CaseAction.id", viewonly=True, lazy="raise"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.id", viewonly=True, lazy="raise"
    )

    __table_args__ = (
        Index("ix_cases_state", "state"),
        Index("ix_cases_sla_next", "sla_next_at"),
        Index("ix_cases_drill_created", "drill", "created_at", "id"),
        Index("ix_cases_drill_id", "drill", "id"),
        # The queue's other orders and its color filter, each one index range.
        Index("ix_cases_drill_escalation", "drill", "escalation_level", "id"),
        Index("ix_cases_drill_updated", "drill", "updated_at", "id"),
        Index("ix_cases_drill_color", "drill", "color", "id"),
        # The KPIs' overdue curve: open cases of a color unchanged since a moment.
        Index("ix_cases_overdue", "drill", "color", "state", "updated_at"),
        # The KPI table's open-and-overdue count by department or street, from the index
        # alone: at district scale nearly every open case is read (133 → 39 ms at 100,000).
        # (Grouping columns before the state: with the state second, SQLite, planning without
        # statistics, read the overdue curve's cases by ix_cases_drill_updated: 5 → 244 ms.)
        Index(
            "ix_cases_open_overdue",
            "drill",
            "department_id",
            "street_id",
            "state",
            "due_at",
            "sla_paused_at",
            "color",
        ),
        Index("ix_cases_department", "department_id"),
        Index("ix_cases_street", "street_id"),
        Index("ix_cases_category_created", "category_id", "created_at"),
    )


class CaseAction(Base):
    """One append-only audit record: who did what to a case, when, from which state to which."""

    __tablename__ = "case_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(80))
    actor_role: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Attachment(Base):
    """A file kept as evidence on a case (the bytes live outside the web root)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    storage_key: Mapped[str] = mapped_column(String(80))
    caption: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Escalation(Base):
    """A rung of the escalation ladder (催办, 督办, 通报) reached once per step clock."""

    __tablename__ = "escalations"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    epoch: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    step: Mapped[str] = mapped_column(String(20))
    # 督办 items stay open on the supervisor screen until the case leaves the step.
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    __table_args__ = (
        UniqueConstraint("case_id", "epoch", "kind"),
        Index("ix_escalations_kind_status", "kind", "status"),
    )


class DrillRun(Base):
    """A run of a drill scenario; its cases carry drill=true and this id.

    The run keeps its own clock (docs/api-drills.md): simulated time starts at `sim_start`,
    runs `speed` times as fast as the real clock from `anchor_at` while running, and stands
    still while paused or stopped. Its cases are dated, and their SLA clocks counted, in it.
    """

    __tablename__ = "drill_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default="running")
    # The scenario as it was validated at the start: a run replays the same script even
    # when its file is edited later.
    scenario_id: Mapped[str] = mapped_column(String(80), default="")
    scenario: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    trainees: Mapped[list[str]] = mapped_column(JSON, default=list)
    speed: Mapped[float] = mapped_column(Float, default=1.0)
    sim_start: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Simulated seconds run before the current running stretch (which began at anchor_at).
    sim_elapsed_s: Mapped[float] = mapped_column(Float, default=0.0)
    anchor_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A reset run names the run it replaced.
    previous_run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

    def clock_at(self, real_now: datetime) -> datetime:
        """The run's simulated instant at the real instant `real_now`."""
        if self.sim_start is None:  # a run of before drill clocks: the real calendar
            return real_now
        return self.sim_start + timedelta(seconds=self.elapsed_at(real_now))

    def elapsed_at(self, real_now: datetime) -> float:
        """Simulated seconds since the start, at the real instant `real_now`."""
        elapsed = self.sim_elapsed_s or 0.0
        if self.anchor_at is not None and self.status == "running":
            elapsed += max(0.0, (real_now - self.anchor_at).total_seconds()) * self.speed
        return elapsed
