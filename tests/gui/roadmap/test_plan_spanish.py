"""The recovery plan in Spanish (issue 13): with PeerDesk in Spanish, the PDF, Markdown and
HTML a person saves carry Spanish headings, labels and dates, and no English word; the
roadmap's dates follow the locale (QLocale)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from peerdesk.app import AppController
from peerdesk.gui.roadmap.dates import long_date, month_year, short_date, short_date_time
from peerdesk.gui.roadmap.page import RoadmapPage
from peerdesk.gui.shell import language
from peerdesk.services.roadmap.plan import PlanSelection, build_plan
from tests.gui.a11y.walk import english_words
from tests.gui.roadmap.conftest import fix_clock

HEADINGS = (
    "Plan de recuperación: Sam",
    "Preparado el 26 de noviembre de 2026.",
    "Por qué importa",
    "Hitos",
    "Quién hace qué",
    "Seguimientos recientes",
    "Próximo paso:",
    "Pequeñas victorias",
)
DETAILS = (
    "En curso",
    "1 de 2 hitos hechos",
    "del 1 de noviembre de 2026 al 1 de marzo de 2027",
    "1 de abril de 2027 (después de la fecha objetivo)",
    "Va bien (4 de 5)",
    "Nota: Un hito vence después de la fecha objetivo de la meta.",
)
ENGLISH = ("Recovery plan", "Milestones", "Who does what", "Next step", "Prepared on", "November")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    language.install_translators(qapp, "es")
    QLocale.setDefault(QLocale("es_MX"))
    try:
        yield
    finally:
        language.install_translators(qapp, "en")
        QLocale.setDefault(before)  # the other tests' dates as they were


@pytest.fixture
def page(spanish: None, unlocked_controller: AppController) -> RoadmapPage:
    services = unlocked_controller.services
    assert services is not None
    fix_clock(services)
    roadmap = services.roadmap
    sam = services.people.create("Sam", "self", is_owner=True)
    alex = services.people.create("Alex", "peer_specialist")
    goal = roadmap.create_goal(
        sam.id,
        "Caminar cada mañana",
        vision="Quiero empezar el día con aire fresco.",
        life_area="Salud",
        status="in_progress",
        start_date=date(2026, 11, 1),
        target_date=date(2027, 3, 1),
        participants=[(alex.id, "acompaña los sábados")],
    )
    shoes = roadmap.add_milestone(goal.id, "Comprar zapatillas", owner_id=sam.id)
    roadmap.add_milestone(goal.id, "Caminar con Alex", owner_id=alex.id, due_date=date(2027, 4, 1))
    roadmap.complete_milestone(shoes.id)
    roadmap.add_checkin(
        goal.id,
        person_id=sam.id,
        rating=4,
        what_happened="Tres mañanas seguidas.",
        next_step="Probar la ruta del parque",
        next_step_owner_id=sam.id,
        occurred_at=datetime(2026, 11, 25, 9, 30),
    )
    page = unlocked_controller.window.pages["roadmap"]
    assert isinstance(page, RoadmapPage)
    return page


def _selection(page: RoadmapPage) -> PlanSelection:
    assert page.services is not None
    owner = page.services.people.owner()
    assert owner is not None
    return PlanSelection(owner.id, include_contacts=True, include_victories=True)


def _check_spanish(text: str, where: str) -> None:
    for expected in (*HEADINGS, *DETAILS):
        assert expected in text, f"{where}: no {expected!r}"
    for english in ENGLISH:
        assert english not in text, f"{where}: {english!r} left"
    assert english_words(text) == set(), where


def test_markdown_and_html_plans_are_in_spanish(page: RoadmapPage, tmp_path: Path) -> None:
    page.export_plan(_selection(page), "markdown", tmp_path / "plan.md")
    markdown = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Plan de recuperación: Sam\n")
    assert "| Hecho | Hito | Quién | Vence |" in markdown
    _check_spanish(markdown.replace("\\", ""), "Markdown")
    page.export_plan(_selection(page), "html", tmp_path / "plan.html")
    html = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in html
    assert "<h3>Hitos</h3>" in html
    body = re.sub(r"<style>.*?</style>|<meta[^>]*>|<!DOCTYPE[^>]*>", "", html, flags=re.S)
    _check_spanish(re.sub(r"<[^>]+>", " ", body), "HTML")


def test_the_pdf_plan_is_in_spanish(page: RoadmapPage, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    page.export_plan(_selection(page), "pdf", out)
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    text = " ".join(
        " ".join(document.getAllText(number).text().split())
        for number in range(document.pageCount())
    )
    document.close()
    _check_spanish(text, "PDF")


def test_the_plan_summary_counts_in_spanish(page: RoadmapPage) -> None:
    assert page.services is not None
    plan = build_plan(page.services.roadmap, page.services.people, _selection(page))
    assert plan.describe() == (
        "Plan de recuperación de Sam: 1 meta, 2 hitos, 1 seguimiento, 1 pequeña victoria"
    )


def test_roadmap_dates_follow_the_locale() -> None:
    day = date(2026, 11, 26)
    spanish, english = QLocale("es_MX"), QLocale("en_US")
    assert long_date(day, spanish) == "26 de noviembre de 2026"
    assert long_date(day, english) == "November 26, 2026"
    assert long_date(day, QLocale("en_GB")) == "26 November 2026"
    assert short_date(day, spanish) == "26 nov 2026"
    assert short_date(day, english) == "Nov 26, 2026"
    assert short_date_time(datetime(2026, 11, 26, 17, 5), QLocale("es_ES")) == "26 nov 2026, 17:05"
    assert month_year(day, spanish) == "nov 2026"
    assert long_date(None) == short_date(None) == ""
