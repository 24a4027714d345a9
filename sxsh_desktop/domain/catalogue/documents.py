"""Why an assessment document was not taken: a file that cannot be read, JSON outside the bounds, a
document of another format, what its JSON Schema refuses. English exactly as `sxsh` prints it,
Vietnamese for the desktop app. `error` is the operating system's or a library's own words (the JSON
parser's, the schema checker's), as written; `where` is a place in the JSON ($.facility.name)."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


# the JSON types as the schema's refusal names what a value should be
JSON_TYPES: dict[str, dict[str, str]] = {
    "number": {"en": "a number", "vi": "một số"},
    "integer": {"en": "a whole number", "vi": "một số nguyên"},
    "string": {"en": "text", "vi": "văn bản"},
    "object": {"en": "an object", "vi": "một đối tượng"},
    "array": {"en": "a list", "vi": "một danh sách"},
    "boolean": {"en": "true or false", "vi": "true hoặc false"},
    "null": {"en": "null", "vi": "null"},
}

# JSON outside what a document may be (interchange/bounded_json.py)
JSON_BOUNDS = {
    "json.file_too_large": _t(
        "the file is {size:,} bytes, over the {limit:,}-byte limit for a document",
        "tệp có {size} byte, vượt giới hạn {limit} byte của một tài liệu",
    ),
    "json.number_digits": _t(
        "a number has {digits} digits (at most {limit})", "một số có {digits} chữ số (tối đa {limit})"
    ),
    "json.number_chars": _t(
        "a number is spelled with {length} characters (at most {limit})",
        "một số được viết bằng {length} ký tự (tối đa {limit})",
    ),
    "json.number_not_finite": _t(
        "the number {number} is too large to be kept (it is not finite)",
        "số {number} quá lớn, không lưu được (không phải số hữu hạn)",
    ),
    "json.constant": _t(
        "{constant} is not a number JSON allows (only finite numbers are kept)",
        "{constant} không phải một số mà JSON cho phép (chỉ lưu được số hữu hạn)",
    ),
    "json.key_twice": _t(
        "the key {key} is given twice in one object", "khoá {key} xuất hiện hai lần trong cùng một đối tượng"
    ),
    "json.text_too_long": _t(
        "{where}: a text of {length:,} characters (at most {limit:,})",
        "{where}: một văn bản dài {length} ký tự (tối đa {limit})",
    ),
    "json.nul": _t("{where}: a text holds a NUL character (\\u0000)", "{where}: một văn bản chứa ký tự NUL (\\u0000)"),
    "json.lone_surrogate": _t(
        "{where}: a text holds a lone surrogate ({char})",
        "{where}: một văn bản chứa một mã thay thế UTF-16 đứng lẻ, không thành ký tự ({char})",
    ),
    "json.too_deep_at": _t("{where}: nested more than {limit} deep", "{where}: lồng nhau sâu quá {limit} cấp"),
    "json.too_deep": _t("nested more than {limit} deep", "lồng nhau sâu quá {limit} cấp"),
    "json.not_finite_at": _t("{where}: {value} is not a finite number", "{where}: {value} không phải số hữu hạn"),
}

# the document's file (interchange/document.py): `path` is the file as given; the Vietnamese follows a
# colon in the window ("Tài liệu chưa được nhập: tệp … không phải …")
DOCUMENT_FILE = {
    "document.too_large": _t(
        "{path}: is {size:,} bytes, over the {limit:,}-byte limit for a document",
        "tệp {path} có {size} byte, vượt giới hạn {limit} byte của một tài liệu",
    ),
    "document.cannot_read": _t("{path}: cannot be read ({error})", "không đọc được tệp {path} ({error})"),
    "document.not_utf8": _t("{path}: is not a text file in UTF-8", "tệp {path} không phải tệp văn bản mã UTF-8"),
    "document.not_json": _t(
        "{path}: is not JSON (line {line}, column {column}: {error})",
        "tệp {path} không phải JSON hợp lệ (dòng {line}, cột {column}: {error})",
    ),
    "document.bounds": _t("{path}: {problem}", "tệp {path}: {problem}"),
}

# the document's format and its JSON Schema (interchange/document_schema.py), said of one field
DOCUMENT_SCHEMA = {
    "document.not_object": _t(
        "the file holds JSON, but not an object ({{ … }})", "tệp chứa JSON nhưng không phải một đối tượng ({{ … }})"
    ),
    "document.format": _t(
        "should be '{expected}' (got {got})",
        "phải là '{expected}' (đang là {got}): tệp này không phải tài liệu đánh giá SXSH",
    ),
    "document.newer_format": _t(
        "{version} is newer than this app reads ({supported}); update SXSH Desktop",
        "{version} mới hơn phiên bản mà ứng dụng này đọc được ({supported}); hãy cập nhật SXSH Desktop",
    ),
    "schema.required": _t("the required field '{name}' is missing", "thiếu trường bắt buộc '{name}'"),
    "schema.type": _t("{value} should be {json_types}", "{value} phải là {json_types}"),
    "schema.enum": _t("'{value}' is not one of {choices}", "'{value}' không thuộc các giá trị cho phép: {choices}"),
    "schema.const": _t("should be '{value}'", "phải là '{value}'"),
    "schema.pattern": _t("'{value}' is not valid ({hint})", "'{value}' không hợp lệ ({hint})"),
    "schema.minimum": _t("{value} is less than the minimum of {limit}", "{value} nhỏ hơn mức tối thiểu {limit}"),
    "schema.exclusive_minimum": _t(
        "{value} is less than or equal to the minimum of {limit}", "{value} không lớn hơn {limit}"
    ),
    "schema.maximum": _t("{value} is greater than the maximum of {limit}", "{value} lớn hơn mức tối đa {limit}"),
    "schema.exclusive_maximum": _t(
        "{value} is greater than or equal to the maximum of {limit}", "{value} không nhỏ hơn {limit}"
    ),
    # the schema checker's own words for the English (they may change with its version)
    "schema.empty": _t("{error}", "không được để trống"),
    "schema.too_short": _t("{error}", "quá ngắn"),
    "schema.too_long": _t("{error}", "quá dài"),
    "schema.other": _t("{error}", "không đúng lược đồ của tài liệu ({error})"),
    # what a pattern stands for (the schema's descriptions)
    "schema.hint.pattern": _t("the pattern {pattern}", "mẫu {pattern}"),
    "schema.hint.tax_code": _t(
        "10 digits, optionally -NNN for a branch", "10 chữ số, có thể thêm -NNN cho một chi nhánh"
    ),
    "schema.hint.date": _t("YYYY-MM-DD", "ngày theo dạng YYYY-MM-DD"),
    "schema.hint.planned_date": _t(
        "implementation plan: when the option is to be done, YYYY-MM-DD",
        "kế hoạch thực hiện: ngày dự kiến thực hiện giải pháp, theo dạng YYYY-MM-DD",
    ),
    "schema.hint.done_date": _t(
        "implementation plan: when the option was done, YYYY-MM-DD",
        "kế hoạch thực hiện: ngày đã thực hiện xong giải pháp, theo dạng YYYY-MM-DD",
    ),
    "schema.hint.review_date": _t(
        "the date of the next review, YYYY-MM-DD", "ngày đánh giá lại lần tới, theo dạng YYYY-MM-DD"
    ),
}

DOCUMENTS = {**JSON_BOUNDS, **DOCUMENT_FILE, **DOCUMENT_SCHEMA}
