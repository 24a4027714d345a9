"""Readings in the document both ways: each sub-period's production, consumption per resource and further
drivers; a reading's quantity may be given with no value (not yet read)."""

from __future__ import annotations

from typing import Any

from ..domain.readings import Reading, ReadingEntry
from .document_values import plain_number as _number
from .document_values import unknown_fields as _rest
from .document_values import unvalued_quantity as _reading_q
from .document_values import unvalued_quantity_doc as _reading_qd
from .document_values import with_extra as _with

READING_FIELDS = ("period", "start", "end", "production", "consumption", "drivers")
READING_ENTRY_FIELDS = ("resource", "carrier", "quantity")


def reading(raw: dict[str, Any]) -> Reading:
    return Reading(
        period=raw["period"],
        start=raw["start"],
        end=raw["end"],
        production=_reading_q(raw.get("production")),
        consumption=[
            ReadingEntry(c["resource"], _reading_q(c["quantity"]), c.get("carrier"), _rest(c, READING_ENTRY_FIELDS))  # type: ignore[arg-type]
            for c in raw.get("consumption", [])
        ],
        drivers={str(k): (None if v is None else float(v)) for k, v in raw.get("drivers", {}).items()},  # type: ignore[misc]
        extra=_rest(raw, READING_FIELDS),
    )


def readings_document(readings: list[Reading]) -> list[dict[str, Any]]:
    return [
        _with(
            r.extra,
            period=r.period,
            start=r.start,
            end=r.end,
            production=_reading_qd(r.production),
            consumption=[
                _with(e.extra, resource=e.resource, carrier=e.carrier, quantity=_reading_qd(e.quantity))
                for e in r.consumption
            ],
            drivers={k: _number(v) for k, v in r.drivers.items()},
        )
        for r in readings
    ]
