"""news34 (issue 11): a news page's lines inside the article of a scraped plain text, by their shape (newslines.py,
detectors/newslines.py, the ``source_credit.wire_feed`` family): teasers for other stories, ad slots' labels, a
wire's credit in parentheses, a syndication note. Texts written for these tests."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.newslines import ad_marker, line_cuts, teaser_line, wire_credit

P0 = "Shop owners had asked for more parking spaces, but the council said the road was too narrow for both."
P1 = ("The council voted on Tuesday to extend the bike lane along the harbour road, a decision that followed two "
      "years of debate among residents and shop owners.")
P2 = ("Work is expected to begin in the spring and to last about four months, the city engineer said in a statement "
      "released after the meeting.")
P3 = ("Residents who want to comment on the plan can attend a public hearing at the town hall next month, where the "
      "final design will be presented.")

FR = ["Le conseil municipal a voté mardi l'extension de la piste cyclable le long du port, après deux ans de débats.",
      "Les travaux doivent commencer au printemps et durer environ quatre mois, selon l'ingénieur de la ville.",
      "Les habitants pourront donner leur avis lors d'une réunion publique à la mairie le mois prochain."]
ID = ["Dewan kota memutuskan pada Selasa untuk memperpanjang jalur sepeda di sepanjang jalan pelabuhan kota itu.",
      "Pekerjaan diperkirakan dimulai pada musim semi dan berlangsung sekitar empat bulan, kata insinyur kota.",
      "Warga yang ingin memberi masukan dapat menghadiri rapat umum di balai kota pada bulan depan."]


def _clean(paragraphs: list[str], sep: str) -> cleaner.CleanResult:
    return cleaner.clean(sep.join(paragraphs), format="text")


def _article(middle: str, sep: str) -> cleaner.CleanResult:
    return _clean([P0, P1, middle, P2, P3], sep)


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("line, rule", [
    ("ALSO READ | Council approves new budget for harbour road", "related.teaser_line"),
    ("RELATED: Council approves new budget for harbour road", "related.teaser_line"),
    ("Read more: Council approves new budget for harbour road", "related.teaser_line"),
    ("[Watch] Council approves new budget", "related.teaser_line"),
    ("► Also read: 'We were never asked', say shop owners", "related.teaser_line"),
    ("Advertisement", "affiliate.ad_marker"),
    ("ADVERTISEMENT", "affiliate.ad_marker"),
    ("Story continues below advertisement", "affiliate.ad_marker"),
    ("(Reporting by Jane Doe in London; Editing by John Roe)", "source_credit.wire_credit"),
    ("(Reporting by Jane Doe and Ann Lee; Writing by Tom Kay; Editing by Sam Poe, Bill Ray)",
     "source_credit.wire_credit"),
])
def test_news_lines_between_paragraphs_go(line: str, rule: str, sep: str) -> None:
    result = _article(line, sep)
    assert line not in result.text
    assert rule in [r.rule for r in result.removed]
    for paragraph in (P0, P1, P2, P3):
        assert paragraph in result.text


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("paragraphs, line", [
    (FR, "Lire aussi Covid-19 : visualisez la part des variants qui circulent en France"),
    (FR, "La suite après cette publicité"),
    (FR, "(Reportage Jean Dupont, édité par Marie Martin)"),
    (ID, "Baca juga: Tak Terkalahkan, Dewan Kota Masih Mendominasi Rapat"),
    (ID, "Simak juga: Jalur Sepeda Baru di Jakarta Selatan"),
    (ID, "Iklan"),
])
def test_news_lines_in_other_languages_go(paragraphs: list[str], line: str, sep: str) -> None:
    result = _clean([paragraphs[0], line, paragraphs[1], paragraphs[2]], sep)
    assert line not in result.text
    for paragraph in paragraphs:
        assert paragraph in result.text


def test_wire_credit_closing_the_last_line_goes() -> None:
    text = (P1 + "\n" + P2 + "\n" + "\"We will keep the lane open all winter,\" she said. "
            "(Reporting by Jane Doe; Editing by John Roe)")
    result = cleaner.clean(text, format="text")
    assert "Editing by" not in result.text
    assert "\"We will keep the lane open all winter,\" she said." in result.text


@pytest.mark.parametrize("note", [
    "This story has been published from a wire agency feed without modifications to the text. Only the headline "
    "has been changed.",
    "(Except for the headline, this story has not been edited by our staff and is published from a syndicated "
    "feed.)",
])
def test_syndication_note_at_the_end_goes(note: str) -> None:
    result = _clean([P0, P1, P2, note], "\n\n")
    assert "feed" not in result.text
    assert P2 in result.text


# --- what stays ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("line", [
    "Related: the council also voted to fund a new bus line along the same road.",
    "Related: The council also voted on Tuesday to fund a new bus line along the road.",
    "Read more about it in the report.",
    "Read More Books This Year",
    "Watch Dogs is a game set in a city of cameras.",
    "The Advertisement",
    "Advertising",
    "The advertisement ran in three newspapers in 1984 and cost the campaign $40,000.",
    "(Reporting by the BBC was later questioned by the ministry.)",
    "Photo: residents gather at the town hall on Tuesday evening to hear the plan.",
    "Correction notices were published by the council after the engineer revised the cost of the lane.",
    "Video: 4K/30p with no crop",  # a camera's spec line
    "See also Harbour History on the museum page",  # a cross-reference of the page's own
    "Read More Quickly and Effectively, by the Study Centre",  # a title that opens with "Read More"
])
def test_article_lines_that_look_like_news_lines_stay(line: str, sep: str) -> None:
    result = _article(line, sep)
    assert line in result.text, [(r.rule, r.text) for r in result.removed]


def test_a_newsletter_quoted_in_the_story_stays() -> None:
    quote = ("\"Read more: the newsletter said the lane would be finished by May,\" the shop owner told reporters, "
             "holding a copy of the council's weekly newsletter.")
    result = _article(quote, "\n")
    assert quote in result.text


def test_an_article_about_advertising_stays() -> None:
    paragraphs = [
        "Advertising revenue at regional newspapers fell by a third last year, the industry group said on Monday.",
        "Advertisement sales to local shops, once the papers' main income, now bring in less than online listings.",
        "Advertising",
        "Story continues to be told by the publishers, who say below-cost advertisement prices kept them alive.",
        "The group expects the advertisement market to shrink again this year as more shops move online.",
    ]
    result = _clean(paragraphs, "\n")
    for paragraph in paragraphs:
        assert paragraph in result.text


def test_an_article_about_the_associated_press_stays() -> None:
    paragraphs = [
        "The Associated Press said on Tuesday that its wire feed to member newspapers was cut for three hours.",
        "Editors at several papers said the agency feed was restored by noon, and that this story about the outage "
        "was itself written from the agency's statement.",
        "The Associated Press, founded in 1846, is a cooperative owned by its member newspapers.",
        "(The cooperative's members include about 1,300 newspapers and broadcasters, the agency said.)",
    ]
    result = _clean(paragraphs, "\n\n")
    for paragraph in paragraphs:
        assert paragraph in result.text, [(r.rule, r.text) for r in result.removed]


def test_a_caption_and_a_correction_in_the_story_stay() -> None:
    paragraphs = [P1, "Residents gather at the town hall on Tuesday. (Photo by Jane Doe)", P2,
                  "Correction: the council voted seven to two, not six to three, the clerk said on Wednesday.", P3]
    result = _clean(paragraphs, "\n")
    assert "Residents gather at the town hall on Tuesday." in result.text
    assert "the council voted seven to two, not six to three, the clerk said on Wednesday." in result.text


def test_a_teaser_shaped_first_line_is_the_title() -> None:
    text = "Watch: The mayor explains the new harbour lane\n\n" + "\n\n".join([P1, P2, P3])
    result = cleaner.clean(text, format="text")
    assert "Watch: The mayor explains the new harbour lane" in result.text


def test_shapes() -> None:
    assert teaser_line("Lea también: En vivo: van 100 casos en Bogotá") is not None
    assert teaser_line("Lire aussi : la mairie répond aux habitants.") is None  # lower case, a full stop
    assert teaser_line("Lire aussi les conclusions du rapport publié hier par la mairie") is None
    assert ad_marker("ADVERTISEMENT - SCROLL TO CONTINUE") is not None
    assert ad_marker("Advertisement for the new lane") is None
    assert wire_credit("(Reporting by Jane Doe; Editing by John Roe)") == 0
    assert wire_credit("(Editing by hand is fine)") is None
    assert wire_credit("He said so. (Reporting by Jane Doe)") == 12
    text = P1 + "\nAdvertisement\n" + P2
    assert line_cuts(text) == [len(P1) + 1, len(P1) + 15]
    assert line_cuts("Mozilla\nJump to: navigation, search\nSee also: Mozilla Foundation and Mozilla Corporation\n"
                     + P1) == []  # a page's head of short lines is left whole
