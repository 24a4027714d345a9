"""The Sở's review: its states and what the audit log says of each step (an import, a review step,
trusting a signer). The English is the line `sxsh review --log` prints and the store keeps in
`audit_log.detail`; the review workspace says the entry from its code and parameters."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


REVIEW = {
    "state.received": _t("received", "đã nhận"),
    "state.has_issues": _t("has issues", "cần bổ sung"),
    "state.approved": _t("approved", "đã phê duyệt"),
    "state.rejected": _t("rejected", "không chấp nhận"),
    "audit.review": _t("{before} → {after}", "{before} → {after}"),
    "audit.review_arrived": _t(
        "{before} → {after} (revision {revision} arrived)", "{before} → {after} (lần sửa {revision} đã đến)"
    ),
    "audit.import": _t(
        "package {package} from {name} ({organisation}), {trust}{encrypted}{supersedes}",
        "gói {package} của {name} ({organisation}), {trust}{encrypted}{supersedes}",
    ),
    "audit.trusted_signer": _t("trusted signer", "người ký được tin cậy"),
    "audit.encrypted": _t(", encrypted", ", đã mã hoá"),
    "audit.supersedes": _t("; supersedes revision {revision}", "; thay cho lần sửa {revision}"),
    "audit.trust": _t(
        "trusted {name} ({organisation}), SHA-256 {fingerprint}",
        "tin cậy {name} ({organisation}), SHA-256 {fingerprint}",
    ),
    "audit.distrust": _t(
        "no longer trusts {name} ({organisation}), SHA-256 {fingerprint}",
        "thôi tin cậy {name} ({organisation}), SHA-256 {fingerprint}",
    ),
    "audit.export": _t("{count} approved package(s) to {target}", "{count} gói đã phê duyệt, xuất ra {target}"),
}
