"""How a merge speaks: nouns and field names in Indonesian, and a conflict's
what, where and each side's version in words."""

from __future__ import annotations

from rakdesk.core.history import UNITS
from rakdesk.core.merge.side import BOTH, MINE, THEIRS, Side
from rakdesk.core.schedule import Granularity

NOUN = {"satker": "Satker", "sub_unit": "Sub-unit", "official": "Pejabat", "plan": "Rencana",
        "sasaran": "Sasaran", "indikator": "Indikator", "kegiatan": "Kegiatan",
        "cell": "Jadwal", "pelaksana": "Pelaksana", "revision": "Revisi"}
FIELD_WORDS = {"text": "teks", "name": "nama", "full_name": "nama lengkap", "address": "alamat",
               "phone": "telepon", "city": "kota", "title": "jabatan", "acting": "Plt./Plh.",
               "year": "tahun", "granularity": "jadwal", "status": "status", "paper": "kertas",
               "signatory_id": "penanda tangan", "sign_place": "tempat tanda tangan",
               "sign_date": "tanggal tanda tangan", "parent_office": "kantor induk",
               "office_heading": "kop", "target_unit": "satuan target",
               "sumber_data": "sumber data", "logo": "logo"}
RESOLUTION_WORDS = {MINE: "pakai milik sini", THEIRS: "pakai milik berkas lain",
                    BOTH: "simpan keduanya"}


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
            return "kosong"
        ticked, weeks, note = value
        text = f"minggu ke {', '.join(weeks)}" if weeks else ("✓" if ticked else "")
        return " ".join(p for p in (text, f"«{note}»" if note else "") if p) or "kosong"
    if kind == "pelaksana":
        return ", ".join(side.pelaksana.get(rest, ())) or "kosong"
    row = side.rows[kind].get(rest)
    if row is None:
        return "dihapus"
    fields = UNITS[kind][2]
    if kind in ("sasaran", "kegiatan"):
        return f"«{short(row['text'])}»"
    other_row = other.rows[kind].get(rest)
    diff = [f for f in fields if other_row is None or other_row[f] != row[f]] or list(fields[:1])
    return "; ".join(f"{FIELD_WORDS.get(f, f.replace('_', ' '))} «{short(row[f])}»"
                     for f in diff[:4])


def what(a: Side, b: Side, key: str) -> str:
    """Which unit, in words: "Kegiatan «Rapat koordinasi»"."""
    kind, _, rest = key.partition(":")
    if kind in ("cell", "pelaksana"):
        kid, _, period = rest.partition(":")
        row = a.rows["kegiatan"].get(kid) or b.rows["kegiatan"].get(kid) or {}
        plan_id = a.plan_of("kegiatan", kid) if kid in a.rows["kegiatan"] else None
        label = "Pelaksana"
        if kind == "cell":
            gran = a.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
            label = f"Jadwal {Granularity(gran).label(int(period))}"
        return f"{label} kegiatan «{short(row.get('text', ''))}»"
    row = a.rows[kind].get(rest) or b.rows[kind].get(rest) or {}
    name = row.get("text") or row.get("name") or (
        f"{row.get('kind', '')} {row.get('year', '')}" if kind == "plan" else "")
    return f"{NOUN[kind]} «{short(name)}»"


def describe_revision(rev: dict) -> str:
    """A finalised revision in words: its code, when, and who signed it."""
    when = rev.get("finalized_at")
    text = f"kode {rev['code']}"
    if hasattr(when, "strftime"):
        text += f", difinalkan {when:%d-%m-%Y %H:%M}"
    if rev.get("signer"):
        text += f", ditandatangani {short(rev['signer'], 40)}"
    return text
