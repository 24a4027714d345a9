"""The savings' warnings as messages: the CLI's English keeps the resource key and the unit as typed, a
screen names the resource and writes the unit as the app does (m³), Vietnamese says both by their
Vietnamese names with Vietnamese numbers; a warning is still a str where lists of warnings held words."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from sxsh_desktop.domain.display import unit_named
from sxsh_desktop.domain.message import Figure, Message, Named, Said, from_json, on_screen, to_json
from sxsh_desktop.domain.regression import ModelError, Observation, fit
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.services.documents import sample_path
from tests.monthly import with_warnings


@pytest.fixture(scope="module")
def warned():
    return with_warnings(read_document(sample_path()))


def _one(warnings, words):
    found = [w for w in warnings if words in w]
    assert len(found) == 1, (words, warnings)
    return found[0]


def test_the_cli_english_keeps_keys_and_units_as_typed(warned):
    s = compute_savings(warned, "en")
    w = _one(s["warnings"], "cannot be converted")
    assert w == "'rice': m3 cannot be converted to tấn; this entry is left out."
    assert "set its carrier, e.g. coal_fines_3_4, do, fo, lpg, natural_gas." in _one(s["warnings"], "looks like a fuel")
    assert _one(s["warnings"], "'electricity', baseline period").startswith(
        "'electricity', baseline period: the entry 1,860,000 differs from the readings' sum 1,713,610 kWh (-7.9%)"
    )
    assert "'coal': the ratio method is used because the ratio method was chosen." in s["warnings"]
    assert json.loads(json.dumps(s["warnings"])) == list(s["warnings"])  # still words, for `sxsh savings --json`


def test_a_screen_names_resources_and_writes_units_as_the_app_does(warned):
    s = compute_savings(warned, "en")
    shown = [on_screen(w, "en") for w in s["warnings"]]
    assert "'Rice': m³ cannot be converted to tấn; this entry is left out." in shown
    assert "'Coal fines grade 3–4': the ratio method is used because the ratio method was chosen." in shown
    assert "e.g. Coal fines grade 3–4, Diesel oil (DO), Fuel oil (FO), LPG, Natural gas." in _one(shown, "a fuel")
    # the same summary said again in Vietnamese, on a screen whose language changed
    vi = [on_screen(w, "vi") for w in s["warnings"]]
    assert "Gạo: không quy đổi được m³ sang tấn; bỏ qua bản ghi này." in vi


def test_vietnamese_names_resources_units_and_numbers_its_own_way(warned):
    s = compute_savings(warned, "vi")
    text = "\n".join(s["warnings"])
    assert "Điện (kỳ cơ sở): số nhập 1.860.000 khác tổng các kỳ đọc 1.713.610 kWh (-7,9 %)" in text
    assert "Sản lượng kỳ báo cáo bằng 129 % kỳ cơ sở" in text
    assert "Gạo chỉ có số liệu kỳ cơ sở: không đưa vào tổng." in text
    assert "ví dụ Than cám 3, 4; Dầu DO; Dầu FO; Khí hóa lỏng LPG; Khí tự nhiên." in text
    assert "năm 2030; dùng năm 2023" in text  # a year is no number to group
    assert "(8.400 hL – 11.400 hL): mô hình phải ngoại suy." in text
    for key in ("electricity", "coal_fines_3_4", "'rice'", "m3 ", "baseline", "reporting"):
        assert key not in text, key
    coal = next(r for r in s["resources"] if r["resource"] == "coal")
    assert coal["method_reason"] == "người dùng chọn phương pháp tỷ số"


def test_a_warning_is_words_that_keep_their_message():
    said = Said(
        Message(
            "savings.unconvertible",
            {"resource": Named("rice", "Gạo", "Rice"), "unit": unit_named("m3"), "target": unit_named("t")},
        ),
        "vi",
    )
    assert isinstance(said, str) and said == "Gạo: không quy đổi được m³ sang t; bỏ qua bản ghi này."
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert again == said and again.said == said.said
    assert on_screen(said, "en") == "'Rice': m³ cannot be converted to t; this entry is left out."
    assert on_screen("words of no message", "vi") == "words of no message"
    kept = to_json(said.said)
    assert json.loads(json.dumps(kept)) == kept
    assert from_json(said.said.code, kept) == said.said


@pytest.mark.parametrize(
    ("value", "spec", "en", "vi"),
    [
        (1860000.0, "~6", "1,860,000", "1.860.000"),
        (1644.7712, "~6", "1,644.77", "1.644,77"),
        (-0.0794, "+.1%", "-7.9%", "-7,9 %"),
        (0.0123, "+.1%", "+1.2%", "+1,2 %"),
        (1.29, ".0%", "129%", "129 %"),
        (0.6234, ".2f", "0.62", "0,62"),
        (12345.6, "~4", "12,346", "12.346"),
        (1400.0, "~4", "1,400", "1.400"),
        (-12345.0, ".4g", "-1.234e+04", "-12.345"),  # no exponent in Vietnamese
    ],
)
def test_a_figure_in_both_languages(value, spec, en, vi):
    assert Figure(value, spec).text("en") == en
    assert Figure(value, spec).text("vi") == vi


def test_why_no_model_is_said_in_the_language_asked():
    with pytest.raises(ModelError) as err:
        fit([Observation(100.0, 10.0, 30, {})] * 3)
    assert str(err.value) == "only 3 baseline readings (at least 12 are needed)"
    assert err.value.said.text("vi") == "chỉ có 3 kỳ đọc kỳ cơ sở (cần ít nhất 12)"
