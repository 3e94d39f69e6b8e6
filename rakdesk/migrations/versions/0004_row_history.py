"""Remember each row's versions, so merging two copies knows which side changed.

Schema 4 adds row_version (each unit's current version) and row_history (every
version it has had). Existing rows are given their first version here; two
copies of one old file get the same versions, so they still merge cleanly.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from rakdesk.core import history

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "row_version",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("rev", sa.String(), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
    )
    op.create_table(
        "row_history",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("rev", sa.String(), primary_key=True),
    )
    history.seed(op.get_bind())


def downgrade():
    op.drop_table("row_history")
    op.drop_table("row_version")
