"""Waste page (tasks 6–7): costs of the waste streams, the Pareto chart and the causes."""

from __future__ import annotations

from test_pages_support import edit_cell, sample_workspace, show

from sxsh_desktop.domain.waste import waste_costs
from sxsh_desktop.gui.pages.waste import COL_PER_UNIT, COL_TOTAL, COL_TREATMENT, WastePage


def _flow(ws, step_id, flow_id):
    step = ws.store.get_assessment(ws.assessment_id).step(step_id)
    return next(f for f in step.flows if f.id == flow_id)


def test_costs_edit_causes_and_undo(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, WastePage(ws))
    costs = waste_costs(ws.assessment)
    assert [(c.step.id, c.flow.id) for c in page.model.rows] == [(c.step.id, c.flow.id) for c in costs]
    key = ("milling", "m-out-dust")
    row = page.model.row_of(key)
    assert page.model.index(row, COL_TOTAL).data() == "290.000"  # 20 kg × 14.500 VND/kg per 100 hL
    assert page.model.index(row, COL_PER_UNIT).data() == "2.900"

    edit_cell(qtbot, page.table, row, COL_TREATMENT, "500 VND/kg")
    row = page.model.row_of(key)
    assert _flow(ws, *key).treatment_cost.value == 500
    assert page.model.index(row, COL_TOTAL).data() == "300.000"

    # a treatment cost per the wrong unit is refused, nothing changes
    edit_cell(qtbot, page.table, row, COL_TREATMENT, "500 VND/kWh")
    assert page.message.isVisible()
    assert _flow(ws, *key).treatment_cost.value == 500

    page.table.selectRow(row)
    assert "Bụi" in page.causes_for.text()
    n = len(_flow(ws, *key).causes)
    page.add_cause("Quạt hút bụi công suất nhỏ")
    assert _flow(ws, *key).causes[-1] == "Quạt hút bụi công suất nhỏ"
    assert page.causes_model.rowCount() == n + 1
    edit_cell(qtbot, page.causes_view, n, 0, "Quạt hút bụi yếu")
    assert _flow(ws, *key).causes[-1] == "Quạt hút bụi yếu"
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert len(_flow(ws, *key).causes) == n
    assert page.causes_model.rowCount() == n
    ws.undo_stack.undo()
    assert _flow(ws, *key).treatment_cost is None


def test_pareto_chart_draws(qtbot, tmp_path):
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, WastePage(ws))
    qtbot.waitUntil(lambda: page.chart.draw_count > 0)
    assert page.chart.figure is not None
