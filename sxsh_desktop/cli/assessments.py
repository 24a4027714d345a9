"""`sxsh import-json`, `export-json`, `list`, `savings`, `sample`, `check`, `backup` and `restore`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..domain.numbers import format_number, format_percent, format_significant, tidy
from ..domain.reference import resource_name


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-json", parents=[common], help="validate and store an assessment document")
    p.add_argument("file", help="the assessment document (JSON, format 1)")
    p.add_argument("--replace", action="store_true", help="overwrite a stored assessment with the same id")
    p.add_argument("--force", action="store_true", help="with --replace: take the file even when its revision is lower")
    p.set_defaults(handler=cmd_import_json)

    p = sub.add_parser("export-json", parents=[common], help="write an assessment document")
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the JSON ('-' for stdout)")
    p.set_defaults(handler=cmd_export_json)

    p = sub.add_parser("list", parents=[common], help="assessments in the store")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("savings", parents=[common], help="the savings summary of an assessment")
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the text output and warnings")
    p.set_defaults(handler=cmd_savings)

    p = sub.add_parser("sample", parents=[common], help="put the sample assessment (a brewery) into the store")
    p.set_defaults(handler=cmd_sample)

    p = sub.add_parser("check", parents=[common], help="check the database's integrity")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="make a backup copy of the database now")
    p.add_argument("--list", action="store_true", help="list the backups (when made, checked or not) instead")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="put a backup back as the database (the current file is backed up first)"
    )
    p.add_argument("backup", help="the backup file (see 'sxsh backup --list')")
    p.set_defaults(handler=cmd_restore)


def open_store(args: argparse.Namespace, *, auto_backup: bool = True) -> Any:
    """The store of --db; what the opening has to say (a backup skipped, a damaged database) goes
    to stderr, one line each, and the command goes on."""
    from ..store.engine import open_store as _open

    store = _open(args.db, auto_backup=auto_backup)
    for warning in store.warnings:
        print(f"sxsh: warning: {warning}", file=sys.stderr)
    return store


def resolve_id(store: Any, given: str) -> str:
    """The full id of the assessment whose id is `given` or starts with it."""
    from .errors import CommandError

    ids = [s.id for s in store.list_assessments()]
    if given in ids:
        return given
    matches = [i for i in ids if i.startswith(given)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CommandError(f"id: no assessment '{given}' in the store (see 'sxsh list')")
    raise CommandError(f"id: '{given}' matches {len(matches)} assessments; give more of the id")


def cmd_import_json(args: argparse.Namespace) -> int:
    from ..services.documents import import_file

    store = open_store(args)
    result = import_file(store, args.file, replace_existing=args.replace, force=args.force)
    print(result.assessment_id)
    if result.status != "imported":
        print(f"sxsh: {result.status}: {result.assessment_id}", file=sys.stderr)
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from ..interchange.document import dumps
    from ..services.documents import export_document, export_file

    store = open_store(args)
    assessment_id = resolve_id(store, args.id)
    if args.output == "-":
        sys.stdout.write(dumps(export_document(store, assessment_id)))
    else:
        export_file(store, assessment_id, args.output)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    rows = store.list_assessments()
    if args.json:
        out = [
            {
                "id": r.id,
                "facility": r.facility_name,
                "province": r.province,
                "tax_code": r.tax_code,
                "revision": r.revision,
                "created_at": r.created_at,
                "updated_at": r.updated_at,
                "template": r.template,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Chưa có đánh giá nào. Thêm mẫu: sxsh sample   ·   Nhập tệp: sxsh import-json FILE")
        return 0
    for r in rows:
        print(f"{r.id}  {r.facility_name}  ·  {r.province or '–'}  ·  rev {r.revision}  ·  {r.updated_at[:10]}")
    return 0


def cmd_savings(args: argparse.Namespace) -> int:
    from ..domain.savings import compute_savings

    store = open_store(args)
    assessment = store.get_assessment(resolve_id(store, args.id))
    summary = compute_savings(assessment, language="en" if args.json else args.lang)
    if args.json:
        print(json.dumps(tidy(summary), ensure_ascii=False, indent=2))
    else:
        print(render_savings_text(summary, assessment.facility.name, args.lang))
    return 0


_TEXT = {
    "vi": {
        "title": "Tiết kiệm so với kỳ cơ sở",
        "production": "Sản lượng",
        "ratio": "tỷ lệ",
        "resource": "Tài nguyên",
        "sec_b": "Suất tiêu hao cơ sở",
        "sec_r": "Suất tiêu hao báo cáo",
        "saving": "Tiết kiệm",
        "energy": "Năng lượng",
        "cost": "Lợi ích",
        "met": "đạt",
        "not_met": "chưa đạt",
        "band": "Mục tiêu",
        "in_force": "đang có hiệu lực",
        "reference": "để tham khảo",
        "indicative": "chỉ tham khảo (ngành không được nêu tên)",
        "warnings": "Lưu ý",
        "co2": "Giảm phát thải CO2",
        "method": "Phương pháp",
        "regression": "hồi quy theo các kỳ đọc",
        "ratio_method": "tỷ số suất tiêu hao",
        "annual": "số liệu cả kỳ, không có kỳ đọc",
        "adjusted": "đường cơ sở điều chỉnh",
    },
    "en": {
        "title": "Savings against the baseline",
        "production": "Production",
        "ratio": "ratio",
        "resource": "Resource",
        "sec_b": "Baseline SEC",
        "sec_r": "Reporting SEC",
        "saving": "Saving",
        "energy": "Energy",
        "cost": "Cost saving",
        "met": "met",
        "not_met": "not met",
        "band": "Target",
        "in_force": "in force",
        "reference": "for reference",
        "indicative": "indicative (sector not named)",
        "warnings": "Warnings",
        "co2": "CO2 reduction",
        "method": "Method",
        "regression": "regression on the readings",
        "ratio_method": "ratio of specific consumption",
        "annual": "figures for whole periods, no readings",
        "adjusted": "adjusted baseline",
    },
}


def render_savings_text(s: dict[str, Any], facility: str, lang: str) -> str:
    t = _TEXT[lang]
    out = [f"{t['title']} — {facility}"]
    prod = s["production"]
    if prod["baseline"] and prod["reporting"]:
        u = prod["baseline"]["unit"]
        out.append(
            f"{t['production']}: {format_number(prod['baseline']['value'], 0, lang)} → "
            f"{format_number(prod['reporting']['value'], 0, lang)} {u} ({t['ratio']} {format_number(prod['ratio'], 3, lang)})"
        )
    out.append("")
    out.append(f"{t['resource']:<14}{t['sec_b']:>24}{t['sec_r']:>24}{t['saving']:>22}{'%':>9}{t['cost']:>20}")
    for r in s["resources"]:
        name = resource_name(r["resource"], lang, r.get("carrier"))
        sec_b = format_significant(r["baseline"]["specific"], 4, lang) if r["baseline"] else "–"
        sec_r = format_significant(r["reporting"]["specific"], 4, lang) if r["reporting"] else "–"
        saving = r["saving"] or {}
        out.append(
            f"{name[:13]:<14}{sec_b + ' ' + r['specific_unit']:>24}{sec_r + ' ' + r['specific_unit']:>24}"
            f"{format_significant(saving.get('quantity'), 4, lang) + ' ' + r['unit']:>22}"
            f"{format_percent(saving.get('percent'), 1, lang):>9}"
            f"{format_number(r['cost_saving_vnd'], 0, lang) + ' VND':>20}"
        )
    out.extend(_method_lines(s, t, lang))
    e = s["energy"]
    if e:
        out.append("")
        out.append(
            f"{t['energy']}: {format_number(e['baseline_toe'], 1, lang)} → {format_number(e['reporting_toe'], 1, lang)} TOE; "
            f"{t['saving']} {format_number(e['saving_toe'], 1, lang)} TOE = {format_number(e['saving_gj'], 0, lang)} GJ "
            f"({format_percent(e['saving_percent'], 1, lang)})"
        )
    out.append(f"{t['co2']}: {format_number(s['co2']['saving_t'], 1, lang)} tCO2")
    out.append(f"{t['cost']}: {format_number(s['cost_saving_vnd'], 0, lang)} VND")
    chosen = s.get("target_in_force")
    if chosen:
        out.append(chosen["reason"])
    for target in s["targets"]:
        low, high = target["band_percent"]
        status = t["in_force"] if target.get("in_force") else t["reference"]
        if target.get("in_force") and target.get("indicative"):
            status = t["indicative"]
        out.append(
            f"{t['band']} {target.get('programme', '')} {target['period']} ({low}–{high} %, {status}): "
            f"{t['met'] if target['met'] else t['not_met']}"
        )
    if s["warnings"]:
        out.append("")
        out.append(f"{t['warnings']}:")
        out.extend(f"  • {w}" for w in s["warnings"])
    return "\n".join(out)


def _method_lines(s: dict[str, Any], t: dict[str, str], lang: str) -> list[str]:
    """Which method each resource used, and why (the model's formula and statistics, or the reason for ratio)."""
    out = ["", f"{t['method']}:"]
    for r in s["resources"]:
        name = resource_name(r["resource"], lang, r.get("carrier"))
        m = r.get("model")
        if r.get("method") == "regression" and m:
            terms = [format_significant(m["intercept"], 4, lang), f"{format_significant(m['slope'], 4, lang)}·P"]
            terms += [f"{format_significant(v, 4, lang)}·{k}" for k, v in m["coefficients"].items()]
            stats = (
                f"R² {format_number(m['r2'], 3, lang)}, p {format_number(m['p_slope'], 4, lang)}, "
                f"CV(RMSE) {format_percent(m['cv_rmse_percent'], 1, lang)}, n {m['n']}"
            )
            out.append(
                f"  {name}: {t['regression']} — E = {' + '.join(terms)} {r['unit']} ({stats}); "
                f"{t['adjusted']} {format_number(r['adjusted_baseline'], 0, lang)} {r['unit']}"
            )
        elif r.get("method_reason"):
            out.append(f"  {name}: {t['ratio_method']} — {r['method_reason']}")
        else:
            out.append(f"  {name}: {t['ratio_method']} — {t['annual']}")
    return out


def cmd_sample(args: argparse.Namespace) -> int:
    from ..services.documents import load_sample

    store = open_store(args)
    result = load_sample(store)
    print(result.assessment_id)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..store.backup import integrity_check
    from .errors import CommandError

    store = open_store(args)
    problems = integrity_check(store)
    if problems:
        from ..store.engine import offer_backup

        offer = offer_backup(store.backup_dir) if store.backup_dir is not None else ""
        raise CommandError("database check failed: " + "; ".join(problems) + offer)
    print("ok")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ..store import backup

    store = open_store(args, auto_backup=False)
    if args.list:
        for b in reversed(backup.backups(store)):
            state = {True: "checked", False: "DAMAGED", None: "not checked"}[b.good]
            print(f"{b.path}  made {b.made_local}  {state}")
        return 0
    print(backup.backup_now(store))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..store.engine import default_database_path, sqlite_file, sqlite_url
    from ..store.restore import restore_backup
    from .errors import CommandError

    path = sqlite_file(args.db if args.db and "://" in args.db else sqlite_url(args.db or default_database_path()))
    if path is None:
        raise CommandError(
            "restore: only the app's own SQLite file can be restored; a server database is restored by its administrator"
        )
    done = restore_backup(path, Path(args.backup))
    kind = "a copy of the damaged database" if done.before_damaged else "the database as it was"
    print(f"restored {done.backup} into {done.database}; {kind} is kept as {done.before}")
    return 0
