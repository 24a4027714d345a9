"""The buttons and actions of the GUI by name (no tests here): what the GUI tier's tests clicked or triggered
(recorded by conftest.py while they run) and what the window, its pages and dialogs hold (walked by
test_every_control_is_clicked.py).

A control's name is its objectName when it has one; otherwise the attribute that holds it, on the nearest
parent that holds it ("ReviewWorkspace.import_button", "ReviewPanel.buttons[approved]"); a dialog's
standard button and a wizard's button by their role ("FirstRunDialog.NextButton"). A control without any
of these has no name, and the walk reports it. A wizard's Commit button is left out when the wizard has no
commit page (it is never shown)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QPushButton, QWizard

clicked: set[str] = set()
_hooked: set[int] = set()


def _held_by(holder: QObject, obj: QObject) -> str | None:
    try:
        attributes = vars(holder)
    except TypeError:
        return None
    for key, value in attributes.items():
        if value is obj:
            return key
        if isinstance(value, dict):
            for k, v in value.items():
                if v is obj:
                    return f"{key}[{k}]"
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                if v is obj:
                    return f"{key}[{i}]"
    return None


def _owner_class(obj: QObject) -> str:
    p = obj.parent()
    while p is not None and (type(p).__module__.startswith("PySide6")):
        p = p.parent()
    return type(p).__name__ if p is not None else "?"


def control_name(obj: QObject) -> str | None:
    if obj.objectName() and not obj.objectName().startswith(("qt_", "__qt__")):  # Qt's own names are not ours
        return obj.objectName()
    p = obj.parent()
    while p is not None:
        if isinstance(p, QDialogButtonBox) and isinstance(obj, QAbstractButton):
            standard = p.standardButton(obj)
            if standard != QDialogButtonBox.StandardButton.NoButton:
                return f"{_owner_class(p)}.{standard.name}"
        if isinstance(p, QWizard) and isinstance(obj, QAbstractButton):
            for which in QWizard.WizardButton:
                if p.button(which) is obj:
                    return f"{type(p).__name__}.{which.name}"
        held = _held_by(p, obj)
        if held is not None:
            return f"{type(p).__name__}.{held}"
        p = p.parent()
    return None


def _record(obj: QObject) -> None:
    name = control_name(obj)
    clicked.add(name if name is not None else f"<unnamed {type(obj).__name__} {obj.text()!r}>")


def hook(obj: QObject) -> None:
    """Record `obj`'s clicks (a push button) or triggers (an action) from now on."""
    if id(obj) in _hooked:
        return
    _hooked.add(id(obj))
    obj.destroyed.connect(lambda *_a, i=id(obj): _hooked.discard(i))
    signal = obj.clicked if isinstance(obj, QPushButton) else obj.triggered
    signal.connect(lambda *_a, o=obj: _record(o))


def is_own_action(action: QAction) -> bool:
    """An action of the app's: not a submenu's, a separator, a widget's own (Qt names those _q_…)."""
    return not (action.isSeparator() or action.menu() is not None or action.objectName().startswith("_q_"))


def _never_shown(button: QPushButton) -> bool:
    """A wizard's Commit button when none of its pages is a commit page: Qt makes it, no user ever sees it."""
    wizard = button.window()
    if not isinstance(wizard, QWizard) or wizard.button(QWizard.WizardButton.CommitButton) is not button:
        return False
    return not any(wizard.page(i).isCommitPage() for i in wizard.pageIds())


def controls_of(widget) -> dict[str, str]:
    """{name: description} of the push buttons and actions `widget` holds; unnamed ones under
    "<unnamed …>" keys."""
    found: dict[str, str] = {}
    for b in widget.findChildren(QPushButton):
        if b.window().inherits("QMessageBox") or _never_shown(b):
            continue
        name = control_name(b) or f"<unnamed QPushButton {b.text()!r} in {_owner_class(b)}>"
        found[name] = b.text()
    for a in widget.findChildren(QAction):
        if not is_own_action(a):
            continue
        name = control_name(a) or f"<unnamed QAction {a.text()!r} in {_owner_class(a)}>"
        found[name] = a.text()
    return found


def whole_tier_given(config) -> bool:
    """The run was given the GUI tier's folder (or one above it) whole: no test of it left out by name or
    marker."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    if config.option.keyword or config.option.markexpr or config.getoption("deselect", None):
        return False
    given = [Path(str(a).split("::")[0]).resolve() for a in config.args]
    return any(g.is_dir() and (g == here or g in here.parents) for g in given)
