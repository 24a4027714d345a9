"""Sector templates: every shipped one validates, makes a sound assessment that survives the
document round trip, and its norms read back equal to the figures of shared/reference/factors.md
(written into this test by hand). A malformed user template is listed, and never stops the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sxsh_desktop.domain.balance import assessment_balances
from sxsh_desktop.domain.benchmark import flow_is_placeholder, is_placeholder
from sxsh_desktop.domain.model import Consultant
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.domain.validation import validate_assessment
from sxsh_desktop.interchange.document import parse_document, to_document
from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
from sxsh_desktop.interchange.templates import (
    TemplateProblem,
    benchmark_assessment,
    load_templates,
    read_template,
    shipped_templates_dir,
    user_templates_dir,
)

REQUIRED = {"beer", "paper_packaging", "steel", "textile_dyeing", "seafood", "tapioca_starch", "general"}
CATEGORIES = {
    "good_housekeeping",
    "input_change",
    "process_control",
    "equipment_modification",
    "technology_change",
    "onsite_recovery",
    "by_product",
    "product_modification",
}


@pytest.fixture(scope="module")
def shipped():
    templates, errors = load_templates([shipped_templates_dir()])
    return {t.key: t for t in templates}, errors


def test_every_shipped_template_validates(shipped):
    templates, errors = shipped
    assert errors == []
    assert REQUIRED <= set(templates)
    files = sorted(p.stem for p in shipped_templates_dir().glob("*.toml"))
    assert len(files) == len(templates)


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_template_content(shipped, key):
    t = shipped[0][key]
    assert t.name.vi and t.name.en and t.product_unit
    assert len(t.steps) >= 4
    for step in t.steps:
        assert step.flows, step.key
        assert any(f.direction == "input" for f in step.flows)
    # typical options in every one of the eight categories, each with a line of explanation
    assert {o.category for o in t.options} == CATEGORIES
    assert all(o.explanation.vi and o.explanation.en for o in t.options)
    # no invented norm: a template has cited norms or says that none is known
    if not t.norms:
        assert t.norms_note is not None and t.norms_note.vi and t.norms_note.en
    for n in t.norms:
        assert n.source.document and n.source.status in ("official", "secondary")
        assert n.basis.vi and n.basis.en


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_template_makes_a_sound_assessment(shipped, key):
    t = shipped[0][key]
    a = new_assessment_from_template(
        t,
        "  Công ty TNHH Thử nghiệm  ",
        language="vi",
        consultant=Consultant(name="Nguyễn Văn A"),
        today=date(2025, 3, 1),
    )
    assert validate_assessment(a) == []
    assert a.template == key
    assert a.facility.name == "Công ty TNHH Thử nghiệm"
    assert a.product.unit == t.product_unit
    assert [s.id for s in a.process_steps] == [s.key for s in t.steps]
    assert [s.order for s in a.process_steps] == list(range(1, len(t.steps) + 1))
    # nothing invented: flows are 0 and marked as placeholders, the baseline is a marked placeholder
    flows = [f for s in a.process_steps for f in s.flows]
    assert flows and all(f.quantity.value == 0 and f.extra == {"placeholder": True} for f in flows)
    assert all(s.basis.value == 1 and s.basis.unit == t.product_unit for s in a.process_steps)
    assert all(flow_is_placeholder(f) for f in flows)
    assert is_placeholder(a.baseline)
    assert (a.baseline.start, a.baseline.end) == ("2024-01-01", "2024-12-31")
    assert a.baseline.extra == {
        "placeholder": {"start": "2024-01-01", "end": "2024-12-31", "production": {"value": 1, "unit": t.product_unit}}
    }
    assert a.reporting is None and a.consumption == []
    assert len(a.options) == len(t.options)
    assert all(o.status == "proposed" and o.screening is None and o.technical for o in a.options)
    # the document round trip keeps everything, including the template key and the markers
    doc = to_document(a)
    back = parse_document(doc)
    assert to_document(back) == doc
    assert back.template == key
    assert is_placeholder(back.baseline) and all(flow_is_placeholder(f) for s in back.process_steps for f in s.flows)
    # the numbers run on it without errors
    assessment_balances(back)
    compute_savings(back)
    assert benchmark_assessment(back, list(shipped[0].values())).status in ("no_norms", "no_data", "choose_process")


def test_english_assessment(shipped):
    t = shipped[0]["beer"]
    a = new_assessment_from_template(t, "Test Brewery", language="en")
    assert a.language == "en"
    assert a.process_steps[0].name == "Malt and rice milling"
    assert a.options[0].technical == t.options[0].explanation.en


def test_an_edit_ends_the_placeholder(shipped):
    import dataclasses

    from sxsh_desktop.domain.quantities import Quantity

    a = new_assessment_from_template(shipped[0]["beer"], "Bia")
    # an editor that keeps the extra fields (and so the marker) but changes the production
    edited = dataclasses.replace(a.baseline, production=Quantity(120_000, "hL"))
    assert not is_placeholder(edited)
    assert not is_placeholder(dataclasses.replace(a.baseline, end="2025-06-30"))
    assert is_placeholder(dataclasses.replace(a.baseline))
    flow = a.process_steps[0].flows[0]
    assert not flow_is_placeholder(dataclasses.replace(flow, quantity=Quantity(1.6, "t")))


def test_bad_input_is_refused(shipped):
    t = shipped[0]["general"]
    with pytest.raises(TemplateProblem):
        new_assessment_from_template(t, "   ")
    with pytest.raises(TemplateProblem):
        new_assessment_from_template(t, "X", language="fr")


def _norm_table(t):
    return {n.key: {c.label.en: dict(c.values) for c in n.classes} for n in t.norms}


def test_beer_norms_equal_factors_md(shipped):
    t = shipped[0]["beer"]
    # factors.md: Beer, Circular 19/2016/TT-BCT, MJ/hL — to 2020 / 2021–2025
    assert _norm_table(t) == {
        "beer": {
            "Below 20 million L/year": {"to_2020": 306, "2021_2025": 286},
            "20 to 100 million L/year": {"to_2020": 215, "2021_2025": 196},
            "Above 100 million L/year": {"to_2020": 140, "2021_2025": 129},
        }
    }
    n = t.norms[0]
    assert n.unit == "MJ/hL" and n.capacity_unit == "L/year"
    assert "19/2016/TT-BCT" in n.source.document and n.source.status == "official" and n.source.year == 2016
    # soft drinks are in a note, with the circular's figures
    for figure in ("55", "52", "111", "107"):
        assert figure in n.note.en
    # best practice: Campden BRI survey 2012, > 0.5 million hL: 141 MJ/hL, 3.3 hL water/hL
    best = {b.key: b for b in t.benchmarks}
    assert (best["campden_energy"].value, best["campden_energy"].unit) == (141, "MJ/hL")
    assert (best["campden_water"].value, best["campden_water"].unit) == (3.3, "hL/hL")
    for b in best.values():
        assert b.min_capacity == 500_000 and b.capacity_unit == "hL/year" and not b.min_inclusive
        assert "Campden BRI" in b.source.document and b.source.year == 2012


def test_paper_norms_equal_factors_md(shipped):
    t = shipped[0]["paper_packaging"]
    # factors.md: Paper, Circular 24/2017/TT-BCT, MJ/t — packaging (recycled)
    assert _norm_table(t) == {
        "packaging_recycled": {
            "Above 50 kt/year": {"to_2020": 7809, "2021_2025": 6713},
            "10 to 50 kt/year": {"to_2020": 7872, "2021_2025": 6744},
            "Below 10 kt/year": {"to_2020": 6728, "2021_2025": 5482},
        }
    }
    n = t.norms[0]
    assert n.unit == "MJ/t" and n.capacity_unit == "t/year"
    assert "24/2017/TT-BCT" in n.source.document and n.source.status == "official"


def test_steel_norms_equal_factors_md_and_are_secondary(shipped):
    t = shipped[0]["steel"]
    # factors.md: Steel (MoIT norms) [secondary], MJ/t — to 2020 / 2021–2025
    assert _norm_table(t) == {
        "eaf_billet": {"All capacities": {"to_2020": 2600, "2021_2025": 2500}},
        "induction_billet": {"All capacities": {"to_2020": 2600, "2021_2025": 2500}},
        "hot_rolling_long": {"All capacities": {"to_2020": 1650, "2021_2025": 1600}},
    }
    assert all(n.source.status == "secondary" and n.unit == "MJ/t" for n in t.norms)


@pytest.mark.parametrize("key", ["textile_dyeing", "seafood", "tapioca_starch", "general"])
def test_no_norm_known_says_so(shipped, key):
    t = shipped[0][key]
    assert t.norms == () and t.benchmarks == ()
    assert "no" in t.norms_note.en.lower()


# -- user templates --------------------------------------------------------------------------


GOOD_USER_TEMPLATE = """
format = "sxsh-assessment-template"
format_version = 1
key = "ceramic_tiles"
name = { vi = "Gạch ốp lát", en = "Ceramic tiles" }
description = { vi = "Mẫu của Sở", en = "A provincial template" }
vsic = ["2392"]
sector = { vi = "Sản xuất vật liệu xây dựng từ đất sét", en = "Clay building materials" }
product = { name = { vi = "Gạch", en = "Tiles" }, unit = "m2" }
norms = []
norms_note = { vi = "Chưa biết định mức.", en = "No norm known." }
options = []

