"""Test cases kept as data (ftfy-style), one schema for text, Markdown and HTML: fixtures/cases/positive.json,
negative.json, known_failures.json and their companions (``positive.<part>.json``, e.g. positive.languages.json for
the languages added later, positive.html.json for the HTML pages of fixtures/html).

A case is one JSON object:

- ``id`` (unique over all files), ``lang``, ``kind`` (the kind the case is about, one of cleaner.KINDS), ``note``;
- ``format``: "text", "markdown" or "html";
- the document: ``document`` (the text itself) or ``document_file`` (a path from the repository root, read as bytes,
  e.g. "fixtures/html/news-en-bike-lanes.html": the HTML pages stay files, with their own encodings);
- ``must_keep``: strings that must all be in the result's text; ``must_remove``: strings that must all be gone;
  ``removed_kinds``: kinds that must each have at least one removal; ``expect``: metadata fields and their values.

Every case is checked on its own (no share over several cases), and every removal must be located: exact offsets
into the document for text and Markdown, an XPath (and no offsets) for HTML.

positive: boilerplate of each kind, in many languages, that must go (and body sentences that must stay);
negative: articles that talk about authors, sources, copyright, affiliate links, newsletters... and lose nothing:
          besides the checks above, nothing at all is removed (front matter aside);
known_failures: cases we know we get wrong, ``note`` saying what fails and why. They run as strict expected
          failures: a fixed case turns the run red until it is moved to positive / negative.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "cases"
FORMATS = ("text", "markdown", "html")


def _load(name: str) -> list[dict]:
    """The cases of ``name`` and of its companions (``positive.json``, then ``positive.<part>.json`` in name order)."""
    paths = [CASES / name, *sorted(CASES.glob(name.replace(".json", ".*.json")))]
    return [case for path in paths for case in json.loads(path.read_text(encoding="utf-8"))]


def _squash(text: str) -> str:
    return " ".join(text.split())


def document(case: dict) -> str | bytes:
    """The case's document: ``document`` as it is, or the bytes of ``document_file`` (a path from the repo root)."""
    if "document_file" in case:
        return (ROOT / case["document_file"]).read_bytes()
    return case["document"]


def check(case: dict) -> cleaner.CleanResult:
    """Every assertion of one case; returns the result for the callers' extra checks."""
    doc = document(case)
    result = cleaner.clean(doc, format=case.get("format", "auto"))
    text = _squash(result.text)
    lost = [s for s in case.get("must_keep", []) if _squash(s) not in text]
    left = [s for s in case.get("must_remove", []) if _squash(s) in text]
    assert not lost, f"article text removed: {lost}; removals: {[(r.kind, r.rule, r.text[:60]) for r in result.removed]}"
    assert not left, f"boilerplate left: {left}"
    kinds = {r.kind for r in result.removed}
    missing = [k for k in case.get("removed_kinds", []) if k not in kinds]
    assert not missing, f"no removal of kind {missing}; removed: {sorted(kinds)}"
    for key, value in (case.get("expect") or {}).items():
        assert getattr(result, key) == value, f"{key}: {getattr(result, key)!r} != {value!r}"
    if case.get("format") == "html":  # HTML removals are located by XPath in the page, never by offsets
        for removal in result.removed:
            assert removal.start is None and removal.end is None and removal.xpath, removal
    else:  # offsets are exact for text and Markdown
        for removal in result.removed:
            assert doc[removal.start:removal.end] == removal.text
    return result


@pytest.mark.parametrize("case", _load("positive.json"), ids=lambda c: c["id"])
def test_positive(case):
    check(case)


@pytest.mark.parametrize("case", _load("negative.json"), ids=lambda c: c["id"])
def test_negative(case):
    result = check(case)
    assert not result.removed or all(r.kind == "front_matter" for r in result.removed), \
        [(r.kind, r.rule, r.text[:80]) for r in result.removed]
    for removal in result.removed:  # (implied by the line above; stated for what a negative case is about)
        assert not any(_squash(s) in _squash(removal.text) for s in case["must_keep"]), removal


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=c.get("note", ""),
                                                                                 strict=True))
                                  for c in _load("known_failures.json")])
def test_known_failure(case):
    """Expected to fail; strict: when a case is fixed the run goes red until it moves to positive / negative."""
    check(case)


def test_every_case_follows_the_schema():
    ids: set[str] = set()
    for name in ("positive.json", "negative.json", "known_failures.json"):
        for case in _load(name):
            assert case["id"] not in ids, f"duplicate id {case['id']}"
            ids.add(case["id"])
            assert case["format"] in FORMATS, case["id"]
            assert case["kind"] in cleaner.KINDS, case["id"]
            assert isinstance(case["lang"], str) and case["lang"], case["id"]
            assert ("document" in case) != ("document_file" in case), f"{case['id']}: document or document_file"
            if "document_file" in case:
                assert (ROOT / case["document_file"]).is_file(), case["document_file"]
            assert case["must_keep"] and all(isinstance(s, str) and s.strip() for s in case["must_keep"]), case["id"]
            assert all(isinstance(s, str) and s.strip() for s in case.get("must_remove", [])), case["id"]
            assert set(case.get("removed_kinds", [])) <= set(cleaner.KINDS), case["id"]
            assert set(case.get("expect") or {}) <= {"title", "author", "date", "source_url", "language", "sitename",
                                                     "url", "description"}, case["id"]
            if name == "known_failures.json":
                assert case.get("note", "").strip(), f"{case['id']}: a known failure says what fails and why"


def test_every_kind_has_positives_in_six_languages():
    by_kind: dict[str, set[str]] = {}
    for case in _load("positive.json"):
        if case["format"] != "html":  # the cue coverage of text and Markdown cases, as before the HTML pages joined
            by_kind.setdefault(case["kind"], set()).add(case["lang"])
    for kind in cleaner.KINDS:
        if kind in ("front_matter", "template"):  # structural kinds, no phrase (template: tests/test_sites.py)
            continue
        assert len(by_kind.get(kind, ())) >= 6, (kind, by_kind.get(kind))


def test_negatives_cover_every_kind():
    kinds = {case["kind"] for case in _load("negative.json")}
    assert kinds >= set(cleaner.KINDS) - {"front_matter", "template"}
