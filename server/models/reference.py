"""Reference data: streets, communities, grids, departments, categories and SLA rules."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db import Base


class Street(Base):
    """A street (街道) of the district."""

    __tablename__ = "streets"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)


class Community(Base):
    """A community (社区) inside a street."""

    __tablename__ = "communities"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    street_id: Mapped[int] = mapped_column(ForeignKey("streets.id"), index=True)
    street: Mapped[Street] = relationship()
    __table_args__ = (UniqueConstraint("street_id", "name"),)


class Grid(Base):
    """A management grid (网格) inside a community."""

    __tablename__ = "grids"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"), index=True)


class Department(Base):
    """A department that handles dispatched cases (承办部门)."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # Centers (grid, 12345, big data) route and watch but do not handle cases.
    handles_cases: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Base):
    """A case category with its kind (consultation, complaint, …) and routing department."""

    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    department: Mapped[Department] = relationship()
    # The urgency a new case of the category takes unless the report says otherwise.
    default_urgency: Mapped[str] = mapped_column(
        String(20), default="normal", server_default="normal"
    )


class SlaRule(Base):
    """A step limit for an urgency, optionally for one category (the specific rule wins)."""

    __tablename__ = "sla_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), nullable=True)
    # kind of category (consultation, help, complaint, …) or None for every kind
    category_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    urgency: Mapped[str] = mapped_column(String(20))
    step: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int] = mapped_column(Integer)
    # "work" counts working minutes, "natural" counts the clock 24/7.
    clock: Mapped[str] = mapped_column(String(10))
    __table_args__ = (UniqueConstraint("category_id", "category_kind", "urgency", "step"),)
