"""What checking a package's signatures found, who signed it, and what the Sở's intake did with it:
the verdict lines `sxsh verify` and `sxsh import` print (English exactly as always), in Vietnamese
for the review workspace.

`reason`, `problem` and `note` parameters are messages themselves (said in the same language);
`error` is a library's own words, quoted as written.
"""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


_SIGNATURES = {
    "signature.unreadable": _t(
        "the manifest's signature cannot be read (damaged or not a CMS signature)",
        "không đọc được chữ ký của bản kê (bị hỏng hoặc không phải chữ ký CMS)",
    ),
    "signature.no_attributes": _t(
        "the manifest's signature has no signed attributes (or more than one signer)",
        "chữ ký của manifest.json không có thuộc tính được ký (hoặc có nhiều hơn một người ký)",
    ),
    "signature.cannot_check": _t(
        "the manifest's signature cannot be checked ({error})", "không kiểm tra được chữ ký của bản kê ({error})"
    ),
    "signature.manifest_changed": _t(
        "manifest.json was changed after it was signed (its signature does not match)",
        "manifest.json đã bị sửa sau khi ký (chữ ký không khớp)",
    ),
    "signature.not_valid": _t(
        "the manifest's signature is not valid for its certificate",
        "chữ ký của bản kê không hợp lệ với chứng thư số của nó",
    ),
    "package.file_changed": _t(
        "{name} was changed after the package was signed (its hash does not match the manifest)",
        "{name} đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)",
    ),
    "package.schema": _t(
        "the package's schema is not the assessment document schema, format 1",
        "lược đồ (schema) trong gói không phải lược đồ của tài liệu đánh giá, định dạng 1",
    ),
    "package.document": _t("{name}: {problem}", "{name}: {problem}"),
    "report.unreadable": _t(
        "report.pdf cannot be read as a PDF ({error})", "không đọc được report.pdf như một tệp PDF ({error})"
    ),
    "report.not_signed": _t("report.pdf is not signed", "report.pdf chưa được ký"),
    "report.cannot_check": _t(
        "report.pdf's signature cannot be checked ({error})", "không kiểm tra được chữ ký của report.pdf ({error})"
    ),
    "report.changed": _t(
        "report.pdf was changed after it was signed (its signature does not match)",
        "report.pdf đã bị sửa sau khi ký (chữ ký không khớp)",
    ),
    "report.content_added": _t(
        "report.pdf has content added after its signature", "report.pdf có nội dung được thêm vào sau chữ ký"
    ),
    "report.other_signer": _t(
        "report.pdf is signed by someone other than the package's signer",
        "report.pdf do một người khác với người ký gói ký",
    ),
    "report.unbound": _t(
        "report.pdf does not say which assessment it is the report of (it carries no assessment document)",
        "report.pdf không cho biết đây là báo cáo của đánh giá nào (không kèm tài liệu đánh giá)",
    ),
    "report.other_assessment": _t(
        "report.pdf is the report of another assessment ({bound}), not of the package's assessment ({expected})",
        "report.pdf là báo cáo của một đánh giá khác ({bound}), không phải của đánh giá trong gói ({expected})",
    ),
    "report.other_revision": _t(
        "report.pdf is the report of revision {bound} of the assessment, not of the package's revision {expected}",
        "report.pdf là báo cáo của lần sửa {bound} của đánh giá, không phải lần sửa {expected} trong gói",
    ),
    "report.other_document": _t(
        "report.pdf was made from a different assessment document than the package's assessment.json",
        "report.pdf được lập từ một tài liệu đánh giá khác với assessment.json trong gói",
    ),
}

