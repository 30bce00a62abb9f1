"""format="auto": HTML by its structure (it starts as HTML, or it is mostly markup), not by a count of tags; with
format="text", tags are text and never vanish unreported."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import cleaner
from cleaner.sniff import sniff_format

import _documents  # noqa: F401  (the hypothesis profiles)

P = ("Tomatoes do well in containers as long as the pot holds at least twenty litres of soil and the plant gets "
     "six to eight hours of direct sun.")
Q = "Water them in the morning, at the foot of the plant, and never let the soil dry out completely in July."

TUTORIAL = f"""Adding test coverage to a browser project

{P} Blanket measures which lines your tests run; add it to the page that runs them, after the test framework.

<script src="vendor/blanket.js"></script>
<script src="tests/main.js" data-cover></script>

Then give the application its mount point:

<div id="app">
  <p class="loading">Loading...</p>
</div>

{Q} Open the page: the report at the bottom lists every file with its share of covered lines.
"""

MARKDOWN_TUTORIAL = f"""# Adding test coverage

{P}

```html
<!DOCTYPE html>
<html>
<body>
<div id="app"><p>Loading...</p></div>
<script src="vendor/blanket.js"></script>
</body>
</html>
```

{Q} Use `<div>` for the mount point and `<p>` for its placeholder.
"""

FRAGMENTS = {
    "div and paragraphs": f'<div class="entry-content">\n<p>{P}</p>\n<p>{Q}</p>\n</div>',
    "one line": f"<div><p>{P}</p><p>{Q}</p></div>",
    "paragraphs only": f"<p>{P}</p>\n<p>{Q}</p>",
    "wrapped paragraphs": f"<article>\n<h2>Tomatoes</h2>\n<p>\n{P}\n{Q}\n</p>\n<p>\n{P}\n</p>\n</article>",
    "lines broken by <br>": f"{P}<br>\n{Q}<br>\n{P}<br>\n",
    "a list of links": "<ul>" + "".join(f'<li><a href="/p{i}">Post {i}</a></li>' for i in range(10)) + "</ul>",
    "longer than the sample": '<div class="post">\n' + f"<p>{P}</p>\n" * 80 + "</div>",
    "a page after a PHP warning": ("<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/db.php</b> "
                                   "on line <b>9</b><br />\n<!DOCTYPE html>\n"
                                   f"<html><body><p>{P}</p></body></html>"),
    "a page after a long script": "<script>\n" + "var x = 1;\n" * 600 + f"</script>\n<div><p>{P}</p></div>",
    "comments before the doctype": f"\ufeff<!-- cached -->\n<!DOCTYPE html><html><body><p>{P}</p></body></html>",
    "an RSS feed": f'<?xml version="1.0"?><rss version="2.0"><channel><item><description>{P}</description></item>'
                   "</channel></rss>",
}


@pytest.mark.parametrize("name", list(FRAGMENTS))
def test_html_fragments_are_html(name):
    assert sniff_format(FRAGMENTS[name]) == "html"
    result = cleaner.clean(FRAGMENTS[name])
    assert result.format == "html" and "<" not in result.text


def test_a_text_tutorial_with_html_samples_is_text_and_keeps_its_code():
    assert sniff_format(TUTORIAL) == "text"
    result = cleaner.clean(TUTORIAL)
    assert result.format == "text"
    for line in ('<script src="vendor/blanket.js"></script>', '<div id="app">', '<p class="loading">Loading...</p>'):
        assert line in result.text
    assert result.removed == []


def test_a_markdown_tutorial_with_fenced_html_is_markdown():
    assert sniff_format(MARKDOWN_TUTORIAL) == "markdown"
    result = cleaner.clean(MARKDOWN_TUTORIAL)
    assert '<script src="vendor/blanket.js"></script>' in result.text  # fenced code is text


def test_markdown_with_an_html_box_is_markdown():
    document = f"# Title\n\n{P}\n\n<div class='author-bio'><p>Jane Doe writes.</p></div>\n\n<script>alert(1)</script>\n"
    assert sniff_format(document) == "markdown"
    assert cleaner.clean(document).text.startswith(f"Title\n\n{P}")


@pytest.mark.parametrize("document", [
    f"{P} Wrap each paragraph in a <p> element and close it with </p>. {Q}\n\n{P}\n\n{Q}",
    f"{P} <b>a</b> <i>b</i> <span>c</span> <a href='https://example.com/'>d</a> <br> {Q}\n\n{P}",
    f'<p align="center"><img src="logo.png"></p>\n\n{P}\n\n{Q}\n\n{P}\n\n{Q}',
    f"Save this as index.html:\n\n<!DOCTYPE html>\n<html>\n<body>\n<p>Hi</p>\n</body>\n</html>\n\n{P}\n\n{Q}\n\n{P}",
    f"Reply to <jane@example.com> or see <https://example.com/a>.\n\n{P}\n\n{Q}",
])
def test_prose_with_a_few_tags_is_not_html(document):
    assert sniff_format(document) == "text"


def test_with_format_text_tags_are_text():
    document = (f"{P}\n\n<script src=\"vendor/blanket.js\"></script>\n\n"
                f"{Q} See <a href=\"https://example.com/d\">the docs</a>.")
    result = cleaner.clean(document, format="text")
    assert '<script src="vendor/blanket.js"></script>' in result.text
    assert '<a href="https://example.com/d">the docs</a>' in result.text
    assert [link.url for link in result.links] == ["https://example.com/d"]  # the anchor's link is still known
    again = cleaner.clean(result.text, format="text")
    assert again.text == result.text
    # Markdown reads tags as markup: the script is not text there
    assert "<script" not in cleaner.clean(document, format="markdown").text


_TAGS = ['<script src="vendor/blanket.js"></script>', "<br>", "<div id='x'>", "</div>", "<p>", "<b>bold</b>",
         "<a href='https://example.com/p'>a link</a>", "<!-- note -->", "<img src='a.png'>", "<<b>>", "<p\nclass=x>"]
_PROSE = [P, Q, "Source: http://example.com/1", "Share this article", "About the Author", "- a list item", "Hi."]


@given(st.lists(st.sampled_from(_TAGS + _PROSE), min_size=1, max_size=10), st.sampled_from(["\n", "\n\n", " "]))
def test_no_tag_vanishes_from_plain_text_unreported(pieces, separator):
    document = separator.join(pieces)
    result = cleaner.clean(document, format="text")
    removed = " ".join(removal.text for removal in result.removed)
    for piece in pieces:
        if piece in _TAGS:
            flat = " ".join(piece.split())
            assert flat in " ".join(result.text.split()) or flat in " ".join(removed.split()), piece
