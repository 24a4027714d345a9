"""File › Export report… and Export sync package…: the sample's report unsigned and signed (the
signature checked by pyHanko), a wrong passphrase said and nothing written, a signed PDF never
overwritten, an incomplete assessment made a draft that cannot be signed or packaged, a package
checked intact and trusted, and one encrypted for the Sở opened with its key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the application

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from sxsh_desktop.gui import export_support, i18n
from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
from sxsh_desktop.gui.first_run import IDENTITY_KEY
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.signing.identity import new_identity, signer_info
from sxsh_desktop.store.engine import open_store

PASS = "mat-khau-tu-van"
CONSULTANT = "Nguyễn Thị Hồng Nhung"


@pytest.fixture(scope="module")
def identities(tmp_path_factory):
    """The consultant's identity and the Sở's (whose certificate packages are encrypted to)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    root = tmp_path_factory.mktemp("identities")
    consultant = new_identity(CONSULTANT, "Trung tâm SXSH Miền Trung", root / "nhung.p12", PASS.encode())
    so = new_identity("Sở Công Thương Nghệ An", "UBND tỉnh Nghệ An", root / "so.p12", PASS.encode())
    (root / "so.pem").write_bytes(so.public_bytes(Encoding.PEM))
    return {"p12": root / "nhung.p12", "cert": consultant, "so_p12": root / "so.p12", "so_pem": root / "so.pem"}


@pytest.fixture
def store(_private_data_dir):
    s = open_store(f"sqlite:///{_private_data_dir / 'export.db'}")
    yield s
    s.close()


@pytest.fixture
def sample_id(store):
    i18n.install("en")
    return load_sample(store).assessment_id


def set_identity(store, identities) -> None:
    """What first_run's identity page keeps in the store."""
    info = signer_info(identities["cert"])
    store.set_meta(
        IDENTITY_KEY,
        {
            "path": str(identities["p12"]),
            "name": info.name,
            "organisation": info.organisation,
            "fingerprint": info.sha256_fingerprint,
            "not_after": info.not_after.isoformat(),
            "self_issued": info.self_issued,
        },
    )


def prompt(answer: str | None, asked: list | None = None):
    def ask(_parent, meta):
        if asked is not None:
            asked.append(meta["name"])
        return answer

    return ask


def click_export(qtbot, dialog) -> None:
    """The dialog's Export button, clicked on the dialog shown (it starts the export in the background when
    it can)."""
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def finish(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.outcome is not None or bool(dialog.error), timeout=60000)


def _pyhanko_status(pdf: Path):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with pdf.open("rb") as fh:
        sigs = PdfFileReader(fh, strict=False).embedded_signatures
        assert len(sigs) == 1
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        return validate_pdf_signature(sigs[0], signer_validation_context=context)


# -- the menu --------------------------------------------------------------------------------------


def test_file_menu_exports_only_with_an_assessment_open(qtbot, store, sample_id, monkeypatch):
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    assert not window.report_action.isEnabled() and not window.package_action.isEnabled()
    assert window.report_action.shortcut().toString() == "Ctrl+E"
    window.open_assessment(sample_id)
    assert window.report_action.isEnabled() and window.package_action.isEnabled()
    monkeypatch.setattr(ExportReportDialog, "exec", lambda self: 0)
    monkeypatch.setattr(ExportPackageDialog, "exec", lambda self: 0)
    assert window.export_report().assessment_id == sample_id
    assert window.export_package().assessment_id == sample_id


# -- the report ------------------------------------------------------------------------------------


