import pytest

from rakdesk.core.nip import format_nip, nip_problem, validate_nip
from rakdesk.errors import ValidationError


def test_valid_nip_is_printed_grouped():
    assert validate_nip("196804111993031009") == "196804111993031009"
    assert format_nip("196804111993031009") == "19680411 199303 1 009"


def test_typed_with_spaces_or_prefix():
    assert validate_nip("NIP. 19680411 199303 1 009") == "196804111993031009"


@pytest.mark.parametrize("nip, words", [
    ("19680411199303100", "18 angka"),
    ("1968041119930310091", "18 angka"),
    ("19680411199303100X", "angka"),
    ("196802301993031009", "Tanggal lahir"),
    ("196804111993131009", "Bulan pengangkatan"),
    ("196804111970031009", "terlalu dekat"),
    ("196804111993033009", "jenis kelamin"),
    ("196804111993031000", "urut"),
    ("", "kosong"),
])
def test_invalid_nip_says_why_in_indonesian(nip, words):
    assert words in nip_problem(nip)
    with pytest.raises(ValidationError):
        validate_nip(nip)
