"""The recovery plan as a PDF, ready to print and hand over at the end of a session.

Rendered from the plan's escaped Markdown with HTML switched off, in a document that never
loads a resource (no images, files or network), then printed by QTextDocument onto a
QPdfWriter (works offscreen, no display needed).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.gui.common.pdf import (
    a4_pdf_writer,
    keep_table_rows_whole,
    paginate_for,
    print_paginated,
)
from peerdesk.gui.roadmap.dates import long_date
from peerdesk.services.roadmap.formats.plan_text import plan_markdown, plan_title
from peerdesk.services.roadmap.plan import RecoveryPlan
from peerdesk.vault.files import PRIVATE_FILE_MODE, explain_os_error


def plan_document(plan: RecoveryPlan) -> InertDocument:
    doc = InertDocument()
    set_inert_markdown(doc, plan_markdown(plan, long_date), already_escaped=True)
    return doc


def print_plan_on(plan: RecoveryPlan, device: QPagedPaintDevice) -> None:
    """The plan on a printer (or any paged device), rows kept whole as in the PDF."""
    doc = plan_document(plan)
    paginate_for(doc, device)
    keep_table_rows_whole(doc)
    print_paginated(doc, device)


def write_plan_pdf(plan: RecoveryPlan, path: Path) -> None:
    """Write the plan to ``path`` (owner-only); a failure leaves no half-written file."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        os.close(fd)
        writer = a4_pdf_writer(partial, plan_title(plan.person_name))
        doc = plan_document(plan)
        paginate_for(doc, writer)
        keep_table_rows_whole(doc)  # a milestone row never splits across two pages
        print_paginated(doc, writer)
        del writer  # flushes and closes the file
        if partial.stat().st_size == 0:
            raise OSError(f"Qt wrote nothing to {path.name}")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise explain_os_error(exc, path) from exc
