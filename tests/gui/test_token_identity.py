"""A USB token (PKCS#11, here SoftHSM2) as the signing identity: set on the identity page of Preferences
(library, token label, key label; "Test…" asks the PIN, opens the token and says who its certificate
names), kept in the store without the PIN, then used by the report and package export dialogs (the
PIN asked at signing); the signed report checked by pyHanko; a wrong PIN said in words. The .p12
identity path keeps working (tests/gui/test_export_dialogs.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from sxsh_desktop.gui import first_run as fr
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.preferences import PreferencesDialog
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.engine import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from softhsm import SOFTHSM_LIB, reload_softhsm

PIN, SO_PIN, TOKEN, KEY = "123456", "87654321", "sxsh-token", "consultant"
HOLDER, ORGANISATION = "Phạm Thị Token", "Trung tâm SXSH Miền Trung"

pytestmark = pytest.mark.skipif(
    not SOFTHSM_LIB.exists() or shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None,
    reason="SoftHSM2 (softhsm2-util, /usr/lib/softhsm/libsofthsm2.so) or pkcs11-tool (opensc) is not installed: "
    "apt-get install softhsm2 opensc",
)


@pytest.fixture(scope="module")
def token(tmp_path_factory):
    """A SoftHSM2 token holding a consultant's key and certificate (made as a .p12, then written to the
    token with pkcs11-tool, as tests/integration/test_report_pdf.py does). One for the module: the
    PKCS#11 library is loaded once per process and reads its configuration then."""
    with pytest.MonkeyPatch.context() as mp:
        yield _make_token(tmp_path_factory.mktemp("softhsm"), mp)


