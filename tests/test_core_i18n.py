"""The core's messages speak the interface's language (rakdesk/core/i18n.py):
Indonesian by default and on the command line, English when the window is
English. Qt-free."""

import ast
import string
from pathlib import Path

import pytest

from rakdesk.core import i18n
from rakdesk.core.messages_en import MESSAGES
from rakdesk.errors import ValidationError
from tests.conftest import ROOT


def wrapped_messages():
    """(file, line, text) of every tr("...") call in the package."""
    found = []
    for path in sorted((ROOT / "rakdesk").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "tr":
                arg = node.args[0] if node.args else None
                text = arg.value if isinstance(arg, ast.Constant) else None
                found.append((Path(path).relative_to(ROOT), node.lineno, text))
    return found


def fields(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_wrapped_message_has_english_with_the_same_fields():
    messages = wrapped_messages()
    assert len(messages) > 30
    not_literal = [f"{p}:{line}" for p, line, text in messages if text is None]
    assert not_literal == [], "tr() takes a literal, so the catalog can be checked"
    missing = sorted({text for _, _, text in messages if text not in MESSAGES})
    assert missing == []
    wrong = [text for _, _, text in messages if fields(MESSAGES[text]) != fields(text)]
    assert wrong == []


def test_catalog_holds_no_message_the_code_no_longer_says():
    used = {text for _, _, text in wrapped_messages()}
    assert sorted(set(MESSAGES) - used) == []


@pytest.mark.parametrize("language, expected", [
    ("id", "NIP harus 18 angka, bukan 5."),
    ("en", "A NIP has 18 digits, not 5."),
])
def test_a_core_error_speaks_the_chosen_language(language, expected):
    from rakdesk.core.nip import validate_nip

    i18n.set_language(language)
    with pytest.raises(ValidationError) as err:
        validate_nip("12345")
    assert str(err.value) == expected


def test_numbers_in_messages_follow_the_language(kubu_plan):
    from rakdesk.core import editing

    session, plan = kubu_plan
    kegiatan = plan.sasaran[0].indikator[0].kegiatan[0]
    for language, expected in (("id", "(20.001 karakter; paling banyak 20.000)"),
                               ("en", "(20,001 characters; at most 20,000)")):
        i18n.set_language(language)
        with pytest.raises(ValidationError) as err:
            editing.set_field(kegiatan, "text", "x" * (editing.MAX_TEXT + 1))
        assert expected in str(err.value)


def test_the_command_line_stays_indonesian(run_cli, tmp_path):
    from rakdesk.core.demo import write_demo

    path = write_demo(tmp_path / "w.sqlite")
    code, out, err = run_cli("render", path, "--plan", "zzzzzzzz", "-o", tmp_path / "x.pdf")
    assert code != 0
    assert "Rencana dengan id zzzzzzzz tidak ada di berkas ini." in out + err


def test_unknown_language_falls_back_to_indonesian():
    i18n.set_language("fr")
    assert i18n.language() == "id"
    assert i18n.tr("NIP kosong.") == "NIP kosong."


def _copies_with_a_conflict(demo_file, tmp_path):
    """The demo file and a copy, both of which changed one kegiatan's text and
    its schedule in month 11 differently."""
    import shutil

    from sqlmodel import select

    from rakdesk.core import editing, storage
    from rakdesk.core.model import Kegiatan
    from rakdesk.core.plans import set_cell
    from rakdesk.core.schedule import Cell

    other = tmp_path / "subbag.sqlite"
    shutil.copyfile(demo_file, other)
    kid = None
    for path, text, week in ((demo_file, "Rapat (sini)", 2), (other, "Rapat (sana)", 3)):
        workspace = storage.open_workspace(path)
        try:
            with workspace.session() as session:
                # A kegiatan of a monthly plan (month 11 exists there); ids are random,
                # so the first row may belong to the quarterly plan.
                kid = kid or next(k.id for k in session.exec(select(Kegiatan))
                                  if k.indikator.sasaran.plan.granularity == "monthly")
                kegiatan = session.get(Kegiatan, kid)
                editing.set_field(kegiatan, "text", text)
                set_cell(session, kegiatan, 11, Cell(weeks=frozenset({week})))
                session.commit()
        finally:
            workspace.close()
    return demo_file, other


@pytest.mark.parametrize("language, summary, text_conflict, cell_conflict", [
    ("id", ["Ditambahkan: tidak ada.", "Diperbarui: tidak ada.",
            "Dihapus (dihapus di berkas lain): tidak ada.",
            "Konflik belum diselesaikan (dibiarkan seperti di sini): 2."],
     "Kegiatan «Rapat (sini)» ({plan}): di sini «Rapat (sini)»; di berkas lain «Rapat (sana)»",
     "Jadwal B11 kegiatan «Rapat (sini)» ({plan}): di sini minggu ke 2; "
     "di berkas lain minggu ke 3"),
    ("en", ["Added: none.", "Updated: none.", "Deleted (deleted in the other file): none.",
            "Conflicts not resolved (left as they are here): 2."],
     "Kegiatan «Rapat (sini)» ({plan}): here «Rapat (sini)»; in the other file «Rapat (sana)»",
     "Schedule B11 of kegiatan «Rapat (sini)» ({plan}): here week 2; in the other file week 3"),
])
def test_a_merge_summary_and_its_conflicts_speak_the_chosen_language(
        demo_file, tmp_path, language, summary, text_conflict, cell_conflict):
    from rakdesk.core import merge

    into, other = _copies_with_a_conflict(demo_file, tmp_path)
    i18n.set_language(language)
    result = merge.merge_files(into, other, dry_run=True)
    lines = result.lines()
    for line in summary:
        assert line in lines
    assert any(line.startswith("Dilewati:" if language == "id" else "Skipped:")
               for line in lines)
    plan = result.conflicts[0].where
    assert sorted(str(c) for c in result.conflicts) == sorted(
        [text_conflict.format(plan=plan), cell_conflict.format(plan=plan)])


@pytest.mark.parametrize("language, old_excel, dangerous", [
    ("id", "lama.xls berformat Excel lama (.xls). Buka di Excel atau LibreOffice lalu simpan "
           "sebagai .xlsx, kemudian impor lagi.",
     "memuat XML berbahaya (DTD atau entitas di xl/worksheets/sheet1.xml); berkas tidak dibuka."),
    ("en", "lama.xls is in the old Excel format (.xls). Open it in Excel or LibreOffice, save it "
           "as .xlsx, then import again.",
     "holds dangerous XML (a DTD or entities in xl/worksheets/sheet1.xml); the file was not "
     "opened."),
])
def test_an_import_refusal_speaks_the_chosen_language(tmp_path, language, old_excel, dangerous):
    from rakdesk.xlsx import ImportRefused, read_workbook
    from tests import hostile_workbooks as hw

    i18n.set_language(language)
    xls = tmp_path / "lama.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ImportRefused) as err:
        read_workbook(xls)
    assert str(err.value) == old_excel
    case = next(c for c in hw.xml_cases() if c.name == "xml-laughs-in-sheet")
    book = tmp_path / "bom.xlsx"
    case.build(book)
    with pytest.raises(ImportRefused) as err:
        read_workbook(book)
    assert str(err.value) == f"bom.xlsx {dangerous}"


@pytest.mark.parametrize("language, expected", [
    ("id", "RAK!{col}{row}: angka 'not-a-number' tidak terbaca; dibaca sebagai teks"),
    ("en", "RAK!{col}{row}: number 'not-a-number' cannot be read; read as text"),
])
def test_an_import_problem_speaks_the_chosen_language(tmp_path, language, expected):
    from rakdesk.xlsx import read_workbook
    from tests import hostile_workbooks as hw

    i18n.set_language(language)
    case = next(c for c in hw.value_cases() if c.name == "number-not-a-number")
    book = tmp_path / "angka.xlsx"
    case.build(book)
    problems = [str(p) for p in read_workbook(book).problems]
    assert expected.format(col=hw.col(hw.MONTH1), row=hw.BODY) in problems


@pytest.mark.parametrize("language, not_sqlite, not_rakdesk", [
    ("id", "bukan.sqlite bukan berkas rakdesk (bukan basis data SQLite).",
     "lain.sqlite adalah basis data SQLite, tetapi bukan berkas rakdesk."),
    ("en", "bukan.sqlite is not a rakdesk file (not an SQLite database).",
     "lain.sqlite is an SQLite database, but not a rakdesk file."),
])
def test_opening_a_foreign_file_in_the_window_speaks_its_language(
        qtbot, kubu, tmp_path, monkeypatch, language, not_sqlite, not_rakdesk):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    i18n.set_language(language)
    foreign = tmp_path / "bukan.sqlite"
    foreign.write_bytes(b"bukan berkas rakdesk" * 100)
    other = tmp_path / "lain.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE catatan (teks TEXT)")
    con.commit()
    con.close()
    assert kubu.open_path(foreign) is False
    assert kubu.open_path(other) is False
    assert shown == [not_sqlite, not_rakdesk]


@pytest.mark.parametrize("language, warning", [
    ("id", "Berkas memuat objek yang tidak dibuat rakdesk: pemicu catat. Berkas hanya bisa "
           "dibaca, tidak diubah."),
    ("en", "The file holds objects rakdesk did not make: trigger catat. It can be read, not "
           "changed."),
])
def test_a_file_opened_read_only_in_the_window_says_why_in_its_language(
        qtbot, kubu, demo_file, tmp_path, monkeypatch, language, warning):
    import shutil
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    i18n.set_language(language)
    other = tmp_path / "asing.sqlite"
    shutil.copyfile(demo_file, other)
    con = sqlite3.connect(other)
    con.execute("CREATE TRIGGER catat AFTER INSERT ON satker BEGIN SELECT 1; END")
    con.commit()
    con.close()
    assert kubu.open_path(other) is True
    assert shown == [warning]
