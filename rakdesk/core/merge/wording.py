"""How a merge speaks: nouns and field names, and a conflict's what, where
and each side's version in words, in the interface's language (each looked
up when a message is made, not when the module is imported)."""

from __future__ import annotations

from rakdesk.core import history, registry
from rakdesk.core.i18n import tr
from rakdesk.core.merge.side import BOTH, MINE, THEIRS, Side
from rakdesk.core.schedule import Granularity


def noun(kind: str) -> str:
    """A unit's kind as a heading: "Kegiatan", "Jadwal"."""
    entry = registry.BY_KIND.get(kind)
    return entry.noun() if entry else kind


def counted(kind: str, count: int) -> str:
    """A number of units: "3 kegiatan", "2 jadwal"."""
    entry = registry.BY_KIND.get(kind)
    return (entry.counted() if entry else "{count} " + kind).format(count=count)


def field_word(name: str) -> str:
    """A column in words: "nama lengkap"."""
    word = registry.FIELD_WORDS.get(name)
    return word() if word else name.replace("_", " ")


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
    return side.plan_label(side.plan_of(table, row_id) or "")


def describe(side: Side, other: Side, key: str) -> str:
    """A unit's version on ``side`` in words (fields that differ from ``other``)."""
    kind, _, rest = key.partition(":")
    if kind == history.CELL.kind:
        kid, _, period = rest.partition(":")
        value = side.cells.get((kid, int(period)))
        if value is None:
            return empty()
        ticked, weeks, note = value
        text = tr("minggu ke {weeks}").format(weeks=", ".join(weeks)) if weeks else (
            "✓" if ticked else "")
        return " ".join(p for p in (text, f"«{note}»" if note else "") if p) or empty()
    if kind == history.LIST.kind:
        return ", ".join(side.pelaksana.get(rest, ())) or empty()
    row = side.rows[kind].get(rest)
    if row is None:
        return deleted()
    fields = history.ROWS[kind].fields
    if fields == ("text",):  # a sasaran, a kegiatan: the text is the row
        return f"«{short(row['text'])}»"
    other_row = other.rows[kind].get(rest)
    diff = [f for f in fields if other_row is None or other_row[f] != row[f]] or list(fields[:1])
    return "; ".join(f"{field_word(f)} «{short(row[f])}»" for f in diff[:4])


def what(mine: Side, theirs: Side, key: str) -> str:
    """Which unit, in words: "Kegiatan «Rapat koordinasi»"."""
    kind, _, rest = key.partition(":")
    if kind in (history.CELL.kind, history.LIST.kind):
        kid, _, period = rest.partition(":")
        row = mine.rows["kegiatan"].get(kid) or theirs.rows["kegiatan"].get(kid) or {}
        plan_id = mine.plan_of("kegiatan", kid) if kid in mine.rows["kegiatan"] else None
        text = short(row.get("text", ""))
        if kind == history.CELL.kind:
            gran = mine.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
            return tr("Jadwal {period} kegiatan «{text}»").format(
                period=Granularity(gran).label(int(period)), text=text)
        return tr("Pelaksana kegiatan «{text}»").format(text=text)
    row = mine.rows[kind].get(rest) or theirs.rows[kind].get(rest) or {}
    entry = registry.BY_KIND[kind]
    if entry.identity and entry.parent is not None and not (row.get("text") or row.get("name")):
        # a row of a period (a realisasi), named by its parent
        parent, parent_id = entry.parent.model.__tablename__, row.get(entry.parent.column)
        above = mine.rows[parent].get(parent_id) or theirs.rows[parent].get(parent_id) or {}
        which = " ".join(f"{field_word(f)} {row[f]}" for f in entry.identity if row.get(f))
        return tr("{noun} {which} «{text}»").format(
            noun=noun(kind), which=which, text=short(label(parent, above)))
    return f"{noun(kind)} «{short(label(kind, row))}»"


def label(table: str, row: dict) -> str:
    """A row by its text or name, else by what a merge matches it by: "RAK 2024"."""
    return row.get("text") or row.get("name") or " ".join(
        str(row.get(f, "")) for f in registry.BY_TABLE[table].match)


def describe_revision(rev: dict) -> str:
    """A finalised revision in words: its code, when, and who signed it."""
    when = rev.get("finalized_at")
    text = tr("kode {code}").format(code=rev["code"])
    if hasattr(when, "strftime"):
        text += tr(", difinalkan {when}").format(when=f"{when:%d-%m-%Y %H:%M}")
    if rev.get("signer"):
        text += tr(", ditandatangani {signer}").format(signer=short(rev["signer"], 40))
    return text
