"""The line cut's first pass (lines29): a WET page's head and tail lines whose shape detectors/line_shapes.py names
become units of their own (readers/text.py ``line_groups`` with ``named``; the default cut, ``LINE_CUTS.runs`` off),
the rest of the page's paragraph stays as it was. Every text here is our own. Negative cases first."""

from __future__ import annotations

import cleaner
from cleaner.detectors.line_shapes import first_pass, may_shape
from cleaner.readers.text import line_groups, text_units
from cleaner.rules import LINE_CUTS

PROSE_1 = ("The harbour board agreed on Monday to rebuild the old fish market as a covered hall for local traders, "
           "after two winters of storms had left its roof open to the rain and its floor under water.")
PROSE_2 = ("Builders are to start in March and the hall should open again before the summer, with room for thirty "
           "stalls, a cold store and a small café looking out over the boats, the board's chair said.")
PROSE_3 = ("Traders who sold in the old market will be offered their places first; the board will hold an open "
           "evening at the harbour office for anyone who wants to see the plans before work begins.")
HEAD = ["Harbour Weekly", "Home", "News", "Business", "Sport", "What's on"]
FOOTER = ["Share this story", "Privacy policy", "Cookie settings", "© 2026 Harbour Weekly"]


def _page(head: list[str], tail: list[str], title: str = "Fish Market to Be Rebuilt") -> str:
    return "\n".join([*head, title, PROSE_1, PROSE_2, PROSE_3, *tail]) + "\n"


def _kept(document: str) -> str:
    return cleaner.clean(document, format="text").text


# --- the default: no named line, no cut ---------------------------------------------------------------------------

def test_the_default_cut_is_off():
    assert LINE_CUTS.runs is False


def test_a_page_without_a_named_line_is_not_cut():
    lines = [*HEAD, "Fish Market to Be Rebuilt", PROSE_1, PROSE_2, *FOOTER]
    assert line_groups(lines, named=first_pass) is None
    assert line_groups(lines) is None  # (no first pass: no cut)


def test_the_cheap_test_lets_no_named_line_through():
    # ``may_shape`` is the gate before ``line_shape``: it refuses menu words and passes every shape's line
    for line in ("Home", "Business", "What's on", "Contact us"):
        assert not may_shape(line)
    for line in ("4 min read", "Czyta się kilka minut", "Foto: Jan Novák / Agentura", "##RELATED##", "{{ sidebar }}",
                 "UA-1234567-1", "12 March 2026", "読了時間 3分"):
        assert may_shape(line)


# --- what stays: content at the page's tail and in its head ----------------------------------------------------------

def test_a_price_list_at_the_end_stays():
    prices = ["Stall rents per week", "Small stall", "40 GBP", "Corner stall", "65 GBP", "Cold store shelf",
              "15 GBP"]
    kept = _kept(_page(HEAD, prices + FOOTER))
    for line in prices:
        assert line in kept


def test_a_spec_table_at_the_end_stays():
    specs = ["The new hall", "Floor area: 1,200 m2", "Stalls: 30", "Cold store: 40 m3", "Opening: 2027"]
    kept = _kept(_page(HEAD, specs + FOOTER))
    for line in specs:
        assert line in kept


def test_a_worksheets_labels_at_the_end_stay():
    labels = ["Name", "Class", "Date", "Herring", "Mackerel", "Crab", "Total"]
    kept = _kept(_page(HEAD, labels + FOOTER))
    for line in labels:
        assert line in kept


def test_a_poem_at_the_end_stays():
    poem = ["Grey gulls over the slipway", "salt on the market door", "the tide comes in at seven",
            "and the boats are home once more"]
    kept = _kept(_page(HEAD, poem + FOOTER))
    for line in poem:
        assert line in kept


def test_a_numbered_list_at_the_end_stays():
    steps = ["1. Read the plans at the harbour office", "2. Fill in the trader's form", "3. Bring it back by 30 April",
             "4. Wait for the board's letter"]
    kept = _kept(_page(HEAD, steps))
    for line in steps:
        assert line in kept


def test_a_diarys_dates_are_not_named():
    # more than ``date_max_lines`` date lines in the head: a list of dated entries, none named (line_shapes.py)
    head = ["My harbour diary", "3 March 2026", "Gulls again", "4 March 2026", "Rain", "5 March 2026", "Boats out"]
    lines = [*head, PROSE_1, PROSE_2]
    assert first_pass(lines, len(head), len(lines)) == set()


def test_a_date_and_a_credit_in_the_tail_are_not_named():
    lines = [PROSE_1, PROSE_2, "12 March 2026", "Photo: Anna Kerr"]
    assert first_pass(lines, 0, 2) == set()