def test_unsigned_report_of_the_sample(qtbot, store, sample_id, tmp_path, monkeypatch):
    dialog = ExportReportDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    assert not dialog.sign.isEnabled() and not dialog.sign.isChecked()  # no identity yet
    assert "Preferences" in dialog.who.text()
    assert Path(dialog.target.text()).name.startswith("SXSH-report-Cong-ty-TNHH-Bia-Huong-Sen")
    dialog.language.setCurrentIndex(0)  # Tiếng Việt: the default name follows
    assert Path(dialog.target.text()).name.startswith("Bao-cao-SXSH-Cong-ty-TNHH-Bia-Huong-Sen")
    target = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "bao-cao"), ""))
    dialog.choose.click()
    assert dialog.target.text() == str(target)
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    r = dialog.outcome
    assert r is not None and not r.signed and r.pages >= 10 and target.exists()
    assert dialog.pages.currentWidget() is dialog.result_page
    assert dialog.result_signature.text() == "not signed"
    assert store.get_meta("report_folder") == str(tmp_path)
    opened = []
    monkeypatch.setattr(
        export_support.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog.open_button.click()
    assert opened == [str(target)]
    monkeypatch.setattr("shutil.which", lambda _name: None)  # no `lp`: opened in the viewer to print from there
    dialog.print_button.click()
    assert opened[-1] == str(target) and "print it from there" in dialog.action_note.text()
    monkeypatch.setattr(export_support.sys, "platform", "other")  # the folder opened by the desktop's handler
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(tmp_path)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportReportDialog.DialogCode.Accepted and not dialog.isVisible()


def test_cancel_closes_the_export_dialogs_and_writes_nothing(qtbot, store, sample_id, tmp_path):
    for cls in (ExportReportDialog, ExportPackageDialog):
        dialog = cls(store, sample_id, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.target.setText(str(tmp_path / "never"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        assert dialog.result() == cls.DialogCode.Rejected and not dialog.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_signed_report_is_valid_and_never_overwritten(qtbot, store, sample_id, identities, tmp_path):
    set_identity(store, identities)
    dialog = ExportReportDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    assert dialog.sign.isEnabled() and dialog.sign.isChecked()
    assert CONSULTANT in dialog.who.text() and "valid until" in dialog.who.text()
    asked: list = []
    dialog.passphrase_prompt = prompt(PASS, asked)
    target = tmp_path / "signed.pdf"
    dialog.target.setText(str(target))
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    assert asked == [CONSULTANT] and not dialog.error
    r = dialog.outcome
    assert r.signed and r.level == "PAdES B-B" and not r.missing
    assert dialog.result_signature.text() == f"signed by {CONSULTANT} — PAdES B-B"
    status = _pyhanko_status(target)
    assert status.intact and status.valid
    assert status.signing_cert.subject.native["common_name"] == CONSULTANT
    assert store.get_meta("tsa_url") == ""  # empty: offline B-B, remembered as such

    again = ExportReportDialog(store, sample_id, "en")
    qtbot.addWidget(again)
    again.passphrase_prompt = prompt(PASS, asked)
    again.target.setText(str(target))
    again.sign.setChecked(False)  # not even an unsigned report may replace a signed one
    click_export(qtbot, again)
    assert again.outcome is None
    assert "is a signed report and is never overwritten" in again.error and len(asked) == 1
    assert again.error_label.isVisibleTo(again)


def test_wrong_passphrase_is_said_and_nothing_written(qtbot, store, sample_id, identities, tmp_path):
    i18n.install("vi")
    set_identity(store, identities)
    dialog = ExportReportDialog(store, sample_id, "vi")
    qtbot.addWidget(dialog)
    dialog.passphrase_prompt = prompt("not-the-passphrase")
    target = tmp_path / "bao-cao.pdf"
    dialog.target.setText(str(target))
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.outcome is None and not target.exists() and not list(tmp_path.iterdir())
    assert "Sai mật khẩu" in dialog.error and str(identities["p12"]) in dialog.error
    assert dialog.pages.currentWidget() is dialog.options_page
    cancelled = ExportReportDialog(store, sample_id, "vi")
    qtbot.addWidget(cancelled)
    cancelled.passphrase_prompt = prompt(None)  # Cancel in the password dialog: nothing happens
    cancelled.target.setText(str(target))
    click_export(qtbot, cancelled)
    assert cancelled.outcome is None and not target.exists()


def test_incomplete_assessment_is_an_unsigned_draft(qtbot, store, identities, tmp_path):
    i18n.install("en")
    set_identity(store, identities)
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    blank = window.new_assessment("Cơ sở Mới")
    dialog = ExportReportDialog(store, blank, "en")
    qtbot.addWidget(dialog)
    assert not dialog.sign.isEnabled() and not dialog.sign.isChecked()
    text = dialog.completeness.text()
    assert "unsigned draft" in text and "the baseline period" in text and "CP options" in text
    dialog.passphrase_prompt = prompt(PASS)
    dialog.target.setText(str(tmp_path / "draft.pdf"))
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    assert not dialog.outcome.signed and dialog.outcome.missing
    assert dialog.result_title.text() == "The draft report is written"

    package = ExportPackageDialog(store, blank, "en")
    qtbot.addWidget(package)
    assert not package.export_button.isEnabled()
    assert "not complete" in package.state.text()
    assert not package.export() and "not complete" in package.error


# -- the sync package ------------------------------------------------------------------------------


def test_package_needs_an_identity(qtbot, store, sample_id):
    dialog = ExportPackageDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled() and "Preferences" in dialog.state.text()


def test_signed_package_is_intact_and_trusted(qtbot, store, sample_id, identities, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.sync.package import check_file

    set_identity(store, identities)
    dialog = ExportPackageDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.export_button.isEnabled()
    dialog.passphrase_prompt = prompt(PASS)
    target = tmp_path / "brewery.sxsh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "brewery"), ""))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.target.text() == str(target)
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    r = dialog.outcome
    assert r is not None and not r.encrypted and not dialog.error
    check = check_file(target, trusted=[identities["cert"].public_bytes(Encoding.DER)])
    assert check.intact and check.trusted and check.package_id == r.package_id
    assert dialog.result_fields["package"].text() == r.package_id
    assert dialog.result_fields["revision"].text().startswith(str(r.revision))
    assert CONSULTANT in dialog.result_fields["signer"].text()
    assert dialog.result_fields["encrypted"].text().startswith("not encrypted")
    assert store.get_meta("package_folder") == str(tmp_path)
    opened = []
    monkeypatch.setattr(export_support.sys, "platform", "other")
    monkeypatch.setattr(
        export_support.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_package_encrypted_for_the_so(qtbot, store, sample_id, identities, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.sync.package import Decryption, check_file

    set_identity(store, identities)
    dialog = ExportPackageDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    dialog.encrypt.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(identities["so_pem"]), ""))
    dialog.choose_certificate.click()
    assert "Sở Công Thương Nghệ An" in dialog.recipient_label.text()
    dialog.passphrase_prompt = prompt(PASS)
    target = tmp_path / "brewery-encrypted.sxsh"
    dialog.target.setText(str(target))
    click_export(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.outcome.encrypted and not dialog.error
    assert "Sở Công Thương Nghệ An" in dialog.result_fields["encrypted"].text()
    assert store.get_meta("so_certificate") == str(identities["so_pem"])
    trusted = [identities["cert"].public_bytes(Encoding.DER)]
    assert not check_file(target, trusted=trusted).intact  # no key, no package
    check = check_file(target, trusted=trusted, decryption=Decryption.from_file(identities["so_p12"], PASS.encode()))
    assert check.enveloped and check.trusted
    again = ExportPackageDialog(store, sample_id, "en")  # the certificate is remembered
    qtbot.addWidget(again)
    assert again.certificate.text() == str(identities["so_pem"]) and again.recipient is not None
