"""Property tests (hypothesis) for the reliability guarantees of docs/reliability.md, over generated documents:
random text, realistic text and Markdown articles, random HTML and mutations of the project's fixtures.

    python -m pytest -q tests/test_properties.py                           # CI: a few dozen examples per property
    HYPOTHESIS_PROFILE=long python -m pytest -q tests/test_properties.py   # thousands (minutes)
"""

from __future__ import annotations

import json

from hypothesis import example, given, strategies as st

import cleaner
from cleaner import CleanerError, DecodeError
from cleaner.decoding import sanitize

from _documents import any_document, articles, edge_articles, html_pages, mutated_fixtures, random_text

FORMATS = ("auto", "text", "markdown", "html")
TEXT_FORMATS = ("text", "markdown")


def _clean(document, **options):
    """The result, or None for a clear CleanerError (any other exception fails the test)."""
    try:
        return cleaner.clean(document, **options)
    except CleanerError:
        return None


# --- a result or a CleanerError, never anything else ------------------------------------------------------------------
@given(any_document, st.sampled_from(FORMATS))
@example("\ud800 lone surrogate, \x00 NUL, \u202e override", "auto")
@example("<!DOCTYPE html><html><body>" + "<div>" * 300 + "deep" + "</div>" * 300, "html")
def test_every_input_gives_a_result_or_a_cleaner_error(document, fmt):
    for form in (document, document.encode("utf-8", "surrogatepass"), document.encode("utf-16", "surrogatepass")):
        result = _clean(form, format=fmt)
        if result is None:
            continue
        payload = json.dumps(result.to_dict(), ensure_ascii=False)
        payload.encode("utf-8")  # no lone surrogate survives into the result
        assert result.format in ("text", "markdown", "html")


