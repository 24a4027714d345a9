"""The store's refusals and a database's failures are messages of the catalogue: the English `sxsh`
prints, as it always read, and the same in Vietnamese for the desktop app (the driver's own words are
read by keywords only to choose the message; SQL and credentials are never shown)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from sxsh_desktop.domain.message import Message, refusal_text
from sxsh_desktop.store import open_store
from sxsh_desktop.store.errors import StoreError
from sxsh_desktop.store.review_ops import ReviewError, ReviewStore
from sxsh_desktop.store.words import database_error_in_words


def _sqlalchemy(error: Exception, cls=OperationalError):
    return cls("INSERT INTO x VALUES (?)", ("secret",), error)


@pytest.mark.parametrize(
    ("driver", "en", "vi"),
    [
        (
            sqlite3.OperationalError("database is locked"),
            "the database is busy (another program is writing to it); try again",
            "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại",
        ),
        (
            sqlite3.OperationalError("database or disk is full"),
            "the disk is full; free some space and try again",
            "ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại",
        ),
        (
            sqlite3.IntegrityError(
                'new row for relation "x" violates check constraint "ck_received_assessment_revision_positive"'
            ),
            "a value is outside what the store accepts (ck_received_assessment_revision_positive)",
            "một giá trị nằm ngoài phạm vi được lưu (ck_received_assessment_revision_positive)",
        ),
        (
            sqlite3.OperationalError('FATAL:  password authentication failed for user "so"'),
            "the database server refused the user name or password",
            "máy chủ cơ sở dữ liệu không chấp nhận tên người dùng hoặc mật khẩu",
        ),
    ],
)
def test_a_database_failure_in_both_languages(driver, en, vi):
    said = database_error_in_words(_sqlalchemy(driver))
    assert isinstance(said, Message) and str(said) == en and said.text("vi") == vi


def test_words_no_rule_knows_are_the_drivers_first_line_without_sql():
    said = database_error_in_words(_sqlalchemy(sqlite3.OperationalError("something odd\nsecond line")))
    assert str(said) == "something odd"
    assert said.text("vi") == "lỗi cơ sở dữ liệu: something odd"
    assert "INSERT" not in said.text("vi") and "secret" not in said.text("vi")


def test_store_refusals_keep_their_english_and_say_it_in_vietnamese(tmp_path):
    store = open_store(tmp_path / "s.db")
    try:
        with pytest.raises(StoreError) as missing:
            store.get_assessment("no-such-id")
        assert str(missing.value) == "There is no assessment with id no-such-id."
        assert refusal_text(missing.value, "vi") == "Không có đánh giá nào mang mã no-such-id."
        review = ReviewStore(store)
        with pytest.raises(ReviewError) as absent:
            review.set_state("nope", "approved")
        assert str(absent.value) == "id: no received assessment 'nope'"
        assert refusal_text(absent.value, "vi") == "không có đánh giá đã nhận nào mang mã 'nope'"
        with pytest.raises(ReviewError) as empty:
            review.add_comment("nope", "  ")
        assert refusal_text(empty.value, "vi") == "nhận xét đang để trống"
    finally:
        store.close()


def test_a_transition_names_the_states_in_both_languages():
    from sxsh_desktop.store.review_ops.workflow import _state

    said = Message(
        "review.transition",
        {
            "before": _state("approved"),
            "allowed": (_state("has_issues"), _state("rejected")),
            "after": _state("received"),
        },
    )
    assert str(said) == "state: an assessment that is approved can become has issues, rejected, not received"
    assert said.text("vi") == (
        "đánh giá ở trạng thái đã phê duyệt chỉ có thể chuyển sang cần bổ sung, không chấp nhận, không sang đã nhận"
    )


def test_a_store_refusal_of_an_import_is_said_whole_in_vietnamese():
    problem = database_error_in_words(
        _sqlalchemy(sqlite3.IntegrityError("UNIQUE constraint failed: x.id"), IntegrityError)
    )
    said = Message("intake.store_refused", {"problem": problem})
    assert str(said) == "the store refused it (a record with the same key is already stored)"
    assert said.text("vi") == "cơ sở dữ liệu không nhận gói (đã có một bản ghi cùng khoá được lưu)"
    assert said.untranslated() == []


def test_a_database_from_a_newer_app_is_refused_in_both_languages(tmp_path):
    db = tmp_path / "newer.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.close()
    with pytest.raises(StoreError) as refused:
        open_store(db)
    assert str(refused.value).startswith("This database was made by a newer version of SXSH Desktop (revision 9999)")
    assert refusal_text(refused.value, "vi").startswith(
        "Cơ sở dữ liệu này do một phiên bản SXSH Desktop mới hơn tạo (bản sửa đổi 9999); hãy cập nhật ứng dụng để mở."
    )
