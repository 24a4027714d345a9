"""Undo as a consultant meets it, in a real window: rows deleted together (selected with Ctrl- and
Shift-clicks, deleted with the button or the Delete key) are one undo step, named for the action, and come
back where they were with Ctrl+Z; a deleted option returns to its place; an undo or redo the store refuses
(its row changed by another path meanwhile) is shown in the screen's language, leaves the stack where it
was and changes nothing."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'undo.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    sample = load_sample(store).assessment_id
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_assessment(sample, 5)
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _click_row(qtbot, table, row, modifier=Qt.KeyboardModifier.NoModifier, column=2):
    table.scrollTo(table.model().index(row, column))
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())


def _stored(window):
    return window.store.get_assessment(window.workspace.assessment_id)


def _ctrl_z(qtbot, window):
    """Ctrl+Z as typed: the window's undo action takes it from wherever the focus is."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def test_flows_deleted_together_are_one_undo_step_and_return_in_place(qtbot, window):
    page = window.view.current_page
    step = page.current_step()
    flows = step.flows
    assert len(flows) >= 6
    _click_row(qtbot, page.table, 1)
    _click_row(qtbot, page.table, 3, CTRL)
    _click_row(qtbot, page.table, 5, SHIFT)  # 3 to 5
    stack = window.workspace.undo_stack
    depth = stack.count()
    qtbot.mouseClick(page.delete_button, LEFT)
    assert [f.id for f in _stored(window).step(step.id).flows] == [
        f.id for i, f in enumerate(flows) if i not in (1, 3, 4, 5)
    ]
    assert stack.count() == depth + 1
    assert window.undo_action.text() == "&Hoàn tác Xóa 4 dòng"
    _ctrl_z(qtbot, window)
    assert _stored(window).step(step.id).flows == flows  # every row back in its place, every field
    assert [r.id for r in page.model.rows] == [f.id for f in flows]
    assert stack.index() == depth
    window.redo_action.trigger()
    assert len(_stored(window).step(step.id).flows) == len(flows) - 4
    window.undo_action.trigger()
    assert _stored(window).step(step.id).flows == flows


