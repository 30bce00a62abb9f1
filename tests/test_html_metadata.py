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
    ('<span class="author">Kevin Marsh and Ana Ruiz</span>', "Kevin Marsh and Ana Ruiz"),
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
