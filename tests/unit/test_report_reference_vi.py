"""Every source and note of the shipped factors has its Vietnamese wording (report/reference_vi.py):
composed as the factors compose them ("document (note)"), nothing English is left for a Vietnamese
report, and the English report keeps the text as the data says it."""

from __future__ import annotations

import json
import re

from sxsh_desktop.paths import resources_dir
from sxsh_desktop.report.reference_vi import in_vietnamese

ENGLISH = set(
    "the of and for from per by is are not no letter factor factors used unless stated kept two third sources "
    "secondary ratio oil gas coal fines primary energy final definition guidelines national inventories department "
    "ministry official apart reported total biomass solid other motor gasoline jet kerosene residual fuel coke "
    "oven anthracite vietnamese ncv moit vol ch table natural resources environment climate change biogenic".split()
)


def _texts() -> list[str]:
    carriers = json.loads((resources_dir() / "reference" / "carriers.json").read_text(encoding="utf-8"))
    grid = json.loads((resources_dir() / "reference" / "grid_emission_factors.json").read_text(encoding="utf-8"))
    docs = {k: d["document"] for k, d in carriers["documents"].items()}
    out = [carriers["toe_gj"]["source"], grid["source"]]

    def walk(value):
        if isinstance(value, dict):
            if "value" in value and ("doc" in value or "source" in value or "note" in value):
                source = value.get("source") or docs.get(value.get("doc", ""), "")
                out.append(f"{source} ({value['note']})" if value.get("note") else source)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(carriers["carriers"])
    return [t for t in out if t]


def test_every_factor_source_reads_in_vietnamese() -> None:
    texts = _texts()
    assert len(texts) > 20
    for text in texts:
        words = {w.lower() for w in re.findall(r"\w+", in_vietnamese(text))}
        assert not words & ENGLISH, (text, in_vietnamese(text), words & ENGLISH)


def test_the_wording_keeps_numbers_and_names() -> None:
    text = "Công văn 3505/BCT-KHCN ngày 19/4/2011 (MoIT letter 3505/BCT-KHCN, 19 April 2011) (anthracite)"
    assert in_vietnamese(text) == "Công văn 3505/BCT-KHCN ngày 19/4/2011 của Bộ Công Thương (than antraxit)"
    assert in_vietnamese("IPCC 2006 Guidelines for National GHG Inventories, Vol. 2, Ch. 1, Table 1.4").endswith(
        "tập 2, chương 1, bảng 1.4"
    )