def test_a_date_under_the_title_is_not_cut_out():
    # a line cut out of the head below its first lines parts the title above it from the article (the title went
    # with the head's menu on tuned WET pages): the head's named lines are its first ones only, and dates none
    lines = [*HEAD, "Fish Market to Be Rebuilt", "12 March 2026", "4 min read", PROSE_1, PROSE_2]
    assert first_pass(lines, lines.index(PROSE_1), len(lines)) == set()
    kept = _kept("\n".join(lines) + "\n")
    assert "Fish Market to Be Rebuilt" in kept and PROSE_1 in kept


# --- what the first pass names: a unit of its own ---------------------------------------------------------------------

def test_named_lines_are_units_of_their_own():
    # the head's first lines (a residue over the page) and the tail's lines
    lines = ["##RELATED##", "UA-7654321-2", *HEAD, "Fish Market to Be Rebuilt", PROSE_1, PROSE_2, "Share this story",
             "G-ABCDE12345", "Privacy policy", "Page 2 / 14", "Cookie settings"]
    head_end = lines.index(PROSE_1)
    assert first_pass(lines, head_end, head_end + 2) == {0, 1, 12, 14}
    runs: list[bool] = []
    singled: list[bool] = []
    groups = line_groups(lines, runs, named=first_pass, singled=singled)
    assert groups == [(0, 1), (1, 2), (2, 12), (12, 13), (13, 14), (14, 15), (15, 16)]
    assert runs == [False] * len(groups)
    assert singled == [True, True, False, True, False, True, False]


def test_a_placeholder_and_a_tracking_id_go_the_article_stays():
    document = _page(["%%TOPAD%%", *HEAD], ["Share this story", "G-ABCDE12345", *FOOTER[1:]])
    units = text_units(document, markdown=False, named=first_pass)
    assert any(unit.text == "G-ABCDE12345" and unit.line_named for unit in units)
    result = cleaner.clean(document, format="text")
    removed = {r.text for r in result.removed}
    assert "%%TOPAD%%" in removed and "G-ABCDE12345" in removed
    for prose in (PROSE_1, PROSE_2, PROSE_3):
        assert prose in result.text
    assert "Fish Market to Be Rebuilt" in result.text


def test_kept_lines_of_a_cut_paragraph_are_joined_as_before():
    document = _page(HEAD, ["Contact the desk", "Page 2 / 14", *FOOTER])
    assert "\n\n" not in _kept(document).strip()


def test_a_headline_over_a_named_line_is_not_taken_between_removals():
    # decision's ``between_removed`` spares a headline right over a line the first pass named (Block.line_named)
    from cleaner.decision import Thresholds, decide
    from cleaner.model import Block, Finding
    texts = ["Home\nNews", "Fish Market to Be Rebuilt", "5 min read", PROSE_1, PROSE_2]
    blocks = [Block(index=i, type="paragraph", text=text, plain=text, group=i) for i, text in enumerate(texts)]
    for block in blocks:
        block.page_lines = True
    blocks[2].line_named = True
    menu = Finding("navigation", "navigation.edge_chrome", "a menu", 0.9)
    reading = Finding("navigation", "navigation.reading_time", "a reading time", 0.9)
    decision = decide(blocks, [[menu], [], [reading], [], []], Thresholds(), text=True)
    assert decision.verdicts[1].keep
    blocks[2].line_named = False
    decision = decide(blocks, [[menu], [], [reading], [], []], Thresholds(), text=True)
    assert not decision.verdicts[1].keep  # (without the first pass's mark: taken, as on main)


# --- the article's zone only on a page whose lines are blocks (edge_chrome.lines_page, lines29) -----------------------

def _blocks(*texts: str):
    from cleaner.model import Block
    return [Block(index=i, type="paragraph", text=text, plain=text, group=i) for i, text in enumerate(texts)]


def test_an_article_of_paragraphs_is_no_page_of_lines():
    from cleaner.detectors.edge_chrome import lines_page
    assert not lines_page(_blocks("Fish Market to Be Rebuilt", PROSE_1, "The plans", PROSE_2, PROSE_3, "Share"))


def test_a_page_whose_lines_are_blocks_is_one():
    from cleaner.detectors.edge_chrome import lines_page
    assert lines_page(_blocks(*HEAD, "Fish Market to Be Rebuilt", PROSE_1, PROSE_2, *FOOTER))
    assert not lines_page(_blocks("Home", "News", PROSE_1, PROSE_2))  # (fewer than three such lines)
