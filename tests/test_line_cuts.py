"""Plain text's paragraphs of a page's own lines cut into line units (readers/text.py ``line_groups``, lines12).

Every text here is our own. Negative cases first: what must stay one unit, and what the cleaner must keep.

These are lines12's and lines13's cut (``LINE_CUTS.runs``: every line of the head and the tail a unit but the runs of
short lines of one shape, the body's lines on a page of prose), kept behind that switch: the module runs with it on.
The default cut (only where the first pass names a line, lines29) is tests/test_line_first_pass.py's."""

from __future__ import annotations

from dataclasses import replace

import cleaner
import cleaner.readers.text as text_reader
import pytest
from cleaner.readers.text import line_groups, text_units
from cleaner.rules import LINE_CUTS


@pytest.fixture(autouse=True)
def _runs_cut(monkeypatch):
    """lines13's cut for every test of this module (``LINE_CUTS.runs``)."""
    monkeypatch.setattr(text_reader, "LINE_CUTS", replace(LINE_CUTS, runs=True))

PROSE_1 = ("The town council voted on Tuesday to turn the old railway yard into a public park, after three years of "
           "debate about housing, parking and the cost of cleaning the soil.")
PROSE_2 = ("Work on the first section, a meadow with paths along the river, is to start in the autumn and should be "
           "finished before the summer holidays of the following year, the mayor said.")
PROSE_3 = ("Residents who want to help plant the trees can sign up at the town hall until the end of the month; the "
           "council will lend tools and gloves to everyone who comes on the planting days.")


def _units(document: str) -> list[str]:
    return [unit.text for unit in text_units(document, markdown=False)]


def _kept(document: str) -> str:
    return cleaner.clean(document, format="text").text


# --- what stays one unit ------------------------------------------------------------------------------------------

def test_short_paragraphs_stay_whole():
    assert line_groups(["Roses in the rain", "a blackbird on the wall", "and the kettle sings"]) is None  # a poem
    assert line_groups(["Mary Fields", "14 Mill Lane", "Upper Wickham", "WX3 9PL"]) is None  # an address
    assert line_groups(["200 g flour", "2 eggs", "a pinch of salt", "300 ml milk"]) is None  # ingredients


def test_two_lines_stay_whole():
    assert line_groups(["By Anna Kerr", PROSE_1]) is None


def test_hard_wrapped_email_stays_whole():
    wrapped = ["Hi Tom, thanks for the notes from the meeting. I went through the budget",
               "figures again last night and I think we can move the printing costs into",
               "the second quarter without touching the travel money at all, which",
               "keeps everyone happy.",
               "Best, Jo"]
    assert line_groups(wrapped) is None


def test_a_wrapped_sentence_is_never_cut():
    lines = ["Home", "News", PROSE_1, "and that was not the end of the story, as the opposition said it would take",
             PROSE_2, "Share"]
    groups = line_groups(lines)
    assert groups is not None
    assert (2, 4) in groups  # the lower-case line goes on with the prose line above it


def test_a_stanza_inside_the_body_stays_one_unit():
    document = "\n".join([PROSE_1, "Over the yard the swallows turn", "above the rails the grasses burn",
                          "and no train comes", PROSE_2, PROSE_3]) + "\n"
    units = _units(document)
    assert "Over the yard the swallows turn\nabove the rails the grasses burn\nand no train comes" in units


def test_dialogue_lines_inside_the_body_are_units_and_stay():
    document = "\n".join([PROSE_1, '"Are you coming?"', '"Not today."', '"Then tomorrow."', PROSE_2,
                          PROSE_3]) + "\n"
    units = _units(document)
    assert '"Are you coming?"' in units and '"Not today."' in units
    kept = _kept(document)
    for line in ('"Are you coming?"', '"Not today."', '"Then tomorrow."'):
        assert line in kept


def test_markdown_is_never_cut():
    document = "Home\nNews\n" + PROSE_1 + "\n" + PROSE_2 + "\nShare\n"
    assert len(text_units(document, markdown=True)) == 1


