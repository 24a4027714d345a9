"""The words of the report, Vietnamese and English, from one template (one dict per language)."""

from __future__ import annotations

from .strings_en import EN
from .strings_vi import VI

STRINGS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}

RESOURCE_NAMES = {
    "electricity": ("Điện", "Electricity"),
    "water": ("Nước", "Water"),
    "steam": ("Hơi", "Steam"),
    "compressed_air": ("Khí nén", "Compressed air"),
}

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def strings(language: str) -> dict[str, str]:
    from .strings_planning import PLANNING_STRINGS
    from .strings_summary import SUMMARY_STRINGS

    key = "vi" if language == "vi" else "en"
    return {**STRINGS[key], **SUMMARY_STRINGS[key], **PLANNING_STRINGS[key]}
