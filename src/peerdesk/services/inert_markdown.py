"""User text inside Markdown: raw HTML made literal, so no viewer turns it into live HTML."""

from __future__ import annotations


def escape_html(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: they still read as themselves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
