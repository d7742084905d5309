"""Which language the window speaks, and the Qt translators that make it so.

The language follows the system (on Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, which
``QLocale.system().uiLanguages()`` reads; the UI languages on Windows and macOS) unless
Settings → Language chose one. That choice lives in QSettings, not in the vault, because the
lock screen must speak it before anything is unlocked; it says nothing about the user but
the language. PeerDesk's own strings come from ``:/i18n/peerdesk_<lang>.qm`` (compiled by
``packaging/build_ui.py`` from ``resources/i18n/*.ts``), Qt's own (button boxes, file
dialogs) from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from peerdesk import i18n

#: Languages PeerDesk ships, in the order Settings lists them (English is the source).
LANGUAGES = ("en", "es")
SETTING = "ui/language"  # "system" (or unset), or one of LANGUAGES

_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The Settings → Language choice: "system" or a language code."""
    value = QSettings().value(SETTING, "system")
    return value if isinstance(value, str) and value in ("system", *LANGUAGES) else "system"


def set_chosen_language(value: str) -> None:
    if value not in ("system", *LANGUAGES):
        raise ValueError(f"unknown language {value!r}")
    QSettings().setValue(SETTING, value)


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def effective_language() -> str:
    chosen = chosen_language()
    return system_language() if chosen == "system" else chosen


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translators for ``language`` (default: the effective one). Returns it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or effective_language()
    QLocale.setDefault(QLocale(language))
    # Shipped content (starter cards, prompts, emotions, sample data) in the same language.
    i18n.set_content_language(language)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(f":/i18n/peerdesk_{language}.qm"):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
