"""The ``rakdesk`` command. With no sub-command (or a FILE) it opens the window;
every sub-command drives the core without one. Bad input ends with a one-line
message and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import sys
from pathlib import Path

import rakdesk
from rakdesk.errors import RakdeskError

COMMANDS = ("demo", "list", "check", "render", "export-xlsx", "import-xlsx", "finalize",
            "verify", "copy", "merge", "export-monitoring", "export-docx")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not usage plus error
        self.exit(2, f"rakdesk: {message} (lihat 'rakdesk --help')\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="rakdesk",
        description="rakdesk: Rencana Aksi Kinerja dan IKU. Tanpa perintah: membuka jendela.",
    )
    p.add_argument("--version", action="version", version=f"rakdesk {rakdesk.__version__}",
                   help="tampilkan versi program lalu keluar")  # argparse fixes its own early
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    d = sub.add_parser("demo", help="tulis ruang kerja contoh (rencana dari dokumen nyata)")
    d.add_argument("out", metavar="OUT.sqlite")
    d.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")

    ls = sub.add_parser("list", help="daftar satker dan rencana dalam berkas")
    ls.add_argument("file", metavar="FILE")
    ls.add_argument("--json", action="store_true", help="keluaran JSON lengkap")

    c = sub.add_parser("check", help="periksa keutuhan dan versi berkas")
    c.add_argument("file", metavar="FILE")

    r = sub.add_parser("render", help="cetak rencana ke PDF")
    r.add_argument("file", metavar="FILE")
    which = r.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", metavar="ID", help="id rencana (lihat 'rakdesk list')")
    which.add_argument("--all", action="store_true", help="semua rencana, satu PDF per rencana")
    r.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="berkas PDF (dengan --plan) atau folder (dengan --all)")
    r.add_argument("--report", metavar="JENIS", choices=("tw1", "tw2", "tw3", "tw4",
                                                          "pengukuran"),
                   help="laporan monitoring rencana: tw1..tw4 (Laporan Monitoring Rencana "
                        "Aksi) atau pengukuran (Pengukuran Kinerja, LKjIP Bab III)")
    r.add_argument("--draft", action="store_true",
                   help="rencana final: cetak ulang keadaannya kini sebagai draf (tanpa kode "
                   "dokumen), bukan revisi final yang tersimpan")

    x = sub.add_parser("export-xlsx", help="ekspor rencana ke Excel (.xlsx)")
    x.add_argument("file", metavar="FILE")
    x.add_argument("--plan", required=True, metavar="ID")
    x.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")

    xm = sub.add_parser("export-monitoring", help="ekspor laporan monitoring rencana ke "
                                                  "Excel (.xlsx) atau tabel LKjIP Bab III ke "
                                                  "Word (.docx)")
    xm.add_argument("file", metavar="FILE")
    xm.add_argument("--plan", required=True, metavar="ID")
    xm.add_argument("-o", "--output", required=True, metavar="OUT.xlsx|OUT.docx",
                    help=".xlsx: laporan per triwulan dan Pengukuran Kinerja; .docx: tabel "
                         "LKjIP Bab III")

    w = sub.add_parser("export-docx", help="ekspor keputusan (SK) ke Word (.docx)")
    w.add_argument("file", metavar="FILE")
    w.add_argument("--plan", required=True, metavar="ID", help="id SK (lihat 'rakdesk list')")
    w.add_argument("-o", "--output", required=True, metavar="OUT.docx")

    i = sub.add_parser("import-xlsx", help="impor RAK/IKU/PK, atau realisasi rencana, dari Excel "
                                           "(.xlsx)")
    i.add_argument("file", metavar="FILE", help="ruang kerja (dibuat bila belum ada)")
    i.add_argument("xlsx", metavar="IN.xlsx")
    i.add_argument("--sheet", metavar="NAME")
    i.add_argument("--satker", metavar="NAME", help="nama satker bila lembar tidak menyebutnya")
    i.add_argument("--year", type=int, metavar="YYYY")
    i.add_argument("--plan", metavar="ID", help="rencana yang diisi realisasinya, bila satker "
                                                "dan tahun punya lebih dari satu")

    f = sub.add_parser("finalize", help="finalkan rencana sebagai revisi bernomor")
    f.add_argument("file", metavar="FILE")
    f.add_argument("--plan", required=True, metavar="ID")
    f.add_argument("-o", "--output", metavar="OUT.pdf", help="simpan PDF final ke sini")
    f.add_argument("--report", metavar="JENIS", choices=("tw1", "tw2", "tw3", "tw4",
                                                          "pengukuran"),
                   help="finalkan laporan monitoring rencana itu: tw1..tw4 atau pengukuran")
    f.add_argument("--p12", metavar="CERT.p12", help="tandatangani PDF secara digital")
    f.add_argument("--password-env", metavar="VAR", default="RAKDESK_P12_PASSWORD",
                   help="variabel lingkungan berisi kata sandi .p12")

    cp = sub.add_parser("copy", help="simpan salinan utuh (mis. ke flashdisk)")
    cp.add_argument("file", metavar="FILE")
    cp.add_argument("out", metavar="OUT")

    m = sub.add_parser(
        "merge", help="gabungkan rencana dari berkas lain (mis. salinan sub-unit)",
        description="Membawa satker, rencana, sasaran, indikator, kegiatan dan jadwal dari "
        "FROM ke INTO. FROM hanya dibaca. Konflik (diubah di kedua berkas) dilaporkan; tanpa "
        "pilihan konflik, INTO tetap seperti adanya untuk baris itu. Kode keluar 3: "
        "digabung, tetapi ada konflik yang belum diselesaikan.")
    m.add_argument("into", metavar="INTO.sqlite")
    m.add_argument("source", metavar="FROM.sqlite")
    m.add_argument("--plan", action="append", metavar="ID",
                   help="hanya rencana ini dari FROM (boleh berulang)")
    m.add_argument("--dry-run", action="store_true", help="tampilkan hasilnya tanpa menulis")
    policy = m.add_mutually_exclusive_group()
    policy.add_argument("--keep-mine", dest="policy", action="store_const", const="mine",
                        help="konflik: pakai isi INTO")
    policy.add_argument("--take-theirs", dest="policy", action="store_const", const="theirs",
                        help="konflik: pakai isi FROM")
    policy.add_argument("--keep-both", dest="policy", action="store_const", const="both",
                        help="konflik: simpan keduanya (kegiatan ganda, jadwal digabung)")

    v = sub.add_parser("verify", help="periksa apakah PDF adalah revisi yang tersimpan")
    v.add_argument("file", metavar="FILE.sqlite")
    v.add_argument("pdf", metavar="DOC.pdf")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Importing SQLAlchemy, pydantic and Qt makes hundreds of thousands of objects
    # that live until exit; the cycle collector walking them again and again was
    # a fifth of the start-up time. The window restores the defaults once shown.
    gc.set_threshold(100_000, 50, 100)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        return _open_window(argv)
    from rakdesk.argparse_id import indonesian

    with indonesian():  # argparse's own words too: "pemakaian", "argumen ini wajib diisi"
        args = _parser().parse_args(argv)
    from rakdesk.core.names import SafeStream

    # Names and texts printed come from files: never let them drive the terminal.
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = sys.stdout._stream, sys.stderr._stream


def _io_errors() -> tuple:
    """SQLite and OS errors, and SQLAlchemy's wrapping of them when the command
    loaded it (``check`` does not: importing it only to name its error would
    cost its whole start-up). Evaluated when an error arrives, after the command."""
    sa_exc = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.Error, OSError) + ((sa_exc.DBAPIError,) if sa_exc is not None else ())


def _run(args) -> int:
    from rakdesk.core import safefiles

    target = getattr(args, "into", None) or getattr(args, "out", None) or \
        getattr(args, "file", None) or ""
    try:
        return {"demo": cmd_demo, "list": cmd_list, "check": cmd_check, "render": cmd_render,
                "export-xlsx": cmd_export_xlsx, "import-xlsx": cmd_import_xlsx,
                "export-monitoring": cmd_export_monitoring,
                "finalize": cmd_finalize, "verify": cmd_verify,
                "copy": cmd_copy, "merge": cmd_merge,
                "export-docx": cmd_export_docx}[args.command](args)
    except RakdeskError as exc:
        print(f"rakdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into head or a pager that closed
        sys.stderr.close()
        return 0
    except _io_errors() as exc:
        if safefiles.is_disk_full(exc):
            print(f"rakdesk: {safefiles.disk_full(target)}", file=sys.stderr)
        else:
            detail = " ".join(str(getattr(exc, "orig", None) or exc).split())[:200]
            print(f"rakdesk: {type(exc).__name__}: {detail}", file=sys.stderr)
        return 1


def _open_window(argv: list[str]) -> int:
    if len(argv) > 1:
        print("rakdesk: buka satu berkas saja: rakdesk [FILE]", file=sys.stderr)
        return 2
    if argv and not Path(argv[0]).exists() and Path(argv[0]).suffix.lower() != ".sqlite":
        # A mistyped command ("rakdesk lsit") is no file to open in a window.
        print(f"rakdesk: '{argv[0]}' bukan perintah dan bukan berkas yang ada "
              "(lihat 'rakdesk --help')", file=sys.stderr)
        return 2
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Qt would abort with its own message about the xcb plugin.
        print("rakdesk: tidak ada layar untuk membuka jendela (DISPLAY kosong); perintah baris "
              "tetap bisa dipakai (lihat 'rakdesk --help')", file=sys.stderr)
        return 2
    from rakdesk.ui.app import run

    return run(Path(argv[0]) if argv else None)


def cmd_demo(args) -> int:
    from rakdesk.core.demo import write_demo

    path = write_demo(args.out, overwrite=args.force)
    print(f"Ruang kerja contoh ditulis: {path}")
    return 0


def cmd_list(args) -> int:
    from rakdesk.core import plans as ops
    from rakdesk.core.storage import open_workspace

    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        data = ops.workspace_to_dict(session, full=args.json)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for s in data["satkers"]:
        print(f"{s['name']}  [{s['id']}]")
        for p in s["plans"]:
            c = p["counts"]
            if "tim" in c:  # an SK holds teams and members, no sasaran
                what = f"{c['tim']:>3} tim     {c['anggota']:>4} anggota  {'':>14}"
            else:
                what = (f"{c['sasaran']:>3} sasaran {c['indikator']:>4} indikator "
                        f"{c['kegiatan']:>4} kegiatan")
            print(f"  {p['label']:<22} {p['status']:<6} {what}  id {p['id']}")
    if not data["satkers"]:
        print("(berkas ini belum berisi satker)")
    return 0


def cmd_check(args) -> int:
    from rakdesk.core.filecheck import SCHEMA_VERSION, inspect_file

    report = inspect_file(args.file)
    if report.error:
        print(f"TIDAK BAIK: {report.error}")
        return 1
    print(f"Berkas: {report.path}")
    print(f"Identitas: berkas rakdesk (skema versi {report.schema_version}, "
          f"ditulis oleh rakdesk {report.app_version or '?'})")
    print("Keutuhan SQLite: baik")
    if report.interrupted_write:
        print("Catatan: penulisan terakhir terputus (mis. listrik padam); rakdesk membatalkannya "
              "dengan aman saat berkas dibuka, setelah membuat cadangan.")
    if report.schema_version < SCHEMA_VERSION:
        print(f"Catatan: skema akan diperbarui ke versi {SCHEMA_VERSION} saat dibuka "
              "(cadangan dibuat lebih dulu).")
    for problem in report.problems:
        print(f"MASALAH: {problem}")
    return 0 if report.ok else 1


def cmd_render(args) -> int:
    from rakdesk.core.plain import reading

    # Read with sqlite3 alone when the file allows it: printing then never
    # imports the ORM, most of the command's start-up.
    with reading(args.file) as session:
        if session is not None:
            return _render(session, args)
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace

    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        from rakdesk.core import plans as ops

        return _render(_OrmPlans(session, ops.all_satkers, load_plan), args)


class _OrmPlans:
    """The ORM session with the plain session's two reads (a file whose
    schema is migrated or whose cut-off write is rolled back first)."""

    def __init__(self, session, all_satkers, load_plan):
        self._session, self._all_satkers, self._load_plan = session, all_satkers, load_plan

    def all_satkers(self) -> list:
        return self._all_satkers(self._session)

    def plan(self, plan_id: str, prefix: bool = False):
        return self._load_plan(self._session, plan_id, prefix=prefix)


def _render(session, args) -> int:
    from rakdesk.core.names import file_name
    from rakdesk.core.plan_text import plan_label

    out = Path(args.output)
    if args.all:
        out.mkdir(parents=True, exist_ok=True)
        for satker in session.all_satkers():
            for plan in satker.plans:
                plan = session.plan(plan.id)
                name = file_name(plan_label(plan), satker.name, suffix=".pdf")
                _write_plan_pdf(plan, out / name, args.draft)
                _write_monitoring_pdfs(plan, out, satker.name)
    elif args.report:  # with --plan: --all already prints every report
        from rakdesk.core.records import report_of_record
        from rakdesk.pdf.monitoring import render_report_to_file

        plan = session.plan(args.plan, prefix=True)
        render_report_to_file(plan, args.report, out)
        stored = report_of_record(plan, args.report)
        print(out if stored is None else f"{out} (revisi final ke-{stored.number}, "
              f"{stored.code}, sama persis dengan yang tersimpan)")
    else:
        _write_plan_pdf(session.plan(args.plan, prefix=True), out, args.draft)
    return 0


def _write_monitoring_pdfs(plan, out: Path, satker_name: str) -> None:
    """The plan's monitoring reports for the triwulan that hold realisasi."""
    from rakdesk.core.names import file_name
    from rakdesk.core.plan_text import plan_label
    from rakdesk.pdf.monitoring import render_report_to_file, report_names

    for kind, stem in report_names(plan):
        target = out / file_name(f"{plan_label(plan)} {stem}", satker_name, suffix=".pdf")
        render_report_to_file(plan, kind, target)
        print(target)


