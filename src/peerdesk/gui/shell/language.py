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

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerdesk import i18n

#: Languages PeerDesk ships, in the order Settings lists them (English is the source).
LANGUAGES = ("en", "es")
SETTING = "ui/language"  # "system" (or unset), or one of LANGUAGES

_installed: list[QTranslator] = []
_speaking = "en"  # what install_translators last chose (English: the source, no translator)


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
    global _speaking
    language = language or effective_language()
    _speaking = language
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


# Each language in its own words, so a reader finds theirs whatever the window speaks now.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


class LanguageSection(QGroupBox):
    """Settings → Language: the system's language, or one PeerDesk ships. The choice lives in
    QSettings (the lock screen must speak it before any vault is open) and takes effect at
    the next start; the note under the list says so in the language now on screen."""

    changed = Signal(str)  # "system" or a language code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.setTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(
            self.tr("The language of PeerDesk's window, messages, exports and sample texts")
        )
        system = language_name(system_language())
        self.combo.addItem(self.tr("Same as the system ({language})").format(language=system))
        self.combo.setItemData(0, "system")
        for code in LANGUAGES:
            self.combo.addItem(language_name(code), code)
        label = QLabel(self.tr("&PeerDesk speaks"))
        label.setBuddy(self.combo)
        self.note = QLabel()
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self._loading = True
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language())))
        self._loading = False
        self._show_note()
        self.combo.currentIndexChanged.connect(self._chosen)

    def tab_stops(self) -> list[QWidget]:
        return [self.combo]

    def _chosen(self, _index: int) -> None:
        if self._loading:
            return
        value = str(self.combo.currentData())
        set_chosen_language(value)
        self._show_note()
        self.changed.emit(value)

    def _show_note(self) -> None:
        value = str(self.combo.currentData())
        wanted = system_language() if value == "system" else value
        if wanted == _shown_language():
            self.note.setText(
                self.tr("Kept on this computer, outside the vault: the lock screen speaks it too.")
            )
        else:
            self.note.setText(
                self.tr("PeerDesk speaks {language} from the next time it starts.").format(
                    language=language_name(wanted)
                )
            )


def _shown_language() -> str:
    """The language the running window speaks (what install_translators last chose)."""
    return _speaking
