"""Plain text's context at the page's edges (decision.text_context; textzone11): the document's edges as removals,
runs between removals, widget rows between the head's removals and the prose; and what they never take."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.decision import (Decision, State, Thresholds, Verdict, classify, decide, find_zones, neighbours,
                              remove_context_free, strongest, text_context, widget_row)
from cleaner.model import Block, Finding

PROSE = "A body paragraph that is long enough to count as the article's own prose, with no link in it at all. " * 2


def blocks_of(*texts) -> list[Block]:
    return [Block(i, "paragraph", text, text, group=i) for i, text in enumerate(texts)]


def f(kind="navigation", rule="navigation.dateline", strength=0.5) -> Finding:
    return Finding(kind, rule, "cue", strength, False, "structure")


def decided(blocks, findings, text=True, title_index=None) -> list[bool]:
    return [v.keep for v in decide(blocks, findings, Thresholds(), title_index=title_index, text=text).verdicts]


def test_document_start_counts_as_a_removal_for_a_weak_finding():
    blocks = blocks_of("Archive for March, 2019", "Old Pier to Close for Repairs", PROSE, PROSE)
    findings = [[f()], [], [], []]
    assert decided(blocks, findings) == [False, True, True, True]
    assert decided(blocks, findings, text=False) == [True, True, True, True]  # Markdown and HTML: as before


def test_document_end_counts_as_a_removal_for_a_weak_finding():
    blocks = blocks_of("Old Pier to Close for Repairs", PROSE, PROSE, "Posted on March 3, 2020")
    assert decided(blocks, [[], [], [], [f()]]) == [True, True, True, False]


def test_document_edges_negative_too_weak_prose_or_the_title():
    blocks = blocks_of("Archive for March, 2019", PROSE, PROSE, "a contact line")
    # under the near-threshold floor (edge - neighbour_margin = 0.45): stays
    assert decided(blocks, [[f(strength=0.4)], [], [], [f(strength=0.4)]]) == [True] * 4
    # prose is never taken at the edge, whatever its weak finding
    blocks = blocks_of(PROSE + " Informujemy, że korzystamy z cookies.", PROSE, PROSE)
    assert decided(blocks, [[f("rights_notice", "rights_notice.cookie_notice", 0.5)], [], []]) == [True] * 3
    # the title (protected) is the first block: the byline under it is not the document's start (decision 3)
    blocks = blocks_of("Old Pier to Close for Repairs", "By Tom Reed", PROSE, PROSE)
    assert decided(blocks, [[], [f("author_bio", "author_bio.byline_label")], [], []], title_index=0) == [True] * 4


def test_the_head_title_line_is_protected_from_the_cascade():
    # the archive label goes at the start; the post's title between it and the "Posted in" line stays
    blocks = blocks_of("Archief voor augustus, 2011", "Het kan verkeren en het sérieux van Leleu.",
                       "Posted in Verkeer, writers blog on 31/08/2011 by Pär", PROSE, PROSE)
    findings = [[f()], [], [f("navigation", "navigation.lead", 0.85)], [], []]
    assert decided(blocks, findings) == [False, True, False, True, True]


def test_a_run_between_two_removals_goes():
    blocks = blocks_of("Old Pier", PROSE, PROSE, "Share this", "30 Billets", "0 Édition", "Follow us", "More")
    strong = f("call_to_action", "call_to_action.lead", 0.9)
    findings = [[], [], [], [strong], [], [], [strong], []]
    keep = decided(blocks, findings, title_index=0)
    assert keep[3:7] == [False, False, False, False]
    # more than edge_run_max_blocks (3) lines between them: an article's own lines, they stay
    blocks = blocks_of("Old Pier", PROSE, PROSE, "Share this", "One", "Two", "Three", "Four", "Follow us")
    findings = [[], [], [], [strong], [], [], [], [], [strong]]
    assert decided(blocks, findings, title_index=0)[4:8] == [True] * 4
    # a run in the middle of the article stays
    blocks = blocks_of("Old Pier", PROSE, "Share this", "One", "Two", "Follow us", PROSE)
    findings = [[], [], [strong], [], [], [strong], []]
    assert decided(blocks, findings, title_index=0)[3:5] == [True, True]


@pytest.mark.parametrize("line", ["Smaller Small Medium Big Bigger", "Default Helvetica Segoe Georgia Times",
                                  "• Mniejsza Mała Średnia Duża Większa", "Kleiner Klein Normal Groß Größer"])
def test_widget_row(line):
    assert widget_row(line)


@pytest.mark.parametrize("line", ["Background", "The Early Years of the Band", "Port Isaac", "Tobermory Bay",
                                  "225 g caster sugar", "Fishing Boats 300 320", "March 3, 2020", "By Tom Reed",
                                  "the rain falls on the harbour tonight",
                                  "Le vieux ponton va fermer au printemps"])
def test_widget_row_negatives(line):
    assert not widget_row(line)


# documents with a removal near the head (a share line, a print line) whose other lines stay: headings, an
# ingredient list, a table of values, the article's own list, a byline and a date line under the title
MIXED = [
    ('en-textzone-negative-byline-date-under-title-text',
     'Share on Facebook\n\nOld Pier to Close for Repairs\n\nBy Tom Reed\n\nMarch 3, 2020\n\nThe harbour authority said on Monday that the old pier will close for repairs in the spring, after divers found that several of its wooden piles had rotted below the waterline.\n\nFishing boats that moor there will move to the northern quay for about four months, and the ferry to the island will keep its usual timetable during the works.\n',
     ['Old Pier to Close for Repairs', 'By Tom Reed', 'March 3, 2020', 'The harbour authority']),
    ('en-textzone-negative-heading-after-removal-text',
     'Old Pier to Close for Repairs\n\nShare on Facebook\n\nBackground\n\nThe harbour authority said on Monday that the old pier will close for repairs in the spring, after divers found that several of its wooden piles had rotted below the waterline.\n\nThe Works Ahead\n\nFishing boats that moor there will move to the northern quay for about four months, and the ferry to the island will keep its usual timetable during the works.\n',
     ['Old Pier to Close for Repairs', 'Background', 'The Works Ahead', 'The harbour authority']),
    ('en-textzone-negative-ingredients-after-print-text',
     'Lemon Drizzle Cake\n\nPrint this recipe\n\n225 g butter\n\n225 g caster sugar\n\n4 large eggs\n\nFinely Grated Lemon Zest\n\nThe harbour authority said on Monday that the old pier will close for repairs in the spring, after divers found that several of its wooden piles had rotted below the waterline.\n\nFishing boats that moor there will move to the northern quay for about four months, and the ferry to the island will keep its usual timetable during the works.\n',
     ['Lemon Drizzle Cake', '225 g butter', '225 g caster sugar', '4 large eggs', 'Finely Grated Lemon Zest']),
    ('en-textzone-negative-table-of-values-text',
     'Harbour Traffic in Figures\n\nShare on Facebook\n\nFerries 1200 2400\n\nFishing Boats 300 320\n\nYachts 45 60\n\nThe harbour authority said on Monday that the old pier will close for repairs in the spring, after divers found that several of its wooden piles had rotted below the waterline.\n\nFishing boats that moor there will move to the northern quay for about four months, and the ferry to the island will keep its usual timetable during the works.\n',
     ['Harbour Traffic in Figures', 'Ferries 1200 2400', 'Fishing Boats 300 320', 'Yachts 45 60']),
    ('en-textzone-negative-own-list-text',
     'Five Harbours Worth a Visit\n\nShare on Facebook\n\n• Whitby\n\n• Port Isaac\n\n• Tobermory Bay\n\nThe harbour authority said on Monday that the old pier will close for repairs in the spring, after divers found that several of its wooden piles had rotted below the waterline.\n\nFishing boats that moor there will move to the northern quay for about four months, and the ferry to the island will keep its usual timetable during the works.\n',
     ['Five Harbours Worth a Visit', 'Whitby', 'Port Isaac', 'Tobermory Bay'])
]


@pytest.mark.parametrize("case_id,document,keep", MIXED, ids=[case[0] for case in MIXED])
def test_negatives_lines_near_a_removal_at_the_head_stay(case_id, document, keep):
    result = cleaner.clean(document, format="text")
    for line in keep:
        assert line in result.text, (line, [(r.rule, r.text) for r in result.removed])
    assert all(r.rule != "neighbour.widget_rows" for r in result.removed)


def test_document_start_negatives_a_posts_date_over_its_title_a_year_in_a_title_a_byline():
    # a post's date with its day right above the title stays (decision 3); an archive's month above it goes
    blocks = blocks_of("Monday, May 23, 2005", "Old Pier to Close for Repairs", PROSE, PROSE)
    assert decided(blocks, [[f()], [], [], []]) == [True] * 4
    assert decided(blocks, [[f()], [], [], []], title_index=1) == [True] * 4
    # a page's title that holds a year in parentheses is found as a counter: it stays at the start
    blocks = blocks_of("The Crowd (1928)", "Greatest Films of the Silent Era", PROSE, PROSE)
    assert decided(blocks, [[f("navigation", "navigation.counter")], [], [], []]) == [True] * 4
    # a top byline stays (decision 3)
    blocks = blocks_of("By Tom Reed", "Old Pier to Close for Repairs", PROSE, PROSE)
    assert decided(blocks, [[f("author_bio", "author_bio.byline_label")], [], [], []]) == [True] * 4


def test_document_start_negatives_a_headline_with_a_date_and_a_block_of_lines():
    # a headline that holds a date (more words than a date line) and a block of several lines stay at the start
    blocks = blocks_of("DSEI Protests at Docklands, London, 11th Sept 2003", PROSE, PROSE)
    assert decided(blocks, [[f()], [], []]) == [True] * 3
    blocks = blocks_of("Profit Loss\nWednesday 27th December 12.43am GMT", PROSE, PROSE)
    assert decided(blocks, [[f()], [], []]) == [True] * 3


def test_the_recall_preset_takes_a_dated_record_over_the_title():
    from cleaner.decision import PRESETS

    blocks = blocks_of("Monday, May 23, 2005", "Old Pier to Close for Repairs", PROSE, PROSE)
    verdicts = decide(blocks, [[f()], [], [], []], PRESETS["recall"], title_index=1, text=True).verdicts
    assert [v.keep for v in verdicts] == [False, True, True, True]


def test_the_start_of_the_article_is_near_its_edge_in_plain_text():
    # a site's blurb of prose, a cookie notice (0.8), the article's title and text: near_edge (0.75) up to the
    # title, not middle (0.9)
    blocks = blocks_of(PROSE, "Informujemy, że korzystamy z cookies.", "Nasza własna polska nowoczesność", PROSE,
                       PROSE)
    findings = [[], [f("rights_notice", "rights_notice.cookie_notice", 0.8)], [], [], []]
    assert decided(blocks, findings) == [True, False, True, True, True]
    assert decided(blocks, findings, text=False) == [True] * 5  # Markdown and HTML: the middle, as before
    # between the second and the third body paragraphs it is the middle
    blocks = blocks_of(PROSE, PROSE, "A finding at 0.8 in the middle", PROSE, PROSE)
    findings = [[], [], [f("rights_notice", "rights_notice.cookie_notice", 0.8)], [], []]
    assert decided(blocks, findings) == [True] * 5


def test_document_start_a_long_date_line_goes_only_above_the_title():
    line = "Billet de blog du 8 décembre 2017, Paris"
    blocks = blocks_of(line, "Flaubert et le perroquet de Félicité", PROSE, PROSE)
    assert decided(blocks, [[f()], [], [], []]) == [True] * 4  # no title below it: it may be the headline
    assert decided(blocks, [[f()], [], [], []], title_index=1) == [False, True, True, True]


def test_a_card_the_page_prints_twice_goes_with_the_lines_between_its_copies():
    card = ["Julien Martin (avatar)", "Julien Martin", "Abonné de Mediapart"]
    blocks = blocks_of(*card, "30 Billets", "0 Édition", *card, "Flaubert et le perroquet de Félicité", PROSE, PROSE)
    findings = [[] for _ in blocks]
    keep = decided(blocks, findings, title_index=0)  # the title step took the card's first line
    assert keep == [False] * 8 + [True, True, True]
    verdicts = decide(blocks, findings, Thresholds(), title_index=0, text=True)
    assert verdicts.title_index is None and verdicts.verdicts[0].rule == "neighbour.repeated_lines"


def test_repeated_lines_negatives_a_title_twice_a_refrain_one_word_headings_the_middle():
    # a title printed twice alone (the page's title over the post's), with its date line once
    blocks = blocks_of("S'informer : un regard critique", "26 Septembre 2021", "S'informer : un regard critique",
                       PROSE, PROSE)
    assert decided(blocks, [[] for _ in blocks], title_index=0) == [True] * 5
    # a song's refrain (lines of lower case or sentences: no labels)
    refrain = ["and the river runs to the sea", "and the sea runs home to me"]
    blocks = blocks_of(*refrain, PROSE, *refrain, PROSE)
    assert decided(blocks, [[] for _ in blocks]) == [True] * 6
    # one-word headings repeated ("Ingredients", "Method" for two recipes)
    blocks = blocks_of("Ingredients", "Method", PROSE, "Ingredients", "Method", PROSE)
    assert decided(blocks, [[] for _ in blocks]) == [True] * 6
    # a pair of label lines repeated only in the middle of the article
    blocks = blocks_of(PROSE, PROSE, "Serves Four People", "Prep Time Ten Minutes", PROSE,
                       "Serves Four People", "Prep Time Ten Minutes", PROSE, PROSE)
    assert decided(blocks, [[] for _ in blocks]) == [True] * 9


def test_repeated_lines_negatives_a_listings_structure():
    # a line met under every entry ("Honoree"), or a pair printed more than card_max_copies times: the page's own
    entries = [line for k in range(3) for line in (f"Studio Number {k} Architects", "Honoree")]
    blocks = blocks_of(*entries, PROSE, *entries[:4], PROSE)
    assert all(decided(blocks, [[] for _ in blocks]))
    course = ["Location: Room Eleven, Shah Center", "Fee: Paid at the Door"]
    blocks = blocks_of(*course, PROSE, *course, PROSE, *course, PROSE, *course)
    assert all(decided(blocks, [[] for _ in blocks]))


def test_repeated_lines_negative_a_tables_header_twice_in_the_body():
    header = ["Actual Figures", "Forecast Figures"]
    blocks = blocks_of("Harbour Traffic in Figures", PROSE, *header, PROSE, *header, PROSE, PROSE)
    assert all(decided(blocks, [[] for _ in blocks], title_index=0))


def test_repeated_lines_negative_a_tables_header_twice_after_the_prose():
    header = ["Actual Figures", "Forecast Figures"]
    blocks = blocks_of("Harbour Traffic in Figures", PROSE, PROSE, *header, "Ferries", *header, "Yachts")
    assert all(decided(blocks, [[] for _ in blocks], title_index=0))


def test_a_line_between_the_first_two_paragraphs_without_a_title_is_in_the_middle():
    blocks = blocks_of(PROSE, "Tags: a, b, c", PROSE, PROSE)
    findings = [[], [f("navigation", "navigation.tag_line", 0.8)], [], []]
    assert decided(blocks, findings) == [True] * 4


def test_a_run_between_removals_in_the_head_keeps_a_headline():
    strong = f("navigation", "navigation.menu", 0.9)
    blocks = blocks_of("Home | News | Politics", "Paul Ryan, the new face of single-parent households?", "Video",
                       "Share on Facebook", PROSE, PROSE)
    findings = [[strong], [], [], [strong], [], []]
    keep = decided(blocks, findings)
    assert keep[1] is True


def test_author_link_skips_a_link_urlsplit_refuses():
    # (the fuzz run, tests/test_fuzz.py, met an HTML link whose host opens "[" without closing it: urlsplit raises
    # "Invalid IPv6 URL"; main 058b1b1 crashed on it too)
    from cleaner.model import LinkRef
    from cleaner.textmeta import author_link

    block = Block(0, "paragraph", "By Jane Doe", "By Jane Doe", group=0,
                  links=[LinkRef("http://[bad/author/jane-doe", "Jane Doe", 3, 11)])
    assert author_link([block, *blocks_of(PROSE, PROSE)]) is None


@pytest.mark.parametrize("paragraphs", [
    ["市议会周二晚上开会讨论了横跨河流的新桥以及它的造价，居民们提出了很多关于施工期间绕行路线的问题。",
     "议会承诺五月份再召开一次会议，届时将公布详细的施工计划和交通安排，并听取更多市民的意见。"],
    ["สภาเมืองประชุมกันเมื่อคืนวันอังคารเพื่อหารือเรื่องสะพานใหม่ข้ามแม่น้ำและค่าใช้จ่ายของโครงการนี้ทั้งหมดอย่างละเอียด",
     "ชาวบ้านถามถึงเส้นทางเลี่ยงระหว่างการก่อสร้างและสภาสัญญาว่าจะจัดประชุมอีกครั้งในเดือนพฤษภาคมนี้"],
])
def test_unspaced_paragraphs_between_a_share_line_and_the_footer_are_prose(paragraphs):
    """A Chinese or Thai paragraph of 45 letters says what an English one of 130 characters says: prose, never a
    "short block between removals" (scripts.spaced_length). Until round 13 the context pass took both paragraphs of
    a page whose English summary came first (the only prose by length, so the paragraphs sat in the tail) with its
    share lines above them and its footer below."""
    summary = ("In English: the council met on Tuesday evening to discuss the new bridge over the river, what it "
               "will cost and the detour the works need, and promised a second meeting in May.")
    lines = ["Home", "World news", "Sports", summary, "分享到微博", "分享到微信", *paragraphs,
             "Contact the newsroom", "Privacy and cookies", "Terms of use"]
    result = cleaner.clean("\n\n".join(lines) + "\n", format="text")
    for paragraph in paragraphs:
        assert paragraph in result.text
    assert "Terms of use" not in result.text  # (the share lines are between two prose blocks now: the middle)


def test_spaced_length():
    from cleaner.scripts import spaced_length
    assert spaced_length("Prose in English.") == len("Prose in English.")
    assert spaced_length("相关文章") == 12  # two words of two letters: 3 characters a letter
    assert spaced_length("Café crème") == len("Café crème")  # a spaced script outside ASCII: its own length
    assert spaced_length("コメント") == 8  # Katakana: 3 letters a word, 2 characters a letter
