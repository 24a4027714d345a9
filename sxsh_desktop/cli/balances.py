"""`sxsh balances ID [--json]`: each process step's mass and energy balance (the spec's Balances section)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..domain.numbers import format_number, format_percent, format_significant, tidy
from .assessments import open_store, resolve_id


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("balances", parents=[common], help="each process step's mass and energy balance")
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=("vi", "en"), default="en", help="language of the text output and warnings")
    p.set_defaults(handler=cmd_balances)


def cmd_balances(args: argparse.Namespace) -> int:
    from ..domain.balance import balances_summary

    store = open_store(args)
    assessment = store.get_assessment(resolve_id(store, args.id))
    summary = balances_summary(assessment, "en" if args.json else args.lang)
    if args.json:
        print(json.dumps(tidy(summary), ensure_ascii=False, indent=2))
    else:
        print(render_balances_text(summary, args.lang))
    return 0


_WORDS = {
    "vi": {"mass": "Khối lượng", "energy": "Năng lượng", "basis": "cho", "closure": "lệch", "none": "chưa đủ số liệu"},
    "en": {"mass": "Mass", "energy": "Energy", "basis": "for", "closure": "closure", "none": "not enough data"},
}


def render_balances_text(summary: dict[str, Any], lang: str) -> str:
    w = _WORDS[lang]
    out = []
    for step in summary["steps"]:
        basis = step["basis"]
        out.append(f"{step['name']} ({w['basis']} {_plain(basis['value'], lang)} {basis['unit']})")
        for key, unit, suffix in (("mass", "t", "t"), ("energy", "GJ", "gj")):
            side = step[key]
            closure = side["closure_percent"]
            verdict = w["none"] if closure is None else f"{w['closure']} {format_percent(closure, 1, lang)}"
            if side["within_tolerance"] is False:
                verdict += " ⚠"
            out.append(
                f"  {w[key]:<11}{format_number(side['input_' + suffix], 4, lang):>14} → "
                f"{format_number(side['output_' + suffix], 4, lang):>14} {unit}  {verdict}"
            )
        out.extend(f"  • {x}" for x in step["warnings"])
    return "\n".join(out)


def _plain(value: float, lang: str) -> str:
    """A basis as typed: 1 t is "1 t", never "1,000 t" (read as a thousand)."""
    text = format_significant(value, 6, lang)
    point = "," if lang == "vi" else "."
    return text.rstrip("0").rstrip(point) if point in text else text
