"""The discount rate, an option added and the method of a resource's saving, undone as a consultant undoes
them in a real window (typed into the real field, Enter, then the Edit menu's Undo or Ctrl+Z). Ctrl+Z in a
quantity field (a period's production, an option's investment), the rate or an option's lifetime is the
window's Undo once its entry is saved; while typing, it undoes the typing (Escape takes the typing off). An
undo the store refuses (the value changed elsewhere since) is shown and leaves the stack where it was."""

from __future__ import annotations

import dataclasses
import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sxsh_desktop.domain.numbers import format_value
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.gui.widgets.canvas import ChartView
from tests.gui.gui_support import consultant_store, shown_window, type_text
from tests.monthly import with_monthly_readings

LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ChartView, "flush", lambda self: setattr(self, "_pending", False))  # no charts drawn
    store = consultant_store(tmp_path / "undo.db")
    (summary,) = store.list_assessments()
    store.replace_assessment(with_monthly_readings(store.get_assessment(summary.id)))
    for w in shown_window(qtbot, store):
        w.open_assessment(summary.id, 8)
        yield w


@pytest.fixture
def warned(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    return said


def _stored(window):
    return window.store.get_assessment(window.workspace.assessment_id)


def _enter(qtbot, edit, text):
    """Click into the field, select what is there, type `text` key by key and press Enter."""
    qtbot.mouseClick(edit, LEFT)
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


# -- the discount rate ------------------------------------------------------------------------------


def test_the_discount_rate_typed_is_one_undo_step_undone_and_redone_from_the_edit_menu(qtbot, window):
    page = window.view.current_page
    stack = window.workspace.undo_stack
    assert _stored(window).settings.discount_rate == pytest.approx(0.10)
    depth = stack.count()
    _enter(qtbot, page.rate_edit, "12")
    assert _stored(window).settings.discount_rate == pytest.approx(0.12)
    assert page.rate_edit.text() == "12 %"
    assert stack.count() == depth + 1
    assert window.undo_action.text() == "&Hoàn tác Đổi lãi suất chiết khấu"
    _enter(qtbot, page.rate_edit, "12 %")  # the same rate again: no second step
    assert stack.count() == depth + 1
    window.undo_action.trigger()
    assert _stored(window).settings.discount_rate == pytest.approx(0.10)
    assert page.rate_edit.text() == "10 %"  # the field follows though it has the focus
    assert window.redo_action.text() == "&Làm lại Đổi lãi suất chiết khấu"
    window.redo_action.trigger()
    assert _stored(window).settings.discount_rate == pytest.approx(0.12)
    assert page.rate_edit.text() == "12 %"


def test_ctrl_z_in_the_rate_field_undoes_the_typing_first_then_the_saved_rate(qtbot, window):
    page = window.view.current_page
    edit = page.rate_edit
    _enter(qtbot, edit, "12")
    assert window.focusWidget() is edit
    index = window.workspace.undo_stack.index()
    edit.selectAll()
    type_text(edit, "15")  # not saved yet
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() == "12 %"  # the typing went
    assert window.workspace.undo_stack.index() == index
    assert _stored(window).settings.discount_rate == pytest.approx(0.12)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # the stored rate shown: the window's undo
    assert _stored(window).settings.discount_rate == pytest.approx(0.10)
    assert edit.text() == "10 %"
    qtbot.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert _stored(window).settings.discount_rate == pytest.approx(0.12)


def test_a_refused_undo_of_the_rate_is_shown_and_the_stack_stays(qtbot, window, warned):
    page = window.view.current_page
    _enter(qtbot, page.rate_edit, "12")
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    window.store.update_settings(aid, discount_rate=0.15)  # another window, the command line
    kept = _stored(window)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned == [
        "Không hoàn tác được “Đổi lãi suất chiết khấu”: phần nó sẽ thay đổi đã được sửa ở nơi khác kể từ đó "
        "(một cửa sổ khác, dòng lệnh); dữ liệu được giữ nguyên"
    ]
    assert _stored(window) == kept
    assert page.rate_edit.text() == "15 %"
    assert stack.canUndo() and window.undo_action.text() == "&Hoàn tác Đổi lãi suất chiết khấu"
    # put back as the edit left it elsewhere, the same undo goes through
    window.store.update_settings(aid, discount_rate=0.12)
    window.undo_action.trigger()
    assert _stored(window).settings.discount_rate == pytest.approx(0.10)


# -- an option added ---------------------------------------------------------------------------------


def test_an_option_added_is_one_undo_step_and_comes_back_on_redo(qtbot, window):
    page = window.view.current_page
    stack = window.workspace.undo_stack
    before = [o.id for o in _stored(window).options]
    depth = stack.count()
    qtbot.mouseClick(page.add_button, LEFT)
    added = _stored(window).options[-1]
    assert [o.id for o in _stored(window).options] == [*before, added.id]
    assert page.current_option().id == added.id
    assert stack.count() == depth + 1
    assert window.undo_action.text() == f"&Hoàn tác Thêm cơ hội {added.id}"
    window.undo_action.trigger()
    assert [o.id for o in _stored(window).options] == before
    window.redo_action.trigger()
    assert _stored(window).options[-1] == added


def test_a_refused_undo_of_an_added_option_keeps_it(qtbot, window, warned):
    page = window.view.current_page
    qtbot.mouseClick(page.add_button, LEFT)
    added = _stored(window).options[-1]
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    window.store.update_option(aid, added.id, dataclasses.replace(added, title="Đặt tên ở cửa sổ khác"))
    kept = _stored(window)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned[0].startswith(f"Không hoàn tác được “Thêm cơ hội {added.id}”")
    assert _stored(window) == kept
    assert stack.canUndo()


# -- the method of a resource's saving ---------------------------------------------------------------


def _method_box(qtbot, window):
    window.view.show_task(14)
    page = window.view.current_page
    page.right_tabs.setCurrentWidget(page.mv_panel)
    mv = page.mv_panel
    mv.resource_combo.setCurrentIndex(mv.resource_combo.findData("electricity"))
    mv.show_resource()
    box = mv.use_regression
    assert box.isChecked() and box.isEnabled()
    return box


def test_the_method_chosen_is_undone_with_ctrl_z_and_redone(qtbot, window):
    box = _method_box(qtbot, window)
    stack = window.workspace.undo_stack
    depth = stack.count()
    qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))  # on the box itself
    assert _stored(window).settings.savings_methods == {"electricity": "ratio"}
    assert not box.isChecked()
    assert stack.count() == depth + 1
    assert window.undo_action.text().startswith("&Hoàn tác Chọn phương pháp cho ")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert _stored(window).settings.savings_methods == {}
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(window).settings.savings_methods == {"electricity": "ratio"}
    assert not box.isChecked()


