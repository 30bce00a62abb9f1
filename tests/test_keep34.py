"""keep34 (issue 11): article sentences an HTML page lost, by family.

- inline ``<code>`` read in its sentence, not pulled out after the paragraph as a code block;
- a page's text in angle brackets ("<parent_folder>") is text, not a tag to strip;
- trafilatura's tree read whole: a block straight under a ``<list>`` (a nested list, a quote), the list's own text,
  a ``<lb/>`` inside a link, a text run trafilatura split at its links ("… all for</p><p><ref>…</ref>so I …");
- a share link whose label is a sentence of the article ("Click To Tweet" boxes, pinned quotes) is not a share bar.
"""

from __future__ import annotations

import lxml.etree as etree

import cleaner
from cleaner.detectors.call_to_action import quotes_a_sentence
from cleaner.readers.html import _UnitBuilder, rejoin_link_splits

INTRO = ("The migration of our storage service took three weeks, and most of that time went into reading the old "
         "protocol's documents line by line before we wrote a single test against the new servers. ")
MORE = ("We kept a log of every question the team asked along the way, and the answers now live in the wiki, where "
        "new colleagues read them in their first week before touching the production systems. ")


def _page(body: str) -> str:
    return ("<html><head><title>Notes on a migration</title></head><body><article><h1>Notes on a migration</h1>"
            f"<p>{INTRO * 2}</p>{body}<p>{MORE * 2}</p></article></body></html>")


def _units(xml: str) -> list[tuple[str, str]]:
    body = etree.fromstring(xml)
    rejoin_link_splits(body)
    builder = _UnitBuilder("")
    builder.container(body)
    return [(unit.type, unit.text) for unit in builder.units]


# --- inline code --------------------------------------------------------------------------------------------------
def test_inline_code_stays_in_its_sentence():
    sentence = ("In addition, the new version introduces a utility function <code>fetch()</code> that succinctly "
                "captures the intention of retrieving a resource from the network.")
    result = cleaner.clean(_page(f"<p>{sentence}</p>"), format="html")
    assert ("introduces a utility function fetch() that succinctly captures the intention of retrieving a resource"
            in result.text)
    assert "\n\nfetch()\n\n" not in result.text
    assert "`fetch()`" in result.markdown


def test_inline_code_at_the_start_and_the_end_of_a_sentence():
    units = _units("<body><p><code>emcc -O3 add.c</code> builds the module, and the loader is "
                   "<code>add.js</code></p></body>")
    assert units == [("paragraph", "`emcc -O3 add.c` builds the module, and the loader is `add.js`")]


def test_a_program_and_a_code_alone_stay_code_blocks():
    units = _units("<body><p>Run this:</p><code>make\nmake install</code><p><code>npm install left-pad</code></p>"
                   "</body>")
    assert ("code", "```\nmake\nmake install\n```") in units
    assert ("code", "```\nnpm install left-pad\n```") in units


def test_a_code_with_markdowns_marks_stays_a_block_with_its_text_whole():
    # "__init__" in inline code would lose its underscores in the plain text: it stays a code block, whole
    units = _units("<body><p>Define <code>__init__</code> on the class.</p></body>")
    assert ("code", "```\n__init__\n```") in units


# --- text in angle brackets ---------------------------------------------------------------------------------------
def test_angle_bracket_words_of_a_page_are_text():
    sentence = ("Subsequently, if &lt;parent_folder&gt; is the URL of a folder, then the URL of an item contained "
                "in it is &lt;parent_folder&gt; &lt;document_name&gt; for a document.")
    result = cleaner.clean(_page(f"<p>{sentence}</p>"), format="html")
    assert ("Subsequently, if <parent_folder> is the URL of a folder, then the URL of an item contained in it is "
            "<parent_folder> <document_name> for a document.") in result.text


def test_markup_of_the_page_is_still_read_as_markup():
    result = cleaner.clean(_page("<p>A <b>bold</b> and <i>slanted</i> word, and <span>a span</span> in a sentence "
                                 "that is long enough to be read as the article's.</p>"), format="html")
    assert "A bold and slanted word, and a span in a sentence" in result.text
    assert "<" not in result.text


def test_markdown_and_text_keep_their_own_reading_of_tags():
    markdown = cleaner.clean("# T\n\nA <b>bold</b> word in a sentence of the article, long enough for a body.\n",
                             format="markdown")
    text = cleaner.clean("A <b>bold</b> word in a sentence of the article, long enough for a body.\n",
                         format="text")
    assert "A bold word" in markdown.text
    assert "A <b>bold</b> word" in text.text


