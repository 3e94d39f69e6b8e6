"""Optional digital signatures on finalised PDFs: PAdES with pyHanko, using a
PKCS#12 (.p12) certificate the user holds, fully offline."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass

from rakdesk.core.i18n import tr
from rakdesk.errors import RakdeskError


class SigningError(RakdeskError):
    pass


def sign_pdf(data: bytes, p12_path: str | os.PathLike, password: str) -> tuple[bytes, str]:
    """Sign PDF bytes; returns the signed bytes and the signer's name."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    try:
        signer = signers.SimpleSigner.load_pkcs12(
            pfx_file=str(p12_path), passphrase=password.encode() if password else None)
    except (OSError, ValueError) as exc:
        raise SigningError(tr("Sertifikat tidak bisa dibuka: {error}").format(error=exc)) from None
    if signer is None:
        raise SigningError(tr(
            "Sertifikat .p12 tidak bisa dibuka: kata sandi salah atau berkas rusak."))
    meta = signers.PdfSignatureMetadata(field_name="rakdesk", subfilter=SigSeedSubFilter.PADES,
                                        reason="Dokumen final rakdesk")
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue(), signer.signing_cert.subject.human_friendly


@dataclass
class SignatureReport:
    signer: str
    intact: bool  # the signed bytes are unchanged
    covers_whole_file: bool  # nothing was added after signing
    trusted: bool  # the certificate chains to a root given as trusted

    def sentence(self) -> str:
        if self.intact and self.covers_whole_file:
            return tr("Ditandatangani secara digital oleh {signer}; tanda tangan utuh.").format(
                signer=self.signer)
        return tr("Ditandatangani secara digital oleh {signer}; tanda tangan TIDAK utuh "
                 "(diubah).").format(signer=self.signer)


def signatures(data: bytes, trust_roots=()) -> list[SignatureReport]:
    """Check every digital signature in a PDF, offline."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception:  # not a PDF pyHanko can read: no signatures to report
        return []
    reports = []
    for sig in embedded:
        context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context, skip_diff=True)
        except (SignatureValidationError, ValueError) as exc:
            reports.append(SignatureReport(f"? ({exc})", False, False, False))
            continue
        reports.append(SignatureReport(
            status.signing_cert.subject.human_friendly, bool(status.intact and status.valid),
            status.coverage == SignatureCoverageLevel.ENTIRE_FILE, bool(status.trusted)))
    return reports
