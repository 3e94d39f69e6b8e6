"""Reading the seed extractions in shared/seeds (copied to tests/data/seeds).

The extractions are tab-separated with noise (split words, shifted cells, HTML
fragments). These readers take what can be read with certainty, so tests can
check the demo workspace against the documents rather than against numbers
copied into the tests.
"""

import re
from collections import Counter
from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
TICKS = ("✓", "√")


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def read_marks(slots: list[str], periods: int) -> str:
    """Schedule slots as 'v'/'-'. Some pages carry a stray extra column: when a
    tick falls beyond the last period and an empty slot precedes it, that empty
    slot is the inserted one."""
    slots = [s.strip() for s in slots]
    if len(slots) > periods and slots[periods] in TICKS and "" in slots[:periods]:
        i = slots.index("")
        slots = slots[:i] + slots[i + 1:]
    return "".join("v" if s in TICKS else "-" for s in slots[:periods])


def rows_001():
    """Kubu Raya RAK 2024: one row per indikator with its single kegiatan:
    (sasaran or '' when continued, indikator, target, kegiatan, marks, pelaksana)."""
    rows = []
    for line in seed_text("001").splitlines():
        c = line.split("\t")
        if len(c) < 17 or not c[2].strip() or c[0] in ("SASARAN KEGIATAN", "1"):
            continue
        pelaksana = [x.strip() for x in c[16:] if x.strip() and x.strip() not in TICKS]
        rows.append((c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(),
                     read_marks(c[4:], 12), pelaksana[-1] if pelaksana else ""))
    return rows


_TARGET = re.compile(r"^(\d+(,\d+)?%|WTP|B|\d+ (Lap|Laporan|Dokumen|Satker))$")


def documents_004() -> list[str]:
    """Seed 004 holds two documents: the commission's and the secretariat's."""
    text = seed_text("004")
    i = text.index("RENCANA AKSI KINERJA", text.index("Dr. M. JUNAIDI"))
    return [text[:i], text[i:]]


def table_cells(document: str) -> list[list[str]]:
    rows = []
    for line in document.splitlines():
        if "\t" not in line:
            continue
        c = [re.sub(r"<[^>]+>", " ", x).strip() for x in line.split("\t")]
        if c[0] == "NO" or c[0] in ("No",) or all(x in ("", "B1", "T1") or
                                                   re.fullmatch(r"[BT]\d+", x) for x in c):
            continue
        rows.append(c)
    return rows


def marks_in_order(document: str, periods: int) -> list[str]:
    """The schedule of every row that states a target, in document order."""
    out = []
    for c in table_cells(document):
        for i, cell in enumerate(c):
            if _TARGET.match(cell):
                out.append(read_marks(c[i + 2:], periods))
                break
    return out


def words(text: str) -> Counter:
    """Word counts, ignoring case, punctuation, ticks and list numbers (1, 2., 15)."""
    tokens = re.findall(r"[0-9A-Za-z]+", text.lower())
    return Counter(t for t in tokens if not (t.isdigit() and len(t) <= 2))


def table_words(document: str) -> Counter:
    total = Counter()
    for c in table_cells(document):
        for cell in c:
            total += words(cell)
    return total


# ---------------------------------------------------------------- seed 000
# The decree (Keputusan) forming the Tim Reformasi Birokrasi, its lampiran's
# member table, then the team's RAK 2021 with "Minggu ke" cells.

def plain(text: str) -> str:
    """Text without the extraction's markup (bold '**', <i>) and with every run
    of whitespace (line and page breaks too) as one space."""
    text = re.sub(r"<[^>]+>", "", text).replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def decree_000() -> str:
    """The decree from the issuer line to its signature, without the lampiran."""
    text = seed_text("000")
    return text[:text.index("\nLAMPIRAN\n")]


def lampiran_rows_000() -> list[tuple]:
    """The member table in order: ("team", heading) for a heading row and
    ("member", number, name, jabatan, kedudukan, task text or '') for a member."""
    text = seed_text("000")
    table = text[text.index("NO\tNAMA\tJABATAN"):]
    table = table[:table.index("Ditetapkan di")]
    rows = []
    for line in table.splitlines()[2:]:
        c = [plain(x) for x in line.split("\t")]
        if not line.strip() or set(line) <= set("-\t"):
            continue  # blank lines and the table rules of page breaks
        if re.fullmatch(r"\d+\.", c[0]):
            task = c[5] if len(c) > 5 else ""
            rows.append(("member", int(c[0][:-1]), c[1], c[2], c[3], task))
        else:
            assert not any(c[1:]), line
            rows.append(("team", c[0]))
    return rows


def rak_rows_000() -> list[list[str]]:
    """The Tim RB's RAK 2021 (the first table after the lampiran), one list of
    cells per row: NO, sasaran, indikator, target, kegiatan, B1..B12, pelaksana.
    The extraction puts some rows' pelaksana one column further right."""
    lines = seed_text("000").splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("NO\tSASARAN PROGRAM/KEGIATAN"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("NO\t"))
    assert lines[start + 1].split("\t")[5:17] == [f"B{n}" for n in range(1, 13)]
    rows = []
    for line in lines[start + 3:end]:
        if not line.strip():
            continue
        c = [x.strip() for x in line.split("\t")]
        (pelaksana,) = [x for x in c[17:] if x] or [""]
        rows.append(c[:17] + [pelaksana])
    return rows
