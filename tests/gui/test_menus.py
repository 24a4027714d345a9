"""Every menu command of the window, triggered as the menu does, in Vietnamese (file dialogs replaced only
at the QFileDialog call, modal dialogs at their exec): each does what its name says."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store

TAPIOCA = Path(__file__).resolve().parents[1] / "data" / "tapioca-starch.json"


@pytest.fixture
def window(qtbot, _private_data_dir):
    store = open_store(f"sqlite:///{_private_data_dir / 'menus.db'}")
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    sample = load_sample(store).assessment_id
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=True)
    qtbot.addWidget(w)
    w.show()
    w.open_assessment(sample, 1)
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def test_file_menu(qtbot, window, tmp_path, monkeypatch):
    sample = window.workspace.assessment_id
    # export the document
    out = tmp_path / "bia.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == sample
    # import another one: it opens
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(TAPIOCA), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.assessment_id != sample, timeout=15_000)
    assert window.workspace.assessment.facility.name.startswith("Nhà máy Tinh bột sắn")
    # the list
    window.list_action.trigger()
    assert window.pages.currentWidget() is window.start and window.start.model.rowCount() == 2
    # a backup, in the background
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Đã sao lưu"), timeout=15_000)
    assert list((window.store.sqlite_path.parent / "backups").glob("*.db"))


def test_the_export_dialogs_open_from_the_menu(qtbot, window, monkeypatch):
    from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
    from sxsh_desktop.gui.export_report_dialog import ExportReportDialog

    shown = []
    monkeypatch.setattr(ExportReportDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    monkeypatch.setattr(ExportPackageDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    window.report_action.trigger()
    window.package_action.trigger()
    assert shown == ["ExportReportDialog", "ExportPackageDialog"]


def test_preferences_about_language_and_quit(qtbot, window, monkeypatch):
    from sxsh_desktop.gui.preferences import PreferencesDialog

    opened = []
    monkeypatch.setattr(
        PreferencesDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected.value
    )
    window.preferences_action.trigger()
    assert len(opened) == 1
    about = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a: about.append(a[2]))
    window.about_action.trigger()
    assert about and "SXSH Desktop" in about[0]
    window.language_actions["en"].trigger()
    assert window.language == "en" and window.store.get_meta("language") == "en"
    assert window.menuBar().actions()[0].text() == "&File"
    window.language_actions["vi"].trigger()
    assert window.language == "vi" and window.menuBar().actions()[0].text() == "&Tệp"
    window.quit_action.trigger()
    assert not window.isVisible()


def test_trusted_signers_from_the_view_menu(qtbot, window):
    assert not window.trusted_action.isEnabled()  # only in the review workspace
    window.review_action.trigger()
    assert window.trusted_action.isEnabled()
    window.trusted_action.trigger()
    dialog = window.review_view.trusted_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_f1_shows_the_guide_of_the_page_shown(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.view.show_task(5)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    box = window.guide_box
    assert box.isVisible() and box.windowTitle() == "Cân bằng vật liệu và năng lượng"
    assert box.text() == window.view.current_page.guide() and box.text().startswith("Chọn một công đoạn")
    box.close()
    window.list_action.trigger()
    window.guide_action.trigger()
    assert window.guide_box.windowTitle() == "Danh sách đánh giá"
    window.guide_box.close()
    window.review_action.trigger()
    window.guide_action.trigger()
    assert window.guide_box.windowTitle() == "Không gian thẩm định"
    window.guide_box.close()
