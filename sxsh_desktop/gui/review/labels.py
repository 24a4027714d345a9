"""Words for the review workspace's codes, in the screen's language: review states, package verdicts,
import results, and the reasons a package was refused (the intake gives them as messages of the
catalogue: English for the CLI, the screen's language here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.message import Message

# lupdate reads only literal calls: QCoreApplication.translate("ReviewLabels", "…")


def state_label(state: str) -> str:
    return {
        "received": QCoreApplication.translate("ReviewLabels", "Received"),
        "has_issues": QCoreApplication.translate("ReviewLabels", "Has issues"),
        "approved": QCoreApplication.translate("ReviewLabels", "Approved"),
        "rejected": QCoreApplication.translate("ReviewLabels", "Rejected"),
        "superseded": QCoreApplication.translate("ReviewLabels", "Superseded"),
    }.get(state, state)


def state_action(state: str) -> str:
    """The button that takes a review step to `state`."""
    return {
        "received": QCoreApplication.translate("ReviewLabels", "Back to received"),
        "has_issues": QCoreApplication.translate("ReviewLabels", "Has issues"),
        "approved": QCoreApplication.translate("ReviewLabels", "Approve"),
        "rejected": QCoreApplication.translate("ReviewLabels", "Reject"),
    }.get(state, state)


def verdict_label(verdict: str) -> str:
    return {
        "trusted": QCoreApplication.translate("ReviewLabels", "Trusted signer"),
        "unknown_signer": QCoreApplication.translate("ReviewLabels", "Unknown signer"),
        "tampered": QCoreApplication.translate("ReviewLabels", "Tampered"),
        "invalid": QCoreApplication.translate("ReviewLabels", "Not a valid package"),
    }.get(verdict, verdict)


def status_label(status: str) -> str:
    return {
        "imported": QCoreApplication.translate("ReviewLabels", "Imported"),
        "already_imported": QCoreApplication.translate("ReviewLabels", "Already imported"),
        "superseded": QCoreApplication.translate("ReviewLabels", "Older revision, not applied"),
        "refused": QCoreApplication.translate("ReviewLabels", "Refused"),
    }.get(status, status)


def action_label(action: str) -> str:
    """An audit log entry's action."""
    return {
        "import": QCoreApplication.translate("ReviewLabels", "Import"),
        "review": QCoreApplication.translate("ReviewLabels", "Review step"),
        "comment": QCoreApplication.translate("ReviewLabels", "Comment"),
        "trust": QCoreApplication.translate("ReviewLabels", "Trusted a signer"),
        "distrust": QCoreApplication.translate("ReviewLabels", "Stopped trusting a signer"),
        "export": QCoreApplication.translate("ReviewLabels", "Export"),
    }.get(action, action)


def audit_detail(entry) -> str:
    """An audit entry's detail (an AuditEntry of the store) in the screen's language, from the message
    the store kept with it; an entry written before, or a comment, as written."""
    from ..forms import current_language

    return entry.said.text(current_language()) if entry.said is not None else entry.detail


def reason_text(said: Message | None) -> str:
    """A refusal reason of the intake (a code of the catalogue and its parameters) in the screen's language."""
    from ..forms import current_language

    return "" if said is None else said.text(current_language())


def outcome_text(outcome) -> str:
    """What happened to one package, in words (an ImportOutcome of sync.intake)."""
    said = outcome.said
    if outcome.status == "imported":
        replaced = outcome.superseded_revision
        text = (
            QCoreApplication.translate(
                "ReviewLabels", "Imported; replaces revision %1, which stays in the history"
            ).replace("%1", str(replaced))
            if replaced is not None
            else QCoreApplication.translate("ReviewLabels", "Imported")
        )
        if outcome.verdict == "unknown_signer":
            text += " — " + QCoreApplication.translate(
                "ReviewLabels", "signed by someone this office does not trust yet (marked)"
            )
        return text
    if outcome.status == "already_imported":
        return QCoreApplication.translate("ReviewLabels", "Already imported; nothing changed")
    if outcome.status == "superseded":
        return (
            QCoreApplication.translate(
                "ReviewLabels", "Revision %1 is older than revision %2, which is already here; nothing changed"
            )
            .replace("%1", str(outcome.revision))
            .replace("%2", str(outcome.newer_revision))
        )
    if (
        said is not None
        and said.code == "signer.who"
        and getattr(said.params["reason"], "code", "") == ("signer.not_trusted")
    ):
        name, organisation = said.params["name"], said.params["organisation"]
        who = f"{name} ({organisation})" if name and organisation != "–" else (name or organisation)
        return QCoreApplication.translate(
            "ReviewLabels", "Signed by %1, who is not a trusted signer; trust the signer to import it"
        ).replace("%1", who)
    if said is not None and said.code == "package.encrypted_no_key":
        return QCoreApplication.translate(
            "ReviewLabels", "The package is encrypted: choose the office's key file to open it"
        )
    if said is not None and said.code == "package.not_for_this_key":
        return QCoreApplication.translate(
            "ReviewLabels", "The package is encrypted for another recipient; this key cannot open it"
        )
    if outcome.verdict == "tampered":
        return QCoreApplication.translate("ReviewLabels", "Changed after it was signed: %1").replace(
            "%1", reason_text(said)
        )
    if outcome.verdict == "invalid":
        return QCoreApplication.translate("ReviewLabels", "Not a package that can be taken: %1").replace(
            "%1", reason_text(said)
        )
    from ..forms import current_language

    return reason_text(said) if said is not None else outcome.line_text(current_language())
