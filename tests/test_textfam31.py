"""Plain-text page families of the tuning probes (branch textfam31; issue 11): weak findings in a row at a page
text's head, a listing's repeated "read more" lines, and what they never take. Our own words throughout."""

from __future__ import annotations

import cleaner
from cleaner.decision import Thresholds, decide
from cleaner.model import Block, Finding

PROSE = "A body paragraph that is long enough to count as the article's own prose, with no link in it at all. " * 2
TEASER = "The harbour town voted on Sunday to keep its old ferry running for two more summers, the council said."


def blocks_of(*texts) -> list[Block]:
    return [Block(i, "paragraph", text, text, group=i) for i, text in enumerate(texts)]


def f(rule="navigation.dateline", strength=0.5, kind="navigation", match="structure", cue="cue") -> Finding:
    return Finding(kind, rule, cue, strength, False, match)


def decided(blocks, findings, text=True, title_index=None) -> list[bool]:
    return [v.keep for v in decide(blocks, findings, Thresholds(), title_index=title_index, text=text).verdicts]


# --- weak findings in a row at the head (``_weak_runs``) ------------------------------------------------------------
def test_a_contact_line_and_a_date_line_under_the_title_go_together():
    blocks = blocks_of("Ferry service saved for two more summers", "news@example.org, desk@example.org",
                       "Input 2022-08-08 16:58:04", PROSE, PROSE)
    findings = [[], [f("call_to_action.contact_line", 0.4, "call_to_action")], [f()], [], []]
    assert decided(blocks, findings, title_index=0) == [True, False, True, True, True]  # the date stays (decision 3)
    blocks = blocks_of("Ferry service saved for two more summers", "news@example.org", "Input 2022-08", PROSE, PROSE)
    assert decided(blocks, findings, title_index=0) == [True, False, False, True, True]  # a month: no post's date
    blocks = blocks_of("Ferry service saved for two more summers", "December 18, 2020", "2 responses", PROSE, PROSE)
    findings = [[], [f()], [f("navigation.counter")], [], []]
    assert decided(blocks, findings, title_index=0) == [True, True, False, True, True]
    assert decided(blocks, findings, text=False, title_index=0) == [True, True, True, True, True]  # text only


def test_weak_runs_negatives_one_weak_line_one_shape_no_date_the_tail():
    # a date under the title alone stays (decision 3)
    blocks = blocks_of("Ferry service saved for two more summers", "Input 2022-08-08 16:58:04", PROSE, PROSE)
    assert decided(blocks, [[], [f()], [], []], title_index=0) == [True, True, True, True]
    # two date lines in a row ("Published" over "Last modified"): one shape, the page's record the gold keeps
    blocks = blocks_of("Ferry service saved for two more summers", "Published: June 3, 2005, 9:04 AM",
                       "Last modified: June 3, 2005, 2:35 PM", PROSE, PROSE)
    assert decided(blocks, [[], [f()], [f()], [], []], title_index=0) == [True, True, True, True, True]
    # a contact card without a date: the article's own
    blocks = blocks_of("Ferry service saved for two more summers", "phone: (555) 123-0016", "web: www.example.org",
                       PROSE, PROSE)
    findings = [[], [f("navigation.counter")], [f("call_to_action.contact_line", 0.4, "call_to_action")], [], []]
    assert decided(blocks, findings, title_index=0) == [True, True, True, True, True]
    # at the tail: an article's closing details stay
    blocks = blocks_of("Ferry service saved for two more summers", PROSE, PROSE, "Updated 2022-08-08 16:58",
                       "desk@example.org")
    findings = [[], [], [], [f()], [f("call_to_action.contact_line", 0.4, "call_to_action")]]
    assert decided(blocks, findings, title_index=0)[3:] == [True, True]


# --- a listing's "read more" lines (``_teaser_tails``) --------------------------------------------------------------
def read_more() -> Finding:
    return f("related.heading", 0.95, "related", "heading", "read more [en]")