def cmd_export_monitoring(args) -> int:
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace

    out = Path(args.output)
    if out.suffix.lower() not in (".xlsx", ".docx"):
        raise RakdeskError(f"{out.name}: tulis nama berakhiran .xlsx atau .docx.")
    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        plan = load_plan(session, args.plan, prefix=True)
        if out.suffix.lower() == ".docx":
            from rakdesk.word.lkjip import export_lkjip

            export_lkjip(plan, out)
        else:
            from rakdesk.xlsx.monitoring_export import export_monitoring

            export_monitoring(plan, out)
    print(out)
    return 0


def _write_plan_pdf(plan, target: Path, draft: bool) -> None:
    """A final plan's stored revision, byte for byte (what printing prints and
    'rakdesk verify' recognises), unless a draft is asked for; a draft plan is
    rendered as it is now."""
    from rakdesk.core.records import plan_of_record
    from rakdesk.pdf import render_plan_to_file

    stored = None if draft else plan_of_record(plan)
    if stored is not None:
        target.write_bytes(stored.pdf)
        print(f"{target} (revisi final ke-{stored.number}, {stored.code}, sama persis dengan "
              "yang tersimpan)")
        return
    render_plan_to_file(plan, target)
    if plan.status == "final":
        print(f"{target} (draf: bukan revisi final, tanpa kode dokumen)")
    else:
        print(target)


