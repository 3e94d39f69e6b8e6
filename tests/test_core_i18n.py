"""The core's messages speak the interface's language (rakdesk/core/i18n.py):
Indonesian by default and on the command line, English when the window is
English. Qt-free."""

import ast
import string
from pathlib import Path

import pytest

from rakdesk.core import i18n
from rakdesk.core.messages_en import MESSAGES
from rakdesk.errors import ValidationError
from tests.conftest import ROOT


def wrapped_messages():
    """(file, line, text) of every tr("...") call in the package."""
    found = []
    for path in sorted((ROOT / "rakdesk").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "tr":
                arg = node.args[0] if node.args else None
                text = arg.value if isinstance(arg, ast.Constant) else None
                found.append((Path(path).relative_to(ROOT), node.lineno, text))
    return found


def fields(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_wrapped_message_has_english_with_the_same_fields():
    messages = wrapped_messages()
    assert len(messages) > 30
    not_literal = [f"{p}:{line}" for p, line, text in messages if text is None]
    assert not_literal == [], "tr() takes a literal, so the catalog can be checked"
    missing = sorted({text for _, _, text in messages if text not in MESSAGES})
    assert missing == []
    wrong = [text for _, _, text in messages if fields(MESSAGES[text]) != fields(text)]
    assert wrong == []


def test_catalog_holds_no_message_the_code_no_longer_says():
    used = {text for _, _, text in wrapped_messages()}
    assert sorted(set(MESSAGES) - used) == []


@pytest.mark.parametrize("language, expected", [
    ("id", "NIP harus 18 angka, bukan 5."),
    ("en", "A NIP has 18 digits, not 5."),
])
def test_a_core_error_speaks_the_chosen_language(language, expected):
    from rakdesk.core.nip import validate_nip

    i18n.set_language(language)
    with pytest.raises(ValidationError) as err:
        validate_nip("12345")
    assert str(err.value) == expected


def test_numbers_in_messages_follow_the_language(kubu_plan):
    from rakdesk.core import editing

    session, plan = kubu_plan
    kegiatan = plan.sasaran[0].indikator[0].kegiatan[0]
    for language, expected in (("id", "(20.001 karakter; paling banyak 20.000)"),
                               ("en", "(20,001 characters; at most 20,000)")):
        i18n.set_language(language)
        with pytest.raises(ValidationError) as err:
            editing.set_field(kegiatan, "text", "x" * (editing.MAX_TEXT + 1))
        assert expected in str(err.value)


def test_the_command_line_stays_indonesian(run_cli, tmp_path):
    from rakdesk.core.demo import write_demo

    path = write_demo(tmp_path / "w.sqlite")
    code, out, err = run_cli("render", path, "--plan", "zzzzzzzz", "-o", tmp_path / "x.pdf")
    assert code != 0
    assert "Rencana dengan id zzzzzzzz tidak ada di berkas ini." in out + err


def test_unknown_language_falls_back_to_indonesian():
    i18n.set_language("fr")
    assert i18n.language() == "id"
    assert i18n.tr("NIP kosong.") == "NIP kosong."
