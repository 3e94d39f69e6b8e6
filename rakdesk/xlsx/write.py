"""Writing an imported plan into a workspace.

The satker, the plan and its signatory go through the core's operations; the
plan's rows (sasaran, indikator, kegiatan, pelaksana, schedule cells) are
inserted in bulk, one statement per table, and their first versions are then
recorded in one pass, as a flush of the same rows would record them. Going
through the ORM one row at a time cost about 5 ms a kegiatan (a 4,000-kegiatan
plan took over 20 s), nearly all of it in building model objects.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect
from sqlalchemy.orm import selectinload
from sqlmodel import select

from rakdesk.core import history, registry
from rakdesk.core import plans as ops
from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    Indikator,
    Kegiatan,
    Pelaksana,
    Plan,
    Sasaran,
    Satker,
    ScheduleCell,
    new_id,
    utcnow,
)
from rakdesk.core.targets import parse_target
from rakdesk.errors import RakdeskError
from rakdesk.xlsx.archive import ImportRefused


def satker_and_year(session, imported, satker_name: str | None, year: int | None):
    """The satker an imported sheet goes to (made when new) and its year: as
    given, else as the sheet names them; refused in one line when neither does."""
    name = (satker_name or imported.satker_name or "").strip()
    if not name:
        raise ImportRefused(tr("Nama satker tidak ditemukan di lembar; sebutkan dengan "
                              "--satker."))
    year = year or imported.year
    if not year:
        raise ImportRefused(tr("Tahun tidak ditemukan di lembar; sebutkan dengan --year."))
    satker = session.exec(select(Satker).where(Satker.name == name)).first()
    if satker is None:
        satker = ops.add_satker(session, name=name)
    return satker, year


def write_plan(session, imported, satker_name: str | None = None, year: int | None = None,
               load_rows: bool = False):
    """Write an imported plan (and its satker, when new) in the session; the
    caller commits. Returns the new plan; with ``load_rows`` its rows are loaded
    too, in one query per table (the window snapshots them for undo: loading
    them one relation at a time took longer than the import)."""
    satker, year = satker_and_year(session, imported, satker_name, year)
    sig = imported.signature
    fields = {"year_label": imported.year_label, "show_no_column": imported.show_no_column,
              "tick_style": imported.tick_style, "tugas": imported.tugas,
              "fungsi": "\n".join(imported.fungsi)}
    plan = ops.add_plan(session, satker, imported.kind, year, imported.granularity, **fields)
    if sig:
        plan.sign_place = sig["place"]
        if sig["year"]:
            plan.sign_date = dt.date(sig["year"], sig["month"], sig["day"] or 1)
            plan.sign_date_precision = "day" if sig["day"] else "month"
        plan.sign_upper = sig["upper"]
        plan.signatory = _signatory(session, satker, sig, plan)
        if not satker.city and sig["place"]:
            satker.city = sig["place"].title() if sig["upper"] else sig["place"]
    session.flush()
    _insert_rows(session, plan, satker, imported)
    if load_rows:
        _load_rows(session, plan)
    return plan


def _load_rows(session, plan) -> None:
    """Fill plan.sasaran and everything under it (the plan holds them: the
    session alone keeps only weak references)."""
    session.exec(select(Plan).where(Plan.id == plan.id).options(
        selectinload(Plan.sasaran).selectinload(Sasaran.indikator)
        .selectinload(Indikator.kegiatan).options(
            selectinload(Kegiatan.pelaksana), selectinload(Kegiatan.cells)))).one()


def _insert_rows(session, plan, satker, imported) -> None:
    now = utcnow()
    units = {u.name: u.id for u in satker.sub_units}
    rows: dict[type, list[dict]] = {Sasaran: [], Indikator: [], Kegiatan: [], Pelaksana: [],
                                    ScheduleCell: []}
    for sp, s in enumerate(imported.sasaran):
        sid = new_id()
        rows[Sasaran].append({"id": sid, "plan_id": plan.id, "position": sp, "text": s["text"],
                              "source_id": None, "modified_at": now})
        for ip, i in enumerate(s["indikator"]):
            iid = new_id()
            target = parse_target(i["target"], i["text"])
            rows[Indikator].append({
                "id": iid, "sasaran_id": sid, "position": ip, "text": i["text"],
                "target": i["target"], "target_kind": target.kind.value,
                "target_value": None if target.value is None else str(target.value),
                "target_unit": target.unit, "keterangan": i.get("keterangan", ""),
                "sumber_data": i.get("sumber_data", ""), "satuan": i.get("satuan", ""),
                "source_id": None, "modified_at": now})
            for kp, k in enumerate(i["kegiatan"]):
                kid = new_id()
                rows[Kegiatan].append({"id": kid, "indikator_id": iid, "position": kp,
                                       "text": k["text"], "modified_at": now})
                names = [n.strip() for n in k["pelaksana"] if n.strip()]
                for n, pelaksana in enumerate(names):
                    rows[Pelaksana].append({"id": new_id(), "kegiatan_id": kid, "position": n,
                                            "name": pelaksana, "sub_unit_id": units.get(pelaksana),
                                            "modified_at": now})
                for period, cell in sorted(k["cells"].items()):
                    if cell.empty or not 1 <= period <= plan.gran.periods:
                        continue
                    rows[ScheduleCell].append({
                        "id": new_id(), "kegiatan_id": kid, "period": period,
                        "ticked": cell.ticked, "weeks": "".join(str(w) for w in sorted(cell.weeks)),
                        "note": cell.note, "modified_at": now})
    for model in (Sasaran, Indikator, Kegiatan):  # content columns the workbook has no say on
        for row in rows[model]:
            for name in registry.fields(model):
                row.setdefault(name, model.model_fields[name].default)
    conn = session.connection()
    # modified_at as the ORM writes it (the dialect's own format), made once
    stamp = Sasaran.__table__.c.modified_at.type.dialect_impl(conn.dialect).bind_processor(
        conn.dialect)
    stamp = stamp(now) if stamp else now.isoformat(" ")
    for model, values in rows.items():
        if values:
            names = list(values[0])
            conn.exec_driver_sql(
                f"INSERT INTO {model.__tablename__} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [tuple(stamp if n == "modified_at" else row[n] for n in names)
                 for row in values])
    if _versions_kept(conn):
        _first_versions(conn, _contents(rows))
    session.expire(plan, ["sasaran"])


def _contents(rows: dict[type, list[dict]]) -> dict[str, str]:
    """The first versions' contents of the inserted rows, hashed from the very
    values inserted (as history.contents_of would read them back)."""
    out = {}
    for model, table in ((Sasaran, "sasaran"), (Indikator, "indikator"),
                         (Kegiatan, "kegiatan")):
        for row in rows[model]:
            out[history.key_of(table, row["id"])] = history.row_content(table, row)
    hashed: dict[tuple, str] = {}  # most cells are the same plain tick
    for row in rows[ScheduleCell]:
        value = (bool(row["ticked"]), row["weeks"], row["note"])
        if value not in hashed:
            hashed[value] = history.cell_content(value)
        out[history.cell_key(row["kegiatan_id"], row["period"])] = hashed[value]
    names: dict[str, list[str]] = {}
    for row in rows[Pelaksana]:  # in position order already
        names.setdefault(row["kegiatan_id"], []).append(row["name"])
    for kid, listed in names.items():
        out[history.pelaksana_key(kid)] = history.pelaksana_content(tuple(listed))
    return out


def _first_versions(conn, contents: dict[str, str]) -> None:
    """history.record for units that are new: no earlier version to look up."""
    upserts = []
    for key, content in contents.items():
        rev, old = history.initial(key)
        if content != old:
            upserts.append({"key": key, "rev": history.next_rev(rev, content),
                            "content": content})
    history.set_versions(conn, upserts)
    history.add_history(conn, upserts)


def _versions_kept(conn) -> bool:
    """As the flush hook in rakdesk.core.history decides it: a database without
    version tables is never a rakdesk workspace, and gets none."""
    if "rakdesk_versions" not in conn.info:
        conn.info["rakdesk_versions"] = inspect(conn).has_table("row_version")
    return conn.info["rakdesk_versions"]


def _signatory(session, satker, sig: dict, plan):
    """The official named in the signature block (found or added), and the
    plan's office lines from the heading."""
    heading = list(sig["heading"])
    acting, title, office = "", "", []
    if heading and heading[-1].endswith(","):
        title = heading[-1].rstrip(",").strip()
        office = heading[:-1]
        plan.sign_layout = "office_then_position"
    elif heading:
        first = heading[0].split()
        title, office = (first[0] if first else ""), [" ".join(first[1:])] + heading[1:]
        office = [line for line in office if line]
        plan.sign_layout = "position_then_office"
    for prefix in ("Plt.", "Plh."):
        if title.lower().startswith(prefix.lower()):
            acting, title = prefix, title[len(prefix):].strip()
    plan.sign_office = "\n".join(office)
    if not satker.office_heading and office:
        satker.office_heading = plan.sign_office
    if not sig["name"]:
        return None
    for official in satker.officials:
        if official.name == sig["name"]:
            return official
    nip = sig["nip"] if len(sig["nip"]) == 18 else ""
    try:
        return ops.add_official(session, satker, sig["name"], title, nip, acting)
    except RakdeskError:
        return ops.add_official(session, satker, sig["name"], title, "", acting)
