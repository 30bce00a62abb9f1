"""authors33 (issue 11 item 5): the author of a page's text, by family, with their negatives: a menu's run under an
"About" item names nobody (result._menu_bio), a post's record line's category or comment counter after the name, a
role glued to a surname (linebylines.unglued_author), an academic title before the name (pagebylines
.without_honorifics), a spaced colon and a title in a record line (Arabic), a bare name over a news outlet's line and
the date line, "Jane Doe, Outlet" over the date line. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.linebylines import unglued_author
from cleaner.pagebylines import without_honorifics

from test_authors32 import PROSE, page

ABOUT_MENU = ["About Me", "Work with Me", "Privacy Policy"]


def author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


# --- the name's tail: a record line's category, a comment counter, a glued role --------------------------------------

@pytest.mark.parametrize("raw, want", [
    ("Jane In Aktuell", "Jane"),  # a theme's capitalised "in" before the post's category
    ("Jane Doe In News", "Jane Doe"),
    ("Jean Dupont Dans Société", "Jean Dupont"),
    ("KleineGrüneMonster Ein Kommentar", "KleineGrüneMonster"),
    ("Jane Doe 5 Comments", "Jane Doe"),
    ("Jane Doe Leave A Comment", "Jane Doe"),
    ("Jane HarbourBusiness Columnist", "Jane Harbour"),  # a role glued to the surname
    ("Jane DoeStaff Writer", "Jane Doe"),
])
def test_record_tail_cut(raw: str, want: str) -> None:
    assert unglued_author(raw) == want


@pytest.mark.parametrize("raw", [
    "Mary McCarthy",  # a name's own inner capital
    "Ann MacLeod Staff Writer",  # (not a glue: "Mac" is no surname before a role)
    "Jane DoeBusiness Columnist",  # (a surname of three letters: left, not told from "Mac")
    "Jane Doe",
    "Inga Irvin",  # a name's word that starts like a joiner
    "Jose de la Cruz",
    "Eva Kommentarova",
])
def test_record_tail_keeps_names(raw: str) -> None:
    assert unglued_author(raw) == raw


# --- academic titles ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, want", [
    ("JUDr. Martin Novák", "Martin Novák"),
    ("Prof. Dr. Jane Doe", "Jane Doe"),
    ("Dr. Biggs", "Biggs"),
    ("Mgr. Eva Malá; Ing. Petr Malý", "Eva Malá; Petr Malý"),
    ("ผศ. ดร. สมชาย ใจดี", "สมชาย ใจดี"),
    ("د. أحمد علي", "أحمد علي"),
])
def test_without_honorifics(raw: str, want: str) -> None:
    assert without_honorifics(raw) == want


@pytest.mark.parametrize("raw", ["Dr.", "Drew Barry", "Professor", "Mr", "Ingrid Doe", "Dragan Petrović"])
def test_without_honorifics_keeps(raw: str) -> None:
    assert without_honorifics(raw) == raw


def test_title_off_a_record_byline() -> None:
    assert author(page("en", "12 March 2024 | by Dr. Jane Doe", "4 comments")) == "Jane Doe"


def test_record_line_category_and_comments() -> None:
    assert author(page("de", "Am 13. November 2019 Von Tobias In Aktuell")) == "Tobias"
    assert author(page("de", "1. Januar 2016 von KleineGrüneMonster Ein Kommentar")) == "KleineGrüneMonster"


# --- Arabic record line: a spaced colon, a title -----------------------------------------------------------------

AR_PROSE = ["يتحدث هذا المقال عن قواعد النشر في المجلات المحكمة ويشرح الخطوات بالتفصيل للباحثين الجدد في الجامعات العربية"
            " وفي مراكز البحث المستقلة.",
            "وفي الفقرة الثانية نشرح كيفية اختيار المجلة المناسبة ومراجعة شروطها قبل إرسال البحث إليها بعناية شديدة"
            " ومن دون استعجال في القرار.",
            "ثم نعرض أخطاء شائعة يقع فيها الباحثون عند كتابة الملخص والمراجع ونقترح طرقا بسيطة لتجنبها دائما في كل"
            " بحث جديد يكتبونه."]


def ar_page(*head: str) -> str:
    return "\n".join(["طلب خدمة", "×", "التفاصيل", "قواعد النشر العلمي", *head, "قواعد النشر العلمي", *AR_PROSE]) + "\n"


@pytest.mark.parametrize("line", ["2023/07/24   الكاتب :د. أحمد العلي", "2023/07/24   الكاتب: أحمد العلي"])
def test_arabic_record_line(line: str) -> None:
    assert author(ar_page(line, "عدد المشاهدات(839)")) == "أحمد العلي"


def test_arabic_record_line_sentence_is_none() -> None:
    # a sentence that names a writer after a date is no record line
    text = ar_page("في 2023/07/24 قال الكاتب أحمد العلي إن القواعد تغيرت كثيرا في السنوات الأخيرة.")
    assert author(text) is None


# --- a bare name over a news outlet's line and the date ------------------------------------------------------------

NEWS_HEAD = ["Welcome to our European edition", "Learn More", "Home", "Local", "Sports", "Opinion", "Weather",
             "Obituaries", "Harbour committee tests an earlier ferry"]


def news(*lines: str) -> str:
    return "\n".join(NEWS_HEAD + list(lines) + PROSE["en"]) + "\n"


@pytest.mark.parametrize("lines, want", [
    (["Jane Doe", "Associated Press", "Published 11:34 PM EST Nov 19, 2019"], "Jane Doe"),
    (["Jane Doe", "The Harbour Times", "Jan. 9, 2005 12:00 AM"], "Jane Doe"),
    (["Jane Doe, Business Insider", "13.11.2019, 23:06"], "Jane Doe"),
])
def test_name_over_outlet(lines: list[str], want: str) -> None:
    assert author(news(*lines)) == want


@pytest.mark.parametrize("lines", [
    ["Harbour Insights", "Technology", "12 minute read"],  # a menu's item, a category, a reading time: no date
    ["Jane Doe", "Associated Press", "Share this story"],  # no date under the outlet
    ["Jane Doe", "Reporting from the harbour since 1990 and more", "Nov 19, 2019"],  # no outlet: too long
    ["Minister Jane Doe said on Tuesday", "Associated Press", "Nov 19, 2019"],  # a sentence, not a name
])
def test_name_over_outlet_negatives(lines: list[str]) -> None:
    assert author(news(*lines)) is None


# --- a menu's run under an "About" item names nobody --------------------------------------------------------------

def blog(*head: str, tail: list[str] | None = None) -> str:
    return "\n".join(["Harbour Living", *ABOUT_MENU, "Blog", "Recipes", *head, *PROSE["en"], *(tail or [])]) + "\n"


def test_about_menu_names_nobody() -> None:
    got = author(blog("Small kitchen ideas for a tiny flat"))
    assert got not in ("Work with Me", "Privacy Policy", "Me")


def test_about_menu_then_byline() -> None:
    got = author(blog("Small kitchen ideas for a tiny flat", "July 24, 2019 by Jane Doe 5 Comments"))
    assert got == "Jane Doe"


def test_about_box_with_a_bio_still_names() -> None:
    # a real bio under the heading: a sentence among its lines
    tail = ["About the Author", "Jane Doe", "Jane Doe is a food writer who has lived in small flats in three cities."]
    assert author(blog("Small kitchen ideas for a tiny flat", tail=tail)) == "Jane Doe"


def test_headline_is_no_bio_sentence() -> None:
    # a teaser's headline that opens with two capitalised words is no "Name is ..." sentence
    tail = ["Related", "Neutrinos Lead to a Surprise in Basic Maths", "About Harbour Living", "Archive", "Contact Us"]
    got = author(blog("Small kitchen ideas for a tiny flat", tail=tail))
    assert got != "Neutrinos Lead"


# --- a first name of two letters -----------------------------------------------------------------------------------

@pytest.mark.parametrize("head, want", [
    (["By", "Al Root", "Updated Nov. 19, 2019 8:21 am ET"], "Al Root"),
    (["By Ed Vogel", "Harbour Bureau"], "Ed Vogel"),
    (["By", "J. R.", "Updated Nov. 19, 2019 8:21 am ET"], None),  # initials only
    (["By", "DT LD", "Updated Nov. 19, 2019 8:21 am ET"], None),  # a desk's letters in capitals
])
def test_two_letter_first_name(head: list[str], want: str | None) -> None:
    assert author(page("en", *head)) == want


# --- negatives the brief asks for: none of these names the article's writer ------------------------------------------

@pytest.mark.parametrize("lines", [
    ["Minister Jane Doe said on Tuesday that the ferry would run earlier", "Nov 19, 2019"],  # a person in the news
    ["By the numbers", "Harbour Ferry Pro", "Nov 19, 2019"],  # a section's heading, a product's name
    ["Photo: Jane Doe", "Nov 19, 2019"],  # a caption's photographer
])
def test_brief_negatives(lines: list[str]) -> None:
    assert author(news(*lines)) is None


def test_quoted_letter_signature_is_no_author() -> None:
    letter = ["The letter the committee received ends:", "“We ask for an earlier crossing for our children.”",
              "Jane Doe", "Harbour Parents Association", "Nov 19, 2019"]
    text = "\n".join(NEWS_HEAD + PROSE["en"][:2] + letter + PROSE["en"][2:]) + "\n"
    assert author(text) is None
