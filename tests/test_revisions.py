"""Finalising, revisions, verification and digital signatures."""

import datetime as dt
import hashlib
import json

import pytest

from rakdesk.core import editing, revisions
from rakdesk.core import plans as ops
from rakdesk.core.schedule import TICK
from rakdesk.core.storage import open_workspace
from rakdesk.errors import ValidationError
from rakdesk.pdf import render_plan
from tests import pdftext


def test_finalising_stores_the_pdf_and_its_hash(kubu_plan, demo_file):
    session, plan = kubu_plan
    revision = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    assert plan.status == "final" and revision.number == 1
    assert revision.pdf_sha256 == hashlib.sha256(revision.pdf).hexdigest()
    assert revision.code.startswith("RAK24-R1-") and len(revision.code) == 17
    # The code and its QR are on every page.
    pages = pdftext.pages_text(revision.pdf)
    assert all(f"Kode dokumen: {revision.code}" in p for p in pages)
    assert json.loads(revision.snapshot)["sasaran"][0]["text"].startswith("Terwujudnya rencana")
    # Stored in the file, not just in memory.
    ws = open_workspace(demo_file, readonly=True)
    with ws.session() as other:
        from rakdesk.core.model import Revision

        stored = other.get(Revision, revision.id)
        assert stored.pdf == revision.pdf and stored.plan.status == "final"
    ws.close()


def test_final_plan_rejects_edits_until_the_next_revision(kubu_plan):
    session, plan = kubu_plan
    revisions.finalize(session, plan, render=render_plan)
    session.commit()
    kegiatan = plan.sasaran[0].indikator[0].kegiatan[0]
    for edit in (lambda: editing.set_field(kegiatan, "text", "diubah"),
                 lambda: ops.set_cell(session, kegiatan, 1, TICK),
                 lambda: ops.add_kegiatan(session, kegiatan.indikator, "baru"),
                 lambda: ops.delete_row(session, plan.sasaran[0]),
                 lambda: editing.move(plan.sasaran[0], 1),
                 lambda: ops.change_granularity(session, plan, "quarterly")):
        with pytest.raises(ValidationError, match="sudah final"):
            edit()
    session.rollback()
    assert revisions.revision_label(plan) == "Revisi ke-1 (final)"
    assert revisions.start_next_revision(plan) == 2
    assert revisions.revision_label(plan) == "Revisi ke-2 (draf)"
    editing.set_field(kegiatan, "text", "Melakukan revisi anggaran (revisi 2)")
    second = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    assert second.number == 2 and second.code.startswith("RAK24-R2-")
    assert [r.number for r in plan.revisions] == [1, 2]
    assert "Revisi ke-2" in pdftext.pages_text(second.pdf)[0]


def test_an_earlier_revision_reprints_byte_identical(kubu_plan, tmp_path, run_cli):
    session, plan = kubu_plan
    first = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    original = bytes(first.pdf)
    revisions.start_next_revision(plan)
    editing.set_field(plan.sasaran[0], "text", "Sasaran yang diubah untuk revisi 2")
    revisions.finalize(session, plan, render=render_plan)
    session.commit()
    assert plan.revisions[0].pdf == original  # re-printing revision 1 prints these bytes


def test_verify_accepts_the_stored_pdf_and_rejects_one_changed_byte(kubu_plan):
    session, plan = kubu_plan
    revision = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    ok = revisions.verify_pdf(session, revision.pdf)
    assert ok.status == "match" and ok.revision is revision and "Revisi ke-1" in ok.message
    altered = bytearray(revision.pdf)
    at = altered.index(b"stream") + 200  # inside a page's content
    altered[at] ^= 0x01
    bad = revisions.verify_pdf(session, bytes(altered))
    assert bad.status in ("altered", "unknown") and bad.status != "match"
    assert "TIDAK" in bad.message


def test_a_retyped_pdf_with_the_code_is_named_altered(kubu_plan):
    """A PDF printed from an edited plan that still shows the old code."""
    from rakdesk.core.revisions import Stamp

    session, plan = kubu_plan
    revision = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    revisions.start_next_revision(plan)
    editing.set_field(plan.sasaran[0].indikator[0], "target", "99 Kali")
    forged = render_plan(plan, Stamp(revision.code, "x", 1))
    result = revisions.verify_pdf(session, forged)
    assert result.status == "altered" and result.revision is revision
    assert revision.code in result.message


