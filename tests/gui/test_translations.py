"""The Vietnamese catalogue is complete, keeps every placeholder, and its .qm is built."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def _messages(name: str):
    root = ET.parse(TRANSLATIONS / name).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_vietnamese_message_is_translated():
    assert 'type="unfinished"' not in (TRANSLATIONS / "sxsh_vi.ts").read_text(encoding="utf-8")
    empty = []
    for context, message in _messages("sxsh_vi.ts"):
        tr = message.find("translation")
        texts = [f.text for f in tr.findall("numerusform")] if message.get("numerus") == "yes" else [tr.text]
        if not all(t and t.strip() for t in texts):
            empty.append(f"{context}: {message.findtext('source')}")
    assert not empty, empty


def test_translations_keep_their_placeholders():
    wrong = []
    for context, message in _messages("sxsh_vi.ts"):
        source = message.findtext("source")
        tr = message.find("translation")
        text = tr.findtext("numerusform") if message.get("numerus") == "yes" else tr.text
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text or "")):
            wrong.append(f"{context}: {source!r} → {text!r}")
    assert not wrong, wrong


def test_the_catalogues_are_built():
    for lang in ("vi", "en"):
        qm = TRANSLATIONS / f"sxsh_{lang}.qm"
        assert qm.exists() and qm.stat().st_size > 1000, f"run scripts/update-translations ({qm.name})"


def test_every_string_of_the_gui_is_in_the_catalogue(tmp_path):
    """A tr() string added without running scripts/update-translations would show in English."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate is part of PySide6; it should be next to the interpreter"
    root = TRANSLATIONS.parents[1]
    sources = sorted(str(p) for p in (root / "sxsh_desktop" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(lupdate),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "vi",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    wanted = {(c, m.findtext("source")) for c, m in _messages_of(fresh)}
    have = {(c, m.findtext("source")) for c, m in _messages("sxsh_vi.ts")}
    missing = sorted(wanted - have)
    assert not missing, f"run scripts/update-translations and translate: {missing[:10]}"


def _messages_of(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_qt_standard_buttons_speak_vietnamese(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from sxsh_desktop.gui import i18n

    assert i18n.install("vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}
    i18n.install("en")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert {b.text().replace("&", "") for b in box2.buttons()} == {"OK", "Cancel"}


def test_qt_file_dialog_speaks_vietnamese(qtbot, tmp_path):
    """Qt's own file dialog (the one a Linux desktop without a native one shows, e.g. to pick a
    package): every label, button, column and place on it is Vietnamese. Qt 6 spells some of its
    sources differently from Qt 5 ("&Look in:", "Files of &type:", "Computer"), so the catalogue
    carries both."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QHeaderView, QLabel, QListView

    from sxsh_desktop.gui import i18n

    assert i18n.install("vi")
    try:
        dialog = QFileDialog(None, "Chọn gói", str(tmp_path), "Gói SXSH (*.sxsh)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.text()]
        for header in dialog.findChildren(QHeaderView):
            model = header.model()
            texts += [str(model.headerData(i, header.orientation())) for i in range(header.count())]
        sidebar = dialog.findChild(QListView, "sidebar")
        texts += [sidebar.model().index(i, 0).data() for i in range(sidebar.model().rowCount())]
        texts += [
            c.itemText(i)
            for c in dialog.findChildren(QComboBox)
            for i in range(c.count())
            if c.objectName() == "fileTypeCombo"
        ]
        english = {
            "Look in:",
            "Files of type:",
            "File name:",
            "Computer",
            "Name",
            "Size",
            "Type",
            "Date Modified",
            "Open",
            "Cancel",
        }
        shown = {t.replace("&", "") for t in texts}
        assert not shown & english, sorted(shown & english)
        assert {"Tìm trong:", "Loại tệp:", "Tên tệp:", "Máy tính"} <= shown, sorted(shown)
    finally:
        i18n.install("en")
