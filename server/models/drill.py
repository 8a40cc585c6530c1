"""Drill injects (a run's timed script, one row per inject) and the case number series."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class DrillInject(Base):
    """One inject of a drill run: when it fires, the case it became, its scripted department."""

    __tablename__ = "drill_injects"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("drill_runs.id"))
    key: Mapped[str] = mapped_column(String(60))  # the inject's id in the scenario
    position: Mapped[int] = mapped_column(Integer)
    at_min: Mapped[float] = mapped_column(Float)  # drill minutes after the run's start
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending, done
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)  # drill time
    # The scripted department's progress: the next step of its script, and since when (drill
    # time) that step's wait counts; the department the script acts for now.
    script_step: Mapped[int] = mapped_column(Integer, default=0)
    step_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    script_department: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # Keystrokes and clicks per trainee, as their consoles report them.
    input_stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        UniqueConstraint("run_id", "key"),
        Index("ix_drill_injects_case", "case_id"),
    )


class CaseNumber(Base):
    """The last number given in a series of case references: live (CC…) and drill (DR…).

    Numbers come from a row locked until commit, not from case ids, so that drill cases
    never leave gaps in the live numbers (and a rolled-back creation gives its number back).
    """

    __tablename__ = "case_numbers"
    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
