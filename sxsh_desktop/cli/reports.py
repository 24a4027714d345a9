"""`sxsh report`: the PDF report of an assessment, signed when an identity or a token is given."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="the PDF report of an assessment (signed with an identity)")
    p.add_argument("id", nargs="?", help="assessment id in the store (a unique prefix is enough)")
    p.add_argument(
        "--from-json", metavar="FILE", help="report straight from an assessment document instead of the store"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the report")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the report (default vi)")
    g = p.add_argument_group("signing with an identity file (PKCS#12)")
    g.add_argument("--identity", metavar="ID.p12", help="sign with this identity (self-issued or from a CA)")
    g.add_argument("--passphrase-file", metavar="F", help="file whose first line is the identity's passphrase")
    t = p.add_argument_group("signing with a PKCS#11 token (USB token of a CA)")
    t.add_argument("--pkcs11-lib", metavar="LIB", help="the token's PKCS#11 library (.so / .dll)")
    t.add_argument("--token-label", metavar="LABEL")
    t.add_argument("--key-label", metavar="LABEL")
    t.add_argument("--cert-label", metavar="LABEL", help="the certificate's label if it differs from the key's")
    t.add_argument("--pin-file", metavar="F", help="file whose first line is the token's PIN")
    p.add_argument(
        "--tsa", metavar="URL", help="timestamp server (RFC 3161) for PAdES B-T; falls back to B-B if unreachable"
    )
    p.set_defaults(handler=cmd_report)


def signer_settings(args: argparse.Namespace) -> Any:
    """The signing settings the arguments ask for, or None for an unsigned report."""
    from ..signing.identity import SignerSettings, read_secret_file
    from .errors import CommandError

    if args.identity and args.pkcs11_lib:
        raise CommandError("signing: give an identity file (--identity) or a token (--pkcs11-lib), not both")
    if args.identity:
        if not args.passphrase_file:
            raise CommandError("--identity needs --passphrase-file (the file holding the identity's passphrase)")
        passphrase = read_secret_file(args.passphrase_file).encode("utf-8")
        return SignerSettings(identity=args.identity, passphrase=passphrase)
    if args.pkcs11_lib:
        lacking = [
            name
            for name, value in (
                ("--token-label", args.token_label),
                ("--key-label", args.key_label),
                ("--pin-file", args.pin_file),
            )
            if not value
        ]
        if lacking:
            raise CommandError(f"--pkcs11-lib needs {', '.join(lacking)}")
        pin = read_secret_file(args.pin_file, what="PIN")
        return SignerSettings(
            pkcs11_lib=args.pkcs11_lib,
            token_label=args.token_label,
            key_label=args.key_label,
            cert_label=args.cert_label,
            pin=pin,
        )
    if args.passphrase_file or args.token_label or args.key_label or args.pin_file:
        raise CommandError("signing: --passphrase-file needs --identity; token options need --pkcs11-lib")
    if args.tsa:
        raise CommandError("--tsa: a timestamp needs a signature; give --identity or --pkcs11-lib")
    return None


def load_assessment(args: argparse.Namespace) -> Any:
    from .errors import CommandError

    if args.from_json and args.id:
        raise CommandError("report: give an assessment id or --from-json FILE, not both")
    if args.from_json:
        from ..interchange.document import read_document

        return read_document(args.from_json)
    if not args.id:
        raise CommandError("report: give an assessment id (see 'sxsh list') or --from-json FILE")
    from .assessments import open_store, resolve_id

    store = open_store(args)
    return store.get_assessment(resolve_id(store, args.id))


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.reports import build_report

    settings = signer_settings(args)
    assessment = load_assessment(args)
    result = build_report(assessment, args.output, args.lang, signer=settings, tsa=args.tsa)
    for warning in result.warnings:
        print(f"sxsh: warning: {warning}", file=sys.stderr)
    if result.missing:
        gaps = "; ".join(text for _, text in result.missing)
        word = "bản nháp, còn thiếu" if args.lang == "vi" else "draft, missing"
        print(f"sxsh: warning: {result.path}: {word}: {gaps}", file=sys.stderr)
    line = f"{result.path}: {result.pages} " + ("trang" if args.lang == "vi" else "pages")
    if result.signed and result.signer is not None:
        line += f", signed by {result.signer.name} ({result.level})"
    print(line)
    return 0
