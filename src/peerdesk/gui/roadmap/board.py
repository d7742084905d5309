"""The board: goals as cards in one column per status; drag a card to change its status.

Each column is a QListView over a :class:`~peerdesk.gui.roadmap.models.BoardColumnModel`;
the drop lands in the model's ``dropMimeData``, which asks the service to move the goal.
Without a mouse: Ctrl+Shift+Left/Right move the chosen card to the next column (a status
change), Ctrl+Shift+Up/Down move it within its column; they are actions of the board, so
Help → Keyboard shortcuts lists them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.elided_label import ElidedLabel
from peerdesk.gui.roadmap.dates import short_date
from peerdesk.gui.roadmap.models import BoardColumnModel
from peerdesk.gui.roadmap.paint import role, rounded, status_colour
from peerdesk.services.roadmap import GoalRow, status_label
from peerdesk.store.records.roadmap import GOAL_STATUSES

COLUMN_MIN_WIDTH = 175
Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """A goal card: title (two lines), whose and which life area, progress and target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key: str | None = None
        self._font_set: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The plain and bold fonts with their metrics, made once per view font."""
        key = base.key()
        if self._font_set is None or key != self._font_key:
            bold = QFont(base)
            bold.setBold(True)
            self._font_key = key
            self._font_set = (QFont(base), bold, QFontMetrics(base), QFontMetrics(bold))
        return self._font_set

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = self._fonts(option.font)[2].height()
        return QSize(160, 4 * line + 30)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        goal = index.data(BoardColumnModel.RowRole)
        if not isinstance(goal, GoalRow):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = status_colour(goal.status)
        border = QPen(colour if selected else role("decor_border"), 2 if selected else 1)
        rounded(painter, rect, 8, role("card_selected" if selected else "surface"), border)
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 8, 4, rect.height() - 16), colour)
        inner = rect.adjusted(12, 6, -8, -6)
        font, bold, small, bold_metrics = self._fonts(option.font)
        line = small.height()
        painter.setFont(bold)
        painter.setPen(role("ink"))
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), 2 * line)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        title = _two_lines(goal.title, bold_metrics, inner.width())
        painter.drawText(title_rect, top_left, title)
        painter.setFont(font)
        painter.setPen(role("muted"))
        meta = small.elidedText(
            f"{goal.person_name} · {goal.life_area}",
            Qt.TextElideMode.ElideRight,
            int(inner.width()),
        )
        top = inner.top() + 2 * line + 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(inner.left(), top, inner.width(), line), left, meta)
        top += line + 4
        when = short_date(goal.target_date)
        if goal.date_warnings:
            when = f"⚠ {when}".strip()
        when_width = small.horizontalAdvance(when) + 8 if when else 0
        bar_width = max(24.0, min(inner.width() * 0.6, inner.width() - when_width))
        bar = QRectF(inner.left(), top + line / 2 - 3, bar_width, 6)
        rounded(painter, bar, 3, role("progress_track"), None)
        if goal.progress > 0:
            done = QRectF(bar.left(), bar.top(), bar.width() * goal.progress, 6)
            rounded(painter, done, 3, colour, None)
        if goal.date_warnings:
            painter.setPen(role("warning"))
        right = QRectF(bar.right() + 6, top, inner.right() - bar.right() - 6, line)
        when = small.elidedText(when, Qt.TextElideMode.ElideLeft, int(right.width()))
        painter.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.restore()


def _two_lines(text: str, metrics: QFontMetrics, width: float) -> str:
    """Wrap at a word onto at most two lines, eliding the second."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one very long word
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    rest = " ".join(words)
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, int(width))