def _make_token(hsm: Path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from sxsh_desktop.signing.identity import load_pkcs12, new_identity

    (hsm / "tokens").mkdir(parents=True)
    conf = hsm / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {hsm / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--so-pin", SO_PIN, "--pin", PIN],
        check=True,
        capture_output=True,
        env=env,
    )
    p12 = hsm / "id.p12"
    new_identity(HOLDER, ORGANISATION, p12, b"mat-khau-tam-thoi")
    ident = load_pkcs12(p12, b"mat-khau-tam-thoi")
    (hsm / "key.der").write_bytes(ident.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    (hsm / "cert.der").write_bytes(ident.certificate.public_bytes(Encoding.DER))
    for path, kind in ((hsm / "key.der", "privkey"), (hsm / "cert.der", "cert")):
        subprocess.run(
            [
                "pkcs11-tool",
                "--module",
                str(SOFTHSM_LIB),
                "--token-label",
                TOKEN,
                "--login",
                "--pin",
                PIN,
                "--write-object",
                str(path),
                "--type",
                kind,
                "--id",
                "01",
                "--label",
                KEY,
            ],
            check=True,
            capture_output=True,
            env=env,
        )
    p12.unlink()
    (hsm / "key.der").unlink()
    reload_softhsm()  # another test in this process may have loaded the library with its own tokens
    return ident.certificate


@pytest.fixture
def store(_private_data_dir):
    s = open_store(f"sqlite:///{_private_data_dir / 'token.db'}")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store, monkeypatch):
    i18n.install("en")
    w = MainWindow(store, "en", remember=False)
    qtbot.addWidget(w)
    monkeypatch.setattr(fr, "ask_restart", lambda *a: None)
    yield w
    w.close()


def _set_token(page, pin_answers: list[str | None]) -> list[str]:
    asked: list[str] = []

    def pin(_parent, label):
        asked.append(label)
        return pin_answers.pop(0)

    page.pin_prompt = pin
    page.token.setChecked(True)
    page.library.setEditText(str(SOFTHSM_LIB))
    page.token_label.setText(TOKEN)
    page.key_label.setText(KEY)
    return asked


def _pyhanko_status(pdf: Path):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with pdf.open("rb") as fh:
        [sig] = PdfFileReader(fh, strict=False).embedded_signatures
        return validate_pdf_signature(
            sig, signer_validation_context=ValidationContext(trust_roots=[], allow_fetching=False)
        )


def test_a_token_set_in_preferences_signs_the_report(qtbot, window, store, token, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives import hashes

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    page = dialog.identity_page
    asked = _set_token(page, ["000000", PIN])
    assert page.library.isEnabled() and page.test_button.isEnabled()
    assert page.problem().startswith("Test the token first")  # who it names is not known yet

    # a wrong PIN: said in words, nothing kept
    assert not page.test_token()
    assert page.token_result.text() == "PKCS#11 token 'sxsh-token': wrong PIN"  # the English the CLI prints
    assert page.problem() is not None

    page.test_button.click()  # the right PIN
    assert asked == [TOKEN, TOKEN]
    assert page.token_result.text().startswith(f"The token signs as {HOLDER} ({ORGANISATION}), valid from ")
    assert page.problem() is None
    dialog.accept()
    assert dialog.apply() == []
    meta = store.get_meta(fr.IDENTITY_KEY)
    assert meta["kind"] == "pkcs11" and meta["pkcs11_lib"] == str(SOFTHSM_LIB)
    assert (meta["token_label"], meta["key_label"], meta["name"]) == (TOKEN, KEY, HOLDER)
    assert meta["fingerprint"] == token.fingerprint(hashes.SHA256()).hex(":").upper()
    assert PIN not in repr(meta) and "path" not in meta  # the PIN is never kept

    # Preferences again: the token is shown as the current identity, its fields filled in
    again = PreferencesDialog(window)
    qtbot.addWidget(again)
    assert f"{HOLDER} on the USB token {TOKEN} (key {KEY})" in again.identity_page.current_label.text()
    assert again.identity_page.token_label.text() == TOKEN
    assert again.identity_page.library.currentText() == str(SOFTHSM_LIB)

    # the report, signed on the token (the PIN asked at signing)
    sample_id = load_sample(store).assessment_id
    report = ExportReportDialog(store, sample_id, "en")
    qtbot.addWidget(report)
    assert report.sign.isEnabled() and report.sign.isChecked()
    assert HOLDER in report.who.text() and f"on the USB token {TOKEN}" in report.who.text()

    # a wrong PIN at signing: said, nothing written
    report.passphrase_prompt = lambda _parent, meta: "999999"
    bad = tmp_path / "bad.pdf"
    report.target.setText(str(bad))
    assert report.export()
    qtbot.waitUntil(lambda: bool(report.error), timeout=60000)
    assert report.error == "PKCS#11 token 'sxsh-token': wrong PIN"
    assert not bad.exists()

    pins: list[str] = []
    report.passphrase_prompt = lambda _parent, meta: (pins.append(meta["token_label"]), PIN)[1]
    target = tmp_path / "signed-on-token.pdf"
    report.target.setText(str(target))
    assert report.export()
    qtbot.waitUntil(lambda: report.outcome is not None or bool(report.error), timeout=60000)
    assert not report.error and pins == [TOKEN]
    assert report.outcome.signed and report.outcome.signer.name == HOLDER
    status = _pyhanko_status(target)
    assert status.intact and status.valid and status.signing_cert.subject.native["common_name"] == HOLDER


def test_a_token_signs_the_sync_package(qtbot, window, store, token, tmp_path):
    from sxsh_desktop.sync.package import check_file

    page = fr.IdentityPage(None)
    qtbot.addWidget(page)
    _set_token(page, [PIN])
    assert page.test_token()
    page.apply(store, tmp_path)
    sample_id = load_sample(store).assessment_id
    dialog = ExportPackageDialog(store, sample_id, "en")
    qtbot.addWidget(dialog)
    assert dialog.problem() is None and dialog.export_button.isEnabled()
    dialog.passphrase_prompt = lambda _parent, meta: PIN
    target = tmp_path / "token.sxsh"
    dialog.target.setText(str(target))
    assert dialog.export()
    qtbot.waitUntil(lambda: dialog.outcome is not None or bool(dialog.error), timeout=60000)
    assert not dialog.error
    check = check_file(
        target,
        trusted=[
            token.public_bytes(
                __import__("cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER
            )
        ],
    )
    assert check.verdict == "trusted" and check.signer.name == HOLDER


def test_token_problems_in_words_and_in_vietnamese(qtbot, window, store, token, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    i18n.install("vi")
    page = fr.IdentityPage(None)
    qtbot.addWidget(page)
    assert page.token.text() == "Dùng USB token (&PKCS#11)"
    _set_token(page, ["000000", "000000"])
    page.token_label.setText("no-such-token")
    assert not page.test_token()
    assert page.token_result.text() == (
        "Không có USB token 'no-such-token' nào đang được cắm vào máy: hãy "
        "kiểm tra nhãn token (phần mềm quản lý token hiển thị nhãn này)"
    )
    page.token_label.setText(TOKEN)
    assert not page.test_token()
    assert page.token_result.text() == "Sai mã PIN của USB token 'sxsh-token'. Chưa có gì được ghi; hãy thử lại"
    page.library.setEditText("/no/such/library.so")
    assert page.problem().startswith("Hãy chọn thư viện PKCS#11 của token")
