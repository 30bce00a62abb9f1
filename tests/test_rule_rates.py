"""benchmarks/rule_rates.py's counting (gate37, issue 11) on tiny documents of our own, without ../shared."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from cleaner.model import NearMiss, Removal

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def rates():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("rule_rates")
    finally:
        sys.path.remove(str(BENCH))


GOLD = "The harbour\n\nThe boats left the harbour at dawn, and the nets were full by noon."
DOCUMENT = ("Home | Boats | Contact\nThe harbour\nThe boats left the harbour at dawn, and the nets were full by noon.\n"
            "Share this story with your friends on every network\nharbour")


def spans_of(rates, document):
    from sites import line_spans

    return line_spans(document)


def test_lines_attributed_to_the_first_removal_and_labelled(rates):
    spans = spans_of(rates, DOCUMENT)
    texts = [text for _, _, text in spans]
    menu_end = DOCUMENT.index("\n")
    share_start = DOCUMENT.index("Share")
    removed = [Removal("navigation", "navigation.menu", DOCUMENT[:menu_end], 0, menu_end),
               Removal("share", "call_to_action.share_prompt", DOCUMENT[share_start:], share_start, len(DOCUMENT))]
    kept = [False, True, True, False, False]
    line_rules = rates.removed_lines(removed, spans, kept)
    assert line_rules == ["navigation.menu", None, None, "call_to_action.share_prompt", "call_to_action.share_prompt"]
    from wet_text import boiler_flags

    boiler = boiler_flags(GOLD, texts)
    assert boiler == [True, False, False, True, False]   # "harbour" alone is a gold line by the substring label
    counts = rates.new_counts()
    near = [NearMiss("author_bio", "author_bio.byline", "by Ana", None, None)]
    rates.count_page(counts, removed, near, line_rules, boiler, [len(t.split()) for t in texts])
    share = counts["call_to_action.share_prompt"]
    docs, blocks, chars, lines, gold, lines5, gold5 = share[:7]
    assert (docs, blocks, lines, gold, lines5, gold5) == (1, 1, 2, 1, 1, 0)
    assert chars == len(DOCUMENT) - share_start
    assert counts["navigation.menu"][:7] == [1, 1, menu_end, 1, 0, 1, 0]   # "Home | Boats | Contact": 5 tokens
    assert counts["author_bio.byline"][7:9] == [1, 1]   # kept documents / blocks
    # a second page adds to the documents once per rule, however many blocks
    rates.count_page(counts, removed + removed[:1], [], line_rules, boiler, [len(t.split()) for t in texts])
    assert counts["navigation.menu"][:2] == [2, 3]


def test_html_removal_lines(rates):
    removed = [Removal("related", "related.heading", "Related posts\nThe boats left the harbour at dawn, and the "
                       "nets were full by noon.\n\n", None, None, xpath="/html/body/div")]
    rules, boiler, words = rates.html_removed_lines(removed, GOLD)
    assert rules == ["related.heading", "related.heading"]
    assert boiler == [True, False]
    assert words == [2, 14]
    # the same sentence kept elsewhere in the clean text (a table of contents over the headings): nothing lost
    assert rates.html_removed_lines(removed, GOLD, GOLD)[1] == [True, True]


def test_gate_flags(rates):
    data = {"pages": {}, "rules": {
        "text": {"cleaneval": {"a.memorised": [3, 3, 90, 3, 0, 3, 0, 0, 0, 0],
                               "b.sloppy": [5, 5, 500, 30, 2, 30, 2, 0, 0, 0]},
                 "wcxb_dev": {"b.sloppy": [9, 40, 4000, 40, 20, 40, 20, 0, 0, 0],
                              "c.fine": [2, 2, 100, 25, 1, 25, 1, 0, 0, 0]}},
        "spam": {"dev": {"a.memorised": [0, 0, 0, 0, 0, 0, 0, 1, 1, 0]}}}}
    table = rates.summary(data)
    assert table["a.memorised"]["flags"] == ["tuned-only"]      # kept findings on held-out pages do not count
    assert table["b.sloppy"]["flags"] == ["low-P"]              # held-out P5 0.5 over 40 lines
    assert table["c.fine"]["flags"] == []
    changed = {"pages": {}, "rules": {"text": {"cleaneval": dict(data["rules"]["text"]["cleaneval"]),
                                               "wcxb_dev": dict(data["rules"]["text"]["wcxb_dev"])}}}
    changed["rules"]["text"]["wcxb_dev"]["c.fine"] = [3, 3, 150, 30, 1, 30, 1, 0, 0, 0]
    assert rates.print_diff(data, changed, "base") == 0          # c.fine fires more, still precise: no new flag
    changed["rules"]["text"]["cleaneval"]["d.new"] = [4, 4, 40, 4, 0, 4, 0, 0, 0, 0]
    assert rates.print_diff(data, changed, "base") == 1          # a new rule that fires on tuned pages only
