"""The post's record under the title in plain text (detectors/header_record.py, data/meta_lines.json counts / pages;
text11i). Cases as data: fixtures/cases/positive.headerrecord.json, negative.headerrecord.json."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.header_record import count_line, header_record_findings, line_class, record_block
from cleaner.model import Block

PROSE = ("The council met on Tuesday to discuss the new timetable for the river ferries, and after a long debate it "
         "agreed to keep the early boat on weekdays while the late one will run only in summer.")


def _block(text: str) -> Block:
    return Block(index=0, type="paragraph", text=text, plain=" ".join(text.split()))


@pytest.mark.parametrize("line", [
    "53 views", "by Jane Roe 53 views", "Lecture 29 min.", "5 min read", "阅读:159", "조회 1234", "Posts: 88",
    "( Read 1372 times with 3 comments )", "Exibindo página 1 de 3", "Page 2 of 7", "Trang 1 trên tổng số 2",
    "12 Kommentare", "komentarzy 4", "2023-05-02 10:00 · 阅读 1532 · 评论 4", "阅读10544次", "เข้าชม 1234",
])
def test_count_lines(line):
    assert count_line(line)


@pytest.mark.parametrize("line", [
    "Page 7", "Page: 784", "Part 2: The reply", "Serves 4", "10 min", "Prep time 10 min", "Chapter 3",
    "3 comentarios sobre la reforma del agua en la comarca", "How many views does a video need?", "2 1",
    "12 March 2024", "The video reached 2 million views in a week after it was posted online by the city.",
    "阅读理解第2篇", "การประชุมครั้งที่ 2",  # a noun inside a run of letters without spaces: a reading exercise, the 2nd
])
def test_not_count_lines(line):
    assert not count_line(line)


def test_line_classes():
    assert line_class("724") == "value"
    assert line_class("Bài viết") == "label"
    assert line_class("12 mars 2024") == "date"
    assert line_class("A sentence that goes on and tells the reader something about the harbour.") is None


@pytest.mark.parametrize("text", [
    "commentaires 0 Partager\nLecture 29 min.", "Joined\n09 2007\nPosts\n724", "by Jane Roe 53 views",
    "Exibindo página 1 de 3\nAgenda 01/10/2000 às 00:00",
])
def test_record_blocks(text):
    assert record_block(_block(text)) is not None


@pytest.mark.parametrize("text", [
    "by Jane Roe\n12 March 2024",  # a byline and a date: decision 3
    "Prep time\n10 min\nCook time\n35 min\nServes\n4",  # a recipe's facts
    "Population\n12400\nArea\n46",  # a fact box: no count noun
    "0\n2097",  # numbers alone
    "Views\nof the harbour",  # a label over no value
    "53 views\nThe council met on Tuesday to discuss the timetable.",  # a sentence in the block
])
def test_not_record_blocks(text):
    assert record_block(_block(text)) is None


def _doc(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_only_between_the_title_and_the_prose():
    # under the title: goes; the same line after the first paragraph of prose: the article's
    head = cleaner.clean(_doc("Ferry timetable changes", "by Jane Roe 53 views", PROSE, "The late boat ends in September."),
                         format="text")
    assert "53 views" not in head.text
    assert any(r.rule == "navigation.header_record" for r in head.removed)
    body = cleaner.clean(_doc("Ferry timetable changes", PROSE, "by Jane Roe 53 views", PROSE), format="text")
    assert not any(r.rule == "navigation.header_record" for r in body.removed)


def test_plain_text_only():
    markdown = cleaner.clean(_doc("# Ferry timetable changes", "commentaires 4 Partager\nLecture 6 min.", PROSE),
                             format="markdown")
    assert not any(r.rule == "navigation.header_record" for r in markdown.removed)


def test_the_header_is_a_few_blocks():
    labels = [f"Label {k}" for k in range(10)]
    blocks = [_block(t) for t in ["Title of the post", *labels, "53 views", PROSE]]
    for k, block in enumerate(blocks):
        block.index = k
    found = header_record_findings(blocks, [[] for _ in blocks], title=0)
    assert not found[11]  # 11 blocks below the title: past HEADER_RECORD.max_blocks
    found = header_record_findings(blocks[:1] + blocks[10:], [[] for _ in blocks[:1] + blocks[10:]], title=0)
    assert [f.rule for f in found[2]] == ["navigation.header_record"]


def test_kinds_switch_it_off():
    blocks = [_block("Title of the post"), _block("53 views"), _block(PROSE)]
    assert header_record_findings(blocks, [[], [], []], kinds=("author_bio",), title=0) == [[], [], []]
