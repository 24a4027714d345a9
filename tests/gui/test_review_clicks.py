"""The review workspace as a reviewer drives it, in Vietnamese: every button clicked with the mouse (the
file dialogs replaced only at the QFileDialog call), files dropped on the list and on the import dialog as
real drag-and-drop events through the window, a .sxsh given on the command line; each asserts what the
button is for happened (packages stored, a CSV written, a state taken), not only that nothing raised."""

from __future__ import annotations

import csv
import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_support import shown_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from review_support import click_and_wait_for_import, drop_files, make_packages

from sxsh_desktop.store.engine import open_store

A = "11111111-0000-4000-8000-000000000001"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    return make_packages(tmp_path_factory.mktemp("packages"))


def _store(path, packages):
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.store.review_ops import ReviewStore

    store = open_store(f"sqlite:///{path}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Trần Bình", "organisation": "Sở Công Thương Nghệ An"})
    store.set_meta("language", "vi")
    ReviewStore(store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="setup")
    return store


@pytest.fixture
def window(qtbot, tmp_path, packages):
    """A Vietnamese window at 1366×768 on a Sở store that trusts the consultant (not the stranger)."""
    yield from shown_window(qtbot, _store(tmp_path / "so.db", packages), remember=True)


def test_import_by_the_buttons(qtbot, window, packages, monkeypatch):
    ws = window.show_review()
    assert ws.import_button.text() == "&Nhập gói dữ liệu…"
    qtbot.mouseClick(ws.import_button, LEFT)
    dialog = ws.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()  # nothing listed yet

    chosen = [str(p) for p in packages.trusted]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(dialog.add_files_button, LEFT)
    assert [p.name for p in dialog.files] == ["a-brewery.sxsh", "b-paper.sxsh"]
    click_and_wait_for_import(qtbot, dialog)
    assert [o.status for o in dialog.outcomes] == ["imported", "imported"]
    assert dialog.summary.text() == "Đã nhập 2, đã có từ trước 0, bị từ chối 0."
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)
    assert ws.table.isVisible() and not ws.empty.isVisible()


def test_import_a_folder_by_the_button_then_clear_and_stop(qtbot, window, packages, monkeypatch):
    ws = window.show_review()
    qtbot.mouseClick(ws.import_button, LEFT)
    dialog = ws.import_dialog
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(packages.folder))
    qtbot.mouseClick(dialog.add_folder_button, LEFT)
    assert len(dialog.files) == 4
    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert dialog.files == [] and dialog.files_model.rowCount() == 0 and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.add_folder_button, LEFT)
    with qtbot.waitSignal(dialog.import_ended, timeout=None):  # however long the packages take
        qtbot.mouseClick(dialog.import_button, LEFT)
        assert dialog.running and dialog.stop_button.isVisible()
        qtbot.mouseClick(dialog.stop_button, LEFT)  # stops after the package being checked
    assert not dialog.running and 1 <= len(dialog.outcomes) <= 4
    assert dialog.stop_button.isHidden()


def test_an_import_that_stops_on_an_error_says_so_and_lets_the_reviewer_try_again(qtbot, window, packages, monkeypatch):
    """The job's failed signal: the dialog says why, is ready again, and what waited for the import is told."""
    from sxsh_desktop.sync import intake

    def broken(*_a, **_k):
        raise OSError("the disk went away")

    monkeypatch.setattr(intake, "import_files", broken)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    ws = window.show_review()
    dialog = ws.open_import([*packages.trusted])
    with qtbot.waitSignal(dialog.import_ended, timeout=None) as ended:
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert isinstance(ended.args[0], OSError)
    assert said == ["Việc nhập đã dừng: the disk went away"], said
    assert not dialog.running and dialog.import_button.isEnabled() and dialog.progress.isHidden()
    monkeypatch.undo()
    click_and_wait_for_import(qtbot, dialog)
    assert [o.status for o in dialog.outcomes] == ["imported", "imported"]


def test_the_dialog_closed_while_importing_is_let_go_once_the_import_ends(qtbot, window, packages):
    ws = window.show_review()
    dialog = ws.open_import([*packages.trusted])
    with qtbot.waitSignal(dialog.import_ended, timeout=None):
        qtbot.mouseClick(dialog.import_button, LEFT)
        qtbot.mouseClick(dialog.close_button, LEFT)  # the packages are still being checked
        assert not dialog.isVisible() and ws.import_dialog is dialog
    assert ws.import_dialog is None  # a new import opens a new dialog
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)  # what was imported shows all the same


def test_the_key_button_fills_the_key_field(qtbot, window, tmp_path, monkeypatch):
    ws = window.show_review()
    qtbot.mouseClick(ws.import_button, LEFT)
    dialog = ws.import_dialog
    key = tmp_path / "office.p12"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key), ""))
    qtbot.mouseClick(dialog.key_button, LEFT)
    assert dialog.key_path.text() == str(key)


