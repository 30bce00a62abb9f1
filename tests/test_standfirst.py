"""The standfirst step (readers/standfirst.py): the paragraph under the headline comes back when trafilatura left it
out, and nothing else does. The pages here are small and written for these tests; fixtures/html has full pages
(news-de-standfirst-header, news-fr-chapo, neg-en-blog-tagline, neg-en-teaser-list)."""

from __future__ import annotations

import cleaner

BODY = """
<article class="story">
  <p>The ferry company confirmed on Tuesday that the new boat will enter service in April, three months later than
  planned, because the engines arrived late from the supplier in Finland.</p>
  <p>Passengers on the island route have complained for years about cancelled crossings. The old boat broke down
  four times last summer, twice in the same week in August.</p>
  <p>The company says fares will not rise in the first season. A grant from the regional government covered a third
  of the cost of the new vessel, which can carry three hundred passengers.</p>
</article>
"""


def page(header: str, title: str = "New island ferry delayed until April", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="top">{header}</div>
{BODY}
{after}
</body></html>"""


STANDFIRST = ("The replacement for the island's forty-year-old ferry will carry more passengers and bikes, but "
              "not before the spring.")


def test_standfirst_in_the_headline_box_comes_back_first():
    html = page(f"<h1>New island ferry delayed until April</h1><p class='text-lg'>{STANDFIRST}</p>")
    result = cleaner.clean(html)
    assert result.text.startswith(STANDFIRST)
    assert "The ferry company confirmed on Tuesday" in result.text
    off = cleaner.Cleaner(html_options={"recover_standfirst": False}).clean(html)
    assert STANDFIRST not in off.text  # trafilatura alone leaves it out: the test exercises the step


def test_standfirst_class_anywhere_comes_back():
    html = page(f"<h1>Ferry news</h1><h2>Another heading</h2><div class='article__intro'>{STANDFIRST}</div>")
    assert cleaner.clean(html).text.startswith(STANDFIRST)


def test_headline_that_is_the_site_name_gives_no_standfirst():
    tagline = "Notes and news from the islands, written by the people who live there all year round."
    html = page(f"<h1>Island Notes</h1><p>{tagline}</p>")
    assert tagline not in cleaner.clean(html).text


def test_text_cut_short_is_a_teaser_not_a_standfirst():
    cut = "The replacement for the island's forty-year-old ferry will carry more passengers and bikes, but…"
    html = page(f"<h1>New island ferry delayed until April</h1><p>{cut}</p>")
    assert "forty-year-old" not in cleaner.clean(html).text


def test_copy_of_a_body_paragraph_is_not_added_twice():
    copy = ("Passengers on the island route have complained for years about cancelled crossings. The old boat "
            "broke down four times last summer, twice in the same week in August.")
    html = page(f"<h1>New island ferry delayed until April</h1><p class='excerpt'>{copy}</p>")
    assert cleaner.clean(html).text.count("Passengers on the island route") == 1


def test_hidden_byline_and_link_runs_stay_out():
    hidden = "This paragraph is hidden with an inline style and must never be shown as the article's standfirst."
    byline = "By Alice Walker, transport correspondent, with reporting from the harbour office on the island"
    links = " ".join(f"<a href='/t/{n}'>topic number {n}</a>" for n in range(8))
    html = page("<h1>New island ferry delayed until April</h1>"
                f"<p style='display: none'>{hidden}</p><p class='byline'>{byline}</p><p>{links}</p>")
    text = cleaner.clean(html).text
    assert "hidden with an inline style" not in text
    assert "transport correspondent" not in text
    assert "topic number" not in text


def test_many_standfirst_boxes_are_a_list_of_teasers():
    teasers = "".join(f"<div class='card'><p class='teaser-text'>Teaser {n}: a story about the harbour, the boats "
                      f"and the people who work there, told in one long sentence.</p></div>" for n in range(3))
    html = page("<h1>Ferry news</h1>", after=f"<section class='city-desk'>{teasers}</section>")
    assert "Teaser" not in cleaner.clean(html).text


def test_a_recovered_block_meets_the_detectors():
    cta = ("Subscribe to our newsletter to get the island news in your inbox every morning, free of charge and "
           "without ads.")
    html = page(f"<h1>New island ferry delayed until April</h1><p class='lead'>{cta}</p>")
    result = cleaner.clean(html)
    assert "Subscribe to our newsletter" not in result.text
    assert "The ferry company confirmed on Tuesday" in result.text


def test_the_step_is_deterministic_and_text_input_is_untouched():
    html = page(f"<h1>New island ferry delayed until April</h1><p>{STANDFIRST}</p>")
    assert cleaner.clean(html).to_dict() == cleaner.clean(html).to_dict()
    text = "New island ferry delayed until April\n\n" + STANDFIRST + "\n\nThe ferry company confirmed it."
    assert cleaner.clean(text, format="text").text.count("forty-year-old") == 1



def test_a_standfirst_with_a_line_break_already_extracted_is_not_added_twice():
    # the copy test reads the page element's text with <br> as a space, as the extraction does
    lines = "The island's forty-year-old ferry<br>will be replaced by spring next year."  # both ends hold the <br>
    html = page(f"<h1>New island ferry delayed until April</h1><p>{lines}</p>").replace(
        "<article class=\"story\">", f"<article class=\"story\">\n  <p>{lines}</p>")
    assert cleaner.clean(html).text.count("forty-year-old") == 1


def test_a_link_in_the_standfirst_keeps_the_space_after_it():
    # "<a>forty-year-old ferry </a>will" read "ferrywill" (the label trimmed with its space), as in the body
    standfirst = ("The replacement for the island's <a href='/old-ferry'>forty-year-old ferry </a>will carry more "
                  "passengers and bikes, but not before the spring.")
    result = cleaner.clean(page(f"<h1>New island ferry delayed until April</h1><p class='text-lg'>{standfirst}</p>"))
    assert result.text.startswith(STANDFIRST)


# --- the lead right under a headline that has no small box of its own, and the <header> around the headline's
# wrapper (issue 11, item 4; readers/standfirst.py ``LEAD_UNDER_HEADLINE``). The body is long enough (over
# ``MAX_BOX_CHARS``) that the headline's parent is no small box.
_LONG_BODY = "<div class='article-body'>" + BODY.replace("<article class=\"story\">", "").replace(
    "</article>", "") * 6 + "</div>"
_TITLE = "New island ferry delayed until April"


def _lead_page(inner: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_TITLE}</title>
<meta property="og:title" content="{_TITLE}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>{inner}</body></html>"""


def test_the_lead_right_under_a_headline_in_a_big_box_comes_back():
    for lead in (f"<p class='x'>{STANDFIRST}</p>", f"<h2>{STANDFIRST}</h2>"):
        html = _lead_page(f"<div class='main'><h1>{_TITLE}</h1>{lead}{_LONG_BODY}</div>")
        assert STANDFIRST not in cleaner.Cleaner(html_options={"recover_standfirst": False}).clean(html).text
        assert cleaner.clean(html).text.startswith(STANDFIRST), lead


def test_the_lead_in_the_header_around_the_headline_wrapper_comes_back():
    html = _lead_page(f"<header class='article-header'><div class='headline-wrap'><h1>{_TITLE}</h1></div>"
                      f"<p>{STANDFIRST}</p></header>{_LONG_BODY}")
    assert cleaner.clean(html).text.startswith(STANDFIRST)


def test_a_byline_or_a_share_line_under_the_headline_is_no_lead():
    for line in ("<p class='x'>By John Smith, Staff writer, and Jane Doe, Islands correspondent | 3 March 2024</p>",
                 "<div class='x'>Share this article on Facebook, Twitter and LinkedIn with your friends</div>"):
        result = cleaner.clean(_lead_page(f"<div class='main'><h1>{_TITLE}</h1>{line}{_LONG_BODY}</div>"))
        assert "John Smith" not in result.text and "Share this article" not in result.text, line
        assert result.text.startswith("The ferry company confirmed")


def test_a_lead_named_in_another_language_comes_back():
    for name in ("c-leadtext", "entradilla", "vorspann", "sommario", "linha-fina"):
        # two <h1>s: no headline box is looked at, only the class names the lead
        html = page(f"<h1>Ferry news</h1><h1>Islands</h1><div class='{name}'>{STANDFIRST}</div>")
        assert cleaner.clean(html).text.startswith(STANDFIRST), name
        assert not cleaner.clean(html.replace(name, "x-box")).text.startswith(STANDFIRST), name
