"""Chapter 1: the facility, the CP team and the scope of the assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.methodology import (
    ASSESSMENT_TYPE_LABELS,
)
from ....domain.provinces import province_label
from ..format import esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def introduction(report: Report) -> list[Any]:
    s, a, f = report.s, report.a, report.f
    fac = a.facility
    out = [*report.h1(s["s_intro"]), *report.h2(s["s_facility"])]
    pairs = [
        (s["name"], fac.name or "–"),
        (s["tax_code"], fac.tax_code or "–"),
        (s["address"], fac.address or "–"),
        (s["province"], province_label(fac.province, report.lang) or "–"),
    ]
    sector = " – ".join(x for x in (fac.vsic, fac.sector) if x)
    pairs.append((s["sector"], sector or "–"))
    pairs.append((s["employees"], s["employees_unit"].format(n=f.n(fac.employees)) if fac.employees else "–"))
    pairs.append((s["capacity"], f.q(fac.design_capacity)))
    pairs.append((s["products"], "; ".join(fac.products) or "–"))
    out.append(report.kv(pairs))
    out += report.h2(s["s_team"])
    if a.team:
        rows = [[str(i), m.name, m.position, m.role] for i, m in enumerate(a.team, start=1)]
        out += report.table(
            None, [s["col_no"], s["col_name"], s["col_position"], s["col_role"]], rows, [0.06, 0.27, 0.3, 0.37]
        )
    else:
        out.append(report.notice(esc(s["no_team"])))
    out += report.team_note(1)
    out += report.h2(s["s_scope"])
    done = sum(1 for t in a.tasks if t.done)
    contact = ", ".join(x for x in (a.consultant.email, a.consultant.phone) if x)
    pairs = [
        (
            s["assessment_type"],
            ASSESSMENT_TYPE_LABELS.get(a.assessment_type, ASSESSMENT_TYPE_LABELS["rapid"])(report.lang),
        ),
        (s["consultant"], a.consultant.name or "–"),
        (s["organisation"], a.consultant.organisation or "–"),
    ]
    if contact:
        pairs.append((s["contact"], contact))
    pairs += [
        (s["baseline_period"], report.period_text("baseline")),
        (s["reporting_period"], report.period_text("reporting")),
        (
            s["reference_product"],
            s["product_unit"].format(name=a.product.name or "–", unit=report.product_unit or "–"),
        ),
        (s["progress"], s["progress_text"].format(done=done)),
    ]
    out.append(report.kv(pairs))
    out.append(report.p(s["method_text"].replace("&", "&amp;")))
    return out
