"""The buttons of the start list and of the pages, clicked with the mouse in a real window (Vietnamese,
1366×768): each changes what it says in the store, and Undo (the Edit menu) takes it back."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_support import consultant_store, shown_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, _private_data_dir):
    yield from shown_window(qtbot, consultant_store(_private_data_dir / "buttons.db"))


def _click_row(qtbot, view, row, column=0):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def _assessment(window):
    return window.store.get_assessment(window.workspace.assessment_id)


def test_start_list_buttons(qtbot, window, monkeypatch):
    start = window.start
    assert start.model.rowCount() == 1
    _click_row(qtbot, start.table, 0)
    qtbot.mouseClick(start.duplicate_button, LEFT)
    assert start.model.rowCount() == 2
    copy = start.selected_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(start.delete_button, LEFT)
    assert start.model.rowCount() == 1 and copy not in [s.id for s in window.store.list_assessments()]
    _click_row(qtbot, start.table, 0)
    qtbot.mouseClick(start.open_button, LEFT)
    assert window.workspace is not None and window.pages.currentWidget() is window.view
    window.list_action.trigger()
    from pathlib import Path

    tapioca = Path(__file__).resolve().parents[1] / "data" / "tapioca-starch.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tapioca), ""))
    qtbot.mouseClick(start.import_button, LEFT)
    qtbot.waitUntil(lambda: len(window.store.list_assessments()) == 2, timeout=15_000)


def test_team_members_added_and_removed(qtbot, window):
    window.open_assessment(window.store.list_assessments()[0].id, 1)
    page = window.view.current_page
    team = [m.name for m in _assessment(window).team]
    qtbot.mouseClick(page.add_member_button, LEFT)
    assert len(_assessment(window).team) == len(team) + 1
    _click_row(qtbot, page.team_table, 1)
    qtbot.mouseClick(page.remove_member_button, LEFT)
    names = [m.name for m in _assessment(window).team]
    assert len(names) == len(team) and team[1] not in names
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [m.name for m in _assessment(window).team] == team


def test_process_step_buttons(qtbot, window):
    window.open_assessment(window.store.list_assessments()[0].id, 2)
    page = window.view.current_page
    steps = [s.id for s in sorted(_assessment(window).process_steps, key=lambda s: s.order)]
    qtbot.mouseClick(page.add_step_button, LEFT)
    after = sorted(_assessment(window).process_steps, key=lambda s: s.order)
    assert len(after) == len(steps) + 1
    new = after[-1].id
    qtbot.mouseClick(page.up_button, LEFT)
    order = [s.id for s in sorted(_assessment(window).process_steps, key=lambda s: s.order)]
    assert order.index(new) == len(steps) - 1
    qtbot.mouseClick(page.down_button, LEFT)
    order = [s.id for s in sorted(_assessment(window).process_steps, key=lambda s: s.order)]
    assert order[-1] == new
    qtbot.mouseClick(page.delete_step_button, LEFT)
    assert [s.id for s in sorted(_assessment(window).process_steps, key=lambda s: s.order)] == steps
    window.undo_action.trigger()  # the deleted step comes back, last as it was
    assert [s.id for s in sorted(_assessment(window).process_steps, key=lambda s: s.order)][-1] == new


def test_flowchart_buttons(qtbot, window, tmp_path, monkeypatch):
    window.open_assessment(window.store.list_assessments()[0].id, 4)
    page = window.view.current_page
    scale = page.view.transform().m11()
    qtbot.mouseClick(page.zoom_in_button, LEFT)
    assert page.view.transform().m11() == pytest.approx(scale * 1.2)
    qtbot.mouseClick(page.zoom_out_button, LEFT)
    assert page.view.transform().m11() == pytest.approx(scale)
    qtbot.mouseClick(page.zoom_in_button, LEFT)
    qtbot.mouseClick(page.fit_button, LEFT)
    assert page.view.transform().m11() <= 1.0
    out = tmp_path / "so-do.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.export_button, LEFT)
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_causes_added_and_deleted(qtbot, window):
    window.open_assessment(window.store.list_assessments()[0].id, 7)
    page = window.view.current_page
    _click_row(qtbot, page.table, 0)
    cost = page.selected_cost()
    causes = list(cost.flow.causes)
    qtbot.mouseClick(page.add_cause_button, LEFT)
    assert len(page.selected_cost().flow.causes) == len(causes) + 1
    _click_row(qtbot, page.causes_view, len(causes))
    qtbot.mouseClick(page.delete_cause_button, LEFT)
    assert list(page.selected_cost().flow.causes) == causes


def test_savings_of_an_option_added_and_deleted(qtbot, window):
    window.open_assessment(window.store.list_assessments()[0].id, 8)
    page = window.view.current_page
    _click_row(qtbot, page.table, 0, 1)
    o = page.current_option()
    n = len(o.resource_savings)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.add_saving_button, LEFT)
    assert len(page.current_option().resource_savings) == n + 1
    _click_row(qtbot, page.savings_table, n)
    qtbot.mouseClick(page.delete_saving_button, LEFT)
    assert len(page.current_option().resource_savings) == n


def test_a_step_options_belong_to_is_not_deleted_and_the_page_says_why(qtbot, window):
    """A step of the sample that options belong to: Delete step keeps it and says, in Vietnamese, which options
    belong to it and what to do (not a dangling reference of 'option row N')."""
    window.open_assessment(window.store.list_assessments()[0].id, 2)
    page = window.view.current_page
    ordered = sorted(_assessment(window).process_steps, key=lambda s: s.order)
    step = next(s for s in ordered if any(o.process_step == s.id for o in _assessment(window).options))
    options = [o.id for o in _assessment(window).options if o.process_step == step.id]
    _click_row(qtbot, page.steps_table, ordered.index(step), 1)
    qtbot.mouseClick(page.delete_step_button, LEFT)
    assert step.id in [s.id for s in _assessment(window).process_steps]
    said = page.steps_error.text()
    assert page.steps_error.isVisible()
    assert f"không xoá được công đoạn '{step.name}'" in said and ", ".join(options) in said, said
    assert said.startswith(f"Chưa lưu: không xoá được công đoạn '{step.name}'"), said  # no "option, row N:"
    assert "hãy chuyển các giải pháp đó sang công đoạn khác" in said and step.id not in said.split("(")[0], said
