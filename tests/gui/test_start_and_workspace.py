"""The shell driven as a consultant would: first run, the start list, a new assessment filled in on
the facility and process-step pages, the results strip, undo/redo, quit and restart, the language,
the flow chart, maintaining, import and backup in the background, the screenshot option."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the application

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from test_pages_support import edit_cell

from sxsh_desktop.domain.model import Consumption, Maintenance, Period
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.first_run import PROFILE_KEY, FirstRunDialog
from sxsh_desktop.gui.main_window import LAST_KEY, MainWindow
from sxsh_desktop.gui.task_state import DONE, IN_PROGRESS, NOT_STARTED, task_states
from sxsh_desktop.interchange.document import to_document
from sxsh_desktop.services import edits
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store
from sxsh_desktop.store.operations import Operation

SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"
TAPIOCA = Path(__file__).resolve().parents[1] / "data" / "tapioca-starch.json"


@pytest.fixture
def store(_private_data_dir):
    s = open_store(f"sqlite:///{_private_data_dir / 'gui.db'}")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    i18n.install("en")
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def type_into(qtbot, field, text: str) -> None:
    """Type into a Field as a user would and press Enter (which saves it). Vietnamese letters come
    in as an input method delivers them (QTest can only press ASCII keys)."""
    field.edit.setFocus()
    field.edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:
        field.edit.insert(text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def new_with_profile(window, store) -> str:
    store.set_meta(PROFILE_KEY, {"name": "Lê Văn An", "organisation": "VNCPC"})
    return window.new_assessment()


# -- start ---------------------------------------------------------------------------------------


def test_first_run_stores_the_consultant_and_opens_the_sample(qtbot, window, store):
    dialog = FirstRunDialog(window)
    dialog.name.setText("Lê Văn An")
    dialog.organisation.setText("Trung tâm SXSH")
    assert dialog.sample.isChecked()
    dialog.accept()
    window.first_run(dialog)
    assert store.get_meta(PROFILE_KEY) == {"name": "Lê Văn An", "organisation": "Trung tâm SXSH"}
    assert window.workspace is not None and window.workspace.assessment_id == SAMPLE_ID
    assert window.view.navigator.progress.value() == 16  # the sample has 16 of 18 tasks done
    new_id = window.new_assessment()
    assert store.get_assessment(new_id).consultant.name == "Lê Văn An"


def test_start_list_searches_duplicates_and_deletes_after_asking(qtbot, window, store, monkeypatch):
    load_sample(store)
    new_with_profile(window, store)
    window.show_start()
    start = window.start
    assert start.model.rowCount() == 2
    start.search.setText("nghệ an")
    assert start.proxy.rowCount() == 1
    start.search.setText("2025-02")  # the sample was last changed in February 2025
    assert start.proxy.rowCount() == 1
    start.search.setText("")
    assert start.proxy.rowCount() == 2

    start.reload(select=SAMPLE_ID)
    copy_id = start.duplicate_selected()
    assert start.model.rowCount() == 3
    assert store.get_assessment(copy_id).facility.name.endswith("(bản sao)")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not start.delete_selected()
    assert start.model.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert start.selected_id() == copy_id
    assert start.delete_selected()
    assert [r.id for r in store.list_assessments()].count(copy_id) == 0

    start.reload(select=SAMPLE_ID)
    qtbot.keyClick(start.table, Qt.Key.Key_Return)
    assert window.workspace.assessment_id == SAMPLE_ID


# -- the workspace -------------------------------------------------------------------------------


def test_new_assessment_filled_in_on_the_facility_and_team_page(qtbot, window, store):
    aid = new_with_profile(window, store)
    page = window.view.current_page
    assert type(page).__name__ == "FacilityPage"
    assert page.fields["consultant.name"].text() == "Lê Văn An"
    type_into(qtbot, page.fields["facility.name"], "Công ty CP Giấy Sông Lam")
    type_into(qtbot, page.fields["facility.province"], "Nghệ An")
    type_into(qtbot, page.fields["facility.design_capacity"], "12.000,5 tấn/năm")
    type_into(qtbot, page.fields["product.unit"], "tấn")
    a = store.get_assessment(aid)
    assert a.facility.name == "Công ty CP Giấy Sông Lam"
    assert a.facility.design_capacity == Quantity(12000.5, "tấn/năm")
    assert a.product.unit == "tấn"
    assert "Sông Lam" in window.windowTitle()

    assert store.get_assessment(aid).facility.province == "Nghệ An"
    province = page.fields["facility.province"]
    assert province.hint.isHidden()  # a current unit: nothing to add
    # typed without accents, a former unit: kept (spelt as the data spell it) and shown with the current one
    type_into(qtbot, province, "tinh vinh phuc")
    assert store.get_assessment(aid).facility.province == "Vĩnh Phúc"
    assert province.hint.text() == "Vĩnh Phúc → Phú Thọ since 1/7/2025" and not province.hint.isHidden()
    type_into(qtbot, province, "Tỉnh Bạc Liêu")  # the prefix is not part of the name shown
    assert store.get_assessment(aid).facility.province == "Bạc Liêu"
    assert province.hint.text() == "Bạc Liêu → Cà Mau since 1/7/2025"
    # chosen from the list
    province.combo.setFocus()
    province.combo.setCurrentIndex(province.combo.findText("Cà Mau"))
    province.combo.activated.emit(province.combo.currentIndex())
    assert store.get_assessment(aid).facility.province == "Cà Mau"
    assert province.combo.count() == 34 + 1 + 29  # the units, a separator, the former ones
    type_into(qtbot, province, "Atlantis")
    assert store.get_assessment(aid).facility.province == "Atlantis"  # kept as typed, said so
    assert "Not one of the 34" in province.hint.text()

    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page.team_table, 0, 0, "Trần Thị Bình")
    edit_cell(qtbot, page.team_table, 0, 2, "Trưởng nhóm")
    assert store.get_assessment(aid).team[0].name == "Trần Thị Bình"
    assert store.get_assessment(aid).team[0].role == "Trưởng nhóm"
    assert window.view.navigator.model.states()[1] == IN_PROGRESS


def test_an_invalid_entry_gets_its_message_and_loses_nothing(qtbot, window, store):
    aid = new_with_profile(window, store)
    page = window.view.current_page
    type_into(qtbot, page.fields["facility.tax_code"], "2901234567")
    before = store.get_assessment(aid)
    tax = page.fields["facility.tax_code"]
    type_into(qtbot, tax, "12345")
    assert tax.invalid and "tax code" in tax.error.text()
    assert "“12345”" in tax.error.text()  # what was typed is kept in the message
    assert tax.text() == "2901234567"  # the field shows what is stored
    assert store.get_assessment(aid).facility.tax_code == "2901234567"
    qtbot.keyClick(tax.edit, Qt.Key.Key_Escape)
    assert not tax.invalid and tax.text() == "2901234567"

    employees = page.fields["facility.employees"]
    type_into(qtbot, employees, "12,5")
    assert employees.invalid and "whole number" in employees.error.text()
    capacity = page.fields["product.unit"]
    type_into(qtbot, capacity, "kWh/bao")
    assert capacity.invalid
    after = store.get_assessment(aid)
    assert (after.facility, after.product) == (before.facility, before.product)
    assert window.workspace.undo_stack.count() == 1  # only the valid tax code was pushed


def test_process_steps_order_units_and_focus_matrix(qtbot, window, store):
    aid = new_with_profile(window, store)
    store.set_product(aid, "Giấy", "t")
    window.view.show_task(2)
    page = window.view.current_page
    assert type(page).__name__ == "ProcessStepsPage"
    qtbot.mouseClick(page.add_step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_step_button, Qt.MouseButton.LeftButton)
    first, second = (s.id for s in sorted(store.get_assessment(aid).process_steps, key=lambda s: s.order))
    model = page.steps_model
    edit_cell(qtbot, page.steps_table, 0, 1, "Nghiền bột")
    edit_cell(qtbot, page.steps_table, 1, 1, "Xeo giấy")
    assert [store.get_assessment(aid).step(i).name for i in (first, second)] == ["Nghiền bột", "Xeo giấy"]
    edit_cell(qtbot, page.steps_table, 1, 3, "12,5 tấn")
    assert store.get_assessment(aid).step(second).basis == Quantity(12.5, "tấn")
    edit_cell(qtbot, page.steps_table, 1, 3, "5 kWh")  # not in units of the product
    assert page.steps_error.isVisible() and "kWh" in page.steps_error.text()
    assert store.get_assessment(aid).step(second).basis == Quantity(12.5, "tấn")
    assert model.index(1, 3).data() == "12.5 tấn"  # the cell shows what is stored (in English)

    page.steps_table.setCurrentIndex(model.index(1, 1))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in sorted(store.get_assessment(aid).process_steps, key=lambda s: s.order)] == [second, first]

    scores = page.scores_model
    assert scores.setData(scores.index(1, 1), "5")  # row 1 is now the first step
    assert not scores.setData(scores.index(1, 2), "7")
    assert "0 to 5" in page.focus_error.text()
    assert page.best_step() == first
    matrix = store.get_assessment(aid).focus_matrix
    assert matrix is not None and matrix.scores == {first: {"waste_cost": 5}}
    assert [c.id for c in matrix.criteria][:2] == ["waste_cost", "consumption"]
    assert "focus_matrix" not in store.get_assessment(aid).extra
    assert page.make_focus.isEnabled()
    qtbot.mouseClick(page.make_focus, Qt.MouseButton.LeftButton)
    assert store.get_assessment(aid).step(first).focus
    assert not page.make_focus.isEnabled()  # it is the focus now
    assert window.view.navigator.model.states()[3] == IN_PROGRESS
    window.undo_action.trigger()
    assert not store.get_assessment(aid).step(first).focus


def test_results_strip_follows_baseline_and_reporting_data(qtbot, window, store):
    aid = new_with_profile(window, store)
    ws = window.workspace
    strip = window.view.strip
    store.set_product(aid, "Giấy", "t")
    ws.notify()
    strip.refresh_now()
    assert "Target: no reporting period" in strip.band_chip.text()

    def put(key, start, end, production, electricity):
        period = Operation("set_period", (aid, key, Period(start, end, Quantity(production, "t"))))
        ws.run(edits.operations(store, "period", [period]))
        ws.run(
            edits.operations(
                store,
                "electricity",
                [Operation("add_consumption", (aid, Consumption("electricity", key, electricity)))],
            )
        )

    put("baseline", "2023-01-01", "2023-12-31", 1000, Quantity(500, "MWh"))
    put("reporting", "2024-01-01", "2024-12-31", 1000, Quantity(480000, "kWh"))
    strip.refresh_now()
    assert "Electricity" in strip.resources_label.text() and "500" in strip.resources_label.text()
    # the reporting period ends in 2024: 889/QĐ-TTg's 5–8 % band of 2021–2025 is in force, and 4 % is under it
    assert "5–8 % (889/QĐ-TTg, 2021–2025): not met" in strip.band_chip.text()
    assert "ends in 2024" in strip.band_chip.toolTip()
    index = store.get_assessment(aid).consumption.index(
        next(c for c in store.get_assessment(aid).consumption if c.period == "reporting")
    )
    less = Consumption("electricity", "reporting", Quantity(440, "MWh"))
    ws.run(edits.operations(store, "less", [Operation("update_consumption", (aid, index, less))]))
    qtbot.waitUntil(lambda: "12.0" in strip.energy_label.text())
    assert ": met" in strip.band_chip.text()  # 12 % now
    assert "12.0" in strip.energy_label.text()


def test_undo_and_redo_of_edits_and_task_states(qtbot, window, store):
    aid = new_with_profile(window, store)
    page = window.view.current_page
    type_into(qtbot, page.fields["facility.name"], "Nhà máy A")
    type_into(qtbot, page.fields["facility.name"], "Nhà máy B")
    nav = window.view.navigator
    nav.model.setData(nav.model.task_index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert task_states(store.get_assessment(aid))[1] == DONE
    assert nav.progress.value() == 1

    nav.tree.setFocus()
    qtbot.keyClick(nav.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert task_states(store.get_assessment(aid))[1] == NOT_STARTED
    assert nav.progress.value() == 0
    window.undo_action.trigger()
    assert store.get_assessment(aid).facility.name == "Nhà máy A"
    assert page.fields["facility.name"].text() == "Nhà máy A"
    qtbot.keyClick(nav.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.get_assessment(aid).facility.name == "Nhà máy B"
    window.redo_action.trigger()
    assert task_states(store.get_assessment(aid))[1] == DONE


def test_quit_and_restart_finds_everything(qtbot, store, _private_data_dir):
    i18n.install("en")
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.show()
    aid = new_with_profile(w, store)
    type_into(qtbot, w.view.current_page.fields["facility.name"], "Xưởng dệt Phú Thọ")
    w.view.show_task(3)
    notes = w.view.current_page.focus_notes
    notes.setFocus()
    notes.insertPlainText("Nhuộm tốn nhiều nước nhất")
    w.close()  # the note being typed is saved as the window closes
    store.close()

    again = open_store(f"sqlite:///{_private_data_dir / 'gui.db'}")
    try:
        w2 = MainWindow(again, "en")
        qtbot.addWidget(w2)
        assert w2.restore_last()
        assert w2.workspace.assessment_id == aid and w2.view.current_task == 3
        a = again.get_assessment(aid)
        assert a.facility.name == "Xưởng dệt Phú Thọ"
        assert next(t.notes for t in a.tasks if t.task == 3) == "Nhuộm tốn nhiều nước nhất"
        assert again.get_meta(LAST_KEY)["open"] is True
        w2.close()
    finally:
        again.close()


def test_language_switch_keeps_the_assessment_and_page(qtbot, store):
    load_sample(store)
    i18n.install("vi")
    w = MainWindow(store, "vi")
    qtbot.addWidget(w)
    w.show()
    w.open_assessment(SAMPLE_ID, 3)
    nav = w.view.navigator.model
    assert nav.index(0, 0).data() == "1. Khởi động"
    title_vi = w.view.current_page.title()
    w.set_language("en")
    assert w.workspace.assessment_id == SAMPLE_ID and w.view.current_task == 3
    assert w.view.navigator.model.index(0, 0).data() == "1. Getting started"
    assert w.view.current_page.title() == "Process steps and the audit focus"
    assert title_vi != "Process steps and the audit focus"  # the Vietnamese catalogue was in use
    assert store.get_meta(i18n.META_KEY) == "en"
    assert w.menuBar().actions()[0].text() == "&File"
    w.set_language("vi")
    assert w.menuBar().actions()[0].text() != "&File"
    i18n.install("en")
    w.close()


def test_flow_chart_is_drawn_from_the_data_and_exported(qtbot, window, store, tmp_path):
    load_sample(store)
    window.open_assessment(SAMPLE_ID, 4)
    page = window.view.current_page
    assert type(page).__name__ == "FlowchartPage"
    texts = [i.text() for i in page.scene.items() if hasattr(i, "text") and callable(i.text)]
    assert any("Malt: 1.6 t" in t for t in texts)
    out = page.export_png(str(tmp_path / "chart.png"))
    image = QImage(str(out))
    assert image.width() > 1000 and image.height() > 1000
    page.focus_only.setChecked(True)
    assert page.scene.sceneRect().height() < image.height() / 2


def test_maintaining_keeps_measures_next_focus_and_date(qtbot, window, store):
    load_sample(store)
    window.open_assessment(SAMPLE_ID, 17)
    page = window.view.current_page
    assert type(page).__name__ == "MaintainingPage"
    page.measures["training"].setChecked(True)
    page.next_focus.setCurrentIndex(page.next_focus.findData("fermentation"))
    page.next_focus.activated.emit(page.next_focus.currentIndex())
    type_into(qtbot, page.review_date, "31/13/2025")
    assert page.review_date.invalid
    type_into(qtbot, page.review_date, "2025-12-31")
    a = store.get_assessment(SAMPLE_ID)
    assert a.maintenance == Maintenance(["training"], "fermentation", "2025-12-31")
    assert "maintenance" not in a.extra
    assert to_document(a)["maintenance"] == {
        "measures": ["training"],
        "next_focus": "fermentation",
        "review_date": "2025-12-31",
    }
    window.undo_action.trigger()
    assert store.get_assessment(SAMPLE_ID).maintenance == Maintenance(["training"], "fermentation", None)


def test_import_and_backup_run_in_the_background(qtbot, window, store):
    window.import_document(str(TAPIOCA))
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert window.workspace.assessment.facility.name.startswith("Nhà máy Tinh bột sắn")
    window.backup_now()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=10000)
    assert list((store.sqlite_path.parent / "backups").glob("*.db"))


def test_screenshot_option_writes_a_png(qtbot, store, tmp_path, _private_data_dir):
    from sxsh_desktop.gui.app import main

    load_sample(store)
    out = tmp_path / "shot.png"
    rc = main(
        [
            "--db",
            f"sqlite:///{_private_data_dir / 'gui.db'}",
            "--open",
            SAMPLE_ID,
            "--page",
            "2",
            "--lang",
            "en",
            "--screenshot",
            str(out),
        ]
    )
    assert rc == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    i18n.install("en")


def test_the_type_of_assessment_is_chosen_on_the_facility_page_and_undone(qtbot, tmp_path):
    from sxsh_desktop.gui.pages.facility import FacilityPage
    from sxsh_desktop.gui.workspace import Workspace
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 'type.db'}")
    aid = load_sample(store).assessment_id
    ws = Workspace(store, aid, "vi")
    page = FacilityPage(ws)
    qtbot.addWidget(page)
    page.show()
    assert page.assessment_type.currentData() == "detailed"
    page.assessment_type.setCurrentIndex(page.assessment_type.findData("rapid"))
    page.assessment_type.activated.emit(page.assessment_type.currentIndex())
    assert store.get_assessment(aid).assessment_type == "rapid"
    ws.undo_stack.undo()
    assert store.get_assessment(aid).assessment_type == "detailed"
    assert page.assessment_type.currentData() == "detailed"


def test_the_warnings_badge_counts_a_balance_off_its_tolerance(qtbot, window, store):
    import dataclasses

    load_sample(store)
    window.open_assessment(SAMPLE_ID)
    strip = window.view.strip
    strip.refresh_now()
    before = len(strip.summary["warnings"])
    a = store.get_assessment(SAMPLE_ID)
    milling = a.step("milling")
    product = next(f for f in milling.flows if f.kind == "product")  # 2.13 t of grist out of 2.15 t in
    store.update_flow(SAMPLE_ID, "milling", product.id, dataclasses.replace(product, quantity=Quantity(1.5, "t")))
    window.workspace.notify()
    strip.refresh_now()
    # (2.15 − 1.52) / 2.15 = 29.3 % off: one more warning, named in the badge's tooltip
    assert len(strip.summary["warnings"]) == before + 1
    assert "mass balance is off by 29.3 %" in strip.warnings_chip.toolTip()


def test_open_takes_a_unique_prefix_of_the_id(qtbot, store, tmp_path, _private_data_dir, capsys):
    from sxsh_desktop.gui.app import main

    load_sample(store)
    store.duplicate_assessment(SAMPLE_ID)
    db = f"sqlite:///{_private_data_dir / 'gui.db'}"
    out = tmp_path / "prefix.png"
    assert main(["--db", db, "--open", SAMPLE_ID[:8], "--page", "5", "--lang", "en", "--screenshot", str(out)]) == 0
    assert out.exists()
    assert main(["--db", db, "--open", "", "--lang", "en", "--screenshot", str(out)]) == 0  # empty: nothing asked
    rc = main(["--db", db, "--open", "zz", "--lang", "en", "--screenshot", str(out)])
    assert rc == 2 and "sxsh-desktop: --open: no assessment 'zz' in the store" in capsys.readouterr().err
    i18n.install("en")


def test_an_ambiguous_prefix_is_refused():
    from types import SimpleNamespace

    from sxsh_desktop.gui.app import resolve_id

    store = SimpleNamespace(list_assessments=lambda: [SimpleNamespace(id="ab12"), SimpleNamespace(id="ab34")])
    assert resolve_id(store, "ab3") == "ab34"
    with pytest.raises(LookupError, match="'ab' matches 2 assessments; give more of the id"):
        resolve_id(store, "ab")
