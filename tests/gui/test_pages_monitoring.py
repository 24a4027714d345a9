"""Monitoring page (tasks 14–16): periods, metered consumption, live savings; plan; undo."""

from __future__ import annotations

import pytest
from test_pages_support import edit_cell, fresh_workspace, no_chart_draw, sample_workspace, show, type_into  # noqa: F401

from sxsh_desktop.gui.pages.monitoring import C_PERIOD, C_QUANTITY, C_RESOURCE, MonitoringPage


def _a(ws):
    return ws.store.get_assessment(ws.assessment_id)


def _saving(page, resource):
    return next(r for r in page.summary["resources"] if r["resource"] == resource)


@pytest.mark.usefixtures("no_chart_draw")
def test_baseline_and_reporting_data_give_live_savings(qtbot, tmp_path):
    ws = fresh_workspace(tmp_path, "vi")
    page = show(qtbot, MonitoringPage(ws))
    start, end, production = page.period_fields["baseline"]
    type_into(qtbot, start, "01/01/2023")
    type_into(qtbot, end, "31/12/2023")
    assert _a(ws).baseline is None  # not yet: the production is missing
    type_into(qtbot, production.edit, "10.000 hL")
    assert _a(ws).baseline.start == "2023-01-01" and _a(ws).baseline.production.value == 10000
    start, end, production = page.period_fields["reporting"]
    type_into(qtbot, start, "2024-01-01")
    type_into(qtbot, end, "2024-12-31")
    type_into(qtbot, production.edit, "1.050.000 L")  # 10.500 hL
    assert _a(ws).reporting.production.unit == "L"

    page.add_consumption()
    edit_cell(qtbot, page.consumption_table, 0, C_PERIOD, "Kỳ cơ sở")
    edit_cell(qtbot, page.consumption_table, 0, C_QUANTITY, "150.000 kWh")
    page.add_consumption()
    edit_cell(qtbot, page.consumption_table, 1, C_QUANTITY, "140 MWh")
    assert [c.period for c in _a(ws).consumption] == ["baseline", "reporting"]
    row = _saving(page, "electricity")
    assert row["saving"]["percent"] == pytest.approx((1 - (140000 / 10500) / (150000 / 10000)) * 100)
    assert page.savings_model.rowCount() == 1
    assert "11,1 %" in page.savings_model.index(0, 5).data()
    assert "TOE" in page.energy_label.text()

    # a wrong unit for electricity, and a word that is no number: refused, stored value unchanged
    edit_cell(qtbot, page.consumption_table, 1, C_QUANTITY, "12 kg")
    assert "'kg' is not an energy (kWh, MWh, GJ, TOE)" in page.consumption_message.text()
    edit_cell(qtbot, page.consumption_table, 1, C_QUANTITY, "abc")
    assert "'abc'" in page.consumption_message.text()
    assert _a(ws).consumption[1].quantity.value == 140

    # the reporting reading changes, the saving follows; undo and redo
    edit_cell(qtbot, page.consumption_table, 1, C_QUANTITY, "120 MWh")
    assert _saving(page, "electricity")["saving"]["percent"] == pytest.approx((1 - (120000 / 10500) / 15) * 100)
    ws.undo_stack.undo()
    assert _a(ws).consumption[1].quantity.value == 140
    assert _saving(page, "electricity")["saving"]["percent"] == pytest.approx(11.1111, abs=1e-3)
    ws.undo_stack.redo()
    assert _a(ws).consumption[1].quantity.value == 120

    # water added through the resource column
    page.add_consumption()
    edit_cell(qtbot, page.consumption_table, 2, C_QUANTITY, "900 kWh")
    edit_cell(qtbot, page.consumption_table, 2, C_RESOURCE, "DO")  # a free resource name
    assert _a(ws).consumption[2].resource == "DO"

    # a bad date is refused beside the periods
    type_into(qtbot, page.period_fields["reporting"][1], "31/13/2024")
    assert page.period_message.isVisible()
    assert _a(ws).reporting.end == "2024-12-31"


def test_implementation_plan_and_chart(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, MonitoringPage(ws))
    ids = [o.id for o in page.plan_model.rows]
    assert ids == [o.id for o in ws.assessment.options if o.status in ("selected", "implemented")]
    row = ids.index("O5")
    page.left_tabs.setCurrentIndex(1)
    edit_cell(qtbot, page.plan_table, row, 3, "Phạm Quốc Hưng")
    edit_cell(qtbot, page.plan_table, row, 4, "30/06/2025")
    edit_cell(qtbot, page.plan_table, row, 5, "someday")
    assert page.plan_message.isVisible()
    o5 = next(o for o in _a(ws).options if o.id == "O5")
    assert o5.responsible == "Phạm Quốc Hưng" and o5.planned_date == "2025-06-30"
    assert o5.done_date is None and not {"responsible", "planned_date", "done_date"} & set(o5.extra)
    edit_cell(qtbot, page.plan_table, row, 2, "Implemented")
    assert next(o for o in _a(ws).options if o.id == "O5").status == "implemented"
    ws.undo_stack.undo()
    assert next(o for o in _a(ws).options if o.id == "O5").status == "selected"
    qtbot.waitUntil(lambda: page.chart.draw_count > 0)
    assert page.chart.figure is not None
    assert page.summary["energy"]["saving_percent"] > 0


@pytest.mark.usefixtures("no_chart_draw")
def test_a_new_reading_has_no_quantity_until_one_is_typed(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    ws = fresh_workspace(tmp_path, "vi")
    page = show(qtbot, MonitoringPage(ws))
    for key, (s, e, p) in (
        ("baseline", ("01/01/2025", "31/12/2025", "10.000 hL")),
        ("reporting", ("01/01/2026", "31/12/2026", "10.000 hL")),
    ):
        start, end, production = page.period_fields[key]
        type_into(qtbot, start, s)
        type_into(qtbot, end, e)
        type_into(qtbot, production.edit, p)
    page.add_consumption()
    edit_cell(qtbot, page.consumption_table, 0, C_PERIOD, "Kỳ cơ sở")
    edit_cell(qtbot, page.consumption_table, 0, C_QUANTITY, "150.000 kWh")
    qtbot.mouseClick(page.add_consumption_button, Qt.MouseButton.LeftButton)  # "Thêm số đo"
    new = _a(ws).consumption[1]
    assert (new.period, new.resource, new.quantity.value, new.quantity.unit) == (
        "reporting",
        "electricity",
        None,
        "kWh",
    )
    assert page.consumption_model.index(1, C_QUANTITY).data() == ""  # shown empty, not "0 kWh"
    # no 100 % saving, no green: the reporting electricity is not entered, so there is no saving at all
    row = _saving(page, "electricity")
    assert row["saving"] is None and row["reporting"] is None
    assert page.summary["energy"] is None
    assert not page.summary["target_in_force"]["met"]
    assert any("chưa nhập lượng" in w for w in page.summary["warnings"])
    # typed: a bare number takes the row's unit
    edit_cell(qtbot, page.consumption_table, 1, C_QUANTITY, "140.000")
    assert _a(ws).consumption[1].quantity.value == 140000 and _a(ws).consumption[1].quantity.unit == "kWh"
    assert _saving(page, "electricity")["saving"]["percent"] == pytest.approx(100 * (1 - 14 / 15))