class BoardColumn(QFrame):
    goal_selected = Signal(str)

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("card")
        self.header = ElidedLabel()
        self.header.setObjectName("boardColumnHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.view = QListView()
        self.view.setObjectName(f"board-{status}")
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.model: BoardColumnModel | None = None

    def set_model(self, model: BoardColumnModel | None) -> None:
        self.model = model
        self.view.setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._update_header)
            self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_header()

    def _update_header(self, *_args: object) -> None:
        if self.model is None:
            self.header.setText("")
            self.view.setAccessibleName(status_label(self.status))
            return
        count = self.model.rowCount()
        self.header.setText(f"{self.model.title} · {count}")
        self.view.setAccessibleName(
            self.tr("Board column {status}: %n goal(s)", "", count).format(status=self.model.title)
        )

    def current_goal_id(self) -> str | None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.id_at(index.row())

    def select(self, goal_id: str) -> bool:
        """Make ``goal_id`` the current card of this column (False: it is not here)."""
        if self.model is None:
            return False
        row = self.model.row_of(goal_id)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        self.view.scrollTo(self.model.index(row))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is not None and current.isValid():
            goal_id = self.model.id_at(current.row())
            if goal_id:
                self.goal_selected.emit(goal_id)


class BoardView(QScrollArea):
    """Five columns side by side; narrower than that, the board scrolls sideways."""

    goal_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The columns take the focus (Tab scrolls the one it reaches into view), not the frame.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inside = QWidget()
        layout = QHBoxLayout(inside)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        self.setWidget(inside)
        self.columns: dict[str, BoardColumn] = {}
        for status in GOAL_STATUSES:
            column = BoardColumn(status)
            column.goal_selected.connect(self._column_selected)
            self.columns[status] = column
            layout.addWidget(column, 1)
        self.move_actions = [
            self._action(self.tr("Move the goal to the next column"), "Ctrl+Shift+Right", 1, 0),
            self._action(self.tr("Move the goal to the previous column"), "Ctrl+Shift+Left", -1, 0),
            self._action(self.tr("Move the goal up its column"), "Ctrl+Shift+Up", 0, -1),
            self._action(self.tr("Move the goal down its column"), "Ctrl+Shift+Down", 0, 1),
        ]
        hint = self.tr(
            "Arrow keys choose a goal. Ctrl+Shift+Left or Right moves it to another column"
            " (its status); Ctrl+Shift+Up or Down moves it within the column."
        )
        for column in self.columns.values():
            column.view.setAccessibleDescription(hint)
            column.view.setToolTip(hint)
            column.view.setWhatsThis(hint)

    def _action(self, text: str, keys: str, across: int, along: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.move_current(across, along))
        self.addAction(action)
        return action

    def current_column(self) -> BoardColumn | None:
        """The column with the keyboard focus, else the one with a chosen card."""
        for column in self.columns.values():
            if column.view.hasFocus():
                return column
        for column in self.columns.values():
            if column.view.selectionModel() is not None and column.view.selectedIndexes():
                return column
        return None

    def move_current(self, across: int, along: int = 0) -> bool:
        """Move the chosen card ``across`` columns (a status change) or ``along`` its own
        column (its place). Returns whether it moved; the card stays chosen and focused."""
        column = self.current_column()
        goal_id = column.current_goal_id() if column is not None else None
        if column is None or column.model is None or goal_id is None:
            return False
        statuses = list(self.columns)
        target = statuses.index(column.status) + across
        if not 0 <= target < len(statuses):
            return False
        status = statuses[target]
        ids = column.model.ids()
        before: str | None = None
        if along:
            place = ids.index(goal_id) + along
            if not 0 <= place < len(ids):
                return False
            rest = [i for i in ids if i != goal_id]
            before = rest[place] if place < len(rest) else None
        column.model.roadmap.move_goal(goal_id, status, before_id=before)
        self.select_goal(goal_id, focus=True)
        return True

    def select_goal(self, goal_id: str, *, focus: bool = False) -> None:
        for column in self.columns.values():
            if column.select(goal_id):
                self.ensureWidgetVisible(column)
                if focus:
                    column.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                column.view.clearSelection()

    def set_models(self, models: dict[str, BoardColumnModel] | None) -> None:
        for status, column in self.columns.items():
            column.set_model(models.get(status) if models else None)

    def _column_selected(self, goal_id: str) -> None:
        sender = self.sender()
        for column in self.columns.values():
            if column is not sender:
                column.view.clearSelection()
        self.goal_selected.emit(goal_id)
