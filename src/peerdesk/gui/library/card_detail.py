"""One card, read-only: its text (Markdown shown inert), how it worked, its use history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from peerdesk.gui.common.inert_text import make_inert, show_markdown
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_card_detail import Ui_CardDetail
from peerdesk.gui.library.card_model import UseHistoryModel
from peerdesk.services.library import StrategyCard


def card_body_markdown(card: StrategyCard) -> str:
    c = card.content
    parts = []
    if c.steps:
        parts += ["### Steps", "", c.steps, ""]
    if c.when_to_use:
        parts += ["### When to use it", "", c.when_to_use, ""]
    if c.warning_signs:
        parts += ["### Warning signs", ""] + [f"- {s}" for s in c.warning_signs] + [""]
    if c.source:
        parts += ["### Source", "", c.source, ""]
    return "\n".join(parts)


class CardDetail(QWidget):
    used_clicked = Signal()
    edit_clicked = Signal()
    delete_clicked = Signal()
    favourite_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CardDetail()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("headingLabel")
        self.ui.figureFrame.setObjectName("card")
        for label in (self.ui.metaLabel, self.ui.provenanceLabel):
            label.setProperty("role", "muted")
        self.ui.editButton.setIcon(icon("edit"))
        self.ui.deleteButton.setIcon(icon("delete"))
        star = icon("star")
        star.addFile(":/icons/star-filled.svg", state=star.State.On)
        self.ui.favouriteButton.setIcon(star)
        make_inert(self.ui.bodyView)
        self.ui.historyView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.historyView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ui.historyView.setUniformItemSizes(True)
        self.ui.usedButton.clicked.connect(self.used_clicked)
        self.ui.editButton.clicked.connect(self.edit_clicked)
        self.ui.deleteButton.clicked.connect(self.delete_clicked)
        self.ui.favouriteButton.toggled.connect(self._favourite_toggled)
        self.card: StrategyCard | None = None
        self._showing = False

    def set_history_model(self, model: UseHistoryModel | None) -> None:
        self.ui.historyView.setModel(model)

    def show_card(self, card: StrategyCard) -> None:
        self.card = card
        self._showing = True
        c = card.content
        self.ui.titleLabel.setText(c.title)
        meta = [c.category or "No category"]
        if c.duration_minutes:
            meta.append(f"about {c.duration_minutes} min")
        if c.tags:
            meta.append("tags: " + ", ".join(c.tags))
        self.ui.metaLabel.setText(" · ".join(meta))
        self.ui.summaryLabel.setText(c.summary)
        self.ui.summaryLabel.setVisible(bool(c.summary))
        self.ui.effectivenessLabel.setText(card.effectiveness.describe())
        self.ui.favouriteButton.setChecked(card.favourite)
        self.ui.favouriteButton.setToolTip(
            "Remove from favourites" if card.favourite else "Add to favourites"
        )
        show_markdown(self.ui.bodyView, card_body_markdown(card))
        self.ui.bodyView.moveCursor(QTextCursor.MoveOperation.Start)
        self.ui.provenanceLabel.setText(card.provenance)
        self.ui.provenanceLabel.setVisible(bool(card.provenance) and card.provenance != c.source)
        self._showing = False

    def clear(self) -> None:
        self.card = None
        for label in (
            self.ui.titleLabel,
            self.ui.metaLabel,
            self.ui.summaryLabel,
            self.ui.effectivenessLabel,
            self.ui.provenanceLabel,
        ):
            label.clear()
        self.ui.bodyView.clear()
        self.ui.historyView.setModel(None)

    def _favourite_toggled(self, checked: bool) -> None:
        if not self._showing:
            self.favourite_toggled.emit(checked)
