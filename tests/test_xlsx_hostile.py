"""Hostile and damaged workbooks, one finding at a time (tests/hostile_workbooks.py
writes each): a value that does not fit its cell is reported with its cell and
the plan imports; a signature date not in the calendar leaves the date empty;
dangerous XML gets one Indonesian line; the work is bounded by sheets, shared
strings, rows and cells, a sheet without a header is given up early, and a long
read can be cancelled. The bulk write records the versions a merge relies on."""

import datetime as dt
import sqlite3

import pytest
from sqlmodel import select

from rakdesk.cli import main
from rakdesk.core import history
from rakdesk.core.model import Plan
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.xlsx import ImportRefused, apply_import, read_workbook
from rakdesk.xlsx import importer as importer_module
from rakdesk.xlsx.reader import ImportCancelled, Workbook
from tests import hostile_workbooks as hw
from tests.test_xlsx import SEED, build_rak


def by_name(cases):
    return pytest.mark.parametrize("case", cases, ids=[c.name for c in cases])


def written(tmp_path, case):
    path = tmp_path / f"{case.name}.xlsx"
    case.build(path)
    return path


@by_name(hw.value_cases())
def test_a_value_that_does_not_fit_its_cell_is_reported_and_the_plan_imports(tmp_path, case):
    imported = read_workbook(written(tmp_path, case))
    assert imported.counts()["kegiatan"] == 2
    assert imported.sasaran[0]["indikator"][0]["kegiatan"][1]["text"] == "Menyusun laporan ke-2"
    if case.words:
        assert any(str(p).startswith(f"RAK!{hw.col(hw.MONTH1)}{hw.BODY}: ")
                   and case.words in str(p) for p in imported.problems), imported.problems


@by_name(hw.signature_cases())
def test_a_signature_date_not_in_the_calendar_is_left_empty_and_named(tmp_path, case, capsys):
    target = tmp_path / "kerja.sqlite"
    assert main(["import-xlsx", str(target), str(written(tmp_path, case))]) == 0
    out = capsys.readouterr().out
    (sign_place, sign_date), = sqlite3.connect(target).execute(
        "SELECT sign_place, sign_date FROM plan").fetchall()
    assert sign_place.upper() in ("SELONG", "SUNGAI RAYA")
    if case.words:
        assert sign_date is None
        assert "PERHATIAN: RAK!N11: tanggal '" in out and case.words in out
    else:
        assert sign_date.startswith("2024-02-29") and "PERHATIAN" not in out


@by_name(hw.xml_cases())
def test_dangerous_xml_is_refused_in_one_indonesian_line(tmp_path, case):
    with pytest.raises(ImportRefused) as caught:
        read_workbook(written(tmp_path, case))
    message = str(caught.value)
    assert "memuat XML berbahaya" in message and "\n" not in message
    assert "Please see" not in message


@pytest.fixture
def books(monkeypatch):
    """Every Workbook the importer opens, to count the work it did."""
    opened = []

    class Counted(Workbook):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            opened.append(self)

    monkeypatch.setattr(importer_module, "Workbook", Counted)
    return opened


@by_name(hw.bound_cases())
def test_big_workbooks_are_refused_with_a_reason_or_read(tmp_path, case, books):
    path = written(tmp_path, case)
    if case.expect == "refused":
        with pytest.raises(ImportRefused, match=case.words):
            read_workbook(path)
    else:
        imported = read_workbook(path)
        assert imported.counts()["kegiatan"] >= 2
        assert not case.words or any(case.words in str(p) for p in imported.problems)
    assert not books or books[0].cells <= 500_001


def test_sheets_without_a_header_are_given_up_after_their_first_rows(tmp_path, books):
    """19 sheets of 20,000 rows and no table: only the first 400 rows of each are
    read (and what was parsed with them: at most one 64 KiB chunk more)."""
    case = next(c for c in hw.bound_cases() if c.name == "sheets-19-without-table")
    with pytest.raises(ImportRefused, match="tidak ada lembar berisi tabel"):
        read_workbook(written(tmp_path, case))
    (book,) = books
    assert book.cells <= 19 * 1000 * 4


