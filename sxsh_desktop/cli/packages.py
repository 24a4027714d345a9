"""`sxsh package`, `verify`, `import` and `trust`: sync packages from the field laptop to the Sở."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("package", parents=[common], help="a signed sync package (.sxsh) of an assessment")
    p.add_argument("id", help="assessment id (a unique prefix is enough)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.sxsh")
    p.add_argument("--identity", required=True, metavar="ID.p12", help="the identity that signs report and package")
    p.add_argument("--passphrase-file", required=True, metavar="F", help="file whose first line is its passphrase")
    p.add_argument("--encrypt-to", metavar="CERT.pem", help="encrypt the package to the receiving Sở's certificate")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the report (default vi)")
    p.set_defaults(handler=cmd_package)

    v = sub.add_parser("verify", parents=[common], help="check a package; prints signer and verdict")
    v.add_argument("file", metavar="FILE.sxsh")
    _trust_and_key(v)
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(handler=cmd_verify)

    i = sub.add_parser("import", parents=[common], help="the Sở intake: check and store packages")
    i.add_argument("files", nargs="+", metavar="FILE.sxsh")
    _trust_and_key(i)
    i.add_argument(
        "--allow-untrusted", action="store_true", help="import packages from signers not trusted, marked as such"
    )
    i.add_argument("--by", metavar="NAME", help="who imports (for the audit log)")
    i.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="check packages in N processes (default: the number of CPUs, at most 4)",
    )
    i.set_defaults(handler=cmd_import)

    t = sub.add_parser("trust", parents=[common], help="the signers this store trusts")
    tsub = t.add_subparsers(dest="trust_command", metavar="ACTION")
    t.set_defaults(handler=lambda args: _usage())
    a = tsub.add_parser("add", parents=[common], help="trust a signer's certificate (or a CA's)")
    a.add_argument("certificate", metavar="CERT.pem")
    a.add_argument("--by", metavar="NAME")
    a.set_defaults(handler=cmd_trust_add)
    ls = tsub.add_parser("list", parents=[common], help="the trusted certificates")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_trust_list)
    rm = tsub.add_parser("remove", parents=[common], help="stop trusting a certificate (by SHA-256 fingerprint)")
    rm.add_argument("fingerprint")
    rm.add_argument("--by", metavar="NAME")
    rm.set_defaults(handler=cmd_trust_remove)


def _usage() -> int:
    from .errors import CommandError

    raise CommandError("trust: say what to do: add, list or remove (sxsh trust --help)")


def _trust_and_key(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a trusted signer's (or CA's) certificate; may be repeated",
    )
    p.add_argument(
        "--key",
        metavar="KEY.pem",
        help="the Sở's key for encrypted packages (.p12, a PEM with its certificate, or a PEM key with --cert)",
    )
    p.add_argument("--cert", metavar="CERT.pem", help="the certificate of --key, when the key file holds the key alone")
    p.add_argument("--passphrase-file", metavar="F", help="file whose first line is the key's passphrase")


def _trusted(args: argparse.Namespace) -> list[bytes]:
    from ..sync.package import load_certificates

    return [der for path in args.trust for der in load_certificates(path)]


def _decryption(args: argparse.Namespace) -> Any:
    from ..signing.identity import read_secret_file
    from ..sync.package import Decryption
    from .errors import CommandError

    if not args.key:
        if args.cert:
            raise CommandError("--cert needs --key (the Sở's key the certificate belongs to)")
        if args.passphrase_file:
            raise CommandError("--passphrase-file needs --key (the Sở's key for encrypted packages)")
        return None
    passphrase = read_secret_file(args.passphrase_file).encode("utf-8") if args.passphrase_file else None
    return Decryption.from_file(args.key, passphrase, certificate=args.cert)


def cmd_package(args: argparse.Namespace) -> int:
    from ..services.packages import make_package
    from ..signing.identity import SignerSettings, read_secret_file
    from ..sync.package import load_recipient_certificate
    from .assessments import open_store, resolve_id

    settings = SignerSettings(identity=args.identity, passphrase=read_secret_file(args.passphrase_file).encode("utf-8"))
    recipient = load_recipient_certificate(args.encrypt_to) if args.encrypt_to else None
    store = open_store(args)
    result = make_package(
        store, resolve_id(store, args.id), args.output, settings, language=args.lang, encrypt_to=recipient
    )
    line = (
        f"{result.path}: revision {result.revision}, signed by {result.signer.name}"
        f"{', encrypted' if result.encrypted else ''}, {result.size:,} bytes"
    )
    print(line)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    import json

    from ..sync.package import check_file

    check = check_file(args.file, trusted=_trusted(args), decryption=_decryption(args))
    if args.json:
        s = check.signer
        print(
            json.dumps(
                {
                    "file": args.file,
                    "verdict": check.verdict,
                    "intact": check.intact,
                    "reason": check.reason,
                    "notes": check.warnings,
                    "encrypted": check.enveloped,
                    "package_id": check.package_id,
                    "assessment": (check.manifest or {}).get("assessment"),
                    "signer": None
                    if s is None
                    else {
                        "name": s.name,
                        "organisation": s.organisation,
                        "serial": s.serial,
                        "sha256_fingerprint": s.sha256_fingerprint,
                        "self_issued": s.self_issued,
                    },
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"{args.file}: {check.describe()}")
    # non-zero unless the package is intact and its signer trusted (--trust): a package from an
    # unknown signer is not one to take as it is
    return 0 if check.trusted else 1


def cmd_import(args: argparse.Namespace) -> int:
    from ..store.review_ops import ReviewStore
    from ..sync.intake import ImportOptions, default_workers, import_files
    from .assessments import open_store

    options = ImportOptions(
        trusted=_trusted(args), decryption=_decryption(args), allow_untrusted=args.allow_untrusted, by=args.by
    )
    review = ReviewStore(open_store(args))

    def show(_done: int, _total: int, outcome: Any) -> None:
        print(f"{outcome.source}: {outcome.line}", flush=True)

    jobs = default_workers() if args.jobs is None else max(1, args.jobs)
    outcomes = import_files(review, args.files, options, progress=show, workers=jobs)
    refused = sum(1 for o in outcomes if o.refused)
    if refused:
        print(f"sxsh: {refused} of {len(outcomes)} package(s) refused", file=sys.stderr)
        return 1
    return 0


def _signer_row(cert_der: bytes) -> Any:
    from ..signing.identity import signer_info
    from ..store.review_ops import TrustedSigner

    info = signer_info(_crypto_cert(cert_der))
    return TrustedSigner(
        info.sha256_fingerprint,
        info.name,
        info.organisation,
        info.not_after.strftime("%Y-%m-%dT%H:%M:%SZ"),
        cert_der,
        "",
        "",
    )


def _crypto_cert(der: bytes) -> Any:
    from cryptography import x509

    return x509.load_der_x509_certificate(der)


def cmd_trust_add(args: argparse.Namespace) -> int:
    from ..store.review_ops import ReviewStore
    from ..sync.package import load_certificates
    from .assessments import open_store

    review = ReviewStore(open_store(args))
    for der in load_certificates(args.certificate):
        row = _signer_row(der)
        added = review.add_trusted_signer(row, args.by)
        print(
            f"{row.name} ({row.organisation or '–'}), SHA-256 {row.fingerprint}: "
            + ("trusted" if added else "already trusted")
        )
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    import json

    from ..store.review_ops import ReviewStore
    from .assessments import open_store

    signers = ReviewStore(open_store(args)).trusted_signers()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": s.name,
                        "organisation": s.organisation,
                        "sha256_fingerprint": s.fingerprint,
                        "not_after": s.not_after,
                        "added_at": s.added_at,
                        "added_by": s.added_by,
                    }
                    for s in signers
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for s in signers:
        print(f"{s.name} · {s.organisation or '–'} · valid to {s.not_after[:10]} · SHA-256 {s.fingerprint}")
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from ..store.review_ops import ReviewStore
    from .assessments import open_store

    ReviewStore(open_store(args)).remove_trusted_signer(args.fingerprint.strip().upper(), args.by)
    print(f"{args.fingerprint}: no longer trusted")
    return 0
