"""What the report is made of: what the assessment lacks for a complete report, and the assessment as
the report prints it (a template's placeholders taken out)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ...domain.benchmark import flow_is_placeholder, is_placeholder
from ...domain.model import Assessment, Flow
from ...domain.readings import with_reading_totals
from ..strings import strings

BLOCKING = ("no_baseline", "no_reporting", "no_options")


@dataclass
class RenderedReport:
    pdf: bytes
    pages: int
    missing: list[tuple[str, str]] = field(default_factory=list)  # (code, text in the report's language)
    warnings: list[str] = field(default_factory=list)  # e.g. characters the font lacks, said once


def missing_items(a: Assessment, language: str) -> list[tuple[str, str]]:
    """What the assessment lacks for a complete report, as (code, words). A template's placeholder
    baseline (1 product unit, not yet edited) is no baseline."""
    s = strings(language)
    out = []
    a = with_reading_totals(a)[0]  # a placeholder baseline read month by month is data
    if is_placeholder(a.baseline):
        out.append(("no_baseline", s["m_no_baseline"]))
    if a.reporting is None:
        out.append(("no_reporting", s["m_no_reporting"]))
    if not a.options:
        out.append(("no_options", s["m_no_options"]))
    if not a.process_steps:
        out.append(("no_steps", s["m_no_steps"]))
    if not a.consumption:
        out.append(("no_consumption", s["m_no_consumption"]))
    if not a.team:
        out.append(("no_team", s["m_no_team"]))
    return out


def report_view(a: Assessment) -> tuple[Assessment, bool, dict[str, list[Flow]]]:
    """The assessment as the report prints it: a placeholder baseline taken out (None) and the
    placeholder flows of each step left out. Also returns whether the baseline was a placeholder and
    the placeholder flows per step id."""
    a = with_reading_totals(a)[0]  # the periods' totals as the savings have them
    placeholder_baseline = a.baseline is not None and is_placeholder(a.baseline)
    pending = {st.id: [f for f in st.flows if flow_is_placeholder(f)] for st in a.process_steps}
    if not placeholder_baseline and not any(pending.values()):
        return a, False, {}
    steps = [
        dataclasses.replace(st, flows=[f for f in st.flows if not flow_is_placeholder(f)]) if pending[st.id] else st
        for st in a.process_steps
    ]
    view = dataclasses.replace(a, baseline=None if placeholder_baseline else a.baseline, process_steps=steps)
    return view, placeholder_baseline, {k: v for k, v in pending.items() if v}
