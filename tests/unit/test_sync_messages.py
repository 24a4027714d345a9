"""Package refusals in Vietnamese: every reason sync/package/, sync/intake.py and the store's import
can write is known to sync/messages.py (found by reading their source, so a new refusal without its
Vietnamese fails here), the CLI's English is untouched, and what a reason quotes is kept."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

import sxsh_desktop
from sxsh_desktop.sync.messages import reason_for_person, translate_vi

ROOT = Path(sxsh_desktop.__file__).parent
SOURCES = (
    *sorted((ROOT / "sync" / "package").glob("*.py")),
    ROOT / "sync" / "intake.py",
    *sorted((ROOT / "store" / "review_ops").glob("*.py")),
)

# what a placeholder of a template is filled with (by its expression); anything else: 7
SAMPLES: dict[str, list[str]] = {
    "shown": ['"../../etc/passwd"'],
    "kind": ["a symbolic link", "not a regular file"],
    "DOCUMENT_NAME": ["assessment.json"],
    "exc": ["baseline.production: must be more than 0 (got 0)"],
    "PACKAGE_FORMAT": ["sxsh-package"],
    "info.filename": ["report.pdf"],
    "entry['name']": ["assessment.json"],
    "p": ["/tmp/so-key.pem"],
}


def _strings(node: ast.AST) -> list[ast.AST]:
    """The string literals in an expression (both sides of `a if c else b`, `x or "…"`), f-strings whole."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.JoinedStr):
        return [node]
    return [s for child in ast.iter_child_nodes(node) for s in _strings(child)]


def _fill(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant):
        return [node.value]
    parts: list[list[str]] = []
    for value in node.values:  # type: ignore[attr-defined]
        if isinstance(value, ast.Constant):
            parts.append([value.value])
        else:
            parts.append(SAMPLES.get(ast.unparse(value.value), ["7"]))
    return ["".join(p) for p in itertools.product(*parts)]


def _reason_nodes(tree: ast.AST) -> list[ast.AST]:
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "PackageError" and node.args:
                found += _strings(node.args[0])
            elif name == "_Checked" and len(node.args) > 2:
                found += _strings(node.args[2])
            elif name == "ImportRecord":
                found += [s for k in node.keywords if k.arg == "reason" for s in _strings(k.value)]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                targets = target.elts if isinstance(target, ast.Tuple) else [target]
                values = (
                    node.value.elts
                    if isinstance(node.value, ast.Tuple) and isinstance(target, ast.Tuple)
                    else [node.value]
                )
                for i, t in enumerate(targets):
                    if isinstance(t, ast.Attribute) and t.attr == "reason":
                        found += _strings(values[i] if len(values) == len(targets) else node.value)
    return found


def _templates() -> list[tuple[str, str]]:
    out = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _reason_nodes(tree):
            for sample in _fill(node):
                out.append((f"{path.name}:{node.lineno}", sample))
    return out


TEMPLATES = _templates()


def test_the_templates_were_found():
    texts = {t for _, t in TEMPLATES}
    # one from each kind of place, so a change in how reasons are written does not empty the list
    assert "the file is empty" in texts  # PackageError in package.py
    assert "the package's JSON is nested too deeply" in texts  # check.reason = … in package.py
    assert "signer not trusted" in texts  # out.reason = … in intake.py
    assert "the figures cannot be computed (baseline.production: must be more than 0 (got 0))" in texts
    assert any(t.startswith("another package with the same package id") for t in texts)  # review_ops.py
    assert len(TEMPLATES) > 70


@pytest.mark.parametrize(("where", "reason"), TEMPLATES, ids=[f"{w}:{r[:40]}" for w, r in TEMPLATES])
def test_every_refusal_has_its_vietnamese(where, reason):
    said = translate_vi(reason)
    assert said is not None, f"{where}: no Vietnamese for {reason!r} (add it to sync/messages.py)"
    assert said != reason
    assert reason_for_person(reason, "en") == reason  # the English is what the CLI prints


def test_the_signer_named_in_an_untrusted_refusal_is_kept():
    reason = "signer not trusted (Kẻ Lạ, Không rõ, SHA-256 AB:CD:EF)"
    assert reason_for_person(reason, "vi") == "người ký chưa được tin cậy (Kẻ Lạ, Không rõ, SHA-256 AB:CD:EF)"


def test_what_a_reason_quotes_is_kept():
    assert reason_for_person(
        "assessment.json was changed after the package was signed (its hash does not match the manifest)", "vi"
    ) == ("assessment.json đã bị sửa sau khi gói được ký (mã băm không khớp với bản kê)")
    assert reason_for_person("the entry \"../evil.sh\" points outside the package ('..')", "vi").startswith(
        'mục "../evil.sh" trỏ ra ngoài gói'
    )
    assert reason_for_person("the file is 51.0 MB, over the 50.0 MB limit for a package", "vi") == (
        "tệp có dung lượng 51,0 MB, vượt giới hạn 50,0 MB của một gói"
    )
    assert reason_for_person("the zip's directory is 20,480 bytes, over the 16,384 limit", "vi") == (
        "thư mục của tệp zip dài 20.480 byte, vượt giới hạn 16.384 byte"
    )


def test_a_refusal_of_the_document_is_said_through_the_domain_messages():
    said = reason_for_person(
        "assessment.json: facility.tax_code: '123' is not a tax code (10 digits, optionally '-NNN' for a branch)", "vi"
    )
    assert said == (
        "assessment.json: Mã số thuế: '123' không phải mã số thuế (10 chữ số, có thể thêm '-NNN' cho chi nhánh)"
    )


def test_one_line_verdicts_and_the_unknown():
    assert reason_for_person("tampered: report.pdf is not signed", "vi") == "bị sửa đổi: report.pdf chưa được ký"
    assert reason_for_person("refused: the file is empty", "vi") == "bị từ chối: tệp rỗng"
    assert reason_for_person("intact, signed by A (B, SHA-256 C): trusted signer", "vi") == (
        "nguyên vẹn, do A (B, SHA-256 C) ký: người ký được tin cậy"
    )
    assert reason_for_person("imported (supersedes revision 2) — from a signer who is not trusted (marked)", "vi") == (
        "đã nhập (thay cho lần sửa 2) — từ người ký chưa được tin cậy (đã đánh dấu)"
    )
    assert reason_for_person("something new", "vi") == "something new"
    assert reason_for_person(None, "vi") == ""
