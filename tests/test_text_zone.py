"""The article's zone in a plain-text page whose lines are blocks (edge_chrome.body_zone; branch wet11): islands of
text at the page's edges, parted from the article by its chrome, no longer move the body's edges; and what the zone
never leaves out (the article's parts between long lists, a lead under the title, a last paragraph after a share
bar, a page in a language without a stopword list, a WET page of one paragraph)."""

from __future__ import annotations

import cleaner
from cleaner.decision import Thresholds, decide
from cleaner.detectors.edge_chrome import body_zone, stop_density, zone_weights
from cleaner.model import Block, Finding

PARA = ("The harbour authority said on Monday that the old pier will close for repairs in the spring, after divers "
        "found that several of its wooden piles had rotted below the waterline.")
LONG = PARA + " " + PARA + " " + PARA  # one long paragraph: the most a block weighs
#: a boilerplate sentence no cue names: the site's own blurb, long enough to count as prose
BLURB = ("The Harbour Gazette has covered the coast's towns, its ferries and its fishing fleets since 1952, and its "
         "reporters live in the towns they write about.")
MENU = ["Ferries", "Harbours", "Weather", "Contact"]


def blocks_of(*texts) -> list[Block]:
    return [Block(i, "paragraph", text, text, group=i) for i, text in enumerate(texts)]


def f(kind="call_to_action", rule="call_to_action.lead", strength=0.5) -> Finding:
    return Finding(kind, rule, "cue", strength, False, "structure")


def none(blocks) -> list[list[Finding]]:
    return [[] for _ in blocks]


def test_stop_density():
    assert stop_density("the pier will close for repairs in the spring") > 0.3
    assert stop_density("Ferries Harbours Weather Contact Advertise") == 0.0
    assert stop_density("旧码头将在春季关闭维修") is None  # a script without spaces: no list to measure it by


def test_weights_prose_labels_and_text_lines():
    blocks = blocks_of(PARA, "Ferries", "Posted on May 3, 2021", "A short line of text with a verb in it.", LONG)
    weights = zone_weights(blocks, none(blocks))
    assert weights[0] > 1  # prose: its length in body_length units
    assert weights[1] == -1  # a label line costs
    assert weights[2] == 0  # a date line is the post's record (decision 3): no cost
    assert 0 < weights[3] < 1  # a shorter line of text: its share
    assert weights[4] == 4  # capped


def test_a_blurb_after_the_footer_menu_is_left_out():
    blocks = blocks_of("Old Pier to Close", PARA, PARA, PARA, *MENU, BLURB, "About us")
    assert body_zone(blocks, none(blocks)) == (1, 3)


def test_a_cookie_line_over_the_menu_is_left_out_but_not_after_the_title():
    cookie = ("We use cookies to give you the best experience on our website, and by using it you agree that we may "
              "store them on your device.")
    blocks = blocks_of(cookie, *MENU, "Old Pier to Close", PARA, PARA, PARA)
    assert body_zone(blocks, none(blocks)) == (6, 8)
    # with the title known above the island, the island is the article's (a lead under the title)
    blocks = blocks_of("Old Pier to Close", PARA, *MENU, PARA, PARA, PARA)
    assert body_zone(blocks, none(blocks), title=0) == (1, 8)


def test_a_standfirst_under_its_headline_stays_in_the_zone():
    # the headline, a short standfirst, the byline and a sidebar's labels, then the article: the standfirst is the
    # article's lead, not an island of the head
    lead = "A harbour's piles rot below the waterline, where nobody sees them until a diver goes down."
    blocks = blocks_of("Home", "News", "Old Pier to Close for Repairs", lead, "Anna Berg", "Sidebars:",
                       "How Piles Are Tested", LONG, LONG)
    assert body_zone(blocks, none(blocks)) == (3, 8)
    page = "\n\n".join(["Home", "News", "Ferries", "Old Pier to Close for Repairs", lead, "Anna Berg", "Sidebars:",
                         "How Piles Are Tested", LONG, LONG])
    result = cleaner.clean(page, format="text")
    assert lead in result.text and "Old Pier to Close for Repairs" in result.text and "Anna Berg" in result.text


