"""Journal exports: Markdown and JSON here (no Qt); the PDF is made in gui/exports."""

from peerdesk.services.journal.exporters.json_export import JSON_FORMAT, journal_json
from peerdesk.services.journal.exporters.markdown import journal_markdown

__all__ = ["JSON_FORMAT", "journal_json", "journal_markdown"]
