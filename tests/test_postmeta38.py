"""postmeta38 (issue 11, famK family A): a post's meta line at the head, in any language.

New kinds of a record's evidence next to its date (postmeta.record_evidence): a stamp word without a colon, a handle
glued to the date or joined to it by a bullet / bar / slash, a section before a dash, a by-word and a handle opening
the line, a view count; dates the shapes missed (Korean 년월일, Persian / Arabic-Indic digits, Thai months, a Hebrew
month with its preposition); a record line cut out of a plain-text paragraph of several lines (postmeta.record_cuts);
the writer's handle of such a record (textbylines.record_line_name, tidy39). With the negatives: a news story's first sentence that
opens with a date and a place, a dateline in the body, a history article's line of dates, a sports result, an event
notice that is the article's content, a table of dates. Every document is written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.metashape import meta_line_shape
from cleaner.postmeta import record_cuts, record_evidence
from cleaner.textbylines import record_line_name

from _ferry import BODY, TITLE


def clean(*blocks: str, fmt: str = "text") -> cleaner.CleanResult:
    return cleaner.clean("\n\n".join(blocks) + "\n", format=fmt)


def removed(result: cleaner.CleanResult) -> list[str]:
    return [r.text.strip() for r in result.removed]


def kept(line: str, result: cleaner.CleanResult) -> bool:
    """``line`` in the clean text, blanks collapsed (the text output joins a wide gap into one blank)."""
    return " ".join(line.split()) in " ".join(result.text.split())


STANDFIRST = "The council will vote on the plan next week, after a month of talks with the ferry company."


# the new kinds, line by line

@pytest.mark.parametrize("line, kinds", [
    ("Diterbitkan 22 Nov 2024, 03:02 WIB", {"stamp_word", "clock"}),
    ("Date 2017/11/04 05:13:54", {"stamp_word", "clock"}),
    ("xiaoxiao2022-07-07  161", {"handle", "count"}),
    ("koomin·2024년 10월 15일 09:12", {"handle", "clock"}),
    ("Sport - 05-12-2025 15:34", {"section", "clock"}),
    ("oleh Redaksi diperbarui 22 Nov 2024, 03:02 WIB", {"byname", "clock"}),
    ("by janedoe 2022. 1. 23. 10:12", {"byname", "clock"}),
    ("2024-10-30 10:00 · 921 阅读", {"clock", "count"}),
    ("Actualités | 3 mars 2024  1,2K", {"handle", "count"}),
])
def test_record_evidence_new_kinds(line, kinds):
    assert set(record_evidence(line)) == kinds


@pytest.mark.parametrize("line", [
    "2024년 10월 15일",  # Korean year, month, day
    "١٥ أكتوبر ٢٠٢٤",  # Arabic-Indic digits
    "۱۵ مهر ۱۴۰۳",  # Persian digits and month, a solar year
    "15 ตุลาคม 2567",  # a Thai month, a Buddhist-era year
    "15 באוקטובר 2024",  # a Hebrew month with its preposition
])
def test_date_shapes(line):
    shape = meta_line_shape(line)
    assert shape is not None and shape[0] == "dateline"


@pytest.mark.parametrize("line", [
    "Seoul, 15 Oct 2024 — The two delegations met again on Tuesday to talk about trade.",  # a news lead
    "1914 - 1918 - 1939 - 1945",  # a history article's line of dates
    "Lakers 102 - 99 Celtics | 12.05.2024 21:30",  # a result with its score
    "Concert · Friday 12 May",  # an event without its time
    "Posted on June 3, 2020",  # a date and its stamp word alone (decision 3)
    "Paris | 3 March 1871",  # a place and a date
    "12 May 2024  12 June 2024  12 July 2024",  # a table's row of dates
    "Tuesday, 12 May 2024  5",  # a small number: a day, a rank
])
def test_record_evidence_none_or_one(line):
    assert len(record_evidence(line)) <= 1


# at the head of a document

def test_handle_and_count_record_at_head_goes():
    record = "xiaoxiao2022-07-07  161"
    result = clean(TITLE, STANDFIRST, record, *BODY)
    assert record in removed(result)
    assert STANDFIRST in result.text and all(body in result.text for body in BODY)


def test_stamp_word_record_at_head_goes():
    record = "Diterbitkan 22 Nov 2024, 03:02 WIB"
    result = clean(TITLE, STANDFIRST, record, *BODY)
    assert record in removed(result)


def test_record_line_cut_from_a_paragraph_at_head():
    result = clean(TITLE, "Forum: general talk\nDate 2017/11/04 05:13:54\nName janedoe", *BODY)
    assert "Date 2017/11/04 05:13:54" in removed(result)
    assert all(body in result.text for body in BODY)


def test_record_cuts():
    text = "Forum: general talk\nDate 2017/11/04 05:13:54\nName janedoe"
    cuts = record_cuts(text)
    assert [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])] == \
        ["Forum: general talk", "Date 2017/11/04 05:13:54", "Name janedoe"]
    assert record_cuts("A first line of prose.\nA second line of prose.") == []
    assert record_cuts("xiaoxiao2022-07-07  161") == []  # (one line: nothing to cut)


def test_record_under_the_title_stays_weak():
    # meta36's guard: the record right under the document's first line stays (the title would be left alone)
    record = "koomin·2024년 10월 15일 09:12"
    result = clean(TITLE, record, *BODY)
    assert TITLE in result.text


# the negatives: the article's own dates

def test_news_lead_with_date_and_place_stays():
    lead = "Seoul, 15 Oct 2024 — " + BODY[0]
    result = clean(TITLE, lead, *BODY[1:])
    assert lead in result.text


def test_dateline_in_body_stays():
    line = "Harbour News · 15 Oct 2024, 10:00  120"
    result = clean(TITLE, BODY[0], line, BODY[1], BODY[2])
    assert kept(line, result)


def test_history_dates_stay():
    dates = "1914 - 1918 - 1939 - 1945"
    result = clean(TITLE, BODY[0], dates, BODY[1], BODY[2])
    assert dates in result.text


def test_sports_result_at_head_stays():
    score = "Lakers 102 - 99 Celtics | 12.05.2024 21:30"
    result = clean(TITLE, STANDFIRST, score, *BODY)
    assert score in result.text


def test_event_notice_stays():
    event = "Concert: Friday 12 May, 20:00"
    for blocks in ((TITLE, event, *BODY), (TITLE, BODY[0], event, BODY[1], BODY[2])):
        assert event in clean(*blocks).text


def test_table_of_dates_stays():
    table = ["Opening · 12 May 2024  10", "Closing · 19 May 2024  12", "Results · 26 May 2024  14",
             "Awards · 2 June 2024  16"]
    result = clean(TITLE, BODY[0], *table, BODY[1], BODY[2])
    for row in table:
        assert kept(row, result)


def test_article_about_view_counts_keeps_its_sentences():
    sentence = "On 3 May 2024 the page had 161 views, and by the end of the week it had 2,400 more than that."
    result = clean(TITLE, sentence, *BODY)
    assert sentence in result.text


# the writer a record line names: one reading, textbylines.record_line_name (tidy39; postmeta.record_name, read by
# nothing in the library, is gone: its glued handle is read there, its other cases judged below)

@pytest.mark.parametrize("line, name", [
    ("koomin·2024년 10월 15일 09:12", "koomin"),
    ("xiaoxiao2022-07-07  161", "xiaoxiao"),  # (postmeta's glued handle, glued_handle)
    ("by janedoe 2022. 1. 23. 10:12", "janedoe"),
    ("by janedoe 2022. 1. 23.", "janedoe"),  # (one kind of record only, no clock: the name is read all the same)
    ("oleh janedoe diperbarui 22 Nov 2024, 03:02 WIB", "janedoe"),
])
def test_record_line_name(line, name):
    assert record_line_name(line) == name


@pytest.mark.parametrize("line", [
    "Sport - 05-12-2025 15:34",  # a section
    "Friday, 9 May 2025",
    "  oleh Redaksi diperbarui 22 Nov 2024, 03:02 WIB",  # a desk (team_words; postmeta.record_name said "Redaksi")
    "by Jesus Eligio, 12/15/06 12:24",  # a full name: the earlier bylines' (postmeta.record_name said "Jesus")
    "Posted2024-03-12 10:00",  # a record's word glued to the date, no handle
    "TNW中文站2016年10月14日07:17",  # a site's name glued to the date
])
def test_record_line_name_none(line):
    assert record_line_name(line) is None


def test_a_thread_of_signed_comments_keeps_its_signatures():
    # each comment's title and its signature "by <name> - <date> <clock>" (byname + clock): more record lines than
    # POST_META.record_max_lines before the first prose are a thread's entries, not the post's record
    comments = []
    for k, name in enumerate(["janedoe", "Rich D", "olaf", "k.lee", "max"]):
        comments.append(f"Comment number {k + 1}\nby {name} - Jan {k + 8}th 2000 13:08:2{k}\nAgreed, thanks.")
    result = clean(TITLE, *comments, *BODY)
    for k, name in enumerate(["janedoe", "Rich D", "olaf", "k.lee", "max"]):
        assert kept(f"by {name} - Jan {k + 8}th 2000 13:08:2{k}", result)
