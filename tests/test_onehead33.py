"""A page text whose head lines are glued into one block with the body (onehead33; issue 11): a page's web address
alone on a line of the head (detectors/line_shapes.py ``page_url``, ``navigation.page_url``), named by the line
cut's first pass (``first_pass``: a head of a few lines holding one is cut a unit a line), and date lines in Persian
and Hebrew (data/meta_lines.json). Every case is written by us, in our own words."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.line_shapes import first_pass, line_shape, page_url

PROSE = ("The council met on Tuesday to discuss the new timetable for the river ferries, and after a long debate it "
         "agreed to keep the early boat on weekdays while the late one will run only in summer.")
PROSE2 = ("Residents who spoke at the meeting asked for a shelter at the northern landing, and the council promised to "
          "look at the cost of one before the next budget is drawn up in the autumn.")


def _removed(text: str) -> list[str]:
    return [r.text for r in cleaner.clean(text, format="text").removed]


# --- the address's shape -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "https://news.example.org/harbour/2024/ferry-timetable",
    "http://www.example.com/archive/page.php?id=12",
    "www.example.net/stories/river-ferries.html",
    "https://example.ir/fa/article/1234/بندر",
])
def test_page_url_named(line: str) -> None:
    assert page_url(line) is not None


@pytest.mark.parametrize("line", [
    "www.example.org",  # a site's address, no page: a contact line's, a shop's name
    "https://example.com/",
    "Source: https://news.example.org/harbour/ferries",  # words around it
    "https://example.com/page.",  # the end of a hard-wrapped sentence
    "/harbour/ferries",  # a path alone
    "editor@example.org",
])
def test_page_url_not_named(line: str) -> None:
    assert page_url(line) is None


# --- a head glued over the body: the first pass cuts it --------------------------------------------------------------
def test_first_pass_cuts_a_short_head_with_an_address() -> None:
    lines = ["River ferries", "Harbour Gazette", "https://news.example.org/harbour/ferries", "printed", PROSE]
    assert first_pass(lines, 4, 5) == {0, 1, 2, 3}


def test_first_pass_leaves_a_head_without_an_address() -> None:
    # a headline and a standfirst glued over the body: nothing named, the headline stays with its article
    lines = ["River ferries to keep their early boat", "A long debate ends in a compromise", PROSE]
    assert first_pass(lines, 2, 3) == set()


def test_first_pass_long_head_names_the_address_only() -> None:
    menu = [f"Section {n}" for n in range(20)]
    lines = menu + ["https://news.example.org/harbour/ferries", "River ferries", PROSE]
    assert first_pass(lines, 22, 23) == {20}


def test_first_pass_leaves_a_listing_of_addresses() -> None:
    # a directory prints each entry's address under its name: a listing's line, not the page's own address
    lines = ["Ferry operators", "https://ferries.example.org/north", PROSE,
             "Harbour boats", "https://boats.example.org/south", PROSE2]
    assert first_pass(lines, 2, 6) == set()


def test_first_pass_leaves_an_address_under_a_lead() -> None:
    lines = ["The full report is in the archives:", "https://news.example.org/archive/report.html", PROSE]
    assert first_pass(lines, 2, 3) == set()


# --- the whole pipeline on page texts --------------------------------------------------------------------------------
def test_glued_print_view_head_loses_its_address() -> None:
    text = "\n".join(["River ferries", "Harbour Gazette", "12 March 2024",
                      "https://news.example.org/harbour/ferries", PROSE, PROSE2]) + "\n"
    removed = _removed(text)
    assert "https://news.example.org/harbour/ferries" in removed
    kept = cleaner.clean(text, format="text").text
    assert PROSE[:40] in kept and PROSE2[:40] in kept


def test_headline_standfirst_body_glued_stay() -> None:
    text = "\n".join(["River ferries to keep their early boat", "A long debate ends in a compromise",
                      PROSE, PROSE2]) + "\n"
    kept = cleaner.clean(text, format="text").text
    assert "River ferries to keep their early boat" in kept and "A long debate ends" in kept


@pytest.mark.parametrize("head", [
    # a poem's short lines, no sentence end
    ["The river turns", "the ferry waits", "the gulls come home"],
    # an address block in a letter
    ["Harbour Office", "12 Quay Street", "Northport"],
    # a list of steps without punctuation
    ["Open the gate", "Untie the rope", "Push off slowly"],
    # a dialogue
    ["Is the boat late?", "Only by ten minutes.", "Then we wait."],
])
def test_short_line_heads_without_an_address_stay(head: list[str]) -> None:
    text = "\n".join(head + [PROSE, PROSE2]) + "\n"
    kept = cleaner.clean(text, format="text").text
    for line in head:
        assert line in kept


def test_site_address_in_a_contact_head_stays() -> None:
    text = "\n".join(["Northport Ferry Club", "web:", "www.northport-ferries.example", PROSE, PROSE2]) + "\n"
    assert "www.northport-ferries.example" in cleaner.clean(text, format="text").text


def test_reference_link_in_the_body_stays() -> None:
    text = "\n\n".join([PROSE, "The full report is in the archives:",
                        "https://news.example.org/archive/report.html", PROSE2]) + "\n"
    assert "https://news.example.org/archive/report.html" in cleaner.clean(text, format="text").text


# --- dates in Persian and Hebrew ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "دوشنبه 3 مهر 1402",  # fa, Solar Hijri month with its weekday
    "پنج شنبه 18 اسفند 1401",  # fa, a weekday written in two words
    "12 ژوئن 2023",  # fa, a Gregorian month
    "5 מאי 2024",  # he
])
def test_fa_he_date_lines(line: str) -> None:
    found = line_shape(line, True)
    assert found is not None and found[0] == "navigation.head_date"


@pytest.mark.parametrize("line", [
    "پنج کتاب در 1402",  # fa: "five books in 1402": a number word and a year, no month
    "מאי 2024 היה חודש גשום מאוד בצפון הארץ",  # he: a sentence that names a month
])
def test_fa_he_not_dates(line: str) -> None:
    found = line_shape(line, True)
    assert found is None or found[0] != "navigation.head_date"
