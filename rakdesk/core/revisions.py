"""Finalising plans and proving later which paper is the plan of record.

Finalising freezes a plan as a numbered revision: a snapshot of its content,
the exact PDF bytes and their SHA-256 are stored in the file, and the plan
becomes read-only. Its PDF carries, in every footer, a short document code and
a QR code of plan, revision and content hash. Editing again starts the next
revision as a draft; earlier revisions stay, and re-print byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from rakdesk.core import snapshot
from rakdesk.core.i18n import tr
from rakdesk.core.model import Plan, Revision
from rakdesk.core.records import (  # noqa: F401  (re-exported: callers use them here)
    REPORT_KINDS,
    Stamp,
    plan_of_record,
    plan_revisions,
    report_title,
)
from rakdesk.errors import ValidationError

# A plan's code (RAK24-R1-...) or one of its monitoring reports' (MON24-TW2-R1-...).
CODE_RE = re.compile(
    r"\b(?:RAK|IKU|PK|SK|MON)\d{2}(?:-(?:TW[1-4]|PGK))?-R\d{1,3}-[A-Z2-7]{8}\b")


# Prints a plan with its footer stamp to PDF bytes (rakdesk.pdf.render_plan):
# the caller passes it in, so the core never imports the printing layer.
Renderer = Callable[[Plan, Stamp], bytes]


def canonical(plan: Plan) -> str:
    """The plan's content as canonical JSON (ids kept, times and status left out)."""
    data = snapshot.signed_content(snapshot.dump(plan))
    data.pop("revisions", None)
    data.pop("status", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def short_code(plan: Plan, number: int, content_sha256: str) -> str:
    digest = base64.b32encode(bytes.fromhex(content_sha256)[:5]).decode()
    return f"{plan.kind}{plan.year % 100:02d}-R{number}-{digest}"


def next_number(plan: Plan, report: str = "") -> int:
    return max((r.number for r in plan_revisions(plan, report)), default=0) + 1


def seal(session: Session, plan: Plan, content: str, code_of: Callable[[int, str], str],
         render: Callable[[Stamp], bytes], p12: str | None = None, password: str = "",
         report: str = "") -> Revision:
    """Store ``content`` as the next revision of the plan (or of its ``report``):
    code and QR made from its hash, the PDF ``render`` prints with them (signed
    with the .p12 when given), its bytes and their hash."""
    number = next_number(plan, report)
    content_sha256 = hashlib.sha256(content.encode()).hexdigest()
    code = code_of(number, content_sha256)
    payload = f"rakdesk:{plan.id}:{number}:{content_sha256[:32]}" + (
        f":{report}" if report else "")
    pdf = render(Stamp(code, payload, number))
    signer = ""
    if p12:
        from rakdesk.core.signing import sign_pdf

        pdf, signer = sign_pdf(pdf, p12, password)
    revision = Revision(plan_id=plan.id, number=number, code=code,
                        content_sha256=content_sha256, snapshot=content, pdf=pdf,
                        pdf_sha256=hashlib.sha256(pdf).hexdigest(), signer=signer,
                        report=report)
    plan.revisions.append(revision)
    session.add(revision)
    return revision


def finalize(session: Session, plan: Plan, p12: str | None = None,
             password: str = "", *, render: Renderer) -> Revision:
    """Freeze ``plan`` as its next revision (signed with the .p12 when given),
    printed by ``render``."""
    if plan.status == "final":
        raise ValidationError(
            tr("Rencana ini sudah final. Mulai revisi berikutnya untuk mengubahnya."))
    revision = seal(session, plan, canonical(plan),
                    lambda number, digest: short_code(plan, number, digest),
                    lambda stamp: render(plan, stamp), p12, password)
    plan.status = "final"
    return revision


def start_next_revision(plan: Plan) -> int:
    """Make a final plan editable again; returns the number its next revision gets."""
    if plan.status != "final":
        raise ValidationError(tr("Rencana ini belum final."))
    plan.status = "draft"
    return next_number(plan)


def revision_label(plan: Plan) -> str:
    """"Revisi ke-2 (draf)", "Revisi ke-1 (final)" or "" for a plan never finalised."""
    return label_for(plan.status, next_number(plan) - 1)


def label_for(status: str, last: int) -> str:
    """The label of a plan whose last revision is number ``last`` (0: none)."""
    if not last:
        return ""
    if status == "final":
        return tr("Revisi ke-{number} (final)").format(number=last)
    return tr("Revisi ke-{number} (draf)").format(number=last + 1)


def find_by_code(session: Session, code: str) -> Revision | None:
    """The revision a typed or scanned code names (case and spaces forgiven);
    a scanned QR payload (rakdesk:plan:revision:hash) works too."""
    text = (code or "").strip()
    if text.startswith("rakdesk:"):
        parts = text.split(":")
        if len(parts) in (4, 5) and parts[2].isdigit():
            report = parts[4] if len(parts) == 5 else ""
            return session.exec(select(Revision).where(
                Revision.plan_id == parts[1], Revision.number == int(parts[2]),
                Revision.report == report,
                Revision.content_sha256.startswith(parts[3]))).first()
        return None
    normal = re.sub(r"\s+", "", text).upper()
    return session.exec(select(Revision).where(Revision.code == normal)).first()


@dataclass
class Verification:
    status: str  # "match", "altered" or "unknown"
    revision: Revision | None
    message: str
    signatures: list


def verify_pdf(session: Session, data: bytes) -> Verification:
    """Is ``data`` byte for byte a stored revision, and which?"""
    from rakdesk.core.signing import signatures

    digest = hashlib.sha256(data).hexdigest()
    sigs = signatures(data)
    found = session.exec(select(Revision).where(Revision.pdf_sha256 == digest)).first()
    if found is not None and found.report:
        plan = found.plan
        return Verification("match", found, tr(
            "ASLI: sama persis (byte demi byte) dengan {report} {kind} {year} {satker}, "
            "Revisi ke-{number}, kode {code}, difinalkan {when}.").format(
                report=report_title(found.report), kind=plan.kind, year=plan.year,
                satker=plan.satker.name, number=found.number, code=found.code,
                when=f"{found.finalized_at:%d-%m-%Y %H:%M}"), sigs)
    if found is not None:
        plan = found.plan
        return Verification("match", found, tr(
            "ASLI: sama persis (byte demi byte) dengan {kind} {year} {satker}, Revisi ke-{number}, "
            "kode {code}, difinalkan {when}.").format(
                kind=plan.kind, year=plan.year, satker=plan.satker.name, number=found.number,
                code=found.code, when=f"{found.finalized_at:%d-%m-%Y %H:%M}"), sigs)
    claimed = _code_in(data)
    revision = find_by_code(session, claimed) if claimed else None
    if revision is not None:
        return Verification("altered", revision, tr(
            "TIDAK ASLI: dokumen ini mengaku kode {code} (Revisi ke-{number}), tetapi isinya "
            "berbeda dari yang disimpan. Cetak ulang revisi itu dari rakdesk.").format(
                code=revision.code, number=revision.number), sigs)
    return Verification("unknown", None, (
        tr("TIDAK DIKENAL: dokumen ini bukan revisi yang tersimpan di berkas ini (kodenya {code}).")
        .format(code=claimed) if claimed else
        tr("TIDAK DIKENAL: dokumen ini bukan revisi yang tersimpan di berkas ini.")), sigs)


def _code_in(data: bytes) -> str | None:
    """The document code printed in a PDF's footer, if it can be read."""
    import io

    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages[:3]:
            if m := CODE_RE.search(page.extract_text() or ""):
                return m.group(0)
    except Exception:  # a damaged or foreign file: no code to read
        return None
    return None
