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
    """With SXSH_CLICKED_OUT set, the names of the controls the run drove, one a line, to that file."""
    import os

    out = os.environ.get("SXSH_CLICKED_OUT")
    if out:
        import controls

        with open(out, "w", encoding="utf-8") as fh:
            fh.write("\n".join(sorted(controls.clicked)) + "\n")


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
