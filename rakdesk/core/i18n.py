"""The core's messages to the user, in the interface's language, without Qt.

Messages are written in Indonesian in the code (the interface's default, and
the language of the command line) and wrapped in ``tr()``; placeholders are
named ``str.format`` fields filled after translating::

    raise ValidationError(tr("Tahun {year} tidak masuk akal.").format(year=year))

The English catalog (``messages_en.py``) is keyed by the Indonesian text. The
window sets the language from its own setting at start (``rakdesk.ui.i18n``);
the command line stays Indonesian. A message missing from the catalog shows
in Indonesian; a test keeps the catalog complete.
"""

from __future__ import annotations

LANGUAGES = ("id", "en")

_language = "id"


def set_language(code: str) -> None:
    global _language
    _language = code if code in LANGUAGES else "id"


def language() -> str:
    return _language


def tr(message: str) -> str:
    """``message`` (Indonesian) in the current language."""
    if _language == "en":
        from rakdesk.core.messages_en import MESSAGES

        return MESSAGES.get(message, message)
    return message


def format_count(number: int) -> str:
    """A whole number with the current language's thousands separator."""
    text = f"{number:,}"
    return text if _language == "en" else text.replace(",", ".")
