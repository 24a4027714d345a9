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


def test_every_resource_of_the_shipped_templates_and_samples_has_a_name_in_both_languages():
    """A template's material ("cassava_root") is the app's word, not the user's: a Vietnamese screen shows
    "Củ sắn tươi", never the key."""
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    keys = set()
    for path in (root / "assessment_templates").glob("*.toml"):
        keys |= set(re.findall(r'resource = "([a-z_0-9]+)"', path.read_text(encoding="utf-8")))
    for path in [*(root / "resources" / "samples").glob("*.json"), *(root / "tests" / "data").glob("*.json")]:
        keys |= set(re.findall(r'"resource": "([a-z_0-9]+)"', json.dumps(json.loads(path.read_text("utf-8")))))
    assert "cassava_root" in keys
    for key in sorted(keys):
        for language in ("vi", "en"):
            name = resource_name(key, language)
            assert name != key.replace("_", " "), f"{key} has no {language} name"
    assert resource_name("cassava_root", "vi") == "Củ sắn tươi"