_SIGNER = {
    "signer.not_trusted": _t("signer not trusted", "người ký chưa được tin cậy"),
    "signer.who": _t(
        "{reason} ({name}, {organisation}, SHA-256 {fingerprint})",
        "{reason} ({name}, {organisation}, SHA-256 {fingerprint})",
    ),
    "signer.certificate_not_yet_valid": _t(
        "the signer's certificate is not valid until {date}",
        "chứng thư của người ký chưa có hiệu lực trước ngày {date}",
    ),
    "signer.certificate_expired": _t(
        "the signer's certificate expired on {date}, and the package carries no timestamp proving it was signed "
        "while the certificate was valid",
        "chứng thư của người ký đã hết hạn ngày {date} và gói không có dấu thời gian chứng minh đã ký khi chứng thư "
        "còn hiệu lực",
    ),
    "signer.certificate_expired_timestamp": _t(
        "the signer's certificate expired on {date}, and the report's timestamp ({timestamp}) is outside its validity",
        "chứng thư của người ký đã hết hạn ngày {date}, và dấu thời gian của báo cáo ({timestamp}) nằm ngoài thời hạn "
        "hiệu lực",
    ),
    "signer.no_consultant": _t(
        "the document names no consultant; the package is signed by {signer}",
        "tài liệu không ghi tên chuyên gia tư vấn; gói do {signer} ký",
    ),
    "signer.not_consultant": _t(
        "the signer ({signer}) is not the consultant the document names ({named})",
        "người ký ({signer}) không phải chuyên gia tư vấn mà tài liệu ghi tên ({named})",
    ),
}

_INTAKE = {
    "intake.figures": _t(
        "the figures cannot be computed ({problem})", "không tính được các số liệu của đánh giá ({problem})"
    ),
    "intake.not_checked": _t("the package could not be checked ({error})", "không kiểm tra được gói ({error})"),
    "intake.too_slow": _t(
        "checking it took longer than {seconds:g} s; it was stopped", "kiểm tra gói mất hơn {seconds} giây nên đã dừng"
    ),
    "intake.worker_died": _t(
        "the check stopped its worker process (out of memory or a crash)",
        "việc kiểm tra làm dừng tiến trình kiểm tra (hết bộ nhớ hoặc lỗi)",
    ),
    "intake.cannot_take": _t("the package cannot be taken", "không thể nhận gói này"),
    "intake.store_refused": _t("the store refused it ({problem})", "cơ sở dữ liệu không nhận gói ({problem})"),
    "review.package_id_reused": _t(
        "another package with the same package id was imported before (the two differ); "
        "ask the consultant to package it again",
        "một gói khác có cùng mã gói đã được nhập trước đây (hai gói khác nhau); đề nghị chuyên gia tư vấn đóng gói lại",
    ),
    "review.revision_differs": _t(
        "revision {revision} of this assessment was already imported with other content; "
        "the consultant must export a new revision",
        "lần sửa {revision} của đánh giá này đã được nhập với nội dung khác; chuyên gia tư vấn cần xuất một lần sửa mới",
    ),
}

# one line about a package: its check (PackageCheck.describe) or what its import did (ImportOutcome.line)
_LINES = {
    "check.trusted": _t("intact, signed by {who}: trusted signer", "nguyên vẹn, do {who} ký: người ký được tin cậy"),
    "check.untrusted": _t(
        "intact, signed by {who}: signer not trusted", "nguyên vẹn, do {who} ký: người ký chưa được tin cậy"
    ),
    "check.signer": _t(
        "{name} ({organisation}, SHA-256 {fingerprint})", "{name} ({organisation}, SHA-256 {fingerprint})"
    ),
    "check.note": _t("; note: {note}", "; lưu ý: {note}"),
    "check.tampered": _t("tampered: {reason}", "bị sửa đổi: {reason}"),
    "check.invalid": _t("invalid: {reason}", "không hợp lệ: {reason}"),
    "check.unknown_signer": _t("unknown_signer: {reason}", "người ký chưa được tin cậy: {reason}"),
    "outcome.refused": _t("refused: {reason}", "bị từ chối: {reason}"),
    "outcome.imported": _t("imported", "đã nhập"),
    "outcome.imported_supersedes": _t(
        "imported (supersedes revision {revision})", "đã nhập (thay cho lần sửa {revision})"
    ),
    "outcome.already_imported": _t("already imported", "đã nhập từ trước"),
    "outcome.superseded": _t(
        "superseded (revision {revision} is older than revision {newer}, already imported)",
        "không áp dụng (lần sửa {revision} cũ hơn lần sửa {newer} đã nhập)",
    ),
    "outcome.note": _t(" — note: {note}", " — lưu ý: {note}"),
    "outcome.untrusted_mark": _t(
        " — from a signer who is not trusted (marked)", " — từ người ký chưa được tin cậy (đã đánh dấu)"
    ),
}

INTAKE = {**_SIGNATURES, **_SIGNER, **_INTAKE, **_LINES}
