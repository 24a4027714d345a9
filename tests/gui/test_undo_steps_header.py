"""The process-step table and the facility page's header fields, undone as a consultant undoes them, in a
real window: typed into the real editors, undone with Ctrl+Z, the stored value and the row's place checked;
a deleted step returns to its place with its flows; an undo the store refuses (what it would change was
changed elsewhere) is shown and leaves the stack where it was."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store
from tests.gui.gui_support import type_text

LEFT, CTRL = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'steps.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    sample = load_sample(store).assessment_id
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_assessment(sample, 2)
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def _stored(window):
    return window.store.get_assessment(window.workspace.assessment_id)


def _ctrl_z(qtbot, window):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def _ctrl_y(qtbot, window):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Y, CTRL)


def _click(qtbot, table, row, column):
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())


def _type_in_cell(qtbot, table, row, column, text):
    _click(qtbot, table, row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_step_renamed_in_its_cell_is_undone_with_ctrl_z(qtbot, window):
    page = window.view.current_page
    table = page.steps_table
    ids = [s.id for s in _stored(window).process_steps]
    old = _stored(window).process_steps[2].name
    _type_in_cell(qtbot, table, 2, 1, "Lên men và ủ bia")
    assert _stored(window).process_steps[2].name == "Lên men và ủ bia"
    assert window.undo_action.text() == "&Hoàn tác Sửa công đoạn"
    table.setFocus()
    _ctrl_z(qtbot, window)
    assert _stored(window).process_steps[2].name == old
    assert [s.id for s in _stored(window).process_steps] == ids
    assert page.steps_model.data(page.steps_model.index(2, 1)) == old
    _ctrl_y(qtbot, window)
    assert _stored(window).process_steps[2].name == "Lên men và ủ bia"


def test_a_step_code_changed_is_carried_into_the_options_and_back(qtbot, window):
    page = window.view.current_page
    before = _stored(window)
    pointing = [o.id for o in before.options if o.process_step == "boiler"]
    _type_in_cell(qtbot, page.steps_table, 4, 2, "lo-hoi")
    after = _stored(window)
    assert after.step("lo-hoi") is not None and after.step("boiler") is None
    assert [o.id for o in after.options if o.process_step == "lo-hoi"] == pointing
    page.steps_table.setFocus()
    _ctrl_z(qtbot, window)
    assert _stored(window).process_steps == before.process_steps
    assert [o.process_step for o in _stored(window).options] == [o.process_step for o in before.options]


def test_a_deleted_step_returns_to_its_place_with_its_flows(qtbot, window):
    page = window.view.current_page
    before = _stored(window).process_steps
    assert before[0].id == "milling" and before[0].flows
    _click(qtbot, page.steps_table, 0, 1)
    qtbot.mouseClick(page.delete_step_button, LEFT)
    assert [s.id for s in _stored(window).process_steps] == [s.id for s in before[1:]]
    assert window.undo_action.text() == "&Hoàn tác Xóa công đoạn"
    page.steps_table.setFocus()
    _ctrl_z(qtbot, window)
    assert _stored(window).process_steps == before  # first again, every flow in its order
    assert [s.id for s in page.steps_model.rows] == [s.id for s in before]


def test_a_step_an_option_points_at_is_not_deleted_and_the_table_says_why(qtbot, window):
    page = window.view.current_page
    kept = _stored(window)
    depth = window.workspace.undo_stack.count()
    _click(qtbot, page.steps_table, 1, 1)  # the brewhouse: options point at it
    qtbot.mouseClick(page.delete_step_button, LEFT)
    assert _stored(window) == kept
    assert window.workspace.undo_stack.count() == depth
    assert page.steps_error.isVisible() and page.steps_error.text()


def test_a_moved_step_moves_back_with_ctrl_z(qtbot, window):
    page = window.view.current_page
    ids = [s.id for s in _stored(window).process_steps]
    _click(qtbot, page.steps_table, 4, 1)
    qtbot.mouseClick(page.up_button, LEFT)
    qtbot.mouseClick(page.up_button, LEFT)
    assert [s.id for s in _stored(window).process_steps] == ids[:2] + [ids[4], *ids[2:4]]
    page.steps_table.setFocus()
    _ctrl_z(qtbot, window)
    _ctrl_z(qtbot, window)
    assert [s.id for s in _stored(window).process_steps] == ids


def test_an_added_step_goes_on_undo(qtbot, window):
    page = window.view.current_page
    ids = [s.id for s in _stored(window).process_steps]
    qtbot.mouseClick(page.add_step_button, LEFT)
    assert len(_stored(window).process_steps) == len(ids) + 1
    _ctrl_z(qtbot, window)
    assert [s.id for s in _stored(window).process_steps] == ids


def test_a_refused_undo_of_a_step_edit_is_shown_and_the_stack_stays(qtbot, window, monkeypatch):
    page = window.view.current_page
    _type_in_cell(qtbot, page.steps_table, 0, 1, "Nghiền nguyên liệu")
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    window.store.update_process_step(aid, "milling", name="Nghiền (sửa ở cửa sổ khác)")  # another window
    kept = _stored(window)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page.steps_table.setFocus()
    _ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned[0].startswith("Không hoàn tác được “Sửa công đoạn”")
    assert _stored(window) == kept
    assert stack.canUndo() and window.undo_action.isEnabled()
    assert page.steps_model.data(page.steps_model.index(0, 1)) == "Nghiền (sửa ở cửa sổ khác)"


def _field(window, key):
    return window.view.current_page.fields[key].edit


def _type_into_field(qtbot, window, key, text):
    edit = _field(window, key)
    qtbot.mouseClick(edit, LEFT)
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


@pytest.mark.parametrize(
    "key, typed, stored",
    [
        ("facility.name", "Công ty CP Bia Sen Vàng", lambda a: a.facility.name),
        ("facility.employees", "200", lambda a: a.facility.employees),
        ("product.unit", "lít", lambda a: a.product.unit),
        ("consultant.email", "an.le@example.vn", lambda a: a.consultant.email),
    ],
)
def test_a_header_field_typed_is_undone_by_ctrl_z_in_the_field(qtbot, window, key, typed, stored):
    window.view.show_task(1)
    before = stored(_stored(window))
    _type_into_field(qtbot, window, key, typed)
    after = stored(_stored(window))
    assert after != before and str(after) in (typed, "200")
    # Ctrl+Z in the same field, nothing new typed in it: the stored edit is undone (not only the field's text)
    assert window.focusWidget() is _field(window, key)
    _ctrl_z(qtbot, window)
    assert stored(_stored(window)) == before
    assert window.view.current_page.fields[key].text() == (str(before) if key != "facility.employees" else "185")
    _ctrl_y(qtbot, window)
    assert stored(_stored(window)) == after


def test_ctrl_z_while_typing_in_a_field_undoes_the_typing_only(qtbot, window):
    window.view.show_task(1)
    before = _stored(window)
    edit = _field(window, "facility.address")
    qtbot.mouseClick(edit, LEFT)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(edit, " X")
    _ctrl_z(qtbot, window)
    assert edit.text() == before.facility.address
    assert _stored(window) == before


def test_a_refused_undo_of_a_header_field_is_shown_and_the_stack_stays(qtbot, window, monkeypatch):
    window.view.show_task(1)
    _type_into_field(qtbot, window, "facility.name", "Bia Sen Vàng")
    stack = window.workspace.undo_stack
    index = stack.index()
    aid = window.workspace.assessment_id
    window.store.update_facility(aid, name="Bia Sen Vàng (đổi ở dòng lệnh)")
    kept = _stored(window)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _ctrl_z(qtbot, window)
    qtbot.waitUntil(lambda: bool(warned) and stack.index() == index)
    assert warned[0].startswith("Không hoàn tác được “Sửa thông tin cơ sở”")
    assert _stored(window) == kept
    assert window.view.current_page.fields["facility.name"].text() == "Bia Sen Vàng (đổi ở dòng lệnh)"
    assert stack.canUndo()


def test_the_type_of_assessment_chosen_is_undone(qtbot, window):
    window.view.show_task(1)
    page = window.view.current_page
    combo = page.assessment_type
    before = _stored(window).assessment_type
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up if combo.currentIndex() else Qt.Key.Key_Down)
    assert _stored(window).assessment_type != before
    _ctrl_z(qtbot, window)
    assert _stored(window).assessment_type == before
    assert combo.currentData() == before


def test_a_team_member_added_and_renamed_is_undone_step_by_step(qtbot, window):
    window.view.show_task(1)
    page = window.view.current_page
    team = _stored(window).team
    qtbot.mouseClick(page.add_member_button, LEFT)
    assert len(_stored(window).team) == len(team) + 1
    _type_in_cell(qtbot, page.team_table, len(team), 0, "Trần Thị Bình")
    assert _stored(window).team[-1].name == "Trần Thị Bình"
    page.team_table.setFocus()
    _ctrl_z(qtbot, window)
    assert _stored(window).team[-1].name == "Thành viên mới"
    _ctrl_z(qtbot, window)
    assert _stored(window).team == team


def test_a_period_production_typed_is_undone(qtbot, window):
    window.view.show_task(14)
    page = window.view.current_page
    before = _stored(window).reporting
    _start, _end, production = page.period_fields["reporting"]
    qtbot.mouseClick(production.edit, LEFT)
    production.edit.selectAll()
    type_text(production.edit, "130.000 hL")
    qtbot.keyClick(production.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _stored(window).reporting.production.value == 130000
    assert window.undo_action.text().startswith("&Hoàn tác")
    page.consumption_table.setFocus()
    _ctrl_z(qtbot, window)
    assert _stored(window).reporting == before
