"""Test cases kept as data (ftfy-style): fixtures/cases/positive.json, negative.json, known_failures.json (and their
companions, e.g. positive.languages.json: the cases of the languages added later, in the same format).

positive: boilerplate of each kind, in many languages, that must go (and body sentences that must stay);
negative: articles that talk about authors, sources, copyright, affiliate links, newsletters... and lose nothing;
known_failures: cases we know we get wrong; they run as expected failures and turn into an XPASS when fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"


def _load(name: str) -> list[dict]:
    """The cases of ``name`` and of its companions (``positive.json``, then ``positive.<part>.json`` in name order)."""
    paths = [CASES / name, *sorted(CASES.glob(name.replace(".json", ".*.json")))]
    return [case for path in paths for case in json.loads(path.read_text(encoding="utf-8"))]


def _squash(text: str) -> str:
    return " ".join(text.split())


def check(case: dict) -> None:
    result = cleaner.clean(case["document"], format=case.get("format", "auto"))
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
    for removal in result.removed:  # offsets are exact for text and Markdown
        assert case["document"][removal.start:removal.end] == removal.text


@pytest.mark.parametrize("case", _load("positive.json"), ids=lambda c: c["id"])
def test_positive(case):
    check(case)


@pytest.mark.parametrize("case", _load("negative.json"), ids=lambda c: c["id"])
def test_negative(case):
    check(case)
    result = cleaner.clean(case["document"], format=case.get("format", "auto"))
    assert not result.removed or all(r.kind == "front_matter" for r in result.removed), \
        [(r.kind, r.rule, r.text[:80]) for r in result.removed]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=c.get("note", ""),
                                                                                 strict=False))
                                  for c in _load("known_failures.json")])
def test_known_failure(case):
    """Expected to fail; an XPASS in the report means the case is fixed: move it to positive / negative.json."""
    check(case)


def test_every_kind_has_positives_in_six_languages():
    by_kind: dict[str, set[str]] = {}
    for case in _load("positive.json"):
        by_kind.setdefault(case["kind"], set()).add(case["lang"])
    for kind in cleaner.KINDS:
        if kind in ("front_matter", "template"):  # structural kinds, no phrase (template: tests/test_sites.py)
            continue
        assert len(by_kind.get(kind, ())) >= 6, (kind, by_kind.get(kind))


def test_negatives_cover_every_kind():
    kinds = {case["kind"] for case in _load("negative.json")}
    assert kinds >= set(cleaner.KINDS) - {"front_matter", "template"}
