"""The Vietnamese catalogue is complete, keeps every placeholder, and its .qm is built."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def _messages(name: str):
    root = ET.parse(TRANSLATIONS / name).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_vietnamese_message_is_translated():
    assert 'type="unfinished"' not in (TRANSLATIONS / "sxsh_vi.ts").read_text(encoding="utf-8")
    empty = []
    for context, message in _messages("sxsh_vi.ts"):
        tr = message.find("translation")
        texts = [f.text for f in tr.findall("numerusform")] if message.get("numerus") == "yes" else [tr.text]
        if not all(t and t.strip() for t in texts):
            empty.append(f"{context}: {message.findtext('source')}")
    assert not empty, empty


def test_translations_keep_their_placeholders():
    wrong = []
    for context, message in _messages("sxsh_vi.ts"):
        source = message.findtext("source")
        tr = message.find("translation")
        text = tr.findtext("numerusform") if message.get("numerus") == "yes" else tr.text
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text or "")):
            wrong.append(f"{context}: {source!r} → {text!r}")
    assert not wrong, wrong


def test_the_catalogues_are_built():
    for lang in ("vi", "en"):
        qm = TRANSLATIONS / f"sxsh_{lang}.qm"
        assert qm.exists() and qm.stat().st_size > 1000, f"run scripts/update-translations ({qm.name})"
