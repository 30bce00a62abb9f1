"""Metadata read from a page's markup (readers/html_meta.py): the author from a byline's class when the page has no
author meta tag, JSON-LD, itemprop or rel; and never a commenter's or another article's author."""

from __future__ import annotations

import pytest

import cleaner

BODY = "".join(
    f"<p>Paragraph {n}: the council voted on Tuesday to keep the harbour ferry running through the winter, after a "
    f"campaign by the island's residents and a grant from the regional government.</p>" for n in range(4))


def page(byline: str, before: str = "", after: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Harbour ferry saved</title></head><body>{before}<article>"
            f"<h1>Harbour ferry saved</h1>{byline}{BODY}</article>{after}</body></html>")


@pytest.mark.parametrize("byline, author", [
    ('<div class="author author--article"><a class="author__name" href="/a/1">Marta Lindqvist</a> '
     '<span>2 hours ago</span></div>', "Marta Lindqvist"),
    ('<span class="auteur">Par Jean-Paul Morel</span>', "Jean-Paul Morel"),
    ('<p class="author">Text und Interview: Harald Brenner</p>', "Harald Brenner"),
    # several authors as trafilatura joins them (authors11c; "Kevin Marsh and Ana Ruiz" before)
    ('<span class="author">Kevin Marsh and Ana Ruiz</span>', "Kevin Marsh; Ana Ruiz"),
    ('<span class="author">Tom Ellis, tom@example.com</span>', "Tom Ellis"),
])
def test_author_from_a_byline_class(byline, author):
    assert cleaner.clean(page(byline)).author == author


@pytest.mark.parametrize("byline", [
    '<span class="author">[ Archives ]</span>',
    '<span class="author">Photo from the archive of the port authority</span>',
    '<span class="author">IT\'S IN THE BLOOD</span>',
    '<span class="author">Posted 12 March 2019</span>',
])
def test_a_byline_class_holding_no_name_gives_no_author(byline):
    assert cleaner.clean(page(byline)).author is None


def test_commenters_and_related_articles_do_not_give_the_author():
    comments = ('<section id="comments"><div class="comment"><span class="author">Greta Olsen</span>'
                '<p>Great news for the island, thank you for reporting it so carefully.</p></div></section>')
    related = ('<aside class="related"><ul><li><a href="/x">Bus lanes on Mill Road</a> '
               '<span class="author"><span class="authorname">Paul Weber</span></span></li></ul></aside>')
    result = cleaner.clean(page("", after=comments + related))
    assert result.author is None
    # the article's own byline wins over a related article's listed earlier in the page
    result = cleaner.clean(page('<span class="author">Sara Lind</span>', before=related))
    assert result.author == "Sara Lind"


def test_markup_made_for_the_author_comes_first():
    byline = '<span class="author">Sara Lind</span><a rel="author" href="/a/2">Nils Berg</a>'
    assert cleaner.clean(page(byline)).author == "Nils Berg"


# The byline search reads the elements the DOM evidence's pass marked (readers/html.py), and the elements looked up by
# tag come from one walk (html_meta.elements_by_tag): the same answers as scanning the page itself.
_BYLINES = [
    '<span itemprop="author"><span itemprop="name">Ines Duarte</span></span>',
    '<a rel="author" href="/u/2">Olu Bakare</a>',
    '<div class="post byline">By Mira Holt</div>',
    '<span class="author">Kevin Marsh and Ana Ruiz</span>',
    '<aside><span class="author">Commenter Name</span></aside>',
    '<span class="authority-note">Not A Byline</span>',
]


@pytest.mark.parametrize("byline", _BYLINES)
def test_the_byline_search_gives_the_same_author_from_the_dom_pass(byline):
    from cleaner.detectors.dom import DOM_TOKENS
    from cleaner.readers import html as reader
    from cleaner.readers.html_meta import elements_by_tag, markup_metadata, page_candidates

    by_tag: dict = {}
    root = reader.parse_html(page(byline, before='<link rel="canonical" href="https://example.com/ferry">'
                                  '<time datetime="2024-03-02">2 March</time>'), by_tag=by_tag)
    candidates = page_candidates(root)
    index = reader.build_dom_index(root, candidates, reader.dom_vocabulary(DOM_TOKENS))
    alone = markup_metadata(root, "https://example.com/x")
    assert markup_metadata(root, "https://example.com/x", candidates, index.marked, by_tag) == alone
    assert markup_metadata(root, "https://example.com/x", candidates) == alone
    assert alone["date"] == "2024-03-02" and alone["url"] == "https://example.com/ferry"
    for tag, elements in elements_by_tag(root).items():
        assert elements == list(root.iter(tag))


def test_the_byline_search_scans_the_page_when_the_dom_pass_stopped_early():
    from cleaner.detectors.dom import DOM_TOKENS
    from cleaner.readers import html as reader

    boxes = "".join(f'<div class="share-buttons"><a href="/s/{n}">Share {n}</a></div>' for n in range(250))
    root = reader.parse_html(page('<span class="author">Lena Fischer</span>', after=boxes))
    index = reader.build_dom_index(root, None, reader.dom_vocabulary(DOM_TOKENS))
    assert index.marked is None  # MAX_BOXES reached before the byline: the search scans every candidate itself
    assert cleaner.clean(page('<span class="author">Lena Fischer</span>', after=boxes)).author == "Lena Fischer"