def test_a_read_more_line_after_each_teaser_goes_though_repeated():
    blocks = blocks_of("Opinion", "Ferry saved", TEASER, "Read more", "Pier closed", TEASER, "Read more »",
                       "Market moves", TEASER, "Read more")
    findings = [[] for _ in blocks]
    for i in (3, 6, 9):
        findings[i] = [read_more()]
    keep = decided(blocks, findings, title_index=0)
    assert [keep[i] for i in (3, 6, 9)] == [False, False, False]
    assert all(keep[i] for i in (0, 1, 2, 4, 5, 7, 8))  # the teasers and their titles are the listing's content


def test_teaser_tails_negatives_a_heading_over_lists_markdown_a_sentence():
    # a related heading repeated over short lines (a wiki's "See also" over its lists): the document's structure
    blocks = blocks_of("Ferry saved", PROSE, "Read more", "Ferry timetable", "Read more", "Pier history",
                       "Read more", "Market hours", PROSE)
    findings = [[] for _ in blocks]
    for i in (2, 4, 6):
        findings[i] = [read_more()]
    assert all(decided(blocks, findings, title_index=0))
    # Markdown and HTML: as before
    blocks = blocks_of("Opinion", TEASER, "Read more", TEASER, "Read more", TEASER, "Read more")
    findings = [[] for _ in blocks]
    for i in (2, 4, 6):
        findings[i] = [read_more()]
    assert all(decided(blocks, findings, text=False, title_index=0))
    # a sentence that holds the cue is not the cue alone
    text = "\n\n".join(["Opinion", TEASER, "Read more about the ferry in our archive of local news.", TEASER,
                       "Read more about the ferry in our archive of local news.", TEASER,
                       "Read more about the ferry in our archive of local news."])
    result = cleaner.clean(text, format="text")
    assert result.text.count("Read more about the ferry") == 3


# --- the page's record fields, archive headings, a server's error with a line glued, a camel-case credit -----------
import pytest  # noqa: E402

from cleaner.detectors.line_shapes import archive_heading, meta_fields, no_title, photo_credit, server_error  # noqa: E402


@pytest.mark.parametrize("line", [
    "Source: Harbour Weekly | Views: 1204",
    "Section: Sport · Tags: ferry, pier · 12 comments",
    "时间:2021-05-02 09:12 来源:example.cn 作者:王小明",
    "文档编号:123456阅读:88来源:网络",
    "Quelle: dpa · Aufrufe: 532",
    "Источник: ТАСС, просмотров: 1500",
])
def test_meta_fields(line):
    assert meta_fields(line) is not None


@pytest.mark.parametrize("line", [
    "Prep time: 25 min | Cook time: 1 h",  # a recipe's card
    "Date: 5 May | Place: Town hall | Tickets: free",  # an event's card
    "Published: May 7, 2002 Updated: March 7, 2005",  # the post's own dates (decision 3)
    "Author: Jane Roe Editor: John Doe",  # the post's byline
    "Anna: Did you see the ferry? Ben: Yes, at noon.",  # a dialogue
    "Source: the harbour master's log",  # one field: the article may cite it
    "来源：海港日报 编辑：王小明",  # a source and its editor without a number: a credit the article may keep
    "Note: the views of the council on the pier are mixed, as the survey shows in its tables.",
])
def test_meta_fields_negatives(line):
    assert meta_fields(line) is None


@pytest.mark.parametrize("line", [
    "Monthly Archive: June 2019", "Archive for the 'Harbour' Category", "Browsing Category",
    "Archives de la catégorie : Cuisine", "Archiv der Kategorie: Reisen", "分类目录归档：新闻",
])
def test_archive_heading(line):
    assert archive_heading(line) is not None
    assert no_title(line)  # a listing's heading is never the article's title