def test_a_refused_undo_of_the_method_is_shown_and_changes_nothing(qtbot, window, warned):
    box = _method_box(qtbot, window)
    qtbot.mouseClick(box, LEFT, pos=QPoint(10, box.height() // 2))
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    window.store.update_settings(aid, savings_methods={"electricity": "ratio", "coal": "ratio"})
    kept = _stored(window)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned[0].startswith("Không hoàn tác được “Chọn phương pháp cho ")
    assert _stored(window) == kept
    assert not box.isChecked()


# -- Ctrl+Z in a quantity field -------------------------------------------------------------------------


def _production(window, key="reporting"):
    window.view.show_task(14)
    page = window.view.current_page
    page.left_tabs.setCurrentIndex(0)
    return page.period_fields[key][2]


def test_ctrl_z_in_a_period_production_just_saved_undoes_the_edit(qtbot, window):
    production = _production(window)
    before = _stored(window).reporting
    stack = window.workspace.undo_stack
    depth = stack.count()
    shown = production.edit.text()
    _enter(qtbot, production.edit, "130.000 hL")
    assert _stored(window).reporting.production == Quantity(130000, "hL")
    assert stack.count() == depth + 1
    assert window.focusWidget() is production.edit
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)  # not only the field's text: the stored edit
    assert _stored(window).reporting == before
    assert production.edit.text() == shown
    assert stack.index() == depth
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(window).reporting.production == Quantity(130000, "hL")
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)
    assert _stored(window).reporting == before
    qtbot.keyClick(production.edit, Qt.Key.Key_Y, CTRL)
    assert _stored(window).reporting.production == Quantity(130000, "hL")
    assert production.edit.text() == "130.000 hL"
    assert stack.index() == depth + 1


