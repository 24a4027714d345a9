"""Controls driven the way a user drives them, that no other test clicked: the identity page's two Browse
buttons (the file dialog replaced at its call), the readings panel's Add month, and deleting a metered
reading with its button then undoing it from the Edit menu (it comes back in its place)."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QWizard
from test_pages_support import no_chart_draw  # noqa: F401

from sxsh_desktop.gui import i18n


def _click(qtbot, widget):
    """Scroll the widget into view when it is in a scrolled page, then click its middle."""
    from PySide6.QtWidgets import QScrollArea

    p = widget.parentWidget()
    while p is not None and not isinstance(p, QScrollArea):
        p = p.parentWidget()
    if p is not None:
        p.ensureWidgetVisible(widget)
    if isinstance(widget, QRadioButton):  # on its circle: a wide radio button takes clicks on its text alone
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_identity_pages_browse_buttons(qtbot, tmp_path, monkeypatch, _private_data_dir):
    from sxsh_desktop.gui import identity_page
    from sxsh_desktop.gui.first_run import FirstRunDialog
    from sxsh_desktop.signing.identity import new_identity

    p12 = tmp_path / "an.p12"
    new_identity("Lê Văn An", "VNCPC", p12, b"mat-khau-dai-123")
    library = tmp_path / "libsofthsm2.so"
    library.write_bytes(b"\x7fELF")
    asked = []

    def file_dialog(parent, title, start, pattern):
        asked.append((title, pattern))
        return (str(p12) if "p12" in pattern else str(library)), ""

    monkeypatch.setattr(identity_page.QFileDialog, "getOpenFileName", staticmethod(file_dialog))
    i18n.install("en")
    wizard = FirstRunDialog(None, language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.identity_page
    while wizard.currentPage() is not page:  # Next, as the user goes
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    _click(qtbot, page.import_)
    assert page.import_.isChecked() and page.browse.isEnabled()
    _click(qtbot, page.browse)
    assert page.file.text() == str(p12)
    assert asked[-1][0] == "Identity file"

    _click(qtbot, page.token)
    assert page.token.isChecked() and page.library_browse.isEnabled()
    _click(qtbot, page.library_browse)
    assert page.library.currentText() == str(library)
    assert asked[-1][0] == "The token's PKCS#11 library"
    wizard.close()


@pytest.mark.usefixtures("no_chart_draw")
def test_add_a_month_with_its_button(qtbot, tmp_path):
    from test_pages_support import sample_workspace, show

    from sxsh_desktop.gui.pages.monitoring import MonitoringPage

    i18n.install("en")
    ws = sample_workspace(tmp_path, "en")
    page = show(qtbot, MonitoringPage(ws))
    page.left_tabs.setCurrentWidget(page.readings_panel)
    panel = page.readings_panel
    assert panel.add_button.isEnabled()
    before = [r for r in ws.store.get_assessment(ws.assessment_id).readings if r.period == panel.period]
    _click(qtbot, panel.add_button)
    after = [r for r in ws.store.get_assessment(ws.assessment_id).readings if r.period == panel.period]
    assert len(after) == len(before) + 1
    period = ws.store.get_assessment(ws.assessment_id).period(panel.period)
    assert after[-1].start == (period.start if not before else after[-1].start)
    assert ws.undo_stack.undoText() == "Add a month"


@pytest.mark.usefixtures("no_chart_draw")
def test_delete_a_reading_by_its_button_then_undo_from_the_menu(qtbot, _private_data_dir):
    from sxsh_desktop.gui.main_window import MainWindow
    from sxsh_desktop.gui.pages.monitoring import C_RESOURCE
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{_private_data_dir / 'delete.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    aid = load_sample(store).assessment_id
    i18n.install("en")
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_assessment(aid, 16)
    page = window.view.current_page
    table = page.consumption_table
    before = store.get_assessment(aid).consumption
    index = table.model().index(2, C_RESOURCE)  # the third reading
    table.scrollTo(index)
    _click_cell = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_click_cell)
    assert table.currentIndex().row() == 2
    _click(qtbot, page.delete_consumption_button)
    after = store.get_assessment(aid).consumption
    assert after == before[:2] + before[3:]
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Delete reading"
    window.undo_action.trigger()
    assert store.get_assessment(aid).consumption == before  # back in its place, not at the end
    window.close()
    store.close()
