"""indicator targets and streets: each area's year target per indicator (年度目标), the
streets' (板块) values; 地方税收收入

The tax indicator is named as the statistics bureau's report names it (地方税收收入); its
code (`tax_revenue`) stays, and sheets may still call it 税收收入.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("imported_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("indicator", "area", "year", name="uq_indicator_targets_row"),
    )
    op.create_table(
        "indicator_street_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("street", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("growth", sa.Float(), nullable=False),
        sa.Column("imported_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("indicator", "street", "period", name="uq_indicator_street_values_row"),
    )
    with op.batch_alter_table("indicator_street_values", schema=None) as batch_op:
        batch_op.create_index("ix_indicator_street_values_period", ["period"], unique=False)
    op.execute(
        "UPDATE indicators SET name = '地方税收收入' "
        "WHERE code = 'tax_revenue' AND name = '税收收入'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE indicators SET name = '税收收入' "
        "WHERE code = 'tax_revenue' AND name = '地方税收收入'"
    )
    with op.batch_alter_table("indicator_street_values", schema=None) as batch_op:
        batch_op.drop_index("ix_indicator_street_values_period")
    op.drop_table("indicator_street_values")
    op.drop_table("indicator_targets")
