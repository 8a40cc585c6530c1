"""An index for the KPIs' overdue curve: open cases of a color unchanged since a moment

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_overdue", "cases", ["drill", "color", "state", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_overdue", table_name="cases")
