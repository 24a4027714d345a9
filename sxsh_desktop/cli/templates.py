"""`sxsh new --template KEY --facility NAME`, `sxsh templates`, `sxsh benchmark ID` and
`sxsh attach-template ID KEY` (a template for an assessment made or imported without one)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..domain.numbers import format_number, format_percent, tidy


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("new", parents=[common], help="a new assessment from a sector template; prints its id")
    p.add_argument("--template", required=True, metavar="KEY", help="template key (see 'sxsh templates')")
    p.add_argument("--facility", required=True, metavar="NAME", help="the facility's name")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the assessment (default vi)")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("templates", parents=[common], help="sector templates, and the files that could not be read")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")
    p.set_defaults(handler=cmd_templates)

    p = sub.add_parser(
        "benchmark", parents=[common], help="the facility's energy use per unit product against its sector norm"
    )
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument(
        "--process",
        metavar="KEY",
        default=None,
        help="the sub-process whose norm applies, when the template has several (e.g. steel)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output")
    p.set_defaults(handler=cmd_benchmark)

    p = sub.add_parser(
        "attach-template",
        parents=[common],
        help="attach a sector template to an assessment made or imported without one (its benchmark follows)",
    )
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument("template", metavar="KEY", help="template key (see 'sxsh templates'), or 'none' to take it off")
    p.set_defaults(handler=cmd_attach_template)


def cmd_new(args: argparse.Namespace) -> int:
    from ..interchange.template_assessment import new_assessment_from_template
    from ..interchange.templates import TemplateProblem, load_templates
    from .assessments import open_store
    from .errors import CommandError

    if not args.facility.strip():
        raise CommandError("--facility: the facility name is empty")
    templates, _errors = load_templates()
    template = next((t for t in templates if t.key == args.template), None)
    if template is None:
        known = ", ".join(t.key for t in templates) or "none"
        raise CommandError(f"--template: no template '{args.template}' (known: {known})")
    try:
        assessment = new_assessment_from_template(template, args.facility, language=args.lang)
    except TemplateProblem as exc:
        raise CommandError(str(exc)) from None
    store = open_store(args)
    print(store.add_assessment(assessment))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from ..interchange.templates import load_templates

    templates, errors = load_templates()
    if args.json:
        out = {
            "templates": [
                {
                    "key": t.key,
                    "name": {"vi": t.name.vi, "en": t.name.en},
                    "vsic": list(t.vsic),
                    "product_unit": t.product_unit,
                    "steps": len(t.steps),
                    "options": len(t.options),
                    "norms": [n.key for n in t.norms],
                    "origin": t.origin,
                    "file": str(t.path),
                }
                for t in templates
            ],
            "errors": [{"file": str(e.file), "reason": e.reason} for e in errors],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    no_norm = "không có định mức" if lang == "vi" else "no norm"
    for t in templates:
        norms = ", ".join(n.key for n in t.norms) or no_norm
        vsic = ",".join(t.vsic) or "–"
        print(
            f"{t.key:<16} {t.name(lang)}  ·  VSIC {vsic}  ·  {t.product_unit}  ·  {norms}"
            + ("" if t.origin == "shipped" else f"  ·  {t.path}")
        )
    for e in errors:
        print(f"sxsh: template {e.file}: {e.reason}", file=sys.stderr)
    return 0


_TEXT = {
    "vi": {
        "title": "So sánh với định mức",
        "norm": "Định mức",
        "class": "Quy mô",
        "period": "Giai đoạn",
        "sec": "Suất tiêu hao của cơ sở",
        "within": "đạt định mức",
        "above": "vượt định mức",
        "best": "Thực hành tốt nhất",
        "source": "Nguồn",
        "basis": "Phạm vi",
        "baseline": "Kỳ cơ sở",
        "reporting": "Kỳ báo cáo",
        "production": "sản lượng năm",
        "not_applicable": "không áp dụng cho quy mô này",
        "processes": "Các công đoạn có định mức (chọn bằng --process)",
        "notes": "Lưu ý",
        "facility": "cơ sở",
    },
    "en": {
        "title": "Against the norm",
        "norm": "Norm",
        "class": "Capacity class",
        "period": "Period",
        "sec": "Facility's SEC",
        "within": "within the norm",
        "above": "above the norm",
        "best": "Best practice",
        "source": "Source",
        "basis": "Basis",
        "baseline": "Baseline",
        "reporting": "Reporting",
        "production": "annual production",
        "not_applicable": "not for this capacity",
        "processes": "Sub-processes with a norm (choose with --process)",
        "notes": "Notes",
        "facility": "facility",
    },
}


def cmd_attach_template(args: argparse.Namespace) -> int:
    from ..services.templates import UnknownTemplate, attach_template
    from .assessments import open_store, resolve_id
    from .errors import CommandError

    key = None if args.template.lower() == "none" else args.template
    store = open_store(args)
    aid = resolve_id(store, args.id)
    try:
        before = attach_template(store, aid, key)
    except UnknownTemplate as exc:
        raise CommandError(str(exc)) from None
    print(f"{aid}: template {key or 'none'} (was {before or 'none'})")
    return 0


def render_benchmark_text(result: Any, facility: str, lang: str) -> str:
    t = _TEXT[lang]
    out = [f"{t['title']} — {facility}"]
    if result.reason is not None:
        out.append(result.reason(lang))
    if result.processes and result.status == "choose_process":
        out.append(f"{t['processes']}:")
        out.extend(f"  {key:<20} {label(lang)}" for key, label in result.processes)
    if result.process_label is not None:
        out.append(f"{result.process_label(lang)} ({result.unit})")
    for comparison in (result.baseline, result.reporting):
        if comparison is None:
            continue
        out.append("")
        out.append(f"{t[comparison.period]} {comparison.year}:")
        if comparison.annual_production is not None:
            out.append(
                f"  {t['production']}: {format_number(comparison.annual_production, 0, lang)} "
                f"{comparison.capacity_unit}"
            )
        if comparison.capacity_class is not None:
            out.append(f"  {t['class']}: {comparison.capacity_class(lang)}")
        if comparison.norm_period_label is not None:
            out.append(f"  {t['period']}: {comparison.norm_period_label(lang)}")
        if comparison.norm_value is not None:
            out.append(f"  {t['norm']}: {format_number(comparison.norm_value, 0, lang)} {result.unit}")
        if comparison.sec is not None:
            verdict = ""
            if comparison.within is not None:
                verdict = (
                    f"  ({t['within'] if comparison.within else t['above']}, "
                    f"{'+' if (comparison.difference_percent or 0) > 0 else ''}"
                    f"{format_percent(comparison.difference_percent, 1, lang)})"
                )
            out.append(f"  {t['sec']}: {format_number(comparison.sec, 1, lang)} {result.unit}{verdict}")
        for note in comparison.notes:
            out.append(f"  • {note(lang)}")
    for best in result.best_practice:
        f = best.figure
        line = f"{t['best']}: {f.label(lang)}: {format_number(f.value, 1, lang)} {f.unit}"
        if best.sec is not None:
            line += f"; {t['facility']} {format_number(best.sec, 1, lang)} {f.unit}"
        if best.applies is False:
            line += f" ({t['not_applicable']}: {f.scope(lang) if f.scope else ''})"
        out.append(line)
    if result.source is not None:
        out.append("")
        status = result.source.status
        out.append(f"{t['source']}: {result.source.document} [{status}]")
    if result.basis is not None:
        out.append(f"{t['basis']}: {result.basis(lang)}")
    if result.notes:
        out.append(f"{t['notes']}:")
        out.extend(f"  • {n(lang)}" for n in result.notes)
    return "\n".join(out)


def cmd_benchmark(args: argparse.Namespace) -> int:
    from ..interchange.templates import benchmark_assessment
    from .assessments import open_store, resolve_id

    store = open_store(args)
    assessment = store.get_assessment(resolve_id(store, args.id))
    result = benchmark_assessment(assessment, process=args.process)
    if args.json:
        print(json.dumps(tidy(result.to_dict()), ensure_ascii=False, indent=2))
    else:
        print(render_benchmark_text(result, assessment.facility.name, args.lang))
    return 0
