"""Helpers of the GUI tests that drive widgets as a user does (no tests here)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type `text` into `widget` key by key, Vietnamese letters too, as a keyboard with an input method
    sends them (QTest.keyClicks knows only Latin-1 keys): one key press and release per character,
    carrying the character."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


CONSULTANT = {"name": "Lê Văn An", "organisation": "VNCPC"}


def consultant_store(path, *, sample: bool = True):
    """A store at `path` (no daily backup) with the consultant's profile set, and the sample assessment in it."""
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{path}", auto_backup=False)
    store.set_meta("consultant_profile", dict(CONSULTANT))
    if sample:
        load_sample(store)
    return store


def shown_window(qtbot, store, *, language: str = "vi", remember: bool = False):
    """For a fixture to `yield from`: the main window on `store` in `language`, shown at 1366×768 (the
    smallest screen the app is laid out for); closed, and the store with it, after the test."""
    from sxsh_desktop.gui import i18n
    from sxsh_desktop.gui.main_window import MainWindow

    i18n.install(language)
    w = MainWindow(store, language, remember=remember)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    try:
        yield w
    finally:
        w.close()
        store.close()
