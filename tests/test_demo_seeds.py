"""`rakdesk demo` + `rakdesk list --json` show every sasaran, indikator, target,
kegiatan, pelaksana and schedule mark of the three seed documents."""

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
