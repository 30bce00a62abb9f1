"""Captions of the article's own figures (readers/captions.py): trafilatura deletes every <figure> and every block
named "caption" before it looks for the article; they come back in their place, as body, and stay even when they say
"Source:" or mention a newsletter. Captions of related-post cards, sidebar thumbnails, galleries, ads and share
images, and captions that are only a photo credit, stay out. The pages are small and written for these tests."""

from __future__ import annotations

import cleaner
from cleaner.readers.captions import is_credit_only

#: the step is off by default (docs/html.md, "Captions": the bench golds disagree): these tests turn it on
_ON = cleaner.Cleaner(html_options={"recover_captions": True})


def clean(html: str):
    return _ON.clean(html, format="html")

PARAGRAPHS = """
  <p>The village library reopened on Saturday after eight months of repairs to its roof, which had let water into
  the reading room during the storms of last winter and ruined part of the local history shelves.</p>
  {figure}
  <p>The council paid for most of the work, and volunteers spent three weekends moving the books back from the
  school gym where they had been stored. The children's corner now has new chairs and a larger rug.</p>
  <p>The librarian, who has run the place for twenty years, said the old card catalogue will stay on display next
  to the entrance, although the loans are now recorded on a computer like everywhere else.</p>
  <p>Next month the library will start a reading group for teenagers on Wednesday evenings, led by two teachers
  from the secondary school, and a course on using the new computers for the older members of the village.</p>
  <p>The repairs were finished two weeks ahead of schedule, and the builders left a small amount of the grant
  unspent, which the council has agreed to spend on new books for the children's corner.</p>
"""
CAPTION = "Volunteers carry boxes of books back into the reading room on Friday evening"


def figure(caption: str = CAPTION, wrapper: str = "figure", extra: str = "") -> str:
    if wrapper == "wp":
        return (f'<div class="wp-caption aligncenter" style="width: 610px"><img src="/books.jpg" alt="" '
                f'width="600"/><p class="wp-caption-text">{caption}</p></div>')
    return (f'<figure class="wp-block-image size-large"{extra}><img src="/books.jpg" alt=""/>'
            f'<figcaption>{caption}</figcaption></figure>')


