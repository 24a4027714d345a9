"""Why a signing identity (a PKCS#12 file: a consultant's, or the Sở's key for encrypted packages; a
USB token) cannot be opened or sign, and why a report or a package cannot be written. English exactly
as the CLI prints it; `error` is a library's own words; `where` is a file's path or a token."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


SIGNING = {
    "identity.unreadable": _t(
        "{path}: cannot read the identity file ({error})",
        "Không đọc được tệp chứng thư {path} ({error}). Tệp có còn ở đó không? Hãy chọn lại tại Sửa › Tùy chọn › Chứng thư ký số",
    ),
    "identity.wrong_passphrase": _t(
        "{path}: wrong passphrase for this identity file",
        "Sai mật khẩu của tệp chứng thư {path}. Chưa ghi tệp nào; hãy thử lại",
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
        "Tệp chứng thư {path} không chứa khoá bí mật kèm chứng thư số: không thể ký",
    ),
    "identity.the_signer": _t("the signer", "người ký"),
    "identity.expired": _t(
        "{where}: the certificate of '{who}' expired on {date}; renew the identity",
        "{where}: chứng thư của '{who}' đã hết hạn ngày {date}: không thể ký được nữa. Hãy tạo hoặc chọn chứng thư "
        "mới tại Sửa › Tùy chọn › Chứng thư ký số",
    ),
    "identity.not_yet_valid": _t(
        "{where}: the certificate of '{who}' is not valid before {date}",
        "{where}: chứng thư của '{who}' chưa có hiệu lực trước ngày {date}: hãy kiểm tra ngày giờ của máy tính",
    ),
    # making a self-issued identity (signing/identity.py, services/setup.py)
    "identity.no_name": _t(
        "identity: the holder's name is empty (--name)", "chưa nhập họ tên người đứng tên chứng thư"
    ),
    "identity.no_organisation": _t(
        "identity: the organisation is empty (--organisation)", "chưa nhập tên tổ chức của người đứng tên chứng thư"
    ),
    "identity.short_passphrase": _t(
        "identity: the passphrase must have at least {n} characters", "mật khẩu phải có ít nhất {n} ký tự"
    ),
    "identity.exists": _t(
        "{path}: already exists; an identity file is never overwritten, choose another name",
        "{path} đã có; tệp chứng thư không bao giờ bị ghi đè, hãy chọn tên khác",
    ),
    "identity.cannot_write": _t(
        "{path}: cannot write the identity file ({error})", "Không ghi được tệp chứng thư {path} ({error})"
    ),
    "identity.cannot_write_certificate": _t(
        "{path}: cannot write the certificate ({error})", "Không ghi được chứng thư số ra tệp {path} ({error})"
    ),
    "identity.none_given": _t(
        "signing: give an identity file (--identity) or a PKCS#11 token (--pkcs11-lib)",
        "để ký, hãy chọn một tệp chứng thư hoặc một USB token (PKCS#11)",
    ),
    "identity.signing_failed": _t("signing failed: {error}", "ký không thành công: {error}"),
    "setup.short_passphrase": _t(
        "the passphrase must have at least {n} characters", "mật khẩu phải có ít nhất {n} ký tự"
    ),
    "setup.holder_needed": _t(
        "an identity names its holder: a name and an organisation are needed",
        "chứng thư phải ghi người đứng tên: cần có họ tên và tên tổ chức",
    ),
    # a passphrase or PIN read from a file (`what` is one of the two below)
    "secret.passphrase": _t("passphrase", "mật khẩu"),
    "secret.pin": _t("PIN", "mã PIN"),
    "secret.unreadable": _t(
        "{path}: cannot read the {what} file ({error})", "Không đọc được tệp {what} {path} ({error})"
    ),
    "secret.not_utf8": _t("{path}: the {what} file is not UTF-8 text", "{path}: tệp {what} không phải văn bản UTF-8"),
    "secret.empty": _t("{path}: the {what} file is empty", "{path}: tệp {what} đang trống"),
    "token.where": _t("PKCS#11 token '{label}'", "USB token '{label}'"),
    "token.no_library": _t(
        "{path}: no PKCS#11 library at this path (--pkcs11-lib)",
        "{path}: không có thư viện PKCS#11 nào ở đây: hãy chọn thư viện của token trong Sửa › Tùy chọn › "
        "Chứng thư ký số",
    ),
    "token.labels": _t(
        "PKCS#11: give the token label and the key label (--token-label, --key-label)",
        "PKCS#11: hãy nhập nhãn token và nhãn khoá trong Sửa › Tùy chọn › Chứng thư ký số",
    ),
    "token.no_binding": _t(
        "PKCS#11 signing needs python-pkcs11 ({error})", "ký bằng PKCS#11 cần thư viện python-pkcs11 ({error})"
    ),
    "token.wrong_pin": _t("{where}: wrong PIN", "Sai mã PIN của {where}. Chưa có gì được ghi; hãy thử lại"),
    "token.pin_locked": _t(
        "{where}: the PIN is locked; unlock the token with its SO PIN",
        "Mã PIN của {where} đã bị khoá: hãy mở khoá bằng phần mềm quản lý token của tổ chức chứng thực",
    ),
    "token.not_found": _t(
        "{where}: cannot open a session ({error})",
        "Không có {where} nào đang được cắm vào máy: hãy kiểm tra nhãn token (phần mềm quản lý token hiển thị "
        "nhãn này)",
    ),
    "token.no_session": _t(
        "{where}: cannot open a session ({error})",
        "{where}: không mở được phiên làm việc ({error}): token đã được cắm vào máy chưa?",
    ),
    "token.failed": _t(
        "{where}: {error}",
        "{where}: không dùng được token ({error}). Token đã được cắm vào máy chưa, nhãn có đúng không?",
    ),
    "token.no_key": _t("{where}: no private key labelled '{label}'", "{where}: không có khoá nào mang nhãn '{label}'"),
    "token.several_keys": _t(
        "{where}: several private keys are labelled '{label}'", "{where}: có nhiều khoá cùng mang nhãn '{label}'"
    ),
    "token.no_certificate": _t(
        "{where}: no certificate labelled '{label}' ({error})",
        "{where}: không có chứng thư số nào mang nhãn '{label}' ({error})",
    ),
}

WRITING = {
    "report.language": _t(
        "language: '{language}' is not a report language (vi or en)",
        "ngôn ngữ: '{language}' không phải ngôn ngữ của báo cáo (vi hoặc en)",
    ),
    "report.signed_target": _t(
        "{path}: is a signed report and is never overwritten; write the new version to a new file",
        "{path} là báo cáo đã ký và không bao giờ bị ghi đè. Hãy chọn tên tệp khác cho phiên bản mới",
    ),
    "report.folder_target": _t(
        "{path}: is a folder; give a file name for the report", "{path} là thư mục: hãy đặt tên tệp cho báo cáo"
    ),
    "report.font_missing": _t(
        "{path}: the report font is missing; reinstall SXSH Desktop",
        "Thiếu phông chữ của báo cáo {path}; hãy cài đặt lại SXSH Desktop",
    ),
    "report.cannot_read_target": _t(
        "{path}: cannot read the existing file ({error})", "Không đọc được tệp đang có {path} ({error})"
    ),
    "report.signing_failed": _t("signing the report failed: {error}", "ký báo cáo không thành công: {error}"),
    "file.no_folder": _t("{path}: no such folder", "Thư mục {path} không tồn tại"),
    "report.cannot_write": _t("{path}: cannot write the report ({error})", "Không ghi được báo cáo {path} ({error})"),
    "package.cannot_write": _t("{path}: cannot write the package ({error})", "Không ghi được gói {path} ({error})"),
    "package.suffix": _t("{path}: a package file name ends in {suffix}", "{path}: tên tệp gói phải có đuôi {suffix}"),
    "report.incomplete": _t(
        "cannot sign an incomplete assessment (missing: {missing}); make the report without an identity to get a draft",
        "hồ sơ đánh giá chưa đầy đủ (còn thiếu: {missing}): không thể ký báo cáo; hãy lập báo cáo không ký để có "
        "bản nháp",
    ),
    "package.incomplete": _t(
        "cannot package an incomplete assessment (its report cannot be signed; missing: {missing})",
        "hồ sơ đánh giá chưa đầy đủ nên không đóng gói được (không thể ký báo cáo; còn thiếu: {missing})",
    ),
    "report.the_timestamp_server": _t("the timestamp server", "máy chủ cấp dấu thời gian"),
    "report.no_timestamp": _t(
        "timestamp server {server} did not answer ({error}); signed without a timestamp (PAdES B-B)",
        "máy chủ cấp dấu thời gian {server} không phản hồi ({error}): báo cáo được ký không có dấu thời gian "
        "(PAdES B-B)",
    ),
}
