"""Monthly readings on the monitoring page: a block pasted from a spreadsheet (Ctrl+V), copied out (Ctrl+C),
cells typed, bad cells refused with their row and column, the regression's verdict and the choice of
method, and undo of each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from test_pages_support import edit_cell, no_chart_draw, sample_workspace, show  # noqa: F401

from sxsh_desktop.gui.pages.monitoring import MonitoringPage
from tests.monthly import with_monthly_readings

MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
OUTPUT = [10200, 8400, 9000, 9600, 10800, 11400, 11400, 10800, 10200, 9600, 9000, 9600]


def _a(ws):
    return ws.store.get_assessment(ws.assessment_id)


def _block(year, kwh):
    head = "Tháng\tSản lượng (hL)\tĐiện (kWh)\n"
    rows = [
        f"{m}/{year}\t{p:,.0f}\t{e:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
        for m, p, e in zip(MONTHS, OUTPUT, kwh, strict=True)
    ]
    return head + "\r\n".join(rows) + "\r\n"  # as LibreOffice copies: CRLF, a heading row


def _paste(qtbot, panel, text, row=0, col=0):
    QGuiApplication.clipboard().setText(text)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, col))
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def _page(qtbot, tmp_path, language="vi"):
    from sxsh_desktop.gui import i18n

    i18n.install(language)
    ws = sample_workspace(tmp_path, language)
    page = show(qtbot, MonitoringPage(ws))
    page.left_tabs.setCurrentIndex(2)
    page.right_tabs.setCurrentIndex(2)
    return ws, page, page.readings_panel


@pytest.mark.usefixtures("no_chart_draw")
def test_paste_a_block_from_a_spreadsheet_then_undo(qtbot, tmp_path):
    ws, page, panel = _page(qtbot, tmp_path)
    # fixed 60 000 kWh a month plus 9,5 kWh/hL, a little noise
    kwh = [60000 + 9.5 * p + (150 if i % 2 else -150) + 0.5 for i, p in enumerate(OUTPUT)]
    _paste(qtbot, panel, _block(2022, kwh))
    got = [r for r in _a(ws).readings if r.period == "baseline"]
    assert [r.start for r in got] == [f"2022-{m}-01" for m in MONTHS]
    assert got[1].end == "2022-02-28"
    assert got[0].production.value == 10200 and got[0].production.unit == "hL"
    assert got[0].entry("electricity").quantity.value == pytest.approx(kwh[0])  # "156.750,5" read as 156750.5
    assert panel.model.rowCount() == 12 and not panel.message.isVisible()
    # the period's totals come from the readings now
    electricity = next(r for r in page.summary["resources"] if r["resource"] == "electricity")
    assert electricity["baseline"]["consumption"] == pytest.approx(sum(kwh))
    ws.undo_stack.undo()
    assert _a(ws).readings == [] and panel.model.rowCount() == 0
    ws.undo_stack.redo()
    assert len(_a(ws).readings) == 12


@pytest.mark.usefixtures("no_chart_draw")
def test_copy_out_the_selected_cells(qtbot, tmp_path):
    ws, page, panel = _page(qtbot, tmp_path)
    ws.store.replace_assessment(with_monthly_readings(_a(ws)))
    ws.notify()
    panel.table.setFocus()
    sel = panel.table.selectionModel()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    sel.select(
        QItemSelection(panel.model.index(0, 0), panel.model.index(1, 2)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    first = _a(ws).readings[0]
    kwh = first.entry("electricity").quantity.value
    expected_kwh = f"{kwh:,.3f}".rstrip("0").rstrip(".").replace(",", "X").replace(".", ",").replace("X", ".")
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == f"01/2022\t10.200\t{expected_kwh}"
    assert lines[1].startswith("02/2022\t8.400\t")
    # what was copied pastes back unchanged
    before = _a(ws).readings
    _paste(qtbot, panel, QGuiApplication.clipboard().text())
    assert _a(ws).readings == before


@pytest.mark.usefixtures("no_chart_draw")
def test_typing_cells_and_bad_input_named_by_row_and_column(qtbot, tmp_path):
    ws, page, panel = _page(qtbot, tmp_path)
    qtbot.mouseClick(panel.fill_button, Qt.MouseButton.LeftButton)
    assert [r.start for r in _a(ws).readings][:2] == ["2022-01-01", "2022-02-01"] and len(_a(ws).readings) == 12
    edit_cell(qtbot, panel.table, 2, 1, "9.000,5")
    assert _a(ws).readings[2].production.value == 9000.5
    edit_cell(qtbot, panel.table, 2, 2, "nhiều")
    assert panel.message.isVisible()
    assert "dòng 3, Điện (kWh)" in panel.message.text() and "nhiều" in panel.message.text()
    assert _a(ws).readings[2].entry("electricity") is None
    # a month that overlaps the next one is refused, and nothing changes
    edit_cell(qtbot, panel.table, 0, 0, "01/01/2022 – 15/02/2022")
    assert (
        "Kỳ đọc, dòng 2: 01/02/2022 đến 28/02/2022 trùng với kỳ đọc 01/01/2022 đến 15/02/2022" in panel.message.text()
    )
    assert _a(ws).readings[0].end == "2022-01-31"
    # a block too wide for the table from the chosen cell
    _paste(qtbot, panel, "1\t2\t3\n", row=0, col=len(panel.columns) - 1)
    assert "3 columns wide" in panel.message.text() or "rộng 3 cột" in panel.message.text()
    # delete rows: one undo step puts them back
    last = panel.model.index(11, 0)
    panel.table.scrollTo(last)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(last).center())
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert _a(ws).readings[-1].start == "2022-11-01"
    assert len(_a(ws).readings) == 11
    ws.undo_stack.undo()
    assert len(_a(ws).readings) == 12


@pytest.mark.usefixtures("no_chart_draw")
def test_the_models_verdict_in_plain_words_and_the_choice_of_method(qtbot, tmp_path):
    ws, page, panel = _page(qtbot, tmp_path)
    ws.store.replace_assessment(with_monthly_readings(_a(ws)))
    ws.notify()
    mv = page.mv_panel
    mv.resource_combo.setCurrentIndex(mv.resource_combo.findData("electricity"))
    mv.show_resource()
    assert mv.verdict.text().startswith("Mô hình đạt: R² 1,00 ≥ 0,75; p của hệ số sản lượng 0,000 ≤ 0,10")
    assert "Phương pháp: hồi quy" in mv.method.text()
    assert mv.use_regression.isChecked() and mv.use_regression.isEnabled()
    from PySide6.QtCore import QPoint

    box = mv.use_regression
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))  # on the box itself
    assert _a(ws).settings.savings_methods == {"electricity": "ratio"}
    row = next(r for r in page.summary["resources"] if r["resource"] == "electricity")
    assert row["method"] == "ratio"
    assert "vì người dùng chọn phương pháp tỷ số" in mv.method.text()
    ws.undo_stack.undo()
    assert _a(ws).settings.savings_methods == {}
    assert mv.use_regression.isChecked()
    # a weak model: the verdict names the threshold it misses
    a = _a(ws)
    for r in a.readings:
        if r.period == "baseline":
            e = r.entry("electricity")
            r.consumption[0] = type(e)(
                e.resource, type(e.quantity)(150000 + (r.days % 3) * 4000 + (int(r.start[5:7]) % 4) * 3000, "kWh")
            )
    ws.store.replace_assessment(a)
    ws.notify()
    mv.resource_combo.setCurrentIndex(mv.resource_combo.findData("electricity"))
    mv.show_resource()
    assert mv.verdict.text().startswith("Mô hình chưa đạt: R² 0,")
    assert "< 0,75" in mv.verdict.text()
    assert not mv.use_regression.isEnabled()
    assert "Phương pháp: tỷ số suất tiêu hao, vì mô hình chưa đạt" in mv.method.text()


def test_the_charts_are_drawn(qtbot, tmp_path):
    ws, page, panel = _page(qtbot, tmp_path, "en")
    ws.store.replace_assessment(with_monthly_readings(_a(ws)))
    ws.notify()
    mv = page.mv_panel
    mv.scatter.flush()
    mv.cusum.flush()
    assert mv.scatter.figure is not None and mv.cusum.figure is not None
    scatter = mv.scatter.figure.axes[0]
    assert scatter.get_legend_handles_labels()[1] == ["Baseline", "Reporting", "Baseline model"]
    assert len(scatter.collections[0].get_offsets()) == 12
    assert mv.verdict.text().startswith("The model is valid: R² 1.00 ≥ 0.75")


@pytest.mark.usefixtures("no_chart_draw")
def test_a_sector_templates_layout_lays_out_the_table(qtbot, tmp_path):
    from test_pages_support import make_store

    from sxsh_desktop.gui.workspace import Workspace
    from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
    from sxsh_desktop.interchange.templates import load_templates, shipped_templates_dir

    templates, _ = load_templates([shipped_templates_dir()])
    seafood = next(t for t in templates if t.key == "seafood")
    store = make_store(tmp_path)
    aid = store.add_assessment(new_assessment_from_template(seafood, "Công ty Thủy sản Cà Mau", "en"))
    page = show(qtbot, MonitoringPage(Workspace(store, aid, "en")))
    page.left_tabs.setCurrentIndex(2)
    panel = page.readings_panel
    headers = [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(panel.model.columnCount())]
    assert headers == ["Month", "Production (t)", "Electricity (kWh)", "Water (m³)", "Ice (t)", "Cooling degree days"]
    assert panel.columns[4] == ("resource", "ice", "t")
    assert "Frozen product made in the month (t)" in panel.driver.text() and panel.driver.isVisible()
