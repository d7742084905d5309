"""Showing user-written Markdown safely: HTML stays text, nothing is ever loaded."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from peerdesk.gui.exports.library_pdf import InertDocument
from peerdesk.services.exchange.library_markdown import inert

FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def make_inert(browser: QTextBrowser) -> None:
    """Give the browser a document that loads no resources, and no clickable links."""
    browser.setDocument(InertDocument(browser))
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)


def show_markdown(browser: QTextBrowser, markdown: str) -> None:
    """``markdown`` is user text: its raw HTML is escaped before Qt parses it."""
    browser.document().setMarkdown(inert(markdown), FEATURES)
