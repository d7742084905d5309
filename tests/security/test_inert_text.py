"""Script, remote images, local images and links in typed or imported text stay inert: in
every export (PDF, HTML) and in every view of every area.

The hostile text goes in through the services of each area in this build and through the
library importer. Exports go through the real command line. Views: the app is unlocked
offscreen, every area is shown and the first rows of every list are selected, then every
label and text view in every window is inspected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from _hostile import PNG_1X1, fill_hostile, hostile_text
from conftest import PASSPHRASE, REPO

from peerdesk.cli.main import main as cli_main
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

# Known, reported on issue 7: a Markdown link in user text ([text](http://...)) becomes a
# live, clickable /URI link in the library PDF (raw HTML is inert). Strict: the test says
# when it is fixed. (The journal PDF had the same; fixed on the journal branch.)
LIVE_PDF_LINKS = pytest.mark.xfail(
    strict=True, reason="Markdown links in user text are live /URI links in the PDF"
)
# And the library booklet embeds a local image file named in a card (see the view test).
EXPORTS = [
    pytest.param("journal", "pdf", [], id="journal-pdf"),
    pytest.param("library", "pdf", [], marks=LIVE_PDF_LINKS, id="library-pdf"),
    pytest.param("library", "markdown", [], id="library-markdown"),
    pytest.param("roadmap", "pdf", ["--contacts", "--victories"], id="roadmap-pdf"),
    pytest.param("roadmap", "html", ["--contacts", "--victories"], id="roadmap-html"),
]


@pytest.fixture
def hostile_vault(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, Path, Path]:
    """(vault folder, passphrase file, the local image named in the text)."""
    image = tmp_path / "private-photo.png"
    image.write_bytes(PNG_1X1)
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    fill_hostile(services, hostile_text(image))
    end_session(services)
    vault.close()
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    formats: dict[str, Any] = {}
    from peerdesk.cli.main import COMMAND_MODULES

    for module in COMMAND_MODULES:
        formats.update(getattr(module, "IMPORT_FORMATS", {}))
    if "library" in formats:
        seed = REPO / "tests/security/seeds/library.json"
        args = ["import", "--vault", str(folder), "--passphrase-file", str(passphrase_file)]
        assert cli_main([*args, "--from", "library", str(seed)]) == 0
    return folder, passphrase_file, image


def _export_commands() -> set[str]:
    from peerdesk.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]  # type: ignore[index]
    what = next(a for a in export._actions if a.dest == "export_what")
    return set(what.choices or {})


@pytest.mark.parametrize(("area", "fmt", "extra"), EXPORTS)
def test_exports_keep_hostile_text_inert(
    qapp: Any,  # a QApplication first: the PDF exporters would otherwise make a QGuiApplication
    hostile_vault: tuple[Path, Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    area: str,
    fmt: str,
    extra: list[str],
) -> None:
    if area not in _export_commands():
        pytest.skip(f"no '{area}' export in this build")
    folder, passphrase_file, image = hostile_vault
    out = tmp_path / f"export.{fmt}"
    code = cli_main(
        [
            "export",
            area,
            "--vault",
            str(folder),
            "--passphrase-file",
            str(passphrase_file),
            "--format",
            fmt,
            "--out",
            str(out),
            *extra,
        ]
    )
    assert code == 0, capsys.readouterr().err
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        assert b"/URI" not in data, "the PDF has a live link"
        assert b"example.invalid" not in data
        assert b"/Subtype /Image" not in data, "the PDF embeds an image named in user text"
        assert image.name.encode() not in data or b"/Image" not in data
    elif fmt == "html":
        html = data.decode("utf-8")
        for live in (r"<script", r"<img", r"<iframe", r"<a\s[^>]*href=[\"']?(http|file)"):
            assert not re.search(live, html, re.IGNORECASE), f"live {live} in the HTML export"
        assert "&lt;script&gt;" in html, "the hostile text should be shown as text"
    else:
        text = data.decode("utf-8")
        assert "<script>" not in text, "raw HTML must be written as entities"


MARKERS = ("alert(", "example.invalid", "private-photo", "<script")

# Known, reported on issue 7 (the area's owner fixes it): a problem listed here must still
# be found, so the list is emptied as soon as the fix lands (like a strict xfail).
KNOWN_VIEW_PROBLEMS = {
    # The library's card view (an InertDocument whose loadResource returns None) still
    # paints a local image named in the card's Markdown: Qt's image handler falls back to
    # loading the file itself. The PDF booklet embeds it the same way.
    "bodyView: loads an image from user text",
}
LIVE_TAG = re.compile(r"<\s*(script|img|iframe|a\s)", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


def _problems_in_label(label: Any) -> list[str]:
    from PySide6.QtCore import Qt

    text = label.text()
    if not any(m in text for m in MARKERS):
        return []
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return []
    if fmt == Qt.TextFormat.MarkdownText and MARKDOWN_LINK.search(text):
        return [f"{label.objectName()}: Markdown label shows user links/images"]
    if LIVE_TAG.search(text):
        return [f"{label.objectName()}: rich-text label shows user HTML"]
    if label.openExternalLinks():
        return [f"{label.objectName()}: label opens links"]
    return []


def _problems_in_document(widget: Any) -> list[str]:
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    problems: list[str] = []
    document = widget.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                # Naming an image is harmless; loading it is not (a local photo in a view,
                # or in a PDF someone else receives). resource() loads through the
                # document's own loadResource, exactly as painting would.
                name = fmt.toImageFormat().name()
                loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                if loaded is not None and not (hasattr(loaded, "isNull") and loaded.isNull()):
                    problems.append(f"{widget.objectName()}: loads an image from user text")
            if fmt.isAnchor() and fmt.anchorHref().startswith(("http", "file", "ftp", "mailto")):
                clickable = bool(
                    widget.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
                )
                if isinstance(widget, QTextBrowser):
                    clickable = clickable and (widget.openLinks() or widget.openExternalLinks())
                if clickable:
                    problems.append(f"{widget.objectName()}: live link to user URL")
            it += 1
        block = block.next()
    return problems


def test_the_view_check_catches_a_live_image_and_link(qtbot: Any, tmp_path: Path) -> None:
    """Control: a plain QTextBrowser given the same Markdown loads the local image and
    opens links, and the check says so."""
    from PySide6.QtWidgets import QTextBrowser

    image = tmp_path / "private-photo.png"
    image.write_bytes(PNG_1X1)
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setObjectName("plainBrowser")
    browser.setOpenExternalLinks(True)
    browser.setMarkdown(f"![local]({image}) [site](http://example.invalid/)")
    problems = _problems_in_document(browser)
    assert any("loads an image" in p for p in problems)
    assert any("live link" in p for p in problems)


def _object_names(window: Any) -> set[str]:
    from PySide6.QtWidgets import QWidget

    return {w.objectName() for w in window.findChildren(QWidget)}


def test_views_keep_hostile_text_inert(hostile_vault: tuple[Path, Path, Path], qtbot: Any) -> None:
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QLabel,
        QPlainTextEdit,
        QTextEdit,
    )

    from peerdesk.app import AppController

    folder, _passphrase_file, _image = hostile_vault
    controller = AppController(folder)
    qtbot.addWidget(controller.window)
    problems: list[str] = []
    shown = 0
    try:
        assert controller.open_vault()
        controller.window.show()
        with qtbot.waitSignal(controller.unlocked, timeout=5000):
            assert controller.unlock(PASSPHRASE)
        window = controller.window
        for index, spec in enumerate(window.specs):
            window.show_area_at(index)
            QApplication.processEvents()
            page = window.pages[spec.key]
            for view in page.findChildren(QAbstractItemView):
                model = view.model()
                if model is None or not view.isVisible():
                    continue
                for row in range(min(model.rowCount(), 500)):
                    index = model.index(row, 0)
                    label = str(index.data() or "")
                    if row >= 3 and not any(m in label for m in (*MARKERS, "Hostile", "<")):
                        continue  # the first rows, and every row that carries hostile text
                    view.setCurrentIndex(index)
                    QApplication.processEvents()
                    for widget in QApplication.topLevelWidgets():
                        for label in widget.findChildren(QLabel):
                            problems.extend(_problems_in_label(label))
                            shown += any(m in label.text() for m in MARKERS)
                        for text_view in widget.findChildren(QTextEdit):
                            problems.extend(_problems_in_document(text_view))
                            shown += any(m in text_view.toPlainText() for m in MARKERS)
                        for plain in widget.findChildren(QPlainTextEdit):
                            shown += any(m in plain.toPlainText() for m in MARKERS)
    finally:
        controller.shutdown()
    found = set(problems)
    known_here = {p for p in KNOWN_VIEW_PROBLEMS if p.split(":")[0] in _object_names(window)}
    assert sorted(found - KNOWN_VIEW_PROBLEMS) == [], "user text shown live"
    assert sorted(known_here - found) == [], "fixed: remove it from KNOWN_VIEW_PROBLEMS"
    if any(s.key != "settings" for s in window.specs):
        assert shown > 0, "control: the hostile text should have been on screen somewhere"
