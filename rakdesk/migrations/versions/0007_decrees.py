"""Decrees (Keputusan, plan kind "SK") and the staff register's pangkat.

Schema 7 adds the decree of an SK plan and its lists (menimbang ... tembusan,
a diktum's numbered points), the lampiran's teams and their members (each an
official of the satker), and an optional pangkat/golongan to every official.
New units get their first version; an official's content now includes its
(empty) pangkat, so each official of an older file gets one new version here,
the same in every copy of that file, so copies migrated apart still merge.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

from rakdesk.core import history

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _common(parent: str, parent_table: str):
    return [
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column(parent, sa.String(), sa.ForeignKey(f"{parent_table}.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    ]


def _modified():
    return sa.Column("modified_at", sa.DateTime(), nullable=False)


def upgrade():
    # in place: a rebuilt official table would set every plan's signatory to NULL
    op.add_column("official", sa.Column("pangkat", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "decree", *_common("plan_id", "plan"),
        *[sa.Column(name, sa.String(), nullable=False) for name in (
            "number_sequence", "number_classification", "number_satker_code", "number_unit",
            "number_typed")],
        *[sa.Column(name, sa.Text(), nullable=False) for name in (
            "about", "menetapkan", "issuer_title")],
        sa.Column("copy_certified", sa.Boolean(), nullable=False),
        sa.Column("copy_office", sa.Text(), nullable=False),
        sa.Column("copy_title", sa.Text(), nullable=False),
        sa.Column("copy_official_id", sa.String(),
                  sa.ForeignKey("official.id", ondelete="SET NULL"), nullable=True),
        sa.Column("copy_name", sa.Text(), nullable=False),
        sa.Column("lampiran_title", sa.Text(), nullable=False),
        sa.Column("lampiran_decree", sa.Text(), nullable=False),
        sa.Column("lampiran_about", sa.Text(), nullable=False),
        _modified(),
    )
    op.create_index("ix_decree_plan_id", "decree", ["plan_id"])
    op.create_table(
        "decree_item", *_common("decree_id", "decree"),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _modified(),
    )
    op.create_index("ix_decree_item_decree_id", "decree_item", ["decree_id"])
    op.create_table(
        "decree_point", *_common("item_id", "decree_item"),
        sa.Column("text", sa.Text(), nullable=False),
        _modified(),
    )
    op.create_index("ix_decree_point_item_id", "decree_point", ["item_id"])
    op.create_table(
        "decree_team", *_common("decree_id", "decree"),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("tasks", sa.Text(), nullable=False),
        _modified(),
    )
    op.create_index("ix_decree_team_decree_id", "decree_team", ["decree_id"])
    op.create_table(
        "decree_member", *_common("team_id", "decree_team"),
        sa.Column("official_id", sa.String(), sa.ForeignKey("official.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("jabatan", sa.Text(), nullable=False),
        sa.Column("kedudukan", sa.Text(), nullable=False),
        _modified(),
    )
    op.create_index("ix_decree_member_team_id", "decree_member", ["team_id"])
    history.seed(op.get_bind())


def downgrade():
    for table in ("decree_member", "decree_team", "decree_point", "decree_item", "decree"):
        op.drop_table(table)
    with op.batch_alter_table("official") as batch:
        batch.drop_column("pangkat")
