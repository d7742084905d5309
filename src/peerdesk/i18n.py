"""User-visible text for code that must not import Qt (vault, store, services, cli).

``translate(context, text)`` has the signature of ``QCoreApplication.translate`` so
``pyside6-lupdate`` collects the strings, and it returns Qt's translation once Qt is loaded
(the GUI installs the translators). Without Qt (the CLI) the English source text is
returned unchanged. Widgets use ``self.tr`` / ``QCoreApplication.translate`` directly.
"""

from __future__ import annotations

import re
import sys

_PLURAL = re.compile(r"\((s|es)\)")


def english_plural(text: str, n: int) -> str:
    """The English form of a ``%n`` source text: "%n day(s)" -> "1 day" / "2 days".

    Source texts mark plural endings with "(s)" or "(es)" (Qt's convention); Qt replaces
    ``%n`` afterwards. Without any translation, Qt would show "1 day(s)".
    """
    return _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        app = qtcore.QCoreApplication
        if app.instance() is not None:
            return str(app.translate(context, text, disambiguation, n))
    if n >= 0:
        return english_plural(text, n).replace("%n", str(n))
    return text


def translate_noop(context: str, text: str) -> str:
    """Marks *text* for lupdate without translating it now (tables built at import)."""
    del context
    return text
