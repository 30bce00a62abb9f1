"""One block model for every format: an HTML <br> line is split and judged like a line of a text file."""

from __future__ import annotations

import cleaner
from cleaner.readers.html import html_document
from cleaner.readers.text import text_units
from cleaner.blocks import Segmenter, Unit

BODY = ("Converting your home videos is easier than it looks: the free tools of today read every common format and "
        "write files that play on phones, televisions and old computers alike. ")
LAST = "Most players read MP4, AVI, and MKV, and the tools convert between them in a few minutes."
CREDIT = "Article Source: http://EzineArticles.com/10552371"


def _page(paragraphs: str) -> str:
    return ("<html><head><title>Converting home videos</title></head><body><article><h1>Converting home videos</h1>"
            f"<p>{BODY * 2}</p><p>{BODY}</p>{paragraphs}</article></body></html>")


def _words(text: str) -> list[str]:
    return text.replace("[", " ").replace("]", " ").replace("(", " ").replace(")", " ").split()


def test_a_credit_after_a_br_is_removed_from_html_as_from_text():
    html = cleaner.clean(_page(f"<p>{LAST}<br>Article Source: <a href='http://EzineArticles.com/10552371'>"
                               f"http://EzineArticles.com/10552371</a></p>"), format="html")
    text = cleaner.clean(f"Converting home videos\n\n{BODY * 2}\n\n{BODY}\n\n{LAST}\n{CREDIT}\n", format="text")
    for result in (html, text):
        assert LAST in result.text
        assert "Article Source" not in result.text and "EzineArticles" not in result.text
        assert [r.kind for r in result.removed] == ["source_credit"]
    assert html.removed[0].xpath == "/html/body/article/p[3]"  # the paragraph the line was in
    assert html.source_url == text.source_url == "http://EzineArticles.com/10552371"


def test_text_and_html_give_the_same_pieces():
    segmenter = cleaner.Cleaner().segmenter
    text = [b.plain for b in segmenter.blocks(text_units(f"{LAST}\n{CREDIT}\n", markdown=False))]
    page = html_document(_page(f"<p>{LAST}<br>{CREDIT}</p>"), segmenter=segmenter).blocks
    assert text == [LAST, CREDIT]
    assert [b.plain for b in page][-2:] == text
    assert page[-1].line_break and page[-1].group == page[-2].group


def test_lines_of_an_article_stay_one_paragraph_and_a_source_newline_is_a_space():
    # an address and a poem written with <br>: no cue starts a line, nothing is split or removed; a newline in the
    # page's source is a space, as a browser shows it
    poem = "The sea is calm tonight.<br>The tide is full, the moon lies fair<br>Upon the straits"
    result = cleaner.clean(_page(f"<p>{poem}</p><p>Written in\nDover, in the summer of 1851.</p>"), format="html")
    assert not result.removed
    assert "The sea is calm tonight. The tide is full, the moon lies fair Upon the straits" in result.text
    assert "The sea is calm tonight.\nThe tide is full, the moon lies fair\nUpon the straits" in result.markdown
    assert "Written in Dover, in the summer of 1851." in result.markdown


def test_a_link_keeps_the_space_around_it():
    # "<a>document </a>for" read "documentfor" (the label trimmed with its space)
    result = cleaner.clean(_page("<p>Read the <a href='http://ex.com/doc'>whole document </a>for the details, "
                                 "and<a href='http://ex.com/b'> the summary</a> too.</p>"), format="html")
    assert "Read the whole document for the details, and the summary too." in result.text
    assert "[whole document](http://ex.com/doc) for" in result.markdown


def test_no_text_of_the_blocks_vanishes_without_a_removal():
    page = _page(f"<p>{LAST}<br>{CREDIT}<br>Share this article on Facebook</p>"
                 "<ul><li>First point of the list.<br>Source: the survey of 2019</li></ul>"
                 "<blockquote>A quoted line.<br>Copyright 2019 The Quoted Paper</blockquote>")
    segmenter = cleaner.Cleaner().segmenter
    blocks = html_document(page, segmenter=segmenter).blocks
    result = cleaner.clean(page, format="html")
    words = _words(result.markdown + " " + " ".join(r.text for r in result.removed))
    for block in blocks:
        for word in _words(block.text):
            assert word in words, (word, block.text)


def test_the_segmenter_splits_the_units_of_every_reader_the_same_way():
    segmenter = cleaner.Cleaner().segmenter
    units = [Unit("paragraph", f"{LAST}\n{CREDIT}"), Unit("paragraph", f"{LAST}\n{CREDIT}", start=10),
             Unit("table", "| a | b |", plain="a | b")]
    blocks = segmenter.blocks(units)
    assert [(b.plain, b.group, b.start) for b in blocks] == [
        (LAST, 0, None), (CREDIT, 0, None), (LAST, 1, 10), (CREDIT, 1, 10 + len(LAST) + 1), ("a | b", 2, None)]


def test_headings_of_every_form_read_their_text_only():
    segmenter = cleaner.Cleaner().segmenter
    units = [Unit("heading", "Title of it\n===========", start=0, level=1), Unit("heading", "## Closing hashes ##", level=2),
             Unit("heading", "## Two lines\nof a heading", level=2)]  # an HTML heading with a <br>
    assert [b.plain for b in segmenter.blocks(units)] == ["Title of it", "Closing hashes", "Two lines of a heading"]


def test_text_pieces_leave_the_blanks_at_their_ends_out_even_when_not_split():
    # the segmenter strips every paragraph, list item and quote, split or not: offsets point at the text itself
    document = "Intro line of the post.   \n\n  - an indented item  \n"
    blocks = cleaner.Cleaner().segmenter.blocks(text_units(document, markdown=False))
    assert [document[b.start:b.end] for b in blocks] == ["Intro line of the post.", "- an indented item"]
