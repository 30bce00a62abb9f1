"""Packaging and documentation: the distribution's name, licence and type marker, what the sdist ships, and the
README's Python examples run as written."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import cleaner

ROOT = Path(__file__).resolve().parent.parent

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None


@pytest.mark.skipif(tomllib is None, reason="tomllib is Python 3.11+")
def test_the_distribution_name_licence_and_type_marker():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "scrape-cleaner"  # "cleaner" on the index is another project
    assert project["project"]["scripts"] == {"cleaner": "cleaner.cli:main"}
    assert project["project"]["license"] == "MIT" and project["project"]["license-files"] == ["LICENSE"]
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["cleaner"]
    assert any(req.startswith("setuptools>=77") for req in project["build-system"]["requires"])
    assert "Copyright (c) 2026 the cleaner authors" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert (ROOT / "src" / "cleaner" / "py.typed").exists()


def test_the_sdist_ships_what_the_tests_read():
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for line in ("recursive-include fixtures *", "recursive-include tests *.py", "recursive-include fuzz *.py"):
        assert line in manifest


def test_no_document_installs_the_other_projects_cleaner():
    wrong = re.compile(r"""pip install\s+["']?cleaner(?![\w-])""")
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "src").rglob("*.py"))]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not wrong.search(line), f"{path.relative_to(ROOT)}:{number}: {line.strip()}"


def _readme_python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL)


def test_the_readme_has_python_examples():
    assert len(_readme_python_blocks()) >= 2


@pytest.mark.parametrize("number", range(len(_readme_python_blocks())))
def test_the_readme_python_examples_run(number, monkeypatch, capsys):
    """Each ```python block of README.md, run from the repository's root as a script would be."""
    monkeypatch.chdir(ROOT)
    code = _readme_python_blocks()[number]
    exec(compile(code, f"README.md python block {number + 1}", "exec"), {"__name__": "__readme__"})


def test_with_options_keeps_the_thresholds():
    from dataclasses import replace

    from cleaner.decision import PRESETS

    custom = replace(PRESETS["balanced"])
    base = cleaner.Cleaner(thresholds=custom)
    assert base.with_options(detect_language=False).thresholds is custom
    assert cleaner.Cleaner().with_options(preset="recall").thresholds is PRESETS["recall"]
