"""authors11f: authors in a page's text whose lines are its blocks (WET), more byline families: a CJK byline line,
a post's footer byline, a third-person bio at the end, a platform's card with a reading time, a date before the
name, an avatar's alt text or a picture's credit above the name. Written by us, in our own words."""

from __future__ import annotations

import pytest

import cleaner
from test_authors11e import BODY as BODY_11E, MENU, TITLES as TITLES_11E

BODY = dict(BODY_11E)
TITLES = dict(TITLES_11E)
BODY["zh"] = ["港务局周一宣布，由于潜水员在水线以下发现多根木桩已经腐烂，旧码头将在春季关闭进行维修，工程预计持续四个月左右。",
              "平时停靠在那里的渔船将暂时迁往北码头，前往岛上的渡轮在施工期间仍按原有时刻表运行，港务局表示将尽量减少对居民出行的影响。"]
TITLES["zh"] = "旧码头春季关闭维修"
BODY["ja"] = ["港湾局は月曜日、潜水士が水面下で腐った木の杭を何本も見つけたことから、古い桟橋を春に改修のため閉鎖すると発表した。",
              "そこに係留している漁船は約四か月間北側の岸壁に移り、島へのフェリーは工事期間中も通常の時刻表で運航する予定だという。"]
TITLES["ja"] = "古い桟橋、春に閉鎖へ"
TAIL = ["Share this article", "Comments (0)", "Related", "Privacy Policy"]


def _page(lang: str, head: list[str], tail: list[str] | None = None, body: list[str] | None = None) -> str:
    """A page text: a menu, the title, the ``head`` lines, the article, the ``tail`` lines; one element a line."""
    return "\n".join(MENU + [TITLES[lang]] + head + (body or BODY[lang]) + (TAIL if tail is None else tail)) + "\n"


def _author(text: str) -> str | None:
    return cleaner.clean(text, format="text").author


# --- a Chinese or Japanese byline on its own line at the head -------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("zh", ["文/王小明", "2024-03-12 10:20"], "王小明"),
    ("zh", ["文｜王小明"], "王小明"),
    ("zh", ["记者 王小明", "2024-03-12"], "王小明"),
    ("zh", ["来源：海港日报 记者 王小明", "2024-03-12"], "王小明"),
    ("zh", ["本报记者 王小明 李华", "2024-03-12"], "王小明; 李华"),  # the names after it, parted by spaces
    ("zh", ["本报记者王小明"], "王小明"),  # glued: the name opens with a surname
    ("ja", ["記者 山田太郎", "2024年3月12日"], "山田太郎"),
    ("ja", ["文・山田太郎"], "山田太郎"),
    ("ja", ["山田太郎記者", "2024年3月12日 10:20"], "山田太郎"),
])
def test_cjk_byline_line(lang, head, name):
    assert _author(_page(lang, head)) == name


@pytest.mark.parametrize("lang, head", [
    ("zh", ["记者节快乐", "2024-03-12"]),  # Journalists' Day: no surname after the label
    ("ja", ["政治部記者", "2024年3月12日"]),  # a newsroom's unit, not a person
    ("zh", ["摄影/王小明", "2024-03-12"]),  # a photographer's credit
    ("zh", ["责任编辑：王小明"]),  # the editor on duty
])
def test_cjk_line_that_names_no_author(lang, head):
    assert _author(_page(lang, head)) is None


# --- a post's footer byline just after the article ------------------------------------------------------------------
@pytest.mark.parametrize("lang, tail, name", [
    ("en", ["Posted by Jane Doe at 8:50 AM", "No comments:", "Post a Comment"], "Jane Doe"),
    ("es", ["Publicado por Ana López en 10:20", "Compartir", "Comentarios"], "Ana López"),
    ("de", ["von", "Hans Muster", "Abo", "Kommentare"], "Hans Muster"),
])
def test_footer_byline(lang, tail, name):
    assert _author(_page(lang, [], tail)) == name


def test_footer_byline_of_a_list_of_comments_is_no_author():
    """The label opens other lines too: each comment (or each teaser) has its byline."""
    comment = ("I think the pier should have been repaired years ago, and the ferry timetable was always a mess in "
               "the spring anyway.")
    tail = ["By Tom Smith, at 5:52 PM", comment, "By Ann Lee, at 7:09 PM", "Post a Comment"]
    body = BODY["en"] + [comment]
    assert _author(_page("en", [], tail, body)) is None


