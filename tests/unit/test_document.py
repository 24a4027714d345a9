"""The assessment document: lossless round trip, and bad documents refused with one clear line."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import (
    DocumentError,
    content_digest,
    parse_document,
    read_document,
    schema,
    to_document,
)
from sxsh_desktop.paths import resources_dir

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = resources_dir() / "samples" / "brewery-sample.json"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [SAMPLE, DATA / "tapioca-starch.json"], ids=["brewery", "tapioca"])
def test_round_trip_is_lossless_and_keeps_unknown_fields(path):
    doc = _load(path)
    again = to_document(read_document(path))
    assert again == doc
    assert json.dumps(again, sort_keys=True) == json.dumps(doc, sort_keys=True)


def test_unknown_fields_at_every_level_survive():
    doc = _load(DATA / "tapioca-starch.json")
    out = to_document(parse_document(doc))
    assert out["x_ministry"] == {"batch": "PY-2024-07"}
    assert out["facility"]["ownership"] == "cổ phần"
    assert out["periods"]["note"] == "hai vụ chính"
    assert out["periods"]["baseline"]["season"] == "vụ 2022–2023"
    assert out["consumption"][6]["supplier"] == "TKV"
    assert out["options"][0]["priority"] == 1
    assert out["tasks"][1]["measured_by"] == "Ửng"


def test_schema_is_draft_2020_12_and_names_every_normative_field():
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for key in (
        "facility",
        "consultant",
        "team",
        "product",
        "periods",
        "consumption",
        "process_steps",
        "options",
        "tasks",
        "settings",
    ):
        assert key in s["properties"]


def test_digest_ignores_revision_and_time_stamps_only():
    doc = _load(SAMPLE)
    other = copy.deepcopy(doc)
    other["revision"] = 7
    other["updated_at"] = "2030-01-01T00:00:00Z"
    assert content_digest(doc) == content_digest(other)
    other["facility"]["employees"] = 186
    assert content_digest(doc) != content_digest(other)


def _broken(mutate):
    doc = _load(SAMPLE)
    mutate(doc)
    return doc


def _set(path, value):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


BAD = [
    (
        "wrong-kind unit",
        _set(["consumption", 0, "quantity", "unit"], "kg"),
        "consumption[0].quantity (electricity): 'kg' is not an energy (kWh, MWh, GJ, TOE)",
    ),
    (
        "wrong-kind price",
        _set(["consumption", 0, "unit_price", "unit"], "VND/t"),
        "consumption[0].unit_price: 'VND/t' is not an amount of money per kWh",
    ),
    (
        "unknown unit",
        _set(["process_steps", 0, "flows", 0, "quantity", "unit"], "bao"),
        "process_steps[0].flows[0].quantity: unknown unit 'bao'",
    ),
    (
        "zero production",
        _set(["periods", "baseline", "production", "value"], 0),
        "periods.baseline.production: must be more than 0 (got 0)",
    ),
    (
        "negative production",
        _set(["periods", "reporting", "production", "value"], -5),
        "periods.reporting.production: must be more than 0 (got -5)",
    ),
    (
        "production in the wrong kind",
        _set(["periods", "baseline", "production", "unit"], "kWh"),
        "periods.baseline.production: 'kWh' cannot be converted to the product unit 'hL'",
    ),
    (
        "text for a number",
        _set(["consumption", 2, "quantity", "value"], "18.000"),
        'consumption[2].quantity.value: "18.000" should be a number',
    ),
    ("missing section", _delete(["periods"]), "document: the required field 'periods' is missing"),
    ("missing baseline", _delete(["periods", "baseline"]), "periods: the required field 'baseline' is missing"),
    ("too new", _set(["format_version"], 2), "format_version: 2 is newer than this app reads (1); update SXSH Desktop"),
    ("not this format", _set(["format"], "something-else"), "format: should be 'sxsh-assessment'"),
    (
        "tax code",
        _set(["facility", "tax_code"], "29012345"),
        "facility.tax_code: '29012345' is not valid (10 digits, optionally -NNN for a branch)",
    ),
    (
        "tax code branch",
        _set(["facility", "tax_code"], "2901234567-12"),
        "facility.tax_code: '2901234567-12' is not valid",
    ),
    (
        "period ends before it starts",
        _set(["periods", "reporting", "end"], "2023-12-31"),
        "periods.reporting.end: 2023-12-31 is before the start 2024-01-01",
    ),
    (
        "unknown category",
        _set(["options", 0, "category"], "magic"),
        "options[0].category: 'magic' is not one of good_housekeeping, input_change",
    ),
    ("unknown task", _set(["tasks", 0, "task"], 19), "tasks[0].task: 19 is greater than the maximum of 18"),
    (
        "quantity without unit",
        _delete(["consumption", 1, "quantity", "unit"]),
        "consumption[1].quantity: the required field 'unit' is missing",
    ),
    ("empty unit", _set(["consumption", 1, "quantity", "unit"], ""), "consumption[1].quantity.unit"),
    (
        "option refers to no step",
        _set(["options", 0, "process_step"], "nowhere"),
        "options[0].process_step: no process step with id 'nowhere'",
    ),
    (
        "consumption of a missing period",
        _set(["periods", "reporting"], None),
        "consumption[6].period: there is no reporting period",
    ),
    (
        "duplicate flow id",
        _set(["process_steps", 0, "flows", 1, "id"], "m-in-malt"),
        "process_steps[0].flows[1].id: 'm-in-malt' is used twice",
    ),
    (
        "bad date",
        _set(["periods", "baseline", "start"], "01/01/2022"),
        "periods.baseline.start: '01/01/2022' is not valid",
    ),
    ("bad id", _set(["id"], "42"), "id: '42' is not valid"),
    (
        "not an object",
        lambda doc: doc.clear() or doc.update({"format": "sxsh-assessment", "format_version": 1}),
        "document: the required field",
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [(m, e) for _, m, e in BAD], ids=[name for name, _, _ in BAD])
def test_bad_documents_are_refused_with_one_line_naming_the_field(mutate, expected):
    with pytest.raises(DocumentError) as err:
        parse_document(_broken(mutate))
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(expected), message


def test_a_file_that_is_not_json(tmp_path):
    bad = tmp_path / "report.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"report\.json: is not JSON \(line 1, column 3"):
        read_document(bad)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0binary")
    with pytest.raises(DocumentError, match="is not a text file in UTF-8"):
        read_document(binary)
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(tmp_path / "missing.json")


def test_a_json_list_is_not_a_document():
    with pytest.raises(DocumentError, match=r"not an object"):
        parse_document([1, 2, 3])


def test_a_flow_measured_in_a_unit_its_resource_cannot_have_is_refused():
    doc = _load(SAMPLE)
    doc["process_steps"][0]["flows"][2]["quantity"]["unit"] = "kg"  # electricity of the mill
    with pytest.raises(DocumentError) as err:
        parse_document(doc)
    assert str(err.value) == (
        "process_steps[0].flows[2].quantity (electricity): 'kg' is not an energy (kWh, MWh, GJ, TOE)"
    )
