"""A document file refused by `read_document` is a message of the catalogue: a file that is not UTF-8 or
not JSON, JSON outside the bounds (a text too long, a NUL, a lone surrogate, a key twice, a number too
long, nesting too deep), an object of another format, what the schema refuses. Each is written to a file
and read through the real call: its English is the line `sxsh` has always printed, its Vietnamese is said
whole (numbers the Vietnamese way), the file's name and the libraries' own words quoted as they are."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from said_checks import assert_said

from sxsh_desktop.domain.message import refusal_text
from sxsh_desktop.interchange.document import DocumentError, read_document, schema
from sxsh_desktop.interchange.document_schema import _HINTS
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services import documents
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.sync.package import PackageError
from sxsh_desktop.sync.package.format import _parse_manifest

SAMPLE = resources_dir() / "samples" / "brewery-sample.json"
CATEGORIES = (
    "good_housekeeping, input_change, process_control, equipment_modification, technology_change, "
    "onsite_recovery, by_product, product_modification"
)


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _refused(path: Path, raw: bytes) -> DocumentError:
    path.write_bytes(raw)
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    return refused.value


def _with_name(name: str) -> bytes:
    """The sample, its facility's name spelled `name` as JSON (escapes kept as written)."""
    text = json.dumps(_sample(), ensure_ascii=False)
    before = json.dumps(_sample()["facility"]["name"], ensure_ascii=False)
    assert text.count(before) == 1
    return text.replace(before, name).encode("utf-8")


def test_a_file_that_is_not_utf8(tmp_path):
    p = tmp_path / "photo.json"
    exc = _refused(p, b"\xff\xd8\xff\xe0binary")
    assert_said(exc, f"{p}: is not a text file in UTF-8", f"tệp {p} không phải tệp văn bản mã UTF-8", str(p))


def test_a_file_that_is_not_json_says_the_line_and_column(tmp_path):
    p = tmp_path / "report.json"
    exc = _refused(p, b"{\n" + b'"a": 1,\n' * 1499 + b"}")  # a comma before the end, on line 1,501
    why = "Expecting property name enclosed in double quotes"
    assert_said(
        exc,
        f"{p}: is not JSON (line 1501, column 1: {why})",
        f"tệp {p} không phải JSON hợp lệ (dòng 1.501, cột 1: {why})",
        str(p),
        why,
    )
    exc = _refused(p, b"{ this is not json")
    assert str(exc) == f"{p}: is not JSON (line 1, column 3: {why})"


def test_a_file_that_cannot_be_read_quotes_the_systems_words(tmp_path):
    p = tmp_path / "missing.json"
    with pytest.raises(DocumentError) as refused:
        read_document(p)
    why = os.strerror(2)
    assert_said(refused.value, f"{p}: cannot be read ({why})", f"không đọc được tệp {p} ({why})", str(p), why)


