"""The LKjIP Bab III tables as Word opens them: the .docx printed through
LibreOffice holds the tables' headings, an indikator's figures on its row,
and every word of the sasaran and indikator whole (a column too narrow for
"pertanggungjawaban" broke it in two)."""

from __future__ import annotations

import subprocess
from collections import Counter

from rakdesk.core import performance as pf
from rakdesk.word.lkjip import export_lkjip
from tests import seedtext
from tests.conftest import require_tool


def _printed(plan, tmp_path) -> str:
    soffice = require_tool("soffice", "libreoffice-writer-nogui")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    path = export_lkjip(plan, tmp_path / "bab3.docx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    return subprocess.run([pdftotext, "-layout", str(tmp_path / "bab3.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout


def test_lkjip_docx_printed_by_libreoffice_holds_headings_figures_and_whole_words(
        kubu_plan, tmp_path):
    _, plan = kubu_plan
    text = _printed(plan, tmp_path)
    for heading in ("BAB III", "A. Capaian Kinerja", "Sasaran", "Indikator Kinerja", "Satuan",
                    "Target", "Realisasi", "Capaian", "Kategori", "Tahun 2023", "Tahun 2024",
                    "Target Akhir", "Renstra", "D. Realisasi Anggaran"):
        assert heading in text, heading
    indikator = plan.sasaran[0].indikator[0]
    figures = pf.year_figures(indikator, pf.scale_of(plan))
    lines = text.splitlines()
    start = " ".join(indikator.text.split()[:3])  # the cell wraps after a few words
    first = next(n for n, line in enumerate(lines) if start in line)
    row = "\n".join(lines[first - 1:first + 3])  # cells sit a line higher or lower
    for figure in (indikator.target, figures.realisasi_text, figures.capaian.text,
                   figures.kategori.split()[0]):
        assert figure in row, (figure, row)
    expected = seedtext.words("\n".join(
        [s.text for s in plan.sasaran] + [i.text for s in plan.sasaran for i in s.indikator]))
    # A. pengukuran, B. last year, C. Renstra: each names every sasaran and indikator. Long
    # words are the ones a narrow column breaks (two short ones may touch across a border).
    tables = 3
    broken = set(Counter({w: n * tables for w, n in expected.items() if len(w) >= 10})
                 - seedtext.words(text))
    assert not broken, f"words broken across lines in the Word tables: {sorted(broken)}"
