"""Every page and dialog of the sample assessment, and the review workspace with imported packages, in
Vietnamese: no visible text (labels, buttons, headers, cells, combo items, tooltips, fields, the charts'
words, the error shown beside a refused input) is a resource key, a step id, a unit in English or an
English message."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_support import consultant_store, shown_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget
from screen_words import leaks, visible_texts

from sxsh_desktop.domain.reference import carriers


@pytest.fixture
def window(qtbot, _private_data_dir):
    yield from shown_window(qtbot, consultant_store(_private_data_dir / "vi.db"))


def _words_of(a) -> tuple[set[str], dict[str, str], set[str]]:
    """The assessment's resource keys, its steps (id → name) and what its consultant typed."""
    keys = {"electricity", "water", *carriers()}
    keys |= {c.resource for c in a.consumption} | {c.carrier for c in a.consumption if c.carrier}
    keys |= {f.resource for s in a.process_steps for f in s.flows if f.resource}
    keys |= {r.resource for o in a.options for r in o.resource_savings}
    typed = {a.facility.name, a.product.name, a.facility.address, a.consultant.name, *(s.name for s in a.process_steps)}
    typed |= {f.name for s in a.process_steps for f in s.flows} | {o.title for o in a.options}
    return {k for k in keys if k}, {s.id: s.name for s in a.process_steps}, {t for t in typed if t}


def _check(root, a) -> list[str]:
    QApplication.processEvents()
    keys, steps, typed = _words_of(a)
    return leaks(visible_texts(root), keys, steps, typed)


def _check_every_tab(root, a) -> list[str]:
    """What `_check` finds with each tab of each visible tab widget shown in turn."""
    found = _check(root, a)
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]:
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += [f"tab {tabs.tabText(i)!r}: {line}" for line in _check(root, a)]
        tabs.setCurrentIndex(current)
    return found


def test_every_page_of_the_sample_speaks_vietnamese(qtbot, window):
    aid = window.store.list_assessments()[0].id
    a = window.store.get_assessment(aid)
    found: list[str] = []
    for task in range(1, 19):
        window.open_assessment(aid, task)
        qtbot.wait(5)
        found += [f"task {task}: {line}" for line in _check_every_tab(window, a)]
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_a_refused_input_is_said_in_vietnamese_naming_the_field(qtbot, window):
    """The issue's examples: a negative production, a unit of the wrong kind, a word for a number."""
    aid = window.store.list_assessments()[0].id
    view = window.open_assessment(aid, 14)
    page = view.current_page
    production = page.period_fields["baseline"][2]
    before = window.store.get_assessment(aid).baseline
    production.edit.setFocus()
    production.edit.selectAll()
    qtbot.keyClicks(production.edit, "-60000 hL")
    qtbot.keyClick(production.edit, Qt.Key.Key_Return)
    qtbot.wait(5)
    shown = " ".join(w.text() for w in (page.period_message, production.message) if w.isVisible())
    assert "Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là -60.000)" in shown, shown
    assert window.store.get_assessment(aid).baseline == before
    for typed, said in (
        ("5 kg", "'kg' không quy đổi được sang đơn vị sản phẩm 'hL'"),
        ("abc", "'abc' cần là một số và đơn vị"),  # keyClicks takes ASCII only
    ):
        production.edit.setFocus()
        production.edit.selectAll()
        qtbot.keyClicks(production.edit, typed)
        qtbot.keyClick(production.edit, Qt.Key.Key_Return)
        qtbot.wait(5)
        shown = " ".join(w.text() for w in (page.period_message, production.message) if w.isVisible())
        assert said in shown and "Sản lượng" in shown, shown
        assert window.store.get_assessment(aid).baseline == before
    assert not _check(window, window.store.get_assessment(aid)), _check(window, window.store.get_assessment(aid))


def _warned(window):
    """The sample replaced by its monthly readings with what the savings warn of (tests/monthly.py)."""
    from tests.monthly import with_warnings

    aid = window.store.list_assessments()[0].id
    window.store.replace_assessment(with_warnings(window.store.get_assessment(aid)))
    return aid, window.store.get_assessment(aid)


def _shown_warnings(page) -> list[str]:
    text = page.warnings_label.text() if page.warnings_label.isVisibleTo(page) else ""
    return [line for line in text.split("\n") if line.strip()]


