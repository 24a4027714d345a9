"""The Sở's review workspace: import a folder of packages through the import dialog (verdicts of each:
trusted, unknown signer, tampered), trust a signer after asking, see the received list, review one with
a comment (state, comment and audit log shown), the dashboard's totals move, CSV export, the mode
switch (remembered), a .sxsh from the command line, --mode review with --screenshot."""

from __future__ import annotations

import csv
import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from review_support import click_and_wait_for_import, drop_files, make_packages

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.store.engine import open_store

A, _B, C = (f"11111111-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    return make_packages(tmp_path_factory.mktemp("packages"))


@pytest.fixture
def window(qtbot, tmp_path, packages):
    """An English window on a fresh Sở store that trusts the consultant (not the stranger)."""
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.store.review_ops import ReviewStore

    store = open_store(f"sqlite:///{tmp_path / 'so.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Trần Bình", "organisation": "Sở Công Thương Nghệ An"})
    ReviewStore(store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="setup")
    i18n.install("en")
    w = MainWindow(store, "en", remember=True)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    store.close()


def _rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_import_a_folder_review_and_dashboard(qtbot, window, packages, tmp_path, monkeypatch):
    ws = window.show_review()
    assert window.mode == "review" and window.review_action.isChecked()
    assert window.store.get_meta("mode") == "review"
    assert ws.empty.isVisible() and ws.model.rowCount() == 0

    # the dashboard before anything arrives
    ws.tabs.setCurrentWidget(ws.dashboard)
    assert ws.dashboard.cards["assessments"].text() == "0"
    ws.tabs.setCurrentIndex(0)

    # a folder dropped on the list opens the import dialog with its four packages
    drop_files(qtbot, ws.empty, [packages.folder])
    dialog = ws.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert [p.name for p in dialog.files] == ["a-brewery.sxsh", "b-paper.sxsh", "c-stranger.sxsh", "d-tampered.sxsh"]
    assert "Nguyễn Văn An (VNCPC)" in dialog.trusted_label.text()
    click_and_wait_for_import(qtbot, dialog)
    assert dialog.progress.isHidden()
    rows = {r[0]: r for r in _rows(dialog.result_model)}
    assert rows["a-brewery.sxsh"][1:3] == ["Imported", "Trusted signer"]
    assert rows["b-paper.sxsh"][1:3] == ["Imported", "Trusted signer"]
    assert rows["c-stranger.sxsh"][1:4] == ["Refused", "Unknown signer", "Kẻ Lạ (Không rõ)"]
    assert rows["c-stranger.sxsh"][4].startswith("Signed by Kẻ Lạ (Không rõ), who is not a trusted signer")
    assert rows["d-tampered.sxsh"][1:3] == ["Refused", "Tampered"]
    assert "assessment.json was changed after the package was signed" in rows["d-tampered.sxsh"][4]
    assert dialog.summary.text() == "2 imported, 0 already here, 2 refused."

    # the stranger: trusted after the reviewer confirms, and imported again
    assert dialog.select_outcome("c-stranger.sxsh") and dialog.trust_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    click_and_wait_for_import(qtbot, dialog, dialog.trust_button)
    assert "Trust every package signed by Kẻ Lạ (Không rõ)?" in asked[0] and "SHA-256" in asked[0]
    rows = {r[0]: r for r in _rows(dialog.result_model)}
    assert rows["c-stranger.sxsh"][1:3] == ["Imported", "Trusted signer"]
    assert len(dialog.outcomes) == 4  # the retried package's line replaced, not added
    # the same folder again: nothing changes
    click_and_wait_for_import(qtbot, dialog)
    assert dialog.summary.text() == "0 imported, 3 already here, 1 refused."
    dialog.close()

    # the list: facility, province, sector, consultant, signer and verdict, revision, state
    qtbot.waitUntil(lambda: ws.model.rowCount() == 3)
    table = {r[0]: r for r in _rows(ws.proxy)}
    assert table["Công ty Bia Sông Lam"][1:] == [
        "Nghệ An",
        "1103 Sản xuất bia và mạch nha ủ men bia",
        "2024",
        "Nguyễn Thị Hồng Nhung",
        "Nguyễn Văn An (VNCPC)",
        "Trusted signer",
        "1",
        "Received",
        table["Công ty Bia Sông Lam"][-1],
    ]
    assert table["Công ty Giấy Hồng Lĩnh"][1:4] == ["Hà Tĩnh", "1701 Sản xuất giấy", "2023"]
    assert table["Công ty Bia Cố Đô"][5:7] == ["Kẻ Lạ (Không rõ)", "Trusted signer"]
    ws.search.setText("giấy")
    assert ws.proxy.rowCount() == 1
    ws.search.clear()
    ws.province.setCurrentIndex(ws.province.findData("Nghệ An"))
    assert [r[0] for r in _rows(ws.proxy)] == ["Công ty Bia Sông Lam"]
    ws.province.setCurrentIndex(0)

    # the dashboard: 3 facilities, none approved yet
    ws.tabs.setCurrentWidget(ws.dashboard)
    board = ws.dashboard
    assert board.cards["facilities"].text() == "3" and board.cards["approved"].text() == "0"
    toe_before = board.figures["energy_saving_toe"]
    assert toe_before > 0
    assert [r[0] for r in _rows(board.model)] == ["Hà Tĩnh", "Huế", "Nghệ An"]
    qtbot.waitUntil(lambda: board.chart.figure is not None)
    board.set_filters(year=2024, group_by="vsic")
    assert board.cards["facilities"].text() == "2" and [r[0] for r in _rows(board.model)] == ["1103"]
    board.set_filters(group_by="province")

    # review the brewery: the read-only view, a step with a comment, the audit log
    ws.tabs.setCurrentIndex(0)
    ws.select(A)
    detail = ws.detail
    assert "Công ty Bia Sông Lam" in detail.header.text() and "Trusted signer" in detail.header.text()
    savings = _rows(detail.savings_model)
    assert savings and "Energy:" in detail.savings_note.text()
    assert {row[-1] for row in savings} == {"ratio"}  # each assessment's own method (no monthly readings here)
    assert detail.options_model.rowCount() > 0
    panel = detail.panel
    visible = [s for s, b in panel.buttons.items() if not b.isHidden()]
    assert visible == ["has_issues", "approved", "rejected"]
    assert panel.reviewer.text() == "Trần Bình"
    panel.comment.setPlainText("Thiếu hoá đơn điện tháng 3")
    qtbot.mouseClick(panel.buttons["has_issues"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "has_issues")
    assert "Has issues" in panel.state_label.text()
    comments = _rows(detail.comments_model)
    assert [(c[1], c[2]) for c in comments] == [("Trần Bình", "Thiếu hoá đơn điện tháng 3")]
    audit = _rows(detail.audit_model)
    assert [(e[1], e[2], e[3]) for e in audit[:2]] == [
        ("Trần Bình", "Comment", "Thiếu hoá đơn điện tháng 3"),
        ("Trần Bình", "Review step", "received → has issues"),  # the English the store keeps
    ]
    assert audit[-1][2] == "Import"
    # approve it: the list and the dashboard follow
    qtbot.mouseClick(panel.buttons["approved"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.model.summary(A).state == "approved")
    assert {r[0]: r[8] for r in _rows(ws.proxy)}["Công ty Bia Sông Lam"] == "Approved"
    assert [s for s, b in panel.buttons.items() if not b.isHidden()] == ["has_issues", "rejected"]
    ws.tabs.setCurrentWidget(ws.dashboard)
    assert board.cards["approved"].text() == "1"
    assert board.figures["energy_saving_toe"] == pytest.approx(toe_before)

    # the report opens from the stored package (written to a temporary file for the viewer)
    ws.tabs.setCurrentIndex(0)
    opened = []
    monkeypatch.setattr(
        "sxsh_desktop.gui.review.detail_view.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    detail.open_report()
    assert opened and open(opened[0], "rb").read(5) == b"%PDF-"

    # exports: the figures of the list as CSV, the approved package for the ministry
    out = tmp_path / "figures.csv"
    assert ws.export_figures(out) == 3
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table_rows = list(csv.DictReader(fh))
    assert {r["facility"]: r["review_state"] for r in table_rows} == {
        "Công ty Bia Sông Lam": "approved",
        "Công ty Giấy Hồng Lĩnh": "received",
        "Công ty Bia Cố Đô": "received",
    }
    assert float(table_rows[0]["energy_saving_toe"]) > 0
    from sxsh_desktop.gui.review.exports import export_approved_packages

    written = export_approved_packages(ws, ws.review, tmp_path / "ministry", ask=False)
    assert [p.suffix for p in written] == [".sxsh"] and (tmp_path / "ministry" / "approved.csv").exists()

    # back to the consultant's side and again to review: remembered in the store
    window.review_action.trigger()
    window.consultant_action.trigger()
    assert window.mode == "consultant" and window.pages.currentWidget() is window.start
    assert window.store.get_meta("mode") == "consultant"
    window.review_action.trigger()
    assert window.pages.currentWidget() is ws and window.store.get_meta("mode") == "review"


def test_a_package_from_an_unknown_signer_is_marked_and_cannot_be_approved_until_trusted(
    qtbot, window, packages, monkeypatch
):
    ws = window.show_review()
    dialog = ws.open_import([packages.untrusted])
    qtbot.mouseClick(dialog.allow_untrusted, Qt.MouseButton.LeftButton)
    assert dialog.allow_untrusted.isChecked()
    click_and_wait_for_import(qtbot, dialog)
    [o] = dialog.outcomes
    assert o.status == "imported" and "not trust yet (marked)" in _rows(dialog.result_model)[0][4]
    dialog.close()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    assert _rows(ws.proxy)[0][6] == "Unknown signer"
    ws.select(C)
    panel = ws.detail.panel
    assert not ws.detail.trust_button.isHidden()
    assert not panel.take_step("approved")
    assert "does not trust" in panel.message.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert ws.trust_signer_of(C)
    assert ws.detail.trust_button.isHidden()
    assert panel.take_step("approved")
    qtbot.waitUntil(lambda: ws.model.summary(C).state == "approved")


def test_language_change_keeps_the_review_workspace(qtbot, window):
    window.show_review()
    window.set_language("vi")
    assert window.mode == "review" and window.review_view is not None
    assert window.review_view.tabs.tabText(1) == "Bảng tổng hợp"
    window.set_language("en")


def test_a_package_on_the_command_line_opens_the_import_dialog(qtbot, window, packages):
    from sxsh_desktop.gui.open_package import open_package

    line = open_package(window, packages.trusted[0])
    assert line.startswith("a-brewery.sxsh: intact, signed by Nguyễn Văn An (VNCPC")
    assert window.mode == "review"
    dialog = window.review_view.import_dialog
    assert dialog is not None and dialog.isVisible() and [p.name for p in dialog.files] == ["a-brewery.sxsh"]
    assert window.review_view.model.rowCount() == 0  # nothing imported before the reviewer asks
    click_and_wait_for_import(qtbot, dialog)
    assert [o.status for o in dialog.outcomes] == ["imported"]
    assert dialog.summary.text() == "1 imported, 0 already here, 0 refused."


def test_mode_review_screenshot(qtbot, tmp_path):
    from sxsh_desktop.gui import app as gui_app

    png = tmp_path / "review.png"
    db = f"sqlite:///{tmp_path / 'shot.db'}"
    assert gui_app.main(["--db", db, "--lang", "en", "--mode", "review", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    with open_store(db) as store:
        assert store.get_meta("mode") is None  # a screenshot remembers nothing
