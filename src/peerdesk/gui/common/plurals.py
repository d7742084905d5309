"""English plural forms for every ``tr("%n thing(s)", "", n)`` while no translation is
installed: a QTranslator that answers only plural texts, so "%n day(s)" reads "1 day" and
"2 days". A real translation installed later (installTranslator puts it first) wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from peerdesk.i18n import english_plural


class EnglishPlurals(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del context, disambiguation
        if n < 0 or "%n" not in source:
            return None  # a null string: "not translated here", the source text is used
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


_installed: list[EnglishPlurals] = []


def install_english_plurals(app: QCoreApplication) -> None:
    if _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
