"""Kinds of quantity and the assessment's periods, in both languages."""

from __future__ import annotations

# en: as a refusal names the kind expected (the words the CLI always printed); *_short: inside a rate
KINDS: dict[str, dict[str, str]] = {
    "mass": {
        "en": "a mass (kg, t, tấn)",
        "vi": "khối lượng (kg, t, tấn)",
        "en_short": "a mass",
        "vi_short": "khối lượng",
    },
    "volume": {
        "en": "a volume (L, lít, hL, m³)",
        "vi": "thể tích (L, lít, hL, m³)",
        "en_short": "a volume",
        "vi_short": "thể tích",
    },
    "energy": {
        "en": "an energy (kWh, MWh, GJ, TOE)",
        "vi": "năng lượng (kWh, MWh, GJ, TOE)",
        "en_short": "an energy",
        "vi_short": "năng lượng",
    },
    "count": {
        "en": "a count (pcs, cái, chai)",
        "vi": "số lượng (cái, chai)",
        "en_short": "a count",
        "vi_short": "số lượng",
    },
    "area": {"en": "an area (m²)", "vi": "diện tích (m²)", "en_short": "an area", "vi_short": "diện tích"},
    "length": {"en": "a length (m)", "vi": "chiều dài (m)", "en_short": "a length", "vi_short": "chiều dài"},
    "currency": {
        "en": "an amount of money (VND)",
        "vi": "số tiền (VND)",
        "en_short": "an amount of money",
        "vi_short": "số tiền",
    },
    "time": {
        "en": "a time (h, ngày, năm)",
        "vi": "thời gian (giờ, ngày, năm)",
        "en_short": "a time",
        "vi_short": "thời gian",
    },
}

PERIODS: dict[str, str] = {"baseline": "kỳ cơ sở", "reporting": "kỳ báo cáo"}
