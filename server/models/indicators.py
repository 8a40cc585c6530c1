"""Economic indicators (经济运行): the indicator catalogue and the imported monthly values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class Indicator(Base):
    """One indicator of the statistics bureau's sheet, with its unit and its color rule."""

    __tablename__ = "indicators"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    unit: Mapped[str] = mapped_column(String(20))
    # The order of the sheet (and of the scorecard's tiles).
    position: Mapped[int] = mapped_column(Integer)
    # How a row is colored, e.g. {"kind": "pace", "pace": 0.0}; see services.indicators.
    color_rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class IndicatorValue(Base):
    """One area's cumulative value of one indicator for one period (YYYY-MM, Jan–Feb as -02)."""

    __tablename__ = "indicator_values"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(40))
    area: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)
    # Year-on-year growth of the cumulative value, in percent.
    growth: Mapped[float] = mapped_column(Float)
    # The target growth (目标增速) in percent, if the sheet gives one.
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("indicator", "period", "area", name="uq_indicator_values_row"),
        Index("ix_indicator_values_period", "period"),
    )


class IndicatorTarget(Base):
    """One area's target for one indicator's whole year (年度目标): the cumulative value the
    year should reach (the unit of the indicator) and, if set, the growth it stands for."""

    __tablename__ = "indicator_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(40))
    area: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("indicator", "area", "year", name="uq_indicator_targets_row"),
    )


class IndicatorStreetValue(Base):
    """One street's (板块's) cumulative value of one indicator for one period, so that a
    district figure can be traced to where it lags; ranked among the district's streets."""

    __tablename__ = "indicator_street_values"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(40))  # the street's code
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[float] = mapped_column(Float)
    growth: Mapped[float] = mapped_column(Float)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("indicator", "street", "period", name="uq_indicator_street_values_row"),
        Index("ix_indicator_street_values_period", "period"),
    )
