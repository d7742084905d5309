"""What a screen reader hears in the journal, the charts' table alternative, and the journal's
colours in the light and dark schemes (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from peerdesk.app import AppController
from peerdesk.gui.common import theme
from peerdesk.gui.common.theme import apply_scheme, contrast_ratio
from peerdesk.gui.journal.dates import clock, long_day
from peerdesk.gui.journal.list_model import JournalListModel
from peerdesk.gui.journal.mood_colors import mood_color, mood_text_color
from peerdesk.gui.journal.page import JournalPage
from peerdesk.gui.journal.trends_view import TrendsTableModel
from peerdesk.services.journal import EntryFields
from peerdesk.services.journal.content import emotion_label
from peerdesk.services.session import Services


def _page(controller: AppController) -> JournalPage:
    controller.window.show_area("journal")
    page = controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    return page


def _services(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    apply_scheme(qapp, "dark")
    yield qapp
    apply_scheme(qapp, "light")


def test_each_timeline_row_is_spoken_as_a_sentence(services: Services) -> None:
    when = datetime(2026, 3, 1, 9, 5)
    services.journal.create(
        EntryFields(
            title="Walk by the river",
            body="It **helped** a lot. " + "word " * 40,
            occurred_at=when,
            mood=7,
            starred=True,
        )
    )
    services.journal.check_in(3, occurred_at=when - timedelta(days=1))
    model = JournalListModel(services.journal, services.bus)
    entry = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert entry.startswith(
        f"Walk by the river. {long_day(when.date())} at {clock(when)}. Mood 7 of 10, good. "
        "Starred. It helped a lot. word"
    )
    assert entry.endswith("…")  # the first words, not the whole text
    checkin = model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    day_before = long_day(date(2026, 2, 28))
    assert checkin == f"Check-in. {day_before} at {clock(when)}. Mood 3 of 10, low."
    model.release()


def _fill_trends(services: Services) -> str:
    journal = services.journal
    cravings = journal.add_tracker("Cravings", "scale", 0, 5)
    today = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
    for days_ago, mood, craving, emotions in (
        (6, 3, 4, ["anxious", "tired"]),
        (4, 5, 2, ["anxious"]),
        (4, 8, None, ["hopeful"]),
        (1, 7, 1, []),
    ):
        journal.check_in(
            mood,
            emotions=emotions,
            trackers={cravings: craving} if craving is not None else {},
            occurred_at=today - timedelta(days=days_ago),
        )
    return cravings


def test_trends_tables_hold_the_charts_numbers(
    unlocked_controller: AppController, qtmodeltester: object
) -> None:
    services = _services(unlocked_controller)
    _fill_trends(services)
    page = _page(unlocked_controller)
    page.tabs.setCurrentWidget(page.trends)
    trends = page.trends
    trends.range_combo.setCurrentIndex(0)  # the past week, by day
    for model in (trends.mood_table_model, trends.emotion_table_model, trends.days_table_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]

    mood_series, cravings_series = trends.mood_view.chart().series()
    table = trends.mood_table_model
    assert [table.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Period",
        "Mood (0–10)",
        "Cravings (0–5)",
    ]
    moods = [v for v in table.values(1) if v is not None]
    assert moods == [p.y() for p in mood_series.points()] == [3.0, 6.5, 7.0]
    cravings = [v for v in table.values(2) if v is not None]
    # The chart draws the tracker scaled to 0–10; the table keeps its own scale.
    assert [c * 10 / 5 for c in cravings] == [p.y() for p in cravings_series.points()]
    assert table.index(1, 1).data() == "6.5"
    assert table.index(1, 1).data(Qt.ItemDataRole.UserRole) == 6.5

    emotions = trends.emotion_table_model
    bars = trends.emotion_view.chart().series()[0].barSets()[0]
    assert [emotions.index(r, 0).data() for r in range(emotions.rowCount())] == [
        emotion_label("anxious"),
        emotion_label("hopeful"),
        emotion_label("tired"),
    ]
    counts = emotions.values(1)
    assert counts == [2, 1, 1]
    assert list(reversed(counts)) == [bars.at(i) for i in range(bars.count())]

    days = trends.days_table_model
    days_series = trends.days_view.chart().series()[0]
    assert days.values(1) == [p.y() for p in days_series.points()] == [1, 2, 3]


def test_the_table_model_says_what_is_missing(qtmodeltester: object) -> None:
    model = TrendsTableModel()
    model.set_rows(["Period", "Mood"], [["3 Mar 2026", None], ["4 Mar 2026", 5.5]])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 1).data() == "—"
    assert model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "no value"
    assert model.index(1, 1).data() == "5.5"
    assert model.index(1, 1).data(Qt.ItemDataRole.UserRole) == 5.5
    alignment = model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_on_every_mood_colour_is_readable(qapp: QApplication, scheme: theme.Scheme) -> None:
    apply_scheme(qapp, scheme)
    try:
        low = []
        for tenth in range(101):
            background = mood_color(tenth / 10)
            ratio = contrast_ratio(mood_text_color(background).name(), background.name())
            if ratio < 4.5:
                low.append(f"{tenth / 10}: {ratio:.2f}")
        assert not low, f"{scheme}: text on mood colours below 4.5:1: {low}"
    finally:
        apply_scheme(qapp, "light")


def test_the_journal_paints_with_the_dark_scheme(
    unlocked_controller: AppController, dark: QApplication
) -> None:
    services = _services(unlocked_controller)
    _fill_trends(services)
    page = _page(unlocked_controller)
    dark_mid = theme.SCHEMES["dark"]["mood_mid"]
    assert dark_mid != theme.SCHEMES["light"]["mood_mid"]
    assert mood_color(5).name() == dark_mid
    button = page.checkin_panel.mood_group.button(5)
    assert dark_mid in button.styleSheet()  # restyled when the palette changed
    chip = next(iter(page.checkin_panel.emotion_buttons.values()))
    assert chip.property("role") == "chip"  # the theme's chip colours, not its own
    assert chip.styleSheet() == ""
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.refresh()
    day = next(iter(page.calendar.coloured))
    fmt = page.calendar.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    background = fmt.background().color()
    assert background == mood_color(page.calendar.coloured[day])
    assert contrast_ratio(fmt.foreground().color().name(), background.name()) >= 4.5
    page.tabs.setCurrentWidget(page.trends)
    chart = page.trends.mood_view.chart()
    assert chart.backgroundBrush().color().name() == theme.SCHEMES["dark"]["surface"]
    assert chart.titleBrush().color().name() == theme.SCHEMES["dark"]["ink"]
    assert chart.series()[0].pen().color().name() == theme.SCHEMES["dark"]["chart_mood"]
