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
