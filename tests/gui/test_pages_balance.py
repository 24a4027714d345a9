"""Balance page (task 5): a consultant fills a balance in mixed units and watches the closure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_pages_support import edit_cell, fresh_workspace, no_chart_draw, sample_workspace, show, type_into  # noqa: F401

from sxsh_desktop.gui.pages.balance import (
    COL_DIRECTION,
    COL_KIND,
    COL_NAME,
    COL_QUANTITY,
    COL_RESOURCE,
    BalancePage,
)


def _flows(ws):
    return {f.name: f for f in ws.store.get_assessment(ws.assessment_id).step("cook").flows}


def _add(qtbot, page, direction, name, kind, quantity, resource=None):
    button = page.add_input_button if direction == "input" else page.add_output_button
    button.click()
    row = len(page.model.rows) - 1
    edit_cell(qtbot, page.table, row, COL_NAME, name)
    edit_cell(qtbot, page.table, row, COL_KIND, kind)
    edit_cell(qtbot, page.table, row, COL_QUANTITY, quantity)
    if resource:  # after the quantity: a new flow starts in kg, which electricity refuses
        edit_cell(qtbot, page.table, row, COL_RESOURCE, resource)
    return row


@pytest.mark.usefixtures("no_chart_draw")
def test_mixed_units_closure_flag_appears_and_goes(qtbot, tmp_path):
    ws = fresh_workspace(tmp_path, "vi")
    page = show(qtbot, BalancePage(ws))
    assert "No closure" in page.mass_flag.text()

    _add(qtbot, page, "input", "Malt", "Nguyên liệu", "1,2 t")
    _add(qtbot, page, "input", "Gạo", "Nguyên liệu", "300 kg")
    _add(qtbot, page, "input", "Nước nấu", "Nước", "2 m³", resource="water")
    _add(qtbot, page, "input", "Điện", "Năng lượng", "3.600 kWh", resource="electricity")
    _add(qtbot, page, "output", "Dịch đường", "Sản phẩm", "2,5 m3")
    flows = _flows(ws)
    assert flows["Gạo"].quantity.value == 300 and flows["Gạo"].quantity.unit == "kg"
    assert flows["Điện"].quantity.value == 3600 and flows["Điện"].resource == "electricity"
    assert flows["Dịch đường"].direction == "output"

    # mass: in 1.2 + 0.3 + 2 = 3.5 t, out 2.5 t (no density: product volume is not in the balance)
    assert page._balance.mass.output_count == 0
    assert "Dịch đường" in page.excluded_text.text()
    edit_cell(qtbot, page.table, len(page.model.rows) - 1, COL_KIND, "Nước thải")  # watery: 1 t/m³
    assert page._balance.mass.outputs == 2.5
    assert page.mass_flag.text().startswith("\u26a0")
    assert "28,6 %" in page.mass_flag.text() and "above" in page.mass_flag.text()

    _add(qtbot, page, "output", "Bã", "Sản phẩm phụ", "1.000 kg")
    assert abs(page._balance.mass.closure_percent) < 1e-9
    assert page.mass_flag.text().startswith("\u2713")

    # energy: 3,600 kWh = 12.96 GJ in; 0.5 GJ out → flagged; 12,5 GJ out → within 5 %
    _add(qtbot, page, "output", "Tổn thất nhiệt", "Tổn thất", "0,5 GJ")
    assert page._balance.energy_flagged and "above" in page.energy_flag.text()
    edit_cell(qtbot, page.table, len(page.model.rows) - 1, COL_QUANTITY, "12,5 GJ")
    assert not page._balance.energy_flagged
    assert _flows(ws)["Tổn thất nhiệt"].quantity.value == 12.5


@pytest.mark.usefixtures("no_chart_draw")
def test_invalid_entries_are_refused_with_a_message(qtbot, tmp_path):
    ws = fresh_workspace(tmp_path, "en")
    page = show(qtbot, BalancePage(ws))
    row = _add(qtbot, page, "input", "Electricity", "Energy", "160 kWh", resource="electricity")
    before = _flows(ws)["Electricity"]

    edit_cell(qtbot, page.table, row, COL_QUANTITY, "12 kg")
    assert page.message.isVisible()
    assert "'kg' is not an energy (kWh, MWh, GJ, TOE)" in page.message.text()
    assert _flows(ws)["Electricity"] == before

    edit_cell(qtbot, page.table, row, COL_QUANTITY, "abc")
    assert "'abc'" in page.message.text()
    assert _flows(ws)["Electricity"] == before
    assert page.model.index(row, COL_QUANTITY).data() == "160"

    # a bare number keeps the unit; the message goes away
    edit_cell(qtbot, page.table, row, COL_QUANTITY, "1,250")
    assert _flows(ws)["Electricity"].quantity.value == 1250
    assert not page.message.isVisible()

    # the basis: a wrong unit for the product (hL) is refused beside the field
    type_into(qtbot, page.basis_edit.edit, "5 kWh")
    assert page.basis_edit.message.isVisible()
    assert ws.store.get_assessment(ws.assessment_id).step("cook").basis.unit == "hL"
    type_into(qtbot, page.basis_edit.edit, "50 hL")
    assert ws.store.get_assessment(ws.assessment_id).step("cook").basis.value == 50
    assert not page.basis_edit.message.isVisible()


@pytest.mark.usefixtures("no_chart_draw")
def test_undo_and_redo_follow_the_store(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, BalancePage(ws))
    page.select_step("brewhouse")
    row = page.model.row_of("b-in-water")
    edit_cell(qtbot, page.table, row, COL_QUANTITY, "20 m³")
    edit_cell(qtbot, page.table, row, COL_DIRECTION, "Đầu ra")

    def water():
        return ws.store.get_assessment(ws.assessment_id).step("brewhouse").flows[1]

    assert water().quantity.value == 20 and water().direction == "output"
    ws.undo_stack.undo()
    assert water().direction == "input"
    ws.undo_stack.undo()
    assert water().quantity.value == 14.5
    QApplication.processEvents()
    assert page.model.index(row, COL_QUANTITY).data() == "14,5"
    ws.undo_stack.redo()
    assert water().quantity.value == 20
    assert page.model.index(row, COL_QUANTITY).data() == "20"

    # add then delete a flow, undo both
    page.add_output_button.click()
    n = len(page.model.rows)
    page.table.selectRow(n - 1)
    page.delete_button.click()
    assert len(page.model.rows) == n - 1
    ws.undo_stack.undo()
    assert len(page.model.rows) == n
    ws.undo_stack.undo()
    assert len(page.model.rows) == n - 1


def test_per_unit_product_view_and_sankey(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, BalancePage(ws))
    page.select_step("milling")
    row = page.model.row_of("m-in-malt")
    assert page.model.index(row, COL_QUANTITY).data() == "1.6"
    page.per_unit_check.setChecked(True)
    assert page.model.index(row, COL_QUANTITY).data() == "0.016"
    assert "per hL of product" in page.mass_text.text()
    assert not page.model.index(row, COL_QUANTITY).flags() & Qt.ItemFlag.ItemIsEditable
    page.chart.flush()
    qtbot.waitUntil(lambda: page.chart.figure is not None)
    assert page.chart.figure.texts  # the Sankey's key
