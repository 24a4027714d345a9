"""Refusal messages for a person: the field path left out (the screen shows the field already) and,
for Vietnamese, the message said in Vietnamese.

The domain writes its messages once, in English, naming the field in the document's terms
(`consumption[0].quantity: 'kg' is not an energy …`) — that is what the CLI prints and what other
systems read. The desktop app shows them beside the field in the user's language through here.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^[A-Za-z_][\w.\[\]]*(?: \([^)]*\))?: ")

_KINDS_VI = {
    "a mass (kg, t, tấn)": "khối lượng (kg, t, tấn)",
    "a volume (L, lít, hL, m³)": "thể tích (L, lít, hL, m³)",
    "an energy (kWh, MWh, GJ, TOE)": "năng lượng (kWh, MWh, GJ, TOE)",
    "a count (pcs, cái, chai)": "số lượng (cái, chai)",
    "an area (m²)": "diện tích (m²)",
    "a length (m)": "chiều dài (m)",
    "an amount of money (VND)": "số tiền (VND)",
    "a time (h, ngày, năm)": "thời gian (giờ, ngày, năm)",
    "an amount of money": "số tiền",
}


def _kinds(text: str) -> str:
    for en, vi in _KINDS_VI.items():
        text = text.replace(en, vi)
    return text.replace(" or ", " hoặc ").replace(" per ", " trên ")


_VI: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^unknown unit '(?P<u>.*)'$"), "không hiểu đơn vị '{u}'"),
    (re.compile(r"^a unit is required.*$"), "cần có đơn vị (ví dụ kWh, t, m³, VND/kWh)"),
    (re.compile(r"^a number is required$"), "cần nhập một số"),
    (re.compile(r"^a quantity is required.*$"), "cần nhập số và đơn vị, ví dụ '12,5 tấn'"),
    (
        re.compile(r"^'(?P<t>.*)' should be a number followed by a unit.*$"),
        "'{t}' cần là một số và đơn vị, ví dụ '12,5 tấn'",
    ),
    (re.compile(r"^'(?P<t>.*)' has no unit.*$"), "'{t}' chưa có đơn vị; ghi đơn vị sau số, ví dụ '12,5 tấn'"),
    (re.compile(r"^'(?P<t>.*)' is not a number$"), "'{t}' không phải là số"),
    (re.compile(r"^'(?P<t>.*)' is not a finite number$"), "'{t}' không phải là số hữu hạn"),
    (re.compile(r"^'(?P<t>.*)' is not a date.*$"), "'{t}' không phải là ngày (31/12/2024 hoặc 2024-12-31)"),
    (
        re.compile(r"^'(?P<t>.*)' is not a tax code.*$"),
        "'{t}' không phải mã số thuế (10 chữ số, có thể thêm '-NNN' cho chi nhánh)",
    ),
    (re.compile(r"^must be more than 0 years$"), "phải lớn hơn 0 năm"),
    (re.compile(r"^must be more than 0 \(got (?P<v>.*)\)$"), "phải lớn hơn 0 (đang là {v})"),
    (re.compile(r"^must be more than 0$"), "phải lớn hơn 0"),
    (re.compile(r"^must not be negative$"), "không được âm"),
    (re.compile(r"^must be between 0 and 100$"), "phải trong khoảng 0 đến 100"),
    (re.compile(r"^dates must be YYYY-MM-DD$"), "ngày phải có dạng YYYY-MM-DD"),
    (re.compile(r"^(?P<e>\S+) is before the start (?P<s>\S+)$"), "{e} trước ngày bắt đầu {s}"),
    (
        re.compile(r"^'(?P<u>.*)' cannot be converted to the product unit '(?P<p>.*)'$"),
        "'{u}' không quy đổi được sang đơn vị sản phẩm '{p}'",
    ),
    (
        re.compile(r"^'(?P<u>.*)' is not in units of the product \((?P<p>.*)\)$"),
        "'{u}' không phải đơn vị của sản phẩm ({p})",
    ),
    (re.compile(r"^'(?P<i>.*)' is used twice$"), "mã '{i}' bị dùng hai lần"),
    (re.compile(r"^no process step with id '(?P<i>.*)'$"), "không có công đoạn mã '{i}'"),
    (re.compile(r"^there is no (?P<p>baseline|reporting) period$"), None),
    (re.compile(r"^unknown energy carrier '(?P<c>.*)'$"), "không có loại năng lượng '{c}' trong bảng hệ số"),
    (re.compile(r"^(?P<n>\d+) is not a task number.*$"), "{n} không phải số thứ tự nhiệm vụ (1 đến 18)"),
    (re.compile(r"^task (?P<n>\d+) is listed twice$"), "nhiệm vụ {n} được ghi hai lần"),
    (re.compile(r"^'(?P<u>.*)' is not (?P<k>.+)$"), None),  # kinds and rates, last: the widest pattern
]


def strip_field(message: str) -> str:
    """'facility.tax_code: '12' is not …' → ''12' is not …'."""
    return _FIELD.sub("", message, count=1)


def _one_vi(body: str) -> str:
    for pattern, template in _VI:
        match = pattern.match(body)
        if not match:
            continue
        groups = match.groupdict()
        if template is not None:
            return template.format(**groups)
        if "p" in groups:
            return "chưa có " + ("kỳ cơ sở" if groups["p"] == "baseline" else "kỳ báo cáo")
        return f"'{groups['u']}' không phải là {_kinds(groups['k'])}"
    return body


def for_person(message: str, language: str) -> str:
    """One message without its field path, in the user's language."""
    body = strip_field(message)
    return _one_vi(body) if language == "vi" else body