def test_zone_negatives_the_article_keeps_its_parts():
    # a last paragraph after a share bar, in a story of two paragraphs: half the text, it stays in the zone
    blocks = blocks_of("Old Pier", PARA, "Share", "Facebook", "Twitter", "Email", PARA)
    assert body_zone(blocks, none(blocks)) == (1, 6)
    # the article's parts between long lists of its own items (districts, names): each part weighs more than an
    # island may
    names = [f"District Number {k}" for k in range(30)]
    blocks = blocks_of(PARA, PARA, PARA, *names, LONG, *names, PARA, PARA)
    assert body_zone(blocks, none(blocks)) == (0, len(blocks) - 1)
    # a short island parted by fewer than three label lines (a table's header, a subheading) stays
    blocks = blocks_of(PARA, PARA, PARA, "Actual Figures", "Forecast Figures", PARA)
    assert body_zone(blocks, none(blocks)) == (0, 5)
    # a bulleted list of the article's items costs nothing
    blocks = Block(0, "paragraph", LONG, LONG), *[Block(k, "list_item", x, x) for k, x in enumerate(MENU, 1)], \
        Block(5, "paragraph", PARA, PARA)
    assert body_zone(list(blocks), none(blocks)) == (0, 5)
    # a block of several lines (a WET page joined by single newlines) is the page's text, never peeled
    blocks = blocks_of(LONG, LONG, *MENU, "Subscribe to our letter\nand read the harbour's news every Friday "
                       "morning before anyone else does in the town.")
    assert body_zone(blocks, none(blocks)) == (0, 6)
    # no prose at all: no zone
    blocks = blocks_of(*MENU)
    assert body_zone(blocks, none(blocks)) is None


def test_a_language_without_a_stopword_list_is_measured_by_length():
    korean = "항구 당국은 월요일에 오래된 부두가 봄에 수리를 위해 문을 닫을 것이라고 밝혔으며 잠수부들이 수면 아래의 나무 말뚝 여러 개가 썩은 것을 발견했다고 전했다."
    blocks = blocks_of(korean + " " + korean, korean + " " + korean)
    assert all(weight > 1 for weight in zone_weights(blocks, none(blocks)))


def keeps(blocks, findings, title_index=0, text=True) -> list[bool]:
    return [v.keep for v in decide(blocks, findings, Thresholds(), title_index=title_index, text=text).verdicts]


def test_a_weak_finding_between_the_article_and_an_island_is_at_the_edge():
    # before: the blurb was body, so "Posted in Harbours" (0.5) sat between two body blocks, in the middle
    blocks = blocks_of("Old Pier to Close", PARA, PARA, PARA, "Posted in Harbours", *MENU, BLURB)
    findings = none(blocks)
    findings[4] = [f("navigation", "navigation.lead", 0.65)]
    kept = keeps(blocks, findings)
    assert kept[4] is False and kept[:4] == [True] * 4
    assert kept[-1] is True  # the blurb itself is prose: the zone moves the edge, it removes no prose
    assert keeps(blocks, findings, text=False)[4] is True  # Markdown and HTML: as before


def test_text_page_footer_chrome_after_the_article_goes():
    page = "\n\n".join(["The Harbour Gazette", "Home", "News", "Ferries", "Old Pier to Close for Repairs This Spring",
                        PARA, PARA.replace("Monday", "Tuesday"), PARA.replace("old pier", "north quay"),
                        "Share", *MENU, BLURB, "About us", "Advertise"])
    result = cleaner.clean(page, format="text")
    removed = {r.text for r in result.removed}
    assert {"Ferries", "Weather", "Contact", "About us", "Advertise"} <= removed
    assert BLURB in result.text  # prose is never taken by the zone
    assert "Old Pier to Close for Repairs This Spring" in result.text and PARA in result.text


