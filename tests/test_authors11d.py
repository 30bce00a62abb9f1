"""authors11d: the HTML author when the markup gives the site's name, an organisation, a byline with its label and
date, escaped text or a script browsers accept and json does not; an HTML export's front matter. Written by us."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.textmeta import byline_name
from _harbour import paragraphs_html

URL = "https://www.harbourtimes.example/news/harbour-plan"


def _page(head: str = "", byline: str = "", title: str = "Harbour plan approved") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>Harbour plan approved</h1>{byline}"
            + paragraphs_html("en") + "</article></body></html>")


def _ld(author: str, extra: str = "") -> str:
    return ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Harbour plan "
            f"approved\", \"author\": {author}{extra}}}</script>")


def _author(page: str, url: str | None = URL) -> str | None:
    return cleaner.clean(page, format="html", url=url).author


# --- the site's own name is no author: the next source's person, or nobody -----------------------------------------
SITE = "<meta property='og:site_name' content='Harbour Daily'>"


@pytest.mark.parametrize("head, byline, name", [
    # the author meta names the site; the JSON-LD or the page's byline names the writer
    (SITE + "<meta name='author' content='Harbour Daily'>" + _ld('{"@type": "Person", "name": "Jane Doe"}'), "",
     "Jane Doe"),
    (SITE + "<meta name='author' content='Harbour Daily'>", '<p class="byline">By Jane Doe</p>', "Jane Doe"),
    # the site's name alone, as the meta writes it or as its host name spells it: nobody
    ("<meta property='og:site_name' content='Harbour Daily News'><meta name='author' content='Harbour Daily News'>",
     "", None),
    ("<meta name='author' content='HarbourTimes.example'>", "", None),
    ("<meta name='author' content='HARBOURTIMES'>", "", None),
    # negative cases: a person's own site keeps its writer; a desk or another outlet is not the site; a site's
    # name shaped like a person's is kept when nothing else names anyone (it may be a writer's own site)
    (SITE + "<meta name='author' content='Harbour Daily'>", "", "Harbour Daily"),
    ("<meta property='og:site_name' content='Jane Doe'><meta name='author' content='Jane Doe'>", "", "Jane Doe"),
    (SITE + "<meta name='author' content='Jane Doe'>", "", "Jane Doe"),
    (SITE + "<meta name='author' content='Harbour Daily Sports Desk'>", "", "Harbour Daily Sports Desk"),
])
def test_site_name_gives_way(head, byline, name):
    assert _author(_page(head, byline)) == name


def test_personal_site_named_after_its_writer():
    # the host spells the writer's name: with nothing else, the name stays
    page = _page("<meta name='author' content='Jane Doe'>")
    assert _author(page, "https://janedoe.example/2024/harbour") == "Jane Doe"


# --- JSON-LD: an organisation's node, a typed Person before an author meta, scripts json refuses ---------------------
@pytest.mark.parametrize("head, name", [
    (_ld('[{"@type": "Organization", "name": "Harbour Media Group"}, {"@type": "Person", "name": "Jane Doe"}]'),
     "Jane Doe"),
    (_ld('[{"@type": "NewsMediaOrganization", "name": "Harbour Daily"}, {"@type": "Person", "name": "Jane Doe"}, '
         '{"@type": "Person", "name": "John Roe"}]'), "Jane Doe; John Roe"),
    # the publisher as the author meta, the writer in the JSON-LD
    ("<meta name='author' content='Harbour Media Group'>" + _ld('{"@type": "Person", "name": "Jane Doe"}'),
     "Jane Doe"),
    # a Person node's names given as markup
    (_ld('{"@type": "Person", "name": ["<a href=\\"/people/jd\\">Jane Doe</a>", "<a href=\\"/people/jr\\">John '
         'Roe</a>"]}'), "Jane Doe; John Roe"),
    # negative: an untyped author string does not jump the author meta
    ("<meta name='author' content='Jane Doe'>" + _ld('"John Roe"'), "Jane Doe"),
])
def test_json_ld_people(head, name):
    assert _author(_page(head)) == name


def test_organisation_node_alone_is_no_author():
    assert _author(_page(_ld('{"@type": "Organization", "name": "Harbour Media Group"}'))) is None


def test_organisation_node_gives_way_to_the_byline():
    page = _page(_ld('{"@type": "Organization", "name": "Harbour Media Group"}'), '<p class="byline">By Jane Doe</p>')
    assert _author(page) == "Jane Doe"


def test_json_ld_with_a_raw_line_break_gives_its_author_only():
    script = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"A headline\nover two "
              "lines\", \"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"}}</script>")
    result = cleaner.clean(_page(script, title="Harbour plan approved"), format="html", url=URL)
    assert result.author == "Jane Doe"
    assert result.title == "Harbour plan approved"  # the lenient read gives the author, not the headline


def test_json_ld_in_a_cdata_wrapper():
    script = ("<script type='application/ld+json'>//<![CDATA[\n{\"@type\": \"BlogPosting\", \"author\": {\"@type\": "
              "\"Person\", \"name\": \"Jane Doe\"}}\n//]]></script>")
    assert _author(_page(script)) == "Jane Doe"


# --- the text of an author meta made readable --------------------------------------------------------------------
@pytest.mark.parametrize("value, name", [
    ("Ren\\u00e9e Dubois", "Renée Dubois"),
    ("Ren&eacute;e Dubois", "Renée Dubois"),
    ("Jane Doe - https://janedoe.example", "Jane Doe"),
    ("Jane Doe (http://janedoe.example/about/)", "Jane Doe"),
    ("| Jane Doe", "Jane Doe"),
    ("Jane Doe –", "Jane Doe"),
    ("&#39;Jane Doe, John Roe&#39;", "Jane Doe, John Roe"),
    ("https://janedoe.example/", None),  # an address alone
])
def test_author_meta_text(value, name):
    assert _author(_page(f"<meta name='author' content='{value}'>")) == name


def test_repeated_citation_authors_joined():
    head = ("<meta name='citation_author' content='Doe, Jane'><meta name='citation_author' content='Roe, John'>"
            "<meta name='citation_author' content='Doe, Jane'>")
    assert _author(_page(head)) == "Doe, Jane; Roe, John"


@pytest.mark.parametrize("key", ["byl", "dcterms.creator", "authors"])
def test_more_author_meta_keys(key):
    assert _author(_page(f"<meta name='{key}' content='By Jane Doe'>")) == "Jane Doe"


# --- a byline element's name with its label and its date ------------------------------------------------------------
@pytest.mark.parametrize("byline, name", [
    ('<span class="post-author vcard">Posted by Jane Doe</span>', "Jane Doe"),
    ('<span class="news-list-author">Erstellt von Jana Müller</span>', "Jana Müller"),
    ('<p class="date-author">Jane Doe, 01.12.2021</p>', "Jane Doe"),
    ('<div class="byline">// posted by Jane Doe @ 9:43 AM</div>', "Jane Doe"),
    ('<div class="content__author">von <a href="/a/jm">Jana Müller</a> und <a href="/a/kb">Klaus Becker</a></div>',
     "Jana Müller; Klaus Becker"),
    ('<div class="byline">Ana López , Rosa Díaz y Carmen Ruiz</div>', "Ana López; Rosa Díaz; Carmen Ruiz"),
])
def test_byline_element_name(byline, name):
    assert _author(_page(byline=byline)) == name


@pytest.mark.parametrize("byline", [
    '<div class="comments"><span class="comment-author">Jane Doe, 5 March 2024</span></div>',  # a commenter
    '<span class="post-author">Share this article</span>',
    '<div class="article-author">Jane Doe said on 5 March that the plan was late</div>',  # a sentence about her
])
def test_no_byline_element_name(byline):
    assert _author(_page(byline=byline)) is None


@pytest.mark.parametrize("text, name", [
    ("Posted by Jane Doe", "Jane Doe"),
    ("VON JANA MÜLLER am 21. April 2020", "JANA MÜLLER"),
    ("Jane Doe, 01.12.2021", "Jane Doe"),
    ("Jane Doe and John Roe", "Jane Doe; John Roe"),
    ("Written by Jane Doe Edited by John Roe", "Jane Doe"),  # the next credit's verb is no part of the name
    ("By Jane Mary Doe", "Jane Mary Doe"),
    ("Jane Doe", None),  # a bare name: the caller's to judge
    ("Follow Author", None),
    ("Bread and Butter", None),
    ("By Peter May, Harbour Staff | 3 May 2024", None),  # the label's rule refused it: no name without the label
    ("Jane Doe said on 5 March that the plan was late", None),
    ("The Russian and Syrian defence ministries", None),
])
def test_byline_name(text, name):
    assert byline_name(text) == name


# --- an HTML export with a front matter before its markup ------------------------------------------------------------
def test_html_front_matter_fills_the_gaps():
    page = ("---\ntitle: \"Harbour plan approved\"\nauthor: \"Jane Doe, John Roe\"\nurl: \"https://harbour.example/a\"\n"
            "---\n" + paragraphs_html("en"))
    result = cleaner.clean(page, format="html")
    assert result.author == "Jane Doe, John Roe"  # one string, as a Markdown front matter's (authors11c)
    assert result.title == "Harbour plan approved"


def test_html_front_matter_does_not_override_the_markup():
    page = "---\nauthor: John Roe\n---\n" + _page("<meta name='author' content='Jane Doe'>")
    assert cleaner.clean(page, format="html").author == "Jane Doe"


# --- the site's name before or after the writer's in one author string -----------------------------------------------
@pytest.mark.parametrize("value, name", [
    ("Harbour Daily - Jane Doe", "Jane Doe"),
    ("Jane Doe | Harbour Daily", "Jane Doe"),
    ("Harbour Daily News – The Magazine of the Coast", None),  # the site and its tagline
    ("Jane Doe - John Roe", "Jane Doe - John Roe"),  # negative: no site's name in it
])
def test_site_name_beside_the_writer(value, name):
    head = "<meta property='og:site_name' content='Harbour Daily'>" if "News" not in value else \
        "<meta property='og:site_name' content='Harbour Daily News'>"
    assert _author(_page(head + f"<meta name='author' content='{value}'>")) == name


# --- a removed bio's subject: a pronoun is nobody, a conjunction is no part of the name -----------------------------
@pytest.mark.parametrize("name, expected", [
    ("He", None), ("Sie", None), ("Elle", None),
    ("And Philip Roe", "Philip Roe"), ("Und Jana Müller", "Jana Müller"),
    ("Philip Roe", "Philip Roe"), ("De Gaulle", "De Gaulle"), ("Van Morrison", "Van Morrison"), ("Jane", "Jane"),
])
def test_bio_subject_name(name, expected):
    from cleaner.textmeta import bio_subject_name

    assert bio_subject_name(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Jane Doe. Jane Doe", "Jane Doe"),  # "Written by Jane Doe. Jane Doe is a …"
    ("Jane Li. Jane Li", "Jane Li"),
    ("Jane Doe Jr. Smith", "Jane Doe Jr. Smith"),  # an abbreviation's full stop
    ("Rev. A. Jane Doe", "Rev. A. Jane Doe"),  # a title and an initial
    ("Me", None),  # "About Me"
])
def test_bio_name_ends_with_its_sentence(name, expected):
    from cleaner.textmeta import bio_subject_name

    assert bio_subject_name(name) == expected


def test_resource_box_name_not_doubled():
    text = ("Harbour plan approved\n\n" + "\n\n".join(["The city council approved the new harbour plan on Tuesday after "
            "a long debate about costs and the environment. Residents had asked for more green space."] * 3)
            + "\n\nWritten by Jane Doe. Jane Doe is a travel writer and the author of two books on coastal towns. "
            "Visit https://janedoe.example for her guides.")
    assert cleaner.clean(text, format="text").author == "Jane Doe"


def test_press_release_about_box_is_no_author():
    text = ("Harbour study finds calmer sleep\n\n" + "\n\n".join(["Researchers followed ninety patients for a year and "
            "found that a short daily walk by the water improved their sleep, the team reported on Monday."] * 3)
            + "\n\nAbout Harbour University Medical Center\n\nHarbour University Medical Center is a research hospital "
            "with four institutes and a nursing school. Visit https://harbour-umc.example to learn more.")
    assert cleaner.clean(text, format="text").author is None


@pytest.mark.parametrize("name", ["Harbour University Medical Center", "Acme Systems", "North Coast Hospital"])
def test_organisation_is_no_bio_name(name):
    from cleaner.textmeta import bio_subject_name

    assert bio_subject_name(name) is None


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_about_link_in_a_menu_names_nobody(fmt):
    paragraphs = ["The city council approved the new harbour plan on Tuesday after a long debate about costs and "
                  "the environment. Residents had asked for more green space along the water."] * 3
    if fmt == "markdown":
        text = "# Harbour plan approved\n\n" + "\n\n".join(paragraphs) + \
            "\n\n[About Harbour Daily](https://harbourdaily.example/about)\n\n[Contact](https://harbourdaily.example/c)"
    else:
        text = ("<html><body><article><h1>Harbour plan approved</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                + "</article><p><a href='/about'>About Harbour Daily</a></p><p><a href='/c'>Contact</a></p>"
                "</body></html>")
    assert cleaner.clean(text, format=fmt).author is None


# --- the profile link's slug spells the resource box's name with its middle initial ---------------------------------
def _box_text(credit: str) -> str:
    return ("Harbour plan approved\n\n" + "\n\n".join(["The city council approved the new harbour plan on Tuesday "
            "after a long debate about costs and the environment. Residents had asked for more green space."] * 3)
            + "\n\nJane Doe is a travel writer and the author of two books on coastal towns. Visit "
            "https://janedoe.example for her guides.\n\n" + credit)


@pytest.mark.parametrize("credit, name", [
    ("Article Source: https://articles.example.com/expert/Jane_M_Doe/12345", "Jane M Doe"),
    ("Article Source: https://articles.example.com/author/jane-m-doe/", "Jane M Doe"),
    # negative cases: another person's profile, a middle word that is no initial, no profile link
    ("Article Source: https://articles.example.com/expert/John_M_Roe/12345", "Jane Doe"),
    ("Article Source: https://articles.example.com/expert/Jane_Mary_Doe/12345", "Jane Doe"),
    ("Article Source: https://articles.example.com/jane_m_doe/12345", "Jane Doe"),
])
def test_profile_slug_middle_initial(credit, name):
    assert cleaner.clean(_box_text(credit), format="text").author == name


# --- the page's own classes name its layout; the previous and next posts' bylines are theirs --------------------------
def _classed(body_class: str, inner: str) -> str:
    return (f"<html><head><title>Harbour plan approved</title></head><body class='{body_class}'><article>"
            f"<h1>Harbour plan approved</h1>{inner}" + paragraphs_html("en") + "</article></body></html>")


def test_body_layout_class_is_no_box():
    page = _classed("single single-post has-sidebar", '<div class="article__author">By Jane Doe</div>')
    assert _author(page) == "Jane Doe"


@pytest.mark.parametrize("inner", [
    '<div class="sidebar"><span class="author">Jane Doe</span></div>',  # a box's class still counts
    '<p class="nav-previous"><a href="/older">Older post</a> <span class="author">By Jane Doe</span></p>',
    '<div class="post-navigation"><span class="author">By Jane Doe</span></div>',
])
def test_other_posts_bylines_are_not_the_author(inner):
    assert _author(_classed("single-post", inner)) is None