@pytest.mark.parametrize("line", [
    "Archives", "Archive footage shows the old harbour in 1950.", "The archive for the harbour opens again",
    "Browsing categories of old ferries is how I spend my Sunday afternoons now",
])
def test_archive_heading_negatives(line):
    assert archive_heading(line) is None


def test_archive_heading_goes_at_the_head_but_stays_in_the_body():
    body = ("The ferry left the harbour at dawn, as it has done every morning for forty years, and the town "
            "watched it go from the pier with the usual mix of pride and worry about the weather.")
    text = f"Monthly Archive: June 2019\n\nFerry keeps its summer timetable\n\n{body}\n\n{body}"
    result = cleaner.clean(text, format="text")
    assert "Monthly Archive" not in result.text and "Ferry keeps its summer timetable" in result.text
    # the article's own heading in its body
    text = f"Ferry keeps its summer timetable\n\n{body}\n\nArchive for the Harbour\n\n{body}"
    assert "Archive for the Harbour" in cleaner.clean(text, format="text").text


def test_server_error_with_a_label_line_glued_under_it():
    error = ("Warning: include_once(): Failed opening 'wp-x.php' for inclusion in /var/www/site/post.php on line 1")
    assert server_error(error + "\nJune | 2019 | harbourblog")
    assert not server_error(error + "\nThe ferry left the harbour at dawn. It was late.")  # a sentence: not a label
    assert not server_error(error + "\nJune | 2019\nharbourblog")  # more than one line


def test_camel_case_credit():
    assert photo_credit("Foto: iStock") is not None
    assert photo_credit("Photo: the team at work") is None


# --- a widget's state lines (data/chrome.json ``ui``) ---------------------------------------------------------------
BODY = ("The ferry left the harbour at dawn, as it has done every morning for forty years, and the town watched it "
        "go from the pier with the usual mix of pride and worry about the weather.")


@pytest.mark.parametrize("line", ["No results found", "Tidak ada hasil yang ditemukan", "Teks penuh", "ขนาดอักษร",
                                  "اذهب إلى المحتوى", "Texte intégral", "Мобильная версия"])
def test_widget_state_lines_go_at_the_head(line):
    text = f"{line}\n\nFerry keeps its summer timetable\n\n{BODY}\n\n{BODY}"
    assert line not in cleaner.clean(text, format="text").text


def test_widget_state_words_in_the_article_stay():
    text = (f"Ferry keeps its summer timetable\n\n{BODY}\n\nFull text\n\n{BODY}\n\n"
            "The full text of the council's decision was published on Monday, and no results of the vote were hidden.")
    result = cleaner.clean(text, format="text").text
    assert "Full text" in result and "The full text of the council's decision" in result


def test_teaser_tails_negative_a_lead_with_a_colon_after_each_post():
    blocks = blocks_of("Ferry saved", PROSE, "Related posts:", "Pier closed", PROSE, "Related posts:", "Market moves",
                       PROSE, "Related posts:", "Harbour news")
    findings = [[] for _ in blocks]
    for i in (2, 5, 8):
        findings[i] = [f("related.heading", 0.95, "related", "heading", "related posts [en]")]
    assert all(decided(blocks, findings, title_index=0))


# (a known limit until postmeta38: postmeta.record_cuts cuts the record line, a label and a clock, out of the paragraph)
def test_a_record_line_below_the_title_of_a_wet_paragraph_is_cut_out_and_goes():
    prose = ("我们把小程序的数据库从只能在一种系统上运行的格式改成了可以跨平台运行的格式，这一回我们继续讨论部署之后遇到的"
             "各种问题，以及怎样一步一步地找到它们的原因并且解决它们。")
    text = f"港口渡轮的夏季时刻表\n时间:2021-05-02 09:12 来源:example.cn 作者:王小明\n{prose}\n{prose}\n{prose}"
    result = cleaner.clean(text, format="text")
    assert "来源:example.cn" not in result.text
    assert "港口渡轮的夏季时刻表" in result.text and prose in result.text
