"""A plan's rows as plain values, read in plain SQL, for views that show them
and repaint them after each change (the grid): no ORM object is kept between
edits, so what is shown is always what the file holds.

:func:`read_outline` reads a whole plan (five queries, however long it is);
:func:`read_rows` reads again only the rows a change names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session

from rakdesk.core.i18n import tr
from rakdesk.core.loading import plan_cells, plan_pelaksana
from rakdesk.core.schedule import Cell
from rakdesk.errors import ValidationError


@dataclass(frozen=True, slots=True)
class SasaranValues:
    id: str
    text: str
    index: int = 0  # among the plan's sasaran


@dataclass(frozen=True, slots=True)
class IndikatorValues:
    id: str
    sasaran_id: str
    text: str
    target: str
    target_kind: str
    target_value: str | None
    target_unit: str
    keterangan: str
    sumber_data: str
    index: int = 0  # among its sasaran's indikator
    satuan: str = ""  # the PK's Satuan column
    targets: tuple[tuple[int, str], ...] = ()  # the PK's (quarter, target), in order


@dataclass(frozen=True, slots=True)
class KegiatanValues:
    id: str
    indikator_id: str
    text: str
    index: int = 0  # among its indikator's kegiatan


@dataclass
class Outline:
    sasaran: list[SasaranValues] = field(default_factory=list)
    indikator: dict[str, list[IndikatorValues]] = field(default_factory=dict)  # by sasaran id
    kegiatan: dict[str, list[KegiatanValues]] = field(default_factory=dict)  # by indikator id
    cells: dict[str, dict[int, Cell]] = field(default_factory=dict)  # kegiatan id -> cells
    pelaksana: dict[str, list[str]] = field(default_factory=dict)  # kegiatan id -> names


_SASARAN = "SELECT s.id, s.text FROM sasaran AS s"
_INDIKATOR_COLUMNS = ("i.id, i.sasaran_id, i.text, i.target, i.target_kind, i.target_value, "
                      "i.target_unit, i.keterangan, i.sumber_data, i.satuan, "
                      "(SELECT json_group_array(json_array(t.period, t.target)) "
                      "FROM period_target AS t WHERE t.indikator_id = i.id)")
_INDIKATOR = f"SELECT {_INDIKATOR_COLUMNS} FROM indikator AS i"
_KEGIATAN = "SELECT k.id, k.indikator_id, k.text FROM kegiatan AS k"


def read_outline(session: Session, plan_id: str) -> Outline:
    """Every sasaran, indikator and kegiatan of a plan in printed order, with
    the kegiatan's schedule cells and pelaksana names."""
    conn = session.connection()
    found = conn.exec_driver_sql("SELECT 1 FROM plan WHERE id = ?", (plan_id,)).first()
    if found is None:
        raise ValidationError(
            tr("Rencana dengan id {id} tidak ada di berkas ini.").format(id=plan_id))
    out = Outline()
    rows = conn.exec_driver_sql(
        f"{_SASARAN} WHERE s.plan_id = ? ORDER BY s.position, s.rowid", (plan_id,))
    out.sasaran = [SasaranValues(i, t or "", n) for n, (i, t) in enumerate(rows)]
    rows = conn.exec_driver_sql(
        f"{_INDIKATOR} JOIN sasaran AS s ON s.id = i.sasaran_id WHERE s.plan_id = ? "
        "ORDER BY i.sasaran_id, i.position, i.rowid", (plan_id,))
    for row in rows:
        siblings = out.indikator.setdefault(row[1], [])
        siblings.append(_indikator(row, len(siblings)))
    rows = conn.exec_driver_sql(
        f"{_KEGIATAN} JOIN indikator AS i ON i.id = k.indikator_id "
        "JOIN sasaran AS s ON s.id = i.sasaran_id WHERE s.plan_id = ? "
        "ORDER BY k.indikator_id, k.position, k.rowid", (plan_id,))
    for kid, indikator_id, text in rows.fetchall():
        siblings = out.kegiatan.setdefault(indikator_id, [])
        siblings.append(KegiatanValues(kid, indikator_id, text or "", len(siblings)))
    out.cells = plan_cells(session, plan_id)
    out.pelaksana = plan_pelaksana(session, plan_id)
    return out


