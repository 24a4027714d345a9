"""Keep the plural messages (a source with %n) of the translation catalogues across pyside6-lupdate.

The Python parser of lupdate does not see that translate(context, text, "", n) is a plural message: it
writes such a message as a plain one and marks its translation unfinished. `save` notes each plural
message's translations before lupdate runs; `restore` makes every message with %n plural again afterwards,
with the translations noted (a new one gets its text as its one form, still unfinished).

    python scripts/translations_numerus.py save NOTES.json A.ts B.ts ...
    python scripts/translations_numerus.py restore NOTES.json A.ts B.ts ...
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def _messages(path: str):
    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def save(notes: str, paths: list[str]) -> None:
    kept: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        for _tree, name, message in _messages(path):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            kept.setdefault(path, {})[f"{name}\x00{message.findtext('source')}"] = forms
    with open(notes, "w", encoding="utf-8") as f:
        json.dump(kept, f, ensure_ascii=False)


def restore(notes: str, paths: list[str]) -> None:
    with open(notes, encoding="utf-8") as f:
        kept = json.load(f)
    for path in paths:
        tree = ET.parse(path)
        for context in tree.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if "%n" not in source or translation is None:
                    continue
                message.set("numerus", "yes")
                forms = kept.get(path, {}).get(f"{name}\x00{source}")
                text = (translation.text or "").strip()
                old = [f.text or "" for f in translation.findall("numerusform")]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                if forms:
                    translation.attrib.pop("type", None)
                else:
                    forms = old or [text]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
        tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    command, notes, *files = sys.argv[1:]
    {"save": save, "restore": restore}[command](notes, files)
