"""Word-wrapped labels that keep all their lines.

Qt's box layouts ask a wrapped label for its height at one width, and splitters, stacks and
scroll areas do not pass height-for-width on; a narrow pane (or a large font) then gets a
label shorter than its text and cuts its last lines. ``keep_whole(label)`` makes the label
ask for the height its text needs at its current width, after every resize or new text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


class _KeepWhole(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            fit_height(watched)
        return False


def fit_height(label: QLabel) -> None:
    need = label.heightForWidth(label.width()) if label.text() else 0
    if need > 0 and need != label.minimumHeight():
        label.setMinimumHeight(need)


def keep_whole(*labels: QLabel) -> None:
    for label in labels:
        label.setWordWrap(True)
        keeper = _KeepWhole(label)
        label.installEventFilter(keeper)
