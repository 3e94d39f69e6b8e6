"""Monitoring through the year: realisasi, kegiatan progress and bukti dukung.

Schema 6 adds to each indikator how its capaian is computed (polarity, the
formula when lower is better, how the year follows from its periods) and its
Renstra target; to each satker its kategori scale; and three tables: the
realisasi of an indikator per period (with kendala, upaya and tindak lanjut),
whether a kegiatan was carried out per period, and evidence files or links.
A revision may be one of a plan's monitoring reports (its ``report``), and a
plan says which of them are final now (``final_reports``).
Satker, indikator and plan rows gained content columns, so their versions are
recorded again (the same in every copy of one old file).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

from rakdesk.core import history

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_INDIKATOR = (("polarity", sa.String(), "higher"), ("capaian_formula", sa.String(), "standard"),
              ("aggregation", sa.String(), "cumulative"), ("renstra_target", sa.Text(), ""))


def _row(*columns):
    return (
        sa.Column("id", sa.String(), primary_key=True),
        *columns,
        sa.Column("modified_at", sa.DateTime(), nullable=False),
    )


def _text(name):
    return sa.Column(name, sa.Text(), nullable=False)


def _fk(name, target):
    return sa.Column(name, sa.String(), sa.ForeignKey(target, ondelete="CASCADE"), nullable=False)


def _period():
    return sa.Column("period", sa.Integer(), nullable=False)


def upgrade():
    # Plain ADD COLUMN (its default stays in the schema): a batch copy of the
    # table would drop the old one, and its ON DELETE CASCADE children with it.
    op.add_column("satker", sa.Column("capaian_scale", sa.Text(), nullable=False,
                                      server_default=""))
    for name, kind, default in _INDIKATOR:
        op.add_column("indikator", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column("plan", sa.Column("final_reports", sa.String(), nullable=False,
                                    server_default=""))
    op.add_column("revision", sa.Column("report", sa.String(), nullable=False,
                                        server_default=""))

    op.create_table(
        "realisasi",
        *_row(_fk("indikator_id", "indikator.id"), _period(), _text("target"), _text("value"),
              _text("note"), _text("kendala"), _text("upaya"), _text("tindak_lanjut"),
              _text("pic"), sa.Column("batas_waktu", sa.Date(), nullable=True),
              sa.Column("tindak_lanjut_done", sa.Boolean(), nullable=False)),
    )
    op.create_table(
        "kegiatan_progress",
        *_row(_fk("kegiatan_id", "kegiatan.id"), _period(),
              sa.Column("status", sa.String(), nullable=False), _text("note")),
    )
    op.create_table(
        "evidence",
        *_row(_fk("indikator_id", "indikator.id"), _period(), _text("name"),
              sa.Column("mime", sa.String(), nullable=False),
              sa.Column("sha256", sa.String(), nullable=False),
              sa.Column("data", sa.LargeBinary(), nullable=True), _text("link")),
    )
    for table, column in (("realisasi", "indikator_id"), ("kegiatan_progress", "kegiatan_id"),
                          ("evidence", "indikator_id")):
        op.create_index(f"ix_{table}_{column}", table, [column])

    conn = op.get_bind()
    contents = {}
    for table in ("satker", "indikator", "plan"):
        present = {c["name"] for c in sa.inspect(conn).get_columns(table)}
        for row_id, row in history.table_rows(conn, table, present=present).items():
            contents[history.key_of(table, row_id)] = history.row_content(table, row)
    history.record(conn, contents)


def downgrade():
    for table in ("evidence", "kegiatan_progress", "realisasi"):
        op.drop_table(table)
    op.drop_column("revision", "report")
    op.drop_column("plan", "final_reports")
    for name, _, _ in reversed(_INDIKATOR):
        op.drop_column("indikator", name)
    op.drop_column("satker", "capaian_scale")
