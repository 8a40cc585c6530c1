"""A covering index for the KPI table's open-and-overdue count

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

COLUMNS = ["drill", "department_id", "street_id", "state", "due_at", "sla_paused_at", "color"]


def upgrade() -> None:
    op.create_index("ix_cases_open_overdue", "cases", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_cases_open_overdue", table_name="cases")
