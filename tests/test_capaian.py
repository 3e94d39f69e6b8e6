"""Every capaian rule: higher/lower is better with both formulas, grades and
opinions, Indonesian decimals, empty versus zero, cumulative/last/average and
the kategori scale."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rakdesk.core import capaian as cp


def pct(target, realisasi, polarity="higher", formula="standard", indikator=""):
    return cp.compute(target, realisasi, polarity, formula, indikator)


def test_kpu_example_lower_is_better_target_2_realisasi_1_5_is_125():
    result = pct("2 %", "1,5 %", "lower")
    assert result.value == Decimal(125) and result.text == "125"
    assert cp.kategori(result) == "Sangat Baik"


def test_lower_is_better_never_below_zero():
    assert pct("2%", "5%", "lower").value == 0
    assert pct("2%", "3%", "lower").value == 50


def test_lower_is_better_inverse_formula_target_over_realisasi():
    assert pct("2%", "1,5%", "lower", "inverse").value == Decimal(2) / Decimal("1.5") * 100
    assert pct("2%", "1,5%", "lower", "inverse").text == "133,33"
    assert pct("2%", "4%", "lower", "inverse").value == 50
    # zero realisasi has no ratio: no figure rather than a made-up one
    assert pct("2%", "0", "lower", "inverse").status == "undefined"


def test_higher_is_better_is_realisasi_over_target():
    assert pct("75%", "60%").value == 80
    assert pct("12 Kali", "12 Kali").value == 100
    assert pct("2.498 Orang", "2.498").value == 100
    assert pct("3", "1").text == "33,33"


@pytest.mark.parametrize("text,value", [("77", "77"), ("77,5 %", "77.5"), ("3,5", "3.5"),
                                        ("1.234,5", "1234.5"), ("0", "0")])
def test_indonesian_decimals(text, value):
    m = cp.measure(text)
    assert m.kind == "number" and m.value == Decimal(value)


def test_index_target_with_decimal_realisasi():
    assert pct("77", "77,5", indikator="Indeks Reformasi Birokrasi").text == "100,65"


def test_grades_compare_on_their_ordinal_scale():
    assert pct("B", "B").value == 100
    assert pct("B", "BB").value > 100  # better than the target
    assert pct("BB", "B").value < 100
    assert pct("A", "AA").value > pct("A", "A").value > pct("A", "BB").value
    order = ["D", "C", "CC", "B", "BB", "A", "AA"]
    ranks = [cp.measure(g).value for g in order]
    assert ranks == sorted(ranks) and len(set(ranks)) == 7


def test_opinions_compare_on_their_ordinal_scale():
    assert pct("WTP", "WTP").value == 100
    assert pct("WTP", "WDP").value < 100
    order = ["TMP", "TW", "WDP", "WTP"]
    ranks = [cp.measure(o).value for o in order]
    assert ranks == sorted(ranks) and len(set(ranks)) == 4
    # a grade is not an opinion
    assert pct("WTP", "B").status == "unreadable"


def test_empty_is_belum_diisi_and_zero_is_real():
    empty = pct("75%", "")
    assert empty.value is None and empty.status == "empty" and empty.text == "belum diisi"
    assert cp.kategori(empty) == ""
    zero = pct("75%", "0")
    assert zero.value == 0 and zero.text == "0"
    assert cp.kategori(zero) == "Sangat Kurang"


def test_no_target_or_unreadable_gives_no_figure_not_zero():
    assert pct("", "10").status == "no_target"
    assert pct("Tersusunnya dokumen", "10").status == "unreadable"
    assert pct("0", "5").status == "undefined"
    assert pct("75%", "sudah").text == "-"


def test_cumulative_sums_filled_periods_and_ignores_empty():
    total = cp.aggregate(["2 Laporan", "", "1", "0"], cp.CUMULATIVE)
    assert total.value == 3 and total.text == "3 Laporan"
    assert cp.aggregate(["", ""], cp.CUMULATIVE).empty


def test_last_takes_the_last_filled_period():
    assert cp.aggregate(["60%", "70%", "", ""], cp.LAST).value == 70
    assert cp.aggregate(["60%", "0%"], cp.LAST).value == 0  # zero is a value


def test_average_leaves_empty_periods_out_and_counts_zero():
    assert cp.aggregate(["80", "", "100", ""], cp.AVERAGE).value == 90
    assert cp.aggregate(["80", "0", "100", ""], cp.AVERAGE).value == 60


def test_grades_over_the_year_take_the_last():
    assert cp.aggregate(["B", "", "BB"], cp.CUMULATIVE).unit == "BB"


@pytest.mark.parametrize("value,label", [(125, "Sangat Baik"), (91, "Sangat Baik"),
                                         (90, "Baik"), (76, "Baik"), (75, "Cukup"),
                                         (66, "Cukup"), (65, "Kurang"), (51, "Kurang"),
                                         (50, "Sangat Kurang"), (0, "Sangat Kurang")])
def test_default_kategori_scale(value, label):
    assert cp.kategori(Decimal(value)) == label


def test_a_satker_scale_replaces_the_default():
    scale = cp.parse_scale("≥ 100 Tercapai\n80 - 99 Hampir tercapai\n< 80 Tidak tercapai")
    assert scale.kategori(Decimal(100)) == "Tercapai"
    assert scale.kategori(Decimal("99.5")) == "Hampir tercapai"
    assert scale.kategori(Decimal(79)) == "Tidak tercapai"
    with pytest.raises(ValueError, match="tidak terbaca"):
        cp.parse_scale("bagus sekali")


def test_window_colours():
    assert cp.colour(pct("75%", "80%")) == "green"
    assert cp.colour(pct("100", "80")) == "yellow"
    assert cp.colour(pct("100", "50")) == "red"
    assert cp.colour(pct("100", "")) == ""
