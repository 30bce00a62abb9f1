"""meta36 (issue 11, probeJ families J2-F1, J1-F2, J1-F3, J2-F7): a post's record by its make-up, bare source credits,
look-alike letters in labels, wiki links in front matter, a "by <Name>" line under the title.

(1) A date line with two kinds of evidence besides its date (a label and its colon, two stamps, a clock, a rubric
after a bullet, a by-name tail, an issue number, a comment noun) at the edges: the post's record. (2) An empty label
value ("Tagged with: , , ,") anywhere, and a meta line next to it. (3) A source lead and only a quoted name or the
title again. (4) "Tекст" with a Latin T is the label "Текст". (5) "[[Jane Roe]]" in front matter is "Jane Roe".
(6) "by Marcin" under the title. With the negatives: a lone date over the title, an event's date and a timeline in
the body, a recipe's line, a news dateline fused into the first sentence, a sentence about a site, a subtitle "by
Night", an article about tags. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.confusables import fold_confusables
from cleaner.postmeta import empty_value_label, record_evidence, source_line
from cleaner.textmeta import unwiki

from _ferry import BODY, TITLE


def clean(*blocks: str, fmt: str = "text") -> cleaner.CleanResult:
    return cleaner.clean("\n\n".join(blocks) + "\n", format=fmt)


def removed(result: cleaner.CleanResult) -> list[str]:
    return [r.text.strip() for r in result.removed]


# (1) the record's evidence, line by line

@pytest.mark.parametrize("line, kinds", [
    ("Posted: May 29, 2018 10:40 AMUpdated: May 29, 2018 2:49 PM", {"label", "stamps", "clock"}),
    ("15 января 2026, 16:24 • Новости дня", {"clock", "rubric"}),
    ("Ultimo aggiornamento 3 Marzo, 2021, 19:12:27 di Maurizio Barra", {"clock", "byname"}),
    ("Issue 58 Dec 03, 2023", {"issue"}),
    ("Posted on December 10, 2009 Leave a Comment", {"comment", "stamp_word"}),  # (postmeta38's stamp word)
    ("Dia: 8/01/2026", {"label"}),
])
def test_record_evidence(line, kinds):
    assert set(record_evidence(line)) == kinds


@pytest.mark.parametrize("line", [
    "Friday, 9 May 2025",  # a lone date
    "Tuesday, December 26, 2006",
    "Posted on June 3, 2020",
    "Wednesday 11 May 2005",  # a weekday and a day: no issue number
    "Dublin 16 October 2003",  # a place and a day
    "26-28 November 1997",  # a date range
    "Serves 4 · 20 min",  # a recipe's line
    "The council met on 3 May 2021 at 10:00 to vote.",  # a sentence
])
def test_record_evidence_none_or_one(line):
    assert len(record_evidence(line)) <= 1


def test_record_at_the_head_goes():
    result = clean("Posted: May 29, 2018 10:40 AMUpdated: May 29, 2018 2:49 PM", *BODY)
    assert removed(result) == ["Posted: May 29, 2018 10:40 AMUpdated: May 29, 2018 2:49 PM"]


@pytest.mark.parametrize("line", [
    "Friday, 9 May 2025",  # a lone date over the title stays (decision 3)
    "Posted on June 3, 2020",
])
def test_lone_date_over_title_stays(line):
    result = clean(line, TITLE, *BODY)
    assert line in result.text


def test_timeline_in_body_stays():
    timeline = ["12 May 2021, 10:00 | Polls open", "12 May 2021, 22:00 | Polls close", "13 May 2021, 09:00 | Results"]
    result = clean(TITLE, BODY[0], *timeline, BODY[1], BODY[2])
    for line in timeline:
        assert line in result.text


def test_event_date_paragraph_in_body_stays():
    event = "Saturday, 14 June 2025, 10:00 • Town Hall"
    result = clean(TITLE, BODY[0], event, BODY[1], BODY[2])
    assert event in result.text


def test_news_dateline_fused_into_first_sentence_stays():
    first = "PARIS, 3 May 2021, 10:00 — " + BODY[0]
    result = clean(TITLE, first, *BODY[1:])
    assert first in result.text


# (2) an empty value

@pytest.mark.parametrize("line", ["Tagged with: , , , ,", "Tags: | |", "Catégories : , ,", "タグ：、、"])
def test_empty_value(line):
    assert empty_value_label(line) is not None


@pytest.mark.parametrize("line", ["Tags: cookies, sharing", "Note: , as above", "Ratio: 1, 2, 3", "Tagged with: ,"])
def test_not_an_empty_value(line):
    assert empty_value_label(line) is None


def test_archive_record_between_posts_goes():
    post2 = "The second post of the archive tells how the pier was rebuilt after the storm of last winter, stone by " \
            "stone, with the help of the whole village."
    result = clean("A first post", *BODY, "Posted on December 10, 2009 Leave a Comment", "Tagged with: , , , ,",
                   "The pier rebuilt", post2, post2)
    assert "Tagged with: , , , ," in removed(result)
    assert "Posted on December 10, 2009 Leave a Comment" in removed(result)
    assert "The pier rebuilt" in result.text


def test_article_about_tags_keeps_its_sentences():
    about = "Tags: a blog shows them under each post, and a theme may leave the slots empty when none is set."
    result = clean(TITLE, BODY[0], about, *BODY[1:])
    assert about in result.text


# (3) a bare credit of a source

@pytest.mark.parametrize("line", ['Issu du site "Des lettres".', "Source : « Le Monde »", "Fuente: “El País”",
                                  f"원문링크 : {TITLE}", f"Original link: {TITLE}"])
def test_source_line(line):
    assert source_line(line, TITLE) is not None


@pytest.mark.parametrize("line", [
    "Issu du site archéologique de Lascaux, ce fragment date du paléolithique.",  # prose after the lead
    "Source: the survey of the harbour",  # no quotes, no title
    'Sourcebook "Harbours"',  # a word that starts with the lead
    "출처 : 네이버",  # a name without quotes (the cue files' lead decides that one)
])
def test_not_a_source_line(line):
    assert source_line(line, TITLE) is None


def test_source_line_in_the_middle_goes_and_quote_stays():
    quote = 'The mayor said: "Des lettres" is the name of the old ferry, and it will sail again next spring.'
    result = clean(TITLE, BODY[0], quote, 'Issu du site "Des lettres".', *BODY[1:])
    assert removed(result) == ['Issu du site "Des lettres".']
    assert quote in result.text


# (4) look-alike letters

def test_fold_confusables():
    assert fold_confusables("tекст: ольга") == "текст: ольга"  # a Latin t in a Cyrillic word
    assert fold_confusables("iphone и ipad") == "iphone и ipad"  # Latin words beside Cyrillic ones stay
    assert fold_confusables("fекст") == "fекст"  # a letter without a look-alike: the word stays


def test_confusable_label_gives_the_author():
    result = clean("Число пострадавших выросло до шести", "Tекст: Ольга Иванова",
                   "В результате аварии на трассе между двумя городами с участием автобуса и двух легковых автомобилей "
                   "пострадали шесть человек, среди которых водитель и пассажир.",
                   "Число пострадавших в результате аварии с пассажирским автобусом увеличилось до шести человек, "
                   "сообщили в ведомстве.")
    assert result.author == "Ольга Иванова"


# (5) wiki links in front matter

def test_unwiki():
    assert unwiki("[[Jane Roe]]") == "Jane Roe"
    assert unwiki("[[people/jr|Jane Roe]]") == "Jane Roe"
    assert unwiki("Jane Roe") == "Jane Roe"


@pytest.mark.parametrize("front", ['author:\n  - "[[Jane Roe]]"', 'author: "[[people/jr|Jane Roe]]"',
                                   "author: [[Jane Roe]]"])
def test_front_matter_wiki_author(front):
    text = f"---\ntitle: {TITLE}\n{front}\n---\n\n" + "\n\n".join(BODY) + "\n"
    assert cleaner.clean(text, format="markdown").author == "Jane Roe"


# (6) a "by <Name>" line under the title

@pytest.mark.parametrize("head", [[TITLE, "by Marcin", TITLE], [TITLE, "by Marcin"], [TITLE, "par Marcin"]])
def test_by_line_under_title(head):
    assert clean(*head, *BODY).author == "Marcin"


def test_by_subtitle_is_no_author():
    # "Night" is written in lower case in the text: a subtitle, not a name
    body = BODY[0] + " The night crossing was the quietest."
    assert clean("Paris", "by Night", body, *BODY[1:]).author is None


def test_by_line_far_from_title_is_no_author():
    assert clean(TITLE, BODY[0], "by Marcin", *BODY[1:]).author is None


def test_comment_signatures_at_the_tail_stay():
    # a comment thread the article keeps: each comment signed "Posted by: <name> at <date> <time>"
    comments = ["I took the early boat last winter and it was full every single day of the week.",
                "Posted by: Jane at Jun 1, 2005 12:57:57 AM",
                "Oops, the story about the pier above was me.",
                "Posted by: Frances at Jun 1, 2005 12:59:09 AM"]
    result = clean(TITLE, *BODY, *comments)
    for line in comments[:3]:  # (the document's last line alone goes as main's weak edge rule takes it)
        assert line in result.text


def test_record_right_under_the_first_line_stays_with_the_title():
    # the title must never be left alone between the document's start and a removal
    title = "Pearl dress STOLEN!!!!"
    result = clean(title, "2/26/2015 7:11 AM PST BY NEWS STAFF", *BODY)
    assert title in result.text


# (7) a photo credit closing a title's line without a full stop

PT_BODY = ["Recentemente, o instituto apresentou um estudo a respeito das demandas hídricas para 2050 e alertou para "
           "os riscos de racionamento nas cidades.",
           "Em entrevista ao site, a gerente de comunicação destacou que o estudo fez um alerta importante sobre os "
           "riscos crescentes de racionamento nos próximos anos."]


def test_photo_credit_at_the_end_of_a_title_line():
    title = "Instituto faz alerta de desabastecimento e racionamento prolongado de água"
    result = clean("Portal Sudoeste", f"{title} Foto: Ana Lima/Portal Sudoeste", *PT_BODY)
    assert removed(result) == ["Foto: Ana Lima/Portal Sudoeste"]
    assert title in result.text


@pytest.mark.parametrize("line", [
    "A reforma da cozinha ficou pronta em maio Foto: Ana Lima",  # no slash: a name alone may be the caption's
    "O fotógrafo explicou a técnica usada no retrato Foto: a luz/sombra do fim da tarde",  # lower-case words
])
def test_title_line_without_a_slash_credit_stays(line):
    result = clean("Portal Sudoeste", line, *PT_BODY)
    assert line in result.text


# (8) a record over the title with a label, an issue's number, a comment noun or two stamps: no lone date

@pytest.mark.parametrize("line", ["Issue 58 Dec 03, 2023", "Dia: 8/01/2026"])
def test_record_over_title_with_evidence_goes(line):
    result = clean(line, TITLE, *BODY)
    assert removed(result) == [line]
    assert TITLE in result.text


@pytest.mark.parametrize("line", ["Monday, May 23, 2005", "Friday, 9 May 2025"])
def test_dated_record_over_title_stays(line):
    assert line in clean(line, TITLE, *BODY).text


# (9) a reposting platform's head record: "Original" / name / account / date

ZH_BODY = ["修例风波以来,市民与警方的关系受到影响。记者专访了公共关系科的负责人,他谈到警务人员需要表现专业,并且把这份专业展现给市民。",
           "他表示,在处理假消息和谣言方面都需要下功夫,让市民知道执法的原因,减少误解,重建互信。"]


def test_original_label_byline():
    result = clean("专访:守护城市的决心", "Original\n王小明\n城市新闻\n2021-06-26", *ZH_BODY)
    assert result.author == "王小明"


@pytest.mark.parametrize("head", [
    "Original\n王小明\n城市新闻",  # no date under it
    "Original\nthe first version of the song",  # no name
])
def test_original_label_without_record_is_no_author(head):
    assert clean("专访:守护城市的决心", head, *ZH_BODY).author is None


# (10) a date printed twice with its clock; a date over the site's name as the first block

def test_doubled_stamp():
    from cleaner.postmeta import doubled_stamp
    assert doubled_stamp("Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26")
    assert not doubled_stamp("3 May 2021 10:00 – 4 May 2021 18:00")  # an event's range
    assert not doubled_stamp("15 December 2014 00:26")  # one date
    assert not doubled_stamp("Le 15 décembre 2014 à 00:26, le port a fermé")  # words of a sentence


def test_doubled_stamp_at_the_head_goes():
    line = "Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26"
    assert line in removed(clean(line, *BODY))


def test_date_over_site_name_goes():
    result = clean("Friday, 9 May 2025\nHarbourTimes", TITLE, *BODY)
    assert removed(result) == ["Friday, 9 May 2025\nHarbourTimes"]


@pytest.mark.parametrize("head", [
    "Friday, 9 May 2025\nHarbour",  # "harbour" is a word of the text: the title's place, not a site's name
    "Friday, 9 May 2025\nJane Roe",  # two words: a byline
])
def test_date_over_a_word_of_the_text_stays(head):
    assert head.split("\n")[1] in clean(head, *BODY).text


# (11) a post's categories after a category lead, at the edges

@pytest.mark.parametrize("line", ["trong danh mục Business, Web Design, Web Programming",
                                  "Publicaciones de la categoría: Economía digital", "in category Harbour, Ferries"])
def test_category_line_under_title_goes(line):
    result = clean(TITLE, line, *BODY)
    assert removed(result) == [line]


@pytest.mark.parametrize("line", [
    "In category after category the jury chose the oldest film.",  # a sentence
    "In the category of best films, Paris won.",  # lower-case items
    "In category Ferries the council counted 3 new boats and 2 old ones this year, more than ever before.",
])
def test_category_sentence_stays(line):
    from cleaner.postmeta import category_line
    assert category_line(line) is None
    assert line in clean(TITLE, line, *BODY).text


def test_category_line_in_the_middle_stays():
    line = "in category Harbour, Ferries"
    assert line in clean(TITLE, BODY[0], line, *BODY[1:]).text


# (12) a post's record under a ticker's "•" item is a block of its own

def test_record_under_bullet_item_is_its_own_block():
    from cleaner.readers.text import text_units
    units = text_units("• Hour's news: the ferry strike ends\n15 января 2026, 16:24 • Новости дня\n\n" + BODY[0] + "\n",
                       markdown=False)
    assert [u.type for u in units][:2] == ["list_item", "paragraph"]
    assert units[1].text.strip() == "15 января 2026, 16:24 • Новости дня"


def test_item_continued_by_a_date_line_stays_one_item():
    # a chronology's item whose lazy second line holds a date: one kind of evidence only, the item goes on
    from cleaner.readers.text import text_units
    units = text_units("• The ferry sailed again\n3 May 2021, 10:00 from the old pier\n\n" + BODY[0] + "\n",
                       markdown=False)
    assert units[0].type == "list_item" and "old pier" in units[0].text
