"""`rakdesk demo` + `rakdesk list --json` show every sasaran, indikator, target,
kegiatan, pelaksana and schedule mark (tick or weeks) of the seed documents, and
rakdesk/data/sk_tim_rb_2021.json every text and lampiran row of seed 000's decree."""

import json
import re

import pytest

from tests import seedtext

# Extraction noise in the seeds that the transcription mends (see rakdesk/data/demo.json notes).
NOISE = {"Meningkatnyakapasitas": "Meningkatnya kapasitas"}


@pytest.fixture(scope="module")
def workspace_json(demo_master):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "rakdesk", "list", "--json", str(demo_master)],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout
    return json.loads(out)


def plan_of(data, satker_name, kind, year):
    (satker,) = [s for s in data["satkers"] if s["name"] == satker_name]
    (plan,) = [p for p in satker["plans"] if p["kind"] == kind and p["year"] == year]
    return plan


def flat_rows(plan, periods):
    """One tuple per kegiatan, in printed order, like a row of the seed table."""
    labels = None
    rows = []
    for s in plan["sasaran"]:
        for ii, i in enumerate(s["indikator"]):
            for kk, k in enumerate(i["kegiatan"]):
                first = ii == 0 and kk == 0
                prefix = "B" if periods == 12 else "T"
                labels = [f"{prefix}{n}" for n in range(1, periods + 1)]
                marks = "".join("v" if k["schedule"].get(lab) else "-" for lab in labels)
                rows.append((s["text"] if first else "", i["text"], i["target"], k["text"],
                             marks, ", ".join(k["pelaksana"])))
    return rows


def test_kubu_raya_rak_matches_seed_row_by_row(workspace_json):
    plan = plan_of(workspace_json, "SEKRETARIAT KPU KABUPATEN KUBU RAYA", "RAK", 2024)
    assert plan["granularity"] == "monthly"
    expected = seedtext.rows_001()
    assert len(expected) > 50
    assert flat_rows(plan, 12) == expected


def test_kubu_raya_signature_is_the_seeds(workspace_json):
    plan = plan_of(workspace_json, "SEKRETARIAT KPU KABUPATEN KUBU RAYA", "RAK", 2024)
    seed = seedtext.seed_text("001")
    sig = plan["signature"]
    assert sig["date"] == "SUNGAI RAYA, JANUARI 2024"
    for line in [sig["date"], *sig["heading"], sig["name"]]:
        assert line in seed


@pytest.mark.parametrize("which, satker, periods", [
    (0, "KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR", 4),
    (1, "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR", 12),
])
def test_lombok_timur_plans_hold_every_word_and_mark_of_the_seed(workspace_json, which, satker,
                                                                 periods):
    document = seedtext.documents_004()[which]
    for wrong, right in NOISE.items():
        document = document.replace(wrong, right)
    plan = plan_of(workspace_json, satker, "RAK", 2020)
    assert plan["granularity"] == ("quarterly" if periods == 4 else "monthly")

    # Every word of the seed's table is in the plan, and the plan adds none.
    texts = []
    for s in plan["sasaran"]:
        texts.append(s["text"])
        for i in s["indikator"]:
            texts += [i["text"], i["target"]]
            for k in i["kegiatan"]:
                texts += [k["text"], *k["pelaksana"]]
    plan_words = seedtext.words("\n".join(texts))
    seed_words = seedtext.table_words(document)
    assert plan_words - seed_words == {}, "words in the plan that the seed does not have"
    assert seed_words - plan_words == {}, "words of the seed missing from the plan"

    # The schedule of every kegiatan, in order.
    marks = [row[4] for row in flat_rows(plan, periods)]
    assert marks == seedtext.marks_in_order(document, periods)

    # The signature block.
    sig = plan["signature"]
    assert sig["date"] == "Selong, 22 Januari 2020"
    assert sig["name"] in document
    assert " ".join(sig["heading"]).replace(" ", "") in re.sub(r"[\s*]", "", document)


