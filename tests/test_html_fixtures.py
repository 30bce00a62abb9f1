"""HTML pages of our own (fixtures/html/NAME.html): the HTML-only checks.

Each page is the ``document_file`` of one case in fixtures/cases/{positive,negative,known_failures}.html.json, in the
one case schema of tests/test_cases.py, which checks every case on its own (must_keep, must_remove, removed_kinds,
expect, every removal located by XPath). Here: every page has its case; the pages are sniffed as HTML; and the checks
that also hold for the pages of the known failures (whose case as a whole is an expected failure, so a regression in
their other expectations would be unseen there): their article text is kept, their metadata is right, and across
all pages at least 90 % of the boilerplate strings are gone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
import test_cases as cases

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(HTML.glob("*.html"))
CASES = [case for name in ("positive.json", "negative.json", "known_failures.json") for case in cases._load(name)
         if case["format"] == "html"]
_squash = cases._squash


@pytest.fixture(scope="module")
def results():
    """Each page cleaned as a caller would, format sniffed (the case runner gives format="html")."""
    return {case["id"]: cleaner.clean(cases.document(case)) for case in CASES}


def test_every_page_is_the_document_of_one_case():
    files = sorted(case["document_file"] for case in CASES)
    assert len(files) == len(set(files)), "a page is the document of two cases"
    assert files == sorted(f"fixtures/html/{page.name}" for page in PAGES)
    assert all(case["id"] == Path(case["document_file"]).stem for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_page_is_sniffed_as_html(case, results):
    assert results[case["id"]].format == "html"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_article_text_is_kept(case, results):
    text = _squash(results[case["id"]].text)
    lost = [s for s in case["must_keep"] if _squash(s) not in text]
    assert not lost, f"article text removed: {lost}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_metadata(case, results):
    result = results[case["id"]]
    for key, value in case.get("expect", {}).items():
        assert getattr(result, key) == value, key


def test_boilerplate_is_removed_across_pages(results):
    """The known failures' pages included (each positive page must lose all of its boilerplate: tests/test_cases.py)."""
    total = gone = 0
    left = []
    for case in CASES:
        text = _squash(results[case["id"]].text)
        for s in case.get("must_remove", []):
            total += 1
            if _squash(s) in text:
                left.append((case["id"], s))
            else:
                gone += 1
    assert gone / total >= 0.9, f"{gone}/{total} removed; left: {left}"


def test_html_removals_carry_xpath_not_offsets(results):
    removals = [r for result in results.values() for r in result.removed]
    assert removals
    assert all(r.start is None and r.end is None for r in removals)
    assert all(r.xpath for r in removals)


def test_dom_evidence_is_named_in_the_rule():
    page = HTML / "farm-de-homeoffice-bio-box.html"
    result = cleaner.clean(page.read_bytes())
    assert any(r.kind == "author_bio" for r in result.removed)


def test_affiliate_links_unwrapped_and_tracking_stripped():
    result = cleaner.clean((HTML / "affiliate-en-espresso-grinders.html").read_bytes())
    affiliate = [link for link in result.links if link.kind == "affiliate"]
    assert affiliate and not any(link.kept for link in affiliate)
    assert "tag=" not in result.markdown and "amzn.to" not in result.markdown
    assert "utm_" not in result.markdown


def test_a_short_first_line_that_is_not_the_page_title_is_not_protected_as_the_title():
    # trafilatura's body starts with the headline only sometimes: on a page whose markup has a title, a short first
    # line that is not it (here a disclosure) is judged like any other block
    paragraphs = "".join(
        f"<p>Paragraph {n} of the gift guide: a warm blanket, a good candle and a book for the long evenings, "
        f"each picked by the editors after weeks of testing at home.</p>" for n in range(5))
    html = ("<!DOCTYPE html><html><head><title>Winter gift guide</title></head><body><article>"
            "<p>Advertisement, contains affiliate links</p><h1>Winter gift guide</h1>"
            f"{paragraphs}</article></body></html>")
    result = cleaner.clean(html)
    assert "contains affiliate links" not in result.text
    assert any(r.kind == "affiliate" for r in result.removed)
    assert "Paragraph 4 of the gift guide" in result.text
