"""Indexes for the queue's sort orders and color filter

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_cases_drill_escalation": ["drill", "escalation_level", "id"],
    "ix_cases_drill_updated": ["drill", "updated_at", "id"],
    "ix_cases_drill_color": ["drill", "color", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "cases", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="cases")
