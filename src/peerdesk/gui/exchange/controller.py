"""The exchange area's entry points, wired by the shell: Share…, Receive a file…, a file
given on the command line, and the Contacts section of Settings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from peerdesk.gui.exchange.contacts_section import ContactsSection
from peerdesk.gui.exchange.files import SUFFIX
from peerdesk.gui.exchange.receive import ReceiveFlow
from peerdesk.gui.exchange.share_dialog import ShareDialog
from peerdesk.services.session import Services


class ExchangeController(QObject):
    flow_started = Signal(object)  # ReceiveFlow
    share_opened = Signal(object)  # ShareDialog

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services | None = None
        self.contacts_section = ContactsSection()
        self.flow: ReceiveFlow | None = None
        self.share_dialog: ShareDialog | None = None
        self.pending_file: Path | None = None

    # -- life cycle -------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        self.contacts_section.attach(services)
        if self.pending_file is not None:
            path, self.pending_file = self.pending_file, None
            self.receive_file(path)

    def detach(self) -> None:
        for dialog in (self.share_dialog, self.flow.current if self.flow else None):
            if dialog is not None:
                dialog.reject()
        if self.flow is not None and self.flow.job is not None:
            self.flow.job.cancel()  # no-op when it has finished
        self.flow = None
        self.share_dialog = None
        self.contacts_section.detach()
        self.services = None

    # -- share ------------------------------------------------------------------------------

    def share(
        self,
        what: str = "roadmap",
        person_id: str | None = None,
        card_titles: Sequence[str] = (),
    ) -> ShareDialog | None:
        if self.services is None:
            return None
        dialog = ShareDialog(
            self.services,
            what=what,
            person_id=person_id,
            card_titles=card_titles,
            parent=self.window,
        )
        dialog.saved.connect(self._shared)
        self.share_dialog = dialog
        self.share_opened.emit(dialog)
        dialog.open()
        return dialog

    def share_cards(self, card_ids: Sequence[str]) -> ShareDialog | None:
        if self.services is None:
            return None
        cards = self.services.library.cards(list(card_ids))
        titles = [cards[i].title for i in card_ids if i in cards]
        return self.share("library", card_titles=titles)

    def _shared(self, _path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("The exchange file is saved: encrypted and signed."), 10_000
        )
        self.contacts_section.refresh()

    # -- receive ----------------------------------------------------------------------------

    def choose_and_receive(self) -> None:
        if self.services is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Receive a file"),
            "",
            self.tr("PeerDesk exchange files (*%1)").replace("%1", SUFFIX),
        )
        if path:
            self.receive_file(Path(path))

    def receive_file(self, path: Path) -> ReceiveFlow | None:
        """Receive *path* now, or right after the next unlock when locked."""
        if self.services is None:
            self.pending_file = Path(path)
            return None
        if self.flow is not None and isinstance(self.flow.current, QDialog):
            self.flow.current.reject()
        flow = ReceiveFlow(self.services, self.window)
        flow.finished.connect(lambda outcome: self._received(flow, outcome))
        self.flow = flow
        self.flow_started.emit(flow)
        flow.start(Path(path))
        return flow

    def _received(self, flow: ReceiveFlow, outcome: str) -> None:
        if outcome == "applied":
            self.contacts_section.refresh()
