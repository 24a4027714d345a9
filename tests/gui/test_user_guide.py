"""Help › User guide: opened from the real menu action, in the screen's language, holding the very text of
every page's F1 guide (and the start list's and the review workspace's); closed with its Close button."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sxsh_desktop.domain.methodology import TASKS
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_user_guide_from_the_help_menu(qtbot, _private_data_dir, lang):
    store = open_store(f"sqlite:///{_private_data_dir / 'guide.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    sample = load_sample(store).assessment_id
    i18n.install(lang)
    window = MainWindow(store, lang, remember=False)
    qtbot.addWidget(window)
    window.show()
    start_guide = window.guide()

    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and window.user_guide_action in a.menu().actions()
    )
    assert help_menu.title().replace("&", "") == ("Trợ giúp" if lang == "vi" else "Help")
    window.user_guide_action.trigger()
    dialog = window.user_guide
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    assert dialog.windowTitle() == ("Hướng dẫn sử dụng" if lang == "vi" else "User guide")
    assert start_guide[1] in text

    # every page's guide, word for word what F1 shows on it, under the names of its tasks
    window.open_assessment(sample, 1)
    for task in TASKS:
        window.view.show_task(task)
        title, guide = window.guide()
        assert guide and guide in text, f"task {task}"
        assert title in text and f"{task}. {TASKS[task].name(lang)}" in text
    window.show_review()
    assert window.guide()[1] in text

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.close()
    store.close()
