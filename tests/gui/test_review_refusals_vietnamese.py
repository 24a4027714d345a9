"""Refused packages in the Vietnamese review workspace: the reviewer clicks Nhập gói dữ liệu…, adds a
damaged, an unsigned, a report-swapped, a tampered and a stranger's package, clicks Nhập, and reads
beside each file why it was refused — in Vietnamese, whole (the reason is a message of the catalogue,
said in the screen's language; no English reaches the screen), while `sxsh import` would print the
same reasons in English."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from review_support import click_and_wait_for_import, make_packages
from screen_words import leaks, visible_texts

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.store.engine import open_store

LEFT = Qt.MouseButton.LeftButton


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, blob in entries.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), blob)
    return out.getvalue()


@pytest.fixture(scope="module")
def refused(tmp_path_factory):
    """The packages a reviewer may be sent that must be refused, and the words expected beside each."""
    packages = make_packages(tmp_path_factory.mktemp("packages"))
    folder = packages.folder.parent / "refused"
    folder.mkdir()
    good, other = (p.read_bytes() for p in packages.trusted)
    made = {
        "1-damaged.sxsh": good[: len(good) // 2],
        "2-unsigned.sxsh": _zip({k: v for k, v in _entries(good).items() if k != "manifest.json.p7s"}),
        "3-swapped.sxsh": _zip({**_entries(good), "report.pdf": _entries(other)["report.pdf"]}),
        "4-tampered.sxsh": packages.broken.read_bytes(),
        "5-stranger.sxsh": packages.untrusted.read_bytes(),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    expected = {
        "1-damaged.sxsh": "Không nhận được gói này: tệp bị cắt cụt hoặc bị hỏng (cuối tệp không có thư mục zip)",
        "2-unsigned.sxsh": "Bị sửa đổi sau khi ký: thiếu chữ ký của bản kê (manifest.json.p7s)",
        "3-swapped.sxsh": (
            "Bị sửa đổi sau khi ký: report.pdf đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)"
        ),
        "4-tampered.sxsh": (
            "Bị sửa đổi sau khi ký: assessment.json đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)"
        ),
        "5-stranger.sxsh": "Kẻ Lạ (Không rõ)",
    }
    return packages, folder, expected


@pytest.fixture
def window(qtbot, tmp_path, refused):
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.store.review_ops import ReviewStore

    packages = refused[0]
    store = open_store(f"sqlite:///{tmp_path / 'so.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Trần Bình", "organisation": "Sở Công Thương Nghệ An"})
    store.set_meta("language", "vi")
    ReviewStore(store).add_trusted_signer(trusted_signer_of(packages.consultant_cert), by="setup")
    i18n.install("vi")
    w = MainWindow(store, "vi", remember=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    store.close()


def test_refused_packages_say_why_in_vietnamese(qtbot, window, refused, monkeypatch, tmp_path):
    _, folder, expected = refused
    ws = window.show_review()
    qtbot.mouseClick(ws.import_button, LEFT)
    dialog = ws.import_dialog
    chosen = sorted(str(p) for p in folder.iterdir())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(dialog.add_files_button, LEFT)
    click_and_wait_for_import(qtbot, dialog)
    assert [o.status for o in dialog.outcomes] == ["refused"] * len(chosen)

    model = dialog.result_model
    shown = {}
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        shown[name] = (model.index(row, 4).data(), model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole))
    for name, words in expected.items():
        said, tip = shown[name]
        assert words in said, (name, said)
        assert tip.startswith("bị từ chối: "), (name, tip)  # the whole line, in Vietnamese too
    assert "Kẻ Lạ (Không rõ)" in shown["5-stranger.sxsh"][0]
    assert shown["5-stranger.sxsh"][1].startswith("bị từ chối: người ký chưa được tin cậy (Kẻ Lạ, Không rõ, SHA-256 ")
    assert not leaks(visible_texts(dialog), set(), {}, set()), leaks(visible_texts(dialog), set(), {}, set())
    if os.environ.get("SXSH_SCREENSHOT_DIR"):  # to look at by eye
        dialog.grab().save(os.path.join(os.environ["SXSH_SCREENSHOT_DIR"], "import-refused-vi.png"))
    # the CLI's words are untouched
    assert dialog.outcomes[0].line == "refused: the file is truncated or damaged (no zip directory at its end)"
    assert dialog.outcomes[1].line == "refused: the manifest's signature (manifest.json.p7s) is missing"


def _expired_certificate(path):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "Lê Cũ"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "VNCPC")]
    )
    start = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(start)
        .not_valid_after(dt.datetime(2020, 12, 1, tzinfo=dt.UTC))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def test_a_store_refusal_is_said_in_vietnamese(qtbot, window, monkeypatch, tmp_path):
    """Trusting an expired certificate: the store refuses it (StoreError, a message of the catalogue);
    the trusted signers dialog says so in Vietnamese, dates the Vietnamese way, and nothing is trusted."""
    from PySide6.QtWidgets import QMessageBox

    from sxsh_desktop.store.review_ops import ReviewStore

    ws = window.show_review()
    qtbot.mouseClick(ws.trust_button, LEFT)
    dialog = window.trusted_signers()
    before = [s.fingerprint for s in ReviewStore(window.store).trusted_signers()]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    dialog.confirm = lambda title, text: True
    old = _expired_certificate(tmp_path / "le-cu.pem")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert said == [
        "chứng thư của Lê Cũ đã hết hạn ngày 01/12/2020; chưa được tin cậy (các gói do chứng thư này ký cũng sẽ bị "
        "từ chối)"
    ]
    assert [s.fingerprint for s in ReviewStore(window.store).trusted_signers()] == before
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert said[-1] == f"{junk}: không phải là chứng thư số (PEM hoặc DER)"
    dialog.close()
