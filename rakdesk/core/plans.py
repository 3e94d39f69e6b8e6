"""Operations on plans. The GUI, the command line and imports all go through
these functions; none of them knows about Qt."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from rakdesk.core import loading, registry
from rakdesk.core.choices import KINDS
from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    BudgetLine,
    Indikator,
    Kegiatan,
    Official,
    Pelaksana,
    PeriodTarget,
    Plan,
    Revision,
    Sasaran,
    Satker,
    ScheduleCell,
    SubUnit,
    Tombstone,
    utcnow,
)
from rakdesk.core.nip import format_nip, validate_nip
from rakdesk.core.offices import office_line, split_acting
from rakdesk.core.plan_text import (  # noqa: F401  (re-exported: callers use them here)
    has_week_notes,
    plan_label,
    plan_title,
    sign_date_text,
    signature_lines,
)
from rakdesk.core.schedule import Cell, Granularity, convert
from rakdesk.core.tables import describe
from rakdesk.core.targets import parse_target
from rakdesk.errors import ValidationError

# ---------------------------------------------------------------- building


def plan_of(row) -> Plan | None:
    """The plan a sasaran, indikator, kegiatan, pelaksana or cell belongs to."""
    while row is not None and not isinstance(row, Plan):
        link = registry.ENTRIES[type(row)].parent
        row = getattr(row, link.attr) if link is not None else None
    return row


def ensure_draft(row) -> None:
    """Refuse to change a finalised plan: its revision is the plan of record."""
    plan = plan_of(row)
    if plan is not None and plan.status == "final":
        raise ValidationError(tr(
            "Rencana ini sudah final dan tidak bisa diubah. Mulai revisi berikutnya "
            "(menu Rencana) untuk mengubahnya."))


def add_satker(session: Session, **fields) -> Satker:
    """A satker; without an office heading it gets the one its name implies
    ("KOMISI PEMILIHAN UMUM" / "KABUPATEN ..."), printed above the position."""
    satker = Satker(**fields)
    if not satker.full_name:
        satker.full_name = satker.name
    if not satker.office_heading:
        satker.office_heading = office_line(satker.name)
    session.add(satker)
    return satker


def add_sub_unit(session: Session, satker: Satker, name: str) -> SubUnit:
    unit = SubUnit(satker_id=satker.id, name=name, position=len(satker.sub_units))
    satker.sub_units.append(unit)
    session.add(unit)
    return unit


def add_official(session: Session, satker: Satker, name: str, title: str, nip: str = "",
                 acting: str = "") -> Official:
    acting, title = split_acting(acting, title)
    if acting not in ("", "Plt.", "Plh."):
        raise ValidationError(tr("Awalan jabatan harus kosong, Plt. atau Plh."))
    official = Official(
        satker_id=satker.id, name=name, title=title, acting=acting,
        nip=validate_nip(nip) if nip.strip() else "", position=len(satker.officials),
    )
    satker.officials.append(official)
    session.add(official)
    return official


def add_plan(session: Session, satker: Satker, kind: str = "RAK", year: int | None = None,
             granularity: str = "monthly", **fields) -> Plan:
    if kind not in KINDS:
        raise ValidationError(tr("Jenis rencana harus RAK, IKU, PK atau SK."))
    year = year or dt.date.today().year
    if not 1990 <= int(year) <= 2200:
        raise ValidationError(tr("Tahun {year} tidak masuk akal.").format(year=year))
    Granularity(granularity)
    plan = Plan(satker_id=satker.id, kind=kind, year=int(year), granularity=granularity, **fields)
    satker.plans.append(plan)
    session.add(plan)
    return plan


def add_sasaran(session: Session, plan: Plan, text: str, position: int | None = None) -> Sasaran:
    ensure_draft(plan)
    if plan.kind == "SK":
        raise ValidationError(
            tr("Keputusan (SK) tidak berisi sasaran; ubah isinya di tampilan SK."))
    sasaran = Sasaran(plan_id=plan.id, text=text)
    _insert(plan.sasaran, sasaran, position)
    session.add(sasaran)
    return sasaran


def add_indikator(session: Session, sasaran: Sasaran, text: str, target: str = "",
                  keterangan: str = "", sumber_data: str = "",
                  position: int | None = None) -> Indikator:
    ensure_draft(sasaran)
    indikator = Indikator(sasaran_id=sasaran.id, text=text, keterangan=keterangan,
                          sumber_data=sumber_data)
    set_target(indikator, target)
    _insert(sasaran.indikator, indikator, position)
    session.add(indikator)
    return indikator


def add_kegiatan(session: Session, indikator: Indikator, text: str,
                 pelaksana: list[str] | None = None, position: int | None = None) -> Kegiatan:
    ensure_draft(indikator)
    kegiatan = Kegiatan(indikator_id=indikator.id, text=text)
    _insert(indikator.kegiatan, kegiatan, position)
    session.add(kegiatan)
    if pelaksana:
        set_pelaksana(session, kegiatan, pelaksana)
    return kegiatan


def _insert(siblings: list, row, position: int | None) -> None:
    position = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(position, row)
    renumber(siblings)


def renumber(siblings: list) -> None:
    for i, row in enumerate(siblings):
        if row.position != i:
            row.position = i


# ---------------------------------------------------------------- editing


def set_target(indikator: Indikator, text: str) -> None:
    """Keep the typed target and its parsed kind, value and unit."""
    parsed = parse_target(text, indikator.text)
    indikator.target = text
    indikator.target_kind = parsed.kind.value
    indikator.target_value = None if parsed.value is None else str(parsed.value)
    indikator.target_unit = parsed.unit


def set_pelaksana(session: Session, kegiatan: Kegiatan, names: list[str]) -> None:
    """Replace a kegiatan's pelaksana; names matching a sub-unit are linked to it."""
    ensure_draft(kegiatan)
    satker = kegiatan.indikator.sasaran.plan.satker
    units = {u.name: u for u in satker.sub_units} if satker else {}
    for old in list(kegiatan.pelaksana):
        delete_row(session, old)
    for i, name in enumerate(n.strip() for n in names if n.strip()):
        unit = units.get(name)
        row = Pelaksana(kegiatan_id=kegiatan.id, position=i, name=name,
                        sub_unit_id=unit.id if unit else None)
        kegiatan.pelaksana.append(row)
        session.add(row)


