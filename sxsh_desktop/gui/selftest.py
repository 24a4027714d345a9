"""The screen part of `sxsh-desktop --selftest` (the rest is `sxsh_desktop.selftest`, without Qt).

Offscreen unless told otherwise (QT_QPA_PLATFORM): the QApplication is made, the shipped fonts and the
Vietnamese catalogue are loaded, the main window is drawn with the sample open on its balance page,
and a chart is drawn by matplotlib's Qt canvas; both pictures are checked and written to the
self-test's folder. This proves the Qt libraries, the platform plugin and the translations of an
installation, without showing anything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

SIZE = (1024, 700)


def screen_check(work: Path, store: Any, assessment_id: str, summary: dict[str, Any]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..selftest import sec_rows
    from . import i18n
    from .application import make_app, settle
    from .main_window import MainWindow
    from .widgets.charts import sec_index_figure

    app = make_app()
    if not i18n.install("vi"):
        raise RuntimeError(f"the Vietnamese catalogue is missing ({i18n.translations_dir() / 'sxsh_vi.qm'})")
    if QApplication.translate("MainWindow", "&File") == "&File":
        raise RuntimeError("the Vietnamese catalogue does not translate the menus")
    family = QApplication.font().family()
    if "Noto Sans" not in family:
        raise RuntimeError(f"the shipped Noto Sans was not loaded (the font is {family!r})")

    window = MainWindow(store, "vi", remember=False)
    try:
        window.open_assessment(assessment_id, 5)
        window.resize(*SIZE)
        settle(app)
        _save(window.grab(), work / "window.png", "the main window")
    finally:
        window.close()
        window.deleteLater()

    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    fig = sec_index_figure(sec_rows(summary), ("2022", "2024"), "vi")
    if fig is None:
        raise RuntimeError("no chart to draw from the sample's savings")
    canvas = FigureCanvasQTAgg(fig)
    canvas.resize(600, 300)
    canvas.draw()
    _save(canvas.grab(), work / "chart-qt.png", "the chart")
    canvas.deleteLater()
    settle(app)
    i18n.install(i18n.DEFAULT_LANGUAGE)


def _save(pixmap: Any, path: Path, what: str) -> None:
    image = pixmap.toImage()
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise RuntimeError(f"{what} could not be drawn ({image.width()}×{image.height()})")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    if len(colours) < 3:
        raise RuntimeError(f"{what} was drawn blank")
    if not pixmap.save(str(path)):
        raise RuntimeError(f"{path}: the picture of {what} could not be written")