def test_kutai_barat_iku_holds_every_cell_fungsi_and_tugas(workspace_json):
    seed = seedtext.seed_text("002")
    plan = plan_of(workspace_json, "KPU KAB.KUTAI BARAT", "IKU", 2024)
    texts = set()
    for s in plan["sasaran"]:
        texts.add(s["text"])
        for i in s["indikator"]:
            texts |= {i["text"], i["keterangan"], i["sumber_data"]}
    table = seed[seed.index("No\tSASARAN STRATEGIS"):seed.index("Sendawar")]
    cells = [c.strip() for line in table.splitlines()[1:] if "\t" in line
             for c in line.split("\t")[1:] if c.strip() and not set(c.strip()) <= set("-")]
    assert len(cells) >= 25
    missing = [c for c in cells if c not in texts]
    assert missing == []

    numbered = [line.split(". ", 1)[1].strip() for line in seed.splitlines()
                if re.match(r"^\d+\. ", line)]
    assert plan["fungsi"] == numbered and len(numbered) == 15
    assert plan["tugas"] in seed
    assert plan["signature"]["date"] == "Sendawar, 03 Januari 2024"
    assert plan["signature"]["name"] == "ARKADIUS HANYE, SH"


def test_seed_copies_match_shared_seeds():
    """tests/data/seeds are copies of ../shared/seeds; when the shared folder is
    there, they must be the same files."""
    from pathlib import Path

    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    for seed in shared.glob("*.txt"):
        assert (seedtext.SEEDS / seed.name).read_bytes() == seed.read_bytes()


# ---------------------------------------------------------------- seed 000

def sk_data() -> dict:
    from importlib import resources

    text = resources.files("rakdesk").joinpath("data/sk_tim_rb_2021.json").read_text("utf-8")
    return json.loads(text)


# What the decree prints itself around its texts: the part labels, the
# menimbang letters and the diktum ordinals (rakdesk generates those).
DECREE_LABELS = seedtext.words(
    "Menimbang a b c d Mengingat Memperhatikan MEMUTUSKAN Menetapkan "
    "KESATU KEDUA KETIGA KEEMPAT KELIMA KEENAM KETUJUH")


def test_sk_tim_rb_decree_holds_every_word_of_the_seed():
    sk = sk_data()
    decree = seedtext.decree_000()
    flat = seedtext.plain(decree)
    assert (len(sk["menimbang"]), len(sk["mengingat"]), len(sk["memperhatikan"])) == (4, 16, 3)
    assert len(sk["diktum"]) == 7 and len(sk["diktum"][0]["items"]) == 11

    texts = [sk["menetapkan"], *sk["menimbang"], *sk["mengingat"], *sk["memperhatikan"]]
    for diktum in sk["diktum"]:
        texts += [diktum["text"], *diktum["items"]]
    # Each text reads in the seed as one run (lines the extraction broke rejoined) ...
    missing = [t for t in texts if t not in flat]
    assert missing == []
    # ... and together they are the seed's body, word for word, but for its labels.
    body = decree[decree.index("Menimbang"):decree.index("Ditetapkan di")]
    seed_words, sk_words = seedtext.words(seedtext.plain(body)), seedtext.words(" ".join(texts))
    assert sk_words - seed_words == {}, "words in the transcription that the seed does not have"
    assert seed_words - sk_words == DECREE_LABELS, "seed words missing from the transcription"

    # Heading, number, place and date, signer, the certified copy.
    assert f"NOMOR : {sk['number']}" in decree
    assert "/".join(sk["number_pattern"][k] for k in
                    ("sequence", "classification", "satker_code", "unit")) in sk["number"]
    assert sk["number"].endswith("/IV/2021") and sk["date"] == "2021-04-02" and sk["year"] == 2021
    assert f"TENTANG {sk['about']}" in flat
    assert f"{sk['issuer_title']}," in flat and sk["office"] in flat
    assert f"Ditetapkan di {sk['place']} Pada tanggal 2 April 2021" in flat
    assert f"{sk['signer']['title']}, ttd {sk['signer']['name']}" in flat
    copy = sk["copy_certified_by"]
    assert f"Salinan sesuai dengan aslinya {copy['office']} {copy['title']}," in flat
    assert sk["lampiran_title"] in seedtext.plain(seedtext.seed_text("000"))


