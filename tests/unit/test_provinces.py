"""The 34 provincial units since 1/7/2025 and the 63 former ones, matched as people type them."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.provinces import current_province, fold, provinces


def test_34_units_28_provinces_6_cities_holding_the_63_former():
    t = provinces()
    assert len(t.current) == 34
    assert sum(p.kind == "city" for p in t.current) == 6
    held = {f for p in t.current for f in (p.formed_from or (p.name,))}
    assert len(held) == 63
    assert "202/2025/QH15" in t.document and t.effective.isoformat() == "2025-07-01"
    assert len(t.former_names()) == 29  # 52 units merged into 23, each of which kept one of their names
    assert {f for f in t.former_names()} >= {"Vĩnh Phúc", "Hòa Bình", "Bạc Liêu", "Hải Dương", "Bình Dương"}


@pytest.mark.parametrize(
    ("typed", "current"),
    [
        ("Vĩnh Phúc", "Phú Thọ"),
        ("tỉnh hoà bình", "Phú Thọ"),  # old accent placement, lower case, prefix
        ("Tỉnh Bạc Liêu", "Cà Mau"),
        ("bac lieu", "Cà Mau"),  # no accents at all
        ("TP. Hải Phòng", "Hải Phòng"),
        ("Hải Dương", "Hải Phòng"),
        ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("TP.HCM", "TP. Hồ Chí Minh"),
        ("Bà Rịa – Vũng Tàu", "TP. Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Huế"),
        ("Đắc Nông", "Lâm Đồng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Nghệ An", "Nghệ An"),
        ("  Quảng   Ninh ", "Quảng Ninh"),
    ],
)
def test_matching_forgives_accents_case_and_prefixes(typed, current):
    assert current_province(typed) == current


def test_a_former_name_is_shown_with_the_current_one():
    m = provinces().match("Vĩnh Phúc")
    assert m.merged and m.label("vi") == "Vĩnh Phúc → Phú Thọ từ 1/7/2025"
    assert m.label("en") == "Vĩnh Phúc → Phú Thọ since 1 July 2025"
    same = provinces().match("tỉnh Phú Thọ")
    assert not same.merged and same.label("vi") == "Phú Thọ"


def test_an_unknown_name_is_kept_as_typed():
    m = provinces().match("Atlantis")
    assert m.current is None and m.label() == "Atlantis"
    assert current_province(" Atlantis ") == "Atlantis"
    assert current_province("") == ""


def test_fold():
    assert fold("Tỉnh Đắk Lắk") == fold("dak lak") == "daklak"


def test_the_label_a_report_shows():
    from sxsh_desktop.domain.provinces import province_label

    assert province_label("Tỉnh Bạc Liêu", "vi") == "Bạc Liêu → Cà Mau từ 1/7/2025"
    assert province_label("Nghệ An", "en") == "Nghệ An"
    assert province_label("Atlantis") == "Atlantis"
