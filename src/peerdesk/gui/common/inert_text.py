"""User-written Markdown, shown and printed safely — the one place every view and PDF uses.

- raw HTML is escaped before Qt parses it, and parsed with HTML switched off;
- automatic links (bare URLs, e-mail addresses) are not made;
- after parsing, every link loses its target (its words stay) and every image becomes a
  short text: Qt's image handler would otherwise load a file named in the text itself,
  even from a document whose ``loadResource`` refuses;
- the document never loads a resource (no file, no network).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser

from peerdesk.services.inert_markdown import escape_html

# GitHub's dialect without HTML and without automatic links (PySide6 exposes only the
# dialects, so md4c's autolink flags - URL 0x4, e-mail 0x8, www 0x400 - are cleared by value).
_AUTOLINKS = 0x4 | 0x8 | 0x400
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    (QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value & ~_AUTOLINKS)
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class InertDocument(QTextDocument):
    """A text document that never loads anything (no images, files or network)."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return QByteArray()


def _neutralize(document: QTextDocument) -> None:
    """Links keep their words and lose their target; images become a placeholder."""
    images: list[tuple[int, int, str]] = []
    links: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    alt = fmt.property(QTextFormat.Property.ImageAltText)
                    images.append((fragment.position(), fragment.length(), str(alt or "")))
                elif fmt.isAnchor() or fmt.anchorHref():
                    links.append((fragment.position(), fragment.length(), fmt))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, fmt in links:
        plain = QTextCharFormat(fmt)
        plain.setAnchor(False)
        plain.clearProperty(QTextFormat.Property.AnchorHref)
        plain.clearProperty(QTextFormat.Property.AnchorName)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(plain)
    for position, length, alt in reversed(images):  # back to front: positions stay valid
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"(image: {alt})" if alt else "(image)", QTextCharFormat())


def set_inert_markdown(
    document: QTextDocument, markdown: str, *, already_escaped: bool = False
) -> None:
    """Render ``markdown`` (user text) inertly. ``already_escaped``: raw HTML was escaped."""
    document.setMarkdown(markdown if already_escaped else escape_html(markdown), MARKDOWN_FEATURES)
    _neutralize(document)


def make_inert(browser: QTextBrowser) -> None:
    """Give the browser a document that loads no resources, and no clickable links."""
    browser.setDocument(InertDocument(browser))
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)


def show_markdown(browser: QTextBrowser, markdown: str) -> None:
    set_inert_markdown(browser.document(), markdown)
