"""The wheel, installed the way users install a Python application: built from the project's files (copied out
of the checkout, so nothing beside the package can be picked up), installed with its dependencies (pinned by
constraints.txt) into a fresh virtual environment outside the checkout, and run from another folder:
`sxsh sample`, `sxsh templates`, `sxsh savings`, `sxsh report` and `sxsh-desktop --selftest` (offscreen).

Built and installed with uv (the dev extra's; the same wheel and the same pins as `pip wheel .` and
`pip install -c constraints.txt sxsh_desktop-*.whl`, which README's "Installing the wheel" shows), because uv's
cache makes a fresh environment in seconds where pip takes minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "constraints.txt"
UV = Path(sys.executable).parent / "uv"
TIMEOUT = 900


def _project_files() -> list[str]:
    """The files of a clean clone plus new ones not yet committed (what `git ls-files` knows, minus ignored)."""
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [f for f in out.split("\0") if f and (ROOT / f).is_file()]


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "SXSH_RESOURCES", "VIRTUAL_ENV"}}
    env.update(extra)
    return env


def _run(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=_clean_env(**extra), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh venv outside the checkout with the wheel installed."""
    if not UV.exists():
        pytest.fail("uv is missing from the venv: scripts/setup-env --dev")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to know the project's files")
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in _project_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    _run(
        [str(UV), "build", "--wheel", "--build-constraint", str(CONSTRAINTS), "-o", str(base / "dist"), str(source)],
        base,
    )
    wheels = sorted((base / "dist").glob("sxsh_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    _run([str(UV), "venv", "--quiet", "--python", sys.executable, str(base / "venv")], base)
    bin_dir = base / "venv" / "bin"
    _run(
        [
            str(UV),
            "pip",
            "install",
            "--quiet",
            "--python",
            str(bin_dir / "python"),
            "-c",
            str(CONSTRAINTS),
            str(wheels[0]),
        ],
        base,
    )
    return bin_dir


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_package_comes_from_the_venv_not_the_checkout(installed, elsewhere):
    code = "import sxsh_desktop, sxsh_desktop.paths as p; print(sxsh_desktop.__file__); print(p.resources_dir())"
    lines = _run([str(installed / "python"), "-c", code], elsewhere).stdout.splitlines()
    venv_root = installed.parent
    assert Path(lines[0]).is_relative_to(venv_root), lines
    assert Path(lines[1]).is_relative_to(venv_root), lines
    assert not Path(lines[0]).is_relative_to(ROOT)


def test_sample_savings_report_templates_from_another_folder(installed, elsewhere):
    sample_id = _run([str(installed / "sxsh"), "sample"], elsewhere).stdout.strip().split()[0]
    assert sample_id

    savings = _run([str(installed / "sxsh"), "savings", sample_id], elsewhere).stdout
    assert "TOE" in savings

    templates = _run([str(installed / "sxsh"), "templates"], elsewhere).stdout
    for key in ("beer", "general", "seafood", "steel"):
        assert key in templates

    _run([str(installed / "sxsh"), "report", sample_id, "-o", "x.pdf"], elsewhere)
    pdf = elsewhere / "x.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdffonts"):  # the shipped Noto Sans, embedded: the fonts came out of the wheel
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans" in fonts


def test_desktop_selftest_offscreen(installed, elsewhere):
    done = _run(
        [str(installed / "sxsh-desktop"), "--selftest"],
        elsewhere,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(elsewhere / "config"),
    )
    assert "selftest: OK" in done.stdout, done.stdout
    assert "screen" in done.stdout, done.stdout  # the window was drawn, not only the core checks
    assert "INFO" not in done.stderr, done.stderr  # one line, no log chatter around it