def test_text_page_negative_a_short_article_list_before_its_last_paragraph():
    page = "\n\n".join(["Old Pier to Close for Repairs This Spring", PARA, PARA.replace("Monday", "Tuesday"),
                        "What moves:", "Fishing boats", "The island ferry", "The harbour taxi",
                        "The authority expects the repairs to cost about two million euros, paid by the "
                        "regional fund for coastal towns."])
    result = cleaner.clean(page, format="text")
    assert not result.removed


def test_text_page_negative_a_products_details_before_a_long_found_notice():
    # the details at the end of a product's page, then a long rights notice found at the edge's strength: the notice
    # bounds the tail's run as before the zone, so the details are out of its reach
    notice = ("© 2021 The Harbour Gazette Ltd. All rights reserved. No part of this site may be reproduced, stored or "
              "sent in any form without the written permission of the publisher.")
    page = "\n\n".join(["Old Pier to Close for Repairs This Spring", PARA, PARA.replace("Monday", "Tuesday"),
                        PARA.replace("old pier", "north quay"), "Specifications", "Length: 240 metres",
                        "Piles: Oak and Steel", "Reopening: Early Summer", notice])
    result = cleaner.clean(page, format="text")
    assert notice not in result.text  # the notice goes by its own finding
    for line in ("Specifications", "Length: 240 metres", "Piles: Oak and Steel", "Reopening: Early Summer"):
        assert line in result.text


def test_text_page_negative_a_lead_lines_items_before_an_island():
    # "…see these pages:" over its titles, then the site's blurb and its footer: the titles are the lead's items
    page = "\n\n".join(["Old Pier to Close for Repairs This Spring", PARA, PARA.replace("Monday", "Tuesday"),
                        PARA.replace("old pier", "north quay"), "For more about the pier, see these pages of ours:",
                        "The Pier's History", "The Repair Plans", "The Ferry Timetable", BLURB, "Share", "About us",
                        "Advertise"])
    result = cleaner.clean(page, format="text")
    assert {"About us", "Advertise"} <= {r.text for r in result.removed}  # the footer goes
    for line in ("The Pier's History", "The Repair Plans", "The Ferry Timetable"):
        assert line in result.text


def test_text_page_negative_a_tables_legend_and_header_at_the_top():
    # a legend of abbreviations (long, few function words: no island) over a table's header lines and its rows:
    # the head's run stops at the legend as before, the header stays
    legend = ("P = Place this week. LW = Place last week. PK = Peak place. WK = Weeks listed. NE = New entry. "
              "RE = Re-entry. HB = Home berth.")
    rows = [f"{k} {k + 1} {k} Harbour Boat Number {k} (Northern Quay Moorings) {k + 2}" for k in range(1, 12)]
    page = "\n\n".join([legend, "P\nLW\nPK\nWK\nBOAT", *rows, PARA, PARA.replace("Monday", "Tuesday")])
    result = cleaner.clean(page, format="text")
    assert not result.removed and legend in result.text


def test_text_page_negative_a_short_title_under_a_found_disclosure():
    # a disclosure found at the edge's strength (prose) over a two-word title: it bounds the head's run as it did
    # before the zone, so the title stays
    disclosure = ("Disclosure: This post contains affiliate links. If you click through and make a purchase, we may "
                  "earn a small commission at no extra cost to you.")
    wrapped = "The harbour authority said on Monday that the old\npier will close for repairs in the spring, after\n" \
              "divers found that its wooden piles had rotted."
    page = "\n\n".join([disclosure, "Harbour Notes", wrapped, PARA.replace("Monday", "Tuesday"),
                        PARA.replace("old pier", "north quay")])
    result = cleaner.clean(page, format="text")
    assert disclosure not in result.text and "Harbour Notes" in result.text
