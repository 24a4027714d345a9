"""Why an input is refused: units, numbers, dates, the document's rules, the store's limits.

Each code's English is the exact sentence the CLI has always printed (tests and /shared/spec/cli.md
rely on it); a parameter written `{value:g}` in English is a number, shown the Vietnamese way in
Vietnamese.
"""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


REFUSALS: dict[str, dict[str, str]] = {
    # -- units and numbers as typed (domain/quantities.py)
    "unit.required": _t(
        "a unit is required (for example kWh, t, m³, VND/kWh)", "cần có đơn vị (ví dụ kWh, t, m³, VND/kWh)"
    ),
    "unit.malformed": _t("'{text}' is not a unit ({why})", "'{text}' không phải là đơn vị ({why})"),
    "unit.grammar.too_long": _t("a unit is at most {n} characters", "đơn vị dài nhiều nhất {n} ký tự"),
    "unit.grammar.too_many_names": _t("a unit has at most {n} names", "đơn vị có nhiều nhất {n} tên đơn vị"),
    "unit.grammar.exponent_alone": _t(
        "an exponent must follow a unit name, like m**3 or m^2", "số mũ phải đứng sau tên đơn vị, ví dụ m**3 hoặc m^2"
    ),
    "unit.grammar.exponent_large": _t(
        "an exponent is a small whole number (at most {n})", "số mũ là một số nguyên nhỏ (nhiều nhất {n})"
    ),
    "unit.grammar.number": _t(
        "a unit holds no numbers (write the number in the value, the unit beside it)",
        "đơn vị không chứa số (ghi số vào giá trị, đơn vị bên cạnh)",
    ),
    "unit.grammar.operator": _t("'{op}' must come between two units", "'{op}' phải đứng giữa hai đơn vị"),
    "unit.grammar.deep": _t("too many parentheses in a unit", "đơn vị có quá nhiều dấu ngoặc"),
    "unit.grammar.parentheses": _t(
        "the parentheses of the unit do not match", "các dấu ngoặc của đơn vị không khớp nhau"
    ),
    "unit.grammar.character": _t("'{char}' cannot be part of a unit", "'{char}' không thể là một phần của đơn vị"),
    "unit.grammar.incomplete": _t("the unit is incomplete", "đơn vị chưa đầy đủ"),
    "unit.unknown": _t("unknown unit '{text}'", "không hiểu đơn vị '{text}'"),
    "unit.not_kind": _t("'{unit}' is not {kinds}", "'{unit}' không phải là {kinds}"),
    "unit.not_rate": _t("'{unit}' is not {kind} per {per}", "'{unit}' không phải là {kind} trên {per}"),
    "unit.not_rate_of_kinds": _t(
        "'{unit}' is not {kind} per {per_kinds}", "'{unit}' không phải là {kind} trên {per_kinds}"
    ),
    "unit.not_physical": _t(
        "'{unit}' is not a mass, volume, energy or count",
        "'{unit}' không phải là khối lượng, thể tích, năng lượng hoặc số lượng",
    ),
    "unit.cannot_convert": _t(
        "cannot convert {value} {unit} to {target}", "không quy đổi được {value} {unit} sang {target}"
    ),
    "unit.not_product": _t(
        "'{unit}' cannot be converted to the product unit '{product}'",
        "'{unit}' không quy đổi được sang đơn vị sản phẩm '{product}'",
    ),
    "unit.not_of_product": _t(
        "'{unit}' is not in units of the product ({product})", "'{unit}' không phải đơn vị của sản phẩm ({product})"
    ),
    "unit.not_of_product_bare": _t(
        "'{unit}' is not in units of the product", "'{unit}' không phải đơn vị của sản phẩm"
    ),
    "unit.not_capacity": _t(
        "'{unit}' is not a capacity (an amount of product, or an amount per time, like t/năm or hL/year)",
        "'{unit}' không phải là công suất (một lượng sản phẩm, hoặc một lượng trên thời gian, ví dụ t/năm hoặc hL/năm)",
    ),
    "unit.price_not_per": _t(
        "unit price '{unit}' is not VND per {per}", "đơn giá '{unit}' không phải là VND trên {per}"
    ),
    "number.required": _t("a number is required", "cần nhập một số"),
    "number.not_number": _t("'{text}' is not a number", "'{text}' không phải là số"),
    "number.not_finite": _t("'{text}' is not a finite number", "'{text}' không phải là số hữu hạn"),
    "number.value_not_finite": _t("{value} is not a finite number", "{value} không phải là số hữu hạn"),
    "number.must_be": _t("must be a number", "phải là một số"),
    "number.threshold": _t(
        "{value} should be a number above 0 and at most 1", "{value} cần là một số lớn hơn 0 và không quá 1"
    ),
    "number.too_many_digits": _t(
        "a whole number of {digits} digits is outside what the store keeps",
        "số nguyên có {digits} chữ số vượt quá mức cơ sở dữ liệu lưu được",
    ),
    "quantity.required": _t("a quantity is required, like '12,5 tấn'", "cần nhập số và đơn vị, ví dụ '12,5 tấn'"),
    "quantity.not_quantity": _t(
        "'{text}' should be a number followed by a unit, like '12,5 tấn'",
        "'{text}' cần là một số và đơn vị, ví dụ '12,5 tấn'",
    ),
    "quantity.no_unit": _t(
        "'{text}' has no unit; write it after the number, like '12,5 tấn'",
        "'{text}' chưa có đơn vị; ghi đơn vị sau số, ví dụ '12,5 tấn'",
    ),
    # -- bounds
    "value.not_negative": _t("must not be negative", "không được âm"),
    "value.positive": _t("must be more than 0", "phải lớn hơn 0"),
    "value.positive_got": _t("must be more than 0 (got {value:g})", "phải lớn hơn 0 (đang là {value})"),
    "value.positive_years": _t("must be more than 0 years", "phải lớn hơn 0 năm"),
    "value.percent": _t("must be between 0 and 100", "phải trong khoảng 0 đến 100"),
    "value.not_one_of": _t("'{value}' is not one of {choices}", "'{value}' không phải một trong các giá trị {choices}"),
    "value.tax_code": _t(
        "'{value}' is not a tax code (10 digits, optionally '-NNN' for a branch)",
        "'{value}' không phải mã số thuế (10 chữ số, có thể thêm '-NNN' cho chi nhánh)",
    ),
    "value.year": _t("{year} is not a year from {first} to {last}", "{year} không phải là năm từ {first} đến {last}"),
    "value.task": _t("{task} is not a task number (1 to 18)", "{task} không phải số thứ tự nhiệm vụ (1 đến 18)"),
    "value.task_twice": _t("task {task} is listed twice", "nhiệm vụ {task} được ghi hai lần"),
    "text.nul": _t("holds a NUL character", "chứa ký tự NUL"),
    "text.surrogate": _t("holds a lone surrogate (not text)", "chứa ký tự không hợp lệ (không phải văn bản)"),
    "id.uuid_case": _t(
        "should be written {canonical} (a UUID in lower case, without urn:uuid:)",
        "cần được viết là {canonical} (UUID chữ thường, không có urn:uuid:)",
    ),
    "id.used_twice": _t("'{id}' is used twice", "mã '{id}' bị dùng hai lần"),
    "id.no_step": _t("no process step with id '{step}'", "không có công đoạn mã '{step}'"),
    "step.has_options": _t(
        "the process step '{step}' cannot be deleted while options belong to it ({options}): "
        "move them to another step or delete them first",
        "không xoá được công đoạn '{step}' khi còn giải pháp thuộc công đoạn này ({options}): "
        "hãy chuyển các giải pháp đó sang công đoạn khác hoặc xoá chúng trước",
    ),
    "resource.unknown_carrier": _t(
        "unknown energy carrier '{carrier}'", "không có loại năng lượng '{carrier}' trong bảng hệ số"
    ),
    "resource.listed_twice": _t("'{resource}' is listed twice", "'{resource}' được ghi hai lần"),
    "resource.no_ncv": _t("no calorific value for {carrier}", "chưa có nhiệt trị của {carrier}"),
    # -- dates and periods
    "date.iso": _t("dates must be YYYY-MM-DD", "ngày phải có dạng YYYY-MM-DD"),
    "date.end_before_start": _t("{end} is before the start {start}", "{end} trước ngày bắt đầu {start}"),
    "date.typed_end_before_start": _t(
        "the end {end} is before the start {start}", "ngày kết thúc {end} trước ngày bắt đầu {start}"
    ),
    "date.not_month": _t(
        "'{text}' is not a month; write it like 01/2024", "'{text}' không phải là tháng; ghi như 01/2024"
    ),
    "date.no_such_month": _t("'{text}' has no month {month} (1 to 12)", "'{text}' không có tháng {month} (1 đến 12)"),
    "date.not_date": _t(
        "'{text}' is not a date; write it like 31/01/2024", "'{text}' không phải là ngày; ghi như 31/01/2024"
    ),
    "date.not_timestamp": _t(
        "'{text}' is not a date and time (YYYY-MM-DDThh:mm:ssZ)",
        "'{text}' không phải là ngày giờ (YYYY-MM-DDThh:mm:ssZ)",
    ),
    "period.missing": _t("there is no {period} period", "chưa có {period}"),
    "reading.outside_period": _t(
        "{start} to {end} is not inside the {period} period ({period_start} to {period_end})",
        "{start} đến {end} không nằm trong {period} ({period_start} đến {period_end})",
    ),
    "reading.overlaps": _t(
        "{start} to {end} overlaps the reading {other_start} to {other_end}",
        "{start} đến {end} trùng với kỳ đọc {other_start} đến {other_end}",
    ),
    # -- the planning fields (domain/planning.py)
    "date.iso_value": _t(
        "'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2025-12-31)",
        "'{text}' không phải là ngày; ghi theo dạng YYYY-MM-DD (ví dụ 2025-12-31)",
    ),
    "value.empty": _t("must not be empty", "không được để trống"),
    "value.listed_twice": _t("'{value}' is listed twice", "'{value}' được ghi hai lần"),
    "id.too_long": _t("should be at most {n} characters (has {length})", "dài nhiều nhất {n} ký tự (đang có {length})"),
    "id.step_too_long": _t(
        "a process step id should be at most {n} characters", "mã công đoạn dài nhiều nhất {n} ký tự"
    ),
    "id.next_focus_too_long": _t(
        "should be a process step id (at most {n} characters)", "cần là mã một công đoạn (nhiều nhất {n} ký tự)"
    ),
    "focus.weight": _t("should be a number of 0 or more (got {value})", "cần là một số từ 0 trở lên (đang là {value})"),
    "focus.no_criterion": _t("no criterion with id '{criterion}'", "không có tiêu chí mã '{criterion}'"),
    "focus.score": _t(
        "should be a whole number from 0 to {most} (got {value})",
        "cần là một số nguyên từ 0 đến {most} (đang là {value})",
    ),
}


# refusals that name what they speak of themselves: a screen says them without the field in front (the
# CLI keeps the field's path, as for every refusal)
NAMING_THEIR_SUBJECT = frozenset({"step.has_options"})
