"""A Perjanjian Kinerja's values as it prints them (quarter labels, rupiah
amounts, a quarter's target, the parties and the statement): read by the
table description (rakdesk.core.tables.pk) and the printed PK without
importing the PK's operations (which import the plans that import the
descriptions) or the ORM (a plan read by rakdesk.core.plain prints the same)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rakdesk.core.nip import format_nip
from rakdesk.core.offices import position_text, split_acting
from rakdesk.core.plan_text import plan_title

if TYPE_CHECKING:
    from sqlmodel import Session

    from rakdesk.core.model import Indikator, Plan

PARTY1, PARTY2 = "{pihak_pertama}", "{pihak_kedua}"  # where the Nama/Jabatan lines go
STANDARD_STATEMENT = f"""\
Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta \
berorientasi pada hasil, kami yang bertanda tangan di bawah ini:

{PARTY1}
selanjutnya disebut pihak pertama.

{PARTY2}
selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua.

Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran \
perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah \
ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja \
tersebut menjadi tanggung jawab kami.

Pihak kedua akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi terhadap \
capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka \
pemberian penghargaan dan sanksi."""

QUARTERS = ("TW I", "TW II", "TW III", "TW IV")


def format_thousands(amount: int) -> str:
    """1234567000 -> "1.234.567.000"."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def format_rupiah(amount: int | None) -> str:
    """1234567000 -> "Rp 1.234.567.000"; None -> ""."""
    return "" if amount is None else f"Rp {format_thousands(amount)}"


def budget_total(plan: Plan) -> int:
    return sum(line.amount for line in plan.budget_lines if line.amount is not None)


def period_target(indikator: Indikator, period: int) -> str:
    return next((t.target for t in indikator.period_targets if t.period == period), "")


# ---------------------------------------------------------------- parties

@dataclass(frozen=True)
class Party:
    name: str  # with degree
    position: str  # "Plt. SEKRETARIS" ...
    office: str  # "KOMISI PEMILIHAN UMUM KABUPATEN KUBU RAYA"
    nip: str  # "NIP. 19.." or ""

    @property
    def jabatan(self) -> str:
        """The position with its office, as the statement names it."""
        return " ".join(p for p in (self.position, self.office) if p)


def _office(plan: Plan) -> str:
    satker = plan.satker
    lines = plan.sign_office or (satker.office_heading if satker else "")
    return " ".join(lines.split())


def party1(plan: Plan) -> Party:
    o = plan.signatory
    if o is None:
        return Party("", "", _office(plan), "")
    return Party(o.name, position_text(o.acting, o.title), _office(plan),
                 f"NIP. {format_nip(o.nip)}" if o.nip else "")


def party2(plan: Plan, session: Session | None = None) -> Party:
    official = None
    if plan.party2_official_id:
        if session is not None:
            from rakdesk.core.model import Official

            official = session.get(Official, plan.party2_official_id)
        else:
            official = next((o for o in (plan.satker.officials if plan.satker else [])
                             if o.id == plan.party2_official_id), None)
    if official is not None:
        return Party(official.name, position_text(official.acting, official.title),
                     plan.party2_office.strip() or _office(plan),
                     f"NIP. {format_nip(official.nip)}" if official.nip else "")
    acting, title = split_acting(plan.party2_acting, plan.party2_title)
    nip = plan.party2_nip.strip()
    return Party(plan.party2_name, position_text(acting, title),
                 " ".join(plan.party2_office.split()),
                 f"NIP. {format_nip(nip)}" if nip else "")


def statement_text(plan: Plan) -> str:
    """The statement as printed: the plan's own, the satker's, or the standard text."""
    satker = plan.satker
    return (plan.statement.strip() or (satker.pk_statement.strip() if satker else "")
            or STANDARD_STATEMENT)


def statement_paragraphs(plan: Plan) -> list[str]:
    """The statement split into paragraphs (:func:`split_paragraphs`)."""
    return split_paragraphs(statement_text(plan))


def split_paragraphs(text: str) -> list[str]:
    """A statement's paragraphs (blank lines between); a paragraph that is
    exactly PARTY1 or PARTY2 stands for that party's Nama/Jabatan lines,
    the text after it on following lines stays its own paragraph."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        text: list[str] = []
        for line in lines:
            if line in (PARTY1, PARTY2):
                if text:
                    out.append(" ".join(text))
                    text = []
                out.append(line)
            else:
                text.append(line)
        if text:
            out.append(" ".join(text))
    return out


def title(plan: Plan) -> str:
    """"PERJANJIAN KINERJA TAHUN 2025" or "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025"."""
    return f"{plan_title(plan)} TAHUN {plan.year}"


# ---------------------------------------------------------------- making plans
