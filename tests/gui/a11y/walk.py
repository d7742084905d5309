"""Walk a shown window the way a screen reader and a Spanish reader meet it (issue 13).

- ``unnamed_controls(root)``: every visible interactive control whose accessible name, as
  Qt's accessibility layer reports it (``QAccessible.queryAccessibleInterface(w).text(Name)``:
  own text, buddy label or ``setAccessibleName``), is empty.
- ``visible_texts(root)``: every string a person sees or hears in the window — labels,
  buttons, placeholders, group and tab titles, combo items, column headers, tooltips,
  accessible names and descriptions, menus, the first rows of each list.
- ``english_words(text)``: the words of ``text`` that only English uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


def _shown(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and (widget is root or widget.isVisibleTo(root)):
            yield widget


def _inner_part(widget: QWidget) -> bool:
    """Parts a screen reader meets as part of their owner, not as controls of their own."""
    if isinstance(widget, (QScrollBar, QHeaderView)):  # headers are the table's cells
        return True
    parent = widget.parentWidget()
    return isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox))


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 4:
        parts.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        if node.isWindow():
            break
        node = node.parentWidget()
    return " < ".join(parts)


def unnamed_controls(root: QWidget) -> list[str]:
    """Unnamed controls, and unnamed page stacks: a QStackedWidget is a "layered pane" that
    Orca announces by its role alone when the focus enters it."""
    return [
        describe(widget)
        for widget in _shown(root)
        if (isinstance(widget, INTERACTIVE) and not _inner_part(widget))
        or (isinstance(widget, QStackedWidget) and not isinstance(widget.window(), QFileDialog))
        if not accessible_name(widget)
    ]


# -- visible text ---------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def _plain(text: str) -> str:
    text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield f"{where} > menu item", action.text()
        yield (
            f"{where} > menu item tooltip",
            action.toolTip() if action.toolTip() != _plain(action.text()) else "",
        )
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {_plain(action.text())}")


def _view_texts(view: QAbstractItemView, rows: int = 20) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's model keeps columnCount private: one column
        columns = 1
    for column in range(min(columns, 12)):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header
        for row in range(min(model.rowCount(root), rows)):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string shown or spoken in ``root``, markup stripped."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in _shown(root):
        where = describe(widget)
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
            texts += [getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            texts += list(_view_texts(widget))
        if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
            for action in widget.menuBar().actions():
                if action.menu() is not None:
                    found += list(_menu_texts(action.menu(), "menu"))
        if isinstance(widget, QMainWindow):
            texts.append(widget.statusBar().currentMessage())
        found += [(where, text) for text in texts if isinstance(text, str)]
    return [(where, _plain(text).strip()) for where, text in found if text and text.strip()]


# -- English left in a Spanish screen ---------------------------------------------------------

# Words that only English uses (none is a Spanish word, a name or a product), the ones a
# screen of PeerDesk would hold if a string escaped translation.
_ENGLISH_ONLY_WORDS = """
the and your you with for this that from are was were been have will would can't don't
isn't what when where which who how why there here about after before new add edit
delete remove save open close cancel search file help view settings show hide today
yesterday tomorrow week weeks month months year years day days entry entries goal goals
milestone milestones card cards check share receive import export lock print mood notes
note people person strategy strategies filter none nothing yet quit exit undo redo copy
paste select clear favourite favourites favorites tag tags sort date time until since
start stop yes back next previous done due owner name journal roadmap library caseload
session sessions feeling feelings how's everything write read sign signed draft drafts
contact contacts keyboard shortcuts language reminder reminders backup restore
passphrase recovery code key keys vault unlock locked please choose chosen selected more
less other others all any some every each
"""
ENGLISH_ONLY = frozenset(_ENGLISH_ONLY_WORDS.split())

_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
# Names, not English to translate: other apps' names, file names and command-line options
# (the import dialog tells how to run `jrnl --export json > journal.json`).
_NOT_PROSE = re.compile(r"Day One|\S+\.(?:json|zip|md|pdf|csv|txt|html|peerdesk)\b|--[a-z-]+")


def english_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(_NOT_PROSE.sub(" ", text)) if w.lower() in ENGLISH_ONLY}
