"""No refusal of the store, the services, signing, the review, the report or the interchange (a document
file, its JSON and its schema) is given as English words:
each is a message of the catalogue (found by reading their source, so a new `raise StoreError(f"…")`
fails here), said in Vietnamese on a screen and in the CLI's English by `str()`. Only the errors' own
constructors turn words into a free text (for words given from elsewhere)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import sxsh_desktop

ROOT = Path(sxsh_desktop.__file__).parent
PACKAGES = ("store", "services", "signing", "review", "report", "interchange")
SOURCES = sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))
CARRIERS = {
    "StoreError",
    "ReviewError",
    "BackupWriteError",
    "DamagedStoreError",
    "ChangedElsewhere",
    "IdentityError",
    "ReportError",
    "DocumentError",
    "JSONLimitError",
    "_limit",  # interchange/bounded_json.py's JSONLimitError of a code
    "_refused",  # interchange/document.py's DocumentError of a code
}
# not yet messages of the catalogue: the sector templates' checks (TemplateProblem, TemplateError in
# interchange/templates.py), said to a template's author

# the constructors that keep words given from elsewhere as a free text (never our own sentences)
FREE_TEXT_AT = {"store/errors.py", "store/backup.py", "signing/identity.py", "report/__init__.py"}


def _is_words(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.BinOp):  # "…" + "…", "…" % x
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "…".format(…), ", ".join(…)
        return _is_words(node.func.value) and node.func.attr in ("format", "join")
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call):
        return "super().__init__"  # a refusal's own class handing its words up
    return getattr(func, "id", getattr(func, "attr", ""))


def words_given(tree: ast.AST) -> list[str]:
    """Where a refusal is given as words: a string handed to a refusal's class, or to free_text."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in CARRIERS | {"free_text", "super().__init__"}:
            for arg in node.args[:1]:
                if _is_words(arg):
                    found.append(f"line {node.lineno}: {ast.unparse(arg)[:80]}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_refusal_is_given_as_english_words(path):
    assert words_given(ast.parse(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_errors_own_constructors_make_a_free_text(path):
    calls = [
        n.lineno
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(n, ast.Call) and _name(n.func) == "free_text"
    ]
    if path.relative_to(ROOT).as_posix() not in FREE_TEXT_AT:
        assert calls == []


def test_the_check_finds_what_it_looks_for():
    tree = ast.parse(
        'raise StoreError(f"{x} has no field")\n'
        'raise ReviewError("state: " + s)\n'
        'raise IdentityError("a {} b".format(x))\n'
        "raise BackupWriteError(free_text(words))\n"
        'raise StoreError(Message("store.no_field", {"what": w}))\n'
        'raise ReportError("code")\n'
        "class Gone(StoreError):\n"
        "    def __init__(self, what):\n"
        '        super().__init__(f"The {what} is gone")\n'
    )
    assert len(words_given(tree)) == 4  # a Message and a code-like word without a space are not words
