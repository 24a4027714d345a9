"""Where each of the 18 tasks stands: done (the stored flag), in progress (notes or data that
belong to the task), or not started. Plain Python over the assessment (no Qt)."""

from __future__ import annotations

from collections.abc import Callable

from ..domain.methodology import TASK_NUMBERS
from ..domain.model import WASTE_KINDS, Assessment

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"


def _flows(a: Assessment):
    return [f for s in a.process_steps for f in s.flows]


def _options(a: Assessment, pred: Callable) -> bool:
    return any(pred(o) for o in a.options)


_HAS_DATA: dict[int, Callable[[Assessment], bool]] = {
    1: lambda a: bool(a.team),
    2: lambda a: bool(a.process_steps),
    3: lambda a: bool(a.focus_steps) or a.focus_matrix is not None,
    4: lambda a: bool(_flows(a)),
    5: lambda a: any({f.direction for f in s.flows} == {"input", "output"} for s in a.process_steps),
    6: lambda a: any(f.kind in WASTE_KINDS and (f.unit_price or f.treatment_cost) for f in _flows(a)),
    7: lambda a: any(f.causes for f in _flows(a)),
    8: lambda a: bool(a.options),
    9: lambda a: _options(a, lambda o: o.screening),
    10: lambda a: _options(a, lambda o: o.technical),
    11: lambda a: _options(a, lambda o: o.investment is not None or o.annual_saving is not None),
    12: lambda a: _options(a, lambda o: o.environmental),
    13: lambda a: _options(a, lambda o: o.status in ("selected", "implemented")),
    14: lambda a: _options(a, lambda o: o.status in ("selected", "implemented")),
    15: lambda a: _options(a, lambda o: o.status == "implemented"),
    16: lambda a: a.reporting is not None or any(c.period == "reporting" for c in a.consumption),
    17: lambda a: bool(a.maintenance.measures),
    18: lambda a: bool(a.maintenance.next_focus),
}


def task_states(a: Assessment) -> dict[int, str]:
    progress = {t.task: t for t in a.tasks}
    states: dict[int, str] = {}
    for n in TASK_NUMBERS:
        t = progress.get(n)
        if t is not None and t.done:
            states[n] = DONE
        elif (t is not None and t.notes.strip()) or _HAS_DATA[n](a):
            states[n] = IN_PROGRESS
        else:
            states[n] = NOT_STARTED
    return states


def task_notes(a: Assessment, number: int) -> str:
    return next((t.notes for t in a.tasks if t.task == number), "")


def task_done(a: Assessment, number: int) -> bool:
    return next((t.done for t in a.tasks if t.task == number), False)
