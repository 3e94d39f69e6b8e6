"""Keep each target parsed beside its text, and remember deleted rows.

Schema 1 kept only the target as typed. Schema 2 adds its kind, exact value and
unit (filled in here from the text, so old files gain them), and a tombstone
table so that merging two copies does not bring deleted rows back.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from rakdesk.core.targets import parse_target

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("indikator") as batch:
        batch.add_column(sa.Column("target_kind", sa.String(), nullable=False, server_default="text"))
        batch.add_column(sa.Column("target_value", sa.String(), nullable=True))
        batch.add_column(sa.Column("target_unit", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("indikator") as batch:
        batch.alter_column("target_kind", server_default=None)
        batch.alter_column("target_unit", server_default=None)

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, text, target FROM indikator")).fetchall()
    for row_id, text, target in rows:
        parsed = parse_target(target, text)
        conn.execute(
            sa.text("UPDATE indikator SET target_kind=:k, target_value=:v, target_unit=:u WHERE id=:i"),
            {"k": parsed.kind.value, "v": None if parsed.value is None else str(parsed.value),
             "u": parsed.unit, "i": row_id},
        )

    op.create_table(
        "tombstone",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
    )


def downgrade():
    op.drop_table("tombstone")
    with op.batch_alter_table("indikator") as batch:
        batch.drop_column("target_unit")
        batch.drop_column("target_value")
        batch.drop_column("target_kind")