def test_a_file_over_the_size_of_a_document(tmp_path):
    p = tmp_path / "huge.json"
    with p.open("wb") as fh:
        fh.truncate(17 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(DocumentError) as refused:
        read_document(p)
    assert_said(
        refused.value,
        f"{p}: is 17,825,792 bytes, over the 16,777,216-byte limit for a document",
        f"tệp {p} có 17.825.792 byte, vượt giới hạn 16.777.216 byte của một tài liệu",
        str(p),
        "byte",  # the unit, in Vietnamese too
    )


@pytest.mark.parametrize(
    ("raw", "en", "vi", "quoted"),
    [
        (
            _with_name(json.dumps("x" * 2_000_001)),
            "$.facility.name: a text of 2,000,001 characters (at most 100,000)",
            "$.facility.name: một văn bản dài 2.000.001 ký tự (tối đa 100.000)",
            ["$.facility.name"],
        ),
        (
            _with_name('"Nhà máy\\u0000bia"'),
            "$.facility.name: a text holds a NUL character (\\u0000)",
            "$.facility.name: một văn bản chứa ký tự NUL (\\u0000)",
            ["$.facility.name"],
        ),
        (
            _with_name('"Nhà máy \\udc80 bia"'),
            "$.facility.name: a text holds a lone surrogate (\\udc80)",
            "$.facility.name: một văn bản chứa một mã thay thế UTF-16 đứng lẻ, không thành ký tự (\\udc80)",
            ["$.facility.name"],
        ),
        (
            b'{"format": "sxsh-assessment", "format": "sxsh-assessment"}',
            'the key "format" is given twice in one object',
            'khoá "format" xuất hiện hai lần trong cùng một đối tượng',
            ['"format"'],
        ),
        (
            b'{"n": ' + b"7" * 5000 + b"}",
            "a number has 5000 digits (at most 40)",
            "một số có 5.000 chữ số (tối đa 40)",
            [],
        ),
        (
            b'{"n": 1.' + b"5" * 60 + b"}",
            "a number is spelled with 62 characters (at most 40)",
            "một số được viết bằng 62 ký tự (tối đa 40)",
            [],
        ),
        (
            b'{"n": 1e999}',
            "the number 1e999 is too large to be kept (it is not finite)",
            "số 1e999 quá lớn, không lưu được (không phải số hữu hạn)",
            [],
        ),
        (
            b'{"n": NaN}',
            "NaN is not a number JSON allows (only finite numbers are kept)",
            "NaN không phải một số mà JSON cho phép (chỉ lưu được số hữu hạn)",
            ["NaN"],
        ),
        (
            b'{"n": ' + b"[" * 49 + b"]" * 49 + b"}",
            "$.n" + "[0]" * 48 + ": nested more than 48 deep",
            "$.n" + "[0]" * 48 + ": lồng nhau sâu quá 48 cấp",
            ["$.n"],
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than 48 deep", "lồng nhau sâu quá 48 cấp", []),
    ],
    ids=[
        "long text",
        "NUL",
        "lone surrogate",
        "key twice",
        "5000 digits",
        "long float",
        "infinite",
        "NaN",
        "too deep",
        "far too deep",
    ],
)
def test_json_outside_the_bounds_names_the_file(tmp_path, raw, en, vi, quoted):
    p = tmp_path / "document.json"
    exc = _refused(p, raw)
    assert_said(exc, f"{p}: {en}", f"tệp {p}: {vi}", str(p), *quoted)
    assert refusal_text(exc, "vi") == f"tệp {p}: {vi}"  # what the window shows


def _mutated(tmp_path: Path, change) -> DocumentError:
    doc = _sample()
    change(doc)
    return _refused(tmp_path / "document.json", json.dumps(doc, ensure_ascii=False).encode("utf-8"))


@pytest.mark.parametrize(
    ("change", "en", "vi", "screen", "quoted"),
    [
        (
            lambda d: (d.clear(), d.update(format="sxsh-report")),
            "format: should be 'sxsh-assessment' (got \"sxsh-report\")",
            "phải là 'sxsh-assessment' (đang là \"sxsh-report\"): tệp này không phải tài liệu đánh giá SXSH",
            "Định dạng tài liệu: ",
            ["sxsh-report"],
        ),
        (
            lambda d: d.update(format_version=2),
            "format_version: 2 is newer than this app reads (1); update SXSH Desktop",
            "2 mới hơn phiên bản mà ứng dụng này đọc được (1); hãy cập nhật SXSH Desktop",
            "Phiên bản định dạng tài liệu: ",
            [],
        ),
        (
            lambda d: d.pop("periods"),
            "document: the required field 'periods' is missing",
            "thiếu trường bắt buộc 'periods'",
            "Tài liệu đánh giá: ",
            ["'periods'"],
        ),
        (
            lambda d: d["periods"].pop("baseline"),
            "periods: the required field 'baseline' is missing",
            "thiếu trường bắt buộc 'baseline'",
            "Các kỳ: ",
            ["'baseline'"],
        ),
        (
            lambda d: d["consumption"][2]["quantity"].update(value="18.000"),
            'consumption[2].quantity.value: "18.000" should be a number or null',
            '"18.000" phải là một số hoặc null',
            "Lượng tiêu thụ, dòng 3: ",
            [],
        ),
        (
            lambda d: d["facility"].update(employees="many"),
            'facility.employees: "many" should be a whole number',
            '"many" phải là một số nguyên',
            "Số lao động: ",
            ['"many"'],
        ),
        (
            lambda d: d["options"][0].update(category="magic"),
            f"options[0].category: 'magic' is not one of {CATEGORIES}",
            f"'magic' không thuộc các giá trị cho phép: {CATEGORIES}",
            "Giải pháp, dòng 1: ",
            ["'magic'", CATEGORIES],
        ),
        (
            lambda d: d["facility"].update(tax_code="29012345"),
            "facility.tax_code: '29012345' is not valid (10 digits, optionally -NNN for a branch)",
            "'29012345' không hợp lệ (10 chữ số, có thể thêm -NNN cho một chi nhánh)",
            "Mã số thuế: ",
            ["NNN"],
        ),
        (
            lambda d: d["periods"]["baseline"].update(start="01/01/2022"),
            "periods.baseline.start: '01/01/2022' is not valid (YYYY-MM-DD)",
            "'01/01/2022' không hợp lệ (ngày theo dạng YYYY-MM-DD)",
            "Ngày bắt đầu kỳ cơ sở: ",
            ["YYYY-MM-DD"],
        ),
        (
            lambda d: d.update(id="42"),
            "id: '42' is not valid (the pattern ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            "[0-9a-fA-F]{12}$)",
            "'42' không hợp lệ (mẫu ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)",
            "Mã đánh giá: ",
            ["[0-9a-fA-F]"],
        ),
        (
            lambda d: d["tasks"][0].update(task=19),
            "tasks[0].task: 19 is greater than the maximum of 18",
            "19 lớn hơn mức tối đa 18",
            "Nhiệm vụ, dòng 1: ",
            [],
        ),
        (
            lambda d: d["consumption"][1]["quantity"].update(unit=""),
            "consumption[1].quantity.unit: '' should be non-empty",
            "không được để trống",
            "Lượng tiêu thụ, dòng 2: ",
            [],
        ),
    ],
    ids=[
        "format",
        "newer format",
        "section missing",
        "field missing",
        "text for a number or null",
        "text for a whole number",
        "not a choice",
        "tax code",
        "date",
        "id",
        "maximum",
        "empty unit",
    ],
)
def test_a_document_the_schema_refuses_names_the_field(tmp_path, change, en, vi, screen, quoted):
    exc = _mutated(tmp_path, change)
    assert_said(exc, en, vi, *quoted)
    assert refusal_text(exc, "vi") == screen + vi  # the field by its display name, never its path


def test_json_that_is_not_an_object(tmp_path):
    exc = _refused(tmp_path / "list.json", b"[1, 2, 3]")
    assert_said(
        exc,
        "document: the file holds JSON, but not an object ({ … })",
        "tệp chứa JSON nhưng không phải một đối tượng ({ … })",
    )
    assert refusal_text(exc, "vi") == "Tài liệu đánh giá: tệp chứa JSON nhưng không phải một đối tượng ({ … })"


def test_every_pattern_the_schema_describes_is_said_in_vietnamese():
    described: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if "pattern" in node and "description" in node:
                described.add(node["description"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema())
    assert described and described <= set(_HINTS)


def test_a_damaged_sample_says_what_is_wrong_with_it(tmp_path, monkeypatch):
    bad = tmp_path / "brewery-sample.json"
    bad.write_bytes(_with_name('"Nhà máy\\u0000bia"'))
    monkeypatch.setattr(documents, "sample_path", lambda: bad)
    store = open_store(tmp_path / "s.db", auto_backup=False)
    try:
        with pytest.raises(StoreError) as refused:
            documents.load_sample(store)
    finally:
        store.close()
    assert_said(
        refused.value,
        f"the sample assessment is damaged: {bad}: $.facility.name: a text holds a NUL character (\\u0000)",
        f"đánh giá mẫu bị hỏng: tệp {bad}: $.facility.name: một văn bản chứa ký tự NUL (\\u0000)",
        str(bad),
        "$.facility.name",
    )


def test_a_manifest_outside_the_bounds_is_said_in_vietnamese():
    with pytest.raises(PackageError) as refused:
        _parse_manifest(b'{"files": [], "files": []}')
    assert_said(
        refused.value,
        'manifest.json: the key "files" is given twice in one object',
        'manifest.json vượt giới hạn khi đọc (khoá "files" xuất hiện hai lần trong cùng một đối tượng)',
        '"files"',
        "manifest.json",  # the file's name
    )
