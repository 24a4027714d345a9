"""Why a backup was not made or not put back, and a migration that would leave broken references, as
messages of the catalogue: raised through `backup_now`, `restore_backup` and `open_store` with a bad
file or folder, the English as `sxsh` has always printed it, the Vietnamese whole (SQLite's and the
operating system's own words quoted as written), and no file changed by the refusal."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from said_checks import assert_said
from sqlalchemy import create_engine

from sxsh_desktop.domain.message import Message, refusal_text
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.store import backup as backups
from sxsh_desktop.store.backup import BackupWriteError, DamagedStoreError, backup_now
from sxsh_desktop.store.engine import migrate, sqlite_url
from sxsh_desktop.store.restore import restore_backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "sxsh.db"
    with open_store(path, auto_backup=False) as store:
        load_sample(store)
    return path


def _restore_refused(db: Path, backup: Path) -> StoreError:
    before = _digest(db)
    with pytest.raises(StoreError) as refused:
        restore_backup(db, backup)
    assert _digest(db) == before
    assert not (db.parent / "backups").exists() or not list((db.parent / "backups").glob("*before-restore*"))
    return refused.value


def test_a_missing_backup_file(db, tmp_path):
    gone = tmp_path / "sxsh-20250101-000000.db"
    assert_said(_restore_refused(db, gone), f"{gone}: no such backup file", f"Không có tệp sao lưu {gone}", str(gone))


def test_a_damaged_backup_quotes_what_sqlite_says(db, tmp_path):
    bad = tmp_path / "sxsh-bad.db"
    bad.write_bytes(b"this is not a database at all" * 200)
    exc = _restore_refused(db, bad)
    assert_said(
        exc,
        f"{bad} is damaged (cannot be read (file is not a database)); it was not restored",
        f"Bản sao lưu {bad} bị hỏng (không đọc được (file is not a database)); chưa khôi phục",
        str(bad),
        "file is not a database",
    )


def test_a_file_that_is_not_a_backup_of_ours(db, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    assert_said(
        _restore_refused(db, other),
        f"{other} is not a backup of an SXSH Desktop database; it was not restored",
        f"{other} không phải bản sao lưu cơ sở dữ liệu của SXSH Desktop; chưa khôi phục",
        str(other),
    )


def test_a_backup_of_a_newer_app(db, tmp_path):
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.close()
    assert_said(
        _restore_refused(db, newer),
        f"{newer} was made by a newer version of SXSH Desktop (revision 9999); update the app to restore it",
        f"{newer} do một phiên bản SXSH Desktop mới hơn tạo (bản sửa đổi 9999); hãy cập nhật ứng dụng để khôi phục",
        str(newer),
    )


def test_the_database_itself_is_not_a_backup(db):
    assert_said(
        _restore_refused(db, db),
        f"{db} is the database itself, not a backup",
        f"{db} chính là cơ sở dữ liệu đang dùng, không phải bản sao lưu",
        str(db),
    )


def test_a_backup_folder_that_cannot_be_written(db, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = _digest(db)
    with open_store(db, backup_dir=blocker, auto_backup=False) as store, pytest.raises(BackupWriteError) as refused:
        backup_now(store)
    why = refused.value.said.params["error"]
    assert why  # the operating system's words ("File exists"), quoted as written
    assert_said(
        refused.value,
        f"no backup was made: {blocker} cannot be written ({why})",
        f"chưa tạo được bản sao lưu: không ghi được vào {blocker} ({why})",
        str(blocker),
        why,
    )
    assert _digest(db) == before and blocker.read_text() == "x"


def test_a_server_database_is_backed_up_by_its_administrator():
    with open_store("sqlite://", auto_backup=False) as store, pytest.raises(StoreError) as refused:
        backup_now(store)
    assert_said(
        refused.value,
        "Backups of a server database are the job of the server's administrator; "
        "the app backs up only its own SQLite file.",
        "Việc sao lưu cơ sở dữ liệu trên máy chủ do quản trị viên máy chủ đảm nhận; ứng dụng chỉ sao lưu tệp "
        "SQLite của chính nó.",
    )


def test_a_damaged_store_is_not_backed_up_and_the_screen_says_why(db, monkeypatch):
    real = backups.check_file
    found = [Message("file.integrity", {"detail": "page 7 is never used"})]
    monkeypatch.setattr(backups, "check_file", lambda p: found if "partial" in str(p) else real(p))
    with open_store(db, auto_backup=False) as store, pytest.raises(DamagedStoreError) as refused:
        backup_now(store)
    assert_said(
        refused.value,
        "the database is damaged (integrity: page 7 is never used); no backup was made and the good backups "
        "were kept; there is no good backup to restore",
        "cơ sở dữ liệu bị hỏng (lỗi toàn vẹn: page 7 is never used); chưa tạo bản sao lưu nào và các bản sao lưu "
        "tốt vẫn được giữ; không có bản sao lưu tốt nào để khôi phục",
        "page 7 is never used",
    )
    assert refusal_text(refused.value, "vi").startswith("cơ sở dữ liệu bị hỏng (lỗi toàn vẹn:")


def test_the_newest_good_backup_is_offered_with_the_damage(db):
    with open_store(db, auto_backup=False) as store:
        good = backup_now(store)
    info = backups.newest_good(good.parent)
    assert info is not None
    exc = DamagedStoreError(
        [Message("file.dangling", {"table": "flow", "rowid": 1234, "parent": "process_step"})], info
    )
    assert str(exc) == (
        "the database is damaged (flow row 1234 points at a missing process_step row); no backup was made and the "
        f"good backups were kept; the newest good backup is {info.path} (made {info.made_local}); "
        f"restore it with: sxsh restore {info.path}"
    )
    assert exc.said.text("vi") == (
        "cơ sở dữ liệu bị hỏng (dòng 1.234 của bảng flow trỏ tới một dòng không còn trong bảng process_step); chưa "
        "tạo bản sao lưu nào và các bản sao lưu tốt vẫn được giữ; bản sao lưu tốt gần nhất là "
        f"{info.path} (lập lúc {info.made_local}); hãy khôi phục từ bản này"
    )
    assert exc.said.untranslated() == []


def test_a_migration_that_would_leave_broken_references_changes_nothing(tmp_path):
    old = tmp_path / "old.db"
    engine = create_engine(sqlite_url(old))
    migrate(engine, "0010")
    engine.dispose()
    with sqlite3.connect(old) as con:  # a row whose assessment is gone (foreign keys were off)
        con.execute(
            "INSERT INTO team_member (assessment_id, position, name, job_position, role, extra) "
            "VALUES ('no-such-assessment', 0, 'An', 'x', 'y', '{}')"
        )
    con.close()
    before = _digest(old)
    engine = create_engine(sqlite_url(old))
    with pytest.raises(StoreError) as refused:
        migrate(engine)
    engine.dispose()
    assert_said(
        refused.value,
        "The migration to head left 1 broken references; nothing was changed.",
        "Việc nâng cấp cơ sở dữ liệu lên bản sửa đổi mới nhất để lại 1 tham chiếu hỏng; không có gì bị thay đổi.",
    )
    assert _digest(old) == before


def test_the_messages_of_a_restore_that_cannot_be_reached_from_outside():
    """A copy that fails its check once written, and a damaged database that cannot be copied aside: the
    disk misbehaving under the restore (tests/unit/test_backups.py drives them with stand-ins)."""
    said = Message("restore.not_whole", {"path": "/b/sxsh-1.db"})
    assert str(said) == "/b/sxsh-1.db could not be copied whole; nothing was restored"
    assert said.text("vi") == "không sao chép được trọn vẹn /b/sxsh-1.db; chưa khôi phục gì"
    said = Message("restore.cannot_copy_aside", {"error": "No space left on device"})
    assert str(said) == "the current database could not be copied aside (No space left on device); nothing was restored"
    assert said.text("vi") == (
        "không sao chép riêng ra được cơ sở dữ liệu hiện tại (No space left on device); chưa khôi phục gì"
    )
    said = Message("backup.copy_failed", {"error": "disk I/O error"})
    assert str(said) == "no backup was made (disk I/O error); the database itself was not changed"
    assert said.text("vi") == "chưa tạo được bản sao lưu (disk I/O error); cơ sở dữ liệu không bị thay đổi"
