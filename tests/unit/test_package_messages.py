"""A package's refusals are messages of the catalogue: every reason sync/package/, sync/intake.py,
sync/workers.py and the store's import give is a code with parameters (found by reading their source,
so a reason written as English words fails here), its English is the line the CLI has always printed,
and its Vietnamese is said whole (numbers and sizes the Vietnamese way, what a reason quotes kept)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import sxsh_desktop
from sxsh_desktop.domain.message import FieldMessage, Message, Refusal
from sxsh_desktop.store.review_ops import ImportRecord
from sxsh_desktop.sync.intake import ImportOutcome
from sxsh_desktop.sync.package import PackageCheck, PackageError
from sxsh_desktop.sync.package.format import said

ROOT = Path(sxsh_desktop.__file__).parent
SOURCES = (
    *sorted((ROOT / "sync" / "package").glob("*.py")),
    ROOT / "sync" / "intake.py",
    ROOT / "sync" / "workers.py",
    *sorted((ROOT / "store" / "review_ops").glob("*.py")),
)
CARRIERS = {"PackageError", "Stopped", "_Checked", "ImportRecord", "ImportOutcome", "PackageCheck"}


def _words_given(tree: ast.AST) -> list[str]:
    """Where a reason is given as words: a string (or f-string) handed to a reason's carrier, or assigned
    to a `.reason`/`.said`."""
    found = []
    for node in ast.walk(tree):
        values: list[ast.AST] = []
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in CARRIERS:
            values = [*node.args, *(k.value for k in node.keywords if k.arg in ("reason", "said"))]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(t, ast.Attribute) and t.attr in ("reason", "said"):
                        values.append(node.value)
        for v in values:
            if isinstance(v, ast.JoinedStr) or (
                isinstance(v, ast.Constant) and isinstance(v.value, str) and " " in v.value
            ):
                found.append(f"line {node.lineno}: {ast.unparse(v)[:80]}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_reason_is_given_as_english_words(path):
    assert _words_given(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_finds_what_it_looks_for():
    tree = ast.parse('raise PackageError(f"the file is {n}")\ncheck.reason = "signer not trusted"\nx = Stopped("slow")')
    assert len(_words_given(tree)) == 2  # 'slow' holds no space: a code-like word, not counted


@pytest.mark.parametrize(
    ("message", "en", "vi"),
    [
        (
            said("package.file_too_large", size_bytes=53_477_376, limit_bytes=50 * 1024 * 1024),
            "the file is 51.0 MB, over the 50.0 MB limit for a package",
            "tệp có dung lượng 51,0 MB, vượt giới hạn 50,0 MB của một gói",
        ),
        (
            said("zip.directory_too_large", size=20_480, limit=16_384),
            "the zip's directory is 20,480 bytes, over the 16,384 limit",
            "thư mục của tệp zip dài 20.480 byte, vượt giới hạn 16.384 byte",
        ),
        (
            said("entry.outside", entry='"../evil.sh"'),
            "the entry \"../evil.sh\" points outside the package ('..')",
            "mục \"../evil.sh\" trỏ ra ngoài gói ('..') — có thể nhằm ghi đè tệp khác",
        ),
        (
            said("entry.bomb", entry='"report.pdf"', ratio=1_030, most=100),
            'the entry "report.pdf" would unpack 1,030 times its size (at most 100:1): a decompression bomb',
            'mục "report.pdf" sẽ giải nén ra gấp 1.030 lần dung lượng của nó (nhiều nhất 100:1): một “bom giải nén”',
        ),
        (
            said("entry.too_large", entry='"a"', size_bytes=1_234, limit_bytes=30 * 1024 * 1024),
            'the entry "a" unpacks to 1,234 bytes, over the 30.0 MB limit per entry',
            'mục "a" giải nén ra 1.234 byte, vượt giới hạn 30,0 MB cho mỗi mục',
        ),
        (
            said("signer.certificate_expired", date=dt.date(2020, 12, 1)),
            "the signer's certificate expired on 2020-12-01, and the package carries no timestamp proving it was "
            "signed while the certificate was valid",
            "chứng thư của người ký đã hết hạn ngày 01/12/2020 và gói không có dấu thời gian chứng minh đã ký khi "
            "chứng thư còn hiệu lực",
        ),
        (
            said(
                "signer.who",
                reason=said("signer.not_trusted"),
                name="Kẻ Lạ",
                organisation="Không rõ",
                fingerprint="AB:CD",
            ),
            "signer not trusted (Kẻ Lạ, Không rõ, SHA-256 AB:CD)",
            "người ký chưa được tin cậy (Kẻ Lạ, Không rõ, SHA-256 AB:CD)",
        ),
        (
            said("intake.too_slow", seconds=60.0),
            "checking it took longer than 60 s; it was stopped",
            "kiểm tra gói mất hơn 60 giây nên đã dừng",
        ),
        (
            said("recipient.expired", who=said("recipient.this_certificate"), date=dt.date(2024, 3, 5)),
            "cannot encrypt to this certificate: the certificate expired on 2024-03-05",
            "không mã hoá được cho chứng thư số này: chứng thư số đã hết hạn ngày 05/03/2024",
        ),
        (
            said("package.unreadable", error="Permission denied"),  # the system's words, quoted as written
            "cannot be read (Permission denied)",
            "không đọc được tệp (Permission denied)",
        ),
    ],
)
def test_a_reason_keeps_its_english_and_says_it_in_vietnamese(message, en, vi):
    assert str(message) == en
    assert message.text("vi") == vi
    assert message.untranslated() == []


def test_the_document_refused_inside_a_package_is_named_by_its_field():
    refusal = Refusal(Message("value.positive_got", {"value": 0.0}), "periods.baseline.production")
    reason = said("package.document", name="assessment.json", problem=FieldMessage.of(refusal))
    assert str(reason) == "assessment.json: periods.baseline.production: must be more than 0 (got 0)"
    assert reason.text("vi") == "assessment.json: Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là 0)"
    words = said("intake.figures", problem=FieldMessage.of(ZeroDivisionError("float division by zero")))
    assert str(words) == "the figures cannot be computed (float division by zero)"
    assert words.untranslated() == ["float division by zero"]  # a library's words: told, as written


def test_the_lines_of_a_check_and_an_import():
    error = PackageError(said("report.not_signed"), "tampered")
    assert str(error) == error.reason == "report.pdf is not signed"
    check = PackageCheck("tampered", error.said)
    assert check.describe() == "tampered: report.pdf is not signed"
    assert check.describe("vi") == "bị sửa đổi: report.pdf chưa được ký"
    refused = ImportOutcome("a.sxsh", "refused", "", said=said("package.empty"))
    refused.parts = [said("outcome.refused", reason=refused.said)]
    assert refused.line_text("en") == "refused: the file is empty"
    assert refused.line_text("vi") == "bị từ chối: tệp rỗng"
    record = ImportRecord("imported", "x", 3, superseded_revision=2)
    assert record.describe() == "imported (supersedes revision 2)"
    assert record.describe("vi") == "đã nhập (thay cho lần sửa 2)"
    stale = ImportRecord("superseded", "x", 1, newer_revision=3)
    assert stale.describe() == "superseded (revision 1 is older than revision 3, already imported)"
    twice = ImportRecord("refused", "x", 4, said=said("review.revision_differs", revision=4))
    assert twice.describe() == (
        "refused: revision 4 of this assessment was already imported with other content; "
        "the consultant must export a new revision"
    )
    assert twice.describe("vi").startswith("bị từ chối: lần sửa 4 của đánh giá này đã được nhập với nội dung khác")
