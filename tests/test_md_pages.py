"""benchmarks/md_pages.py's pure parts (issue 11, mdpages33): line labels, spans and tallies, without ../shared."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def md_pages():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("md_pages")
    finally:
        sys.path.remove(str(BENCH))


def test_line_text_reads_links_and_images(md_pages):
    assert md_pages.md_line_text("  * [Our harbour maps](/maps/)").strip() == "* Our harbour maps"
    assert md_pages.md_line_text("![](/img/logo.png)") == ""
    assert "tide table" in md_pages.md_line_text("See the [tide table](https://example.org/tides) first.")


def test_spans_skip_lines_without_words(md_pages):
    document = "# The harbour\n\n![](a.png)\n\n* * *\n\n[](https://example.org)\n\nThe boats left at dawn.\n"
    spans = md_pages.md_spans(document)
    assert [text for _, _, text in spans] == ["# The harbour", "The boats left at dawn."]
    start, end, _ = spans[1]
    assert document[start:end] == "The boats left at dawn."


def test_labels_and_tally(md_pages):
    gold = "The harbour\n\nThe boats left at dawn, and the nets were full by noon."
    document = "* [Home](/)\n* [Contact](/contact)\n\n# The harbour\n\nThe boats left at dawn, and the nets were full by noon.\n"
    spans = md_pages.md_spans(document)
    boiler = md_pages.boiler_flags(gold, [text for _, _, text in spans])
    assert boiler == [True, True, False, False]
    totals = {"boiler": 0, "boiler_removed": 0, "gold": 0, "gold_lost": 0}
    md_pages.tally(totals, boiler, [False, True, True, False], [False, False, False, True])
    assert totals == {"boiler": 2, "boiler_removed": 1, "gold": 2, "gold_lost": 1, "long": 1, "long_lost": 1}
    kept = md_pages.kept_mask([(spans[2][0], spans[3][1])], spans)
    assert kept == [False, False, True, True]


def test_plain_is_the_keep_everything_output(md_pages):
    assert md_pages.plain("* [Home](/)\nText with a [link](https://example.org).") == "* Home\nText with a link."


def test_misses_refused_for_held_out_sets(md_pages, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["md_pages.py", "--sets", "wcxb_dev", "--misses", "/dev/null"])
    assert md_pages.main() == 2
    assert "tuned sets only" in capsys.readouterr().out


def test_text_lines_have_words_outside_links(md_pages):
    assert md_pages.text_line("# The winter ferry")
    assert md_pages.text_line("Read the [full report](/r.pdf) before Monday.")
    assert md_pages.text_line("* Published 2006 by the harbour council")
    assert not md_pages.text_line("* [Home](/index.html)")
    assert not md_pages.text_line("[![logo](/l.png)](/) [About us](/about) | [Jobs](/jobs)")
    assert not md_pages.text_line("* 2019")