def test_ctrl_z_while_typing_a_production_undoes_the_typing_then_the_last_edit(qtbot, window):
    production = _production(window)
    before = _stored(window).reporting
    _enter(qtbot, production.edit, "130.000 hL")
    stack = window.workspace.undo_stack
    index = stack.index()
    production.edit.selectAll()
    type_text(production.edit, "5")  # typing, not saved
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)
    assert production.edit.text() == "130.000 hL"
    assert stack.index() == index
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL | SHIFT)  # the typing comes back, not a stored edit
    assert production.edit.text() == "5"
    assert stack.index() == index
    assert _stored(window).reporting.production == Quantity(130000, "hL")
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)  # the stored value shown: the window's undo
    assert _stored(window).reporting == before
    assert stack.index() == index - 1


def test_escape_in_a_production_being_typed_brings_the_stored_value_back(qtbot, window):
    production = _production(window)
    stored = _stored(window)
    shown = production.edit.text()
    qtbot.mouseClick(production.edit, LEFT)
    production.edit.selectAll()
    type_text(production.edit, "nhiều")
    qtbot.keyClick(production.edit, Qt.Key.Key_Escape)
    assert production.edit.text() == shown
    qtbot.keyClick(production.edit, Qt.Key.Key_Return)
    assert _stored(window) == stored
    assert production.message.isHidden()


def test_a_refused_undo_from_a_production_field_is_shown_and_the_stack_stays(qtbot, window, warned):
    production = _production(window)
    _enter(qtbot, production.edit, "130.000 hL")
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    new = _stored(window).reporting
    elsewhere = dataclasses.replace(new, production=Quantity(131000, "hL"))
    window.store.set_period(aid, "reporting", elsewhere)  # another window, the command line
    kept = _stored(window)
    qtbot.keyClick(production.edit, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned[0].startswith("Không hoàn tác được “")
    assert warned[0].endswith("dữ liệu được giữ nguyên")
    assert _stored(window) == kept
    assert production.edit.text() == "131.000 hL"
    assert stack.canUndo()


def test_ctrl_z_in_an_option_investment_just_saved_undoes_it(qtbot, window):
    page = window.view.current_page
    o = page.current_option()
    _enter(qtbot, page.investment_edit.edit, "250.000.000 VND")
    assert next(x for x in _stored(window).options if x.id == o.id).investment == Quantity(250_000_000, "VND")
    qtbot.keyClick(page.investment_edit.edit, Qt.Key.Key_Z, CTRL)
    assert next(x for x in _stored(window).options if x.id == o.id).investment == o.investment


def test_ctrl_z_in_an_option_lifetime_just_saved_undoes_it_and_escape_reverts_typing(qtbot, window):
    page = window.view.current_page
    o = page.current_option()
    assert o.lifetime_years != 12
    edit = page.lifetime_edit
    _enter(qtbot, edit, "12,0")
    assert next(x for x in _stored(window).options if x.id == o.id).lifetime_years == 12
    assert edit.text() == "12"  # as stored: nothing new typed
    edit.selectAll()
    type_text(edit, "3")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "12"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert next(x for x in _stored(window).options if x.id == o.id).lifetime_years == o.lifetime_years
    assert edit.text() == format_value(o.lifetime_years, "vi")


# -- a period's dates -------------------------------------------------------------------------------


def test_ctrl_z_in_a_period_date_just_saved_undoes_the_edit_and_escape_reverts_typing(qtbot, window):
    _production(window)  # the monitoring page, its periods' tab
    end = window.view.current_page.period_fields["reporting"][1]  # its readings stay inside it
    before = _stored(window).reporting
    stack = window.workspace.undo_stack
    depth = stack.count()
    shown = end.text()
    _enter(qtbot, end, "31/01/2025")
    assert _stored(window).reporting.end == "2025-01-31", window.view.current_page.period_message.text()
    assert stack.count() == depth + 1
    qtbot.keyClick(end, Qt.Key.Key_Z, CTRL)  # the stored edit goes back, not only the field's text
    assert _stored(window).reporting == before
    assert end.text() == shown and stack.index() == depth
    qtbot.keyClick(end, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(window).reporting.end == "2025-01-31" and end.text() == "31/01/2025"
    type_text(end, "9")  # typing, then Escape: the stored date is back, nothing saved
    qtbot.keyClick(end, Qt.Key.Key_Escape)
    assert end.text() == "31/01/2025" and _stored(window).reporting.end == "2025-01-31"
