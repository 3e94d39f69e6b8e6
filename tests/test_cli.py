import json
import sqlite3

import pytest


def assert_one_line_error(code, out, err, *words):
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rakdesk: ")
    for word in words:
        assert word in lines[0]


def test_demo_then_list_and_check(run_cli, tmp_path):
    path = tmp_path / "contoh.sqlite"
    code, out, err = run_cli("demo", path)
    assert code == 0, err
    code, out, err = run_cli("list", path)
    assert code == 0
    assert "SEKRETARIAT KPU KABUPATEN KUBU RAYA" in out and "RAK 2024 (bulanan)" in out
    assert "IKU 2024" in out and "RAK 2020 (triwulan)" in out
    code, out, err = run_cli("check", path)
    assert code == 0 and "Keutuhan SQLite: baik" in out


def test_list_json_ids_are_usable(run_cli, demo_file):
    code, out, _ = run_cli("list", "--json", demo_file)
    data = json.loads(out)
    plans = [p for s in data["satkers"] for p in s["plans"]]
    assert len(plans) == 4
    assert sum(p["counts"]["kegiatan"] for p in plans) == 53 + 12 + 23
    assert all(len(p["id"]) == 36 for p in plans)


def test_demo_refuses_to_overwrite(run_cli, demo_file):
    assert_one_line_error(*run_cli("demo", demo_file), "sudah ada")


@pytest.mark.parametrize("args, words", [
    (("list", "tidak-ada.sqlite"), ["tidak ditemukan"]),
    (("check", "tidak-ada.sqlite"), []),
])
def test_missing_file(run_cli, tmp_path, args, words):
    code, out, err = run_cli(*args)
    assert code == 1
    if args[0] == "list":
        assert_one_line_error(code, out, err, *words)
    else:
        assert "TIDAK BAIK" in out


def test_check_names_a_trigger(run_cli, demo_file):
    con = sqlite3.connect(demo_file)
    con.execute("CREATE TRIGGER sneaky AFTER DELETE ON plan BEGIN SELECT 1; END")
    con.commit()
    con.close()
    code, out, _ = run_cli("check", demo_file)
    assert code == 1 and "pemicu sneaky" in out


def test_list_of_a_spreadsheet_is_a_clear_error(run_cli, tmp_path):
    path = tmp_path / "rak.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    assert_one_line_error(*run_cli("list", path), "bukan berkas rakdesk")


def test_render_with_unknown_plan_id(run_cli, demo_file, tmp_path):
    assert_one_line_error(*run_cli("render", demo_file, "--plan", "nope", "-o", tmp_path / "x.pdf"),
                          "nope")


def test_version(run_cli):
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("rakdesk ")


@pytest.mark.parametrize("args", [("list",), ("render", "x.sqlite"), ("demo", "a", "b"),
                                  ("list", "--bogus", "x")])
def test_usage_errors_are_one_line(run_cli, args):
    code, out, err = run_cli(*args)
    assert code == 2
    assert_one_line_error(code, out, err)


def test_copy_command_writes_a_whole_copy_and_refuses_a_damaged_source(run_cli, demo_file,
                                                                      tmp_path):
    out = tmp_path / "flashdisk" / "kerja.sqlite"
    out.parent.mkdir()
    code, stdout, err = run_cli("copy", demo_file, out)
    assert code == 0, err
    code, stdout, _ = run_cli("check", out)
    assert code == 0
    bad = tmp_path / "setengah.sqlite"
    bad.write_bytes(demo_file.read_bytes()[:9000])
    assert_one_line_error(*run_cli("copy", bad, tmp_path / "x.sqlite"), "terpotong")
    assert not (tmp_path / "x.sqlite").exists()


def test_argparse_speaks_indonesian_too(run_cli):
    code, out, err = run_cli("render", "x.sqlite", "--plan", "a")
    assert code == 2 and "wajib" in err and "the following arguments" not in err
    code, out, err = run_cli("render", "x.sqlite", "--plan", "a", "--all", "-o", "y")
    assert code == 2 and "tidak boleh bersama" in err and "not allowed" not in err
    code, out, _ = run_cli("render", "--help")
    assert code == 0 and out.startswith("pemakaian: ") and "pilihan:" in out
    assert "show this help" not in out and "usage" not in out
