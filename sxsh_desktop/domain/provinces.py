"""Provinces as they stand since 1/7/2025: the 34 provincial-level units and the 63 former ones they hold.

resources/reference/provinces.json holds the list and the document (Resolution 202/2025/QH15).
A name is matched forgiving accents, case, spacing, hyphens and the "Tỉnh", "TP.", "Thành phố"
prefixes; a former unit's name is kept as the user typed it and shown with the unit that holds it
now ("Vĩnh Phúc → Phú Thọ từ 1/7/2025"); every aggregate counts it under the current unit.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..paths import resources_dir

_PREFIX = re.compile(r"^(tinh|thanh pho|tp\.?|t\.p\.?|tp\s)\s*")


def fold(text: str) -> str:
    """A name reduced for matching: no accents, lower case, no prefix, no spaces or punctuation."""
    s = unicodedata.normalize("NFD", (text or "").strip().lower().replace("đ", "d").replace("Đ", "d"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"\s+", " ", s)
    s = _PREFIX.sub("", s)
    return re.sub(r"[^a-z0-9]", "", s)


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "province" | "city"
    formed_from: tuple[str, ...]  # the former units it holds; empty when it was not merged


@dataclass(frozen=True)
class ProvinceMatch:
    typed: str
    current: Province | None  # None: not a provincial unit the data know
    former: str | None  # the former unit's name when the typed one is a former unit merged into another

    @property
    def merged(self) -> bool:
        return self.former is not None

    def label(self, language: str = "vi") -> str:
        """As shown beside the field and in lists: the current unit, with the former name if merged."""
        if self.current is None:
            return self.typed.strip()
        if self.former is None:
            return self.current.name
        since = "từ 1/7/2025" if language == "vi" else "since 1 July 2025"
        return f"{self.typed.strip()} → {self.current.name} {since}"


@dataclass(frozen=True)
class ProvinceTable:
    current: tuple[Province, ...]
    document: str
    effective: date
    by_fold: dict[str, tuple[Province, str | None]]  # folded name -> (current unit, former name or None)

    def names(self) -> list[str]:
        return [p.name for p in self.current]

    def former_names(self) -> list[str]:
        return sorted({f for p in self.current for f in p.formed_from if fold(f) != fold(p.name)})

    def match(self, typed: str) -> ProvinceMatch:
        hit = self.by_fold.get(fold(typed))
        if hit is None:
            return ProvinceMatch(typed, None, None)
        province, former = hit
        return ProvinceMatch(typed, province, former)


@lru_cache(maxsize=1)
def provinces() -> ProvinceTable:
    path = resources_dir() / "reference" / "provinces.json"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    current = tuple(Province(c["name"], c["kind"], tuple(c["formed_from"])) for c in data["current"])
    by_fold: dict[str, tuple[Province, str | None]] = {}
    for p in current:
        by_fold[fold(p.name)] = (p, None)
    for p in current:
        for former in p.formed_from:
            if fold(former) != fold(p.name):
                by_fold[fold(former)] = (p, former)
    for alias, target in data.get("aliases", {}).items():
        hit = by_fold.get(fold(target))
        if hit is not None:
            by_fold.setdefault(fold(alias), hit)
    return ProvinceTable(current, data["document"], date.fromisoformat(data["effective"]), by_fold)


def current_province(typed: str) -> str:
    """The current unit's name for a province as typed; an unknown name is kept (trimmed) as typed."""
    m = provinces().match(typed)
    return m.current.name if m.current is not None else (typed or "").strip()


def province_label(typed: str, language: str = "vi") -> str:
    """A province as a report shows it: as typed, with the unit that holds it now if it was merged."""
    m = provinces().match(typed)
    if m.current is not None and m.merged:
        return ProvinceMatch(m.former or typed, m.current, m.former).label(language)
    return (typed or "").strip()
