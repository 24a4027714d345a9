"""The review workspace's trusted signers dialog (add a certificate file after confirming who it names,
remove one after confirming; the store's audit log has both; packages already imported keep their
verdict), opened from its button and from View › Trusted signers…; and the import dialog saying why a
package was refused in Vietnamese (a tampered one, one from a signer the office does not trust)."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QFileDialog, QMessageBox
from review_support import click_and_wait_for_import, make_packages

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.review.trusted_signers_dialog import TrustedSignersDialog
from sxsh_desktop.store.engine import open_store
from sxsh_desktop.store.review_ops import ReviewStore


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    return make_packages(tmp_path_factory.mktemp("packages"))


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'so.db'}", auto_backup=False)
    s.set_meta("consultant_profile", {"name": "Trần Bình", "organisation": "Sở Công Thương Nghệ An"})
    yield s
    s.close()


def _window(qtbot, store, language):
    i18n.install(language)
    w = MainWindow(store, language, remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_add_and_remove_a_trusted_signer(qtbot, store, packages, tmp_path, monkeypatch):
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    window = _window(qtbot, store, "en")
    assert not window.trusted_action.isEnabled()  # the consultant's workspace has no trusted signers
    ws = window.show_review()
    assert window.trusted_action.isEnabled()
    assert ws.trust_button.text() == "&Trusted signers…"

    # the certificate file the consultant sent, in PEM
    pem = tmp_path / "an.crt"
    pem.write_bytes(x509.load_der_x509_certificate(packages.consultant_cert).public_bytes(Encoding.PEM))
    dialog = window.trusted_signers()
    assert isinstance(dialog, TrustedSignersDialog) and dialog.isVisible()
    assert dialog.empty.isVisible() and not dialog.remove_button.isEnabled()

    asked: list[tuple[str, str]] = []
    answers = iter([False, True])
    dialog.confirm = lambda title, text: (asked.append((title, text)), next(answers))[1]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pem), ""))
    assert dialog.add_certificate() == 0  # said no: nothing trusted
    assert ReviewStore(store).trusted_signers() == []
    title, text = asked[0]
    assert title == "Trust this signer"
    assert "It names: Nguyễn Văn An" in text and "Organisation: VNCPC" in text
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of

    fingerprint = trusted_signer_of(packages.consultant_cert).fingerprint
    assert fingerprint in text and "Serial number: " in text

    dialog.add_button.click()  # the same file, said yes this time
    signers = ReviewStore(store).trusted_signers()
    assert [s.fingerprint for s in signers] == [fingerprint]
    assert signers[0].added_by == "Trần Bình"
    [row] = _rows(dialog.model)
    assert row[0:2] == ["Nguyễn Văn An", "VNCPC"]
    assert row[3] == fingerprint and row[6] == "Trần Bình"
    assert row[2] and all(len(pair) == 2 for pair in row[2].split())  # the serial, in pairs of hex digits
    assert dialog.selected().fingerprint == fingerprint and dialog.remove_button.isEnabled()

    # a package from that signer is imported as trusted
    from sxsh_desktop.sync.intake import ImportOptions, import_files

    [outcome] = import_files(ReviewStore(store), [packages.trusted[0]], ImportOptions(by="Trần Bình"))
    assert outcome.status == "imported" and outcome.verdict == "trusted"

    # removing asks, says what happens to what was imported, and is logged
    answers = iter([True])
    assert dialog.remove_selected()
    title, text = asked[-1]
    assert title == "Remove a trusted signer"
    assert "Packages already imported keep the verdict they were given at import" in text
    assert ReviewStore(store).trusted_signers() == []
    assert dialog.empty.isVisible()
    received = ReviewStore(store).received(packages.ids["a-brewery"])
    assert received.summary.verdict == "trusted"  # kept, as the dialog says
    actions = [(e.action, e.who) for e in ReviewStore(store).audit_log()]
    assert ("trust", "Trần Bình") in actions and ("distrust", "Trần Bình") in actions

    # a file that holds no certificate is said in words
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    assert dialog.add_certificate(junk) == 0
    assert said == [f"{junk}: is not a certificate (PEM or DER)"]
    dialog.close()
    window.close()


def test_the_dialog_speaks_vietnamese(qtbot, store, packages, monkeypatch):
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of

    ReviewStore(store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="Trần Bình")
    window = _window(qtbot, store, "vi")
    ws = window.show_review()
    dialog = ws.open_trusted_signers()
    assert dialog.windowTitle() == "Người ký được tin cậy"
    assert [
        dialog.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(dialog.model.columnCount())
    ][:4] == ["Họ tên", "Tổ chức", "Số sê-ri", "Dấu vân tay SHA-256"]
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    assert dialog.add_certificate("/no/such/file.pem") == 0
    assert said and said[0].startswith("/no/such/file.pem: không đọc được tệp chứng thư số")
    dialog.close()
    window.close()


def test_refusals_in_vietnamese_in_the_import_dialog(qtbot, store, packages):
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of

    ReviewStore(store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="Trần Bình")
    window = _window(qtbot, store, "vi")
    ws = window.show_review()
    dialog = ws.open_import([packages.broken, packages.untrusted])
    click_and_wait_for_import(qtbot, dialog)
    rows = {r[0]: r for r in _rows(dialog.result_model)}
    tampered = rows["d-tampered.sxsh"]
    assert tampered[1] == "Bị từ chối"
    assert tampered[4] == (
        "Bị sửa đổi sau khi ký: assessment.json đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)"
    )
    untrusted = rows["c-stranger.sxsh"]
    assert untrusted[4].startswith("Do Kẻ Lạ (Không rõ) ký")
    # the tooltips (the whole line) too, the fingerprint kept as written
    tips = {
        dialog.result_model.rows[i][0]: dialog.result_model.tooltips[(i, 4)]
        for i in range(dialog.result_model.rowCount())
    }
    assert tips["c-stranger.sxsh"].startswith("bị từ chối: người ký chưa được tin cậy (Kẻ Lạ, Không rõ, SHA-256 ")
    assert tips["d-tampered.sxsh"].startswith("bị từ chối: assessment.json đã bị sửa sau khi gói được ký")
    # the command line's words are untouched
    assert dialog.outcomes[0].reason.startswith("assessment.json was changed after the package was signed")
    dialog.close()
    window.close()
