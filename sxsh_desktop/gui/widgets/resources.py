"""The resources a flow, a consumption line or a saving can name: energy carriers (official table),
water, and whatever the assessment already uses; shown by name, stored by key."""

from __future__ import annotations

from ...domain.model import Assessment
from ...domain.quantities import PHYSICAL_KINDS
from ...domain.reference import carriers
from ...domain.validation import resource_kinds

_WATER = {"vi": "Nước", "en": "Water"}


def resource_label(key: str | None, language: str) -> str:
    if not key:
        return ""
    carrier = carriers().get(key)
    if carrier is not None:
        return carrier.name(language)
    if key == "water":
        return _WATER["vi" if language == "vi" else "en"]
    from ...domain.reference import resource_name

    return resource_name(key, language)


def resource_choices(a: Assessment | None, language: str, *, blank: bool = True) -> list[tuple[str | None, str]]:
    keys: list[str] = ["water", *carriers()]
    if a is not None:
        used = [c.resource for c in a.consumption] + [c.carrier for c in a.consumption if c.carrier]
        used += [f.resource for s in a.process_steps for f in s.flows if f.resource]
        used += [r.resource for o in a.options for r in o.resource_savings]
        keys += [k for k in dict.fromkeys(used) if k and k not in keys]
    choices: list[tuple[str | None, str]] = [(None, "")] if blank else []
    choices += [
        (k, resource_label(k, language) if resource_label(k, language) == k else f"{resource_label(k, language)} ({k})")
        for k in keys
    ]
    return choices


def flow_kinds(resource: str | None, kind: str) -> tuple[str, ...]:
    """The kinds of unit a flow may be measured in, from its resource (or its kind for water)."""
    if resource:
        return resource_kinds(resource)
    if kind in ("water", "wastewater"):
        return resource_kinds("water")
    return PHYSICAL_KINDS
