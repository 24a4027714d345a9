"""A document that File › Import… refuses, a sample the first-start wizard cannot open, a daily backup
skipped on a full disk and a store that does not open are said on a Vietnamese screen in Vietnamese:
the message box and the status bar say the catalogue's Vietnamese (numbers the Vietnamese way, the field
by its display name), not the CLI's English, which stderr still prints. Each is driven by the menu's
action, the wizard's buttons or the app's start; only the file dialog and the message box are replaced."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from gui_support import consultant_store, shown_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from sxsh_desktop.gui import app as gui_app
from sxsh_desktop.gui import first_run as fr
from sxsh_desktop.gui import i18n
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services import documents

LEFT = Qt.MouseButton.LeftButton
SAMPLE = resources_dir() / "samples" / "brewery-sample.json"
NOT_JSON = "Expecting property name enclosed in double quotes"  # the JSON parser's own words, quoted


@pytest.fixture
def window(qtbot, _private_data_dir):
    yield from shown_window(qtbot, consultant_store(_private_data_dir / "sxsh.db"), language="vi")


def _named(name: str) -> bytes:
    """The sample, its facility's name spelled `name` as JSON."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    text = json.dumps(doc, ensure_ascii=False)
    return text.replace(json.dumps(doc["facility"]["name"], ensure_ascii=False), name, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "said", "english"),
    [
        (
            b"{\n" + b'"a": 1,\n' * 1499 + b"}",
            "tệp {p} không phải JSON hợp lệ (dòng 1.501, cột 1: " + NOT_JSON + ")",
            "is not JSON",
        ),
        (b"\xff\xd8\xff\xe0binary", "tệp {p} không phải tệp văn bản mã UTF-8", "is not a text file"),
        (
            _named(json.dumps("x" * 2_000_001)),
            "tệp {p}: $.facility.name: một văn bản dài 2.000.001 ký tự (tối đa 100.000)",
            "characters (at most",
        ),
        (_named('"Bia\\u0000Huế"'), "tệp {p}: $.facility.name: một văn bản chứa ký tự NUL (\\u0000)", "holds a NUL"),
        (
            b'{"format": "sxsh-report"}',
            "Định dạng tài liệu: phải là 'sxsh-assessment' (đang là \"sxsh-report\"): tệp này không phải tài liệu "
            "đánh giá SXSH",
            "should be",
        ),
        (
            _named('""'),
            "Tên cơ sở: không được để trống",
            "non-empty",
        ),
    ],
    ids=["not JSON", "not UTF-8", "text too long", "NUL", "another format", "empty facility name"],
)
def test_a_broken_document_imported_is_refused_in_vietnamese(
    qtbot, window, shown, tmp_path, monkeypatch, raw, said, english
):
    path = tmp_path / "hong.json"
    path.write_bytes(raw)
    before = window.store.list_assessments()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Không nhập được tệp: " + said.replace("{p}", str(path))]
    assert english not in shown[0]
    assert window.store.list_assessments() == before


def test_a_damaged_sample_in_the_first_start_wizard_is_said_in_vietnamese(
    qtbot, shown, tmp_path, monkeypatch, _private_data_dir
):
    bad = tmp_path / "brewery-sample.json"
    bad.write_bytes(_named('"Bia\\u0000Huế"'))
    monkeypatch.setattr(documents, "sample_path", lambda: bad)
    for window in shown_window(qtbot, consultant_store(_private_data_dir / "sxsh.db", sample=False), language="vi"):
        dialog = fr.FirstRunDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        finish = dialog.button(QWizard.WizardButton.FinishButton)
        for _ in range(10):  # Next, page after page, the sample checked as it is at first
            if finish.isVisible():
                break
            qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), LEFT)
        assert dialog.sample.isChecked()
        qtbot.mouseClick(finish, LEFT)
        window.first_run(dialog)
        assert shown == [f"đánh giá mẫu bị hỏng: tệp {bad}: $.facility.name: một văn bản chứa ký tự NUL (\\u0000)"]
        assert window.store.list_assessments() == []
        assert window.store.get_meta(fr.PROFILE_KEY) is not None  # the rest of the wizard is kept


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a 1 MB tmpfs, then filled (as tests/integration/test_store_full_disk.py does)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace')[:200]}")
    try:
        for name, chunk in (("filler", 4096), ("filler-small", 1)):
            fd = os.open(mount / name, os.O_CREAT | os.O_WRONLY, 0o600)
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
            finally:
                os.close(fd)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_backup_skipped_on_a_full_disk_is_said_in_the_status_bar_in_vietnamese(
    qtbot, full_disk, tmp_path, monkeypatch, capsys
):
    db = tmp_path / "data" / "sxsh.db"
    db.parent.mkdir()
    consultant_store(db).close()
    (db.parent / "backups").symlink_to(full_disk, target_is_directory=True)
    seen: list[str] = []
    # the app starts as it does (the store opened, its daily backup tried, the window made); the picture
    # it would take is replaced by reading the window's status bar
    monkeypatch.setattr(gui_app, "screenshot", lambda w, *a, **k: seen.append(w.statusBar().currentMessage()))
    try:
        assert gui_app.main(["--db", f"sqlite:///{db}", "--screenshot", str(tmp_path / "shot.png")]) == 0
    finally:
        i18n.install("en")
    full = "database or disk is full"  # SQLite's own words
    assert seen == [
        f"Đã bỏ qua bản sao lưu hằng ngày: chưa tạo được bản sao lưu ({full}); cơ sở dữ liệu không bị thay đổi"
    ]
    err = capsys.readouterr().err  # the CLI's English, as it always read
    assert (
        f"sxsh-desktop: warning: the daily backup was skipped: no backup was made ({full}); "
        "the database itself was not changed\n"
    ) in err
    assert not [p for p in full_disk.iterdir() if not p.name.startswith("filler")]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ([], "{db} không phải cơ sở dữ liệu SQLite đọc được (file is not a database); tệp không bị thay đổi."),
        (["--lang", "en"], "{db} is not a readable SQLite database (file is not a database); it was not changed."),
    ],
    ids=["the app's language", "--lang en"],
)
def test_a_store_that_does_not_open_is_said_before_the_language_is_known(qtbot, tmp_path, monkeypatch, lang, said):
    db = tmp_path / "hong.db"
    db.write_bytes(b"not a database, " * 512)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: told.append(a[2])))
    try:
        assert gui_app.main(["--db", f"sqlite:///{db}", *lang]) == 2
    finally:
        i18n.install("en")
    assert told == [said.replace("{db}", str(db))]
    assert Path(db).read_bytes() == b"not a database, " * 512
