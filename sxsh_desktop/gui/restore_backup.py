"""Backups in the window: the newest good backup offered when the store is found damaged at start,
and File › Restore from backup… (asks first; the current file is backed up before it is replaced).

Both go through `store.restore.restore_backup`; the store's connections are closed around it so
that the next read sees the restored file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .forms import current_language, error_text

log = logging.getLogger(__name__)


def _restore(store: Any, backup: Path) -> Any:
    from ..store.restore import restore_backup

    store.engine.dispose()
    try:
        return restore_backup(store.sqlite_path, backup, store.backup_dir)
    finally:
        store.engine.dispose()


def offer_newest_good(store: Any, parent: QWidget | None = None, *, answer: Any = None) -> bool:
    """Tell at once that the store is damaged and offer its newest good backup; True when restored.

    `answer` stands in for the user's click (tests): QMessageBox.StandardButton.Yes or .No.
    """
    damage = getattr(store, "damage", None)
    if damage is None or store.sqlite_path is None:
        return False
    good = getattr(damage, "newest_good", None)
    language = current_language()
    problem = "; ".join(p.text(language) for p in getattr(damage, "problems", [])) or error_text(damage)
    problem = problem[:300]
    if good is None:
        text = QCoreApplication.translate(
            "RestoreBackup",
            "The database is damaged (%1). No backup was made, so your earlier backups are kept; "
            "but there is no good backup to restore. Export what you can and ask for help.",
        ).replace("%1", problem)
        if answer is None:
            QMessageBox.critical(parent, QCoreApplication.translate("RestoreBackup", "Database damaged"), text)
        return False
    text = (
        QCoreApplication.translate(
            "RestoreBackup",
            "The database is damaged (%1). No backup was made, so your earlier backups are kept.\n\n"
            "Restore the newest good backup, made %2? The damaged file is kept beside the backups.",
        )
        .replace("%1", problem)
        .replace("%2", good.made_local)
    )
    if answer is None:
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("RestoreBackup", "Database damaged"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        _restore(store, good.path)
    except Exception as exc:  # said in words; the store is as it was
        log.warning("restore failed: %s", exc)
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("RestoreBackup", "Database damaged"),
            QCoreApplication.translate("RestoreBackup", "The backup was not restored: %1").replace(
                "%1", error_text(exc)
            ),
        )
        return False
    store.damage = None
    return True


def choose_and_restore(window: Any, path: str | None = None, *, confirm: Any = None) -> bool:
    """File › Restore from backup…: choose a backup, confirm, back up the current file, restore.

    `path` and `confirm` stand in for the file dialog and the question (tests)."""
    store = window.store
    if store.sqlite_path is None:
        return False
    if path is None:
        folder = str(store.backup_dir or store.sqlite_path.parent)
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("RestoreBackup", "Restore from backup"),
            folder,
            QCoreApplication.translate("RestoreBackup", "SXSH backups (sxsh-*.db);;All files (*)"),
        )
        if not path:
            return False
    from ..store.backup import BackupInfo, backups_in

    chosen = next((b for b in backups_in(Path(path).parent) if b.path == Path(path)), None)
    when = chosen.made_local if isinstance(chosen, BackupInfo) else Path(path).name
    question = QCoreApplication.translate(
        "RestoreBackup",
        "Replace the database with the backup made %1?\n\n"
        "The database as it is now is backed up first, so this can be undone by restoring that copy.",
    ).replace("%1", when)
    if confirm is None:
        confirm = QMessageBox.question(
            window, QCoreApplication.translate("RestoreBackup", "Restore from backup"), question
        )
    if confirm != QMessageBox.StandardButton.Yes:
        return False
    window.prepare_for_restore()
    try:
        done = _restore(store, Path(path))
    except Exception as exc:  # said in words; nothing was replaced
        QMessageBox.warning(
            window,
            QCoreApplication.translate("RestoreBackup", "Restore from backup"),
            QCoreApplication.translate("RestoreBackup", "The backup was not restored: %1").replace(
                "%1", error_text(exc)
            ),
        )
        window.after_restore()
        return False
    window.after_restore()
    window.statusBar().showMessage(
        QCoreApplication.translate("RestoreBackup", "Backup restored; the database as it was is kept as %1").replace(
            "%1", str(done.before)
        ),
        15000,
    )
    return True