# --- a third-person bio in the last lines -----------------------------------------------------------------------
@pytest.mark.parametrize("lang, line, name", [
    ("en", "Jane Doe is a reporter at the Harbour Times covering ports and shipping.", "Jane Doe"),
    ("en", "Jane Doe is an award-winning journalist based on the island.", "Jane Doe"),
    ("fr", "Marie Dupont est journaliste au Quotidien du Port.", "Marie Dupont"),
    ("de", "Hans Muster ist Redakteur im Ressort Wirtschaft.", "Hans Muster"),
    ("es", "Ana López es periodista de la sección de economía.", "Ana López"),
])
def test_tail_bio(lang, line, name):
    assert _author(_page(lang, [], [line, "Share", "Comments"])) == name


def test_tail_bio_of_a_person_the_article_names_is_no_author():
    body = [BODY["en"][0], "Doe said the closure was overdue and that the ferry would keep its timetable during the "
                           "works on the pier."]
    tail = ["Jane Doe is a journalist who has covered the port for years.", "Share this article"]
    assert _author(_page("en", [], tail, body)) is None


@pytest.mark.parametrize("lang, tail, body", [
    # no writer's role: a person the article names
    ("en", ["Jane Doe is a harbour master who has run the port since 2010.", "Share"], None),
    ("fr", ["Marie Dupont est maire de la commune depuis 2014.", "Partager"], None),
    # a quoted speaker
    ("en", ["\u201cIt was overdue,\u201d said Jane Doe, a columnist at the Harbour Times.", "Share"], None),
    # the article's first sentence: its subject
    ("en", None, ["Jane Doe is a reporter at the Harbour Times who was honoured on Monday for her series on the old "
                  "pier, which led the authority to close it for repairs.", BODY["en"][1]]),
])
def test_no_tail_bio(lang, tail, body):
    assert _author(_page(lang, [], tail, body)) is None


# --- a platform's card, a date before the name, what stands above the name ------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", ["Jane Doe · 5 min read", "Mar 12, 2024"], "Jane Doe"),
    ("en", ["Jane Doe", "·", "5 min read", "·", "Mar 12, 2024"], "Jane Doe"),
    ("fr", ["Marie Dupont · 4 min de lecture"], "Marie Dupont"),
    ("en", ["March 12, 2024 | Jane Doe"], "Jane Doe"),
    ("de", ["12.03.2024 · Hans Muster"], "Hans Muster"),
    ("en", ["Photo: Reuters", "Jane Doe", "March 12, 2024"], "Jane Doe"),  # a picture's credit above
    ("de", ["Profilbild von Hans Muster", "Hans Muster", "12.03.2024"], "Hans Muster"),  # an avatar's alt text
    ("fr", ["Par | Marie Dupont |", "le 14.09.2020"], "Marie Dupont"),  # bars around the name
])
def test_card_date_and_above(lang, head, name):
    assert _author(_page(lang, head)) == name


@pytest.mark.parametrize("lang, head", [
    ("en", ["Harbour Notes · 5 min read", "Mar 12, 2024"]),  # a publication (its words written in lower case)
    ("en", ["By Harbour Authority Press Office", "March 12, 2024"]),  # an organisation
    ("de", ["04. November 2021 | PAID CONTENT"]),  # a sponsored post's badge
    ("en", ["Photo: Jane Doe", "March 12, 2024"]),  # a photographer's credit
    ("en", ["Editor's note: This story was updated on March 13 to correct the date of the works."]),
    ("en", ["Jane Doe, John Roe, Ann Lee, Mark Smith, Mary Jones"]),  # a list of names alone
    ("en", ["Translated by Jane Doe"]),
])
def test_no_author_at_the_head(lang, head):
    assert _author(_page(lang, head)) is None