def test_line_cuts_off():
    document = "Home\nNews\n" + PROSE_1 + "\n" + PROSE_2 + "\nShare\n"
    assert len(text_units(document, markdown=False, line_cuts=False)) == 1


# --- what the cleaner keeps on a page of lines ----------------------------------------------------------------------

def test_headline_standfirst_caption_and_list_stay():
    document = "\n".join([
        "Riverside Park Plan Approved",
        "Three years of debate end with a unanimous vote",
        PROSE_1,
        "The old signal box will be kept as a café.",
        "What the plan includes:",
        "a meadow",
        "a playground",
        "a cycle path",
        PROSE_2,
        "Photo: the railway yard in March",
        PROSE_3,
    ]) + "\n"
    kept = _kept(document)
    for line in ("Riverside Park Plan Approved", "Three years of debate end with a unanimous vote",
                 "The old signal box will be kept as a café.", "a playground", PROSE_3):
        assert line in kept


def test_an_address_and_a_signature_at_the_end_stay():
    document = "\n".join([PROSE_1, PROSE_2, PROSE_3, "Friends of the Railway Park", "14 Mill Lane",
                          "Upper Wickham"]) + "\n"
    kept = _kept(document)
    assert PROSE_3 in kept


def test_recipe_ingredients_between_prose_stay():
    document = "\n".join([
        "Plum cake for a rainy Sunday",
        "My grandmother baked this cake every September, when the plums in her garden were so ripe that they fell "
        "from the tree at the slightest breeze.",
        "200 g flour", "150 g butter", "3 eggs", "500 g plums",
        "Rub the butter into the flour, beat in the eggs one by one and spread the dough in a tin before laying the "
        "halved plums on top, skin side down, in tight rows.",
    ]) + "\n"
    kept = _kept(document)
    for line in ("200 g flour", "150 g butter", "3 eggs", "500 g plums"):
        assert line in kept


# --- what goes: the page's chrome lines, one by one -----------------------------------------------------------------

def test_head_and_tail_runs_of_short_lines_become_units():
    # a run of the head's (and the tail's) short label lines far from the article is one unit, flagged as a run;
    # the lines next to the article (run_near_lines: the title's, the byline's, the footer's zone) and the prose
    # lines are units of their own (lines13: a menu of hundreds of lines is a few units, not hundreds)
    menu = ["Wickham Gazette", "Home", "News", "Sport", "Weather", "Travel", "Jobs", "Property", "Motors", "Dating"]
    footer = ["Share this article", "Most read", "Contact us", "Advertise", "Careers", "Terms", "Privacy", "Cookies",
              "Accessibility"]
    document = "\n".join(menu + ["Riverside Park Plan Approved", PROSE_1, PROSE_2, PROSE_3] + footer) + "\n"
    units = text_units(document, markdown=False)
    near = LINE_CUTS.run_near_lines
    head_run = "\n".join(menu[:len(menu) + 1 - near])
    tail_run = "\n".join(footer[near:])
    assert [unit.text for unit in units] == [head_run, *menu[len(menu) + 1 - near:], "Riverside Park Plan Approved",
                                             "\n".join([PROSE_1, PROSE_2, PROSE_3]), *footer[:near], tail_run]
    assert [unit.line_run for unit in units] == [True] + [False] * (len(units) - 2) + [True]
    assert all(unit.page_lines for unit in units)
    result = cleaner.clean(document, format="text")
    removed = "\n".join(r.text for r in result.removed)
    for line in ("Wickham Gazette", "Weather", "Dating", "Share this article", "Accessibility"):
        assert line in removed
    assert result.text.startswith("Riverside Park Plan Approved")


