"""field roles and volunteer service: ties of river chiefs, grid members and team leads;
volunteer teams, service categories, service requests with their trail and photos

The district's service categories and three volunteer teams are inserted here, so that every
database has them (their streets, skills and sizes are demo data; admins edit them).

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# code, name
CATEGORIES = [
    ("elderly_help", "助老服务"),
    ("minor_repairs", "小修小补"),
    ("cleaning", "环境保洁"),
    ("river_patrol", "护河巡河"),
    ("companionship", "陪伴关爱"),
    ("tutoring", "学业辅导"),
]
# code, name, street code, skills, members (demo data)
TEAMS = [
    ("feiniu", "飞牛小匠志愿服务队", "hongqiao", ["minor_repairs", "elderly_help"], 24),
    ("weiai", "微爱公益小分队", "xinchengqiao", ["elderly_help", "companionship", "cleaning"], 18),
    ("youth", "崇川区青年志愿者", "chengdong", ["cleaning", "river_patrol", "tutoring"], 60),
]


def upgrade() -> None:
    categories = op.create_table(
        "service_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("name"),
    )
    teams = op.create_table(
        "volunteer_teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("street", sa.String(length=40), nullable=True),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("lead_user_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["lead_user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("lead_user_id"),
    )
    op.create_table(
        "river_chief_segments",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["segment_id"], ["river_segments.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("user_id", "segment_id"),
    )
    op.create_table(
        "grid_members",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("grid_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["grid_id"], ["grids.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("user_id"),
    )
    with op.batch_alter_table("grid_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grid_members_grid_id"), ["grid_id"], unique=False)
    op.create_table(
        "service_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("street_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("resident_name", sa.String(length=80), nullable=False),
        sa.Column("resident_phone", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("due_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("offered_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("accepted_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("rating_comment", sa.Text(), nullable=False),
        sa.Column("rated_at", server.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["service_categories.id"]),
        sa.ForeignKeyConstraint(["street_id"], ["streets.id"]),
        sa.ForeignKeyConstraint(["team_id"], ["volunteer_teams.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_requests", schema=None) as batch_op:
        batch_op.create_index("ix_service_requests_state", ["state", "id"], unique=False)
        batch_op.create_index("ix_service_requests_team", ["team_id", "id"], unique=False)
        batch_op.create_index("ix_service_requests_created", ["created_at"], unique=False)
    op.create_table(
        "service_request_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=80), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=True),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["request_id"], ["service_requests.id"]),
        sa.ForeignKeyConstraint(["team_id"], ["volunteer_teams.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service_request_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_request_steps_request_id"), ["request_id"], unique=False
        )
    op.create_table(
        "service_request_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("storage_key", sa.String(length=80), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["service_requests.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("storage_key"),
    )
    with op.batch_alter_table("service_request_photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_request_photos_request_id"), ["request_id"], unique=False
        )
    op.bulk_insert(categories, [{"code": c, "name": n, "active": True} for c, n in CATEGORIES])
    op.bulk_insert(
        teams,
        [
            {"code": c, "name": n, "street": s, "skills": k, "members": m, "active": True}
            for c, n, s, k, m in TEAMS
        ],
    )


def downgrade() -> None:
    op.drop_table("service_request_photos")
    op.drop_table("service_request_steps")
    op.drop_table("service_requests")
    op.drop_table("grid_members")
    op.drop_table("river_chief_segments")
    op.drop_table("volunteer_teams")
    op.drop_table("service_categories")
