"""Hostile and damaged Perjanjian Kinerja workbooks (tests/pk_workbooks.py
writes each): a budget value that is no whole rupiah is named with its cell and
the PK imports; a formula counts by its stored value; a total that is not the
sum is named; huge cells are cut; merged cells carry; a missing column, dangerous
XML or too many rows are refused in one Indonesian line."""

import pytest

from rakdesk.xlsx import ImportRefused, read_workbook
from tests import pk_workbooks as pw

CASES = pw.hostile_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_pk_workbooks_import_with_named_problems_or_are_refused(tmp_path, case):
    path = tmp_path / f"{case.name}.xlsx"
    case.build(path)
    if case.expect == "refused":
        with pytest.raises(ImportRefused) as caught:
            read_workbook(path)
        assert case.words in str(caught.value) and "\n" not in str(caught.value)
        return
    imported = read_workbook(path)
    assert imported.kind == "PK" and imported.counts()["indikator"] == 3
    assert [b["text"] for b in imported.budget] == [t for t, _ in pw.BUDGET]
    assert imported.budget[1]["amount"] == pw.BUDGET[1][1]
    messages = [str(p) for p in imported.problems]
    if case.words:
        assert any(case.words in m for m in messages), messages
    else:
        assert messages == []
        assert [b["amount"] for b in imported.budget] == [a for _, a in pw.BUDGET]
    assert imported.party2["name"] == "SRI HARTATI, S.Sos"
