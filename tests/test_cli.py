import json
import os
import sqlite3
import subprocess
import sys

import pytest

from tests import demo_counts


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
    (sk,) = [line for line in out.splitlines() if line.lstrip().startswith("SK 2021")]
    assert "11 tim" in sk and "39 anggota" in sk and "sasaran" not in sk  # seed 000's SK
    code, out, err = run_cli("check", path)
    assert code == 0 and "Keutuhan SQLite: baik" in out


def test_list_json_ids_are_usable(run_cli, demo_file):
    code, out, _ = run_cli("list", "--json", demo_file)
    data = json.loads(out)
    plans = [p for s in data["satkers"] for p in s["plans"]]
    assert len(plans) == demo_counts.plans()  # the RAK/IKU, the Kubu Raya PK and seed 000's SK
    (decree,) = [p["decree"] for p in plans if p["kind"] == "SK"]
    assert decree["number"] == "175/ORT.04-Kpt/6408/KPU-Kab/IV/2021"
    assert sum(len(t["members"]) for t in decree["teams"]) == 39 == demo_counts.sk_members()
    assert sum(p["counts"]["kegiatan"] for p in plans) == demo_counts.kegiatan()
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


def test_a_mistyped_command_is_named_not_opened_in_a_window(run_cli, tmp_path):
    code, _, err = run_cli("lsit", tmp_path / "kerja.sqlite")
    assert code == 2 and "buka satu berkas saja" in err
    code, _, err = run_cli("frob")
    assert code == 2 and "'frob' bukan perintah dan bukan berkas yang ada" in err
    assert "Traceback" not in err and "xcb" not in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux setting")
def test_no_display_says_so_in_one_line_instead_of_a_qt_abort(demo_file):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "rakdesk", str(demo_file)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "rakdesk: tidak ada layar untuk membuka jendela (DISPLAY kosong); perintah baris tetap "
        "bisa dipakai (lihat 'rakdesk --help')"]
