"""the duty officer's shift: categories' default urgency, what other channels carry

A category has the urgency a new case takes unless the report says otherwise (gas leaks are
emergencies; fire hazards and missing manhole covers urgent). A case handed over by the city
center carries the city's reference number and deadline; a camera sighting the camera's code.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# server.seed.reference.DEFAULT_URGENCIES as of this revision, for databases seeded before it.
DEFAULT_URGENCIES = {"gas_leak": "emergency", "fire_hazard": "urgent", "manhole": "urgent"}


def upgrade() -> None:
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "default_urgency", sa.String(length=20), nullable=False, server_default="normal"
            )
        )
    categories = sa.table("categories", sa.column("code"), sa.column("default_urgency"))
    for code, urgency in DEFAULT_URGENCIES.items():
        op.execute(
            categories.update().where(categories.c.code == code).values(default_urgency=urgency)
        )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_ref", sa.String(length=40), nullable=True))
        batch_op.add_column(
            sa.Column("external_due_at", server.db.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("camera_code", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("camera_code")
        batch_op.drop_column("external_due_at")
        batch_op.drop_column("external_ref")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_column("default_urgency")
