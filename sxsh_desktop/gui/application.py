"""The QApplication of SXSH Desktop: its names and the shipped Noto Sans as the application font.

Made by the program (app.py), its self-test's screen check (selftest.py) and the screenshot scripts;
kept apart from app.py so that these need not import the program's start-up.
"""

from __future__ import annotations

import sys


def _fonts() -> None:
    """Noto Sans (shipped) as the application font: every Vietnamese letter, on every machine."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ..paths import resources_dir

    family = None
    for path in sorted((resources_dir() / "fonts").glob("NotoSans-*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSize(10)
        QApplication.setFont(font)


def make_app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "sxsh-desktop"])
    app.setApplicationName("SXSH Desktop")
    app.setOrganizationName("SXSH")
    _fonts()
    return app


def settle(app, rounds: int = 5) -> None:
    """Let queued work (page refreshes, the results strip) run before a picture is taken."""
    for _ in range(rounds):
        app.processEvents()
