"""Loading translations: CRMDesk's own .qm plus Qt's for standard buttons and dialogs.

Used by the GUI and by the reports (which translate through QtCore without any widget).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crmdesk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
_installed: list[QTranslator] = []


def qm_path(lang: str) -> str:
    return str(resources_dir() / "i18n" / f"crmdesk_{lang}.qm")


def resolve_language(setting: str | None) -> str:
    """``en`` or ``zh_CN``: the setting if it names one, else the system locale."""
    if setting in LANGUAGES:
        return str(setting)
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(lang: str) -> bool:
    """Make ``lang`` the language of every later ``tr()``; True if a translation was loaded.

    Works with a QCoreApplication or a QApplication. English loads only its plural forms
    (``%n`` messages: "1 row" / "5 rows"); it has no Qt translation to add.
    """
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(lang))
    ours = QTranslator()
    loaded = ours.load(qm_path(lang))
    if loaded:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found", qm_path(lang))
    if lang == "en":
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qt"):
        qt = QTranslator()
        if qt.load(QLocale(lang), base, "_", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
            break
    return loaded


def translate(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP(context, text)."""
    return QCoreApplication.translate(context, text)
