"""File formats of the session notes: CSV (fixed columns) and Markdown for the PDF."""

from peerdesk.services.notes.formats.csv_notes import NOTE_CSV_COLUMNS, notes_csv, safe_cell
from peerdesk.services.notes.formats.notes_text import notes_markdown

__all__ = ["NOTE_CSV_COLUMNS", "notes_csv", "notes_markdown", "safe_cell"]
