"""A refused entry never stays on screen: typed into the real editors key by key, each bad value is
explained beside its field in the screen's language (naming the field and what was typed) and the field
shows what is stored again; nothing stored changes."""

from __future__ import annotations

import pytest
from gui_support import type_text
from PySide6.QtCore import Qt
from test_pages_support import fresh_workspace, no_chart_draw, show  # noqa: F401

from sxsh_desktop.gui import i18n


def _type(qtbot, edit, text):
    """Click into the field, select what is there, type `text` key by key and press Enter."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.usefixtures("no_chart_draw")
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_negative_production_for_a_new_period(qtbot, tmp_path, lang):
    from sxsh_desktop.gui.pages.monitoring import MonitoringPage

    i18n.install(lang)
    ws = fresh_workspace(tmp_path, lang)
    page = show(qtbot, MonitoringPage(ws))
    start, end, production = page.period_fields["baseline"]
    _type(qtbot, start, "01/01/2023" if lang == "vi" else "2023-01-01")
    _type(qtbot, end, "31/12/2023" if lang == "vi" else "2023-12-31")
    _type(qtbot, production.edit, "-5.000 hL" if lang == "vi" else "-5,000 hL")
    message = page.period_message.text() + production.message.text()
    assert page.period_message.isVisible() or production.message.isVisible()
    if lang == "vi":  # the field by its display name, what was typed quoted
        assert "Sản lượng kỳ cơ sở" in message and "“-5.000 hL”" in message, message
    else:
        assert "Baseline production" in message and "“-5,000 hL”" in message, message
    assert production.edit.text() == ""
    assert ws.store.get_assessment(ws.assessment_id).baseline is None


@pytest.mark.usefixtures("no_chart_draw")
def test_a_date_that_is_not_one(qtbot, tmp_path):
    from test_pages_support import sample_workspace

    from sxsh_desktop.gui.pages.monitoring import MonitoringPage

    i18n.install("vi")
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, MonitoringPage(ws))
    start, _end, _production = page.period_fields["reporting"]
    before = ws.store.get_assessment(ws.assessment_id).reporting
    _type(qtbot, start, "31/13/2024")
    assert page.period_message.isVisible()
    assert "31/13/2024" in page.period_message.text() and "Kỳ báo cáo" in page.period_message.text()
    assert start.text() == "01/01/2024"
    assert ws.store.get_assessment(ws.assessment_id).reporting == before
    # a start after the end: refused by the store, the start put back
    _type(qtbot, start, "01/01/2025")
    assert "01/01/2025" in page.period_message.text()
    assert start.text() == "01/01/2024"
    assert ws.store.get_assessment(ws.assessment_id).reporting == before
    # a good entry clears the message
    _type(qtbot, start, "01/02/2024")
    assert not page.period_message.isVisible()
    assert ws.store.get_assessment(ws.assessment_id).reporting.start == "2024-02-01"


def test_the_option_fields(qtbot, tmp_path):
    from test_pages_support import sample_workspace

    from sxsh_desktop.gui.pages.options import OptionsPage

    i18n.install("vi")
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, OptionsPage(ws))
    page.select_option("O2")
    before = ws.store.get_assessment(ws.assessment_id)
    shown = page.investment_edit.edit.text(), page.lifetime_edit.text(), page.rate_edit.text()

    _type(qtbot, page.investment_edit.edit, "12 kg")
    assert page.investment_edit.message.isVisible() and "“12 kg”" in page.investment_edit.message.text()
    assert page.investment_edit.edit.text() == shown[0]

    _type(qtbot, page.investment_edit.edit, "5.000.000 VND/năm")  # a sum per year: the store refuses it
    assert "“5.000.000 VND/năm”" in page.investment_edit.message.text()
    assert page.investment_edit.edit.text() == shown[0]

    _type(qtbot, page.lifetime_edit, "-2")
    assert page.lifetime_message.isVisible() and "“-2”" in page.lifetime_message.text()
    assert page.lifetime_edit.text() == shown[1]

    _type(qtbot, page.rate_edit, "150 %")
    assert page.rate_message.isVisible() and "“150 %”" in page.rate_message.text()
    assert page.rate_edit.text() == shown[2]

    after = ws.store.get_assessment(ws.assessment_id)
    assert after.options == before.options and after.settings == before.settings
    assert ws.undo_stack.count() == 0


def test_the_balance_basis(qtbot, tmp_path):
    from sxsh_desktop.gui.pages.balance import BalancePage

    i18n.install("en")
    ws = fresh_workspace(tmp_path, "en")
    page = show(qtbot, BalancePage(ws))
    shown = page.basis_edit.edit.text()
    _type(qtbot, page.basis_edit.edit, "5 kWh")
    assert page.basis_edit.message.isVisible() and "“5 kWh”" in page.basis_edit.message.text()
    assert page.basis_edit.edit.text() == shown
    _type(qtbot, page.basis_edit.edit, "-5 hL")
    assert "“-5 hL”" in page.basis_edit.message.text()
    assert page.basis_edit.edit.text() == shown
    assert ws.store.get_assessment(ws.assessment_id).step("cook").basis.value == 100


def test_a_facility_field(qtbot, tmp_path):
    from test_pages_support import sample_workspace

    from sxsh_desktop.gui.pages.facility import FacilityPage

    i18n.install("vi")
    ws = sample_workspace(tmp_path, "vi")
    page = show(qtbot, FacilityPage(ws))
    employees = page.fields["facility.employees"]
    shown = employees.text()
    _type(qtbot, employees.edit, "12,5")
    assert employees.invalid and "“12,5”" in employees.error.text()
    assert employees.text() == shown
    qtbot.keyClick(employees.edit, Qt.Key.Key_Tab)  # leaving the field keeps the message
    assert employees.invalid
    assert ws.store.get_assessment(ws.assessment_id).facility.employees == 185
