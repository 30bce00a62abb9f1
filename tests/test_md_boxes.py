"""Boxes in Markdown (readers/md_boxes.py): raw HTML blocks and Pandoc fenced divs / directives whose class / id
tokens are the HTML reader's DOM evidence. Whole documents: fixtures/cases/positive.mdboxes.json and
negative.mdboxes.json."""

from __future__ import annotations

from lxml import html as lxml_html

import cleaner
from cleaner.detectors.dom import DOM_TOKENS
from cleaner.pipeline import default_cleaner
from cleaner.readers import html as html_reader
from cleaner.readers.dom_boxes import dom_vocabulary
from cleaner.readers.md_boxes import attach_box_hints, markdown_boxes
from cleaner.readers.text import text_units

BODY = ("Tomatoes do well in large containers if they get six hours of sun, and a dwarf variety needs no stake. "
        "Water them in the morning and feed them every two weeks once the first flowers open.\n\n"
        "Harvest when the fruit is fully coloured and gives a little under your thumb; the last green ones ripen "
        "indoors on a sunny windowsill in a week or two.\n\n")


def _blocks(document: str):
    blocks = default_cleaner().segmenter.blocks(text_units(document, markdown=True), tags=True)
    attach_box_hints(document, blocks, dom_vocabulary(DOM_TOKENS))
    return blocks


def _hints(document: str) -> dict[str, tuple[str, ...]]:
    return {b.plain: b.dom_hints for b in _blocks(document) if b.plain}


def test_a_fenced_div_gives_its_blocks_the_html_readers_hints():
    doc = BODY + "::: {#jp-relatedposts .jp-relatedposts}\n### More\n\n- [Peppers](https://e.org/p/)\n" \
        "- [Seeds](https://e.org/s/)\n:::\n"
    hints = _hints(doc)
    assert hints["More"] == ("related:class=jp-relatedposts", "related:id=jp-relatedposts")
    assert hints["Peppers"] == hints["Seeds"] == hints["More"]
    assert not any(h for text, h in hints.items() if "Tomatoes" in text)


def test_the_same_tokens_give_the_same_hints_as_a_page_element():
    vocabulary = dom_vocabulary(DOM_TOKENS)
    for value in ("sharedaddy sd-sharing-enabled", "author-box", "yarpp-related", "post-navigation"):
        element = lxml_html.fragment_fromstring(f'<div class="{value}">x</div>')
        doc = BODY + f'<div class="{value}">\n\n[Short item](https://e.org/a/)\n\n</div>\n'
        assert _hints(doc)["Short item"] == html_reader.element_hints(element, vocabulary), value


def test_nesting_is_counted_and_inner_boxes_add_their_hints():
    doc = BODY + (":::: {.sharedaddy}\n::: note\nLike this:\n:::\n\nShare it with a friend\n::::\n\n"
                  "After the box, the article goes on with its last paragraph about tomatoes and their seeds.\n")
    hints = _hints(doc)
    assert hints["Like this:"] == ("call_to_action:class=sharedaddy",)
    assert hints["Share it with a friend"] == ("call_to_action:class=sharedaddy",)
    assert not hints["After the box, the article goes on with its last paragraph about tomatoes and their seeds."]


def test_raw_html_nesting_and_a_directive():
    doc = BODY + ('<aside class="related-posts">\n<div>\n\n[One](https://e.org/1/)\n\n</div>\n\n'
                  '[Two](https://e.org/2/)\n</aside>\n\nThe end of the article, a sentence of its own.\n\n'
                  ':::related-posts\n[Three](https://e.org/3/)\n:::\n')
    hints = _hints(doc)
    assert hints["One"] == hints["Two"] == ("related:class=related-posts",)
    assert hints["Three"] == ("related:class=related-posts",)
    assert not hints["The end of the article, a sentence of its own."]


def test_an_unclosed_box_ends_with_its_run_of_lines_or_at_a_heading():
    doc = BODY + ('<div class="author-box">\nLena Okafor runs the build farm at a games studio.\n\n'
                  'This paragraph is the article again, after a blank line.\n')
    hints = _hints(doc)
    assert hints["Lena Okafor runs the build farm at a games studio."] == ("author_bio:class=author-box",)
    assert not hints["This paragraph is the article again, after a blank line."]
    doc = BODY + '::: {.author-box}\nLena Okafor runs the build farm.\n# Next part\nMore article text here.\n'
    hints = _hints(doc)
    assert hints["Lena Okafor runs the build farm."] == ("author_bio:class=author-box",)
    assert not hints["Next part"] and not hints["More article text here."]


def test_a_final_newline_or_crlf_does_not_move_a_box():
    """The line split is readers/text.py's (``source_lines``): no line after a final newline, carriage returns out of
    the line. An unclosed box that runs to the end, and a closed one, end at the same offsets with or without a final
    newline, and CRLF text gives the same boxes at its own offsets."""
    vocabulary = dom_vocabulary(DOM_TOKENS)
    for tail in ('<div class="sharedaddy">\nShare this:\n\n- [X](https://x.com/s)\n- [Facebook](https://fb.com/s)',
                 '::: {.jp-relatedposts}\n- [Peppers](https://e.org/p/)\n- [Seeds](https://e.org/s/)\n:::'):
        doc = BODY + tail
        bare = markdown_boxes(doc, _blocks(doc), vocabulary)
        assert bare and markdown_boxes(doc + "\n", _blocks(doc + "\n"), vocabulary) == bare
        crlf = doc.replace("\n", "\r\n")
        boxes = markdown_boxes(crlf, _blocks(crlf), vocabulary)
        assert [(crlf[b.start:b.end].replace("\r\n", "\n"), b.hints) for b in boxes] == \
            [(doc[b.start:b.end], b.hints) for b in bare]


