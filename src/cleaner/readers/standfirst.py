"""The article's standfirst, when trafilatura dropped it: the one recall step after trafilatura's extraction.

trafilatura finds an article's body well but often leaves out the short paragraph between the headline and the body
(the standfirst: lead, intro, chapo, excerpt, dek...), which readers and the trafilatura benchmark's annotators count
as the article. Two places are looked at, both found by the DOM evidence's one pass over the page (readers/html.py):

- the headline's own box: what follows the page's only ``<h1>`` inside its parent (a ``<header>``, a title wrapper),
  when that box is small and the ``<h1>`` is the article's headline (it matches the page's title), not a blog's name;
- boxes whose class or id names a standfirst (``STANDFIRST_TOKENS``: ``article__intro``, ``teaser-text``, ``chapo``,
  ``entry-excerpt``, ``field--summary``...), when the page has at most ``MAX_BOXES`` of them (more is a page of
  teasers, not an article).

A candidate is taken only when its own text is sentence-sized (``MIN_CHARS``), mostly not links, not cut short
("…"), visible, outside navigation / asides / figures / forms and outside boxes whose class says share, related,
comment, byline, newsletter... (``_NOT_ARTICLE``), and neither in the extracted body nor a copy of a paragraph of it.
It goes before the body, in page order, and through the same detectors and decision as every other block.
Off with ``Cleaner(html_options={"recover_standfirst": False})``. Measured in docs/html.md ("Standfirst").
"""

from __future__ import annotations

import re

from lxml import etree

from ..blocks import same_title
from ..dom_data import dom_data
from ..scripts import SENTENCE_END
#: class / id tokens (runs of their -, _ separated parts) that name an article's standfirst (``data/dom.json``:
#: "standfirst"). Not "description" or "teaser" alone: sites use them for their own blurb and for lists of other
#: articles (measured: docs/html.md). One definition, the DOM vocabulary's.
from .dom_boxes import STANDFIRST_TOKENS  # noqa: F401

MIN_CHARS = 60  # a standfirst is a sentence: a shorter text in the header is a kicker, a date, a byline
MAX_LINK_SHARE = 0.3  # a standfirst is prose; a run of mostly links is a menu or a list of tags
MAX_BOXES = 2  # more boxes with a standfirst class and text than this: a page of teasers, none is taken
MAX_BOX_CHARS = 2500  # the headline's box or a standfirst box: bigger, it wraps the page, it is not a header
MAX_TAKEN = 4  # paragraphs recovered from one page at most
#: also look right under a headline that has no small box of its own (in <article>), and in the <header> around
#: the headline's wrapper (issue 11, item 4: the leads trafilatura drops)
LEAD_UNDER_HEADLINE = True
_UNDER_HEADLINE = frozenset({"p", "h2", "div"})
#: how a sentence ends, closing quotes and brackets after the mark allowed (a lead under the headline is one)
_SENTENCE_END = SENTENCE_END
_CLOSERS = "\"'”’»)]*"

#: inline elements: their text belongs to the block around them (anything else is a block of its own)
INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                         "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var", "wbr", "br",
                         "big", "strike", "tt", "ins", "del"})
#: boxes that are not article text (the captions step lets figures in: readers/captions.py)
OUTSIDE_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "script", "style", "noscript", "template", "svg",
                          "select", "figure", "figcaption", "iframe", "textarea", "label", "time", "address", "menu",
                          "h1", "title"})
_WRAPPERS = frozenset({"html", "body", "main", "article"})  # their classes describe the page, not a box
#: class / id parts of boxes that are not the article (checked on the candidate and its ancestors), and the same
#: written with or without separators ("news-letter-section", "relatedPosts", "socialShare"): ``data/dom.json``
_NOT_ARTICLE = dom_data().not_article
_NOT_ARTICLE_JOINED = dom_data().not_article_joined
_CUT = ("…", "...", "[…]", "[...]")
_PARTS = re.compile(r"[^\s_-]+")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")  # in C: no Python string of a big box's text
_CANDIDATES = etree.XPath("descendant-or-self::*[self::p or self::div or self::span or self::h2 or self::h3]")


def element_text(element, skip=None) -> tuple[str, int]:
    """The element's inline text (nested block elements left out), spaces collapsed, and its characters in links.
    ``skip``: a test of inline children whose text is left out too (readers/captions.py: a caption's credit)."""
    parts: list[str] = []
    linked = 0

    def walk(node, in_link: bool) -> None:
        nonlocal linked
        if node.text:
            parts.append(node.text)
            if in_link:
                linked += len(node.text.strip())
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br":
                parts.append(" ")  # as the block's Markdown has it (readers/html.py: _page_markdown)
            elif tag in INLINE_TAGS and not (skip is not None and skip(child)):
                walk(child, in_link or tag == "a")
            if child.tail:
                parts.append(child.tail)
                if in_link:
                    linked += len(child.tail.strip())

    walk(element, element.tag == "a")
    return " ".join("".join(parts).split()), linked


