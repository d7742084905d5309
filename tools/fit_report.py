"""Developer aid: open every area and dialog of a demo vault at the sizes and font scales of
the fit test (tests/gui/test_fit.py), print what does not fit and save screenshots to --out.

    .venv/bin/python tools/fit_report.py [--scenes journal-timeline,...] [--sizes 1024x700]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSize  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from peerdesk.app import AppController  # noqa: E402
from peerdesk.gui.common.theme import apply_theme  # noqa: E402
from peerdesk.launch import create_demo_vault  # noqa: E402
from tests.gui.fit_scenes import SCENES, set_font_scale, settle  # noqa: E402
from tests.gui.fitcheck import check_window, page_scrolls_sideways  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "peerdesk-fit")
    parser.add_argument("--sizes", default="1024x700,1366x768,1920x1080")
    parser.add_argument("--scales", default="1,1.5,2")
    parser.add_argument("--scenes", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("PeerDesk-fit")
    QCoreApplication.setApplicationName("PeerDesk-fit")
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    base = QFont(app.font())
    tmp = Path(tempfile.mkdtemp(prefix="peerdesk-fit-"))
    total = 0
    try:
        vault = create_demo_vault(tmp / "vault")
        controller = AppController(tmp / "vault", demo=True)
        controller.adopt_unlocked_vault(vault)
        window = controller.window
        window.show()
        wanted = [s for s in args.scenes.split(",") if s]
        for scale in [float(s) for s in args.scales.split(",")]:
            set_font_scale(app, base, scale)
            for size_text in args.sizes.split(","):
                w, h = (int(v) for v in size_text.split("x"))
                window.resize(QSize(w, h))
                settle()
                for name, make in SCENES.items():
                    if wanted and name not in wanted:
                        continue
                    with make(controller) as shown:
                        settle()
                        problems = check_window(shown)
                        if scale == 1.0:
                            problems += page_scrolls_sideways(shown)
                        tag = f"{name}-{size_text}-{int(scale * 100)}"
                        shown.grab().save(str(args.out / f"{tag}.png"))
                        for problem in problems:
                            print(f"[{tag}] {problem}")
                        total += len(problems)
        controller.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{total} problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