# --- bytes and str give the same result ------------------------------------------------------------------------------
@given(st.one_of(random_text(), articles(), html_pages()), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_bytes_in_a_unicode_encoding_clean_like_the_str(document, encoding):
    document = document.encode("utf-8", "surrogatepass").decode("utf-8", "replace")  # no lone surrogates in bytes
    if encoding == "utf-8" and document.startswith("\ufeff"):
        return  # the bytes start with a byte-order mark, which decoding drops
    if encoding == "utf-16" and document.startswith("\x00"):
        return  # FF FE 00 00: UTF-32-LE's byte-order mark, read as such (docs/reliability.md, "Encodings")
    as_text = _clean(document)
    try:
        as_bytes = cleaner.clean(document.encode(encoding))
    except DecodeError:
        assert encoding == "utf-8"  # binary-looking bytes (many control characters) may be refused
        return
    assert (as_text and as_text.to_dict()) == as_bytes.to_dict()


# --- determinism (across processes: tests/test_hostile.py) ------------------------------------------------------------
@given(any_document)
def test_same_input_same_output(document):
    first = _clean(document)
    again = _clean(document)
    fresh = None
    try:
        fresh = cleaner.Cleaner().clean(document)
    except CleanerError:
        pass
    assert (first and first.to_dict()) == (again and again.to_dict()) == (fresh and fresh.to_dict())


# --- idempotence ----------------------------------------------------------------------------------------------------
# Two layers. The reading and rendering of text never changes clean text: with nothing to remove (kinds=()), a
# second pass over any output gives the same output. The decision step sees context (its position in the document,
# a heading cue found twice, "everything looks like boilerplate"), and removing blocks changes that context, so the
# full pipeline is a fixed point on articles of the usual shape (boilerplate at the edges of a body); the
# exceptions are in docs/reliability.md.
KEEP_ALL = cleaner.Cleaner(kinds=(), detect_language=False)


@given(articles(markdown=False))
@example("*\nthe\n")  # a paragraph reading as a list item once its lines were joined
@example("- A b c.\n\nSource: http://www.example-news.com/story/12\n\n- B c d.\n- C d e.\n")  # two lists
def test_reading_and_rendering_text_again_changes_nothing(document):
    once = KEEP_ALL.clean(document).text
    assert KEEP_ALL.clean(once).text == once


@given(articles(markdown=True, structure=False))
@example("# Title\n\n+ one item\n+ two items\n")
def test_rendering_markdown_as_text_then_reading_it_again_changes_nothing(document):
    once = KEEP_ALL.clean(document).text
    assert KEEP_ALL.clean(once).text == once


@given(articles(markdown=True))
def test_rendering_markdown_as_markdown_then_reading_it_again_changes_nothing(document):
    once = KEEP_ALL.clean(document, format="markdown").markdown
    assert KEEP_ALL.clean(once, format="markdown").markdown == once


@given(st.one_of(random_text(), mutated_fixtures()))
@example("&ltA>")  # an entity that turns into a tag
@example("AT&amp;amp;T")  # doubly escaped
# found by fuzz/fuzz_clean.py:
@example("<p\nSource:>")  # a tag over a line where the paragraph is split at a cue
@example("<s. All rights reserved<p>>")  # a tag that only the joined pieces make
@example("<c " + "x y z\n      " * 45 + ">")  # a "tag" over 500 characters with its indentation, under it without
@example("[a link\nover two lines](http://example.com)")
@example("*_*_*_*__*_*_*_*")  # removing "__" joined two "*"
@example("\\" * 4000)  # each pass halved the run
@example("<" + "<a" * 50 + ">" * 50 + "end")  # tags inside tags
@example("&#38;#38;#38;lt;b&gt;hi")
# a link that only the reading of the text makes (found by fuzz/fuzz_clean.py: a 600-character label of tags)
@example("[" + "<b>" * 200 + "label](http://x.com)")
@example("[[[a](x)](y)](z)")  # a label holding a link
@example("[" * 30 + "a" + "](x)" * 30)  # deeper than the rounds of reading
@example("<a href='x'>[b</a>](y)")  # an anchor's text before '(y)'
@example("[" + "a  " * 200 + "](x)")  # a label under 500 characters once its blank runs are one
# found by the long profile: a list item's piece split off at a cue, starting with a dash ("- Source:")
@example("- Megan Hollis is a freelance writer based in Burlington, Vermont.\r- Source: http://example.com/1")
def test_any_text_read_and_rendered_as_text_again_changes_nothing(document):
    once = _clean(document, format="text")
    if once is not None:
        assert KEEP_ALL.clean(once.text, format="text").text == once.text


@given(st.one_of(edge_articles(markdown=False), edge_articles(markdown=True)))
@example("Growing Tomatoes\n\nTomatoes do well in containers. Water them in the morning, not at night.\n\n"
         "- Pick a dwarf variety.\n\nSource: http://www.example-news.com/story/12\n\n- Feed them.\n- Stake them.\n")
def test_cleaning_a_clean_article_again_changes_nothing(document):
    once = cleaner.clean(document).text
    assert cleaner.clean(once).text == once


# --- exact accounting -------------------------------------------------------------------------------------------------
def _check_accounting(document: str, result) -> None:
    decoded = sanitize(document)
    covered = bytearray(len(document))
    spans = sorted([*result.kept, *((r.start, r.end) for r in result.removed)])
    for (start, end), following in zip(spans, spans[1:] + [(len(document), len(document))]):
        assert 0 <= start < end <= following[0], f"overlapping or empty spans: {spans}"
        covered[start:end] = b"\x01" * (end - start)
    for removal in result.removed:
        assert decoded[removal.start:removal.end] == removal.text
    lost = [(i, char) for i, char in enumerate(document) if not covered[i] and not char.isspace()]
    assert not lost, f"characters in no kept block and no removal: {lost[:10]}"


@given(st.one_of(random_text(), articles(), mutated_fixtures()), st.sampled_from(TEXT_FORMATS))
def test_kept_and_removed_blocks_cover_the_input(document, fmt):
    result = _clean(document, format=fmt)
    if result is not None:
        _check_accounting(document, result)


# --- never an emptied article -----------------------------------------------------------------------------------------
@given(st.one_of(articles(), random_text(), mutated_fixtures()), st.sampled_from(FORMATS))
def test_an_article_is_never_emptied_silently(document, fmt):
    result = _clean(document, format=fmt)
    if result is None or result.format == "html":
        return
    words = any(char.isalnum() for removal in result.removed for char in removal.text
                if removal.kind != "front_matter")
    if words:  # something with words was removed: something with words is kept
        assert result.text.strip(), result.removed
    if not result.text.strip() and document.strip():
        assert result.warnings


@given(html_pages())
def test_html_pages_give_a_result_and_the_same_one_twice(page):
    first = _clean(page, format="html")
    again = _clean(page.encode("utf-8", "surrogatepass"), format="html")
    assert (first and first.to_dict()) == (again and again.to_dict())
