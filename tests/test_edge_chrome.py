"""detectors/edge_chrome.py: a page's chrome at the head and the tail of plain text (issue 11, textedges11)."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.edge_chrome import RULE, head_chrome, label_like, peel_edges, strong_label, title_like
from cleaner.pipeline import default_cleaner
from cleaner.readers.text import text_units

BODY = ("The harbour authority said on Monday that the old pier will close for repairs in the spring, after divers "
        "found that several of its wooden piles had rotted below the waterline.\n"
        "Fishing boats that moor there will move to the northern quay for about four months, and the ferry to the "
        "island will keep its usual timetable during the works.")


def _blocks(document: str):
    # the peel's own input: a paragraph of several lines as the reader gives it without its line cuts (the reader's
    # cuts are tested in test_line_cuts.py; the pipeline's result on these documents below)
    return default_cleaner().segmenter.blocks(text_units(document, markdown=False, line_cuts=False), tags=False)


def _edge_removed(result) -> list[str]:
    return [r.text for r in result.removed if r.rule == RULE]


@pytest.mark.parametrize("line", [
    "Home", "Sign in", "Back to top", "PREVIOUS BACK TO LIST NEXT", "Smaller Small Medium Big Bigger",
    "Home | News | Sport", "Startseite » Politik » Inland", "| 1 comment ]", "Archive 2019", "Privacy Policy",
    "Accueil / Région / Économie", "Главная", "Новости | Спорт | Погода", "首页", "首页 | 新闻 | 体育", "×", "11",
])
def test_label_lines(line):
    assert label_like(line)


@pytest.mark.parametrize("line", [
    "The council approved the budget on Tuesday.",  # a sentence
    "the tide comes in",  # a poem's line: lower-case words
    "and miles to go before I sleep",
    "data = f.read()",  # code
    "with open(path) as f:",
    "Smith J (2019) Timber Decay",  # a reference entry
    "It was cold, and the wind",  # a wrapped sentence's line
    "x" * 120,  # too long
    "这首小诗是作者在去年秋天回到故乡时写下的，记录了老屋门前那棵槐树",  # a Chinese line of text
])
def test_text_lines(line):
    assert not label_like(line)


def test_strong_and_title_lines():
    assert strong_label("Home | News | Sport")
    assert not strong_label("March 3, 2020")  # a record is no anchor
    assert not strong_label("Harbour Gazette")
    assert title_like("Old Pier to Close for Repairs")
    assert not title_like("Home | News | Sport | Weather")
    assert not title_like("Login")


def test_head_chrome_stops_at_the_first_title_like_line():
    items = [(line, False) for line in ("Home", "News", "Sport", "Old Pier to Close for Repairs", "By Tom Reed")]
    assert head_chrome(items + [(BODY.split("\n")[0], False)], before_prose=False) == 3


def test_head_chrome_keeps_a_date_line_over_the_title():
    items = [(line, False) for line in ("Home", "News", "March 3, 2020", "Old Pier to Close for Repairs")]
    assert head_chrome(items + [(BODY.split("\n")[0], False)], before_prose=False) == 2


def test_head_chrome_keeps_a_short_title_right_before_the_prose():
    items = [(line, False) for line in ("Home", "News", "Editorial")]
    assert head_chrome(items + [(BODY.split("\n")[0], False)], before_prose=False) == 2


def test_peel_cuts_the_head_and_tail_lines_of_one_paragraph():
    document = "Home\nNews\nSport\nOld Pier to Close for Repairs\n" + BODY + "\nBack to top\nContact Us\n"
    blocks = peel_edges(_blocks(document))
    texts = [b.text for b in blocks]
    assert texts[:3] == ["Home", "News", "Sport"]
    assert texts[-2:] == ["Back to top", "Contact Us"]
    assert texts[3].startswith("Old Pier to Close for Repairs\nThe harbour authority")
    # offsets stay exact, groups separate the peeled lines
    for block in blocks:
        assert document[block.start:block.end] == block.text
    # a peeled line is a paragraph of its own (a line the segmenter cut at a cue keeps its paragraph's group)
    peeled = [b for b in blocks if b.text in ("News", "Sport")]
    assert len({b.group for b in peeled} | {blocks[3].group}) == 3


def test_peel_never_splits_a_wrapped_sentence_or_the_body():
    document = ("Home\nThe Quiet Harbour\n" + "It was late in the evening when the last boat,\n"
                "heavy with the day's catch, came in past the old pier.\n" + BODY + "\nthe end of it all\n")
    blocks = peel_edges(_blocks(document))
    assert not any(b.text == "It was late in the evening when the last boat," for b in blocks)
    assert any("heavy with the day's catch" in b.text and "It was late" in b.text for b in blocks)
    assert not any(b.text == "the end of it all" for b in blocks)  # a wrap continuation at the end


def test_whole_wet_page():
    document = ("Harbour Gazette\nLocal\nBusiness\nSport\nOld Pier to Close for Repairs This Spring\nBy Tom Reed\n"
                + BODY + "\nArchive 2019\nHarbour Gazette Ltd\nAbout | Advertise | Contact\n")
    result = cleaner.clean(document, format="text")
    assert {"Harbour Gazette", "Local", "Business", "Sport", "Archive 2019", "Harbour Gazette Ltd"} <= set(
        r.text for r in result.removed)
    assert "Old Pier to Close for Repairs This Spring" in result.text
    assert "By Tom Reed" in result.text
    assert result.text.rstrip().endswith("during the works.")
    for removal in result.removed:
        assert document[removal.start:removal.end] == removal.text


def test_no_prose_no_removal():
    result = cleaner.clean("Shopping List\nApples\nBread\nGreen Tea\nOlive Oil\n", format="text")
    assert not _edge_removed(result)


def test_body_headings_and_lists_stay():
    document = ("Old Pier to Close\n\n" + BODY.split("\n")[0] + "\n\nWhat Changes\n\nNorthern Quay\n\nFerry Timetable"
                "\n\n" + BODY.split("\n")[1] + "\n")
    assert not _edge_removed(cleaner.clean(document, format="text"))


def test_one_weak_line_at_the_end_stays():
    document = "Dear Neighbours\n\n" + BODY.replace("\n", "\n\n") + "\n\nMargaret Hill\n"
    assert "Margaret Hill" in cleaner.clean(document, format="text").text


def test_lead_line_over_its_items_at_the_end_stays():
    document = "Harbour Report\n\n" + BODY.replace("\n", "\n\n") + "\n\nPress Contacts:\n\nJane Doe\n\nHarbour Office\n"
    text = cleaner.clean(document, format="text").text
    assert "Jane Doe" in text and "Harbour Office" in text


def test_markdown_and_html_are_untouched():
    document = "Home\nNews\nSport\nOld Pier to Close for Repairs\n" + BODY + "\nBack to top\nContact Us\n"
    assert not _edge_removed(cleaner.clean(document, format="markdown"))
    html = "<html><body><article><p>Home</p><p>News</p><h1>Old Pier</h1><p>" + BODY + "</p></article></body></html>"
    assert not _edge_removed(cleaner.clean(html, format="html"))


def test_kinds_without_navigation_make_no_finding():
    document = "Home\nNews\nSport\nOld Pier to Close for Repairs\n" + BODY + "\n"
    result = cleaner.Cleaner(kinds=["author_bio"]).clean(document, format="text")
    assert not _edge_removed(result)


def test_deterministic():
    document = "Home\nNews\nSport\nOld Pier to Close for Repairs\n" + BODY + "\nBack to top\nContact Us\n"
    first = cleaner.clean(document, format="text").to_dict()
    assert all(cleaner.clean(document, format="text").to_dict() == first for _ in range(3))


# --- the title guard (textedges11b): the article's title line is never the head's chrome, and the title step takes
# the title it took before the peeling and the run (unless that line was the page's chrome: a headline follows it)
SHARE_BOX = ["Share this:", "Facebook", "Twitter", "LinkedIn", "Email"]


@pytest.mark.parametrize("title", ["The Harbour Manifesto", "Lady in Red", "Old Pier to Close for Repairs"])
@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_share_box_over_the_title_leaves_the_title(title, joiner):
    document = joiner.join(SHARE_BOX + [title]) + joiner + BODY.replace("\n", joiner) + "\n"
    result = cleaner.clean(document, format="text")
    assert title in result.text  # (the kept lines of one source paragraph are joined as one)
    assert title not in [r.text for r in result.removed]
    assert "Facebook" not in result.text and "Twitter" not in result.text
    if joiner == "\n\n":  # a paragraph each: the title step takes it as it did before edge_chrome
        assert result.title == title


@pytest.mark.parametrize("title", ["The Harbour Manifesto", "Old Pier to Close for Repairs"])
def test_share_box_menu_title_byline_prose(title):
    document = "\n\n".join(SHARE_BOX + ["Home | News | Sport", title, "By Tom Reed", BODY.replace("\n", "\n\n")]) + "\n"
    result = cleaner.clean(document, format="text")
    assert result.title == title
    assert title in result.text and "By Tom Reed" not in [r.text for r in result.removed if r.rule == RULE]


def test_menu_lines_over_the_title():
    title = "Old Pier to Close for Repairs"
    document = "\n".join(["Harbour Gazette", "Local", "Business", "Sport", title, BODY]) + "\n"
    result = cleaner.clean(document, format="text")
    assert result.text.startswith(title)
    assert {"Harbour Gazette", "Local", "Business", "Sport"} <= set(_edge_removed(result))


def test_the_title_steps_first_line_stays_over_a_short_menu():
    # a paragraph each: the title step takes the first line as the title, as it did before edge_chrome; two lines
    # between it and a headline are no proof that it is a site's name (a title over a subtitle and a section's name):
    # the head's run stops above it
    title = "Old Pier to Close for Repairs"
    document = "\n\n".join(["Harbour Gazette", "Local", "Sport", title, BODY.replace("\n", "\n\n")])
    result = cleaner.clean(document + "\n", format="text")
    assert result.title == "Harbour Gazette"
    assert not _edge_removed(result) and title in result.text


@pytest.mark.parametrize("menu", [["Local", "Business", "Sport"], ["Local » Business » Harbour"]])
def test_a_site_name_over_a_menu_or_a_breadcrumb_goes(menu):
    # a paragraph each: a menu of EDGE_CHROME.min_run lines or a breadcrumb between the title step's line and a
    # headline: that line is the site's name, the headline is the title
    title = "Old Pier to Close for Repairs"
    document = "\n\n".join(["Harbour Gazette", *menu, title, BODY.replace("\n", "\n\n")])
    result = cleaner.clean(document + "\n", format="text")
    assert result.title == title
    assert result.text.startswith(title) and "Harbour Gazette" in _edge_removed(result)


def test_a_short_title_over_a_subtitle_stays_the_title():
    # the title step's line (three words) is no menu for a shorter line after it
    document = "\n\n".join(SHARE_BOX + ["Bitter Truth Revisited", "Chapter One", BODY.replace("\n", "\n\n")]) + "\n"
    result = cleaner.clean(document, format="text")
    assert result.title == "Bitter Truth Revisited"
    assert "Bitter Truth Revisited" in result.text and "Chapter One" in result.text


# --- text11f: a short run above a confirmed headline; lower-case date lines --------------------------------------
def test_lower_case_date_line_is_a_label_but_a_poem_line_is_not():
    assert label_like("domenica, 1 dicembre 2024")
    assert label_like("lundi 3 mars 2025")
    assert not label_like("the rain falls on the roof")


def _findings(blocks):
    return [[] for _ in blocks]


def test_confirmed_headline_needs_prose_close_below():
    from cleaner.detectors.edge_chrome import confirmed_headline

    blocks = _blocks(f"Main page\n\nRiver Pier Will Close For Repairs In Spring\n\nHarbour Gazette\n\n{BODY}")
    assert confirmed_headline(blocks, _findings(blocks), 1, 0.6, 120)
    # a second title-like line between it and the prose: unsure which line heads the article
    blocks = _blocks(f"Main page\n\nBy the harbour desk staff\n\nWhat will happen to the boats moored at the pier?\n\n{BODY}")
    assert not confirmed_headline(blocks, _findings(blocks), 1, 0.6, 120)
    # too far from the prose
    blocks = _blocks(f"River Pier Will Close For Repairs In Spring\n\nOne\n\nTwo\n\nThree\n\n{BODY}")
    assert not confirmed_headline(blocks, _findings(blocks), 0, 0.6, 120)


def test_foreign_run_shares_no_word_and_is_no_name():
    from cleaner.detectors.edge_chrome import foreign_run

    blocks = _blocks(f"Main page\n\nOur town\n\nRiver Pier Will Close For Repairs In Spring\n\n{BODY}")
    assert foreign_run(["Main page", "Our town"], blocks, 2)
    assert not foreign_run(["Harbour news"], blocks, 2)  # "harbour" is the article's word
    assert not foreign_run(["Anna Berg"], blocks, 2)  # a bare name: a byline
    assert not foreign_run([], blocks, 2)


def test_two_foreign_label_lines_above_a_headline_go_one_stays():
    result = cleaner.clean(f"Main page\n\nOur town\n\nOld Pier To Close For Repairs This Spring\n\n{BODY}", format="text")
    assert _edge_removed(result) == ["Main page", "Our town"]
    assert result.title == "Old Pier To Close For Repairs This Spring"
    # one short line over a title-like line is the title over its subtitle
    result = cleaner.clean(f"Pier closing\n\nRepairs start in spring as divers find rotten piles\n\n{BODY}", format="text")
    assert _edge_removed(result) == []
    assert "Pier closing" in result.text
