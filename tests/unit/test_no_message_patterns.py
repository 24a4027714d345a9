"""No module keeps a table of regular expressions over English message text: a message is a code of the
catalogue and its parameters (domain/message.py), said in the screen's language where it is shown, not
English words read back by patterns after the fact. Reading a database driver's own words (SQLite,
psycopg: text we do not write) by keywords is another thing, and not counted here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sxsh_desktop

ROOT = Path(sxsh_desktop.__file__).parent
_ENGLISH = re.compile(r"(?<![\\?(])\b[a-z]{2,}(?:'s)? [a-z]{2,} [a-z]{2,}\b")  # three words in a row
MOST = 1  # patterns over English words a module may hold (a one-off match is no table)

# reads the words of a database driver (SQLite, psycopg), which we do not write
DRIVER_WORDS = {"store/words.py"}

# modules that still hold such a table, each to be retired (the list only shrinks: a module that no
# longer has one must leave it)
STILL: set[str] = set()


def _patterns(tree: ast.AST) -> list[str]:
    """The regular expressions of a module that spell English words: arguments of re.compile/match/…,
    and strings anchored with '^' (a table compiled later)."""
    out = []
    for node in ast.walk(tree):
        texts: list[str] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if getattr(node.func.value, "id", "") == "re" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    texts.append(first.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("^"):
            texts.append(node.value)
        out += [t for t in texts if _ENGLISH.search(t.replace("\\", ""))]
    return sorted(set(out))


def _tables() -> dict[str, list[str]]:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("store/migrations/"):
            continue
        patterns = _patterns(ast.parse(path.read_text(encoding="utf-8")))
        if len(patterns) > MOST:
            found[rel] = patterns
    return found


def test_no_module_keeps_patterns_over_english_messages():
    tables = _tables()
    new = {k: v[:3] for k, v in tables.items() if k not in STILL | DRIVER_WORDS}
    assert new == {}, "a message is a code of the catalogue with its parameters, not English read back by patterns"
    retired = STILL - set(tables)
    assert retired == set(), f"no table left in {sorted(retired)}: take it off STILL"


def test_the_check_finds_a_table():
    source = "\n".join(
        f"P{i} = re.compile(r'^the entry (?P<e>.*) is {w} of the package$')" for i, w in enumerate("abc")
    )
    assert len(_patterns(ast.parse("import re\n" + source))) == 3
    assert _patterns(ast.parse("import re\nX = re.compile(r'^[0-9a-f]{64}$')")) == []