def test_sk_tim_rb_lampiran_is_the_seeds_row_by_row():
    sk = sk_data()
    rows = seedtext.lampiran_rows_000()
    members = [r for r in rows if r[0] == "member"]
    assert [r[1] for r in members] == list(range(1, 40))  # numbering runs on across teams

    # The teams in order, with their heading as printed (none for the first) ...
    headings = [r[1] for r in rows if r[0] == "team"]
    assert [t["name"] for t in sk["teams"]] == ["", *headings]
    assert len(sk["teams"]) == 11
    # ... their members: name, jabatan and kedudukan of every row ...
    assert [(m["name"], m["jabatan"], m["kedudukan"]) for t in sk["teams"] for m in t["members"]] \
        == [r[2:5] for r in members]
    assert sum(len(t["members"]) for t in sk["teams"]) == 39
    # ... and each team's tasks: the seed's task cells of its rows, in reading order.
    assert rows[0][0] == "member"  # the first team has no heading row
    per_team = []
    for r in [("team", ""), *rows]:
        if r[0] == "team":
            per_team.append([])
        elif r[5]:
            per_team[-1].append(r[5])
    assert [" ".join(t["tasks"]) for t in sk["teams"]] == [" ".join(cells) for cells in per_team]
    assert all(t["tasks"] for t in sk["teams"])

    # The staff register: every person of the lampiran once, with a jabatan printed for them.
    names = list(dict.fromkeys(r[2] for r in members))
    assert [s["name"] for s in sk["staff"]] == names and len(names) == 18
    printed = {(r[2], r[3]) for r in members}
    assert all((s["name"], s["jabatan"]) in printed for s in sk["staff"])


def test_sk_tim_rb_names_the_demo_satker():
    from rakdesk.core.demo import demo_data

    assert sk_data()["satker"] in {s["name"] for s in demo_data()["satkers"]}


KUTAI_TIMUR = "KPU Kabupaten Kutai Timur"


def test_kutai_timur_rak_matches_seed_word_for_word_and_week_for_week(workspace_json):
    plan = plan_of(workspace_json, KUTAI_TIMUR, "RAK", 2021)
    assert plan["granularity"] == "monthly"
    labels = [f"B{n}" for n in range(1, 13)]
    rows = []
    for n, s in enumerate(plan["sasaran"], 1):
        for ii, i in enumerate(s["indikator"]):
            for kk, k in enumerate(i["kegiatan"] or [None]):
                first_i, first_s = kk == 0, ii == 0 and kk == 0
                k = k or {"text": "", "schedule": {}, "pelaksana": []}
                rows.append([str(n) if first_s else "", s["text"] if first_s else "",
                             i["text"] if first_i else "", i["target"] if first_i else "",
                             k["text"], *[k["schedule"].get(lab, "") for lab in labels],
                             ", ".join(k["pelaksana"])])
    expected = seedtext.rak_rows_000()
    assert len(expected) == 17
    assert rows == expected
    # The cells name weeks ("Minggu ke 4"), as the seed does, not plain ticks.
    cells = [c for row in rows for c in row[5:17] if c]
    assert len(cells) == 35 and cells.count("Minggu ke 4") == 27


def test_kutai_timur_officials_are_the_decrees(workspace_json):
    (satker,) = [s for s in workspace_json["satkers"] if s["name"] == KUTAI_TIMUR]
    assert satker["city"] == "Sangatta"
    officials = {o["title"]: o["name"] for o in satker["officials"]}
    sk = sk_data()
    assert officials == {"KETUA": sk["signer"]["name"], "SEKRETARIS": "Jumeah"}
    # the Sekretaris is the one the lampiran names so
    assert ("Jumeah", "Sekretaris KPU Kabupaten Kutai Timur") in {
        (s["name"], s["jabatan"]) for s in sk["staff"]}
    plan = plan_of(workspace_json, KUTAI_TIMUR, "RAK", 2021)
    assert plan["signature"]["name"] == sk["signer"]["name"]
    assert plan["signature"]["date"] == "Sangatta, 02 April 2021"


def test_kutai_timur_rak_prints_the_weeks_short(demo_master):
    """Every "Minggu ke" cell prints in its month column the short way ("Mg 4"),
    explained under the table, as the other week notes are."""
    from sqlmodel import select

    from rakdesk.core.model import Plan, Satker
    from rakdesk.core.storage import open_workspace
    from rakdesk.pdf import render_plan
    from tests import pdftext

    with open_workspace(demo_master, readonly=True) as ws, ws.session() as session:
        (plan,) = session.exec(select(Plan).join(Satker).where(Satker.name == KUTAI_TIMUR)).all()
        data = render_plan(plan)
    text = "\n".join(pdftext.pages_text(data))
    # The seed's header "SASARAN PROGRAM/KEGIATAN" breaks after the slash, not inside a word.
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("SASARAN")
    assert lines[start:start + 3] == ["SASARAN", "PROGRAM/", "KEGIATAN"]
    assert "Minggu ke" not in text and "Mg = minggu ke-" in text
    found = re.findall(r"Mg (?:\d–\d|\d, \d|\d)", text)
    assert sorted(found) == sorted(["Mg 4"] * 27 + ["Mg 1"] * 3 + ["Mg 1–4"] * 3
                                   + ["Mg 2, 3", "Mg 2, 4"])
