"""Errors reach the user: an exception raised by a button's slot is written to logs/errors.log in the data
folder and shown in a dialog whose report is copied by its button (the app goes on); a page whose module
fails to import says why on its page instead of "not available"; Help › Open the log folder."""

from __future__ import annotations

import os
import sys

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.error_report import ErrorDialog, ErrorHook
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.pages import registry
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store


def _broken():
    raise ZeroDivisionError("a slot that divides by nothing")


def test_an_exception_in_a_slot_is_logged_and_shown_with_a_copyable_report(qtbot, _private_data_dir):
    i18n.install("vi")
    button = QPushButton("Bấm")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: _broken())
    with qtbot.capture_exceptions() as caught:
        hook = ErrorHook().install()
        try:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            hook.uninstall()
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]  # passed on to the hook before ours
    log = (_private_data_dir / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a slot that divides by nothing" in log and "in _broken" in log
    qtbot.waitUntil(lambda: bool(hook.dialogs))
    [dialog] = hook.dialogs
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Đã xảy ra lỗi"
    assert (
        "ZeroDivisionError" in dialog.text()
        and str(_private_data_dir / "logs" / "errors.log") in dialog.informativeText()
    )
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ZeroDivisionError: a slot that divides by nothing" in QApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close it
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not hook.dialogs)
    assert sys.excepthook is not hook


def test_a_page_that_fails_to_import_says_why(qtbot, _private_data_dir, monkeypatch):
    broken = registry.PageEntry("sxsh_desktop.gui.pages.no_such_page_for_the_test", "Page", (17, 18))
    monkeypatch.setattr(registry, "PAGES", (*registry.PAGES[:-1], broken))
    monkeypatch.setattr(registry, "_failed", set())
    monkeypatch.setattr(registry, "failures", {})
    store = open_store(f"sqlite:///{_private_data_dir / 'p.db'}", auto_backup=False)
    sample = load_sample(store).assessment_id
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    window.open_assessment(sample, 17)
    page = window.view.current_page
    assert type(page).__name__ == "MissingPage"
    assert "ModuleNotFoundError" in page.why and "no_such_page_for_the_test" in page.why
    assert "errors.log" in page.why
    assert "could not be loaded" in page.findChild(type(window.saved_label), "missingPage").text()
    window.close()
    store.close()


def test_help_opens_the_log_folder(qtbot, _private_data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    store = open_store(f"sqlite:///{_private_data_dir / 'h.db'}", auto_backup=False)
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    window.log_folder_action.trigger()
    assert opened == [str(_private_data_dir / "logs")] and (_private_data_dir / "logs").is_dir()
    window.close()
    store.close()