def check_period(plan: Plan, period: int) -> None:
    """Refuse a schedule period the plan does not have (month 13, quarter 5)."""
    if not 1 <= period <= plan.gran.periods:
        raise ValidationError((tr("Periode {period} tidak ada pada rencana bulanan.")
                               if plan.gran is Granularity.MONTHLY else
                               tr("Periode {period} tidak ada pada rencana triwulan."))
                              .format(period=period))


def set_cell(session: Session, kegiatan: Kegiatan, period: int, cell: Cell) -> None:
    """Set one schedule cell; an empty cell removes its row."""
    plan = kegiatan.indikator.sasaran.plan
    ensure_draft(plan)
    check_period(plan, period)
    existing = next((c for c in kegiatan.cells if c.period == period), None)
    if cell.empty:
        if existing is not None:
            delete_row(session, existing)
        return
    weeks = "".join(str(w) for w in sorted(cell.weeks))
    if existing is None:
        existing = ScheduleCell(kegiatan_id=kegiatan.id, period=period)
        kegiatan.cells.append(existing)
        session.add(existing)
    existing.ticked, existing.weeks, existing.note = cell.ticked, weeks, cell.note
    existing.modified_at = utcnow()


def set_schedule(session: Session, kegiatan: Kegiatan, cells: dict[int, Cell]) -> None:
    plan = kegiatan.indikator.sasaran.plan
    for period in range(1, plan.gran.periods + 1):
        set_cell(session, kegiatan, period, cells.get(period, Cell()))


def delete_row(session: Session, row) -> None:
    """Delete a row and everything under it, leaving tombstones so a merge does
    not bring them back. Nothing is flushed meanwhile: deleting a plan loads its
    revisions, and a flush in the middle of that cascade broke the session."""
    with session.no_autoflush:
        _delete_row(session, row)


def _delete_row(session: Session, row) -> None:
    if isinstance(row, (Sasaran, Indikator, Kegiatan, BudgetLine, PeriodTarget)):
        ensure_draft(row)
    for child in _children(row):
        _delete_row(session, child)
    session.add(Tombstone(id=row.id, table_name=row.__tablename__))
    parent_list = _parent_list(row)
    if parent_list is not None and row in parent_list:
        parent_list.remove(row)
        if hasattr(row, "position"):
            renumber(parent_list)
    session.delete(row)


def _children(row) -> list:
    """The rows deleted (and tombstoned) with ``row``. A plan's revisions are
    not: they go with their plan by the database's cascade."""
    for child in registry.children(type(row)):
        if child.model is not Revision:
            yield from list(getattr(row, child.parent.children))


def _parent_list(row):
    if isinstance(row, Revision):
        return None
    return registry.parent_list(row)


def change_granularity(session: Session, plan: Plan, granularity: str) -> list[str]:
    """Switch a plan between monthly and quarterly, mapping every schedule.
    Returns one sentence per kegiatan whose detail could not be kept."""
    ensure_draft(plan)
    source, target = plan.gran, Granularity(granularity)
    if source == target:
        return []
    converted = []
    losses = []
    for sasaran in plan.sasaran:
        for indikator in sasaran.indikator:
            for kegiatan in indikator.kegiatan:
                cells, lost = convert(kegiatan.schedule(), source, target)
                converted.append((kegiatan, cells))
                name = kegiatan.text.splitlines()[0][:60] if kegiatan.text else tr("(tanpa teks)")
                losses += [f"{name}: {msg}" for msg in lost]
    for kegiatan, _ in converted:
        for cell in list(kegiatan.cells):
            delete_row(session, cell)
    plan.granularity = target.value
    for kegiatan, cells in converted:
        for period, cell in cells.items():
            set_cell(session, kegiatan, period, cell)
    return losses


