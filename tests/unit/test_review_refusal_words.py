"""The review's refusals as messages of the catalogue: an id that names no received assessment or
several, a state, a grouping or a method that is not one the review knows, a revision not received, an
export folder that cannot be used. Raised through the review store and the review service with bad input;
the English as `sxsh review` has always printed it, the Vietnamese whole (the choices by their names)."""

from __future__ import annotations

import pytest
from said_checks import assert_said
from test_review import _incoming

from sxsh_desktop.review.service import export_approved, export_csv
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewError, ReviewStore


@pytest.fixture
def review(tmp_path):
    store = open_store(tmp_path / "so.db")
    review = ReviewStore(store)
    review.record_import(_incoming("a1-first"), by="Trần Bình")
    review.record_import(_incoming("a2-second", tax="2901234568"), by="Trần Bình")
    yield review
    store.close()


def _refused(review, call) -> ReviewError:
    before = (review.list_received(), review.audit_log())
    with pytest.raises(ReviewError) as refused:
        call()
    assert (review.list_received(), review.audit_log()) == before
    return refused.value


@pytest.mark.parametrize(
    ("call", "en", "vi"),
    [
        (
            lambda r: r.resolve_id("zz"),
            "id: no received assessment 'zz' (see 'sxsh summary' or the review list)",
            "không có đánh giá đã nhận nào mang mã 'zz' (xem danh sách hồ sơ đã nhận)",
        ),
        (
            lambda r: r.resolve_id("a"),
            "id: 'a' matches several received assessments; give more of the id",
            "mã 'a' khớp với nhiều đánh giá đã nhận; hãy nhập thêm ký tự của mã",
        ),
        (
            lambda r: r.set_state("a1-first", "xong"),
            "state: 'xong' is not one of received, has_issues, approved, rejected",
            "'xong' không phải là trạng thái hồ sơ (chỉ có: đã nhận, cần bổ sung, đã phê duyệt, không chấp nhận)",
        ),
        (
            lambda r: r.aggregate("tinh"),
            "group: 'tinh' is not one of province, vsic, sector, year",
            "'tinh' không phải là cách nhóm số liệu (chỉ có: tỉnh/thành phố, mã ngành VSIC, ngành, năm)",
        ),
        (
            lambda r: r.set_methods({1: "uoc_luong"}),
            "method: one of regression, ratio",
            "phương pháp tính tiết kiệm phải là một trong: hồi quy, tỷ số",
        ),
        (
            lambda r: r.received("a1-first", 1234),
            "revision: assessment a1-first has no revision 1234 here (there are 1)",
            "đánh giá a1-first không có lần sửa 1.234 ở đây (hiện có: 1)",
        ),
        (
            lambda r: r.package_bytes("zz"),
            "id: no received assessment 'zz'",
            "không có đánh giá đã nhận nào mang mã 'zz'",
        ),
        (
            lambda r: r.package_bytes("a1-first", 2000),
            "id: no received assessment 'a1-first' at revision 2000",
            "không có đánh giá đã nhận nào mang mã 'a1-first' ở lần sửa 2.000",
        ),
    ],
)
def test_a_review_refusal_is_said_in_both_languages(review, call, en, vi):
    assert_said(_refused(review, lambda: call(review)), en, vi)


def test_the_figures_export_refuses_a_grouping_it_does_not_know(review, tmp_path):
    target = tmp_path / "figures.csv"
    exc = _refused(review, lambda: export_csv(review, target, by="tinh"))
    assert_said(
        exc,
        "--by: 'tinh' is not one of province, vsic, sector, year",
        "'tinh' không phải là cách nhóm số liệu (chỉ có: tỉnh/thành phố, mã ngành VSIC, ngành, năm)",
    )
    assert not target.exists()


def test_the_figures_cannot_be_written_below_a_file(review, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    target = blocker / "figures.csv"
    exc = _refused(review, lambda: export_csv(review, target))
    why = exc.said.params["error"]
    assert why  # the operating system's words ("Not a directory"), quoted as written
    assert_said(exc, f"{target}: cannot be written ({why})", f"Không ghi được {target} ({why})", str(target), why)


def test_the_approved_packages_go_to_a_folder_that_is_one_and_empty(review, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    assert_said(
        _refused(review, lambda: export_approved(review, blocker)),
        f"{blocker}: is not a folder",
        f"{blocker} không phải là thư mục",
        str(blocker),
    )
    review.set_state("a1-first", "approved")
    folder = tmp_path / "out"
    (written,) = export_approved(review, folder)
    written.write_bytes(b"another file")
    exc = _refused(review, lambda: export_approved(review, folder))
    assert_said(
        exc,
        f"{written}: exists with other content; choose an empty folder",
        f"{written} đã có sẵn với nội dung khác; hãy chọn một thư mục trống",
        str(written),
    )
    assert written.read_bytes() == b"another file"
