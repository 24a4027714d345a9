"""The store's and the services' refusals reach a Vietnamese screen in Vietnamese: a file that is not a
backup chosen in File › Restore from backup…, a document whose assessment is stored with other content
opened with File › Import…, a wrong passphrase for the identity file chosen in the first-start wizard.
Each is driven by the menu's action or the wizard's buttons; the message box says the catalogue's
Vietnamese, not the CLI's English, and nothing is changed."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest

pytest.importorskip("PySide6")

from gui_support import consultant_store, shown_window, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from sxsh_desktop.gui import first_run as fr
from sxsh_desktop.interchange.document import to_document
from sxsh_desktop.signing.identity import new_identity

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, _private_data_dir):
    yield from shown_window(qtbot, consultant_store(_private_data_dir / "sxsh.db"), language="vi")


def test_a_file_that_is_not_a_backup_is_refused_in_vietnamese(qtbot, window, shown, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    before = window.store.list_assessments()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.restore_action.trigger()
    assert len(shown) == 1
    assert f"{other} không phải bản sao lưu cơ sở dữ liệu của SXSH Desktop; chưa khôi phục" in shown[0]
    assert "is not a backup" not in shown[0] and "was not restored" not in shown[0]
    assert window.store.list_assessments() == before


def test_a_document_stored_with_other_content_is_refused_in_vietnamese(qtbot, window, shown, tmp_path, monkeypatch):
    (summary,) = window.store.list_assessments()
    stored = window.store.get_assessment(summary.id)
    changed = dataclasses.replace(stored, facility=dataclasses.replace(stored.facility, name="Nhà máy khác"))
    path = tmp_path / "khac.json"
    path.write_text(json.dumps(to_document(changed), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert f"đánh giá {stored.id} đã có trong cơ sở dữ liệu với nội dung khác; tệp chưa được nhập" in shown[0]
    assert "already in the store" not in shown[0] and "--replace" not in shown[0]
    assert window.store.get_assessment(stored.id) == stored


def test_a_wrong_passphrase_in_the_first_start_wizard_is_said_in_vietnamese(qtbot, window, shown, tmp_path):
    p12 = tmp_path / "ca-issued.p12"
    new_identity("Trần Thị Bình", "Sở Công Thương Huế", p12, b"mat-khau-dung-123")
    dialog = fr.FirstRunDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(10):  # Next, page after page, up to the identity page
        if dialog.currentPage() is dialog.identity_page:
            break
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), LEFT)
    page = dialog.identity_page
    assert dialog.currentPage() is page
    qtbot.mouseClick(page.import_, LEFT, pos=QPoint(8, page.import_.height() // 2))  # on its circle
    assert page.import_.isChecked()
    type_text(page.file, str(p12))
    type_text(page.file_passphrase, "sai mat khau")
    finish = dialog.button(QWizard.WizardButton.FinishButton)
    for _ in range(10):  # on to the last page
        if finish.isVisible():
            break
        qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.mouseClick(finish, LEFT)
    assert dialog.result() == fr.QDialog.DialogCode.Accepted
    window.first_run(dialog)
    assert shown == [f"Sai mật khẩu của tệp chứng thư {p12}. Chưa ghi tệp nào; hãy thử lại"]
    assert window.store.get_meta(fr.IDENTITY_KEY) is None


def test_a_store_found_damaged_at_start_says_what_the_check_found_in_vietnamese(qtbot, window, monkeypatch):
    from sxsh_desktop.domain.message import Message
    from sxsh_desktop.gui.restore_backup import offer_newest_good
    from sxsh_desktop.store.backup import DamagedStoreError

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: told.append(a[2])))
    store = window.store
    store.damage = DamagedStoreError([Message("file.integrity", {"detail": "page 7 is never used"})], None)
    try:
        assert offer_newest_good(store, window) is False
    finally:
        store.damage = None
    assert len(told) == 1 and "(lỗi toàn vẹn: page 7 is never used)" in told[0]
    assert "integrity:" not in told[0]