# ---------------------------------------------------------------- reading


def all_satkers(session: Session) -> list[Satker]:
    return list(session.exec(select(Satker).order_by(Satker.name)))


def get_plan(session: Session, plan_id: str) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        matches = list(session.exec(select(Plan).where(Plan.id.startswith(plan_id))))
        if len(matches) == 1 and len(plan_id) >= 4:
            return matches[0]
        raise ValidationError(
            tr("Rencana dengan id {id} tidak ada di berkas ini.").format(id=plan_id))
    return plan


def plan_counts(plan: Plan) -> dict:
    indikator = [i for s in plan.sasaran for i in s.indikator]
    kegiatan = [k for i in indikator for k in i.kegiatan]
    return {"sasaran": len(plan.sasaran), "indikator": len(indikator), "kegiatan": len(kegiatan)}


def plan_to_dict(plan: Plan, full: bool = True, counts: dict | None = None) -> dict:
    """Everything a plan holds, for ``rakdesk list --json``."""
    data = {
        "id": plan.id, "kind": plan.kind, "year": plan.year, "granularity": plan.granularity,
        "status": plan.status, "paper": plan.paper, "label": plan_label(plan),
        "counts": plan_counts(plan) if counts is None else counts,
    }
    if not full:
        return data
    data["signature"] = signature_lines(plan)
    if plan.kind == "SK":
        from rakdesk.core.decree_text import decree_to_dict

        data["decree"] = decree_to_dict(plan)
    if plan.kind == "IKU":
        data["tugas"] = plan.tugas
        data["fungsi"] = plan.fungsi_list
    data["sasaran"] = _sasaran_to_dicts(plan)
    return data


def _sasaran_to_dicts(plan: Plan) -> list[dict]:
    """The plan's rows, their texts as its table shows them (rakdesk.core.tables:
    a schedule cell's weeks written out); what the table does not show (an
    IKU's kegiatan) as stored."""
    gran, table = plan.gran, describe(plan)
    first = table.first_rows()
    periods = [c for c in table.columns if c.period]

    def cells(ident: str) -> dict[str, str]:
        r = first.get(ident)
        return dict(table.rows[r].cells, **table.rows[r].whole) if r is not None else {}

    def kegiatan(k: Kegiatan) -> dict:
        shown = cells(k.id)
        if not shown:
            return {"id": k.id, "text": k.text, "pelaksana": [p.name for p in k.pelaksana],
                    "schedule": {gran.label(p): c.text(plan.tick_style)
                                 for p, c in sorted(k.schedule().items())}}
        return {"id": k.id, "text": shown["kegiatan"],
                "pelaksana": list(table.rows[first[k.id]].pelaksana),
                "schedule": {gran.label(c.period): shown[c.key] for c in periods
                             if shown[c.key]}}

    def indikator(i: Indikator) -> dict:
        shown = cells(i.id)
        return {
            "id": i.id, "text": shown.get("indikator", i.text),
            "target": shown.get("target", i.target), "target_kind": i.target_kind,
            "target_value": i.target_value, "target_unit": i.target_unit,
            **({"keterangan": shown.get("keterangan", i.keterangan),
                "sumber_data": shown.get("sumber_data", i.sumber_data)}
               if plan.kind == "IKU" else {}),
            "kegiatan": [kegiatan(k) for k in i.kegiatan],
        }

    return [{"id": s.id, "number": n, "text": cells(s.id).get("sasaran", s.text),
             "indikator": [indikator(i) for i in s.indikator]}
            for n, s in enumerate(plan.sasaran, 1)]


def workspace_to_dict(session: Session, full: bool = True) -> dict:
    """Satkers and plans; ``full`` with every row (one query per level either way:
    without it, plans are counted in grouped queries and no row is loaded)."""
    if full:
        options, summaries = loading.satker_tree_options(), {}
    else:
        options, summaries = loading.satker_options(), loading.plan_summaries(session)

    def counts(plan):
        if full:
            return None
        found = summaries.get(plan.id, {})
        keys = ("sasaran", "indikator", "kegiatan") + (("tim", "anggota") if plan.kind == "SK"
                                                       else ())
        return {k: found.get(k, 0) for k in keys}

    return {
        "satkers": [
            {
                "id": s.id, "name": s.name, "level": s.level, "body": s.body, "city": s.city,
                "sub_units": [u.name for u in s.sub_units],
                "officials": [
                    {"name": o.name, "title": o.title, "acting": o.acting,
                     "nip": format_nip(o.nip) if o.nip else ""}
                    for o in s.officials
                ],
                "plans": [plan_to_dict(p, full, counts(p)) for p in s.plans],
            }
            for s in session.exec(select(Satker).order_by(Satker.name).options(*options))
        ]
    }
