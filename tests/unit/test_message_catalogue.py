"""The one catalogue of texts: every message code said in English (the CLI's words, unchanged) and in
Vietnamese (numbers the Vietnamese way, the field by its display name), every placeholder filled."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from sxsh_desktop.domain.catalogue import KINDS, TEXTS, field_label
from sxsh_desktop.domain.catalogue.fields import _FIELDS
from sxsh_desktop.domain.message import Message, vietnamese_number, with_field
from sxsh_desktop.domain.quantities import UnitError, parse_number, parse_quantity, require_kind, require_rate
from sxsh_desktop.domain.readings import parse_span
from sxsh_desktop.domain.validation import ValidationError, check_tax_code

CODES = [c for c in TEXTS if c != "text"]
_PLACEHOLDER = re.compile(r"\{(\w+)(?::[^}]*)?\}")


NUMBERS = (
    "count",
    "entries",
    "most",
    "size",
    "limit",
    "ratio",
    "seconds",
    "revision",
    "newer",
    "method",
    "version",
    "readable",
    "length",
    "digits",
)


def _sample(name: str):
    if name.endswith("_bytes"):
        return 53_477_376
    if name in NUMBERS:
        return 20_480
    if name in ("reason", "problem", "note", "before", "after", "trust"):  # a message inside a message
        return Message("value.positive")
    return {
        "kinds": ("mass", "volume"),
        "per_kinds": ("mass", "energy"),
        "kind": "currency",
        "choices": ("rapid", "detailed"),
        "json_types": ("number", "null"),
        "period": "baseline",
        "value": -60000.5,
        "start": dt.date(2024, 1, 1),
        "end": dt.date(2023, 12, 31),
        "date": dt.date(2020, 12, 1),
        "timestamp": dt.date(2021, 6, 1),
    }.get(name, f"x{name}")


def _words(template: str) -> str:
    """A template's own words: without its placeholders, 'SHA-256' and punctuation."""
    return re.sub(
        r"[^A-Za-zÀ-ỹ]+", " ", _PLACEHOLDER.sub(" ", template).replace("SHA-256", " ").replace("R²", " ")
    ).strip()


def test_no_code_is_given_twice():
    from sxsh_desktop.domain.catalogue import (
        backups,
        documents,
        intake,
        monitoring,
        packages,
        refusals,
        review,
        signing,
        store,
    )

    parts = [
        monitoring.MONITORING,
        refusals.REFUSALS,
        packages.PACKAGES,
        intake.INTAKE,
        signing.SIGNING,
        signing.WRITING,
        review.REVIEW,
        store.DATABASE,
        store.STORE,
        backups.BACKUPS,
        documents.DOCUMENTS,
    ]
    assert sum(len(p) for p in parts) + 1 == len(TEXTS)


@pytest.mark.parametrize("code", CODES)
def test_every_code_is_said_in_both_languages(code):
    en, vi = TEXTS[code]["en"], TEXTS[code]["vi"]
    assert en.strip() and vi.strip()
    assert _words(en) == "" or en != vi, "the Vietnamese is the English copied"
    # both languages speak of the same things (a library's own English words may be left out in Vietnamese)
    assert set(_PLACEHOLDER.findall(vi)) <= set(_PLACEHOLDER.findall(en))
    assert set(_PLACEHOLDER.findall(en)) - set(_PLACEHOLDER.findall(vi)) <= {"error"}
    assert not re.search(r"\{\w+:", vi), (
        "a Vietnamese placeholder has no format spec: the number is said the Vietnamese way"
    )
    said = Message(code, {n: _sample(n) for n in _PLACEHOLDER.findall(en)})
    assert "{" not in said.text("vi").replace("{ … }", "") and "{" not in said.text("en").replace("{ … }", "")
    assert _words(en) == "" or said.text("vi") != said.text("en")
    for english_word in ("is not", "must ", "should ", "there is", " or ", " per "):
        assert english_word not in said.text("vi").replace("'x", "'"), said.text("vi")


def test_numbers_are_said_the_vietnamese_way():
    said = Message("value.positive_got", {"value": -60000.0})
    assert str(said) == "must be more than 0 (got -60000)"  # the CLI's words, as they always were
    assert said.text("vi") == "phải lớn hơn 0 (đang là -60.000)"
    assert (
        with_field("periods.baseline.production", said, "vi") == "Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là -60.000)"
    )
    assert vietnamese_number(12.5) == "12,5"
    assert vietnamese_number(1234567) == "1.234.567"
    assert vietnamese_number(0.0015) == "0,0015"
    assert (
        Message("date.end_before_start", {"end": dt.date(2023, 12, 31), "start": dt.date(2024, 1, 1)}).text("vi")
        == "31/12/2023 trước ngày bắt đầu 01/01/2024"
    )


def _refused(fn, *args) -> UnitError:
    with pytest.raises(UnitError) as err:
        fn(*args)
    return err.value


