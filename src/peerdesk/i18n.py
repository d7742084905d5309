"""User-visible text for code that must not import Qt (vault, store, services, cli).

``translate(context, text)`` has the signature of ``QCoreApplication.translate`` so
``pyside6-lupdate`` collects the strings, and it returns Qt's translation once Qt is loaded
(the GUI installs the translators). Without Qt (the CLI) the English source text is
returned, or, when the content language is Spanish, the translation from the small
Qt-free table ``resources/content/strings.es.json`` (shipped-content strings only).
Widgets use ``self.tr`` / ``QCoreApplication.translate`` directly.
"""

from __future__ import annotations

import json
import locale
import os
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from peerdesk.resource_files import resource_path


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        app = qtcore.QCoreApplication
        if app.instance() is not None:
            shown = str(app.translate(context, text, disambiguation, n))
            if shown != (text.replace("%n", str(n)) if n >= 0 else text):
                return shown  # Qt has a translation loaded
    if content_language() != DEFAULT_LANGUAGE:
        text = fallback_strings(content_language()).get(context, {}).get(text, text)
    if n >= 0:
        return text.replace("%n", str(n))
    return text


@cache
def fallback_strings(language: str) -> dict[str, dict[str, str]]:
    """Translations of short shipped-content strings (crisis-plan section names, mood
    words) that work without Qt, for the CLI and exports:
    ``resources/content/strings.<language>.json``, ``{context: {English source: translation}}``.
    The same strings are in the Qt ``.ts`` files; a loaded Qt translation wins."""
    try:
        path = resource_path("content", f"strings.{language}.json")
    except FileNotFoundError:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    contexts = data.get("contexts", {}) if isinstance(data, dict) else {}
    return {str(c): {str(k): str(v) for k, v in t.items()} for c, t in contexts.items()}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for lupdate without translating it now (tables built at import time);
    translate it where it is shown, with ``translate(context, text)``."""
    del context
    return text


# --- The content language -------------------------------------------------------------
#
# Shipped content (starter library, journal prompts and emotions, demo data, crisis-plan
# section names, mood words) comes in English and Spanish. The content language decides
# which; it is the single source for services and the CLI. It starts from the environment
# the way Qt reads it on Linux, and the GUI calls ``set_content_language`` with the UI
# language it chose (system, or Settings -> Language), so both always agree.

CONTENT_LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_content_language: str | None = None


def language_code(value: str | None) -> str:
    """``"es"``, ``"es_MX.UTF-8"``, ``"es-419"``, ``"es_MX:en"`` -> ``"es"``; anything
    PeerDesk has no content for (``"C"``, ``"POSIX"``, ``"fr_FR"``, empty) -> ``"en"``."""
    first = (value or "").split(":", 1)[0].strip()
    code = first.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    return code if code in CONTENT_LANGUAGES else DEFAULT_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: the first of LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG that is set and not empty (as gettext and Qt read them on Linux). When none is set
    (usual on Windows and macOS), the C library's locale; the GUI then sets the language
    from Qt's ``QLocale.system().uiLanguages()`` through ``first_supported``."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            if name == "LANGUAGE":
                # LANGUAGE is a priority list; take the first entry PeerDesk has.
                for part in value.split(":"):
                    code = language_code(part)
                    if part.strip() and (code != DEFAULT_LANGUAGE or part.lower().startswith("en")):
                        return code
                continue
            return language_code(value)
    if environ is None:
        return _platform_language()
    return DEFAULT_LANGUAGE


def _platform_language() -> str:
    try:
        name = locale.getlocale(locale.LC_CTYPE)[0] or ""
    except ValueError:
        return DEFAULT_LANGUAGE
    if name.lower().startswith("spanish"):  # Windows names: "Spanish_Mexico"
        return "es"
    return language_code(name)


def first_supported(languages: Iterable[str]) -> str:
    """The first of ``languages`` (BCP 47 or POSIX names, most wanted first, like
    ``QLocale.uiLanguages()``) that PeerDesk has content for; English if none."""
    for value in languages:
        if value and language_code(value) != DEFAULT_LANGUAGE:
            return language_code(value)
        if value.lower().startswith("en"):
            return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def content_language() -> str:
    """``"en"`` or ``"es"``: the language of shipped content for this process."""
    global _content_language
    if _content_language is None:
        _content_language = system_language()
    return _content_language


def set_content_language(code: str | None) -> str:
    """Set the content language (a code or a locale name; ``None`` goes back to the
    environment). Returns the language now in effect. Cached content is reloaded."""
    global _content_language
    _content_language = system_language() if code is None else language_code(code)
    return _content_language


def localized_resource(*parts: str) -> Path:
    """The shipped file ``parts`` in the content language: ``name.es.json`` beside
    ``name.json`` when the language is Spanish and that file exists, else the English one."""
    language = content_language()
    if language != DEFAULT_LANGUAGE and parts:
        stem, dot, suffix = parts[-1].rpartition(".")
        name = f"{stem}.{language}.{suffix}" if dot else f"{parts[-1]}.{language}"
        try:
            return resource_path(*parts[:-1], name)
        except FileNotFoundError:
            pass
    return resource_path(*parts)
