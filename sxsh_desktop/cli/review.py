"""`sxsh review`, `summary` and `export-approved`: the Sở's review of received assessments."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.numbers import format_number


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from ..store.review_models import REVIEW_STATES

    r = sub.add_parser("review", parents=[common], help="a review step on a received assessment, logged")
    r.add_argument("id", help="received assessment id (a unique prefix is enough)")
    r.add_argument("--state", choices=REVIEW_STATES, help="the new review state")
    r.add_argument("--comment", metavar="TEXT", help="a comment (with a step, or on its own)")
    r.add_argument("--by", metavar="NAME", help="who reviews (for the audit log)")
    r.add_argument("--log", action="store_true", help="print the assessment's comments and audit log")
    r.set_defaults(handler=cmd_review)

    s = sub.add_parser("summary", parents=[common], help="aggregate figures across imported assessments")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument("--province", metavar="P")
    s.add_argument("--year", type=int, metavar="Y", help="year of the reporting period")
    s.add_argument("--csv", metavar="FILE", help="write the figures as CSV (one row per assessment, or per group)")
    s.add_argument("--by", choices=("province", "vsic", "sector", "year"), help="with --csv: one row per group")
    s.set_defaults(handler=cmd_summary)

    e = sub.add_parser("export-approved", parents=[common], help="the approved packages, as signed, for the ministry")
    e.add_argument("folder", metavar="DIR")
    e.add_argument("--by", metavar="NAME")
    e.set_defaults(handler=cmd_export_approved)


def _review(args: argparse.Namespace) -> Any:
    from ..review.service import open_review
    from .assessments import open_store

    return open_review(open_store(args))


def cmd_review(args: argparse.Namespace) -> int:
    from ..store.review_ops import STATE_WORDS
    from .errors import CommandError

    review = _review(args)
    aid = review.resolve_id(args.id)
    if args.state:
        before = review.set_state(aid, args.state, by=args.by, comment=args.comment)
        print(f"{aid}: {STATE_WORDS[before]} → {STATE_WORDS[args.state]}")
    elif args.comment:
        review.add_comment(aid, args.comment, by=args.by)
        print(f"{aid}: comment added")
    elif not args.log:
        raise CommandError("review: give --state, --comment or --log")
    if args.log:
        for c in review.comments(aid):
            print(f"{c.created_at}  {c.author}: {c.text}")
        for e in reversed(review.audit_log(aid)):
            print(f"{e.at}  {e.who}  {e.action}  {e.detail}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    import json

    from ..review.service import export_csv
    from .errors import CommandError

    review = _review(args)
    if args.by and not args.csv:
        raise CommandError("--by goes with --csv FILE")
    if args.csv:
        rows = export_csv(review, args.csv, by=args.by, province=args.province, year=args.year)
        print(f"{args.csv}: {rows} row(s)")
        return 0
    summary = review.summary(province=args.province, year=args.year)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    n = format_number
    print(
        f"{summary['assessments']} assessment(s), {summary['facilities']} facility(ies); "
        f"{summary['met_target']} met the target band in force in their reporting year"
    )
    print(
        f"savings: {n(summary['energy_saving_toe'], 1)} TOE · {n(summary['saving_gj'], 0)} GJ · "
        f"{n(summary['water_saving_m3'], 0)} m³ water · {n(summary['co2_saving_t'], 1)} tCO2 · "
        f"{n(summary['cost_saving_vnd'], 0)} VND"
    )
    print("review: " + ", ".join(f"{k} {v}" for k, v in summary["by_review_state"].items()))
    print("method: " + ", ".join(f"{k} {v}" for k, v in summary["by_method"].items()))
    for p in summary["by_province"]:
        print(
            f"  {p['province'] or '–'}: {p['assessments']} · {n(p['energy_saving_toe'], 1)} TOE · "
            f"{n(p['co2_saving_t'], 1)} tCO2 · {n(p['cost_saving_vnd'], 0)} VND · met {p['met_target']}"
        )
    return 0


def cmd_export_approved(args: argparse.Namespace) -> int:
    from ..review.service import export_approved

    paths = export_approved(_review(args), args.folder, by=args.by)
    print(f"{args.folder}: {len(paths)} approved package(s)")
    return 0
