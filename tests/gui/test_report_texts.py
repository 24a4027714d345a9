"""The consultant's own summary and conclusions, typed into the real editors of File › Export report…: each
pause in typing is one undoable store edit, the export prints what was just typed, and a process killed
after typing keeps the text."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
from sxsh_desktop.store import open_store
from sxsh_desktop.store.backup import integrity_check
from tests.gui.gui_support import type_text
from tests.gui.test_pages_support import sample_workspace

SUMMARY = "Nhà máy giảm 11 % điện năng trên mỗi hL."
CONCLUSIONS = "Kiến nghị: lắp đồng hồ đo hơi."


def _stored(store, aid):
    a = store.get_assessment(aid)
    return a.executive_summary, a.conclusions


def test_typing_is_saved_after_a_pause_as_one_undoable_edit(qtbot, tmp_path):
    i18n.install("en")
    ws = sample_workspace(tmp_path, "en")
    dialog = ExportReportDialog(ws.store, ws.assessment_id, "en", workspace=ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.texts.summary.placeholderText().startswith("Empty: the report writes the summary")
    type_text(dialog.texts.summary, SUMMARY)
    assert dialog.texts.summary.timer.isActive() and _stored(ws.store, ws.assessment_id)[0] == ""
    # nothing moves the focus: the pause in typing alone saves
    qtbot.waitUntil(lambda: _stored(ws.store, ws.assessment_id)[0] == SUMMARY, timeout=5000)
    assert ws.undo_stack.count() == 1 and ws.undo_stack.undoText() == "Edit the report's summary"
    type_text(dialog.texts.conclusions, CONCLUSIONS)  # leaving the summary saved nothing new
    qtbot.waitUntil(lambda: _stored(ws.store, ws.assessment_id) == (SUMMARY, CONCLUSIONS), timeout=5000)
    assert ws.undo_stack.count() == 2
    dialog.target.setFocus()  # leaving the editor with nothing new typed adds no edit
    assert ws.undo_stack.count() == 2
    ws.undo_stack.undo()
    assert _stored(ws.store, ws.assessment_id) == (SUMMARY, "")
    assert dialog.texts.conclusions.toPlainText() == ""  # the editor follows the undo
    ws.undo_stack.redo()
    assert _stored(ws.store, ws.assessment_id) == (SUMMARY, CONCLUSIONS)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_prints_what_was_just_typed(qtbot, tmp_path, monkeypatch):
    i18n.install("en")
    ws = sample_workspace(tmp_path, "vi")
    dialog = ExportReportDialog(ws.store, ws.assessment_id, "vi", workspace=ws)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.texts.conclusions, CONCLUSIONS)
    target = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # before the pause has saved it
    qtbot.waitUntil(lambda: dialog.outcome is not None or bool(dialog.error), timeout=90000)
    assert dialog.outcome is not None, dialog.error
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert f"Kết luận và kiến nghị {CONCLUSIONS}" in text
    assert "Triển khai các cơ hội đã được chọn" not in text  # the generated recommendations are left out
    assert _stored(ws.store, ws.assessment_id)[1] == CONCLUSIONS


CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication
    from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
    from sxsh_desktop.store import open_store
    from tests.gui.gui_support import type_text

    app = QApplication([])
    store = open_store(sys.argv[1])
    dialog = ExportReportDialog(store, sys.argv[2], "vi")
    dialog.show()
    type_text(dialog.texts.summary, sys.argv[3])
    print("typed", flush=True)
    app.exec()  # until killed: never closed, never left
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_after_typing_keeps_the_text(tmp_path):
    from sxsh_desktop.services.documents import load_sample

    url = f"sqlite:///{tmp_path / 'kill.db'}"
    with open_store(url) as store:
        aid = load_sample(store).assessment_id
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, SXSH_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, aid, SUMMARY], stdout=subprocess.PIPE, text=True, env=env, cwd=root
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 60
        with open_store(url) as other:  # another process's view of the file
            while _stored(other, aid)[0] != SUMMARY and time.monotonic() < deadline:
                time.sleep(0.2)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    with open_store(url) as store:
        assert _stored(store, aid)[0] == SUMMARY
        assert integrity_check(store) == []
