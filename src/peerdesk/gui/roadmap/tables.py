"""How the roadmap's tables look: whole rows selected, one column takes the spare width."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def tidy_table(table: QTableView, *, stretch: int) -> None:
    """Rows selected whole; one column takes the spare width, the others fit their text."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(240)  # the stretched column (the main text) keeps room
    header.setResizeContentsPrecision(60)  # fit to the first rows, not thousands
    table.setProperty("stretchColumn", stretch)


def stretch_column(table: QTableView) -> None:
    """Once the table has a model: give the chosen column the spare width."""
    stretch = table.property("stretchColumn")
    model = table.model()
    if model is not None and isinstance(stretch, int) and stretch < model.columnCount():
        header = table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
