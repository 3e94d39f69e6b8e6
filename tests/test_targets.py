from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rakdesk.core.targets import (
    TargetKind,
    format_number,
    format_target,
    parse_number,
    parse_target,
)
from tests import seedtext


@pytest.mark.parametrize("text, kind, value, unit", [
    ("75%", TargetKind.PERCENT, "75", ""),
    ("77,5%", TargetKind.PERCENT, "77.5", ""),
    ("97,5 %", TargetKind.PERCENT, "97.5", ""),
    ("0%", TargetKind.PERCENT, "0", ""),
    ("12 Kali", TargetKind.COUNT, "12", "Kali"),
    ("2.498 Orang", TargetKind.COUNT, "2498", "Orang"),
    ("1 Dokumen", TargetKind.COUNT, "1", "Dokumen"),
    ("B", TargetKind.GRADE, None, "B"),
    ("bb", TargetKind.GRADE, None, "BB"),
    ("WTP", TargetKind.OPINION, None, "WTP"),
    ("3,5", TargetKind.NUMBER, "3.5", ""),
    ("1.234.567,25", TargetKind.NUMBER, "1234567.25", ""),
    ("Tersedia tepat waktu", TargetKind.TEXT, None, ""),
    ("", TargetKind.TEXT, None, ""),
])
def test_parse_target(text, kind, value, unit):
    t = parse_target(text)
    assert t.kind is kind
    assert t.value == (None if value is None else Decimal(value))
    assert t.unit == unit
    assert t.text == text  # what the user typed is always kept


def test_bare_number_on_an_index_indicator_is_an_index():
    assert parse_target("77", "Indeks Reformasi Birokrasi").kind is TargetKind.INDEX
    assert parse_target("77", "Jumlah peserta").kind is TargetKind.NUMBER


@pytest.mark.parametrize("value, text", [
    ("2498", "2.498"), ("77.5", "77,5"), ("1234567.25", "1.234.567,25"), ("0", "0"),
    ("100", "100"), ("-3.5", "-3,5"), ("1000.50", "1.000,5"),
])
def test_format_number_indonesian(value, text):
    assert format_number(Decimal(value)) == text
    assert parse_number(text) == Decimal(value)


def test_format_target_kinds():
    assert format_target("percent", Decimal("87.5")) == "87,5%"
    assert format_target("count", Decimal("2498"), "Orang") == "2.498 Orang"
    assert format_target("opinion", None, "WTP") == "WTP"
    assert format_target("text", None, "", fallback="apa adanya") == "apa adanya"


def test_every_seed_target_is_understood():
    """The targets of the real Kubu Raya RAK all parse to a typed kind."""
    targets = {row[2] for row in seedtext.rows_001()}
    assert len(targets) > 10
    for text in targets:
        t = parse_target(text)
        assert t.kind is not TargetKind.TEXT, text
        assert t.formatted().replace(" ", "") == text.replace(" ", "")


decimals = st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False,
                       allow_infinity=False)


@given(decimals)
def test_number_round_trip(value):
    assert parse_number(format_number(value)) == value


@given(decimals.filter(lambda d: d >= 0), st.sampled_from(["Kali", "Orang", "Laporan", "Dokumen"]))
def test_target_round_trip(value, unit):
    for kind, u in ((TargetKind.PERCENT, ""), (TargetKind.COUNT, unit)):
        text = format_target(kind, value, u)
        parsed = parse_target(text)
        assert (parsed.kind, parsed.value, parsed.unit) == (kind, value, u)


@given(st.text(max_size=200))
def test_any_text_is_a_valid_target(text):
    t = parse_target(text)
    assert t.text == text
