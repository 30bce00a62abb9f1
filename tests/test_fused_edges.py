"""detectors/edge_chrome.py's second level (text11h): chrome lines fused into a kept block of several lines at an
edge that faces the document's edge or a removal, cut off at line level when the evidence is strong."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.edge_chrome import (RULE, cut_lines, fused_edge_cuts, item_line, link_label, peel_edges)
from cleaner.pipeline import default_cleaner
from cleaner.readers.text import text_units

BODY = ("The harbour authority said on Monday that the old pier will close for repairs in the spring, after divers "
        "found that several of its wooden piles had rotted below the waterline.\n"
        "Fishing boats that moor there will move to the northern quay for about four months, and the ferry to the "
        "island will keep its usual timetable during the works.")


def _blocks(document: str):
    return peel_edges(default_cleaner().segmenter.blocks(text_units(document, markdown=False), tags=False))


def _no_findings(pieces):
    return [[] for _ in pieces]


@pytest.mark.parametrize("line", ["Read more »", "Lire la suite ›", "Weiterlesen →", "Continue reading ➜"])
def test_link_labels(line):
    assert link_label(line)


@pytest.mark.parametrize("line", ["« The last boat home »", "Home » News » Sport", "It was late, she said »",
                                  "The harbour authority said on Monday that the old pier will close »"])
def test_no_link_labels(line):
    assert not link_label(line)


def test_item_lines():
    assert item_line("Harbour Weekly | News & Local Stories")
    assert item_line("Stadtbote | Nachrichten aus dem Tal")
    assert not item_line("Harbour Weekly")  # no separator
    assert not item_line("The board met on Tuesday | and it agreed to dredge the channel before summer")


def test_tail_run_cut_with_offsets_and_groups():
    document = BODY + "\nRead more »\nHarbour Weekly | News & Local Stories\n"
    blocks = _blocks(document)
    assert len(blocks) == 1
    cuts = fused_edge_cuts(blocks, [[]], [True], _no_findings, 0.6)
    assert cuts == {0: {2: "tail", 3: "tail"}}
    paragraphs: list[int] = []
    sources = [0]
    out, sides = cut_lines(blocks, cuts, paragraphs, sources)
    assert [b.text for b in out[1:]] == ["Read more »", "Harbour Weekly | News & Local Stories"]
    assert sides == {1: "tail", 2: "tail"}
    for block in out:  # every piece keeps its source offsets
        assert document[block.start:block.end] == block.text
    assert sources == [0, 0, 0] and paragraphs == [blocks[0].group] * 3
    assert len({b.group for b in out}) == 3  # a cut line is a paragraph of its own for the decision


def test_judged_whole_first_a_removed_block_is_never_cut():
    blocks = _blocks(BODY + "\nRead more »\nHarbour Weekly | News & Local Stories\n")
    assert fused_edge_cuts(blocks, [[]], [False], _no_findings, 0.6) == {}


def test_only_an_edge_that_faces_the_document_edge_or_a_removal():
    document = BODY + "\n\n" + BODY + "\nRead more »\nHarbour Weekly | News & Local Stories\n\n" + BODY + "\n"
    blocks = _blocks(document)
    assert len(blocks) == 3
    assert fused_edge_cuts(blocks, [[], [], []], [True, True, True], _no_findings, 0.6) == {}
    # the block after it removed: its tail faces a removal
    assert 1 in fused_edge_cuts(blocks, [[], [], []], [True, True, False], _no_findings, 0.6)


def test_weak_evidence_makes_no_cut():
    # label lines without a strong one (no separators, no arrow, no finding of their own): the block's own lines
    blocks = _blocks(BODY + "\nHarbour Office\nQuay Street\n")
    assert fused_edge_cuts(blocks, [[]], [True], _no_findings, 0.6) == {}


def test_no_prose_in_the_rest_makes_no_cut():
    blocks = _blocks("Home | News | Sport\nRead more »\nHarbour Weekly\n")
    assert fused_edge_cuts(blocks, [[]] * len(blocks), [True] * len(blocks), _no_findings, 0.6) == {}


def test_a_wrapped_title_stops_the_run():
    # "Hire the" / "Top Designers" is one title over two lines: only the strong line before it is cut
    document = "Home | News | Sport\nHire the\nTop Designers\n" + BODY + "\n"
    blocks = default_cleaner().segmenter.blocks(text_units(document, markdown=False), tags=False)
    cuts = fused_edge_cuts(blocks, [[]] * len(blocks), [True] * len(blocks), _no_findings, 0.6)
    assert all(set(lines) == {0} for lines in cuts.values())


def test_a_date_or_byline_at_the_runs_inner_end_stays():
    document = "Home | News | Sport\nBy Jane Marlow\nMarch 4, 2025\n" + BODY + "\n"
    blocks = default_cleaner().segmenter.blocks(text_units(document, markdown=False), tags=False)
    cuts = fused_edge_cuts(blocks, [[]] * len(blocks), [True] * len(blocks), _no_findings, 0.6)
    assert all(set(lines) <= {0} for lines in cuts.values())


def test_end_to_end_removal_explained_and_text_whole():
    document = BODY + "\nAll stories »\nHarbour Weekly | News & Local Stories\n"
    result = cleaner.clean(document, format="text")
    removed = [r for r in result.removed if r.rule == RULE]
    assert [r.text for r in removed] == ["All stories »", "Harbour Weekly | News & Local Stories"]
    assert all("fused into the tail" in r.cue for r in removed)
    # the kept lines joined back as the source gave them: the output of the article alone
    assert result.text == cleaner.clean(BODY + "\n", format="text").text


def test_a_line_the_first_level_finds_goes_whole_with_the_rest():
    # "Read more »" is a button line of its own (detectors/prompts.py): the first level takes it, the label line
    # under it goes with the tail's run; both explained, the article whole
    document = BODY + "\nRead more »\nHarbour Weekly | News & Local Stories\n"
    result = cleaner.clean(document, format="text")
    assert [(r.text, r.rule) for r in result.removed] == [
        ("Read more »", "call_to_action.button_line/read_more"),
        ("Harbour Weekly | News & Local Stories", RULE)]
    assert result.text == cleaner.clean(BODY + "\n", format="text").text


def test_markdown_and_html_are_untouched():
    document = BODY + "\nRead more »\nHarbour Weekly | News & Local Stories\n"
    assert "Read more" in cleaner.clean(document, format="markdown").text
