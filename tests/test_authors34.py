"""authors34 (issue 11 item 5): two byline families of a page's text (WET) by their shape. (1) A bare name over a
line of the record's words alone and the date line ("Jane Doe" / "Updated" / "1:39 am EST, Wednesday, November 20,
2019"), near the prose (linebylines.py ``name_date_line``) or further up, a standfirst or a gallery between it and
the prose (pagebylines.py ``record_word_byline``). (2) A link to the author's other posts printed with the name
("Recent from Jane Doe", "Alles von Jane Doe", "Jane DoeView More Articles"; pagebylines.py ``archive_link_byline``).
With the negatives: "By" alone between a name and a date, a name the article's prose names (its subject, a person
quoted, even opening a sentence), an outlet or a topic after "More from", a list of names in the body, a caption's
credit, a sidebar of several columnists, a name printed only in the link. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner

from test_authors32 import MENU, PROSE, TITLE

DATE = "1:39 am EST, Wednesday, November 20, 2019"
STANDFIRST = ("A long-awaited plan for the island's ferries was approved after a year of public meetings, petitions "
              "and studies by the harbour committee.")


def author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


def page(*head: str, lang: str = "en", tail: tuple[str, ...] = (), prose: list[str] | None = None) -> str:
    return "\n".join(MENU * 2 + [TITLE[lang]] + list(head) + (prose or PROSE[lang]) + list(tail)) + "\n"


@pytest.mark.parametrize("head, lang, want", [
    (["Mara Lindqvist", "Updated", DATE], "en", "Mara Lindqvist"),
    (["Mara Lindqvist", "Published", "18 November 2019"], "en", "Mara Lindqvist"),
    (["Mara Lindqvist, AP Auto Writer", "Updated", DATE], "en", "Mara Lindqvist"),
    (["Lena Vogel", "Veröffentlicht", "18.11.2019"], "de", "Lena Vogel"),
    (["Lucía Ortega", "Publicado", "18/11/2019 09:15"], "es", "Lucía Ortega"),
    # a standfirst and a photo's caption between the record and the prose: read further up
    (["Mara Lindqvist", "Updated", DATE, STANDFIRST, "Photo: the ferry at the pier", "Image 1 of 12"], "en",
     "Mara Lindqvist"),
])
def test_name_over_record_word_and_date(head: list[str], lang: str, want: str) -> None:
    assert author(page(*head, lang=lang)) == want


@pytest.mark.parametrize("head", [
    ["Mara Lindqvist", "By", "18 November 2019"],  # a label alone is no record's word
    ["Harbour Committee", "Updated", DATE],  # the text writes "committee" in lower case: no person's name
    ["Editorial Team", "Updated", DATE],  # a team
    ["Reuters Staff", "Updated", DATE],  # an agency's desk
    ["Mara Lindqvist", "Updated", "a few notes on the timetable"],  # no date under the record's word
    # two names with the record's lines: a list of posts, whose?
    ["Mara Lindqvist", "Updated", DATE, "Ferry tickets go up", "Tomas Reyes", "Published", "17 November 2019",
     STANDFIRST] + [f"Gallery item {i}" for i in range(12)],
])
def test_record_word_negatives(head: list[str]) -> None:
    assert author(page(*head)) is None


def test_record_word_name_in_prose_is_the_subject() -> None:
    prose = ["On Tuesday the harbour master Mara Lindqvist told the committee that the ferry would need a new crew "
             "before the summer months."] + PROSE["en"]
    for head in (["Mara Lindqvist", "Updated", DATE],
                 ["Mara Lindqvist", "Updated", DATE, STANDFIRST] + [f"Gallery item {i}" for i in range(12)]):
        assert author(page(*head, prose=prose)) is None


CARD = ["Ferry tickets go up next year", "Mara Lindqvist", "11/13/19 11:00AM"]


@pytest.mark.parametrize("head, tail, lang, want", [
    (["Recent from Mara Lindqvist", "60", "7.1K"] + CARD, [], "en", "Mara Lindqvist"),
    (["Mara LindqvistView More Articles", "Ferry tickets go up next year"], ["Mara Lindqvist", "About us"], "en",
     "Mara Lindqvist"),
    (["Mara Lindqvist | All posts"], ["Related posts", "Mara Lindqvist"], "en", "Mara Lindqvist"),
    ([], ["Ähnliche Beiträge", "Lena Vogel", "Alles von Lena Vogel", "Kontakt"], "de", "Lena Vogel"),
    ([], ["Lucie Martin", "Plus d'articles de Lucie Martin"], "fr", "Lucie Martin"),
])
def test_archive_link(head: list[str], tail: list[str], lang: str, want: str) -> None:
    assert author(page(*head, lang=lang, tail=tuple(tail))) == want


@pytest.mark.parametrize("head, tail", [
    (["More by The Harbour Times", "The Harbour Times"], []),  # an outlet: "the", "times" the text writes lower
    (["Recent from Gizmodo", "Gizmodo"], []),  # one word: a site's
    (["More by Mara Lindqvist"], []),  # the name printed only in the link
    (["More by Mara Lindqvist", "Mara Lindqvist", "More by Tomas Reyes", "Tomas Reyes"], []),  # a sidebar
    (["More by Editorial Team", "Editorial Team"], []),  # a team
    # a bare "more from" is a section's or a place's link, not an author's
    (["More from New York", "New York"], []),
    (["Más de Buenos Aires", "Buenos Aires"], []),
])
def test_archive_link_negatives(head: list[str], tail: list[str]) -> None:
    assert author(page(*head, tail=tuple(tail))) is None


def test_archive_link_topic_named_in_prose() -> None:
    # a topic's page link on a post about the person: the prose names her (even opening its sentence)
    prose = ["Mara Lindqvist, the harbour master, told the committee on Tuesday that the ferry would need a new crew "
             "before the summer months."] + PROSE["en"]
    assert author(page("More by Mara Lindqvist", "Mara Lindqvist", prose=prose)) is None
    prose = ["On Tuesday the harbour master Mara Lindqvist told the committee that the ferry would need a new crew "
             "before the summer months."] + PROSE["en"]
    assert author(page("More by Mara Lindqvist", "Mara Lindqvist", prose=prose)) is None


def test_body_lists_captions_quotes_keep_their_author_and_text() -> None:
    # a list of names in the body, a caption's credit, a quotation: no author from them, text kept
    body = ["Speakers at the meeting included:", "Mara Lindqvist", "Tomas Reyes", "Updated",
            "Photo: Mara Lindqvist / Harbour Times",
            "\u201cMore from the committee soon,\u201d said Tomas Reyes, who chairs the harbour board."]
    text = page(prose=PROSE["en"] + body)
    result = cleaner.clean(text, format="text")
    assert result.author is None
    for line in PROSE["en"]:
        assert line in result.text
    assert "said Tomas Reyes, who chairs the harbour board." in result.text


def test_by_the_way_sentence_is_no_byline() -> None:
    prose = ["By the way, more by Mara Lindqvist's team is expected when the committee meets again in the spring."]
    assert author(page("More by Mara Lindqvist", prose=prose + PROSE["en"])) is None


def test_article_text_unchanged() -> None:
    head = ["Mara Lindqvist", "Updated", DATE]
    base = cleaner.clean(page(), format="text")
    with_byline = cleaner.clean(page(*head), format="text")
    assert with_byline.author == "Mara Lindqvist"
    assert [line for line in PROSE["en"] if line in with_byline.text] == PROSE["en"]
    assert base.text == with_byline.text or all(line in with_byline.text for line in PROSE["en"])


HEADLINE = "Two prison officers charged over the harbour ferry records"


@pytest.mark.parametrize("lines, want", [
    # a news site's text that opens at its headline (a short head): the name, the outlet, the date
    (["Home", "News", HEADLINE, "Mara Lindqvist and Tomas Reyes", "USA TODAY", "Published 7:07 PM EST Nov 19, 2019"],
     "Mara Lindqvist; Tomas Reyes"),
    (["Home", "News", HEADLINE, "Mara Lindqvist", "Harbour Times", "Published 7:07 PM EST Nov 19, 2019"],
     "Mara Lindqvist"),
    # an agency after the list's comma, the record's word, the date
    (MENU * 2 + [TITLE["en"], "Mara Lindqvist and Tomas Reyes, Associated Press", "Updated", DATE],
     "Mara Lindqvist; Tomas Reyes"),
])
def test_short_head_and_lists(lines: list[str], want: str) -> None:
    assert author("\n".join(lines + PROSE["en"]) + "\n") == want


@pytest.mark.parametrize("lines", [
    ["Home", "News", HEADLINE, "Associated Press", "Published", "7:07 PM EST Nov 19, 2019"],  # an agency alone
    ["Home", "News", "Login", "Mara Lindqvist", "Harbour Times", "Published 7:07 PM EST Nov 19, 2019"],  # a button
])
def test_short_head_negatives(lines: list[str]) -> None:
    assert author("\n".join(lines + PROSE["en"]) + "\n") is None


def test_name_twice_over_share() -> None:
    assert author(page("Mara Lindqvist", "Mara Lindqvist", "Share")) == "Mara Lindqvist"


@pytest.mark.parametrize("head, prose", [
    (["Search in posts", "Search in posts", "Share"], None),  # a menu's item twice
    (["Harbour Committee", "Harbour Committee", "Share"], None),  # the text writes "committee" in lower case
    (["Buy Now", "Buy Now", "Share"], None),  # a shop's button twice under the product's name
    (["Shop Now", "Shop Now", "Share"], None),
    (["Mara Lindqvist", "Mara Lindqvist", "Tomas Reyes", "Tomas Reyes"], None),  # two pairs: whose?
    (["Mara Lindqvist", "Mara Lindqvist", "Share"],  # the person the article is about
     ["On Tuesday the harbour master Mara Lindqvist told the committee that the ferry would need a new crew before "
      "the summer months."] + PROSE["en"]),
])
def test_name_twice_negatives(head: list[str], prose: list[str] | None) -> None:
    assert author(page(*head, prose=prose)) is None


def test_name_twice_breadcrumb_and_heading() -> None:
    # a breadcrumb's last item and the page's heading, both a capitalised two-word phrase: no headline over them
    assert author(page("Startseite", "Die Menschen", "Homo Brandenburgensis", "Homo Brandenburgensis",
                       lang="de")) is None


def test_listing_name_over_each_item() -> None:
    # a shop's listing: the artist over each record's title and its release date (the outlet's shape, six times)
    items = []
    for i in range(6):
        items += [f"Single: Songs of the harbour number {i}", "Mara Lindqvist", "Brave New Harbour",
                  f"{i + 1} February 2022"]
    lines = ["Home", "News", HEADLINE] + items + [f"Share item {i}" for i in range(11)]
    assert author("\n".join(lines + PROSE["en"]) + "\n") is None
