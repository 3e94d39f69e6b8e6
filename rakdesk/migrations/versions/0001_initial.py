"""The first workspace schema: satker, officials, plans and their tables.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _row(*columns):
    """Columns every table has: a UUID primary key first, the modified time last."""
    return (
        sa.Column("id", sa.String(), primary_key=True),
        *columns,
        sa.Column("modified_at", sa.DateTime(), nullable=False),
    )


def _text(name):
    return sa.Column(name, sa.Text(), nullable=False)


def _str(name):
    return sa.Column(name, sa.String(), nullable=False)


def _fk(name, target, ondelete="CASCADE", nullable=False):
    return sa.Column(name, sa.String(), sa.ForeignKey(target, ondelete=ondelete), nullable=nullable)


def upgrade():
    op.create_table("workspace_meta", sa.Column("key", sa.String(), primary_key=True), _str("value"))
    op.create_table(
        "satker",
        *_row(
            _text("name"), _text("full_name"), _str("level"), _str("body"), _text("parent_office"),
            _text("office_heading"), _text("address"), _text("phone"), _text("city"),
            sa.Column("logo", sa.LargeBinary(), nullable=True),
        ),
    )
    op.create_table(
        "sub_unit",
        *_row(_fk("satker_id", "satker.id"), sa.Column("position", sa.Integer(), nullable=False),
              _text("name")),
    )
    op.create_table(
        "official",
        *_row(
            _fk("satker_id", "satker.id"), sa.Column("position", sa.Integer(), nullable=False),
            _text("name"), _text("title"), _str("nip"), _str("acting"),
            sa.Column("signature_image", sa.LargeBinary(), nullable=True),
            sa.Column("stamp_image", sa.LargeBinary(), nullable=True),
        ),
    )
    op.create_table(
        "plan",
        *_row(
            _fk("satker_id", "satker.id"), _str("kind"),
            sa.Column("year", sa.Integer(), nullable=False), _str("granularity"), _str("status"),
            _str("paper"), _text("title"),
            _fk("signatory_id", "official.id", ondelete="SET NULL", nullable=True),
            _str("sign_place"), sa.Column("sign_date", sa.Date(), nullable=True),
            _str("sign_date_precision"), sa.Column("sign_upper", sa.Boolean(), nullable=False),
            _text("sign_office"), _str("sign_layout"),
            sa.Column("cover_page", sa.Boolean(), nullable=False),
            sa.Column("show_no_column", sa.Boolean(), nullable=False), _str("tick_style"),
            sa.Column("numeric_month_labels", sa.Boolean(), nullable=False),
            _str("column_numbers"), _str("year_label"), _str("sasaran_header"),
            _str("indikator_header"), _text("tugas"), _text("fungsi"),
        ),
    )
    op.create_table(
        "sasaran",
        *_row(_fk("plan_id", "plan.id"), sa.Column("position", sa.Integer(), nullable=False),
              _text("text")),
    )
    op.create_table(
        "indikator",
        *_row(
            _fk("sasaran_id", "sasaran.id"), sa.Column("position", sa.Integer(), nullable=False),
            _text("text"), _text("target"), _text("keterangan"), _text("sumber_data"),
        ),
    )
    op.create_table(
        "kegiatan",
        *_row(_fk("indikator_id", "indikator.id"),
              sa.Column("position", sa.Integer(), nullable=False), _text("text")),
    )
    op.create_table(
        "pelaksana",
        *_row(
            _fk("kegiatan_id", "kegiatan.id"), sa.Column("position", sa.Integer(), nullable=False),
            _fk("sub_unit_id", "sub_unit.id", ondelete="SET NULL", nullable=True), _text("name"),
        ),
    )
    op.create_table(
        "schedule_cell",
        *_row(
            _fk("kegiatan_id", "kegiatan.id"), sa.Column("period", sa.Integer(), nullable=False),
            sa.Column("ticked", sa.Boolean(), nullable=False), _str("weeks"), _text("note"),
        ),
    )
    for table, column in [
        ("sub_unit", "satker_id"), ("official", "satker_id"), ("plan", "satker_id"),
        ("sasaran", "plan_id"), ("indikator", "sasaran_id"), ("kegiatan", "indikator_id"),
        ("pelaksana", "kegiatan_id"), ("schedule_cell", "kegiatan_id"),
    ]:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade():
    for table in ("schedule_cell", "pelaksana", "kegiatan", "indikator", "sasaran", "plan",
                  "official", "sub_unit", "satker", "workspace_meta"):
        op.drop_table(table)
