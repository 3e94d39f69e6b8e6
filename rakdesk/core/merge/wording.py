"""How a merge speaks: nouns and field names, and a conflict's what, where
and each side's version in words, in the interface's language (each looked
up when a message is made, not when the module is imported)."""

from __future__ import annotations

from rakdesk.core.history import UNITS
from rakdesk.core.i18n import tr
from rakdesk.core.merge.side import BOTH, MINE, THEIRS, Side
from rakdesk.core.schedule import Granularity


def noun(kind: str) -> str:
    """A unit's kind as a heading: "Kegiatan", "Jadwal"."""
    return {"satker": "Satker", "sub_unit": "Sub-unit", "official": tr("Pejabat"),
            "plan": tr("Rencana"), "sasaran": "Sasaran", "indikator": "Indikator",
            "kegiatan": "Kegiatan", "cell": tr("Jadwal"), "pelaksana": "Pelaksana",
            "revision": tr("Revisi"), "decree": tr("Keputusan"),
            "decree_item": tr("Butir keputusan"), "decree_point": tr("Butir diktum"),
            "decree_team": tr("Tim"), "decree_member": tr("Anggota tim")}.get(kind, kind)


def counted(kind: str, count: int) -> str:
    """A number of units: "3 kegiatan", "2 jadwal"."""
    text = {"satker": "{count} satker", "sub_unit": tr("{count} sub-unit"),
            "official": tr("{count} pejabat"), "plan": tr("{count} rencana"),
            "sasaran": "{count} sasaran", "indikator": "{count} indikator",
            "kegiatan": "{count} kegiatan", "cell": tr("{count} jadwal"),
            "pelaksana": "{count} pelaksana", "revision": tr("{count} revisi"),
            "decree": tr("{count} keputusan"), "decree_item": tr("{count} butir keputusan"),
            "decree_point": tr("{count} butir diktum"), "decree_team": tr("{count} tim"),
            "decree_member": tr("{count} anggota tim")}.get(
        kind, "{count} " + kind)
    return text.format(count=count)


def field_word(name: str) -> str:
    """A column in words: "nama lengkap"."""
    words = {"text": tr("teks"), "name": tr("nama"), "full_name": tr("nama lengkap"),
             "address": tr("alamat"), "phone": tr("telepon"), "city": tr("kota"),
             "title": tr("jabatan"), "acting": "Plt./Plh.", "year": tr("tahun"),
             "granularity": tr("jadwal"), "status": "status", "paper": tr("kertas"),
             "signatory_id": tr("penanda tangan"), "sign_place": tr("tempat tanda tangan"),
             "sign_date": tr("tanggal tanda tangan"), "parent_office": tr("kantor induk"),
             "office_heading": tr("kop"), "target_unit": tr("satuan target"),
             "sumber_data": tr("sumber data"), "logo": "logo"}
    return words.get(name, name.replace("_", " "))


def resolution_word(choice: str) -> str:
    """How a conflict was answered: "pakai milik sini"."""
    return {MINE: tr("pakai milik sini"), THEIRS: tr("pakai milik berkas lain"),
            BOTH: tr("simpan keduanya")}.get(choice, choice)


def empty() -> str:
    return tr("kosong")


def deleted() -> str:
    return tr("dihapus")


def short(text, limit: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def where(side: Side, table: str, row_id: str) -> str:
    """The plan a row belongs to, in words ("" for a satker's own rows)."""
    if table in ("satker", "sub_unit", "official"):
        return ""
    return side.plan_label(side.plan_of(table, row_id) or "")


def describe(side: Side, other: Side, key: str) -> str:
    """A unit's version on ``side`` in words (fields that differ from ``other``)."""
    kind, _, rest = key.partition(":")
    if kind == "cell":
        kid, _, period = rest.partition(":")
        value = side.cells.get((kid, int(period)))
        if value is None:
            return empty()
        ticked, weeks, note = value
        text = tr("minggu ke {weeks}").format(weeks=", ".join(weeks)) if weeks else (
            "✓" if ticked else "")
        return " ".join(p for p in (text, f"«{note}»" if note else "") if p) or empty()
    if kind == "pelaksana":
        return ", ".join(side.pelaksana.get(rest, ())) or empty()
    row = side.rows[kind].get(rest)
    if row is None:
        return deleted()
    fields = UNITS[kind][2]
    if kind in ("sasaran", "kegiatan"):
        return f"«{short(row['text'])}»"
    other_row = other.rows[kind].get(rest)
    diff = [f for f in fields if other_row is None or other_row[f] != row[f]] or list(fields[:1])
    return "; ".join(f"{field_word(f)} «{short(row[f])}»" for f in diff[:4])


def what(a: Side, b: Side, key: str) -> str:
    """Which unit, in words: "Kegiatan «Rapat koordinasi»"."""
    kind, _, rest = key.partition(":")
    if kind in ("cell", "pelaksana"):
        kid, _, period = rest.partition(":")
        row = a.rows["kegiatan"].get(kid) or b.rows["kegiatan"].get(kid) or {}
        plan_id = a.plan_of("kegiatan", kid) if kid in a.rows["kegiatan"] else None
        text = short(row.get("text", ""))
        if kind == "cell":
            gran = a.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
            return tr("Jadwal {period} kegiatan «{text}»").format(
                period=Granularity(gran).label(int(period)), text=text)
        return tr("Pelaksana kegiatan «{text}»").format(text=text)
    row = a.rows[kind].get(rest) or b.rows[kind].get(rest) or {}
    name = row.get("text") or row.get("name") or (
        f"{row.get('kind', '')} {row.get('year', '')}" if kind == "plan" else "")
    return f"{noun(kind)} «{short(name)}»"


def describe_revision(rev: dict) -> str:
    """A finalised revision in words: its code, when, and who signed it."""
    when = rev.get("finalized_at")
    text = tr("kode {code}").format(code=rev["code"])
    if hasattr(when, "strftime"):
        text += tr(", difinalkan {when}").format(when=f"{when:%d-%m-%Y %H:%M}")
    if rev.get("signer"):
        text += tr(", ditandatangani {signer}").format(signer=short(rev["signer"], 40))
    return text