def _indikator(row, index: int) -> IndikatorValues:
    i, sasaran_id, text, target, kind, value, unit, keterangan, sumber, satuan, targets = row
    quarters = tuple(sorted((int(p), t or "") for p, t in json.loads(targets or "[]")))
    return IndikatorValues(i, sasaran_id, text or "", target or "", kind or "text", value,
                           unit or "", keterangan or "", sumber or "", index, satuan or "",
                           quarters)


def _marks(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


@dataclass
class RowValues:
    """Rows read again after a change: {id: values} per kind (the ``index``
    fields are 0: a change of contents does not move rows), and the named
    kegiatan's cells and pelaksana."""

    sasaran: dict[str, SasaranValues] = field(default_factory=dict)
    indikator: dict[str, IndikatorValues] = field(default_factory=dict)
    kegiatan: dict[str, KegiatanValues] = field(default_factory=dict)
    cells: dict[str, dict[int, Cell]] = field(default_factory=dict)
    pelaksana: dict[str, list[str]] = field(default_factory=dict)


def read_rows(session: Session, ids: Iterable[str]) -> RowValues:
    """The sasaran, indikator and kegiatan among ``ids`` as they are now (an
    id that names none of them, or a row gone, is left out)."""
    ids = list(dict.fromkeys(ids))
    out = RowValues()
    if not ids:
        return out
    conn = session.connection()
    for start in range(0, len(ids), 300):
        batch = tuple(ids[start:start + 300])
        marks = _marks(list(batch))
        # One statement for the three kinds (a change names ids, not kinds).
        rows = conn.exec_driver_sql(
            f"SELECT 's', id, NULL, text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
            f"FROM sasaran "
            f"WHERE id IN ({marks}) UNION ALL "
            f"SELECT 'i', {_INDIKATOR_COLUMNS} "
            f"FROM indikator AS i WHERE i.id IN ({marks}) UNION ALL "
            f"SELECT 'k', id, indikator_id, text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
            f"FROM kegiatan WHERE id IN ({marks})", batch * 3)
        for kind, *row in rows:
            if kind == "s":
                out.sasaran[row[0]] = SasaranValues(row[0], row[2] or "")
            elif kind == "i":
                out.indikator[row[0]] = _indikator(row, 0)
            else:
                out.kegiatan[row[0]] = KegiatanValues(row[0], row[1], row[2] or "")
    kegiatan = list(out.kegiatan)
    out.cells = read_cells(session, kegiatan)
    out.pelaksana = {k: [] for k in kegiatan}
    for start in range(0, len(kegiatan), 400):
        batch = tuple(kegiatan[start:start + 400])
        for kid, name in conn.exec_driver_sql(
                "SELECT kegiatan_id, name FROM pelaksana "
                f"WHERE kegiatan_id IN ({_marks(list(batch))}) "
                "ORDER BY kegiatan_id, position", batch):
            out.pelaksana[kid].append(name)
    return out


def read_cells(session: Session, kegiatan_ids: Iterable[str]) -> dict[str, dict[int, Cell]]:
    """The non-empty schedule cells of these kegiatan as they are now
    ({kegiatan id: {period: Cell}}, every id present)."""
    kegiatan = list(dict.fromkeys(kegiatan_ids))
    out: dict[str, dict[int, Cell]] = {k: {} for k in kegiatan}
    conn = session.connection()
    for start in range(0, len(kegiatan), 400):
        batch = tuple(kegiatan[start:start + 400])
        for kid, period, ticked, weeks, note in conn.exec_driver_sql(
                "SELECT kegiatan_id, period, ticked, weeks, note FROM schedule_cell "
                f"WHERE kegiatan_id IN ({_marks(list(batch))})", batch):
            cell = Cell(ticked=bool(ticked), weeks=frozenset(int(w) for w in weeks or ""),
                        note=note or "")
            if not cell.empty:
                out[kid][period] = cell
    return out