[[steps]]
key = "kiln"
name = { vi = "Nung", en = "Firing" }
flows = [
  { direction = "input", kind = "energy", name = { vi = "Khí", en = "Gas" }, resource = "natural_gas", unit = "m3" },
]
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_user_folder_is_in_the_data_dir(_private_data_dir):
    assert user_templates_dir() == Path(_private_data_dir) / "templates"


def test_malformed_user_templates_are_listed_and_the_rest_load(_private_data_dir):
    folder = user_templates_dir()
    _write(folder, "ceramic.toml", GOOD_USER_TEMPLATE)
    _write(folder, "broken.toml", "key = [unclosed\n")
    _write(folder, "missing.toml", GOOD_USER_TEMPLATE.replace('key = "ceramic_tiles"\n', ""))
    _write(
        folder,
        "badunit.toml",
        GOOD_USER_TEMPLATE.replace('key = "ceramic_tiles"', 'key = "x1"').replace('unit = "m3"', 'unit = "kWh/kg"'),
    )
    _write(
        folder,
        "noreason.toml",
        GOOD_USER_TEMPLATE.replace('key = "ceramic_tiles"', 'key = "x2"').replace(
            'norms_note = { vi = "Chưa biết định mức.", en = "No norm known." }\n', ""
        ),
    )
    _write(folder, "dupe.toml", GOOD_USER_TEMPLATE.replace('key = "ceramic_tiles"', 'key = "beer"'))
    (folder / "binary.toml").write_bytes(b"\xff\xfe\x00garbage")
    _write(folder, "notes.txt", "not a template")  # other files are ignored

    templates, errors = load_templates()
    keys = {t.key for t in templates}
    assert REQUIRED | {"ceramic_tiles"} == keys
    assert next(t for t in templates if t.key == "ceramic_tiles").origin == "user"
    assert next(t for t in templates if t.key == "beer").origin == "shipped"  # not replaced
    by_file = {e.file.name: e.reason for e in errors}
    assert set(by_file) == {"broken.toml", "missing.toml", "badunit.toml", "noreason.toml", "dupe.toml", "binary.toml"}
    assert "TOML" in by_file["broken.toml"]
    assert "'key'" in by_file["missing.toml"]
    assert "steps[0].flows[0].unit" in by_file["badunit.toml"]
    assert "norms_note" in by_file["noreason.toml"]
    assert "already used" in by_file["dupe.toml"]
    assert "UTF-8" in by_file["binary.toml"]
    assert all("\n" not in r for r in by_file.values())
    assert templates[-1].key == "general"


