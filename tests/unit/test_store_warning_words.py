"""What opening the store has to say (store.warnings: a daily backup skipped, a database that can only be
read) is a message of the catalogue: `str()` is the line `sxsh` and the app print to stderr, as it always
read; the Vietnamese is what the window's status bar shows, said whole."""

from __future__ import annotations

import errno
import os

import pytest
from said_checks import english_words_left

from sxsh_desktop.domain.message import Message
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import backup, engine, open_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "sxsh.db"
    with open_store(path, auto_backup=False) as s:
        load_sample(s)
    return path


def _said_whole(warning: Message, en: str, vi: str, *quoted: str) -> None:
    assert isinstance(warning, Message)
    assert str(warning) == en
    assert warning.text("vi") == vi
    assert warning.untranslated() == []
    assert english_words_left(warning, *quoted) == set(), warning.text("vi")


def test_a_database_that_can_only_be_read(db, monkeypatch):
    monkeypatch.setattr(engine, "_readable", lambda _store: False)  # what a full disk under the file does
    with open_store(db) as s:
        assert s.read_only
        (warning,) = s.warnings
    _said_whole(
        warning,
        "the database can only be read (the disk is full or read-only); nothing can be changed and no backup was "
        "made until space is freed",
        "cơ sở dữ liệu chỉ đọc được (ổ đĩa đã đầy hoặc chỉ cho phép đọc); không thay đổi được gì và chưa tạo bản "
        "sao lưu nào cho đến khi giải phóng được dung lượng",
    )


def test_a_daily_backup_the_system_refused(db, monkeypatch):
    why = os.strerror(errno.ENOSPC)

    def full(_store):
        raise OSError(errno.ENOSPC, why)

    monkeypatch.setattr(backup, "backup_if_due", full)
    with open_store(db) as s:
        (warning,) = s.warnings
    _said_whole(warning, f"the daily backup was skipped ({why})", f"đã bỏ qua bản sao lưu hằng ngày ({why})", why)


def test_a_daily_backup_that_could_not_be_written(db, monkeypatch):
    why = os.strerror(errno.ENOSPC)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, why)

    monkeypatch.setattr(backup, "_copy_database", full)
    with open_store(db) as s:
        (warning,) = s.warnings
    folder = db.parent / "backups"
    _said_whole(
        warning,
        f"the daily backup was skipped: no backup was made: {folder} cannot be written ({why}); "
        "the database itself was not changed",
        f"đã bỏ qua bản sao lưu hằng ngày: chưa tạo được bản sao lưu: không ghi được vào {folder} ({why}); "
        "cơ sở dữ liệu không bị thay đổi",
        str(folder),
        why,
    )
