"""The content language: read from the environment like Qt on Linux, set by the GUI."""

from __future__ import annotations

import locale

import pytest

from peerdesk.i18n import (
    content_language,
    first_supported,
    language_code,
    localized_resource,
    set_content_language,
    system_language,
    translate,
)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("es", "es"),
        ("es_ES.UTF-8", "es"),
        ("es_MX.utf8", "es"),
        ("es-419", "es"),
        ("es_MX:en", "es"),
        ("ES_us@euro", "es"),
        ("en_US.UTF-8", "en"),
        ("fr_FR.UTF-8", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_code(value: str | None, code: str) -> None:
    assert language_code(value) == code


def test_environment_order_is_language_lc_all_lc_messages_lang() -> None:
    assert system_language({}) == "en"
    assert system_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert system_language({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}) == "en"
    assert system_language({"LC_MESSAGES": "en_GB.UTF-8", "LC_ALL": "es_AR.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "en_US.UTF-8", "LANGUAGE": "es_MX:en"}) == "es"
    assert system_language({"LANGUAGE": "en:es", "LANG": "es_ES.UTF-8"}) == "en"
    # LANGUAGE is a priority list: the first entry PeerDesk has content for wins
    assert system_language({"LANGUAGE": "fr:es:en"}) == "es"
    # an empty variable is skipped, like gettext does
    assert system_language({"LANGUAGE": "", "LC_ALL": "", "LANG": "es_CL.UTF-8"}) == "es"
    # a LANGUAGE with nothing PeerDesk has falls through to the next variable
    assert system_language({"LANGUAGE": "de", "LANG": "es_ES.UTF-8"}) == "es"


def test_default_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert set_content_language(None) == "es"
    assert content_language() == "es"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert set_content_language(None) == "en"


def test_the_gui_sets_it() -> None:
    assert set_content_language("es_ES") == "es"
    assert content_language() == "es"
    assert set_content_language("en") == "en"
    assert set_content_language("pt_BR") == "en"


def test_localized_resource_picks_the_spanish_file_when_there_is_one() -> None:
    assert localized_resource("library", "starter.json").name == "starter.json"
    set_content_language("es")
    assert localized_resource("library", "starter.json").name == "starter.es.json"
    assert localized_resource("journal", "prompts.json").name == "prompts.es.json"
    # no Spanish file: the English one
    assert localized_resource("peerdesk.qrc").name == "peerdesk.qrc"
    with pytest.raises(FileNotFoundError):
        localized_resource("library", "nothing-here.json")


def test_translate_without_qt_uses_the_spanish_table() -> None:
    assert translate("MoodWords", "Very good") == "Very good"
    set_content_language("es")
    assert translate("MoodWords", "Very good") == "Muy bueno"
    assert translate("CrisisPlanSection", "My warning signs") == "Mis señales de alerta"
    # strings not in the table stay English, %n still works
    assert translate("Nowhere", "%n cards", None, 3) == "3 cards"


def test_first_supported_ui_language() -> None:
    assert first_supported(["es-MX", "en-US"]) == "es"
    assert first_supported(["fr-FR", "es-ES", "en"]) == "es"
    assert first_supported(["en-GB", "es-ES"]) == "en"
    assert first_supported(["de-DE"]) == "en"
    assert first_supported([]) == "en"


def test_without_locale_variables_the_c_library_locale_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda category=0: ("Spanish_Mexico", "1252"))
    assert system_language() == "es"
    monkeypatch.setattr(locale, "getlocale", lambda category=0: ("es_AR", "UTF-8"))
    assert system_language() == "es"
    monkeypatch.setattr(locale, "getlocale", lambda category=0: (None, None))
    assert system_language() == "en"