def page(body: str, after: str = "", before: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library reopens</title></head><body>
<div id="page"><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Library reopens</h1></header>
<div class="entry-content">{before}{body}</div>
</article>
{after}
</main></div></body></html>"""


def test_a_figcaption_comes_back_in_its_place():
    html = page(PARAGRAPHS.format(figure=figure()))
    off = cleaner.clean(html)
    assert CAPTION not in off.text  # trafilatura drops it: the step is needed (and off by default)
    result = clean(html)
    text = result.text
    assert text.index("local history shelves") < text.index(CAPTION) < text.index("The council paid")
    assert not result.removed


def test_a_wordpress_caption_box_comes_back():
    result = clean(page(PARAGRAPHS.format(figure=figure(wrapper="wp"))))
    assert CAPTION in result.text
    assert result.text.index(CAPTION) < result.text.index("The council paid")


def test_a_caption_before_the_first_paragraph_goes_first():
    result = clean(page(PARAGRAPHS.format(figure=""), before=figure()))
    assert result.text.startswith(CAPTION)


def test_a_caption_that_cites_a_source_or_a_newsletter_stays():
    for caption in ("Source: the council's report on the repairs, page 12 (PDF)",
                    "The flyer of the reopening, as sent to the subscribers of the village newsletter"):
        result = clean(page(PARAGRAPHS.format(figure=figure(caption))))
        assert caption.split(" (")[0] in result.text, caption
        assert not any(caption[:30] in removal.text for removal in result.removed), caption


def test_a_credit_only_caption_does_not_come_back():
    for credit in ("Photo: AFP / Jane Doe, Getty Images", "Foto: dpa / Max Mustermann", "© Reuters / John Smith 2024",
                   "Image by Anna Berg from Pixabay", "Courtesy of Jane Doe and the village archive"):
        assert is_credit_only(credit), credit
        result = clean(page(PARAGRAPHS.format(figure=figure(credit))))
        assert credit not in result.text, credit
    assert is_credit_only("Jason Miller/ZDNet") and not is_credit_only("Before/after: the reading room.")
    assert not is_credit_only(CAPTION)
    assert not is_credit_only("Photographers gathered outside the court on Monday, waiting for the verdict to be read")


RELATED = """<div class="jp-relatedposts related-posts"><h3>Related</h3><div class="related-items">
<figure class="related-item"><a href="/a"><img src="/a.jpg"/></a><figcaption><a href="/a">The school gym gets a new
floor after years of complaints from the parents</a></figcaption></figure>
<figure class="related-item"><img src="/b.jpg"/><figcaption>The mayor opens the new cycle path between the two
villages on a rainy Sunday</figcaption></figure></div></div>"""
SIDEBAR = """<aside class="widget-area"><section class="widget"><figure><img src="/c.jpg"/><figcaption>Our editor
at the regional press awards dinner in the town hall last spring</figcaption></figure></section></aside>"""
GALLERY = """<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/d.jpg"/>
<figcaption>The old reading room before the storms of last winter</figcaption></figure><figure class="wp-block-image">
<img src="/e.jpg"/><figcaption>The new children's corner with its chairs and larger rug</figcaption></figure>
</figure>"""
AD = """<div class="advert ad-slot"><figure><img src="/ad.jpg"/><figcaption>Advertisement: the best garden furniture
of the season, now twenty percent off</figcaption></figure></div>"""
SHARE = """<div class="share-box"><figure><img src="/share.png"/><figcaption>Share this picture of the library with
your friends and family</figcaption></figure></div>"""


def test_captions_outside_the_article_stay_out():
    for box in (RELATED, SIDEBAR):
        result = clean(page(PARAGRAPHS.format(figure=""), after=box))
        assert "cycle path" not in result.text and "press awards" not in result.text and "gym gets" not in result.text
    for box in (RELATED, GALLERY, AD, SHARE):
        result = clean(page(PARAGRAPHS.format(figure=box)))
        for words in ("cycle path", "gym gets", "old reading room before", "new children's corner with",
                      "garden furniture", "Share this picture"):
            assert words not in result.text, (words, box[:40])


def test_a_caption_already_extracted_is_not_doubled():
    body = PARAGRAPHS.format(figure=f"<p>{CAPTION}.</p>" + figure())
    result = clean(page(body))
    assert result.text.count(CAPTION) == 1


def test_a_lead_photo_in_the_article_header_comes_back_before_the_body():
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library reopens</title></head><body>
<nav><a href="/">Home</a></nav><article class="story"><header class="story-head"><h1>Library reopens</h1>
{figure()}</header><div class="story-main"><div class="story-text">{PARAGRAPHS.format(figure="")}</div></div>
</article><footer><figure><img src="/logo.png"/><figcaption>The village newspaper, printed every Friday since
1952</figcaption></figure></footer></body></html>"""
    result = clean(html)
    assert CAPTION in result.text.split("The village library reopened")[0]  # under the headline, before the body
    assert "printed every Friday" not in result.text


def test_a_short_chinese_caption_comes_back():
    caption = "图书馆周六重新开放"  # nine Han characters: four and a half words
    result = clean(page(PARAGRAPHS.format(figure=figure(caption))))
    assert caption in result.text


def test_the_credit_of_a_caption_stays_out():
    for caption in (f"{CAPTION}. Photo: Jane Doe / AFP", f"{CAPTION} <span class='fig-media__credit'>Jane Doe</span>",
                    f"{CAPTION} (Credit: Jane Doe/Getty Images)",
                    f"<span class='off-screen'>Image caption Jane Doe</span> {CAPTION}"):
        result = clean(page(PARAGRAPHS.format(figure=figure(caption))))
        assert CAPTION in result.text and "Jane Doe" not in result.text, caption
    from cleaner.readers.captions import without_credit
    assert without_credit("Photographers outside the court. Foto: dpa") == "Photographers outside the court."
    assert without_credit("Source: the council's report, page 12") == "Source: the council's report, page 12"


def test_a_short_question_or_sentence_with_a_slash_is_no_name_credit():
    # A "Jane Doe/Agency" credit is no sentence; a short Arabic question or Hindi sentence with a slash is one, in
    # the sentence ends every reader shares (scripts.SENTENCE_END).
    assert is_credit_only("Jane Doe/ZDNet")
    assert not is_credit_only("هل هذا 24/7؟")
    assert not is_credit_only("यह 24/7 है।")
    assert not is_credit_only("Open 24/7?")