def test_the_articles_box_is_the_body_and_shields_it():
    doc = ('<div class="share-wrapper">\n<div class="entry-content">\n\nA short body paragraph of the post.\n\n'
           '</div>\n\n[Share on Mastodon](https://e.org/share)\n</div>\n\n' + BODY * 3)
    hints = _hints(doc)
    assert not hints["A short body paragraph of the post."]
    assert hints["Share on Mastodon"] == ("call_to_action:class=share-wrapper",)
    boxes = markdown_boxes(doc, _blocks(doc), dom_vocabulary(DOM_TOKENS))
    assert any(box.article for box in boxes)


def test_a_box_holding_most_of_the_text_is_a_wrapper():
    doc = '<div class="sharedaddy">\n\n' + BODY + '</div>\n'
    assert not any(_hints(doc).values())


def test_related_and_menus_need_links_as_on_a_page():
    doc = BODY * 3 + '<div class="related">\n\nA paragraph in a box called related, with no link at all.\n\n</div>\n'
    assert not any(_hints(doc).values())


def test_code_fences_and_inline_html_are_no_boxes():
    doc = BODY + '```html\n<div class="sharedaddy">\nShare this\n</div>\n```\n\n' \
        'A sentence with <span class="share">a span</span> and <div class="share">an inline div</div> in it.\n'
    assert not any(_hints(doc).values())


def test_markup_is_no_text_and_every_character_is_covered():
    doc = BODY + '<div class="sharedaddy">\n<h3 class="sd-title">\nShare this:\n</h3>\n\n' \
        '[Mastodon](https://e.org/m) [Pocket](https://e.org/p)\n</div>\n\n:::: {.author-box}\n' \
        'Lena Okafor runs the build farm at a games studio.\n::::\n'
    blocks = _blocks(doc)
    assert {b.type for b in blocks if b.text.startswith("::::")} == {"rule"}
    result = cleaner.clean(doc, format="markdown")
    assert "Mastodon" not in result.text and "Share this" not in result.text and "Lena" not in result.text
    assert "<" not in result.text and "div" not in result.text and ":::" not in result.text
    spans = sorted([*result.kept, *((r.start, r.end) for r in result.removed)])
    covered = bytearray(len(doc))
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    assert not [c for i, c in enumerate(doc) if not covered[i] and not c.isspace()]


def test_a_paragraph_running_past_the_box_is_not_the_boxs():
    doc = BODY + '<div class="author-box">\nLena Okafor runs the build farm.\n</div>\n' \
        'And this line, glued to the box without a blank line, is the article again.\n'
    assert not any(_hints(doc).values())


def test_plain_text_has_no_boxes():
    doc = BODY + '<div class="author-box">\nLena Okafor runs the build farm at a games studio.\n</div>\n'
    result = cleaner.clean(doc, format="text")
    assert not any(r.rule.endswith(".dom") for r in result.removed)


def test_a_dom_finding_outweighs_a_weaker_text_finding_of_its_kind_in_markdown():
    doc = BODY + (":::: {.sharedaddy}\n- [Click to share on Mastodon (opens in new window)](https://e.org/m)\n"
                  "- [Click to share on Pocket (opens in new window)](https://e.org/p)\n::::\n")
    result = cleaner.clean(doc, format="markdown")
    assert "Click to share" not in result.text
    assert {r.rule for r in result.removed if "share" in r.text} == {"call_to_action.dom"}


def test_one_raw_html_paragraph_holding_several_boxes_takes_their_hints():
    doc = BODY + ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Pass it on:</h3><ul><li>'
                  '<a href="https://e.org/?share=x"><span>Post it to X</span></a></li></ul></div>'
                  '<div id="like-post-wrapper-7" class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:'
                  '</h3><span class="loading">Loading…</span></div>\n'
                  "<div id='jp-relatedposts' class='jp-relatedposts'><h3><em>Similar</em></h3></div>\n")
    hints = _hints(doc)
    (key,) = [k for k in hints if "Pass it on" in k]
    assert "call_to_action:class=sharedaddy" in hints[key]
    result = cleaner.clean(doc, format="markdown")
    assert "Pass it on" not in result.text and "Loading" not in result.text
    assert "Harvest when the fruit" in result.text


def test_hostile_nesting_and_stray_closers_give_nothing():
    deep = BODY + '<div class="share">\n' * 300 + "Share it\n" + "</div>\n" * 300
    assert not any(_hints(deep).values())  # deeper than MAX_OPEN: no boxes at all
    stray = BODY + "</section>\n" * 2000 + '<div class="author-box">\nLena Okafor runs the build farm.\n</div>\n'
    assert _hints(stray)["Lena Okafor runs the build farm."] == ("author_bio:class=author-box",)
