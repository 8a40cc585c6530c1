"""map layers: the district's GIS layers (streets, communities, grids, rivers, pois)

One row per layer, the FeatureCollection as served (WGS-84) with its digest (server/map/).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.db

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "map_layers",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("geojson", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("feature_count", sa.Integer(), nullable=False),
        sa.Column("schematic", sa.Boolean(), nullable=False),
        sa.Column("updated_at", server.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("map_layers")
