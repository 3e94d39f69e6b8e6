"""The one place that loads translations. The interface speaks Indonesian by
default (resources/translations/rakdesk_id.qm); English is the source text."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from rakdesk.paths import resources_dir
from rakdesk.ui.settings import settings

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def current_language() -> str:
    value = settings().value("language", "id")
    return value if value in LANGUAGES else "id"


def set_language(code: str) -> None:
    settings().setValue("language", code)


def install(app, language: str | None = None) -> list[QTranslator]:
    """Install rakdesk's (and Qt's, where it has one) translators; set the
    default QLocale so dates and numbers are written the Indonesian way."""
    language = language or current_language()
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed = []
    if language == "en":
        return installed
    own = QTranslator(app)
    if own.load(str(resources_dir() / "translations" / f"rakdesk_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