# --- trafilatura's tree read whole --------------------------------------------------------------------------------
def test_a_list_straight_under_a_list_is_read():
    units = _units("<body><list rend='ul'>Some presuppositions<list rend='ol'><item>The map is not the territory."
                   "</item><item>The mind and the body affect each other.</item></list></list></body>")
    assert units[0] == ("paragraph", "Some presuppositions")
    assert [text for kind, text in units if kind == "list_item"] == [
        "- The map is not the territory.", "- The mind and the body affect each other."]


def test_a_quote_straight_under_a_list_is_read():
    units = _units("<body><quote><list><quote>The act amended the certification rules.<p>Plaintiffs were two "
                   "school nurses of the town.</p></quote></list></quote></body>")
    texts = " ".join(text for _, text in units)
    assert "The act amended the certification rules." in texts
    assert "Plaintiffs were two school nurses of the town." in texts


def test_a_line_break_inside_a_link_ends_the_line():
    units = _units("<body><div><ref target='/a/1'>My Stupid Co-Workers<lb/></ref><ref target='/a/2'>Working at "
                   "the Diner<lb/></ref></div></body>")
    assert units == [("paragraph", "[My Stupid Co-Workers](/a/1)"), ("paragraph", "[Working at the Diner](/a/2)")]


def test_a_run_split_at_its_links_is_one_sentence_again():
    units = _units("<body><p>I've written a couple of posts in the past few months but they were all for</p>"
                   "<p><ref target='http://blog.example/work'>the blog at work</ref>so I figured I'm long overdue."
                   "</p><p><ref target='http://shop.example'>Expercom</ref>is knocking prices down.</p></body>")
    assert units == [
        ("paragraph", "I've written a couple of posts in the past few months but they were all for "
                      "[the blog at work](http://blog.example/work) so I figured I'm long overdue."),
        ("paragraph", "[Expercom](http://shop.example)is knocking prices down.")]  # (no sentence to rejoin)


def test_paragraphs_that_open_on_a_link_stay_paragraphs():
    # after a full stop or a colon, or a link followed by a blank: paragraphs of their own
    xml = ("<body><p>Read the whole series:</p><p><ref target='/1'>Part one</ref> covers the setup.</p>"
           "<p>That is all.</p><p><ref target='/2'>Part two</ref>, the sequel, covers the rest.</p></body>")
    units = _units(xml + "")
    assert [text for _, text in units] == ["Read the whole series:", "[Part one](/1) covers the setup.",
                                           "That is all.", "[Part two](/2), the sequel, covers the rest."]
    # a link on a word's first letters after a full stop: the word stays whole
    assert _units("<body><p>The figures are final.</p><p><ref>Legis</ref>lative Update</p></body>")[1] == (
        "paragraph", "Legislative Update")


# --- share links whose label is a sentence ------------------------------------------------------------------------
TWEET = "https://twitter.com/share?text=Every+online+business&via=someone"
PIN = "https://www.pinterest.com/pin/create/button/?url=https://example.com/post"


def test_a_click_to_tweet_quote_is_the_articles_sentence():
    quote = (f"<p><a href='{TWEET}'><span>Every online business exists in the 'space-time continuum.'</span>"
             "<span>Click To Tweet</span></a></p>")
    result = cleaner.clean(_page(quote), format="html")
    assert "Every online business exists in the 'space-time continuum.'" in result.text
    assert not any(r.rule == "call_to_action.share_links" for r in result.removed)


def test_a_pinned_pictures_sentence_is_kept():
    result = cleaner.clean(_page(f"<p><a href='{PIN}'>Because once you understand my approach …</a></p>"),
                           format="html")
    assert "Because once you understand my approach" in result.text


def test_share_bars_still_go():
    bar = (f"<p><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a> "
           f"<a href='{TWEET}'>Tweet this!</a> <a href='mailto:?subject=x'>Email this page to a friend.</a></p>")
    result = cleaner.clean(_page(bar), format="html")
    assert "Share on Facebook" not in result.text and "Tweet this" not in result.text
    assert any(r.rule == "call_to_action.share_links" for r in result.removed)


def test_quotes_a_sentence():
    assert quotes_a_sentence("I believe the #1 enemy of online progress is the flood of information.Click To Tweet")
    assert quotes_a_sentence("“Pamela, why are we talking about leadership?”")
    assert not quotes_a_sentence("Share this article with your friends!")
    assert not quotes_a_sentence("Click to share on Twitter (Opens in new window)")
    assert not quotes_a_sentence("Tweet")
    assert not quotes_a_sentence("Send it now.")


def test_articles_about_sharing_keep_their_sentences():
    # negative: prose about share buttons and newsletters, with ordinary links, is the article's
    prose = ("<p>Most readers never press the share buttons under an article, our survey found, and those who do "
             "share on <a href='https://www.facebook.com/ourpage'>Facebook</a> far more than anywhere else.</p>")
    result = cleaner.clean(_page(prose), format="html")
    assert "Most readers never press the share buttons under an article" in result.text