def test_user_template_makes_an_assessment(_private_data_dir):
    path = _write(user_templates_dir(), "ceramic.toml", GOOD_USER_TEMPLATE)
    t = read_template(path, "user")
    a = new_assessment_from_template(t, "Nhà máy gạch")
    assert validate_assessment(a) == []
    assert parse_document(to_document(a)).template == "ceramic_tiles"


def test_missing_user_folder_is_fine(tmp_path):
    templates, errors = load_templates([shipped_templates_dir(), tmp_path / "nowhere"])
    assert errors == [] and REQUIRED <= {t.key for t in templates}


def test_norm_checks(tmp_path):
    with_norm = GOOD_USER_TEMPLATE.replace("norms = []\n", "").replace("norms_note", "# norms_note")
    with_norm += """
[sources.doc]
document = "A circular"
year = 2020
status = "official"

[[norms]]
key = "tiles"
process = { vi = "Gạch", en = "Tiles" }
unit = "MJ/m2"
source = "doc"
basis = { vi = "b", en = "b" }
periods = [ { key = "p1", label = { vi = "p", en = "p" } } ]
classes = [ { label = { vi = "c", en = "c" }, values = { p9 = 10 } } ]
"""
    p = _write(tmp_path, "t.toml", with_norm)
    with pytest.raises(TemplateProblem, match="p9"):
        read_template(p)
    p = _write(tmp_path, "t.toml", with_norm.replace("p9 = 10", "p1 = 10").replace('unit = "MJ/m2"', 'unit = "MJ/kg"'))
    with pytest.raises(TemplateProblem, match="norms\\[0\\].unit"):
        read_template(p)
    p = _write(tmp_path, "t.toml", with_norm.replace("p9 = 10", "p1 = 10").replace('source = "doc"', 'source = "x"'))
    with pytest.raises(TemplateProblem, match="no source 'x'"):
        read_template(p)
    p = _write(tmp_path, "t.toml", with_norm.replace("p9 = 10", "p1 = 10"))
    assert read_template(p).norms[0].classes[0].values == {"p1": 10.0}


def test_preview_is_plain_data(shipped):
    import json

    for t in shipped[0].values():
        for lang in ("vi", "en"):
            preview = t.preview(lang)
            json.dumps(preview)
            assert preview["key"] == t.key and len(preview["steps"]) == len(t.steps)
    beer = shipped[0]["beer"].preview("en")
    assert beer["norms"][0]["classes"][0]["values"] == {"to_2020": 306, "2021_2025": 286}
    assert shipped[0]["seafood"].preview("vi")["norms_note"]
