"""Perjanjian Kinerja: the two parties and statement of a PK, its budget lines
and per-period targets, the satker's own statement wording, the Satuan of an
indikator, and the links of a RAK to the PK it implements.

Every existing row is kept; the new columns take their defaults. Plan,
satker, sasaran and indikator rows now hold more content, so their versions are
re-seeded (the same in every copy of one old file, so copies still merge).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from rakdesk.core import history

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# SQLite adds a column with a REFERENCES clause in place (a rebuilt plan table
# would cascade-delete every sasaran under it).
_REFERENCES = (
    ("plan", "party2_official_id", "official", "SET NULL"),
    ("plan", "source_plan_id", "plan", "SET NULL"),
)
_TEXT = (
    ("plan", "party2_name"), ("plan", "party2_title"), ("plan", "party2_office"),
    ("plan", "statement"), ("plan", "amendment_reason"),
    ("satker", "pk_statement"), ("indikator", "satuan"),
)


def upgrade():
    for table, column, target, action in _REFERENCES:
        op.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" VARCHAR '
                   f'REFERENCES "{target}" (id) ON DELETE {action}')
    for table, column in _TEXT:
        op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))
    op.add_column("plan", sa.Column("party2_nip", sa.String(), nullable=False,
                                    server_default=""))
    op.add_column("plan", sa.Column("party2_acting", sa.String(), nullable=False,
                                    server_default=""))
    op.add_column("plan", sa.Column("show_satuan", sa.Boolean(), nullable=False,
                                    server_default=sa.false()))
    op.add_column("plan", sa.Column("show_quarters", sa.Boolean(), nullable=False,
                                    server_default=sa.false()))
    op.add_column("plan", sa.Column("budget_heading", sa.String(), nullable=False,
                                    server_default="Program"))
    op.add_column("sasaran", sa.Column("source_id", sa.String(), nullable=True))
    op.add_column("indikator", sa.Column("source_id", sa.String(), nullable=True))
    op.create_table(
        "budget_line",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("plan_id", sa.String(), sa.ForeignKey("plan.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("realised", sa.BigInteger(), nullable=True),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_budget_line_plan_id", "budget_line", ["plan_id"])
    op.create_table(
        "period_target",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("indikator_id", sa.String(),
                  sa.ForeignKey("indikator.id", ondelete="CASCADE"), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_period_target_indikator_id", "period_target", ["indikator_id"])
    history.seed(op.get_bind())


def downgrade():
    op.drop_table("period_target")
    op.drop_table("budget_line")
    for table, column in (*((t, c) for t, c, _, _ in _REFERENCES), *_TEXT,
                          ("plan", "party2_nip"), ("plan", "party2_acting"),
                          ("plan", "show_satuan"), ("plan", "show_quarters"),
                          ("plan", "budget_heading"), ("sasaran", "source_id"),
                          ("indikator", "source_id")):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
