"""Any text, any length: a document whose every name and note is 2,000+ characters of mathtext,
reportlab markup, emoji, right-to-left script and control characters (and one 2,050-character word)
gives a report and a package in both languages from the command line, with no traceback, the
replaced characters said once, and the text as typed in `pdftotext`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FREE_TEXT = {
    "name",
    "address",
    "province",
    "sector",
    "products",
    "organisation",
    "position",
    "role",
    "title",
    "technical",
    "environmental",
    "notes",
    "causes",
}
PIECES = [
    "Nghiền $x^2$ ",
    r"$\undefinedcommand{x}$ ",
    "<b>đậm</b> & <font size=40>x</font> &amp; ",
    "🙂🏭 ",
    "مصنع الألبان ",
    "\u202eRTL\u202c ",
    "\x07\x1b[31m ",
    "tab\there ",
    "Tiếng Việt có dấu ",
]
LITERAL = ["Nghiền $x^2$", r"$\undefinedcommand{x}$", "<b>đậm</b> & <font size=40>x</font> &amp;", "Tiếng Việt có dấu"]
LONG_WORD = "Z" * 2050
PASS = "mat-khau-van-ban"


def hostile(text_len: int = 2100) -> str:
    piece = "".join(PIECES)
    return (piece * (text_len // len(piece) + 1))[:text_len]


def hostile_document(text_len: int = 2100, long_word: str = LONG_WORD) -> dict:
    doc = json.loads((ROOT / "tests" / "data" / "tapioca-starch.json").read_text(encoding="utf-8"))

    def walk(value, key=None):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key in FREE_TEXT:
            return hostile(text_len)
        return value

    doc = walk(doc)
    doc["facility"]["name"] = (hostile(text_len) + " " + long_word)[-max(text_len, len(long_word) + 1) :]
    doc["options"][0]["title"] = (long_word + " " + hostile(text_len))[: max(text_len, len(long_word) + 1)]
    return doc


def sxsh(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", *args], capture_output=True, text=True, cwd=cwd, timeout=900
    )


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")
def test_hostile_text_gives_report_and_package(tmp_path: Path) -> None:
    # the report: from the document itself, every text 2,100 characters and two 2,050-character words
    (tmp_path / "doc.json").write_text(json.dumps(hostile_document(), ensure_ascii=False), encoding="utf-8")
    # the package: from the store, which keeps names to 500 characters (it refuses longer ones in words)
    stored = hostile_document(480, "Z" * 470)
    (tmp_path / "stored.json").write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "pass.txt").write_text(PASS, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'store.db'}"
    r = sxsh("import-json", "--db", db, "doc.json", cwd=tmp_path)
    assert r.returncode != 0 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = sxsh("import-json", "--db", db, "stored.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    ident = r.stdout.strip()
    r = sxsh(
        "identity", "new", "--name", "Lê Văn Tư Vấn", "--organisation", "VNCPC", "-o", "id.p12",
        "--passphrase-file", "pass.txt", cwd=tmp_path,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    for lang in ("vi", "en"):
        r = sxsh("report", "--from-json", "doc.json", "-o", f"r-{lang}.pdf", "--lang", lang, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        warnings = [line for line in r.stderr.splitlines() if "font lacks" in line]
        assert len(warnings) == 1, r.stderr  # said once, not once per glyph
        assert len(r.stderr.splitlines()) <= 2, r.stderr
        text = flat(
            subprocess.run(["pdftotext", f"r-{lang}.pdf", "-"], capture_output=True, text=True, cwd=tmp_path).stdout
        )
        for piece in LITERAL:
            assert piece in text, piece
        # the long words printed whole (broken across lines and pages, none cut): on the cover, in the
        # facility's table and in the options' table at least
        assert text.count("Z") >= 3 * 2050
        r = sxsh(
            "package", "--db", db, ident, "-o", f"p-{lang}.sxsh", "--lang", lang,
            "--identity", "id.p12", "--passphrase-file", "pass.txt", cwd=tmp_path,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
    r = sxsh("verify", "p-vi.sxsh", cwd=tmp_path)
    assert "Traceback" not in r.stderr
    assert "tampered" not in r.stdout + r.stderr