def cmd_export_xlsx(args) -> int:
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace
    from rakdesk.xlsx import export_plan

    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        export_plan(load_plan(session, args.plan, prefix=True), args.output)
    print(args.output)
    return 0


def cmd_export_docx(args) -> int:
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace
    from rakdesk.word.decree import write_docx

    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        plan = load_plan(session, args.plan, prefix=True)
        if plan.kind != "SK":
            raise RakdeskError(f"{plan.kind} {plan.year} bukan keputusan (SK): hanya SK yang "
                               "diekspor ke Word.")
        write_docx(plan, args.output)
    print(args.output)
    return 0


def cmd_import_xlsx(args) -> int:
    from rakdesk.xlsx.realisasi_import import is_realisasi_workbook

    if is_realisasi_workbook(args.xlsx, args.sheet):
        return _import_realisasi(args)
    from rakdesk.xlsx.importer import apply_import, read_workbook

    imported = read_workbook(args.xlsx, args.sheet)  # a refused workbook is told quickly
    from rakdesk.core.storage import create_workspace, open_workspace

    path = Path(args.file)
    said = []

    def fill(session):
        plan = apply_import(session, imported, args.satker, args.year)
        session.flush()
        c = imported.counts()
        if plan.kind == "PK":
            said.append(f"Diimpor dari lembar {imported.sheet}: PK {plan.year} untuk "
                        f"{plan.satker.name}: {c['sasaran']} sasaran, {c['indikator']} "
                        f"indikator, {c['budget']} baris anggaran. Id rencana {plan.id}")
            return
        said.append(f"Diimpor dari lembar {imported.sheet}: {plan.kind} {plan.year} "
                    f"({'bulanan' if plan.granularity == 'monthly' else 'triwulan'}) untuk "
                    f"{plan.satker.name}: {c['sasaran']} sasaran, {c['indikator']} indikator, "
                    f"{c['kegiatan']} kegiatan. Id rencana {plan.id}")

    if path.exists() or path.is_symlink():
        with open_workspace(path) as ws, ws.session() as session:
            fill(session)
            session.commit()
    else:  # the new file appears only with the plan in it
        create_workspace(path, fill=fill).close()
    print(said[0])
    for problem in imported.problems:
        print(f"PERHATIAN: {problem}")
    return 0


