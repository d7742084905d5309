"""User-visible text for code that must not import Qt (vault, store, services, cli).

``translate(context, text)`` has the signature of ``QCoreApplication.translate`` so
``pyside6-lupdate`` collects the strings, and it returns Qt's translation once Qt is loaded
(the GUI installs the translators). Without Qt (the CLI) the English source text is
returned unchanged. Widgets use ``self.tr`` / ``QCoreApplication.translate`` directly.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        app = qtcore.QCoreApplication
        if app.instance() is not None:
            return str(app.translate(context, text, disambiguation, n))
    if n >= 0:
        return text.replace("%n", str(n))
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for lupdate without translating it now (tables built at import time);
    translate it where it is shown, with ``translate(context, text)``."""
    del context
    return text