def test_a_listing_of_posts_cards_is_no_byline():
    """A blog's list of posts: each a title, a teaser, the author, "·", the date: not the page's author."""
    cards = []
    for title, who, when in (("Harbour lights return", "Tom Smith", "May 2, 2024"),
                             ("The ferry's new timetable", "Ann Lee", "May 13, 2024")):
        cards += [title, "A short note on what changes for the island this spring.", who, "·", when]
    text = "\n".join(MENU + cards + BODY["en"] + TAIL) + "\n"
    assert _author(text) is None


# --- a relative date under the name ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, head, name", [
    ("en", ["Jane Doe", "3 hours ago"], "Jane Doe"),
    ("fr", ["Marie Dupont", "il y a 2 heures"], "Marie Dupont"),
    ("de", ["Hans Muster", "vor 3 Stunden"], "Hans Muster"),
    ("es", ["Ana López", "Actualizado hace 2 horas"], "Ana López"),
])
def test_name_then_relative_date(lang, head, name):
    assert _author(_page(lang, head)) == name


@pytest.mark.parametrize("line, expected", [
    ("3 hours ago", True), ("Updated 3 hours ago", True), ("il y a 2 heures", True), ("3小时前", True),
    ("5 min read", False), ("3 days", False), ("It was 3 days ago", False),
])
def test_relative_time_shape(line, expected):
    from cleaner.linebylines import _is_relative_time

    assert _is_relative_time(line) is expected


def test_section_name_over_a_relative_date_is_no_author():
    assert _author(_page("en", ["Harbour News", "3 hours ago"])) is None


def test_page_head_stops_at_the_article():
    """A page's text run into one block: the head fallbacks read no line after the article's start (a comment's
    "By Tom Smith, at 5:52 PM" is no byline with a role)."""
    from cleaner.textmeta import _prose_run

    prose = ("The harbour authority said on Monday that the old pier will close for repairs in the spring, after divers "
             "found rotten piles.")
    lines = ["Home", "News", "Title", prose, "A line.", prose, "By Tom Smith, at 5:52 PM"]
    assert _prose_run(lines) == 3
    assert _prose_run(["Home", "News", "Title"]) == 3


def test_label_line_under_a_share_bar():
    """A byline's label line further up than the usual lines: a share bar and a caption between it and the article."""
    share = ["Share", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link", "Print", "Comments", "Save", "Listen",
             "Photo: the old pier at low tide", "Harbour Authority"]
    assert _author(_page("en", ["By Jane Doe", "March 12, 2024"] + share)) == "Jane Doe"


def test_list_of_articles_far_above_is_no_byline():
    """Further up, a label that opens other lines of the zone: a list of articles' titles, each with its "by …"."""
    items = []
    for title, who in (("Harbour lights", "Tom Smith"), ("Ferry times", "Ann Lee"), ("Pier works", "Tom Smith")):
        items += [title, "by " + who]
    filler = ["Archives", "Daily notes", "Search", "Subscribe", "Events", "Books", "Podcast", "Video", "Contact", "Jobs",
              "Donate"]
    text = "\n".join(MENU + items + filler + BODY["en"] + TAIL) + "\n"
    assert _author(text) is None


def test_byline_of_a_text_wrapped_at_a_fixed_width():
    """An old page's text wrapped at a fixed width: no line has a line of prose's length, the article starts at the
    first run of long lines, and the byline just above it is read."""
    wrapped = ["The harbour authority said on Monday that the old pier will",
               "close for repairs in the spring, after divers found that several",
               "of its wooden piles had rotted below the waterline, and the ferry",
               "to the island will keep its usual timetable during the works."]
    assert _author("\n".join(MENU + [TITLES["en"], "By Jane Doe"] + wrapped) + "\n") == "Jane Doe"


def test_dated_byline_whose_surname_is_a_word():
    """"By Tom Waters, Harbour Staff | February 3, 2005": with a date after it, a name's word the text writes in lower
    case ("waters") is still a name's; without one it is not ("By Public Transport and Private Cars")."""
    body = [BODY["en"][0], "The works in the harbour's shallow waters take four months, and the ferry to the island "
                           "will keep its usual timetable, the authority said in a statement."]
    assert _author(_page("en", ["By Tom Waters, Harbour Staff | February 3, 2005"], None, body)) == "Tom Waters"
    assert _author(_page("en", ["By Tom Waters"], None, body)) is None