def test_files_dropped_on_the_list_open_the_import_dialog(qtbot, window, packages):
    ws = window.show_review()
    assert ws.empty.isVisible()
    drop_files(qtbot, ws.empty, [packages.folder])
    dialog = ws.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.files) == 4
    click_and_wait_for_import(qtbot, dialog)
    assert sorted(o.status for o in dialog.outcomes) == ["imported", "imported", "refused", "refused"]
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)
    # once the list shows, files dropped on the table go the same way
    drop_files(qtbot, ws.table, [packages.untrusted])
    assert ws.import_dialog is not None and [p.name for p in ws.import_dialog.files] == ["c-stranger.sxsh"]


def test_files_dropped_on_the_import_dialog_are_listed(qtbot, window, packages):
    ws = window.show_review()
    qtbot.mouseClick(ws.import_button, LEFT)
    dialog = ws.import_dialog
    qtbot.waitExposed(dialog)
    drop_files(qtbot, dialog.files_view, packages.trusted)
    assert [p.name for p in dialog.files] == ["a-brewery.sxsh", "b-paper.sxsh"]
    click_and_wait_for_import(qtbot, dialog)
    assert [o.status for o in dialog.outcomes] == ["imported", "imported"]


def test_trust_a_refused_signer_by_the_button(qtbot, window, packages, monkeypatch):
    ws = window.show_review()
    dialog = ws.open_import([packages.untrusted])
    click_and_wait_for_import(qtbot, dialog)
    assert dialog.outcomes[0].status == "refused" and not dialog.trust_button.isEnabled()
    rect = dialog.results.visualRect(dialog.result_model.index(0, 0))
    qtbot.mouseClick(dialog.results.viewport(), LEFT, pos=rect.center())
    assert dialog.trust_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_and_wait_for_import(qtbot, dialog, dialog.trust_button)  # trusted, then imported again
    assert [o.status for o in dialog.outcomes] == ["imported"]
    assert "Kẻ Lạ" in dialog.trusted_label.text()


def _import_all(qtbot, ws, packages):
    dialog = ws.open_import([*packages.trusted])
    click_and_wait_for_import(qtbot, dialog)
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)


def test_review_steps_comment_and_report_by_the_buttons(qtbot, window, packages, monkeypatch):
    ws = window.show_review()
    _import_all(qtbot, ws, packages)
    ws.select(A)
    panel = ws.detail.panel
    type_text(panel.comment, "Thiếu hoá đơn điện tháng 3")
    qtbot.mouseClick(panel.comment_button, LEFT)
    qtbot.waitUntil(lambda: ws.detail.comments_model.rowCount() == 1)
    assert panel.comment.toPlainText() == ""
    qtbot.mouseClick(panel.buttons["has_issues"], LEFT)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "has_issues")
    qtbot.mouseClick(ws.detail.panel.buttons["approved"], LEFT)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "approved")
    opened = []
    monkeypatch.setattr(
        "sxsh_desktop.gui.review.detail_view.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    qtbot.mouseClick(ws.detail.report_button, LEFT)
    assert opened and open(opened[0], "rb").read(5) == b"%PDF-"


def test_exports_by_the_buttons(qtbot, window, packages, tmp_path, monkeypatch):
    ws = window.show_review()
    _import_all(qtbot, ws, packages)
    out = tmp_path / "so-lieu.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(ws.csv_button, LEFT)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    assert str(out) in window.statusBar().currentMessage()

    # nothing approved yet: told so, nothing written
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(ws.approved_button, LEFT)
    assert told and "Chưa có" in told[0]
    ws.review.set_state(A, "approved", by="Trần Bình")
    folder = tmp_path / "bo"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(ws.approved_button, LEFT)
    assert (folder / "approved.csv").exists() and len(list(folder.glob("*.sxsh"))) == 1


def test_trusted_signers_button_and_dashboard_tab(qtbot, window, packages):
    ws = window.show_review()
    _import_all(qtbot, ws, packages)
    qtbot.mouseClick(ws.trust_button, LEFT)
    assert ws.trusted_dialog is not None and ws.trusted_dialog.isVisible()
    assert ws.trusted_dialog.model.rowCount() == 1
    ws.trusted_dialog.close()
    bar = ws.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert ws.tabs.currentWidget() is ws.dashboard
    assert ws.dashboard.cards["facilities"].text() == "2"


def test_a_package_on_the_command_line_is_imported_with_one_click(qtbot, tmp_path, packages, monkeypatch):
    """`sxsh-desktop a-brewery.sxsh` (a double-click on the file): the review workspace, its import
    dialog holding the file; one click on Nhập stores it."""
    from sxsh_desktop.gui import app as gui_app

    db = tmp_path / "so.db"
    _store(db, packages).close()
    seen = {}
    before = set(map(id, _import_dialogs()))  # left open by other tests' windows

    def ours():
        return next((d for d in _import_dialogs() if id(d) not in before), None)

    def run_the_event_loop(_app=None):
        qtbot.waitUntil(lambda: ours() is not None, timeout=10_000)
        dialog = ours()
        seen["files"] = [p.name for p in dialog.files]
        click_and_wait_for_import(qtbot, dialog)
        seen["statuses"] = [o.status for o in dialog.outcomes]
        dialog.window().close()
        for w in QApplication.topLevelWidgets():
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_the_event_loop)
    assert gui_app.main(["--db", f"sqlite:///{db}", str(packages.trusted[0])]) == 0
    assert seen == {"files": ["a-brewery.sxsh"], "statuses": ["imported"]}
    with open_store(f"sqlite:///{db}") as store:
        from sxsh_desktop.store.review_ops import ReviewStore

        assert [s.assessment_id for s in ReviewStore(store).list_received()] == [A]


