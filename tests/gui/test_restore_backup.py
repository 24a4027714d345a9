"""File › Restore from backup… asks first and backs up the current file; a store found damaged at
start is told at once, with its newest good backup offered."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QFileDialog, QMessageBox

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.gui.restore_backup import offer_newest_good
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store.backup import DamagedStoreError, backup_now, backups, list_backups
from sxsh_desktop.store.engine import open_store


@pytest.fixture
def store(_private_data_dir):
    s = open_store(f"sqlite:///{_private_data_dir / 'gui.db'}", auto_backup=False)
    load_sample(s)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    i18n.install("en")
    w = MainWindow(store, "en", remember=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_restore_from_backup_asks_first_and_keeps_the_current_file(qtbot, window, store, monkeypatch):
    good = backup_now(store)
    (a,) = store.list_assessments()
    store.delete_assessment(a.id)
    window.show_start()
    assert window.start.table.model().rowCount() == 0
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))

    def no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    window.restore_action.trigger()
    assert asked and "backed up first" in asked[0]
    assert store.list_assessments() == []  # said no: nothing changed

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.restore_action.trigger()
    assert [x.id for x in store.list_assessments()] == [a.id]
    assert window.start.table.model().rowCount() == 1
    assert "Backup restored" in window.statusBar().currentMessage()
    before = [b for b in backups(store) if "before-restore" in b.path.name]
    assert len(before) == 1 and before[0].good
    with sqlite3.connect(before[0].path) as con:
        assert con.execute("SELECT count(*) FROM assessment").fetchone()[0] == 0


def test_a_damaged_store_is_told_at_once_with_the_newest_good_backup(qtbot, store, _private_data_dir, monkeypatch):
    backup_now(store)
    path = store.sqlite_path
    store.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'flow'").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(b"\xa5" * 4096)
    damaged = open_store(path, auto_backup=False)
    with pytest.raises(DamagedStoreError) as found:  # what the daily backup at start finds
        backup_now(damaged)
    damaged.damage = found.value
    shown = []

    def warn(*args, **kwargs):
        shown.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    i18n.install("en")
    assert offer_newest_good(damaged) is True
    assert "damaged" in shown[0] and "Restore the newest good backup" in shown[0]
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [x.id for x in damaged.list_assessments()]
    assert len(list_backups(damaged)) == 1  # the damaged copy is kept aside, never counted as good
    damaged.close()
