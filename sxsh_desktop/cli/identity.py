"""`sxsh identity new | export-cert | show`: consultant identities (key + certificate, PKCS#12)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    # --db is taken like every command takes it (an identity is a file, not in the store: ignored)
    p = sub.add_parser("identity", parents=[common], help="consultant identities: make one, export its certificate")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION")
    p.set_defaults(handler=lambda args: _usage(p))

    n = isub.add_parser(
        "new", parents=[common], help="make a self-issued identity (RSA 3072 key and certificate, PKCS#12)"
    )
    n.add_argument("--name", required=True, help="the holder's full name (certificate CN)")
    n.add_argument("--organisation", "--organization", required=True, help="the holder's organisation (O)")
    n.add_argument("--email", help="e-mail address to put in the certificate")
    n.add_argument("-o", "--output", required=True, metavar="ID.p12", help="the identity file to write")
    n.add_argument(
        "--passphrase-file",
        required=True,
        metavar="F",
        help="file whose first line is the passphrase protecting the identity (8 characters or more)",
    )
    n.set_defaults(handler=cmd_new)

    e = isub.add_parser(
        "export-cert",
        parents=[common],
        help="write the identity's certificate (PEM), to give to a Sở as a trusted signer",
    )
    e.add_argument("identity", metavar="ID.p12")
    e.add_argument("-o", "--output", required=True, metavar="CERT.pem")
    e.add_argument("--passphrase-file", required=True, metavar="F")
    e.set_defaults(handler=cmd_export_cert)

    s = isub.add_parser("show", parents=[common], help="who an identity is and how long its certificate is valid")
    s.add_argument("identity", metavar="ID.p12")
    s.add_argument("--passphrase-file", required=True, metavar="F")
    s.set_defaults(handler=cmd_show)


def _usage(parser: argparse.ArgumentParser) -> int:
    from .errors import CommandError

    raise CommandError("identity: say what to do: new, export-cert or show (sxsh identity --help)")


def _describe(info: Any) -> str:
    kind = "self-issued" if info.self_issued else "issued by a CA"
    return (
        f"{info.name} · {info.organisation or '–'} · {kind} · valid {info.not_before:%Y-%m-%d} to "
        f"{info.not_after:%Y-%m-%d} · SHA-256 {info.sha256_fingerprint}"
    )


def cmd_new(args: argparse.Namespace) -> int:
    from ..signing.identity import new_identity, read_secret_file, signer_info

    passphrase = read_secret_file(args.passphrase_file).encode("utf-8")
    cert = new_identity(args.name, args.organisation, args.output, passphrase, email=args.email)
    print(f"{args.output}: {_describe(signer_info(cert))}")
    return 0


def cmd_export_cert(args: argparse.Namespace) -> int:
    from ..signing.identity import export_certificate, read_secret_file

    passphrase = read_secret_file(args.passphrase_file).encode("utf-8")
    info = export_certificate(args.identity, passphrase, args.output)
    print(f"{args.output}: {_describe(info)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ..signing.identity import load_pkcs12, read_secret_file, signer_info

    passphrase = read_secret_file(args.passphrase_file).encode("utf-8")
    print(_describe(signer_info(load_pkcs12(args.identity, passphrase).certificate)))
    return 0
