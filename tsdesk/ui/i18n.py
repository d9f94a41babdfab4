"""The UI language.

Source strings are Chinese (zh_CN is the default locale), so Chinese needs no TSDesk
translation file; other languages load `resources/translations/tsdesk_<lang>.qm`, built from
the `.ts` sources by `python tools/dev.py translations`. Qt's own strings (dialog buttons,
context menus) come from Qt's `qtbase_<lang>.qm`, for Chinese too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tsdesk import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def available_languages() -> list[str]:
    """zh_CN plus every language whose TSDesk .qm has been built."""
    built = sorted(p.stem.removeprefix("tsdesk_") for p in translations_dir().glob("tsdesk_*.qm"))
    return [SOURCE_LANGUAGE, *[lang for lang in built if lang != SOURCE_LANGUAGE]]


def _load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own translations: from the Qt installation, or shipped beside ours."""
    translator = QTranslator()
    for folder in (QLibraryInfo.path(QLibraryInfo.TranslationsPath), str(translations_dir())):
        if translator.load(f"qtbase_{language}", folder):
            return translator
    return None


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch the UI to `language` ("zh_CN", "en", …). False when its .qm is missing (the UI
    then stays Chinese). Widgets already built keep their text: call before building them."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    ok = True
    if language != SOURCE_LANGUAGE:
        ours = QTranslator()
        qm = translations_dir() / f"tsdesk_{language}.qm"
        if ours.load(str(qm)):
            _installed.append(ours)
        else:
            log.warning("Translation %s not found; the interface stays Chinese", qm.name)
            QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
            language, ok = SOURCE_LANGUAGE, False
    qt = _load_qt_translator(language)
    if qt is not None:
        _installed.append(qt)
    elif not language.startswith("en"):  # Qt's source strings are English already
        log.warning("Qt's own translation for %s not found", language)
    for translator in _installed:
        app.installTranslator(translator)
    return ok
