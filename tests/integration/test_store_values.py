"""Values the store never holds, refused alike on SQLite and PostgreSQL with the field named, and
nothing stored: non-finite numbers, integers past the columns, NUL, lone surrogates, long texts,
non-canonical ids (an upper-case copy is the same assessment), tax codes in other digits, dates that
do not exist, a temperature as a capacity, a year of -5; and documents outside the JSON bounds."""

from __future__ import annotations

import copy
import json
import math

import pytest

from sxsh_desktop.domain.model import Assessment, Quantity
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.interchange.document import DocumentError, dumps
from sxsh_desktop.services.documents import import_file, sample_path
from sxsh_desktop.store import StoreError, open_store

SAMPLE = json.loads(sample_path().read_text(encoding="utf-8"))
SAMPLE_ID = SAMPLE["id"]


@pytest.fixture
def store(db_url):
    s = open_store(db_url, auto_backup=False)
    yield s
    s.close()


def write(tmp_path, text: str, name: str = "doc.json"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def with_(path: str, value):
    doc = copy.deepcopy(SAMPLE)
    node = doc
    keys = path.split(".")
    for k in keys[:-1]:
        node = node[int(k)] if k.isdigit() else node[k]
    last = keys[-1]
    if last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return doc


def refused(store, tmp_path, text: str, *words: str) -> str:
    before = store.list_assessments()
    with pytest.raises((DocumentError, ValidationError, StoreError)) as exc:
        import_file(store, write(tmp_path, text))
    message = str(exc.value)
    for w in words:
        assert w in message, message
    assert "\n" not in message and "SQL" not in message
    assert store.list_assessments() == before
    return message


@pytest.mark.parametrize("spelling", ["1e309", "-1e309", "Infinity", "NaN", "-Infinity"])
def test_non_finite_numbers_are_refused_with_the_field(store, tmp_path, spelling):
    text = dumps(with_("consumption.0.quantity.value", 12345.0)).replace("12345.0", spelling, 1)
    refused(store, tmp_path, text)


def test_non_finite_numbers_through_the_store_api(store):
    from sxsh_desktop.domain.model import Product

    a = Assessment(id="n1", product=Product("bia", "hL"))
    a.facility.design_capacity = Quantity(math.nan, "hL/year")
    with pytest.raises(ValidationError, match="facility.design_capacity.value"):
        store.add_assessment(a)
    a.facility.design_capacity = Quantity(math.inf, "hL/year")
    with pytest.raises(ValidationError, match="not a finite number"):
        store.add_assessment(a)
    assert store.list_assessments() == []


def test_huge_integers_nul_surrogates_and_long_texts(store, tmp_path):
    refused(store, tmp_path, dumps(with_("facility.employees", 2**31)), "facility.employees")
    refused(
        store, tmp_path, dumps(with_("facility.employees", 10**400)).replace('"employees"', '"employees"'), "digits"
    )
    refused(store, tmp_path, dumps(with_("facility.name", "Bia\u0000Sen")), "NUL")
    refused(store, tmp_path, json.dumps(with_("facility.name", "Bia \ud800")), "surrogate")
    refused(store, tmp_path, dumps(with_("facility.name", "N" * 600)), "facility.name", "500")
    refused(store, tmp_path, dumps(with_("facility.vsic", "1" * 40)), "vsic")


def test_an_upper_case_or_urn_id_is_the_same_assessment(store, tmp_path):
    assert import_file(store, write(tmp_path, dumps(SAMPLE))).status == "imported"
    upper = with_("id", SAMPLE_ID.upper())
    assert import_file(store, write(tmp_path, dumps(upper), "upper.json")).status == "unchanged"
    assert [a.id for a in store.list_assessments()] == [SAMPLE_ID]
    refused(store, tmp_path, dumps(with_("id", "urn:uuid:" + SAMPLE_ID)), "id")


@pytest.mark.parametrize(
    "code", ["０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "012345678", "0123456789-12", "0123456789 "]
)
def test_tax_codes_are_ascii_digits(store, tmp_path, code):
    refused(store, tmp_path, dumps(with_("facility.tax_code", code)), "tax_code")


@pytest.mark.parametrize(
    ("path", "value", "word"),
    [
        ("created_at", "9999-99-99T99:99:99Z", "created_at"),
        ("updated_at", "2025-02-30T10:00:00Z", "updated_at"),
        ("facility.design_capacity", {"value": 20, "unit": "degC"}, "design_capacity"),
        ("settings.grid_emission_factor_year", -5, "grid_emission_factor_year"),
        ("settings.grid_emission_factor_year", 30000, "grid_emission_factor_year"),
    ],
)
def test_dates_capacity_and_year(store, tmp_path, path, value, word):
    refused(store, tmp_path, dumps(with_(path, value)), word)


def test_json_bounds_for_import_json(store, tmp_path):
    body = dumps(SAMPLE)
    refused(store, tmp_path, body.replace('"format"', '"format": "x", "format"', 1), "twice")
    refused(store, tmp_path, body[:-2] + ', "deep": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "nested")
    refused(store, tmp_path, body[:-2] + ', "big": ' + "9" * 400 + "}\n", "digits")
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as fh:
        fh.write(body[:-2] + ', "pad": "')
        fh.write("x" * (17 * 1024 * 1024))
        fh.write('"}\n')
    with pytest.raises(DocumentError, match="limit"):
        import_file(store, big)
    assert store.list_assessments() == []


def test_unit_strings_are_bounded_before_pint(store, tmp_path):
    import time

    t0 = time.perf_counter()
    refused(store, tmp_path, dumps(with_("consumption.0.quantity.unit", "kg*10**10**10")), "not a unit")
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_the_database_itself_refuses_non_finite_figures(store, packages, identities, value):
    """Revision 0007's CHECK constraints, past the store's own checks (a raw UPDATE)."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from sxsh_desktop.store.review_ops import ReviewStore
    from sxsh_desktop.sync.intake import ImportOptions, import_bytes

    review = ReviewStore(store)
    out = import_bytes(review, packages.build(), ImportOptions(trusted=[identities.cert_der("consultant")]))
    assert out.status == "imported", out.line
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(text("UPDATE received_assessment SET energy_saving_toe = :v"), {"v": value})
    assert math.isfinite(review.summary()["energy_saving_toe"])