def test_typed_or_scanned_code_finds_the_revision(kubu_plan):
    session, plan = kubu_plan
    revision = revisions.finalize(session, plan, render=render_plan)
    session.commit()
    typed = " ".join(revision.code.lower())  # spaces and lower case forgiven
    assert revisions.find_by_code(session, typed) is revision
    qr = f"rakdesk:{plan.id}:1:{revision.content_sha256[:32]}"
    assert revisions.find_by_code(session, qr) is revision
    assert revisions.find_by_code(session, "RAK24-R9-AAAAAAAA") is None


def test_copy_to_next_year_starts_a_new_history(kubu_plan):
    from rakdesk.core import snapshot

    session, plan = kubu_plan
    revisions.finalize(session, plan, render=render_plan)
    session.commit()
    copy = snapshot.copy_plan(session, plan, 2025)
    session.commit()
    assert copy.status == "draft" and copy.revisions == [] and len(plan.revisions) == 1


def test_cli_finalize_and_verify(run_cli, demo_file, tmp_path):
    code, out, _ = run_cli("list", "--json", demo_file)
    plan_id = json.loads(out)["satkers"][0]["plans"][0]["id"]
    pdf = tmp_path / "final.pdf"
    code, out, err = run_cli("finalize", demo_file, "--plan", plan_id, "-o", pdf)
    assert code == 0, err
    assert "Revisi ke-1" in out and pdf.exists()
    code, out, err = run_cli("verify", demo_file, pdf)
    assert code == 0 and out.startswith("ASLI")
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x20
    pdf.write_bytes(bytes(data))
    code, out, err = run_cli("verify", demo_file, pdf)
    assert code == 1 and "TIDAK" in out
    code, out, err = run_cli("finalize", demo_file, "--plan", plan_id)
    assert code == 1 and "sudah final" in err


# ------------------------------------------------------------ digital signatures


def make_p12(path, password=b"rahasia"):
    """A throw-away certificate, as an office's .p12 would hold."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FITRI"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sekretariat KPU Kubu Raya")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    from cryptography.hazmat.primitives.serialization import pkcs12

    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"fitri", key, cert, None, serialization.BestAvailableEncryption(password)))
    return cert


def test_p12_signed_pdf_is_intact_and_fails_when_altered(kubu_plan, tmp_path):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    from rakdesk.core.signing import signatures

    session, plan = kubu_plan
    p12 = tmp_path / "fitri.p12"
    cert = make_p12(p12)
    revision = revisions.finalize(session, plan, p12=str(p12), password="rahasia",
                                  render=render_plan)
    session.commit()
    assert "FITRI" in revision.signer
    root = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    (report,) = signatures(revision.pdf, trust_roots=[root])
    assert report.intact and report.covers_whole_file and report.trusted
    assert "FITRI" in report.signer
    assert revisions.verify_pdf(session, revision.pdf).status == "match"
    # One byte changed inside the signed range: the signature no longer holds.
    altered = bytearray(revision.pdf)
    at = altered.index(b"stream") + 100
    altered[at] ^= 0x01
    (broken,) = signatures(bytes(altered), trust_roots=[root])
    assert not broken.intact
    # Bytes added after signing: the signature no longer covers the file.
    (appended,) = signatures(revision.pdf + b"\n% tambahan\n", trust_roots=[root])
    assert not appended.covers_whole_file


def test_wrong_p12_password_is_a_clear_message(kubu_plan, tmp_path):
    from rakdesk.core.signing import SigningError

    session, plan = kubu_plan
    p12 = tmp_path / "fitri.p12"
    make_p12(p12)
    with pytest.raises(SigningError, match="kata sandi|Sertifikat"):
        revisions.finalize(session, plan, p12=str(p12), password="salah",
                           render=render_plan)
    session.rollback()
    assert plan.status == "draft" and plan.revisions == []
