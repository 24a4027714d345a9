"""Nothing entered is not zero: a consumption quantity with a null value is kept, shown empty and left
out of every total; elsewhere a null value is refused with the field named."""

from __future__ import annotations

import copy
import json

import pytest

from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import DocumentError, parse_document, to_document
from sxsh_desktop.paths import resources_dir

SAMPLE = resources_dir() / "samples" / "brewery-sample.json"


def _doc():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_a_null_consumption_quantity_is_not_entered_and_left_out():
    doc = _doc()
    before = compute_savings(parse_document(copy.deepcopy(doc)))
    doc["consumption"].append(
        {"resource": "electricity", "carrier": None, "period": "reporting", "quantity": {"value": None, "unit": "kWh"}}
    )
    a = parse_document(doc)
    assert a.consumption[-1].quantity.value is None
    s = compute_savings(a, "en")
    elec = next(r for r in s["resources"] if r["resource"] == "electricity")
    assert elec["reporting"]["consumption"] == pytest.approx(1_790_000)  # the 1 790 MWh alone, no 0 added
    assert s["energy"]["saving_toe"] == pytest.approx(before["energy"]["saving_toe"])
    assert any("no quantity entered yet" in w for w in s["warnings"])
    # written back as null, not 0
    again = to_document(a)
    assert again["consumption"][-1]["quantity"] == {"value": None, "unit": "kWh"}


def test_the_only_reporting_entry_not_entered_gives_no_saving_and_no_target_met():
    doc = _doc()
    doc["consumption"] = [
        {"resource": "electricity", "period": "baseline", "quantity": {"value": 1000, "unit": "kWh"}},
        {"resource": "electricity", "period": "reporting", "quantity": {"value": None, "unit": "kWh"}},
    ]
    s = compute_savings(parse_document(doc))
    assert s["energy"] is None and not any(t["met"] for t in s["targets"])
    assert s["target_in_force"]["met"] is False


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (("process_steps", 0, "flows", 0, "quantity"), "process_steps[0].flows[0].quantity.value"),
        (("periods", "baseline", "production"), "periods.baseline.production.value"),
        (("options", 0, "investment"), "options[0].investment.value"),
    ],
)
def test_a_null_value_elsewhere_is_refused_with_the_field_named(path, field):
    doc = _doc()
    node = doc
    for key in path:
        node = node[key]
    node["value"] = None
    with pytest.raises(DocumentError) as err:
        parse_document(doc)
    assert field in str(err.value)
