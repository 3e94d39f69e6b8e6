"""The tables of a rakdesk workspace file.

Every row has a stable UUID (``id``) and a last-modified time (``modified_at``),
so two copies of a file can later be merged row by row. Ordered children carry
``position``. The Alembic scripts in ``rakdesk/migrations`` build exactly this
schema (a test compares them).
"""



import datetime as dt
import uuid

from sqlalchemy import BigInteger, Column, LargeBinary, Text
from sqlmodel import Field, Relationship, SQLModel

from rakdesk.core.choices import (  # noqa: F401
    ACTING,
    BODIES,
    DECREE_SECTIONS,
    KINDS,
    LEVELS,
    PAPERS,
)
from rakdesk.core.row_mixins import (
    DecreeMemberMixin,
    DecreeMixin,
    DecreeTeamMixin,
    KegiatanMixin,
    PlanMixin,
    ScheduleCellMixin,
)
from rakdesk.core.schedule import Granularity

# SQLModel builds a table row without pydantic's validation, so a table class's
# validator and serializer are built only if something asks for them (pydantic's
# defer_build), not for every table at every start.
SQLModel.model_config["defer_build"] = True


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _modified():
    return Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})


def _text(default: str = ""):
    return Field(default=default, sa_type=Text)


def _blob():
    return Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Satker(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = _text()  # as printed after "Nama/Unit Organisasi :"
    full_name: str = _text()  # the formal long name for covers and headings
    level: str = "kabupaten"  # one of LEVELS
    body: str = "sekretariat"  # one of BODIES
    parent_office: str = _text()  # the office above it, as text
    office_heading: str = _text()  # institution lines for cover and signature
    address: str = _text()
    phone: str = _text()
    city: str = _text()  # the city it signs in
    logo: bytes | None = _blob()
    pk_statement: str = _text()  # the satker's own wording of the PK statement; "" standard
    # The capaian kategori scale (rakdesk.core.capaian); "": the default one.
    capaian_scale: str = _text()
    modified_at: dt.datetime = _modified()

    sub_units: list["SubUnit"] = Relationship(
        back_populates="satker",
        sa_relationship_kwargs={"order_by": "SubUnit.position", "cascade": "all, delete-orphan"},
    )
    officials: list["Official"] = Relationship(
        back_populates="satker",
        sa_relationship_kwargs={"order_by": "Official.position", "cascade": "all, delete-orphan"},
    )
    plans: list["Plan"] = Relationship(
        back_populates="satker",
        sa_relationship_kwargs={"order_by": "(Plan.year, Plan.kind)",
                                "cascade": "all, delete-orphan"},
    )


class SubUnit(SQLModel, table=True):
    __tablename__ = "sub_unit"
    id: str = Field(default_factory=new_id, primary_key=True)
    satker_id: str = Field(foreign_key="satker.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str = _text()
    modified_at: dt.datetime = _modified()

    satker: Satker | None = Relationship(back_populates="sub_units")


class Official(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    satker_id: str = Field(foreign_key="satker.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str = _text()  # with degree: "THOMAS DOHU, S.Hut"
    title: str = _text()  # the position (jabatan): "SEKRETARIS", "Kepala Subbagian Hukum"
    nip: str = ""  # 18 digits or empty
    acting: str = ""  # "", "Plt." or "Plh."
    pangkat: str = _text()  # rank and grade, optional: "Penata Tk. I (III/d)"
    signature_image: bytes | None = _blob()
    stamp_image: bytes | None = _blob()
    modified_at: dt.datetime = _modified()

    satker: Satker | None = Relationship(back_populates="officials")


class Plan(PlanMixin, SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    satker_id: str = Field(foreign_key="satker.id", index=True, ondelete="CASCADE")
    kind: str = "RAK"  # one of KINDS: "RAK", "IKU", "PK"
    year: int = 2025
    granularity: str = Granularity.MONTHLY.value
    status: str = "draft"  # "draft" or "final"
    paper: str = "A4"  # "A4" or "F4" (210 x 330 mm)
    title: str = _text()  # empty: the kind's standard title
    # Signature block
    signatory_id: str | None = Field(default=None, foreign_key="official.id", ondelete="SET NULL")
    sign_place: str = ""
    sign_date: dt.date | None = None
    sign_date_precision: str = "day"  # "day": 22 Januari 2020; "month": JANUARI 2024
    sign_upper: bool = False  # print place and month in capitals (SUNGAI RAYA, JANUARI 2024)
    sign_office: str = _text()  # office lines of the signature block
    sign_layout: str = "office_then_position"  # or "position_then_office"
    # How the RAK prints
    cover_page: bool = False
    show_no_column: bool = True
    tick_style: str = "✓"  # "✓" or "√"
    numeric_month_labels: bool = False  # 1..12 instead of B1..B12
    column_numbers: str = "plain"  # "plain" (1 2 3), "paren" ((1) (2)), "none"
    year_label: str = "Tahun"  # or "Tahun Anggaran"
    sasaran_header: str = "SASARAN"
    indikator_header: str = "INDIKATOR KINERJA"
    # IKU header
    tugas: str = _text()
    fungsi: str = _text()  # one function per line, numbered when printed
    # Perjanjian Kinerja: the signatory is pihak pertama; pihak kedua is one of
    # the satker's officials, or typed when it sits in an office above.
    party2_official_id: str | None = Field(default=None, foreign_key="official.id",
                                           ondelete="SET NULL")
    party2_name: str = _text()
    party2_title: str = _text()
    party2_nip: str = ""
    party2_acting: str = ""  # "", "Plt." or "Plh."
    party2_office: str = _text()
    statement: str = _text()  # "": the satker's pk_statement, or the standard text
    amendment_reason: str = _text()  # non-empty: a PK Perubahan
    show_satuan: bool = False
    show_quarters: bool = False  # the "Target per triwulan" columns
    budget_heading: str = "Program"  # or "Kegiatan"
    # On a RAK: the PK it implements (its sasaran and indikator carry source_id).
    source_plan_id: str | None = Field(default=None, foreign_key="plan.id", ondelete="SET NULL")
    # Monitoring reports that are final now ("tw2 pengukuran"): their realisasi is
    # read-only until the report's next revision is started.
    final_reports: str = ""
    modified_at: dt.datetime = _modified()

    satker: Satker | None = Relationship(back_populates="plans")
    signatory: Official | None = Relationship(
        sa_relationship_kwargs={"foreign_keys": "[Plan.signatory_id]"})
    sasaran: list["Sasaran"] = Relationship(
        back_populates="plan",
        sa_relationship_kwargs={"order_by": "Sasaran.position", "cascade": "all, delete-orphan"},
    )
    budget_lines: list["BudgetLine"] = Relationship(
        back_populates="plan",
        sa_relationship_kwargs={"order_by": "BudgetLine.position",
                                "cascade": "all, delete-orphan"},
    )
    revisions: list["Revision"] = Relationship(
        back_populates="plan",
        sa_relationship_kwargs={"order_by": "Revision.number", "cascade": "all, delete-orphan"},
    )
    # An SK's decree (one row; a list so that the registry's tree stays uniform).
    decrees: list["Decree"] = Relationship(
        back_populates="plan",
        sa_relationship_kwargs={"order_by": "Decree.position", "cascade": "all, delete-orphan"},
    )


class Sasaran(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    plan_id: str = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = _text()
    source_id: str | None = None  # on a RAK: the PK sasaran it came from (no FK)
    modified_at: dt.datetime = _modified()

    plan: Plan | None = Relationship(back_populates="sasaran")
    indikator: list["Indikator"] = Relationship(
        back_populates="sasaran",
        sa_relationship_kwargs={"order_by": "Indikator.position", "cascade": "all, delete-orphan"},
    )


class Indikator(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    sasaran_id: str = Field(foreign_key="sasaran.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = _text()
    target: str = _text()  # as typed
    target_kind: str = "text"  # see rakdesk.core.targets.TargetKind
    target_value: str | None = None  # exact decimal as text
    target_unit: str = ""
    keterangan: str = _text()  # IKU: formula
    sumber_data: str = _text()  # IKU: where the figure comes from
    satuan: str = _text()  # PK: the optional Satuan column
    source_id: str | None = None  # on a RAK: the PK indikator it came from (no FK)
    # Monitoring (rakdesk.core.capaian): "higher" or "lower" is better
    polarity: str = "higher"
    capaian_formula: str = "standard"  # lower is better: "standard" (2T-R)/T or "inverse" T/R
    aggregation: str = "cumulative"  # the year from its periods: "cumulative", "last", "average"
    renstra_target: str = _text()  # the Renstra end-period target, as typed
    modified_at: dt.datetime = _modified()

    sasaran: Sasaran | None = Relationship(back_populates="indikator")
    kegiatan: list["Kegiatan"] = Relationship(
        back_populates="indikator",
        sa_relationship_kwargs={"order_by": "Kegiatan.position", "cascade": "all, delete-orphan"},
    )
    period_targets: list["PeriodTarget"] = Relationship(
        back_populates="indikator",
        sa_relationship_kwargs={"order_by": "PeriodTarget.period",
                                "cascade": "all, delete-orphan"},
    )
    realisasi: list["Realisasi"] = Relationship(
        back_populates="indikator",
        sa_relationship_kwargs={"order_by": "Realisasi.period", "cascade": "all, delete-orphan"},
    )
    evidence: list["Evidence"] = Relationship(
        back_populates="indikator",
        sa_relationship_kwargs={"order_by": "(Evidence.period, Evidence.name)",
                                "cascade": "all, delete-orphan"},
    )


class Kegiatan(KegiatanMixin, SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    indikator_id: str = Field(foreign_key="indikator.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = _text()  # may hold several numbered lines
    modified_at: dt.datetime = _modified()

    indikator: Indikator | None = Relationship(back_populates="kegiatan")
    pelaksana: list["Pelaksana"] = Relationship(
        back_populates="kegiatan",
        sa_relationship_kwargs={"order_by": "Pelaksana.position", "cascade": "all, delete-orphan"},
    )
    cells: list["ScheduleCell"] = Relationship(
        back_populates="kegiatan",
        sa_relationship_kwargs={"order_by": "ScheduleCell.period", "cascade": "all, delete-orphan"},
    )
    progress: list["KegiatanProgress"] = Relationship(
        back_populates="kegiatan",
        sa_relationship_kwargs={"order_by": "KegiatanProgress.period",
                                "cascade": "all, delete-orphan"},
    )


class Pelaksana(SQLModel, table=True):
    """One implementer of a kegiatan: a sub-unit of the satker, or typed text."""

    id: str = Field(default_factory=new_id, primary_key=True)
    kegiatan_id: str = Field(foreign_key="kegiatan.id", index=True, ondelete="CASCADE")
    position: int = 0
    sub_unit_id: str | None = Field(default=None, foreign_key="sub_unit.id", ondelete="SET NULL")
    name: str = _text()  # as printed
    modified_at: dt.datetime = _modified()

    kegiatan: Kegiatan | None = Relationship(back_populates="pelaksana")


class ScheduleCell(ScheduleCellMixin, SQLModel, table=True):
    __tablename__ = "schedule_cell"
    id: str = Field(default_factory=new_id, primary_key=True)
    kegiatan_id: str = Field(foreign_key="kegiatan.id", index=True, ondelete="CASCADE")
    period: int  # 1..12 (month) or 1..4 (quarter)
    ticked: bool = False
    weeks: str = ""  # digits of the weeks, e.g. "23"
    note: str = _text()
    modified_at: dt.datetime = _modified()

    kegiatan: Kegiatan | None = Relationship(back_populates="cells")


class Revision(SQLModel, table=True):
    """A finalised plan as it was signed: its content, the exact PDF bytes and
    their SHA-256, and the short code printed in the PDF's footer."""

    id: str = Field(default_factory=new_id, primary_key=True)
    plan_id: str = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    number: int  # 1, 2, ... ("Revisi ke-2")
    code: str = Field(index=True, unique=True)  # e.g. RAK24-R1-7F3K9Q2M
    content_sha256: str  # of the canonical snapshot
    snapshot: str = _text()  # the plan as JSON
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    pdf_sha256: str = Field(index=True)
    signer: str = ""  # the certificate subject when the PDF is digitally signed
    # "": the plan itself; "tw1".."tw4" or "pengukuran": one of its monitoring reports.
    report: str = ""
    finalized_at: dt.datetime = Field(default_factory=utcnow)
    modified_at: dt.datetime = _modified()

    plan: Plan | None = Relationship(back_populates="revisions")


class Tombstone(SQLModel, table=True):
    """A row that was deleted, so a merge does not bring it back."""

    id: str = Field(primary_key=True)  # the deleted row's id
    table_name: str
    deleted_at: dt.datetime = Field(default_factory=utcnow)


class WorkspaceMeta(SQLModel, table=True):
    __tablename__ = "workspace_meta"
    key: str = Field(primary_key=True)
    value: str = ""


class RowVersion(SQLModel, table=True):
    """The current version of each mergeable unit: a table row
    (``kegiatan:<id>``), one schedule cell (``cell:<kegiatan id>:<period>``) or
    a kegiatan's pelaksana list (``pelaksana:<kegiatan id>``). ``rev`` chains
    every version before it; ``content`` is the hash of what it holds now.
    Kept by rakdesk.core.history on every write."""

    __tablename__ = "row_version"
    key: str = Field(primary_key=True)
    rev: str
    content: str


class RowHistory(SQLModel, table=True):
    """Every version a unit has had in this file (or in a file merged into it),
    so a merge can tell which side changed a row since the two files parted."""

    __tablename__ = "row_history"
    key: str = Field(primary_key=True)
    rev: str = Field(primary_key=True)


class BudgetLine(SQLModel, table=True):
    """One program (or kegiatan) of a PK's budget table, with its amount in
    whole rupiah (exact; None: not filled)."""

    __tablename__ = "budget_line"
    id: str = Field(default_factory=new_id, primary_key=True)
    plan_id: str = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = _text()
    amount: int | None = Field(default=None, sa_type=BigInteger)
    realised: int | None = Field(default=None, sa_type=BigInteger)  # realisasi anggaran
    modified_at: dt.datetime = _modified()

    plan: Plan | None = Relationship(back_populates="budget_lines")


class PeriodTarget(SQLModel, table=True):
    """An indikator's target for one quarter (1..4) or month (1..12)."""

    __tablename__ = "period_target"
    id: str = Field(default_factory=new_id, primary_key=True)
    indikator_id: str = Field(foreign_key="indikator.id", index=True, ondelete="CASCADE")
    period: int
    target: str = _text()
    modified_at: dt.datetime = _modified()

    indikator: Indikator | None = Relationship(back_populates="period_targets")
# --- Monitoring through the year (rakdesk.core.monitoring) --------------------------------
# One row per indikator (or kegiatan) and period. Its id is derived from the
# parent's id and the period (rakdesk.core.registry.row_id), so two copies
# of a file that both fill the same period hold the same row and a merge
# compares them, while copies that filled different periods simply add up.


class Realisasi(SQLModel, table=True):
    """What an indikator realised in one period (quarter 1..4 or month 1..12),
    and, when the target was missed, why and what will be done."""

    id: str = Field(default_factory=new_id, primary_key=True)
    indikator_id: str = Field(foreign_key="indikator.id", index=True, ondelete="CASCADE")
    period: int
    target: str = _text()  # the period's target as typed; "": derived
    value: str = _text()  # as typed; "": belum diisi ("0" is a real zero)
    note: str = _text()
    kendala: str = _text()
    upaya: str = _text()
    tindak_lanjut: str = _text()
    pic: str = _text()
    batas_waktu: dt.date | None = None
    tindak_lanjut_done: bool = False
    modified_at: dt.datetime = _modified()

    indikator: Indikator | None = Relationship(back_populates="realisasi")


class KegiatanProgress(SQLModel, table=True):
    """Whether a kegiatan was carried out in one period."""

    __tablename__ = "kegiatan_progress"
    id: str = Field(default_factory=new_id, primary_key=True)
    kegiatan_id: str = Field(foreign_key="kegiatan.id", index=True, ondelete="CASCADE")
    period: int
    status: str = ""  # "", "terlaksana", "sebagian", "tidak"
    note: str = _text()
    modified_at: dt.datetime = _modified()

    kegiatan: Kegiatan | None = Relationship(back_populates="progress")


class Evidence(SQLModel, table=True):
    """A bukti dukung of an indikator and period: a small file kept inside the
    workspace (PDF, JPG, PNG), or a link."""

    id: str = Field(default_factory=new_id, primary_key=True)
    indikator_id: str = Field(foreign_key="indikator.id", index=True, ondelete="CASCADE")
    period: int
    name: str = _text()
    mime: str = ""
    sha256: str = ""  # of data; "" for a link
    data: bytes | None = _blob()
    link: str = _text()
    modified_at: dt.datetime = _modified()

    indikator: Indikator | None = Relationship(back_populates="evidence")


class Decree(DecreeMixin, SQLModel, table=True):
    """The decree (Keputusan) of an SK plan: its number, TENTANG, Menetapkan,
    the issuer's title, the certified copy and the lampiran's title. The
    plan carries the rest (year, paper, signatory = the issuer, place and
    date, status and revisions)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    plan_id: str = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    position: int = 0
    # The number "175/ORT.04-Kpt/6408/KPU-Kab/IV/2021": sequence, classification,
    # satker code, unit; month (Roman) and year come from the sign date.
    number_sequence: str = ""
    number_classification: str = ""
    number_satker_code: str = ""
    number_unit: str = ""
    number_typed: str = ""  # typed as a whole: printed as is instead of the parts
    about: str = _text()  # TENTANG
    menetapkan: str = _text()
    issuer_title: str = _text()  # "KETUA KOMISI PEMILIHAN UMUM KABUPATEN KUTAI TIMUR"
    copy_certified: bool = False  # print "Salinan sesuai dengan aslinya"
    copy_office: str = _text()  # "SEKRETARIAT KOMISI PEMILIHAN UMUM ..."
    copy_title: str = _text()  # "Sekretaris"
    copy_official_id: str | None = Field(default=None, foreign_key="official.id",
                                         ondelete="SET NULL")
    copy_name: str = _text()  # typed when no official is picked
    lampiran_title: str = _text()
    # The lampiran's heading where it differs from the decree's: its
    # "KEPUTUSAN ..." line (empty: "KEPUTUSAN " and the issuer's title) and its
    # TENTANG (empty: the decree's).
    lampiran_decree: str = _text()
    lampiran_about: str = _text()
    modified_at: dt.datetime = _modified()

    plan: Plan | None = Relationship(back_populates="decrees")
    copy_official: Official | None = Relationship()
    items: list["DecreeItem"] = Relationship(
        back_populates="decree",
        sa_relationship_kwargs={"order_by": "DecreeItem.position",
                                "cascade": "all, delete-orphan"},
    )
    teams: list["DecreeTeam"] = Relationship(
        back_populates="decree",
        sa_relationship_kwargs={"order_by": "DecreeTeam.position",
                                "cascade": "all, delete-orphan"},
    )


class DecreeItem(SQLModel, table=True):
    """One entry of a decree's list: a menimbang (a., b.), a mengingat or
    memperhatikan (1., 2.), a diktum (KESATU, ...) or a tembusan. Letters,
    numbers and ordinal words are generated from the order."""

    __tablename__ = "decree_item"
    id: str = Field(default_factory=new_id, primary_key=True)
    decree_id: str = Field(foreign_key="decree.id", index=True, ondelete="CASCADE")
    position: int = 0  # among all the decree's items; sections keep their order
    section: str = "menimbang"  # one of DECREE_SECTIONS
    text: str = _text()
    modified_at: dt.datetime = _modified()

    decree: Decree | None = Relationship(back_populates="items")
    points: list["DecreePoint"] = Relationship(
        back_populates="item",
        sa_relationship_kwargs={"order_by": "DecreePoint.position",
                                "cascade": "all, delete-orphan"},
    )


class DecreePoint(SQLModel, table=True):
    """A numbered line under a diktum (the teams listed in KESATU)."""

    __tablename__ = "decree_point"
    id: str = Field(default_factory=new_id, primary_key=True)
    item_id: str = Field(foreign_key="decree_item.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = _text()
    modified_at: dt.datetime = _modified()

    item: DecreeItem | None = Relationship(back_populates="points")


class DecreeTeam(DecreeTeamMixin, SQLModel, table=True):
    """A team of the lampiran: its heading row and its tasks (one a line),
    printed once beside all its members."""

    __tablename__ = "decree_team"
    id: str = Field(default_factory=new_id, primary_key=True)
    decree_id: str = Field(foreign_key="decree.id", index=True, ondelete="CASCADE")
    position: int = 0
    heading: str = _text()  # as printed ("I. TIM MANAJEMEN PERUBAHAN"); "" prints no row
    tasks: str = _text()  # one task a line
    modified_at: dt.datetime = _modified()

    decree: Decree | None = Relationship(back_populates="teams")
    members: list["DecreeMember"] = Relationship(
        back_populates="team",
        sa_relationship_kwargs={"order_by": "DecreeMember.position",
                                "cascade": "all, delete-orphan"},
    )


class DecreeMember(DecreeMemberMixin, SQLModel, table=True):
    """A member of a team: a person of the satker's staff register (an
    official), and the position in the team. A draft prints the official's
    current name and jabatan (``jabatan`` here overrides it for this row)."""

    __tablename__ = "decree_member"
    id: str = Field(default_factory=new_id, primary_key=True)
    team_id: str = Field(foreign_key="decree_team.id", index=True, ondelete="CASCADE")
    position: int = 0
    official_id: str | None = Field(default=None, foreign_key="official.id", ondelete="SET NULL")
    jabatan: str = _text()  # empty: the official's jabatan
    kedudukan: str = _text()  # "Koordinator merangkap Asesor"
    modified_at: dt.datetime = _modified()

    team: DecreeTeam | None = Relationship(back_populates="members")
    official: Official | None = Relationship()