@pytest.mark.parametrize(
    ("exc", "en", "vi"),
    [
        (
            _refused(require_kind, "kg", ("energy",), "consumption[0].quantity (electricity)"),
            "consumption[0].quantity (electricity): 'kg' is not an energy (kWh, MWh, GJ, TOE)",
            "Lượng tiêu thụ, dòng 1: 'kg' không phải là năng lượng (kWh, MWh, GJ, TOE)",
        ),
        (
            _refused(require_rate, "VND/t", "currency", "kWh", "price"),
            "price: 'VND/t' is not an amount of money per kWh",
            "'VND/t' không phải là số tiền trên kWh",
        ),
        (
            _refused(require_rate, "VND", "currency", None, "options[0].annual_saving", ("time",)),
            "options[0].annual_saving: 'VND' is not an amount of money per thời gian/time",
            "Tiết kiệm hằng năm, dòng 1: 'VND' không phải là số tiền trên thời gian",
        ),
        (
            _refused(parse_quantity, "12 bao", "process_steps[0].flows[1].quantity"),
            "process_steps[0].flows[1].quantity: unknown unit 'bao'",
            "Lượng của dòng, dòng 1, dòng 2: không hiểu đơn vị 'bao'",
        ),
        (
            _refused(parse_quantity, "12", "Sản lượng"),
            "Sản lượng: '12' has no unit; write it after the number, like '12,5 tấn'",
            "Sản lượng: '12' chưa có đơn vị; ghi đơn vị sau số, ví dụ '12,5 tấn'",
        ),
        (
            _refused(parse_quantity, "12 kg*", "x"),
            "x: 'kg*' is not a unit (the unit is incomplete)",
            "'kg*' không phải là đơn vị (đơn vị chưa đầy đủ)",
        ),
        (_refused(parse_number, "abc", "facility.employees"), "facility.employees: 'abc' is not a number", None),
        (
            _refused(check_tax_code, "123"),
            "facility.tax_code: '123' is not a tax code (10 digits, optionally '-NNN' for a branch)",
            "Mã số thuế: '123' không phải mã số thuế (10 chữ số, có thể thêm '-NNN' cho chi nhánh)",
        ),
        (
            _refused(parse_span, "13/2024", "readings[0]"),
            "readings[0]: '13/2024' has no month 13 (1 to 12)",
            "Kỳ đọc, dòng 1: '13/2024' không có tháng 13 (1 đến 12)",
        ),
    ],
)
def test_a_refusal_keeps_its_english_and_says_it_in_vietnamese(exc, en, vi):
    assert str(exc) == en
    if vi is not None:
        assert exc.text("vi", screen=True) == vi


def test_the_document_rules_carry_their_messages():
    import dataclasses

    from sxsh_desktop.domain.quantities import Quantity
    from sxsh_desktop.domain.validation import validate_assessment
    from sxsh_desktop.interchange.document import from_document
    from sxsh_desktop.services.documents import sample_path

    a = from_document(json.loads(sample_path().read_text(encoding="utf-8")))
    assert a.baseline is not None
    a = dataclasses.replace(a, baseline=dataclasses.replace(a.baseline, production=Quantity(-60000, "hL")))

    problems = validate_assessment(a)
    p = next(p for p in problems if p.field == "periods.baseline.production")
    assert str(p) == "periods.baseline.production: must be more than 0 (got -60000)"
    assert p.text("vi", screen=True) == "Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là -60.000)"
    assert str(ValidationError([p])) == str(p)


def test_fields_have_display_names_and_a_path_is_never_shown():
    for path, (vi, en) in _FIELDS.items():
        concrete = path.replace("[]", "[0]")
        assert field_label(concrete, "vi").startswith(vi)
        assert field_label(concrete, "en").startswith(en)
    assert field_label("readings[3].drivers.temperature", "vi") == "Yếu tố ảnh hưởng của kỳ đọc, dòng 4"
    assert field_label("something.unknown[0]", "vi") == ""
    assert field_label("Sản lượng (kỳ cơ sở)", "vi") == "Sản lượng (kỳ cơ sở)"  # a label in words, as given
    assert with_field("something.unknown", Message("value.positive"), "vi") == "phải lớn hơn 0"
    assert with_field("something.unknown", Message("value.positive"), "en") == "something.unknown: must be more than 0"


def test_every_kind_has_words_in_both_languages():
    for words in KINDS.values():
        assert set(words) == {"en", "vi", "en_short", "vi_short"}
        assert words["en"] != words["vi"]


def test_a_code_not_in_the_catalogue_is_refused():
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_a_message_is_kept_as_json_and_made_again():
    from sxsh_desktop.domain.message import FieldMessage, from_json, to_json

    said = Message(
        "package.document",
        {"name": "assessment.json", "problem": FieldMessage("periods.baseline.production", Message("value.positive"))},
    )
    nested = Message("signer.who", {"reason": said, "name": "A", "organisation": "–", "fingerprint": "AB"})
    dated = Message("date.end_before_start", {"end": dt.date(2023, 12, 31), "start": dt.date(2024, 1, 1)})
    for m in (nested, dated, Message("value.not_one_of", {"value": "x", "choices": ("a", "b")})):
        kept = json.loads(json.dumps(to_json(m)))
        again = from_json(m.code, kept)
        assert again.text("vi") == m.text("vi") and again.text("en") == m.text("en")
    with pytest.raises(TypeError):
        to_json(Message("value.not_one_of", {"value": object(), "choices": ()}))