def _import_realisasi(args) -> int:
    """A realisasi workbook: recorded into the plan of its satker and year."""
    from rakdesk.core.storage import open_workspace
    from rakdesk.xlsx import realisasi_import as ri

    sheet = ri.read_realisasi(args.xlsx, args.sheet)
    if not Path(args.file).exists():
        raise RakdeskError(f"{Path(args.file).name} tidak ada: realisasi diisikan ke rencana "
                           "yang sudah ada di ruang kerja.")
    with open_workspace(args.file) as ws, ws.session() as session:
        plan = ri.target_plan(session, sheet, args.plan, args.satker, args.year)
        result = ri.preview(plan, sheet)
        changes = ri.apply_preview(session, plan, result, sheet)
        session.commit()
        quarters = ", ".join(f"TW {('I', 'II', 'III', 'IV')[q - 1]}" for q in result.quarters)
        print(f"Realisasi {quarters} dari lembar {sheet.sheet} dicatat pada {plan.kind} "
              f"{plan.year} {plan.satker.name}: {len(result.matched)} indikator cocok, "
              f"{len(changes)} isian. Id rencana {plan.id}")
    for row in result.unmatched:
        print(f"TIDAK COCOK: baris {row.row}: {row.indikator}")
    for problem in result.problems:
        print(f"PERHATIAN: {problem}")
    return 0


