"""Why a signing identity (a PKCS#12 file: a consultant's, or the Sở's key for encrypted packages)
cannot be opened. English exactly as the CLI prints it; `error` is a library's own words."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


SIGNING = {
    "identity.unreadable": _t(
        "{path}: cannot read the identity file ({error})", "{path}: không đọc được tệp chứng thư ({error})"
    ),
    "identity.wrong_passphrase": _t(
        "{path}: wrong passphrase for this identity file", "{path}: sai mật khẩu của tệp chứng thư"
    ),
    "identity.damaged": _t(
        "{path}: the identity file is damaged (cut short or altered); use another copy of it",
        "{path}: tệp chứng thư bị hỏng (bị cắt cụt hoặc bị sửa); hãy dùng một bản sao khác",
    ),
    "identity.not_pkcs12": _t(
        "{path}: not a PKCS#12 identity file (.p12/.pfx)", "{path}: không phải tệp chứng thư PKCS#12 (.p12/.pfx)"
    ),
    "identity.cannot_open": _t(
        "{path}: cannot open this PKCS#12 file ({error})", "{path}: không mở được tệp PKCS#12 này ({error})"
    ),
    "identity.no_key": _t(
        "{path}: the identity file holds no private key with its certificate",
        "{path}: tệp chứng thư không chứa khoá riêng kèm chứng thư số",
    ),
}