def _import_dialogs():
    from sxsh_desktop.gui.review.import_dialog import ImportDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]


def test_the_list_follows_an_import_made_elsewhere(qtbot, window, packages, tmp_path):
    """`sxsh import` in a terminal (another connection to the same file): the list shows it by itself."""
    from sxsh_desktop.store.review_ops import ReviewStore
    from sxsh_desktop.sync.intake import ImportOptions, import_files

    ws = window.show_review()
    assert ws.model.rowCount() == 0
    with open_store(f"sqlite:///{tmp_path / 'so.db'}", auto_backup=False) as elsewhere:
        [outcome] = import_files(ReviewStore(elsewhere), [packages.trusted[0]], ImportOptions(by="sxsh"))
    assert outcome.status == "imported"
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=10_000)
    assert ws.table.isVisible()


def test_the_review_detail_names_resources_in_vietnamese(qtbot, window, packages):
    ws = window.show_review()
    _import_all(qtbot, ws, packages)
    ws.select(A)
    model = ws.detail.savings_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names and not {"electricity", "coal", "do", "malt", "rice", "water"} & set(names), names
    assert "Nước" in names and "Dầu DO" in names


def test_reject_then_back_to_received_by_the_buttons(qtbot, window, packages):
    ws = window.show_review()
    _import_all(qtbot, ws, packages)
    ws.select(A)
    qtbot.mouseClick(ws.detail.panel.buttons["rejected"], LEFT)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "rejected")
    qtbot.mouseClick(ws.detail.panel.buttons["received"], LEFT)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "received")


def test_an_unknown_signer_trusted_from_the_detail_and_removed_from_the_trusted_list(
    qtbot, window, packages, monkeypatch
):
    ws = window.show_review()
    dialog = ws.open_import([packages.untrusted])
    qtbot.mouseClick(dialog.allow_untrusted, LEFT)
    assert dialog.allow_untrusted.isChecked()
    click_and_wait_for_import(qtbot, dialog)
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    ws.select("11111111-0000-4000-8000-000000000003")
    assert ws.detail.trust_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ws.detail.trust_button, LEFT)
    assert ws.detail.trust_button.isHidden()
    signers = ws.review.trusted_signers()
    assert any(s.name == "Kẻ Lạ" for s in signers)
    qtbot.mouseClick(ws.trust_button, LEFT)
    trusted = ws.trusted_dialog
    row = next(i for i, s in enumerate(ws.review.trusted_signers()) if s.name == "Kẻ Lạ")
    rect = trusted.table.visualRect(trusted.model.index(row, 0))
    qtbot.mouseClick(trusted.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(trusted.remove_button, LEFT)
    assert not any(s.name == "Kẻ Lạ" for s in ws.review.trusted_signers())
    qtbot.mouseClick(trusted.close_button, LEFT)
    qtbot.waitUntil(lambda: ws.trusted_dialog is None)


def test_what_happened_to_each_package_is_read_whole_without_scrolling_sideways(qtbot, window, packages):
    """At 1366×768 in Vietnamese, the results of an import with a refused signer and a tampered package:
    the signer and the reason wrap within the dialog (seen in a real window: the reason sat past the right
    edge, behind a horizontal scroll bar, in a row as tall as the wrapped signer)."""
    import layout_checks

    ws = window.show_review()
    dialog = ws.open_import([*packages.trusted, packages.untrusted, packages.broken])
    click_and_wait_for_import(qtbot, dialog)
    assert sorted(o.status for o in dialog.outcomes) == ["imported", "imported", "refused", "refused"]
    layout_checks.settle()
    view = dialog.results
    header = view.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    assert layout_checks.problems(dialog) == []