def cmd_finalize(args) -> int:
    import os

    from rakdesk.core import revisions
    from rakdesk.core.loading import load_plan
    from rakdesk.core.storage import open_workspace
    from rakdesk.pdf import render_plan

    with open_workspace(args.file) as ws, ws.session() as session:
        plan = load_plan(session, args.plan, prefix=True)
        password = os.environ.get(args.password_env, "")
        what = f"{plan.kind} {plan.year} {plan.satker.name}"
        if args.report:
            from rakdesk.core import report_revisions
            from rakdesk.pdf.monitoring import render_report

            revision = report_revisions.finalize_report(session, plan, args.report, args.p12,
                                                        password, render=render_report)
            what = f"{report_revisions.report_title(args.report)} {what}"
        else:
            revision = revisions.finalize(session, plan, args.p12, password, render=render_plan)
        session.commit()
        if args.output:
            Path(args.output).write_bytes(revision.pdf)
        print(f"{what}: Revisi ke-{revision.number} final, "
              f"kode {revision.code}, SHA-256 {revision.pdf_sha256}"
              + (f", ditandatangani {revision.signer}" if revision.signer else ""))
    return 0


def cmd_verify(args) -> int:
    from rakdesk.core import revisions
    from rakdesk.core.storage import open_workspace

    data = Path(args.pdf).read_bytes()
    with open_workspace(args.file, readonly=True) as ws, ws.session() as session:
        result = revisions.verify_pdf(session, data)
        print(result.message)
        for report in result.signatures:
            print(report.sentence())
    return 0 if result.status == "match" else 1


def cmd_copy(args) -> int:
    from rakdesk.core.storage import inspect_file, save_copy

    report = inspect_file(args.file)
    if report.error:
        raise report.error
    save_copy(Path(args.file), Path(args.out))
    print(f"Salinan utuh tersimpan: {args.out}")
    return 0


def cmd_merge(args) -> int:
    from rakdesk.core.merge import merge_files

    summary = merge_files(args.into, args.source, args.plan, args.policy, args.dry_run)
    if args.dry_run:
        print(f"Uji coba: tidak ada yang ditulis ke {Path(args.into).name}.")
    for line in summary.lines():
        print(line)
    for conflict in summary.conflicts:
        how = conflict.resolution or "belum diselesaikan"
        print(f"  konflik [{how}]: {conflict}")
    if summary.unresolved:
        print("Pilih --keep-mine, --take-theirs atau --keep-both untuk menyelesaikannya, "
              "atau gabungkan di aplikasi.")
        return 3
    return 0
