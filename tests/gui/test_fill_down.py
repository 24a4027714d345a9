"""Fill down (Ctrl+D) in the data-entry tables, by keyboard in a real window: the flows of a step, the
metered consumption and the monthly readings. The first selected cell of the column goes into the selected
cells below it as one undo step and one store transaction; a cell that refuses it (a mass into an
electricity row) stores nothing and says why under the table; Ctrl+Z puts every cell back."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.pages.balance import COL_QUANTITY, COL_RESOURCE
from sxsh_desktop.gui.pages.monitoring import C_PRICE
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store
from tests.monthly import with_monthly_readings

LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'fill.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    aid = load_sample(store).assessment_id
    store.replace_assessment(with_monthly_readings(store.get_assessment(aid)))
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.open_assessment(aid, 5)
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def _milling(window):
    """The balance page on the milling step (malt, rice, electricity, grist, dust), chosen in its combo."""
    page = window.view.current_page
    combo = page.step_combo
    combo.setCurrentIndex(combo.findData("milling"))
    combo.activated.emit(combo.currentIndex())
    assert page.current_step().id == "milling"
    return page


def _stored(window):
    return window.store.get_assessment(window.workspace.assessment_id)


def _commits(store) -> list[int]:
    seen: list[int] = []

    def commit(conn) -> None:
        if conn.get_execution_options().get("sqlite_begin") == "immediate":
            seen.append(1)

    event.listen(store.engine, "commit", commit)
    return seen


def _click(qtbot, table, row, column):
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(index).center())


def _keys(qtbot, table, *keys):
    for key, modifier in keys:
        qtbot.keyClick(table, key, modifier)
    QApplication.processEvents()


DOWN = (Qt.Key.Key_Down, SHIFT)
FILL = (Qt.Key.Key_D, CTRL)
UNDO = (Qt.Key.Key_Z, CTRL)


def test_flows_filled_down_are_one_undo_step_and_one_transaction(qtbot, window):
    page = _milling(window)
    step = page.current_step()
    flows = step.flows
    assert (flows[0].quantity.unit, flows[1].quantity.unit) == ("t", "kg")
    commits = _commits(window.store)
    depth = window.workspace.undo_stack.count()
    _click(qtbot, page.table, 0, COL_QUANTITY)
    _keys(qtbot, page.table, DOWN, FILL)  # the malt's 1,6 t into the rice below it
    stored = _stored(window).step(step.id).flows
    assert stored[1].quantity == flows[0].quantity
    assert stored[0] == flows[0] and stored[2:] == flows[2:]
    assert len(commits) == 1 and window.workspace.undo_stack.count() == depth + 1
    assert window.undo_action.text() == "&Hoàn tác Điền xuống 1 ô"
    _keys(qtbot, page.table, UNDO)
    assert _stored(window).step(step.id).flows == flows
    assert len(commits) == 2


def test_a_fill_down_one_row_of_which_refuses_it_stores_nothing(qtbot, window):
    page = _milling(window)
    step = page.current_step()
    flows = step.flows
    assert flows[2].resource == "electricity"
    depth = window.workspace.undo_stack.count()
    _click(qtbot, page.table, 0, COL_QUANTITY)
    _keys(qtbot, page.table, DOWN, DOWN, FILL)  # 1,6 t into the rice (fine) and the electricity (refused)
    assert _stored(window).step(step.id).flows == flows
    assert window.workspace.undo_stack.count() == depth
    assert page.message.isVisible() and "điện" in page.message.text().lower()


def test_a_resource_filled_down_several_rows(qtbot, window):
    page = _milling(window)
    step = page.current_step()
    _click(qtbot, page.table, 0, COL_RESOURCE)
    _keys(qtbot, page.table, DOWN, FILL)
    assert _stored(window).step(step.id).flows[1].resource == "malt"
    _keys(qtbot, page.table, UNDO)
    assert _stored(window).step(step.id).flows[1].resource == "rice"


def test_one_row_chosen_takes_the_value_above(qtbot, window):
    page = _milling(window)
    step = page.current_step()
    _click(qtbot, page.table, 1, COL_RESOURCE)
    _keys(qtbot, page.table, FILL)
    assert _stored(window).step(step.id).flows[1].resource == "malt"


def test_consumption_prices_filled_down(qtbot, window):
    window.view.show_task(14)
    page = window.view.current_page
    table = page.consumption_table
    lines = _stored(window).consumption
    assert [c.resource for c in lines[4:6]] == ["malt", "rice"]
    commits = _commits(window.store)
    _click(qtbot, table, 4, C_PRICE)
    _keys(qtbot, table, DOWN, FILL)
    assert _stored(window).consumption[5].unit_price == lines[4].unit_price
    assert _stored(window).consumption[:5] == lines[:5] and len(commits) == 1
    _keys(qtbot, table, UNDO)
    assert _stored(window).consumption == lines


def test_readings_filled_down_in_two_columns_at_once(qtbot, window):
    window.view.show_task(14)
    page = window.view.current_page
    tabs = page.left_tabs
    qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(2).center())
    panel = page.readings_panel
    assert panel.isVisible()
    before = [r for r in _stored(window).readings if r.period == "baseline"]
    commits = _commits(window.store)
    _click(qtbot, panel.table, 0, 1)  # January's production
    _keys(qtbot, panel.table, DOWN, DOWN, (Qt.Key.Key_Right, SHIFT), FILL)  # production and electricity, 3 rows
    after = [r for r in _stored(window).readings if r.period == "baseline"]
    assert [r.production for r in after[:3]] == [before[0].production] * 3
    assert [r.entry("electricity").quantity for r in after[:3]] == [before[0].entry("electricity").quantity] * 3
    assert [(r.start, r.end) for r in after] == [(r.start, r.end) for r in before]  # the months stay
    assert after[3:] == before[3:] and len(commits) == 1
    assert window.undo_action.text() == "&Hoàn tác Điền xuống 4 ô"
    _keys(qtbot, panel.table, UNDO)
    assert [r for r in _stored(window).readings if r.period == "baseline"] == before