def test_a_sentence_and_a_count_part_the_runs():
    near = LINE_CUTS.run_near_lines  # (the lines next to the prose are units of one line)
    filler = [f"Section {chr(65 + k)}" for k in range(near)]
    lines = ["Home", "News", "Sign in to read more.", "Sport", "Weather", "12", "34", *filler, PROSE_1, PROSE_2]
    runs: list[bool] = []
    groups = line_groups(lines, runs)
    assert groups == [(0, 2), (2, 3), (3, 5), (5, 7), *((7 + k, 8 + k) for k in range(near)), (7 + near, 9 + near)]
    assert runs == [True, False, True, True] + [False] * (near + 1)


def test_the_title_step_judges_the_cut_paragraph_whole():
    # the site's name on the first line is no title because the page's first paragraph, whole, is none
    document = "\n".join(["Wickham Gazette", "Home", "News", "Sport", "Riverside Park Plan Approved",
                          PROSE_1, PROSE_2, PROSE_3, "Home | Contact | Advertise"]) + "\n"
    result = cleaner.clean(document, format="text")
    removed = {r.text for r in result.removed}
    assert "Home" in removed or "Home\nNews\nSport" in removed or any("News" in t for t in removed)
    assert "Riverside Park Plan Approved" in result.text


def test_kept_lines_of_one_paragraph_are_joined_as_before():
    document = "\n".join([PROSE_1, PROSE_2, "Fig. 2", PROSE_3]) + "\n"
    assert "\n\n" not in _kept(document).strip()


# --- a page's own content at its tail, after the article, before the footer (lines12 lost them) ------------------

FOOTER = ["Share this article", "Privacy policy", "Cookie settings", "© 2026 Mill House Media"]


def _tail_kept(lines: list[str]) -> str:
    return _kept("\n".join(["Home", "Rooms", "Contact", "The Mill House by the river", PROSE_1, PROSE_2, PROSE_3,
                            *lines, *FOOTER]) + "\n")


def test_a_price_list_at_the_end_stays():
    prices = ["Prices per night", "Single room", "45 EUR", "Double room", "70 EUR", "Family room", "95 EUR",
              "Breakfast", "9 EUR"]
    kept = _tail_kept(prices)
    for line in prices:
        assert line in kept
    assert "Cookie settings" not in kept


def test_a_spec_table_at_the_end_stays():
    specs = ["Specifications", "Frame: aluminium", "Fork: 120 mm travel", "Wheels: 29 inch", "Weight: 13.2 kg",
             "Gears: 12 speed"]
    kept = _tail_kept(specs)
    for line in specs:
        assert line in kept


def test_a_pager_and_a_footer_menu_still_go():
    document = "\n".join(["Home", "Rooms", "Contact", "The Mill House by the river", PROSE_1, PROSE_2, PROSE_3,
                          "Previous", "1", "2", "3", "Next", "About us", "Careers", "Press", "Advertise", "Terms",
                          "Sitemap", *FOOTER]) + "\n"
    kept = _kept(document)
    for line in ("Sitemap", "Advertise", "Cookie settings"):
        assert line not in kept


@pytest.mark.xfail(strict=True, reason="a worksheet's bare labels at the end have a menu's shape (lines13: not fixed)")
def test_a_worksheets_labels_at_the_end_stay():
    labels = ["Name", "Class", "Date", "Apples", "Pears", "Plums", "Cherries", "Total"]
    kept = _tail_kept(labels)
    for line in labels:
        assert line in kept


def test_a_menu_run_with_a_box_word_takes_no_article():
    # "About" opens a run of the head's menu: the run goes, the standfirst and the article under it stay
    lead = ("Soups for every season, from a quick tomato soup on a weekday to a slow bean stew for the weekend, all "
            "tested in our own small kitchen.")
    document = "\n".join(["Sign up", "Home", "About", "Recipes", "Start Here", "Soups", "Salads", "Bread",
                          "Cakes", "Drinks", "Soup Recipes", lead, PROSE_1, PROSE_2, PROSE_3, *FOOTER]) + "\n"
    kept = _kept(document)
    assert lead in kept and PROSE_1 in kept
    assert "Start Here" not in kept
