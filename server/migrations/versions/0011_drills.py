"""drills: runs with their own clock and scenario, timed injects, case number series

`drill_runs` existed unused since 0001 (no code wrote a row), so it is made anew. The case
number series start after the highest case id, so that no live reference given by id before
is given again.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("drill_runs")
    op.create_table(
        "drill_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("scenario_id", sa.String(length=80), nullable=False),
        sa.Column("scenario", sa.JSON(), nullable=False),
        sa.Column("trainees", sa.JSON(), nullable=False),
        sa.Column("speed", sa.Float(), nullable=False),
        sa.Column("sim_start", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sim_elapsed_s", sa.Float(), nullable=False),
        sa.Column("anchor_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("ended_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("previous_run_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "drill_injects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at_min", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("fired_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("script_step", sa.Integer(), nullable=False),
        sa.Column("step_since", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("script_department", sa.String(length=40), nullable=True),
        sa.Column("input_stats", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.ForeignKeyConstraint(["run_id"], ["drill_runs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("run_id", "key"),
    )
    op.create_index("ix_drill_injects_case", "drill_injects", ["case_id"], unique=False)
    numbers = op.create_table(
        "case_numbers",
        sa.Column("series", sa.String(length=20), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series"),
    )
    highest = op.get_bind().execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM cases")).scalar()
    op.bulk_insert(
        numbers, [{"series": "live", "last": int(highest or 0)}, {"series": "drill", "last": 0}]
    )


def downgrade() -> None:
    op.drop_table("case_numbers")
    op.drop_index("ix_drill_injects_case", table_name="drill_injects")
    op.drop_table("drill_injects")
    op.drop_table("drill_runs")
    op.create_table(
        "drill_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
