"""services/templates.py without Qt: the templates read once per data folder, read again on request (a file
dropped in while the app runs), a broken file reported and left out, and the benchmark that never raises."""

from __future__ import annotations

from sxsh_desktop.services import templates as service


def test_read_once_then_again_on_request(monkeypatch, _private_data_dir):
    calls = []
    real = service.load_templates

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(service, "load_templates", counting)
    first = service.loaded(reload=True)
    assert service.loaded() is first and len(calls) == 1
    keys = {t.key for t in first[0]}
    assert {"beer", "general", "steel"} <= keys and first[1] == []

    folder = _private_data_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.toml").write_text("not toml at all [", encoding="utf-8")
    assert service.loaded() is first  # the cache holds until asked
    templates, errors = service.loaded(reload=True)
    assert len(calls) == 2
    assert [e.file.name for e in errors] == ["broken.toml"]
    assert {t.key for t in templates} == keys  # the broken file left out, the others still there


def test_benchmark_of_a_half_entered_assessment_is_none_not_an_error():
    assert service.benchmark(object()) is None


def _imported_without_template(tmp_path):
    import json

    from sxsh_desktop.services.documents import import_object, sample_path
    from sxsh_desktop.store.engine import open_store

    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc.pop("template", None)
    store = open_store(f"sqlite:///{tmp_path / 'attach.db'}", auto_backup=False)
    aid = import_object(store, doc).assessment_id
    return store, aid


def test_a_template_attached_afterwards_brings_the_benchmark(tmp_path):
    store, aid = _imported_without_template(tmp_path)
    a = store.get_assessment(aid)
    assert a.template is None and a.facility.vsic == "1103"
    assert service.benchmark(a).status == "no_template"
    assert service.choices_for(a)[0].key == "beer"  # the facility's VSIC first

    assert service.attach_template(store, aid, "beer") is None
    after = store.get_assessment(aid)
    assert after.template == "beer"
    assert after.process_steps == a.process_steps and after.options == a.options  # nothing else changes
    result = service.benchmark(after)
    assert result.status not in ("no_template", "unknown_template") and result.template == "beer"

    assert service.attach_template(store, aid, None) == "beer"  # taken off again
    assert service.benchmark(store.get_assessment(aid)).status == "no_template"
    store.close()


def test_an_unknown_template_is_refused_and_nothing_changes(tmp_path):
    import pytest

    store, aid = _imported_without_template(tmp_path)
    before = store.get_assessment(aid)
    with pytest.raises(service.UnknownTemplate, match="no template 'xi-mang'"):
        service.attach_template(store, aid, "xi-mang")
    assert store.get_assessment(aid) == before
    store.close()
