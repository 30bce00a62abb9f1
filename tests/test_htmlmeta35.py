"""htmlmeta35 (issue 11 item 5): an HTML page's source_url from its own DOM evidence where trafilatura drops it.

(1) A credit paragraph that is little but a link ("Quelle: <a>https://…</a>", "Originally published on <a>…</a>"),
which trafilatura drops before the text path's credit rules see it (readers/page_credit.py): the same credit test
as a text document's (``textmeta.credit_source``, 51 languages). (2) A repost's ``<link rel=canonical>`` naming
another site's article (``html_meta.canonical_source``). With the negatives: a page whose canonical is its own URL
(or its own site in another country's domain, or the same path on a renamed host), a reference list of links in the
body, a "Source:" caption under an image with a photo agency's link, a related-article box, a share bar, an author
page link in a comment section, a credit to the page's own site, a page with two authors. Every page is written
by us."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import cleaner
from cleaner.readers.html_meta import canonical_source, site_key
from cleaner.readers.page_credit import dropped_credit_url
from cleaner.textmeta import credit_source

BODY = [
    "The harbour council met on Tuesday to discuss the new ferry timetable for the winter months. Residents said the "
    "early crossings were too crowded and asked for a second boat at seven in the morning.",
    "The council agreed to study the request and to publish a revised timetable before the end of the month. A "
    "spokesperson said the budget allowed one more crossing on weekdays but not on Sundays.",
    "Local businesses welcomed the move, saying that tourists had complained about the long queues at the pier "
    "during the summer and that a second crossing would help everyone who lives on the island.",
]
URL = "https://island-news.example/local/2024/ferry-timetable"
ORIGINAL = "https://harbour-times.example/news/2024/ferry-timetable"


def page(*tail: str, head: str = "", before: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in BODY)
    return (f"<html><head><title>Ferry timetable changes</title>{head}</head><body><article>"
            f"<h1>Ferry timetable changes</h1>{before}{body}{''.join(tail)}</article></body></html>")


def clean(html: str, url: str | None = URL):
    return cleaner.clean(html, format="html", url=url)


# --- (1) the credit paragraph trafilatura dropped ----------------------------------------------------------------
@pytest.mark.parametrize("credit", [
    f'<p>Quelle: <a href="{ORIGINAL}">{ORIGINAL}</a></p>',
    f'<p>Source: <a href="{ORIGINAL}">Harbour Times</a></p>',
    f'<p><strong>Izvor:</strong> <a href="{ORIGINAL}">{ORIGINAL}</a></p>',
    f'<p><em>Originally published on <a href="{ORIGINAL}">Harbour Times</a>.</em></p>',
    f'<div class="post-source">来源：<a href="{ORIGINAL}">{ORIGINAL}</a></div>',
])
def test_dropped_credit_paragraph_gives_the_source(credit: str) -> None:
    result = clean(page(credit))
    assert result.source_url == ORIGINAL
    for text in BODY:
        assert text in result.text


def test_dropped_credit_without_the_page_address() -> None:
    assert clean(page(f'<p>Quelle: <a href="{ORIGINAL}">{ORIGINAL}</a></p>'), url=None).source_url == ORIGINAL


def test_a_credit_to_the_pages_own_site_is_not_a_source() -> None:
    # (the reader's own test: a credit trafilatura keeps is the text path's, which reads any address)
    own = "https://island-news.example/authors/agency"
    root = lxml_html.fromstring(page(f'<p>Source: <a href="{own}">Island agency</a></p>',
                                     f'<p>Quelle: <a href="{ORIGINAL}">{ORIGINAL}</a></p>'))
    links = list(root.iter("a"))
    assert dropped_credit_url(links, [], (URL,), credit_source) == ORIGINAL
    assert dropped_credit_url(links[:1], [], (URL,), credit_source) is None
    assert dropped_credit_url(links[1:], [f"Quelle: {ORIGINAL}"], (URL,), credit_source) is None  # kept: not ours


def test_a_reference_list_in_the_body_is_not_a_source() -> None:
    refs = ('<h2>References</h2><ul>'
            '<li>Source: <a href="https://stats.example/ferries/2023">Ferry statistics 2023</a></li>'
            '<li>Source: <a href="https://transport.example/report">Transport report</a></li>'
            '<li><a href="https://council.example/minutes">Council minutes</a></li></ul>')
    result = clean(page(refs))
    assert result.source_url is None
    for text in BODY:
        assert text in result.text


def test_a_photo_caption_with_an_agency_link_is_not_a_source() -> None:
    figure = ('<figure><img src="https://island-news.example/ferry.jpg" alt="The ferry">'
              '<figcaption>The morning ferry. Source: <a href="https://photo-agency.example/images/123">Photo '
              'Agency</a></figcaption></figure>')
    assert clean(page(before=figure)).source_url is None


def test_a_related_box_and_a_share_bar_are_not_a_source() -> None:
    related = ('<div class="related-posts"><p>Source: <a href="https://other-paper.example/news/bridge">Bridge '
               'works</a></p></div>')
    share = ('<div class="share-bar">Share: <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fisland-news'
             '.example">Twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>')
    assert clean(page(related, share)).source_url is None


def test_an_author_link_in_a_comment_is_not_a_source() -> None:
    comments = ('<div class="comments"><div class="comment"><p>Via: <a rel="author" '
                'href="https://someblog.example/author/mike">Mike Smith</a></p><p>Great news for the island, we '
                'waited years for this.</p></div></div>')
    result = clean(page(comments))
    assert result.source_url is None
    assert result.author != "Mike Smith"


def test_a_credit_trafilatura_keeps_is_the_text_paths() -> None:
    # a sentence of the body that cites an address after a colon: kept, and not read as a credit here
    cited = ('<p>The council published its figures online and invited comments from everyone on the island '
             'before the end of the month, at this address: <a href="https://council.example/ferry">'
             'https://council.example/ferry</a></p>')
    result = clean(page(cited))
    assert result.source_url is None
    assert "The council published its figures online" in result.text


def test_credit_source_is_the_text_paths_test() -> None:
    assert credit_source(f"Quelle: {ORIGINAL}") == ORIGINAL
    assert credit_source("Source: https://creativecommons.org/licenses/by-sa/2.5/") is None
    assert credit_source("Source: https://harbour-times.example/photo.jpg") is None
    assert credit_source(f"The report says: {ORIGINAL}") is None


# --- (2) a repost's canonical ------------------------------------------------------------------------------------
def test_a_reposts_canonical_on_another_site_is_its_source() -> None:
    result = clean(page(head=f'<link rel="canonical" href="{ORIGINAL}">'))
    assert result.source_url == ORIGINAL
    assert result.url == ORIGINAL


@pytest.mark.parametrize("canonical", [
    URL,  # its own address
    "https://www.island-news.example/local/2024/ferry-timetable?page=1",  # its own site
    "https://island-news.co.uk/local/2024/ferry-timetable",  # its own site in another country's domain
    "https://island-news-renamed.example/local/2024/ferry-timetable",  # the same path on a renamed host
    "https://harbour-times.example/",  # a home page
    "/local/2024/ferry-timetable",  # relative
])
def test_the_pages_own_canonical_is_not_a_source(canonical: str) -> None:
    assert clean(page(head=f'<link rel="canonical" href="{canonical}">')).source_url is None


def test_a_canonical_without_the_pages_address_is_not_a_source() -> None:
    assert clean(page(head=f'<link rel="canonical" href="{ORIGINAL}">'), url=None).source_url is None


def test_the_texts_credit_comes_before_the_canonical() -> None:
    credit = f'<p>Source: <a href="{ORIGINAL}">Harbour Times</a></p>'
    other = "https://third-site.example/news/ferry"
    assert clean(page(credit, head=f'<link rel="canonical" href="{other}">')).source_url == ORIGINAL


def test_site_key_and_canonical_source() -> None:
    assert site_key("https://www.businessinsider.de/x") == site_key("https://businessinsider.com/y") \
        == "businessinsider"
    assert site_key("https://de.linkedin.com/pulse/x") == "linkedin"
    assert site_key("https://www.bbc.co.uk/news") == "bbc"
    assert site_key("https://localhost/x") is None
    assert canonical_source("https://www.cnn.com/2019/11/18/health/story/index.html",
                            "https://www.msn.com/en-us/health/ar-BBWXwNX") \
        == "https://www.cnn.com/2019/11/18/health/story/index.html"
    assert canonical_source("https://www.businessinsider.de/story", "https://www.businessinsider.com/story") is None


def test_two_authors_are_kept_and_no_source_is_made_up() -> None:
    head = ('<meta name="author" content="Jane Doe">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": '
            '"Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}</script>')
    result = clean(page(head=head))
    assert result.author == "Jane Doe; John Roe"
    assert result.source_url is None


def test_json_ld_is_based_on_another_sites_article() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry", "isBasedOn": '
          f'{{"@type": "NewsArticle", "url": "{ORIGINAL}"}}}}</script>')
    assert clean(page(head=ld)).source_url == ORIGINAL
    own = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry", "isBasedOn": '
           '"https://island-news.example/local/2023/ferry-report"}</script>')
    assert clean(page(head=own)).source_url is None


def test_json_ld_based_on_a_study_is_not_a_source() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry", "isBasedOn": '
          '{"@type": "CreativeWork", "url": "https://journal.example/studies/ferries-2023"}}</script>')
    assert clean(page(head=ld)).source_url is None


def test_a_renamed_host_with_a_blank_after_the_address() -> None:
    assert canonical_source("https://www.new-name.example/de/area/energy",
                            "https://www.old-name.example/de/area/energy ") is None


def test_a_record_lines_source_label_before_the_outlets_link() -> None:
    # a CJK page's header record: the date, then "来源：<a>outlet</a>" linking the original article
    record = (f'<div class="info"><span>2024-03-10 09:58</span>\u3000<span>来源：<a href="{ORIGINAL}">港口时报</a>'
              '</span></div>')
    root = lxml_html.fromstring(page(before=record))
    assert dropped_credit_url(list(root.iter("a")), [], (None,), credit_source) == ORIGINAL
    # (trafilatura kept it here, and the text path does not read a kept line's link: not ours to answer)
    assert dropped_credit_url(list(root.iter("a")), ["2024-03-10 09:58 来源：港口时报"], (None,), credit_source) is None


def test_a_translations_source_on_the_line_after_the_translator() -> None:
    credit = f'<p>übersetzt von Jana Vogel<br>Quelle: <a href="{ORIGINAL}">{ORIGINAL}</a></p>'
    assert clean(page(credit)).source_url == ORIGINAL


def test_a_label_inside_a_sentence_is_no_credit() -> None:
    root = lxml_html.fromstring(page(f'<p>The figures, the council said: <a href="{ORIGINAL}">see here</a></p>'))
    assert dropped_credit_url(list(root.iter("a")), [], (URL,), credit_source) is None


def test_a_bracketed_host_is_no_site_and_no_crash() -> None:
    # (integ: html2text and some CMS write "http://[ccpa-preferences]", which urlsplit refuses; mdauthor35 guarded
    # the older readers of addresses, htmlmeta35's site names came after it)
    assert site_key("http://[ccpa-preferences]/page") is None
    assert canonical_source("http://[ccpa-preferences]/story", "https://www.example.com/story") is None
    page = ("<html><head><title>Harbour diary</title><link rel='canonical' href='http://[ccpa-preferences]/x'>"
            "</head><body><article><h1>Harbour diary</h1><p>The harbour festival opened on Saturday with a parade of "
            "old fishing boats along the quay, and the crowd stayed until the fireworks over the water.</p>"
            "<p>On Sunday the rowing clubs raced across the bay, and the youngest crew won the cup for the first "
            "time since the race began.</p></article><p>Quelle: <a href='http://[ccpa-preferences]/y'>link</a></p>"
            "</body></html>")
    result = cleaner.clean(page, format="html", url="https://www.example.com/harbour-diary")
    assert "The harbour festival opened" in result.text
    assert result.source_url is None
