"""The look: a calm, readable palette and a little spacing. Applied once at start-up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

import peerdesk.resources_rc  # noqa: F401  (registers :/icons)

ACCENT = "#2a7f7a"
ACCENT_DARK = "#1f5f5b"
SAND = "#e8b86d"
PAPER = "#f7f4ee"
INK = "#26323d"
MUTED = "#5b6875"
ERROR = "#a23b2a"

STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {PAPER}; }}
QWidget {{ color: {INK}; }}
QListWidget#navigation {{
    background: #ebe5d9; border: none; padding: 8px 4px; font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 10px 12px; border-radius: 8px; margin: 2px 4px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #dfd7c8; }}
QFrame#card {{ background: white; border: 1px solid #ddd5c6; border-radius: 12px; }}
QLabel#titleLabel, QLabel#headingLabel {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="recovery-code"] {{
    font-family: monospace; font-size: 15pt; letter-spacing: 1px;
    background: white; border: 1px dashed {ACCENT}; border-radius: 8px; padding: 12px;
}}
QPushButton {{
    padding: 6px 14px; border-radius: 6px; border: 1px solid #c9c0b0; background: white;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:default {{ background: {ACCENT}; color: white; border-color: {ACCENT_DARK}; }}
QPushButton:default:hover {{ background: {ACCENT_DARK}; }}
QPushButton:flat {{ border: none; background: transparent; color: {ACCENT_DARK}; }}
QPushButton:disabled {{ color: #9aa3ab; background: #f0ece4; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    background: white; border: 1px solid #cfc6b6; border-radius: 6px; padding: 4px 6px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QGroupBox {{
    border: 1px solid #ddd5c6; border-radius: 10px; margin-top: 14px; padding: 12px;
    background: white;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; font-weight: 600; }}
QScrollArea#pageScroll, QScrollArea#pageScroll > QWidget > QWidget {{ background: {PAPER}; }}
QStatusBar {{ background: #ebe5d9; color: {MUTED}; }}
QToolBar {{ background: {PAPER}; border: none; spacing: 6px; padding: 4px; }}
"""


def apply_theme(app: QApplication) -> None:
    """The look, and English plural forms for ``tr("%n …(s)", "", n)`` (see plurals.py)."""
    from peerdesk.gui.common.plurals import install_english_plurals

    install_english_plurals(app)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setWindowIcon(icon("peerdesk"))


def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")
