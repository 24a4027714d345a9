"""GUI tests start from the same state: each test that switches the language puts English back. Every
push button clicked and action triggered while the tier runs is recorded by name (controls.py), for the
check that each of them is driven by some test (test_every_control_is_clicked.py, run last)."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(session, config, items):
    """The check of what was clicked runs after every other test of the run."""
    last = [i for i in items if i.module.__name__.endswith("test_every_control_is_clicked")]
    items[:] = [i for i in items if i not in last] + last


_recorder = None


def pytest_sessionfinish(session, exitstatus):
    """With SXSH_CLICKED_OUT set, the names of the controls the run drove, one a line, to that file.

    With SXSH_CLICKED_DIR set (a run spread over pytest-xdist workers, each of which sees only its own
    tests' clicks), each process writes what it drove to a file of its own in that folder, and the process
    that was given the whole GUI tier writes `whole-tier`: a later serial run of
    test_every_control_is_clicked.py with the same SXSH_CLICKED_DIR checks the union."""
    import os
    from pathlib import Path

    out = os.environ.get("SXSH_CLICKED_OUT")
    folder = os.environ.get("SXSH_CLICKED_DIR")
    if not (out or folder):
        return
    import controls

    names = "\n".join(sorted(controls.clicked)) + "\n"
    if out:
        Path(out).write_text(names, encoding="utf-8")
    if folder:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(folder, f"clicked-{worker}.txt").write_text(names, encoding="utf-8")
        if worker == "main" and controls.whole_tier_given(session.config) and exitstatus == 0:
            Path(folder, "whole-tier").write_text("", encoding="utf-8")


@pytest.fixture(autouse=True)
def _record_clicks(qapp):
    global _recorder
    if _recorder is None:
        import controls
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QPushButton

        hooked_on = {QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress}
        action_added = QEvent.Type.ActionAdded

        class Recorder(QObject):
            def eventFilter(self, obj, event):
                kind = event.type()
                if kind == action_added:
                    controls.hook(event.action())
                elif kind in hooked_on and isinstance(obj, QPushButton):
                    controls.hook(obj)
                return False

        _recorder = Recorder()
        qapp.installEventFilter(_recorder)
    yield


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from sxsh_desktop.gui import i18n

        i18n.install("en")


@pytest.fixture
def shown(monkeypatch):
    """The texts of the warnings the window shows (QMessageBox.warning), in order: the boxes are not
    opened, as a test cannot click a modal box."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def warning(*args, **kwargs):
        texts.append(args[2])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return texts
