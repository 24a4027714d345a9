"""Options page (tasks 8–13): options with live payback, NPV and IRR; ranking, rate, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_pages_support import edit_cell, sample_workspace, show, type_into

from sxsh_desktop.domain.economics import option_economics
from sxsh_desktop.gui.pages.options import COL_CATEGORY, COL_STATUS, COL_TITLE, OptionsPage


def _option(ws, option_id):
    return next(o for o in ws.store.get_assessment(ws.assessment_id).options if o.id == option_id)


def test_add_option_and_see_payback_npv_irr(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, OptionsPage(ws))
    page.add_button.click()
    option = page.current_option()
    assert option.id == "O9"
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("O9"), 0)).row()
    edit_cell(qtbot, page.table, row, COL_TITLE, "Thu hồi nhiệt khói thải lò hơi")
    edit_cell(qtbot, page.table, row, COL_CATEGORY, "Cải tiến thiết bị")
    edit_cell(qtbot, page.table, row, COL_STATUS, "Được chọn")
    assert page.payback_value.text() == "–"
    assert "Chưa nhập" in page.notes_label.text()  # says why nothing can be computed

    type_into(qtbot, page.investment_edit.edit, "100.000.000 VND")
    type_into(qtbot, page.saving_edit.edit, "40.000.000 VND/năm")
    type_into(qtbot, page.operating_edit.edit, "5 triệu đồng/năm")
    type_into(qtbot, page.lifetime_edit, "5")
    stored = _option(ws, "O9")
    assert stored.title.startswith("Thu hồi") and stored.category == "equipment_modification"
    assert stored.status == "selected" and stored.lifetime_years == 5
    e = option_economics(stored, 0.10)
    assert e.payback_years == pytest.approx(100 / 35)
    assert page.payback_value.text() == "2,86 years"
    assert page.npv_value.text().startswith("32.677.")  # −100 M + 35 M × 3.7908
    assert page.irr_value.text() == "22,1 %"
    assert page.notes_label.text() == ""

    # the discount rate is edited here and the NPV follows; undo brings it back
    type_into(qtbot, page.rate_edit, "8 %")
    assert ws.store.get_assessment(ws.assessment_id).settings.discount_rate == pytest.approx(0.08)
    assert "8,0 %" in page.npv_value.text()
    assert page.npv_value.text().startswith("39.744.")
    ws.undo_stack.undo()
    assert ws.store.get_assessment(ws.assessment_id).settings.discount_rate == pytest.approx(0.10)
    assert page.npv_value.text().startswith("32.677.")


def test_wrong_money_units_are_refused(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, OptionsPage(ws))
    page.select_option("O2")
    before = _option(ws, "O2")
    type_into(qtbot, page.investment_edit.edit, "12 kg")
    assert page.investment_edit.message.isVisible()
    assert "'kg'" in page.investment_edit.message.text()
    type_into(qtbot, page.saving_edit.edit, "abc")
    assert "'abc'" in page.saving_edit.message.text()
    type_into(qtbot, page.lifetime_edit, "-2")
    assert page.lifetime_message.isVisible()
    assert _option(ws, "O2") == before
    type_into(qtbot, page.investment_edit.edit, "200,000,000 VND")
    assert not page.investment_edit.message.isVisible()
    assert _option(ws, "O2").investment.value == 200_000_000


def test_ranking_selection_delete_and_undo(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, OptionsPage(ws))
    rate = ws.assessment.settings.discount_fraction
    npv = {o.id: option_economics(o, rate).npv_vnd for o in ws.assessment.options}
    page.rank_combo.setCurrentIndex(page.rank_combo.findData("npv"))
    ranked = page.ranked_ids()
    assert ranked == sorted(npv, key=lambda k: -(npv[k] if npv[k] is not None else -1e300))
    page.rank_combo.setCurrentIndex(page.rank_combo.findData("payback"))
    paybacks = [option_economics(_option(ws, i), rate).payback_years for i in page.ranked_ids()]
    assert paybacks == sorted(paybacks)

    page.select_option("O6")
    after = page.ranked_ids()[page.ranked_ids().index("O6") + 1]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "O6" not in [o.id for o in ws.store.get_assessment(ws.assessment_id).options]
    assert page.current_option().id == after  # the next one in the table's order, not the first
    last = page.ranked_ids()[-1]
    page.select_option(last)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.current_option().id == page.ranked_ids()[-1]  # the last gone: the one before it
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert "O6" in [o.id for o in ws.store.get_assessment(ws.assessment_id).options]
    ws.undo_stack.redo()
    assert "O6" not in page.ranked_ids()


def test_an_option_shows_what_its_resource_savings_come_to(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, OptionsPage(ws))
    page.select_option("O2")  # 52 t of coal fines: 31.2 TOE, 1 388.4 GJ, 136.48 t CO2, 208 000 000 VND
    text = page.savings_figures.text()
    assert "31.2 TOE" in text and "1,388.4 GJ" in text and "136.48 t CO₂" in text and "208,000,000 VND/year" in text
    page.select_option("O1")  # water only: money, no energy
    assert "TOE" not in page.savings_figures.text() and "24,150,000 VND/year" in page.savings_figures.text()
    # an investment typed in tỷ đồng is read through the registry
    type_into(qtbot, page.investment_edit.edit, "1,2 tỷ đồng")
    assert not page.investment_edit.message.isVisible()
    assert option_economics(_option(ws, "O1"), 0.1).investment_vnd == pytest.approx(1.2e9)
