import pytest
from hypothesis import given
from hypothesis import strategies as st

from rakdesk.core.schedule import (
    TICK,
    Cell,
    Granularity,
    parse_weeks,
    to_monthly,
    to_quarterly,
    weeks_text,
)


@pytest.mark.parametrize("weeks, text", [
    ({4}, "Minggu ke 4"),
    ({1, 2, 3, 4}, "Minggu ke 1 - 4"),
    ({2, 3}, "Minggu ke 2 dan ke 3"),
    ({1, 2, 4}, "Minggu ke 1, ke 2 dan ke 4"),
    ({2, 3, 4}, "Minggu ke 2 - 4"),
])
def test_weeks_print_as_the_offices_write_them(weeks, text):
    assert weeks_text(weeks) == text
    assert parse_weeks(text) == frozenset(weeks)


@pytest.mark.parametrize("text, weeks", [
    ("Minggu ke-2 dan ke-3", {2, 3}), ("minggu 1-4", {1, 2, 3, 4}),
    ("Minggu ke 1 s.d 3", {1, 2, 3}),
    ("Minggu ke 5", None), ("Bulan 2", None), ("", None),
])
def test_parse_weeks_variants(text, weeks):
    assert parse_weeks(text) == (None if weeks is None else frozenset(weeks))


def test_cell_text():
    assert Cell().text() == ""
    assert TICK.text("√") == "√"
    assert Cell(weeks={4}).text() == "Minggu ke 4"
    assert Cell(ticked=True, note="rapat pleno").text() == "✓\nrapat pleno"
    with pytest.raises(ValueError):
        Cell(weeks={5})


def test_full_quarters_map_without_loss_and_back():
    months = {m: TICK for m in (1, 2, 3, 7, 8, 9)}
    quarters, losses = to_quarterly(months)
    assert set(quarters) == {1, 3} and losses == []
    back, losses = to_monthly(quarters)
    assert back == months and losses == []


def test_partial_quarter_says_what_is_lost():
    months = {2: TICK, 12: Cell(weeks={2, 3})}
    quarters, losses = to_quarterly(months)
    assert quarters == {1: TICK, 4: TICK}
    assert len(losses) == 2
    assert "B2" in losses[0] and "T1" in losses[0]
    assert "Minggu ke 2 dan ke 3" in losses[1]


def test_notes_survive_the_change():
    quarters, _ = to_quarterly({4: Cell(note="evaluasi")})
    assert quarters == {2: Cell(note="evaluasi")}
    months, _ = to_monthly(quarters)
    assert months == {4: Cell(note="evaluasi")}


cells = st.dictionaries(st.integers(1, 12), st.builds(
    Cell, ticked=st.booleans(), weeks=st.frozensets(st.integers(1, 4), max_size=4),
    note=st.sampled_from(["", "catatan"])))


@given(cells)
def test_a_quarter_is_ticked_exactly_when_one_of_its_months_is(months):
    quarters, losses = to_quarterly(months)
    for q in range(1, 5):
        ticked = any(months.get(m, Cell()).ticked for m in range(3 * q - 2, 3 * q + 1))
        assert quarters.get(q, Cell()).ticked == ticked
    # Nothing is reported lost when every quarter was all-or-nothing without weeks.
    uniform = all(
        len({(months.get(m, Cell()).ticked, bool(months.get(m, Cell()).weeks))
             for m in range(3 * q - 2, 3 * q + 1)}) == 1
        and not any(months.get(m, Cell()).weeks for m in range(3 * q - 2, 3 * q + 1))
        and sum(bool(months.get(m, Cell()).note) for m in range(3 * q - 2, 3 * q + 1)) <= 1
        for q in range(1, 5))
    if uniform:
        assert losses == []


def test_granularity_labels():
    assert Granularity.MONTHLY.label(3) == "B3"
    assert Granularity.MONTHLY.label(3, numeric=True) == "3"
    assert Granularity.QUARTERLY.label(4) == "T4"
    assert Granularity.QUARTERLY.periods == 4
