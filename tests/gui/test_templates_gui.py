"""Sector templates in the GUI: the "new assessment" dialog (every shipped template, its preview with
the norms or the plain statement that none is known, a malformed user template listed with its
reason while the others still work, the facility name required, creating from a template), and
the benchmark on the results strip and on the monitoring page (the steel sub-process, undoable)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the application

from PySide6.QtCore import Qt

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.first_run import PROFILE_KEY
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.new_assessment_dialog import KEY_ROLE, NewAssessmentDialog
from sxsh_desktop.gui.pages.monitoring import MonitoringPage
from sxsh_desktop.interchange.templates import find_template, load_templates, shipped_templates_dir
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store

SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"
SHIPPED = sorted(p.stem for p in shipped_templates_dir().glob("*.toml"))


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.install("en")  # the next test file starts with the source language


@pytest.fixture
def store(_private_data_dir):
    s = open_store(f"sqlite:///{_private_data_dir / 'gui.db'}")
    s.set_meta(PROFILE_KEY, {"name": "Lê Văn An", "organisation": "VNCPC"})
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    i18n.install("en")
    w = MainWindow(store, "en", remember=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def dialog_for(qtbot, language: str = "en", parent=None) -> NewAssessmentDialog:
    d = NewAssessmentDialog(language, parent)
    if parent is None:
        qtbot.addWidget(d)
    return d


def keys(d: NewAssessmentDialog) -> list:
    return [d.model.index(i).data(KEY_ROLE) for i in range(d.model.rowCount())]


def preview_text(d: NewAssessmentDialog) -> str:
    return d.preview.toPlainText()


def write_user_template(data_dir: Path, name: str, text: str) -> Path:
    folder = data_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the dialog ------------------------------------------------------------------------------------


def test_dialog_lists_blank_and_every_shipped_template(qtbot):
    i18n.install("en")
    d = dialog_for(qtbot)
    assert len(SHIPPED) >= 7
    assert keys(d)[0] == ""  # the blank assessment first, chosen by default
    assert sorted(keys(d)[1:]) == SHIPPED
    assert d.template() is None
    assert "Blank assessment" in preview_text(d)
    beer = d.model.index(keys(d).index("beer"))
    assert beer.data().splitlines() == ["Beer brewing", "Manufacture of malt liquors and malt · VSIC 1103"]
    general = d.model.index(keys(d).index("general")).data()
    assert "VSIC" not in general  # the general template names no VSIC code


def test_template_names_in_the_current_language(qtbot):
    i18n.install("vi")
    d = dialog_for(qtbot, "vi")
    beer = d.model.index(keys(d).index("beer")).data()
    assert beer.startswith("Sản xuất bia\n")
    d.select("beer")
    assert "Định mức tiêu hao năng lượng" in preview_text(d)
    assert "Dưới 20 triệu lít/năm" in preview_text(d)


def test_preview_shows_the_norms_of_beer_and_the_no_norm_statement_of_seafood(qtbot):
    i18n.install("en")
    d = dialog_for(qtbot)
    assert d.select("beer")
    text = preview_text(d)
    assert "Finished beer (hL)" in text
    assert "Beer production (MJ/hL)" in text
    for figure in ("Below 20 million L/year", "306", "286", "Above 100 million L/year", "129"):
        assert figure in text
    assert "Thông tư 19/2016/TT-BCT" in text and "official document" in text
    assert "Campden BRI" in text and "secondary source" in text  # best practice, with its source
    beer = find_template("beer")
    assert f"Process steps ({len(beer.steps)})" in text
    assert "Malt and rice milling" in text and "In: Malt, Rice (adjunct), Mill electricity" in text
    assert f"Typical options\n{len(beer.options)}\n" in text

    assert d.select("seafood")
    text = preview_text(d)
    assert find_template("seafood").norms_note.en in text
    assert "Capacity class" not in text and "MJ/" not in text  # no made-up norm
    assert d.template().key == "seafood"


def test_a_malformed_user_template_is_listed_with_its_reason_and_the_others_still_work(
    qtbot, window, store, _private_data_dir
):
    write_user_template(_private_data_dir, "broken.toml", 'key = "cement"\nname = { vi = "Xi măng" \n')
    write_user_template(
        _private_data_dir, "cement.toml", 'format = "sxsh-assessment-template"\nformat_version = 1\nkey = "cement"\n'
    )
    mine = (
        (shipped_templates_dir() / "beer.toml")
        .read_text(encoding="utf-8")
        .replace(
            'key = "beer"\nname = { vi = "Sản xuất bia", en = "Beer brewing" }',
            'key = "beer_hanoi"\nname = { vi = "Bia (mẫu của Sở Hà Nội)", en = "Beer (Hanoi DoIT template)" }',
        )
    )
    write_user_template(_private_data_dir, "beer_hanoi.toml", mine)
    d = dialog_for(qtbot, parent=window)
    rows = [d.model.index(i) for i in range(d.model.rowCount())]
    errors = [i for i in rows if i.data(KEY_ROLE) is None]
    assert len(errors) == 2
    texts = "\n".join(i.data() for i in errors)
    assert "broken.toml — cannot be used" in texts and "is not valid TOML" in texts
    assert "cement.toml — cannot be used" in texts and "is missing" in texts
    for i in errors:  # greyed and not selectable
        assert not (i.flags() & Qt.ItemFlag.ItemIsSelectable) and not (i.flags() & Qt.ItemFlag.ItemIsEnabled)
        assert "cannot be used" in i.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 template files cannot be used" in d.errors_label.text() and d.errors_label.isVisibleTo(d)
    d.list.setCurrentIndex(errors[0])
    assert d.template() is None or d.template().key != "cement"
    assert sorted(k for k in keys(d) if k) == sorted([*SHIPPED, "beer_hanoi"])  # the others are all there
    assert "your template" in d.model.index(keys(d).index("beer_hanoi")).data()
    d.select("beer_hanoi")
    assert "Your template: " in preview_text(d) and "beer_hanoi.toml" in preview_text(d)

    d.name.setText("Công ty CP Bia Sông Lam")
    assert d.select("beer")
    d.accept()
    new_id = window.ask_new_assessment(d)
    assert new_id is not None and store.get_assessment(new_id).template == "beer"


def test_the_facility_name_is_required(qtbot):
    i18n.install("en")
    d = dialog_for(qtbot)
    d.show()
    d.select("beer")
    assert not d.name_message.isVisible()  # not scolded before trying
    d.accept()
    assert d.result() != NewAssessmentDialog.DialogCode.Accepted
    assert d.name_message.isVisible() and "Enter the facility's name" in d.name_message.text()
    d.name.setText("   ")
    d.accept()
    assert d.result() != NewAssessmentDialog.DialogCode.Accepted
    qtbot.keyClicks(d.name, "Bia Song Lam")  # QTest presses ASCII keys only
    assert not d.name_message.isVisible()
    d.accept()
    assert d.result() == NewAssessmentDialog.DialogCode.Accepted
    assert d.facility_name() == "Bia Song Lam"


def test_creating_from_the_beer_template_opens_it_with_its_steps(qtbot, window, store):
    beer = find_template("beer")
    d = dialog_for(qtbot, parent=window)
    d.name.setText("  Công ty CP Bia Sông Lam ")
    d.select("beer")
    d.accept()
    new_id = window.ask_new_assessment(d)
    assert window.workspace is not None and window.workspace.assessment_id == new_id
    a = window.workspace.assessment
    assert a.template == "beer" and a.facility.name == "Công ty CP Bia Sông Lam"
    assert a.language == "en" and a.product.unit == "hL"
    assert [s.name for s in a.process_steps] == [s.name.en for s in beer.steps]
    assert len(a.options) == len(beer.options)
    assert (a.consultant.name, a.consultant.organisation) == ("Lê Văn An", "VNCPC")  # from the profile
    assert [r.id for r in store.list_assessments()] == [new_id]
    # the template is in the exported document too
    from sxsh_desktop.interchange.document import to_document

    assert to_document(store.get_assessment(new_id))["template"] == "beer"
    # the placeholder baseline gives no comparison yet: the strip says so, without a verdict
    window.view.strip.refresh_now()
    chip = window.view.strip.norm_chip
    assert chip.isVisibleTo(window) and "no data yet" in chip.text()


def test_the_new_button_asks_then_makes_a_blank_or_nothing(qtbot, window, store, monkeypatch):
    answers = iter([("Cơ sở trống", ""), None])

    def exec_(d):
        answer = next(answers)
        if answer is None:
            d.reject()
        else:
            d.name.setText(answer[0])
            d.select(answer[1])
            d.accept()
        return d.result()

    monkeypatch.setattr(NewAssessmentDialog, "exec", exec_)
    window.show_start()
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    a = window.workspace.assessment
    assert a.facility.name == "Cơ sở trống" and a.template is None and a.process_steps == []
    assert a.consultant.name == "Lê Văn An"
    window.show_start()
    window.new_action.trigger()  # cancelled: nothing made
    assert len(store.list_assessments()) == 1


# -- the benchmark ------------------------------------------------------------------------------------


def test_the_strip_shows_the_norm_of_the_sample_brewery(qtbot, window, store):
    load_sample(store)
    assert store.get_assessment(SAMPLE_ID).template == "beer"
    window.open_assessment(SAMPLE_ID, 1)
    strip = window.view.strip
    strip.refresh_now()
    chip = strip.norm_chip
    assert chip.isVisibleTo(window)
    assert chip.text() == "Norm: 286 MJ/hL — exceeded by 19 %"  # 340 MJ/hL in 2024, class below 20 million L
    tip = chip.toolTip()
    for words in (
        "Below 20 million L/year",
        "period 2021–2025",
        "Thông tư 19/2016/TT-BCT",
        "340 MJ/hL",
        "reporting period, 2024",
    ):
        assert words in tip
    assert strip.benchmark.status == "ok" and strip.benchmark.current.period == "reporting"


def test_the_strip_in_vietnamese(qtbot, store):
    i18n.install("vi")
    load_sample(store)
    w = MainWindow(store, "vi", remember=False)
    qtbot.addWidget(w)
    w.open_assessment(SAMPLE_ID, 1)
    w.view.strip.refresh_now()
    assert w.view.strip.norm_chip.text() == "Định mức: 286 MJ/hL — vượt 19 %"
    assert "Dưới 20 triệu lít/năm" in w.view.strip.norm_chip.toolTip()
    w.close()


@pytest.mark.parametrize("template", ["seafood", "general", None])
def test_the_strip_shows_nothing_without_a_norm(qtbot, window, store, template):
    t = find_template(template) if template else None
    window.new_assessment("Cơ sở thử", t)
    strip = window.view.strip
    strip.refresh_now()
    assert not strip.norm_chip.isVisibleTo(window) and strip.norm_chip.text() == ""
    assert strip.benchmark.status == ("no_norms" if template else "no_template")


def test_the_monitoring_page_compares_the_sample_with_its_norm(qtbot, store):
    from sxsh_desktop.gui.workspace import Workspace

    i18n.install("en")
    load_sample(store)
    page = MonitoringPage(Workspace(store, SAMPLE_ID, "en"))
    qtbot.addWidget(page)
    page.show()
    page.show_benchmark()
    text = page.benchmark_text.toPlainText()
    assert "Beer production" in text
    assert "Baseline period 2022" in text and "384" in text and "exceeded by 34.3 %" in text
    assert "Reporting period 2024" in text and "340" in text and "exceeded by 19.0 %" in text
    assert "capacity class “Below 20 million L/year”, norm period 2021–2025" in text
    assert "Energy best practice (Campden BRI 2012): 141 MJ/hL" in text
    assert "not this facility's size" in text  # 125,000 hL/year is below the survey's 0.5 million
    assert "Norm: Thông tư 19/2016/TT-BCT" in text and "(official document)" in text
    assert page.right_tabs.tabText(1).endswith("⚠")
    assert page.process_combo.isHidden()  # one norm set: nothing to choose


def test_the_monitoring_page_gives_the_reason_when_no_norm_is_known(qtbot, window, store):
    window.new_assessment("Mekong Seafood", find_template("seafood"))
    window.view.show_task(16)
    page = window.view.current_page
    assert isinstance(page, MonitoringPage)
    page.refresh()
    text = page.benchmark_text.toPlainText()
    assert find_template("seafood").norms_note.en in text
    assert "MJ/" not in text


def test_steel_sub_process_is_chosen_on_the_monitoring_page_and_undoable(qtbot, window, store):
    steel = find_template("steel")
    new_id = window.new_assessment("Thép Đà Nẵng", steel)
    window.view.show_task(16)
    page = window.view.current_page
    page.refresh()
    assert page.benchmark.status == "choose_process"
    assert not page.process_combo.isHidden()
    assert page.process_combo.count() == 1 + len(steel.norms)  # "(choose …)" and each sub-process
    assert "choose the one the facility's energy data cover" in page.benchmark_text.toPlainText()
    window.view.strip.refresh_now()
    assert window.view.strip.norm_chip.text() == "Norm: choose the sub-process"

    i = page.process_combo.findData("hot_rolling_long")
    page.process_combo.setCurrentIndex(i)
    page.process_combo.activated.emit(i)
    assert store.get_assessment(new_id).benchmark_process == "hot_rolling_long"
    assert page.benchmark.process == "hot_rolling_long"
    assert page.process_combo.currentData() == "hot_rolling_long"
    assert page.process_combo.findData(None) < 0  # chosen: the "(choose …)" entry is gone
    assert "Hot rolling of long products" in page.benchmark_text.toPlainText()
    window.workspace.undo_stack.undo()
    assert store.get_assessment(new_id).benchmark_process is None
    assert page.benchmark.status == "choose_process"
    window.workspace.undo_stack.redo()
    assert store.get_assessment(new_id).benchmark_process == "hot_rolling_long"


def test_templates_are_read_once_per_run(qtbot, monkeypatch, _private_data_dir):
    from sxsh_desktop.services import templates as sector_templates

    calls = []
    real = sector_templates.load_templates

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(sector_templates, "load_templates", counting)
    first = sector_templates.loaded()
    assert sector_templates.loaded() is first and len(calls) == 1
    # the dialog reads the folders again, so a template dropped in while the app runs is listed
    write_user_template(_private_data_dir, "broken.toml", "not toml at all [")
    d = dialog_for(qtbot)
    assert len(calls) == 2 and len(d.errors) == 1
    assert load_templates()[1][0].file.name == "broken.toml"


def test_a_template_attached_afterwards_on_the_facility_page(qtbot, window, store):
    """An imported assessment with a VSIC but no template: the consultant picks the sector template on the
    facility page (the facility's VSIC listed first), the benchmark follows, undo takes it off again."""
    import json

    from sxsh_desktop.services.documents import import_object, sample_path
    from sxsh_desktop.services.templates import benchmark

    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc.pop("template")
    aid = import_object(store, doc).assessment_id
    window.resize(1366, 768)
    window.open_assessment(aid, 16)
    monitoring = window.view.current_page
    monitoring.show_benchmark()
    assert "template" in monitoring.benchmark_text.toPlainText().lower()  # says there is none to compare with

    window.view.show_task(1)
    combo = window.view.current_page.template_choice
    assert combo.currentData() is None and combo.itemData(1) == "beer"  # VSIC 1103 first
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # the list drops down
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # from "None" to the first template, taken with Enter
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get_assessment(aid).template == "beer")
    assert benchmark(store.get_assessment(aid)).template == "beer"

    window.view.show_task(16)
    text = monitoring.benchmark_text.toPlainText()
    assert "MJ/hL" in text, text  # the beer norm, per hectolitre

    assert window.undo_action.text().endswith("Attach the sector template")
    window.undo_action.trigger()
    assert store.get_assessment(aid).template is None
