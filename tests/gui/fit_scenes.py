"""The screens the fit test (and tools/fit_report.py) look at: every area, every tab of an
area, and every dialog, each a context manager that shows it and yields the window to check.

A scene gets the unlocked controller of a demo vault; its main window is already sized.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from peerdesk.app import AppController


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(4):
        app.processEvents()


def set_font_scale(app: QApplication, base: QFont, scale: float) -> None:
    """The application font at *scale* times *base* (as a user's 150 % / 200 % setting)."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    app.setStyleSheet(app.styleSheet())  # a style sheet keeps the old font until re-polished
    settle()


Scene = Callable[[AppController], AbstractContextManager[QWidget]]
SCENES: dict[str, Scene] = {}


def scene(name: str) -> Callable[[Callable[[AppController], Iterator[QWidget]]], Scene]:
    def register(function: Callable[[AppController], Iterator[QWidget]]) -> Scene:
        wrapped = contextmanager(function)
        SCENES[name] = wrapped
        return wrapped

    return register


def _area_tab(area: str, tab: int) -> Scene:
    @contextmanager
    def show(controller: AppController) -> Iterator[QWidget]:
        window = controller.window
        window.show_area(area)
        page = window.pages[area]
        tabs = page.findChild(QTabWidget)
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        settle()
        if area in {"roadmap", "library"}:
            _select_first(page)
        settle()
        yield window

    return show


def _select_first(page: QWidget) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            view.clicked.emit(model.index(0, 0))
            return


for _name, _area, _tab in [
    ("journal-timeline", "journal", 0),
    ("journal-calendar", "journal", 1),
    ("journal-trends", "journal", 2),
    ("roadmap-roadmap", "roadmap", 0),
    ("roadmap-board", "roadmap", 1),
    ("roadmap-forme", "roadmap", 2),
    ("roadmap-victories", "roadmap", 3),
    ("roadmap-circle", "roadmap", 4),
    ("library", "library", 0),
    ("settings", "settings", 0),
]:
    SCENES[_name] = _area_tab(_area, _tab)


@scene("journal-checkin-unfolded")
def _checkin_unfolded(controller: AppController) -> Iterator[QWidget]:
    """The whole check-in (as before today's first check-in, or after "Check in again")."""
    from peerdesk.gui.journal.page import JournalPage

    window = controller.window
    window.show_area("journal")
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    page.checkin_panel.set_folded(False)
    settle()
    try:
        yield window
    finally:
        page.checkin_panel.set_folded(True)
        settle()


def fit_dialog(dialog: QDialog, screen: QSize) -> None:
    """Show a dialog as a window manager would: its size hint, at most the screen."""
    dialog.show()
    settle()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    dialog.resize(hint.boundedTo(screen))
    settle()


def _dialog_scene(make: Callable[[AppController], QDialog]) -> Scene:
    @contextmanager
    def show(controller: AppController) -> Iterator[QWidget]:
        dialog = make(controller)
        screen = controller.window.size()
        fit_dialog(dialog, screen)
        try:
            yield dialog
        finally:
            dialog.close()
            dialog.deleteLater()
            settle()

    return show


def _services(controller: AppController):  # type: ignore[no-untyped-def]
    services = controller.services
    assert services is not None
    return services


def _about(c: AppController) -> QDialog:
    from peerdesk.gui.shell.about import AboutDialog

    return AboutDialog(c.window)


def _goal(c: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import GoalDialog

    s = _services(c)
    return GoalDialog(s.people.list(), s.roadmap.areas_in_use(), c.window)


def _milestone(c: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import MilestoneDialog

    return MilestoneDialog(_services(c).people.list(), c.window)


def _goal_checkin(c: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import GoalCheckinDialog

    s = _services(c)
    title = s.roadmap.get_goal(s.roadmap.roadmap_goal_ids()[0]).title
    return GoalCheckinDialog(s.people.list(), title, c.window)


def _person(c: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import PersonDialog

    return PersonDialog(c.window)


def _plan_export(c: AppController) -> QDialog:
    from peerdesk.gui.roadmap.plan_export import PlanExportDialog

    s = _services(c)
    return PlanExportDialog(s.roadmap, s.people, c.window)


def _journal_export(c: AppController) -> QDialog:
    from peerdesk.gui.journal.export_dialog import JournalExportDialog

    return JournalExportDialog(_services(c), c.window)


def _journal_import(c: AppController) -> QDialog:
    from peerdesk.gui.journal.import_dialog import JournalImportDialog

    return JournalImportDialog(_services(c), c.window)


def _library_export(c: AppController) -> QDialog:
    from peerdesk.gui.library.export_dialog import LibraryExportDialog

    ids = [card.id for card in _services(c).library.all_cards()][:3]
    return LibraryExportDialog(_services(c), ids, ids[:2], c.window)


def _log_use(c: AppController) -> QDialog:
    from peerdesk.gui.library.log_use import LogUseDialog

    return LogUseDialog("Box breathing", c.window)


def _crisis(c: AppController) -> QDialog:
    from peerdesk.gui.library.crisis_plan import CrisisPlanDialog

    return CrisisPlanDialog(_services(c), c.window)


def _change_passphrase(c: AppController) -> QDialog:
    from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog

    return ChangePassphraseDialog(c.window)


for _name, _make in [
    ("dialog-about", _about),
    ("dialog-goal", _goal),
    ("dialog-milestone", _milestone),
    ("dialog-goal-checkin", _goal_checkin),
    ("dialog-person", _person),
    ("dialog-plan-export", _plan_export),
    ("dialog-journal-export", _journal_export),
    ("dialog-journal-import", _journal_import),
    ("dialog-library-export", _library_export),
    ("dialog-log-use", _log_use),
    ("dialog-crisis-plan", _crisis),
    ("dialog-change-passphrase", _change_passphrase),
]:
    SCENES[_name] = _dialog_scene(_make)
