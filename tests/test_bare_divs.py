"""Paragraphs written as bare <div>s inside the article (readers/bare_divs.py): they come back when trafilatura
dropped them, in their place; a comment thread, a footer or a widget written with the same bare <div>s does not.
The pages are small and written for these tests (a Blogger post imported into WordPress, its last paragraphs written
by the editor as <div>s, one of them left unclosed, as the editor left it)."""

from __future__ import annotations

import cleaner

PARAGRAPHS = """
  <p>The village library reopened on Saturday after eight months of repairs to its roof, which had let water into
  the reading room during the storms of last winter and ruined part of the local history shelves.</p>
  <p>The council paid for most of the work, and volunteers spent three weekends moving the books back from the
  school gym where they had been stored. The children's corner now has new chairs and a larger rug.</p>
  <p>The librarian, who has run the place for twenty years, said the old card catalogue will stay on display next
  to the entrance, although the loans are now recorded on a computer like everywhere else.</p>
  <p>Next month the library will start a reading group for teenagers on Wednesday evenings, led by two teachers
  from the secondary school, and a course on using the new computers for the older members of the village.</p>
  <p>The repairs were finished two weeks ahead of schedule, and the builders left a small amount of the grant
  unspent, which the council has agreed to spend on new books for the children's corner.</p>
"""
LAST_DIVS = """
<div></div>
<div>The opening hours stay the same as before: Tuesday and Thursday afternoons, and Saturday morning until noon.</p>
<div></div>
<div>If you have old photographs of the library or of the square around it, bring them along on a Saturday, because
the volunteers are collecting them for an exhibition in the spring.</div>
<div></div>
</div>
"""
FIRST_LAST = "The opening hours stay the same as before"
SECOND_LAST = "If you have old photographs of the library"


def page(body: str, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library reopens</title></head><body>
<div id="page"><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Library reopens</h1></header>
<div class="entry-content">{body}</div>
</article>
{after}
</main></div></body></html>"""


def test_last_bare_divs_of_a_post_come_back_in_place():
    html = page(PARAGRAPHS + LAST_DIVS)
    off = cleaner.Cleaner(html_options={"recover_div_paragraphs": False}).clean(html)
    assert FIRST_LAST not in off.text and SECOND_LAST not in off.text  # trafilatura drops them: the step is needed
    result = cleaner.clean(html)
    assert result.text.endswith("for an exhibition in the spring.")
    assert result.text.index("the old card catalogue") < result.text.index(FIRST_LAST) < result.text.index(SECOND_LAST)
    assert not result.removed


def test_bare_div_between_paragraphs_goes_between_them():
    middle = ("<div>The roof alone cost more than the whole budget of the library for the year, the treasurer "
              "said at the meeting.</div>")
    paragraphs = PARAGRAPHS.replace("</p>\n  <p>The council", "</p>\n" + middle + "\n  <p>The council", 1)
    result = cleaner.clean(page(paragraphs))
    text = result.text
    assert text.index("local history shelves") < text.index("The roof alone cost") < text.index("The council paid")


COMMENTS = """
<div id="comments" class="comments-area"><h2 class="comments-title">3 comments</h2>
<div><div>Anna, 12 May 2009 at 10:14</div><div>What good news, my grandmother worked there in the sixties and always
talked about the old reading room.</div></div>
<div><div>Tom, 12 May 2009 at 11:02</div><div>Thanks for the article, we will bring the photographs of the square on
Saturday morning.</div></div>
</div>
"""


def test_a_comment_thread_of_bare_divs_stays_out():
    result = cleaner.clean(page(PARAGRAPHS + LAST_DIVS, after=COMMENTS))
    assert SECOND_LAST in result.text
    assert "my grandmother worked there" not in result.text
    assert "we will bring the photographs" not in result.text


def test_a_comment_thread_without_names_stays_out():
    # the same thread in bare <div>s with no class or id anywhere: not reached from the extracted paragraphs
    bare = COMMENTS.replace(' id="comments" class="comments-area"', "").replace(' class="comments-title"', "")
    result = cleaner.clean(page(PARAGRAPHS + LAST_DIVS, after=bare))
    assert SECOND_LAST in result.text
    assert "my grandmother worked there" not in result.text


def test_named_boxes_and_short_or_linked_divs_stay_out():
    extra = ("<div class='blog-footer'>A village blog, written by the people of the valley since 2004, with love.</div>"
             "<div>Posted in Village news</div>"
             "<div><a href='/a'>Older posts about the library and its volunteers</a> and "
             "<a href='/b'>newer posts about the school</a>.</div>")
    result = cleaner.clean(page(PARAGRAPHS + extra))
    assert "written by the people of the valley" not in result.text
    assert "Posted in Village news" not in result.text
    assert "Older posts about the library" not in result.text


def test_a_boilerplate_bare_div_is_judged_like_any_block():
    share = "<div>If you liked this post, please share it with your friends on Facebook and Twitter!</div>"
    result = cleaner.clean(page(PARAGRAPHS + share))
    assert "please share it" not in result.text
    assert any("please share it" in removal.text for removal in result.removed)


def test_a_page_of_div_soup_is_left_to_trafilatura(monkeypatch):
    import cleaner.readers.bare_divs as bare_divs

    html = page(PARAGRAPHS + LAST_DIVS)
    monkeypatch.setattr(bare_divs, "MAX_CANDIDATES", 1)  # this page has 2 bare <div>s with text: "soup" here
    assert SECOND_LAST not in cleaner.clean(html).text
    monkeypatch.setattr(bare_divs, "MAX_CANDIDATES", 1000)
    assert SECOND_LAST in cleaner.clean(html).text


def test_the_reader_walk_finds_the_same_bare_divs_as_the_xpath():
    """readers/html.py's walk of <body> hands bare_divs the candidates its own XPath would find; where <div>s can lie
    outside <body> (a second top element of a broken page) it hands none and the XPath looks."""
    from cleaner.detectors.dom import DOM_TOKENS
    from cleaner.readers import bare_divs, html as reader

    vocabulary = reader.dom_vocabulary(DOM_TOKENS)
    inline = "<div><span>A bare div whose text is in an inline child.</span></div><div> \n </div><div><p>x</p></div>"
    cases = (page(PARAGRAPHS + LAST_DIVS + inline),
             page(PARAGRAPHS).replace("<head>", "<head><div>A div in the head.</div>"),
             page(PARAGRAPHS) + "<html><div>A second page after the first.</div></html>")
    found = []
    for html in cases:
        root = reader.parse_html(html, [], None, {})
        index = reader.build_dom_index(root, None, vocabulary)
        found.append((index.bare_divs, bare_divs._CANDIDATES(root)))
    assert found[0][0] == found[0][1] and len(found[0][1]) == 3
    assert found[1][0] == found[1][1] and len(found[1][1]) == 1  # the parser moves the div into <body>
    assert found[2][0] is None and len(found[2][1]) == 1  # the second top element: the XPath's own look
