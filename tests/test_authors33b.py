"""authors33b (issue 11 item 5): two authors at a page's head that were read as one name and an outlet, or split over
lines: "Jane Doe, John Smith" over the date line (the second name printed again on a line of its own), a bare list
"Jane Doe and John Smith" over the date line, "By" / "Jane Doe" / "and" / "John Smith" on four lines; with the
negatives: an outlet, an agency, a company, a place, a person the body quotes. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner

from test_authors32 import PROSE, page
from test_authors33 import news

DATE = "November 8 2023, 3:18 p.m."
BOX = ["Contact the authors:", "Mara Lindqvist", "Tomas Okonkwo Reyes"]  # an author box after the article


def author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


def with_tail(head: list[str], tail: list[str]) -> str:
    return news(*head) + "\n".join(tail) + "\n"


def test_comma_pair_with_author_box() -> None:
    got = author(with_tail(["Mara Lindqvist, Tomas Okonkwo Reyes", DATE], BOX))
    assert got == "Mara Lindqvist; Tomas Okonkwo Reyes"


@pytest.mark.parametrize("head, tail, want", [
    # the second name nowhere else: an outlet as far as the shape says, the first name only (as before)
    (["Mara Lindqvist, Tomas Okonkwo Reyes", DATE], [], "Mara Lindqvist"),
    # an outlet printed again on its own line (a footer's)
    (["Mara Lindqvist, Business Insider", DATE], ["Business Insider"], "Mara Lindqvist"),
    # an agency
    (["Mara Lindqvist, Reuters", DATE], ["Reuters"], "Mara Lindqvist"),
    # a place, printed again (a dateline's city in a footer's address)
    (["Mara Lindqvist, Paris, France", DATE], ["Paris, France", "Paris"], "Mara Lindqvist"),
    # a desk
    (["Mara Lindqvist, Harbour Desk", DATE], ["Harbour Desk"], "Mara Lindqvist"),
    # a person the article quotes: a sentence that opens with the name is no author box
    (["Mara Lindqvist, Tomas Okonkwo Reyes", DATE], ["Tomas Okonkwo Reyes said the ferry was late again."],
     "Mara Lindqvist"),
])
def test_comma_pair_negatives(head: list[str], tail: list[str], want: str) -> None:
    assert author(with_tail(head, tail)) == want


def test_company_is_no_pair() -> None:
    got = author(with_tail(["Smith, Jones & Co", DATE], ["Smith", "Jones & Co"]))
    assert got is None or ";" not in got


@pytest.mark.parametrize("joined, want", [
    ("Mara Lindqvist and Tomas Reyes", "Mara Lindqvist; Tomas Reyes"),
    ("Mara Lindqvist, Tomas Reyes and Ines Berg", "Mara Lindqvist; Tomas Reyes; Ines Berg"),
])
def test_bare_list_over_date(joined: str, want: str) -> None:
    assert author(news(joined, DATE)) == want


def test_bare_list_needs_date() -> None:
    assert author(news("Mara Lindqvist and Tomas Reyes", "Share this story")) is None


def test_quoted_pair_in_body() -> None:
    body = PROSE["en"][:2] + ["\"Mara Lindqvist and Tomas Reyes\" signed the letter to the harbour master."] \
        + PROSE["en"][2:]
    assert author(page("en", prose=body)) is None


@pytest.mark.parametrize("lang, lines, want", [
    ("en", ["By", "Mara Lindqvist", "and", "Tomas Reyes", "Published Nov 8, 2023"], "Mara Lindqvist; Tomas Reyes"),
    ("de", ["Von", "Lena Vogel", "und", "Jonas Weber", "12.03.2024"], "Lena Vogel; Jonas Weber"),
])
def test_label_then_names_on_lines(lang: str, lines: list[str], want: str) -> None:
    assert author(page(lang, *lines)) == want


def test_label_then_name_and_heading() -> None:
    # the joiner's line between a name and a heading's words the text writes in lower case: no list
    got = author(page("en", "By", "Mara Lindqvist", "and", "Public Transport", "Published Nov 8, 2023"))
    assert got is None or ";" not in got
