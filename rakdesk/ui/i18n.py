"""The one place that loads translations. The interface speaks Indonesian by
default (resources/translations/rakdesk_id.qm); English is the source text.

Qt ships no Indonesian for its own texts (OK/Batal, message boxes, the file
and print dialogs, context menus), so rakdesk carries them itself in
resources/translations/qtbase_id.ts. The core's messages follow the same
choice through rakdesk.core.i18n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from rakdesk.core import i18n as core_i18n
from rakdesk.paths import resources_dir
from rakdesk.ui.settings import settings

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def current_language() -> str:
    value = settings().value("language", "id")
    return value if value in LANGUAGES else "id"


def set_language(code: str) -> None:
    settings().setValue("language", code)


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` as the interface will say it in ``language`` (not the one
    installed now): for a notice the user must read in the language just chosen."""
    if language == "en":
        return text
    translator = QTranslator()
    if translator.load(str(resources_dir() / "translations" / f"rakdesk_{language}.qm")):
        return translator.translate(context, text) or text
    return text


def system_speaks(language: str) -> bool:
    """Does the operating system's own interface speak ``language``? Its
    native file and print dialogs then do too."""
    ui_languages = QLocale.system().uiLanguages()
    return bool(ui_languages) and ui_languages[0].lower().split("-")[0] == language


def install(app, language: str | None = None) -> list[QTranslator]:
    """Install rakdesk's and Qt's translators; set the default QLocale so dates
    and numbers are written the Indonesian way, and the core's language.

    The platform's native file dialogs speak the system's language, which
    rakdesk cannot translate; when that differs from the interface's, Qt's own
    dialogs (translated here) are used instead."""
    language = language or current_language()
    core_i18n.set_language(language)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                  not system_speaks(language))
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed = []
    if language == "en":
        return installed
    folder = resources_dir() / "translations"
    own = QTranslator(app)
    if own.load(str(folder / f"rakdesk_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", str(folder)) or qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
