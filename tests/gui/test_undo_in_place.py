"""Undo as a consultant meets it, in a real window: flows deleted together (selected with the mouse, one
click on the button) are one undo step and come back where they were; a deleted option returns to its
place; an undo the store refuses is shown and leaves the Edit menu matching what is stored."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

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


def _click_row(qtbot, table, row, modifier=Qt.KeyboardModifier.NoModifier):
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())


def test_flows_deleted_together_are_one_undo_step_and_return_in_place(qtbot, window):
    page = window.view.current_page
    step = page.current_step()
    names = [f.name for f in step.flows]
    assert len(names) >= 4
    _click_row(qtbot, page.table, 1)
    _click_row(qtbot, page.table, 3, Qt.KeyboardModifier.ControlModifier)
    depth = window.workspace.undo_stack.count()
    qtbot.mouseClick(page.delete_button, LEFT)
    after = [f.name for f in window.store.get_assessment(window.workspace.assessment_id).step(step.id).flows]
    assert after == [n for i, n in enumerate(names) if i not in (1, 3)]
    assert window.workspace.undo_stack.count() == depth + 1
    assert window.undo_action.text() == "&Hoàn tác Xóa 2 dòng"
    window.undo_action.trigger()
    back = [f.name for f in window.store.get_assessment(window.workspace.assessment_id).step(step.id).flows]
    assert back == names
    assert [r.name for r in page.model.rows] == names
    window.redo_action.trigger()
    assert len(window.store.get_assessment(window.workspace.assessment_id).step(step.id).flows) == len(names) - 2


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
    assert warned and "không hoàn tác hoặc làm lại được" in warned[0]
    assert stack.canUndo() and window.undo_action.isEnabled()
