"""What every area's export and import does for the organisation: the policy's plaintext rule
(checked before anything is written), the audit row (kind, format, the file's name — never
content) and the export notice (the same text the CLI prints after an export)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QMessageBox, QWidget

from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError


def plaintext_block_reason(services: Services) -> str | None:
    """Why readable exports are refused here (None: they are allowed)."""
    if services.policy.allows_plaintext_export():
        return None
    return QCoreApplication.translate(
        "Exports",
        "Your organisation does not allow readable (unencrypted) exports on this computer: "
        "Markdown, HTML, PDF, CSV and JSON files are turned off. Ask your administrator.",
    )


def refuse_if_blocked(parent: QWidget, services: Services) -> bool:
    """Say why and return True when readable exports are not allowed."""
    reason = plaintext_block_reason(services)
    if reason is None:
        return False
    QMessageBox.information(
        parent, QCoreApplication.translate("Exports", "Exports turned off"), reason
    )
    return True


def notice_label(services: Services) -> QLabel | None:
    """A label with the organisation's export notice for an export dialog (None: no notice)."""
    notice = services.policy.export_notice
    if not notice:
        return None
    label = QLabel(notice)
    label.setObjectName("exportNoticeLabel")
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    label.setAccessibleName(QCoreApplication.translate("Exports", "Your organisation's notice"))
    return label


def record_export(
    services: Services,
    what: str,
    fmt: str,
    path: Path,
    *,
    person_id: str | None = None,
    count: int | None = None,
) -> None:
    """One "export" row (best effort: a full disk does not undo a written export)."""
    with contextlib.suppress(VaultError, peewee.DatabaseError):
        services.audit.record_export(what, fmt, path.name, person_id=person_id, count=count)


def record_import(services: Services, what: str, fmt: str, path: Path) -> None:
    with contextlib.suppress(VaultError, peewee.DatabaseError):
        services.audit.record("import", what=what, format=fmt, file_name=path.name)


def record_exchange(
    services: Services,
    kind: str,
    path: Path | None = None,
    *,
    person_id: str | None = None,
    what: str = "bundle",
) -> None:
    """The hook for the exchange screens: ``kind`` is "share" or "receive"."""
    if kind not in ("share", "receive"):
        raise ValueError(kind)
    with contextlib.suppress(VaultError, peewee.DatabaseError):
        services.audit.record(
            kind,
            what=what,
            format="bundle",
            file_name=path.name if path is not None else None,
            person_id=person_id,
        )


def export_done_text(services: Services, path: Path) -> str:
    """ "Saved to …" plus the organisation's notice, if any."""
    text = QCoreApplication.translate("Exports", "Saved to {path}.").format(path=path)
    notice = services.policy.export_notice
    return f"{text}\n\n{notice}" if notice else text


def add_above_buttons(dialog: QWidget, buttons: QWidget, widget: QWidget) -> None:
    """Put ``widget`` (a notice, a reason) just above the dialog's buttons."""
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(buttons)
        if index >= 0:
            layout.insertWidget(index, widget)
            return
    if layout is not None:
        layout.addWidget(widget)
