"""What each table of a workspace holds, written once.

For every table of ``rakdesk.core.model``: its *content fields* (what a
revision snapshots, what history versions, what a merge compares and copies),
its *parent* (the foreign key, the attribute that reaches the parent, the
parent's list of these rows) and so its children, and which content fields
point at another row (*references*: a plan's signatory), how history versions
it (its *unit*), how a merge matches and words it. Everything else in a
table is bookkeeping: ``id``, ``position``, ``modified_at`` and the parent's
key. The tables of the machinery itself (tombstones, versions, file metadata)
hold no content.

Adding a column is one line in ``core/model.py``, its name here, and a
migration; ``tests/test_registry.py`` fails when one of the three is missing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    BudgetLine,
    Decree,
    DecreeItem,
    DecreeMember,
    DecreePoint,
    DecreeTeam,
    Evidence,
    Indikator,
    Kegiatan,
    KegiatanProgress,
    Official,
    Pelaksana,
    PeriodTarget,
    Plan,
    Realisasi,
    Revision,
    RowHistory,
    RowVersion,
    Sasaran,
    Satker,
    ScheduleCell,
    SubUnit,
    Tombstone,
    WorkspaceMeta,
)

BOOKKEEPING = ("id", "modified_at")  # in every content table; "position" in ordered ones


@dataclass(frozen=True)
class Parent:
    model: type  # Plan
    column: str  # the foreign key on the child: "plan_id"
    attr: str  # the relationship on the child: "plan"
    children: str  # the parent's ordered list of these rows: "sasaran"


@dataclass(frozen=True)
class Entry:
    model: type
    fields: tuple[str, ...]  # content, in a stable order
    parent: Parent | None = None
    # Whether its rows keep a ``position`` among their siblings.
    ordered: bool = False
    # Besides the id, what tells a row from its siblings (a schedule cell's period).
    key: tuple[str, ...] = ()
    # Content fields typed as text into the plan grid.
    typed: tuple[str, ...] = ()
    # Content fields holding another row's id: field -> the model it points at.
    references: dict[str, type] = field(default_factory=dict)
    # How history versions it: "row" (each row is a unit), "cell" (one unit per
    # parent and key, empty when absent), "list" (the parent's list of names is
    # one unit), None (not versioned: a revision never changes).
    unit: str | None = "row"
    # What a unit key starts with ("cell:<kegiatan id>:<period>"): the table's
    # name unless set (stored in every file's versions: never rename one).
    prefix: str = ""
    # What tells a row of a file written separately (no shared ids) to be the
    # same as one here: a plan by kind and year, a sasaran by its text.
    match: tuple[str, ...] = ()
    # A merge conflict on a row may keep both versions, side by side.
    keep_both: bool = False
    # Content fields that both copies changing is no conflict for: the version
    # here is kept (an evidence file's name, the same file attached in both).
    mine_wins: tuple[str, ...] = ()
    # Its id is made from its parent's id and these fields (:func:`row_id`), so
    # two copies that each fill the same period hold one row, and a merge
    # compares them instead of adding both.
    identity: tuple[str, ...] = ()
    # Part of what a revision signs. False: filled in through the year on a
    # signed plan (realisasi): left out of a revision's content and of a copy
    # of the plan for another year, and a merge takes it into a final plan.
    signed: bool = True
    # Content fields a revision does not sign (how capaian is computed): left
    # out of its content, so setting one on a final plan changes no signed paper.
    unsigned: tuple[str, ...] = ()
    # The kind of row in words, looked up when a message is made: as a
    # heading ("Kegiatan") and counted ("3 kegiatan").
    noun: Callable[[], str] = field(default=lambda: "", compare=False)
    counted: Callable[[], str] = field(default=lambda: "", compare=False)

    @property
    def table(self) -> str:
        return self.model.__tablename__

    @property
    def kind(self) -> str:
        """What its unit keys start with: ``kegiatan``, ``cell``."""
        return self.prefix or self.table

    @property
    def stored(self) -> tuple[str, ...]:
        """Key and content: everything a copy of the row carries besides its id."""
        return self.key + self.fields


# In an order where a row's references come before it (officials before the
# plans they sign): children are restored in this order.
ENTRIES: dict[type, Entry] = {e.model: e for e in (
    Entry(Satker, ("name", "full_name", "level", "body", "parent_office", "office_heading",
                   "address", "phone", "city", "logo", "pk_statement", "capaian_scale"),
          unsigned=("capaian_scale",), match=("name",), noun=lambda: "Satker",
          counted=lambda: "{count} satker"),
    Entry(SubUnit, ("name",), Parent(Satker, "satker_id", "satker", "sub_units"), ordered=True,
          match=("name",), noun=lambda: "Sub-unit", counted=lambda: tr("{count} sub-unit")),
    Entry(Official, ("name", "title", "nip", "acting", "signature_image", "stamp_image",
                     "pangkat"),
          Parent(Satker, "satker_id", "satker", "officials"), ordered=True, match=("name",),
          noun=lambda: tr("Pejabat"), counted=lambda: tr("{count} pejabat")),
    Entry(Plan, ("kind", "year", "granularity", "status", "paper", "title", "signatory_id",
                 "sign_place", "sign_date", "sign_date_precision", "sign_upper", "sign_office",
                 "sign_layout", "cover_page", "show_no_column", "tick_style",
                 "numeric_month_labels", "column_numbers", "year_label", "sasaran_header",
                 "indikator_header", "tugas", "fungsi", "party2_official_id", "party2_name",
                 "party2_title", "party2_nip", "party2_acting", "party2_office", "statement",
                 "amendment_reason", "show_satuan", "show_quarters", "budget_heading",
                 "source_plan_id", "final_reports"),
          Parent(Satker, "satker_id", "satker", "plans"), unsigned=("final_reports",),
          references={"signatory_id": Official, "party2_official_id": Official,
                      "source_plan_id": Plan},
          match=("kind", "year"), noun=lambda: tr("Rencana"),
          counted=lambda: tr("{count} rencana")),
    Entry(Sasaran, ("text", "source_id"), Parent(Plan, "plan_id", "plan", "sasaran"),
          ordered=True,
          typed=("text",), match=("text",), keep_both=True, noun=lambda: "Sasaran",
          counted=lambda: "{count} sasaran"),
    Entry(Indikator, ("text", "target", "target_kind", "target_value", "target_unit",
                      "keterangan", "sumber_data", "satuan", "source_id", "polarity",
                      "capaian_formula", "aggregation", "renstra_target"),
          Parent(Sasaran, "sasaran_id", "sasaran", "indikator"), ordered=True,
          typed=("text", "target", "keterangan", "sumber_data", "satuan"), match=("text",),
          keep_both=True,
          unsigned=("polarity", "capaian_formula", "aggregation", "renstra_target"),
          noun=lambda: "Indikator", counted=lambda: "{count} indikator"),
    Entry(Kegiatan, ("text",), Parent(Indikator, "indikator_id", "indikator", "kegiatan"),
          ordered=True, typed=("text",), keep_both=True, noun=lambda: "Kegiatan",
          counted=lambda: "{count} kegiatan"),
    Entry(Pelaksana, ("name", "sub_unit_id"),
          Parent(Kegiatan, "kegiatan_id", "kegiatan", "pelaksana"), ordered=True,
          references={"sub_unit_id": SubUnit}, unit="list", noun=lambda: "Pelaksana",
          counted=lambda: "{count} pelaksana"),
    Entry(ScheduleCell, ("ticked", "weeks", "note"),
          Parent(Kegiatan, "kegiatan_id", "kegiatan", "cells"), key=("period",), unit="cell",
          prefix="cell", noun=lambda: tr("Jadwal"), counted=lambda: tr("{count} jadwal")),
    Entry(Revision, ("number", "code", "content_sha256", "snapshot", "pdf", "pdf_sha256",
                     "signer", "finalized_at", "report"),
          Parent(Plan, "plan_id", "plan", "revisions"), unit=None, noun=lambda: tr("Revisi"),
          counted=lambda: tr("{count} revisi")),
    # Perjanjian Kinerja: a PK's budget lines, and an indikator's target per quarter
    # (a row each: its period tells it from its siblings).
    Entry(BudgetLine, ("text", "amount", "realised"),
          Parent(Plan, "plan_id", "plan", "budget_lines"), ordered=True, typed=("text",),
          unsigned=("realised",),
          match=("text",), noun=lambda: tr("Anggaran"),
          counted=lambda: tr("{count} baris anggaran")),
    Entry(PeriodTarget, ("target",),
          Parent(Indikator, "indikator_id", "indikator", "period_targets"), key=("period",),
          typed=("target",), match=("period",), noun=lambda: tr("Target triwulan"),
          counted=lambda: tr("{count} target triwulan")),
    # Monitoring through the year: one row per indikator (kegiatan) and period,
    # its id made from the parent's and the period (evidence: and its file or link).
    Entry(Realisasi, ("period", "target", "value", "note", "kendala", "upaya", "tindak_lanjut",
                      "pic", "batas_waktu", "tindak_lanjut_done"),
          Parent(Indikator, "indikator_id", "indikator", "realisasi"), identity=("period",),
          match=("period",), signed=False, noun=lambda: "Realisasi",
          counted=lambda: "{count} realisasi"),
    Entry(KegiatanProgress, ("period", "status", "note"),
          Parent(Kegiatan, "kegiatan_id", "kegiatan", "progress"), identity=("period",),
          match=("period",), signed=False, noun=lambda: tr("Pelaksanaan kegiatan"),
          counted=lambda: tr("{count} pelaksanaan kegiatan")),
    Entry(Evidence, ("period", "name", "mime", "sha256", "data", "link"),
          Parent(Indikator, "indikator_id", "indikator", "evidence"),
          identity=("period", "sha256", "link"), match=("period", "sha256", "link"),
          mine_wins=("name",), signed=False, noun=lambda: tr("Bukti dukung"),
          counted=lambda: tr("{count} bukti dukung")),
    # An SK's decree and its lists (rakdesk.core.decree). A decree of a file
    # written separately is the same one by its TENTANG, a member by the person
    # (an official matched by name), the other rows by their text.
    Entry(Decree, ("number_sequence", "number_classification", "number_satker_code",
                   "number_unit", "number_typed", "about", "menetapkan", "issuer_title",
                   "copy_certified", "copy_office", "copy_title", "copy_official_id",
                   "copy_name", "lampiran_title", "lampiran_decree",
                   "lampiran_about"),
          Parent(Plan, "plan_id", "plan", "decrees"), ordered=True,
          references={"copy_official_id": Official}, match=("about",),
          noun=lambda: tr("Keputusan"), counted=lambda: tr("{count} keputusan")),
    Entry(DecreeItem, ("section", "text"), Parent(Decree, "decree_id", "decree", "items"),
          ordered=True, typed=("text",), match=("section", "text"), keep_both=True,
          noun=lambda: tr("Butir keputusan"), counted=lambda: tr("{count} butir keputusan")),
    Entry(DecreePoint, ("text",), Parent(DecreeItem, "item_id", "item", "points"),
          ordered=True, typed=("text",), match=("text",), keep_both=True,
          noun=lambda: tr("Butir diktum"), counted=lambda: tr("{count} butir diktum")),
    Entry(DecreeTeam, ("heading", "tasks"), Parent(Decree, "decree_id", "decree", "teams"),
          ordered=True, typed=("heading", "tasks"), match=("heading",), keep_both=True,
          noun=lambda: tr("Tim"), counted=lambda: tr("{count} tim")),
    Entry(DecreeMember, ("official_id", "jabatan", "kedudukan"),
          Parent(DecreeTeam, "team_id", "team", "members"), ordered=True,
          references={"official_id": Official}, typed=("jabatan", "kedudukan"),
          match=("official_id",), keep_both=True, noun=lambda: tr("Anggota tim"),
          counted=lambda: tr("{count} anggota tim")),
)}

# A content field in words, in merge messages ("nama lengkap «...»"); a field
# not named here reads as its name with spaces.
FIELD_WORDS: dict[str, Callable[[], str]] = {
    "text": lambda: tr("teks"), "name": lambda: tr("nama"),
    "full_name": lambda: tr("nama lengkap"), "address": lambda: tr("alamat"),
    "phone": lambda: tr("telepon"), "city": lambda: tr("kota"), "title": lambda: tr("jabatan"),
    "acting": lambda: "Plt./Plh.", "year": lambda: tr("tahun"),
    "granularity": lambda: tr("jadwal"), "status": lambda: "status",
    "paper": lambda: tr("kertas"), "signatory_id": lambda: tr("penanda tangan"),
    "sign_place": lambda: tr("tempat tanda tangan"),
    "sign_date": lambda: tr("tanggal tanda tangan"),
    "parent_office": lambda: tr("kantor induk"), "office_heading": lambda: tr("kop"),
    "target_unit": lambda: tr("satuan target"), "sumber_data": lambda: tr("sumber data"),
    "logo": lambda: "logo",
    "amount": lambda: tr("jumlah"), "party2_name": lambda: tr("pihak kedua"),
    "capaian_scale": lambda: tr("skala kategori capaian"), "polarity": lambda: tr("polaritas"),
    "capaian_formula": lambda: tr("rumus capaian"), "aggregation": lambda: tr("capaian setahun"),
    "renstra_target": lambda: tr("target Renstra"), "period": lambda: tr("periode"),
    "value": lambda: tr("realisasi"), "note": lambda: tr("catatan"),
    "upaya": lambda: tr("upaya"), "tindak_lanjut": lambda: tr("tindak lanjut"),
    "pic": lambda: "PIC", "batas_waktu": lambda: tr("batas waktu"),
    "tindak_lanjut_done": lambda: tr("tindak lanjut selesai"), "link": lambda: tr("tautan"),
    "pangkat": lambda: tr("pangkat"),
    "about": lambda: tr("tentang"), "menetapkan": lambda: tr("menetapkan"),
    "issuer_title": lambda: tr("jabatan penerbit"), "section": lambda: tr("bagian"),
    "heading": lambda: tr("judul tim"), "tasks": lambda: tr("tugas tim"),
    "official_id": lambda: tr("nama"), "jabatan": lambda: tr("jabatan"),
    "kedudukan": lambda: tr("kedudukan dalam tim"),
    "final_reports": lambda: tr("laporan monitoring final"),
}

# The machinery's own tables: every column is bookkeeping.
MACHINERY: tuple[type, ...] = (Tombstone, WorkspaceMeta, RowVersion, RowHistory)

BY_TABLE: dict[str, Entry] = {e.table: e for e in ENTRIES.values()}
# By what their unit keys start with: "kegiatan", "cell", "revision".
BY_KIND: dict[str, Entry] = {e.kind: e for e in ENTRIES.values()}


def units(unit: str) -> tuple[Entry, ...]:
    """The entries history versions as ``unit`` ("row", "cell", "list"), in registry order."""
    return tuple(e for e in ENTRIES.values() if e.unit == unit)


_ID_SPACE = uuid.UUID("6d1f3a52-5b7e-4c1e-9a43-52414b444d4f")


def row_id(model: type, parent_id: str, **values) -> str:
    """The id of a row of a table whose entry names an ``identity``: made from
    its parent's id and those fields' values, the same in every copy."""
    names = ENTRIES[model].identity
    if not names:
        raise ValueError(f"{model.__name__} rows have ids of their own")
    parts = [parent_id, *(str(values.get(n) or "") for n in names)]
    return str(uuid.uuid5(_ID_SPACE, "|".join(parts)))


def entry(model: type) -> Entry:
    return ENTRIES[model]


def fields(model: type) -> tuple[str, ...]:
    return ENTRIES[model].fields


def children(model: type) -> tuple[Entry, ...]:
    """The entries whose parent is ``model``, in registry order."""
    return tuple(e for e in ENTRIES.values() if e.parent is not None and e.parent.model is model)


def plan_level(model: type) -> bool:
    """Whether rows of ``model`` belong to a plan (a sasaran) rather than to a
    satker only (an official)."""
    while model is not Plan:
        link = ENTRIES[model].parent
        if link is None:
            return False
        model = link.model
    return True


def parent_list(row) -> list | None:
    """The list ``row`` sits in on its parent (None: no parent, or not set)."""
    link = ENTRIES[type(row)].parent if type(row) in ENTRIES else None
    if link is None:
        return None
    parent = getattr(row, link.attr)
    return None if parent is None else getattr(parent, link.children)


def columns(model: type) -> tuple[str, ...]:
    """Every column the registry expects ``model``'s table to have."""
    if model in MACHINERY:
        return tuple(model.__table__.c.keys())
    e = ENTRIES[model]
    link = (e.parent.column,) if e.parent else ()
    return BOOKKEEPING + (("position",) if e.ordered else ()) + link + e.key + e.fields