def class_parts(value: str) -> set[str]:
    """A class or id attribute's parts, lower case, split at blanks, "-" and "_" ("news-letter_box" -> news, letter,
    box)."""
    return set(_PARTS.findall(value.lower()))


def _hidden(element) -> bool:
    style = element.get("style")
    if style and ("none" in style or "hidden" in style):
        style = style.replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


def outside_article(element, skip_tags: frozenset[str] = OUTSIDE_TAGS, allowed: frozenset[str] = frozenset()) -> bool:
    """The element, or a box around it, is not article text (navigation, a figure, a share box, hidden...).
    ``skip_tags`` and ``allowed`` (class / id parts that do not count): readers/captions.py's, for whom a figure and
    its "wp-caption" box are the article's."""
    node = element
    while node is not None and isinstance(node.tag, str):
        tag = node.tag
        if tag in skip_tags or _hidden(node):
            return True
        if tag not in _WRAPPERS:
            for attr in ("class", "id"):
                value = node.get(attr)
                if not value:
                    continue
                parts = class_parts(value)
                if not _NOT_ARTICLE.isdisjoint(parts - allowed if allowed else parts) \
                        or _NOT_ARTICLE_JOINED.search(value):
                    return True
        if tag in _WRAPPERS:
            break  # above the article (or main) element is the page's layout: a "content-sidebar-wrap" holds it
        node = node.getparent()
    return False


def _header_candidates(headings: list | None, title: str | None) -> list:
    """The elements after the page's only <h1>, inside its parent when that is a small box and the <h1> is the
    article's headline (it is in the page's title, or the title in it), not the name of the site or blog."""
    if not headings or len(headings) != 1 or not title:
        return []
    heading = headings[0]
    if not same_title(heading.text_content(), title):
        return []
    box = heading.getparent()
    if box is None:
        return []
    if box.tag in _WRAPPERS or _TEXT_LENGTH(box) > MAX_BOX_CHARS:
        return _right_under(heading) if LEAD_UNDER_HEADLINE else []
    found = []
    for sibling in heading.itersiblings():
        if isinstance(sibling.tag, str):
            found.extend(_CANDIDATES(sibling))
    if LEAD_UNDER_HEADLINE and box.tag != "header":
        # the headline's own wrapper ("title-wrap") inside the article's <header>: the lead is the header's
        header = box.getparent()
        if header is not None and header.tag == "header" and _TEXT_LENGTH(header) <= MAX_BOX_CHARS:
            for sibling in box.itersiblings():
                if isinstance(sibling.tag, str):
                    found.extend(e for e in _CANDIDATES(sibling) if _sentence(e))
    return found


def _sentence(element) -> bool:
    """The element's own text ends like a sentence (a lead does; a byline, a date line, a kicker does not)."""
    return element_text(element)[0].rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _right_under(heading) -> list:
    """The paragraph or subheading right under the headline, when the headline sits in the article's element
    itself (no small box of its own): the first element after it that has text, when that is a ``<p>``, an
    ``<h2>`` or a standfirst-shaped ``<div>`` of inline text (the body's first paragraph is extracted already and
    is left out by the caller's test)."""
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str) or not _TEXT_LENGTH(sibling):
            continue
        if sibling.tag in _UNDER_HEADLINE and _sentence(sibling):
            return [sibling]
        return []
    return []


def dropped_standfirst(blocks: list, boxes: list, headings: list | None, title: str | None = None) -> list:
    """The page elements holding a standfirst that is not in ``blocks`` (trafilatura's extraction), in page order.

    ``boxes``: the elements whose class / id names a standfirst; ``headings``: the page's <h1> elements (both found
    by the DOM evidence's pass over the page, readers/html.py); ``title``: the page's title (its metadata)."""
    if not blocks:
        return []
    candidates = _header_candidates(headings, title)
    sized = [box for box in boxes if MIN_CHARS <= _TEXT_LENGTH(box) <= MAX_BOX_CHARS]
    if 0 < len(sized) <= MAX_BOXES and len(boxes) <= MAX_BOXES * 5:
        for box in sized:
            candidates.extend(_CANDIDATES(box))
    if not candidates:
        return []
    extracted = None
    found: list = []
    seen: set[str] = set()
    taken: set = set()
    for element in candidates:
        if element in taken:
            continue
        text, linked = element_text(element)
        if len(text) < MIN_CHARS or linked > MAX_LINK_SHARE * len(text):
            continue
        if text.endswith(_CUT):
            continue  # "... and…": an excerpt cut short, a teaser of this or another article
        if text in seen or any(ancestor in taken for ancestor in element.iterancestors()) \
                or outside_article(element):
            continue
        if extracted is None:  # built once, for the first candidate that gets this far
            extracted = "\n".join(block.plain for block in blocks)  # spaces collapsed, like ``text``
        if text[:40] in extracted or text[-40:] in extracted:
            continue  # already extracted, or a shortened copy of a paragraph that was
        seen.add(text)
        taken.add(element)
        found.append(element)
        if len(found) >= MAX_TAKEN:
            break
    found.sort(key=lambda e: e.sourceline or 0)
    return found
