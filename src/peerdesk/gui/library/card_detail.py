"""One card, read-only: its text (Markdown shown inert), how it worked, its use history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.inert_text import make_inert, show_markdown
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_card_detail import Ui_CardDetail
from peerdesk.gui.library.card_model import UseHistoryModel
from peerdesk.services.library import StrategyCard
from peerdesk.services.library.starter import shown_provenance


def card_body_markdown(card: StrategyCard) -> str:
    c = card.content
    parts = []
    if c.steps:
        heading = QCoreApplication.translate("CardDetail", "Steps")
        parts += [f"### {heading}", "", c.steps, ""]
    if c.when_to_use:
        heading = QCoreApplication.translate("CardDetail", "When to use it")
        parts += [f"### {heading}", "", c.when_to_use, ""]
    if c.warning_signs:
        heading = QCoreApplication.translate("CardDetail", "Warning signs")
        parts += [f"### {heading}", ""] + [f"- {s}" for s in c.warning_signs] + [""]
    if c.source:
        heading = QCoreApplication.translate("CardDetail", "Source")
        parts += [f"### {heading}", "", c.source, ""]
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
        self.ui.bodyView.setTabChangesFocus(True)  # Tab goes on to the history and buttons
        name(
            self.ui.favouriteButton,
            self.tr("Favourite"),
            self.tr("Checked when the card is one of your favourites (Ctrl+D)"),
        )
        name(self.ui.bodyView, self.tr("Steps and when to use it"))
        name(self.ui.historyView, self.tr("When I used it"))
        self.ui.historyLabel.setBuddy(self.ui.historyView)
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
        meta = [c.category or self.tr("No category")]
        if c.duration_minutes:
            meta.append(self.tr("about {minutes} min").format(minutes=c.duration_minutes))
        if c.tags:
            meta.append(self.tr("tags: {tags}").format(tags=", ".join(c.tags)))
        self.ui.metaLabel.setText(" · ".join(meta))
        self.ui.summaryLabel.setText(c.summary)
        self.ui.summaryLabel.setVisible(bool(c.summary))
        self.ui.effectivenessLabel.setText(card.effectiveness.describe())
        self.ui.favouriteButton.setChecked(card.favourite)
        self.ui.favouriteButton.setToolTip(
            self.tr("Remove from favourites") if card.favourite else self.tr("Add to favourites")
        )
        show_markdown(self.ui.bodyView, card_body_markdown(card))
        self.ui.bodyView.moveCursor(QTextCursor.MoveOperation.Start)
        self.ui.provenanceLabel.setText(shown_provenance(card.provenance))
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
