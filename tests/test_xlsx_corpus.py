"""Every hostile workbook of tests/hostile_workbooks.py through `import-xlsx`:
in-process (fast), and the big ones also as real processes bounded to 20 s.
Each ends with success or one line of message, never a traceback; a refused
file leaves the target workspace byte for byte as it was, and creates none."""

import hashlib
import re
import shutil

import pytest

from rakdesk.cli import main
from rakdesk.core.storage import create_workspace
from tests import hostile_workbooks as hw

CASES = hw.cases()
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return dict((case.name, path) for case, path in hw.write_all(folder))


@pytest.fixture(scope="module")
def empty_workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("ws") / "kosong.sqlite"
    create_workspace(path).close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_outcome(case, code, out, err, target, before):
    assert "Traceback" not in out + err
    assert not CONTROL.search(out + err), "control characters printed from the file"
    if case.expect == "refused":
        assert code == 1 and out == ""
        assert err.startswith("rakdesk: ") and err.count("\n") == 1, err
        assert case.words in err
        assert (digest(target) if target.exists() else None) == before
    else:
        assert code == 0 and err == "", err
        lines = out.splitlines()
        assert lines[0].startswith("Diimpor dari lembar ")
        assert all(line.startswith("PERHATIAN: ") for line in lines[1:])
        assert case.words in out


@pytest.mark.parametrize("case", [c for c in CASES if not c.heavy], ids=lambda c: c.name)
def test_import_into_a_workspace(case, corpus, empty_workspace, tmp_path, capsys):
    target = tmp_path / "kerja.sqlite"
    shutil.copyfile(empty_workspace, target)
    before = digest(target)
    code = main(["import-xlsx", str(target), str(corpus[case.name])])
    out, err = capsys.readouterr()
    check_outcome(case, code, out, err, target, before)
    if case.expect == "refused":  # into a new file: none is made
        fresh = tmp_path / "baru.sqlite"
        code = main(["import-xlsx", str(fresh), str(corpus[case.name])])
        out, err = capsys.readouterr()
        check_outcome(case, code, out, err, fresh, None)
        assert not list(tmp_path.glob("baru*"))


@pytest.mark.parametrize("case", [c for c in CASES if c.heavy], ids=lambda c: c.name)
def test_big_workbook_as_a_process_ends_within_20_seconds(case, corpus, empty_workspace,
                                                          tmp_path, run_cli):
    target = tmp_path / "kerja.sqlite"
    shutil.copyfile(empty_workspace, target)
    before = digest(target)
    code, out, err = run_cli("import-xlsx", target, corpus[case.name], timeout=20)
    check_outcome(case, code, out, err, target, before)
