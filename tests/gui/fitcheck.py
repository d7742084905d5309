"""Find what does not fit: overlapping siblings and labels/buttons whose text is cut.

Used by tests/gui/test_fit.py and by tools/dev/fit_report.py (which also saves screenshots).

Rules, checked on every visible widget under a window:
- two visible sibling widgets (same parent, neither a window) that are both laid out (in the
  parent's layout) must not overlap by more than a couple of pixels;
- a QLabel (no word wrap, not elided on purpose) must be at least as wide as its text, unless
  it has a tooltip that holds the whole text and its shown text ends in an ellipsis;
- a word-wrapped QLabel must be tall enough for its text at its width;
- a QAbstractButton must be at least as wide as its minimum size hint unless it is elided
  with a tooltip;
- a widget must lie inside its parent (not cut off at the right or bottom edge), unless the
  parent is a scroll area's viewport.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QScrollBar,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

ELLIPSIS = "…"
SLACK = 2  # pixels of tolerance


@dataclass(frozen=True)
class Problem:
    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def describe(widget: QWidget) -> str:
    parts: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 5:
        name = node.objectName() or node.accessibleName() or ""
        label = type(node).__name__ + (f"#{name}" if name else "")
        if isinstance(node, (QLabel, QAbstractButton)) and node.text():
            label += f"({node.text()[:30]!r})"
        parts.append(label)
        if node.isWindow():
            break
        node = node.parentWidget()
    return " < ".join(parts)


def _skip(widget: QWidget) -> bool:
    # Qt's own internals: scroll bars, splitter handles, tab bars' scrollers, combo popups.
    if isinstance(widget, (QScrollBar, QSplitterHandle)):
        return True
    return widget.objectName() in {"qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _inside_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or Qt_might_be_rich(text):
        plain_width = label.sizeHint().width()  # rich text: trust the document
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                return f"wrapped rich text needs {need}px height, has {label.height()}"
            return None
        if plain_width > label.width() + SLACK and not label.toolTip():
            return f"needs {plain_width}px width, has {label.width()}"
        return None
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    available = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need}px height, has {label.height()}"
        # One unbreakable word wider than the label is cut too.
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if longest > available + SLACK:
            return f"a word needs {longest}px, label is {available}px wide"
        return None
    del margins
    widest = max(metrics.horizontalAdvance(_plain(line)) for line in text.split("\n"))
    if widest <= available + SLACK:
        lines = text.count("\n") + 1
        if metrics.height() * lines > label.contentsRect().height() + SLACK + 2:
            return f"text needs {metrics.height() * lines}px height, has {label.height()}"
        return None
    if text.endswith(ELLIPSIS) and label.toolTip():
        return None
    return f"text needs {widest}px, has {available}px (no ellipsis + tooltip)"


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    need = button.minimumSizeHint().width()
    hint = button.sizeHint().width()
    need = max(need, hint) if not isinstance(button, QToolButton) else hint
    if need <= button.width() + SLACK:
        return None
    if text.endswith(ELLIPSIS) and button.toolTip():
        return None
    return f"needs {need}px, has {button.width()}px"


def _combo_problem(combo: QComboBox) -> str | None:
    if combo.isEditable() or combo.count() == 0:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    need = (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, QSize(text + icon, 10), combo)
        .width()
    )
    if need <= combo.width() + SLACK:
        return None
    if combo.toolTip():
        return None
    return f"current text needs {need}px, has {combo.width()}px"


def _spin_problem(spin: QAbstractSpinBox) -> str | None:
    need = spin.sizeHint().width()
    if need <= spin.width() + SLACK:
        return None
    return f"needs {need}px, has {spin.width()}px"


def _view_problem(view: QAbstractItemView) -> str | None:
    """Header titles must fit; a cut cell text (default delegate) must have a tooltip."""
    if isinstance(view, (QTreeView, QTableView)):
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        model = view.model()
        if model is None or header.isHidden():
            return None
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if not title:
                continue
            need = header.sectionSizeFromContents(column).width()
            # A stretched last section may be narrower only if the header itself is.
            have = header.sectionSize(column)
            if need > have + SLACK and not model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
            ):
                return f"column {title!r} needs {need}px, has {have}px"
    model = view.model()
    if model is None or type(view.itemDelegate()) is not QStyledItemDelegate:
        return None
    metrics = view.fontMetrics()
    rows = min(model.rowCount(QModelIndex()), 30)
    columns = 1
    if isinstance(view, QTreeView):
        columns = view.header().count()
    elif isinstance(view, QTableView):
        columns = view.horizontalHeader().count()
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            text = str(index.data() or "")
            rect = view.visualRect(index)
            if not text or rect.isEmpty():
                continue
            if getattr(view, "wordWrap", lambda: False)():
                bound = metrics.boundingRect(
                    0, 0, max(rect.width() - 8, 1), 10_000, Qt.TextFlag.TextWordWrap, text
                )
                if bound.height() > rect.height() + SLACK and not index.data(
                    Qt.ItemDataRole.ToolTipRole
                ):
                    return f"wrapped cell {text[:30]!r} needs {bound.height()}px height"
                continue
            width = metrics.horizontalAdvance(text.split("\n")[0])
            if width > rect.width() and not index.data(Qt.ItemDataRole.ToolTipRole):
                return f"cell {text[:30]!r} needs {width}px, has {rect.width()}px, no tooltip"
    return None


def _laid_out(widget: QWidget) -> bool:
    """Placed by a layout (Qt marks such widgets WA_LaidOut); floating overlays are not.
    Reading the flag, rather than walking layout items, never touches an item Qt may have
    deleted meanwhile."""
    parent = widget.parentWidget()
    if parent is None or isinstance(parent, QMainWindow):
        return False
    return widget.testAttribute(Qt.WidgetAttribute.WA_LaidOut)


def check_window(window: QWidget) -> list[Problem]:
    problems: list[Problem] = []
    _walk(window, problems)
    return problems


def _visible_children(widget: QWidget) -> list[QWidget]:
    children = [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow() and not _skip(child)
    ]
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        children = [c for c in children if c is current]
    return children


def _walk(widget: QWidget, problems: list[Problem]) -> None:
    children = _visible_children(widget)
    if isinstance(widget, QLabel):
        problem = _label_problem(widget)
        if problem:
            problems.append(Problem("cut label", describe(widget), problem))
    elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
        problem = _button_problem(widget)
        if problem:
            problems.append(Problem("cut button", describe(widget), problem))
    elif isinstance(widget, QComboBox):
        problem = _combo_problem(widget)
        if problem:
            problems.append(Problem("cut combo", describe(widget), problem))
    elif isinstance(widget, QProgressBar) and widget.isTextVisible() and widget.text():
        need = widget.fontMetrics().horizontalAdvance(widget.text()) + 8
        if need > widget.width():
            problems.append(
                Problem(
                    "cut progress text", describe(widget), f"needs {need}px, has {widget.width()}"
                )
            )
    elif isinstance(widget, QAbstractSpinBox):
        problem = _spin_problem(widget)
        if problem:
            problems.append(Problem("cut spin box", describe(widget), problem))
    elif isinstance(widget, QAbstractItemView):
        problem = _view_problem(widget)
        if problem:
            problems.append(Problem("cut item", describe(widget), problem))
    # Children outside the parent (cut at the right or bottom edge).
    if not isinstance(widget, (QAbstractScrollArea, QScrollArea)):
        own = QRect(0, 0, widget.width(), widget.height())
        for child in children:
            if _inside_scroll_viewport(child) and child.parentWidget() is not widget:
                continue
            geometry = child.geometry()
            if geometry.width() <= 0 or geometry.height() <= 0:
                continue
            if not own.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geometry):
                parent_is_viewport = (
                    isinstance(widget.parentWidget(), QAbstractScrollArea)
                    and widget.parentWidget().viewport() is widget
                )  # type: ignore[union-attr]
                if not parent_is_viewport and _laid_out(child):
                    problems.append(
                        Problem(
                            "outside parent",
                            describe(child),
                            f"{_rect(geometry)} not inside {_rect(own)}",
                        )
                    )
    laid = [c for c in children if _laid_out(c) and c.width() > 0 and c.height() > 0]
    for i, first in enumerate(laid):
        for second in laid[i + 1 :]:
            overlap = first.geometry().intersected(second.geometry())
            if overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(
                    Problem(
                        "overlap",
                        describe(first),
                        f"{_rect(first.geometry())} overlaps {describe(second)} "
                        f"{_rect(second.geometry())}",
                    )
                )
    for child in children:
        _walk(child, problems)


def _rect(rect: QRect) -> str:
    return f"[{rect.x()},{rect.y()} {rect.width()}x{rect.height()}]"


def Qt_might_be_rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return bool(GuiQt.mightBeRichText(text))  # type: ignore[attr-defined]


def page_scrolls_sideways(window: QWidget) -> list[Problem]:
    """At the normal font, an area page must fit the window's width (no sideways scroll),
    and from 1366×768 up its height too."""
    found: list[Problem] = []
    tall_enough = window.width() >= 1366 and window.height() >= 768
    for area in window.findChildren(QScrollArea, "pageScroll"):
        scrolls = area.horizontalScrollBar().maximum() > 0 or (
            tall_enough and area.verticalScrollBar().maximum() > 0
        )
        if area.isVisible() and scrolls:
            page = area.widget()
            found.append(
                Problem(
                    "page scrolls sideways",
                    describe(page) if page is not None else "page",
                    f"needs {page.minimumSizeHint().width() if page else 0}px, "
                    f"has {area.viewport().width()}px",
                )
            )
    return found
