"""The window speaks the system's language (or the one chosen in Settings), Spanish included."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from peerdesk.gui.shell import language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    QSettings().remove(language.SETTING)
    language.install_translators(qapp, "en")


def test_spanish_translators_translate_ours_and_qts(english_afterwards: QApplication) -> None:
    assert language.install_translators(english_afterwards, "es") == "es"
    assert QCoreApplication.translate("UnlockPanel", "PeerDesk is locked") == (
        "PeerDesk está bloqueado"
    )
    # Qt's own strings (standard buttons) come from qtbase_es.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    language.install_translators(english_afterwards, "en")
    assert QCoreApplication.translate("UnlockPanel", "PeerDesk is locked") == "PeerDesk is locked"


def test_settings_choice_overrides_the_system(english_afterwards: QApplication) -> None:
    language.set_chosen_language("es")
    assert language.chosen_language() == "es"
    assert language.effective_language() == "es"
    language.set_chosen_language("system")
    assert language.effective_language() == language.system_language()
    with pytest.raises(ValueError, match="unknown language"):
        language.set_chosen_language("tlh")


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANGUAGE": "es"}, "PeerDesk está bloqueado"),
        ({"LANG": "es_MX.UTF-8"}, "PeerDesk está bloqueado"),
        ({"LANGUAGE": "fr:es"}, "PeerDesk está bloqueado"),
        ({"LANG": "en_US.UTF-8"}, "PeerDesk is locked"),
        ({"LANG": "de_DE.UTF-8"}, "PeerDesk is locked"),
    ],
)
def test_the_lock_screen_follows_the_system_language(
    variables: dict[str, str], expected: str, tmp_path: Path
) -> None:
    """A fresh process, as a user starts it: the environment decides, then the lock screen."""
    code = (
        "from peerdesk.launch import _make_application\n"
        "from peerdesk.gui.shell.unlock_panel import UnlockPanel\n"
        "app = _make_application()\n"
        "print(UnlockPanel().ui.titleLabel.text())\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(variables, PYTHONPATH=str(ROOT / "src"), XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == expected


def test_settings_language_section_saves_the_choice_for_the_next_start(
    english_afterwards: QApplication,
) -> None:
    """Settings → Language: each language in its own words; choosing one keeps it (outside
    the vault) and says, in the language on screen now, that it applies from the next start."""
    section = language.LanguageSection()
    combo = section.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "es"]
    assert combo.itemText(2) == "Español"
    assert combo.currentData() == "system"
    changed: list[str] = []
    section.changed.connect(changed.append)
    combo.setCurrentIndex(combo.findData("es"))
    assert changed == ["es"]
    assert language.chosen_language() == "es"
    assert "Español" in section.note.text()
    assert "next time" in section.note.text()
    combo.setCurrentIndex(combo.findData("en"))  # the language on screen: nothing to wait for
    assert language.chosen_language() == "en"
    assert "next time" not in section.note.text()
    assert language.LanguageSection().combo.currentData() == "en"  # read back on the next start
    section.deleteLater()
