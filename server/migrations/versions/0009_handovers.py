"""shift handover briefs (交接班): the duty officer's shift (0008) handed on, signed for

A brief is kept for good: it cannot be deleted, and once signed it cannot change; before that
only its signature may be written (triggers, as the audit trail's in 0001).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEPT = "handover briefs are kept"
FINAL = "a handover brief cannot change but for its one signature"
# Everything but the signature, which is written once.
FROZEN = (
    "author_id",
    "author_username",
    "author_name",
    "author_role",
    "shift_start",
    "shift_end",
    "created_at",
    "notes",
    "facts",
    "outbox",
)


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("author_username", sa.String(length=80), nullable=False),
        sa.Column("author_name", sa.String(length=80), nullable=False),
        sa.Column("author_role", sa.String(length=20), nullable=False),
        sa.Column("shift_start", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("shift_end", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("outbox", sa.JSON(), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=True),
        sa.Column("signed_by_username", sa.String(length=80), nullable=True),
        sa.Column("signed_by_name", sa.String(length=80), nullable=True),
        sa.Column("signed_by_role", sa.String(length=20), nullable=True),
        sa.Column("signed_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["signed_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index("ix_handovers_shift_end", ["shift_end"], unique=False)
    _guard()


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS handovers_guard ON handovers")
        op.execute("DROP TRIGGER IF EXISTS handovers_no_truncate ON handovers")
        op.execute("DROP FUNCTION IF EXISTS handovers_guard()")
    op.drop_table("handovers")


def _guard() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER handovers_no_delete BEFORE DELETE ON handovers "
            f"BEGIN SELECT RAISE(ABORT, '{KEPT}'); END"
        )
        op.execute(
            f"CREATE TRIGGER handovers_frozen BEFORE UPDATE OF {', '.join(FROZEN)} ON handovers "
            f"BEGIN SELECT RAISE(ABORT, '{FINAL}'); END"
        )
        op.execute(
            "CREATE TRIGGER handovers_signed_once BEFORE UPDATE ON handovers "
            f"WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, '{FINAL}'); END"
        )
        return
    changed = " OR ".join(f"NEW.{name}::text IS DISTINCT FROM OLD.{name}::text" for name in FROZEN)
    op.execute(
        "CREATE FUNCTION handovers_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'UPDATE' THEN RAISE EXCEPTION '{KEPT}'; END IF; "
        f"IF OLD.signed_at IS NOT NULL OR {changed} THEN RAISE EXCEPTION '{FINAL}'; END IF; "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER handovers_guard BEFORE UPDATE OR DELETE ON handovers "
        "FOR EACH ROW EXECUTE FUNCTION handovers_guard()"
    )
    op.execute(
        "CREATE TRIGGER handovers_no_truncate BEFORE TRUNCATE ON handovers "
        "FOR EACH STATEMENT EXECUTE FUNCTION handovers_guard()"
    )
