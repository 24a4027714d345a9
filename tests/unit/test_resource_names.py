"""Resource keys as people read them, in both languages (domain.reference.resource_name): carriers by
their names, the common keys without a carrier too, a key nobody named as given."""

from __future__ import annotations

from sxsh_desktop.domain.reference import resource_name


def test_common_keys_have_names_in_both_languages():
    assert resource_name("do", "vi") == "Dầu DO" and resource_name("do", "en") == "Diesel oil (DO)"
    assert resource_name("rice", "vi") == "Gạo" and resource_name("coal", "en") == "Coal"
    assert resource_name("water", "vi") == "Nước"
    assert resource_name("coal", "vi", "coal_fines_3_4") != "coal"  # refined by its carrier
    assert resource_name("my_own_key", "vi") == "my own key"