def test_a_long_read_reports_progress_and_can_be_cancelled(tmp_path):
    case = next(c for c in hw.bound_cases() if c.name == "plan-5000-rows")
    path = written(tmp_path, case)
    seen = []
    read_workbook(path, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 3 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    def cancel(done, total):
        if done > total // 4:
            raise ImportCancelled("Impor dibatalkan.")

    with pytest.raises(ImportCancelled):
        read_workbook(path, progress=cancel)


def test_bulk_import_records_the_versions_a_merge_relies_on(tmp_path):
    """Every row, schedule cell and pelaksana list gets the version a flush of
    the same rows would record (read back through SQL)."""
    path = tmp_path / "rak.xlsx"
    month = SEED[0][4].index("v") + 1
    path.write_bytes(build_rak(SEED, weeks={(0, month): "Minggu ke 2"}))
    target = tmp_path / "kerja.sqlite"
    with create_workspace(target) as ws, ws.session() as session:
        apply_import(session, read_workbook(path))
        session.commit()
    with open_workspace(target, readonly=True) as ws, ws.session() as session:
        conn = session.connection()
        stored = history.versions(conn)
        ids = {t: list(history.table_rows(conn, t)) for t in ("sasaran", "indikator",
                                                              "kegiatan")}
        cells = set(history.cell_rows(conn))
        pelaksana = set(history.pelaksana_rows(conn))
        expected = history.contents_of(conn, ids, cells, pelaksana)
        plan = session.exec(select(Plan)).one()
        kegiatan = plan.sasaran[0].indikator[0].kegiatan[0]
        assert kegiatan.schedule()[month].weeks == {2}
        assert kegiatan.pelaksana and kegiatan.pelaksana[0].name
    assert len(ids["kegiatan"]) == 53 and len(cells) > 100 and len(pelaksana) > 40
    assert {k: stored[k][1] for k in expected} == expected
    assert all(stored[k][0] == history.next_rev(history.initial(k)[0], c)
               for k, c in expected.items())


def test_the_number_of_statements_does_not_grow_with_the_plan(tmp_path):
    """The rows go in one statement per table: 50 and 500 kegiatan cost the same
    number of statements (the import is linear in rows, not in round trips)."""
    from sqlalchemy import event

    counts = []
    for n in (50, 500):
        rows = [("Tercapainya hal" if i % 25 == 0 else "", f"Persentase hal {i // 5}"
                 if i % 5 == 0 else "", "100%", f"Kegiatan {i}", "vv-v--v-v---", "Subbag Umum")
                for i in range(n)]
        path = tmp_path / f"rak{n}.xlsx"
        path.write_bytes(build_rak(rows))
        imported = read_workbook(path)
        with create_workspace(tmp_path / f"k{n}.sqlite") as ws, ws.session() as session:
            seen = []
            event.listen(ws.engine, "before_cursor_execute",
                         lambda *a, seen=seen: seen.append(1))
            apply_import(session, imported)
            session.commit()
            counts.append(len(seen))
        assert imported.counts()["kegiatan"] == n
    assert counts[0] == counts[1]


def test_a_sheet_of_every_row_up_to_the_last_is_refused_by_its_rows(tmp_path):
    case = next(c for c in hw.bound_cases() if c.name == "row-1048576")
    with pytest.raises(ImportRefused, match=r"lebih dari 10\.000 baris"):
        read_workbook(written(tmp_path, case))


def test_signature_date_that_exists_is_kept(tmp_path):
    case = next(c for c in hw.signature_cases() if c.name == "sign-29-februari-2024-is-real")
    imported = read_workbook(written(tmp_path, case))
    sig = imported.signature
    assert dt.date(sig["year"], sig["month"], sig["day"]) == dt.date(2024, 2, 29)


def test_import_xlsx_of_a_long_list_without_a_table_reads_only_its_first_rows(
        tmp_path, monkeypatch, capsys):
    """A 7,765-row list (no RAK, IKU, PK or realisasi table): `import-xlsx` says
    so after the first rows, for each kind of table it looks for, instead of
    reading the whole sheet; no file is written."""
    pulled = []
    original = Workbook.rows

    def counted(self, sheet, problems):
        for row in original(self, sheet, problems):
            pulled.append(row[0])
            yield row

    monkeypatch.setattr(Workbook, "rows", counted)
    case = next(c for c in hw.bound_cases() if c.name == "rows-7765-without-table")
    target = tmp_path / "kerja.sqlite"
    assert main(["import-xlsx", str(target), str(written(tmp_path, case))]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not target.exists()
    assert pulled and max(pulled) <= importer_module.HEADER_SEARCH_ROWS
    assert len(pulled) <= 2 * importer_module.HEADER_SEARCH_ROWS