def test_the_monitoring_page_with_warnings_speaks_vietnamese(qtbot, window):
    """Warnings of every kind on the monitoring page — readings that disagree with the entries, a gap, a
    resource left out, a unit that does not convert, a model that extrapolates, the ratio method and why
    — each resource by its name, units as the app writes them, numbers the Vietnamese way; and so the
    readings table and the regression tab of every resource."""
    aid, a = _warned(window)
    view = window.open_assessment(aid, 14)
    page = view.current_page
    page.right_tabs.setCurrentIndex(0)
    qtbot.wait(5)
    shown = _shown_warnings(page)
    assert len(shown) >= 15, shown  # the sweep below sees the warnings, not an empty label
    text = "\n".join(shown)
    for said in (
        "Điện (kỳ cơ sở): số nhập 1.860.000 khác tổng các kỳ đọc",
        "Gạo: không quy đổi được m³ sang tấn",
        "Xút (NaOH) (kỳ báo cáo): chưa nhập lượng",
        "ví dụ Than cám 3, 4; Dầu DO",
        "Than cám 3, 4: dùng phương pháp suất tiêu hao (tỷ số) vì người dùng chọn phương pháp tỷ số.",
        "nằm ngoài khoảng của kỳ cơ sở (",
        "Vôi: tiêu thụ kỳ cơ sở bằng 0",
        "năm 2030; dùng năm 2023",
    ):
        assert said in text, text
    found = [f"task 14: {line}" for line in _check_every_tab(window, a)]
    page.right_tabs.setCurrentWidget(page.mv_panel)
    combo = page.mv_panel.resource_combo
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        combo.activated.emit(i)  # as a choice in the list tells the panel
        qtbot.wait(5)
        found += [f"regression, {combo.itemText(i)}: {line}" for line in _check(window, a)]
    view.strip.refresh_now()  # the strip's timer is not waited for: its words are what is checked
    tooltip = view.strip.warnings_chip.toolTip()
    assert "Gạo: không quy đổi được m³ sang tấn" in tooltip, tooltip
    found += [f"results strip: {line}" for line in _check_words((tooltip,), a)]
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_monitoring_warnings_name_resources_on_an_english_screen(qtbot, window):
    """In English too a screen names each resource (the CLI keeps the key: test_monitoring_messages.py)."""
    aid, a = _warned(window)
    window.language_actions["en"].trigger()
    view = window.open_assessment(aid, 14)
    page = view.current_page
    qtbot.wait(5)
    text = "\n".join(_shown_warnings(page))
    assert "'Electricity', baseline period: the entry 1,860,000 differs" in text, text
    assert "'Rice': m³ cannot be converted to tấn" in text, text
    keys, _steps, _typed = _words_of(a)
    assert not [k for k in keys if f"'{k}'" in text or f" {k}," in text], text


def test_every_dialog_speaks_vietnamese(qtbot, window, monkeypatch):
    aid = window.store.list_assessments()[0].id
    a = window.store.get_assessment(aid)
    window.open_assessment(aid, 1)
    found: list[str] = []

    def walk(dialog, *args, **kwargs):
        dialog.show()
        qtbot.waitExposed(dialog)
        if hasattr(dialog, "pageIds"):  # a wizard: every page
            for _ in dialog.pageIds():
                found.extend(f"{type(dialog).__name__}: {line}" for line in _check(dialog, a))
                dialog.next()
        else:
            found.extend(f"{type(dialog).__name__}: {line}" for line in _check(dialog, a))
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", walk)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *args, **k: found.extend(_check_words(args, a)) or QMessageBox.StandardButton.No
        )
    walked = []
    monkeypatch.setattr(QDialog, "exec", lambda d, *a, **k: walked.append(type(d).__name__) or walk(d))
    for action in (window.new_action, window.report_action, window.package_action, window.preferences_action):
        action.trigger()
        qtbot.wait(5)
    assert len(walked) == 4, walked
    assert not found, "\n".join(found)


def _check_words(args, a) -> list[str]:
    keys, steps, typed = _words_of(a)
    return leaks([("QMessageBox", str(x)) for x in args if isinstance(x, str)], keys, steps, typed)


def test_the_review_workspace_with_imported_packages_speaks_vietnamese(qtbot, window, tmp_path):
    from review_support import click_and_wait_for_import, make_packages

    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.store.review_ops import ReviewStore

    packages = make_packages(tmp_path / "packages")
    ReviewStore(window.store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="setup")
    ws = window.show_review()
    dialog = ws.open_import([packages.folder])
    click_and_wait_for_import(qtbot, dialog)
    a = window.store.get_assessment(window.store.list_assessments()[0].id)
    seen = visible_texts(dialog)
    assert len(seen) > 10, seen
    found = [f"import dialog: {line}" for line in _check(dialog, a)]
    dialog.close()
    qtbot.waitUntil(lambda: ws.model.rowCount() >= 2, timeout=10_000)
    for row in range(ws.proxy.rowCount()):
        ws.table.selectRow(row)
        qtbot.wait(5)
        found += [f"review, row {row + 1}: {line}" for line in _check_every_tab(window, a)]
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_check_finds_what_it_looks_for():
    """The words above are caught when they are there (a check that cannot fail proves nothing)."""
    texts = [
        ("t", "electricity"),
        ("t", "Than cám (coal_fines_3_4)"),
        ("t", "210.000.000 VND/year"),
        ("t", "16 m3"),
        ("t", "'kg' is not an energy (kWh, MWh, GJ, TOE)"),
        ("t", "boiler"),
        ("t", "Lò hơi đốt than"),
        ("t", "210.000.000 VND/năm"),
        ("t", "Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là -60.000)"),
    ]
    found = leaks(texts, {"electricity", "coal_fines_3_4"}, {"boiler": "Lò hơi đốt than"}, set())
    assert len(found) == 6, found