def test_the_delete_key_deletes_the_selected_flows(qtbot, window):
    page = window.view.current_page
    step = page.current_step()
    flows = step.flows
    _click_row(qtbot, page.table, 0)
    _click_row(qtbot, page.table, 2, SHIFT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [f.id for f in _stored(window).step(step.id).flows] == [f.id for f in flows[3:]]
    assert window.undo_action.text() == "&Hoàn tác Xóa 3 dòng"
    _ctrl_z(qtbot, window)
    assert _stored(window).step(step.id).flows == flows


def test_the_delete_key_in_an_open_cell_editor_deletes_a_character_not_the_row(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    from sxsh_desktop.gui.pages.balance import COL_NAME

    page = window.view.current_page
    step = page.current_step()
    _click_row(qtbot, page.table, 0, column=COL_NAME)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    QApplication.processEvents()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    stored = _stored(window).step(step.id).flows
    assert len(stored) == len(step.flows)
    assert stored[0].name == step.flows[0].name[1:]


def test_consumption_readings_deleted_together_return_in_place(qtbot, window):
    from sxsh_desktop.gui.pages.monitoring import C_RESOURCE

    window.view.show_task(14)
    page = window.view.current_page
    table = page.consumption_table
    lines = _stored(window).consumption
    assert len(lines) >= 6
    _click_row(qtbot, table, 1, column=C_RESOURCE)
    _click_row(qtbot, table, 4, CTRL, column=C_RESOURCE)
    _click_row(qtbot, table, 5, CTRL, column=C_RESOURCE)
    qtbot.mouseClick(page.delete_consumption_button, LEFT)
    assert _stored(window).consumption == [c for i, c in enumerate(lines) if i not in (1, 4, 5)]
    assert window.undo_action.text() == "&Hoàn tác Xóa 3 dòng"
    _ctrl_z(qtbot, window)
    assert _stored(window).consumption == lines
    assert [r[1] for r in page.consumption_model.rows] == lines
    _click_row(qtbot, table, 0, column=C_RESOURCE)
    _click_row(qtbot, table, 1, SHIFT, column=C_RESOURCE)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _stored(window).consumption == lines[2:]
    _ctrl_z(qtbot, window)
    assert _stored(window).consumption == lines


def test_team_members_removed_together_with_the_delete_key_return_in_place(qtbot, window):
    window.view.show_task(1)
    page = window.view.current_page
    team = _stored(window).team
    assert len(team) >= 4
    _click_row(qtbot, page.team_table, 0, column=0)
    _click_row(qtbot, page.team_table, 2, CTRL, column=0)
    page.team_table.setFocus()
    qtbot.keyClick(page.team_table, Qt.Key.Key_Delete)
    assert _stored(window).team == [m for i, m in enumerate(team) if i not in (0, 2)]
    _ctrl_z(qtbot, window)
    assert _stored(window).team == team


def test_a_deleted_option_returns_to_its_place(qtbot, window, monkeypatch):
    window.view.show_task(8)
    page = window.view.current_page
    ids = [o.id for o in window.workspace.assessment.options]
    assert len(ids) >= 3
    rows = [page.proxy.mapToSource(page.proxy.index(r, 0)).row() for r in range(page.proxy.rowCount())]
    _click_row(qtbot, page.table, rows.index(1))
    assert page.current_option().id == ids[1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert [o.id for o in window.workspace.assessment.options] == ids[:1] + ids[2:]
    window.undo_action.trigger()
    assert [o.id for o in window.workspace.assessment.options] == ids


def test_a_refused_undo_is_shown_and_the_stack_stays_true(qtbot, window, monkeypatch):
    page = window.view.current_page
    step = page.current_step()
    _click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.delete_button, LEFT)
    stack = window.workspace.undo_stack
    index = stack.index()
    # the step is deleted elsewhere (another window on the same store): the flow has nowhere to go back to
    aid = window.workspace.assessment_id
    for o in window.store.get_assessment(aid).options:
        if o.process_step == step.id:
            window.store.delete_option(aid, o.id)
    window.store.delete_process_step(aid, step.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: stack.index() == index)
    assert warned and warned[0].startswith("Không hoàn tác được “Xóa dòng")
    assert warned[0].endswith("đã được sửa ở nơi khác kể từ đó (một cửa sổ khác, dòng lệnh); dữ liệu được giữ nguyên")
    assert stack.canUndo() and window.undo_action.isEnabled()


def _rename_first_flow(qtbot, page, text):
    from sxsh_desktop.gui.pages.balance import COL_NAME

    _click_row(qtbot, page.table, 0, column=COL_NAME)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QLineEdit

    editor = page.table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)  # ASCII: QTest types Latin-1 only
    QApplication.processEvents()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_an_undo_over_a_row_changed_elsewhere_is_refused_in_vietnamese_and_changes_nothing(qtbot, window, monkeypatch):
    import dataclasses

    page = window.view.current_page
    step = page.current_step()
    first = step.flows[0]
    _click_row(qtbot, page.table, 1)
    _click_row(qtbot, page.table, 2, SHIFT)
    qtbot.mouseClick(page.delete_button, LEFT)  # step 1: two rows deleted
    _rename_first_flow(qtbot, page, "Malt 2")  # step 2: a rename
    stack = window.workspace.undo_stack
    assert _stored(window).step(step.id).flows[0].name == "Malt 2"
    # another path (a second window on the same database) renames the same flow again
    aid = window.workspace.assessment_id
    window.store.update_flow(aid, step.id, first.id, dataclasses.replace(first, name="Malt (cân lại ở kho)"))
    kept = _stored(window)
    index = stack.index()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: bool(warned))
    qtbot.wait(10)  # the stack is put back once Qt has finished moving it
    assert stack.index() == index
    assert warned[0].startswith("Không hoàn tác được “")
    assert warned[0].endswith(
        ": phần nó sẽ thay đổi đã được sửa ở nơi khác kể từ đó (một cửa sổ khác, dòng lệnh); dữ liệu được giữ nguyên"
    )
    assert _stored(window) == kept  # nothing half done
    assert [r.name for r in page.model.rows][0] == "Malt (cân lại ở kho)"
    # the step below it is still there to undo: the two deleted rows come back in their places
    assert window.undo_action.text().startswith("&Hoàn tác Sửa")
    window.store.update_flow(aid, step.id, first.id, dataclasses.replace(first, name="Malt 2"))
    _ctrl_z(qtbot, window)
    _ctrl_z(qtbot, window)
    assert _stored(window).step(step.id).flows == step.flows


def test_a_refused_redo_is_shown_and_the_stack_stays_true(qtbot, window, monkeypatch):
    import dataclasses

    page = window.view.current_page
    step = page.current_step()
    _click_row(qtbot, page.table, 0)
    _click_row(qtbot, page.table, 1, CTRL)
    qtbot.mouseClick(page.delete_button, LEFT)
    _ctrl_z(qtbot, window)
    stack = window.workspace.undo_stack
    index = stack.index()
    assert stack.canRedo()
    aid = window.workspace.assessment_id
    other = dataclasses.replace(step.flows[1], name="đổi ở cửa sổ khác")
    window.store.update_flow(aid, step.id, other.id, other)
    kept = _stored(window)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    qtbot.wait(10)
    assert warned[0].startswith("Không làm lại được “Xóa 2 dòng”")
    assert stack.index() == index and stack.canRedo()
    assert _stored(window) == kept
