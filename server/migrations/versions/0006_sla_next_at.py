"""sla_next_at: one index for the escalation ladder instead of five

The scheduler used five indexes on cases ((sla_rung|color) × (warn_at|due_at|notice_at)),
and every change to a running clock moved an entry in each: ten index pages written per
action. Now each case carries the instant its ladder next has work (server.services.sla.
next_check_at), under one index.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LADDER_INDEXES = {
    "ix_cases_color_warn": ["color", "warn_at"],
    "ix_cases_color_due": ["color", "due_at"],
    "ix_cases_rung_warn": ["sla_rung", "warn_at"],
    "ix_cases_rung_due": ["sla_rung", "due_at"],
    "ix_cases_rung_notice": ["sla_rung", "notice_at"],
}

# services.sla.next_check_at as of this revision, in SQL (it only picks one of the instants).
BACKFILL = """
UPDATE cases SET sla_next_at = CASE
    WHEN sla_paused_at IS NOT NULL OR warn_at IS NULL OR due_at IS NULL THEN NULL
    WHEN sla_rung < 1 OR color = 'green' THEN warn_at
    WHEN sla_rung < 2 OR color = 'yellow' THEN due_at
    WHEN sla_rung < 3 THEN notice_at
    ELSE NULL
END
"""


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sla_next_at", server.db.UTCDateTime(timezone=True), nullable=True)
        )
    op.execute(BACKFILL)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_sla_next", ["sla_next_at"], unique=False)
        for name in LADDER_INDEXES:
            batch_op.drop_index(name)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name, columns in LADDER_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
        batch_op.drop_index("ix_cases_sla_next")
        batch_op.drop_column("sla_next_at")
