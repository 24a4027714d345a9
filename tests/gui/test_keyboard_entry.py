"""A new assessment entered by keyboard alone, in Vietnamese, in a real window: Ctrl+N, the facility's
name typed, Enter; the facility page opens with the cursor in its first field; Tab moves through the
fields and what is typed is stored; Esc on the dialog leaves everything as it was."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_support import consultant_store, shown_window, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(qtbot, _private_data_dir):
    for w in shown_window(qtbot, consultant_store(_private_data_dir / "keys.db", sample=False)):
        w.activateWindow()
        yield w


def _on_the_dialog(qtbot, keys):
    """Keys for the modal dialog once it is up (it runs its own event loop)."""

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        keys(dialog)

    QTimer.singleShot(0, drive)


def test_a_new_assessment_by_keyboard_alone(qtbot, window):
    def keys(dialog):
        type_text(dialog.focusWidget(), "Công ty CP Bia Sông Lam")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    _on_the_dialog(qtbot, keys)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    window.activateWindow()  # the dialog gone, the window is in front again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    a = window.workspace.assessment
    assert a.facility.name == "Công ty CP Bia Sông Lam" and a.consultant.name == "Lê Văn An"
    page = window.view.current_page
    first = QApplication.focusWidget()
    assert first is page.fields["facility.name"].edit
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not first and second.isVisible()
    key = next(k for k, f in page.fields.items() if f.edit is second)
    type_text(second, "2900123456" if key == "facility.tax_code" else "Nghệ An")
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    stored = window.store.get_assessment(window.workspace.assessment_id).facility
    assert getattr(stored, key.split(".")[1]) in ("2900123456", "Nghệ An")


def test_escape_on_the_new_dialog_makes_nothing(qtbot, window):
    def keys(dialog):
        type_text(dialog.focusWidget(), "Không tạo")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    _on_the_dialog(qtbot, keys)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert window.workspace is None and window.store.list_assessments() == []


def test_cancel_on_the_new_dialog_by_the_mouse(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox

    def keys(dialog):
        button = next(
            b
            for box in dialog.findChildren(QDialogButtonBox)
            if (b := box.button(QDialogButtonBox.StandardButton.Cancel)) is not None
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _on_the_dialog(qtbot, keys)
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.workspace is None and window.store.list_assessments() == []


def _press_until(qtbot, key, done, limit=40, modifier=Qt.KeyboardModifier.NoModifier):
    """Press `key` on whatever has the focus until `done()` (at most `limit` times)."""
    for _ in range(limit):
        if done():
            return
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    assert done(), f"not reached after {limit} presses of {key}"


def test_a_new_assessments_periods_by_keyboard_alone(qtbot, window):
    """Ctrl+N, the facility name, Enter; Shift+Tab back to the navigator, Down to task 16, Tab into the
    monitoring page's periods; dates and production typed with Tab between them: the baseline is stored."""

    def keys(dialog):
        type_text(dialog.focusWidget(), "Công ty TNHH Bia Cửa Lò")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    _on_the_dialog(qtbot, keys)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.view
    tree = view.navigator.tree
    _press_until(qtbot, Qt.Key.Key_Backtab, lambda: QApplication.focusWidget() is tree)
    _press_until(qtbot, Qt.Key.Key_Down, lambda: view.current_task == 16)  # the focus stays in the navigator
    page = view.current_page
    start, end, production = page.period_fields["baseline"]
    _press_until(qtbot, Qt.Key.Key_Tab, lambda: QApplication.focusWidget() is start)  # the dates are in the chain
    type_text(start, "01/01/2023")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is end
    type_text(end, "31/12/2023")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is production.edit
    type_text(production.edit, "98.000 hL")
    qtbot.keyClick(production.edit, Qt.Key.Key_Tab)
    baseline = window.store.get_assessment(window.workspace.assessment_id).baseline
    assert (baseline.start, baseline.end) == ("2023-01-01", "2023-12-31")
    assert (baseline.production.value, baseline.production.unit) == (98000, "hL")
    assert not page.period_message.isVisible()
