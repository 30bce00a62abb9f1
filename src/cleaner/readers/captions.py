"""Figure and image captions inside the article, when trafilatura dropped them: put back at their place, as body.

With ``include_images=False`` (readers/html.py, ``TRAFILATURA_SETTINGS``) trafilatura deletes every ``<figure>``
with its ``<figcaption>`` before it looks for the article, and discards every block whose class or id holds
"caption" (WordPress's ``<p class="wp-caption-text">``, "image-caption"...). The caption of an article's own figure
is the article's (the trafilatura benchmark's and Readability's annotators keep it; a reader sees it), and a caption
that says "Source:" or mentions a newsletter is still a caption (issue 11, item 4).

The candidates come from the DOM evidence's one walk of the page (readers/html.py, ``DomIndex.captions``): every
``<figcaption>``, and the elements whose class / id names a caption (``data/dom.json`` "caption": matched like the
box tokens). One is put back when all of these hold:

- its own text (nested blocks left out; a ``<figcaption>`` of ``<p>``s gives its ``<p>``s) has ``MIN_CHARS`` to
  ``MAX_CHARS`` characters (or ``MIN_UNSPACED_WORDS`` words in Chinese, Japanese, Thai...), at most
  ``MAX_LINK_SHARE`` of them in links, is not cut short ("…"), and is not only a
  photo credit ("Photo: AFP", "Foto: dpa / John Doe": it opens with a credit word of ``data/dom.json``
  "caption_credit" and is short);
- it sits outside navigation, asides, forms, hidden elements and boxes whose class or id says related, gallery,
  carousel, slider, sidebar, share, newsletter, promo, ad... (the standfirst step's test, with the figure's own
  boxes allowed: ``<figure>``, "wp-caption", "image", "photo", ``data/dom.json`` "caption_boxes");
- it is in the article's body by structure: climbing from it through at most ``MAX_CLIMB`` elements (its figure and
  the figure's wrappers; never above ``<article>`` / ``<main>`` / ``<body>``), an element is reached whose own
  ``<p>`` children include a paragraph trafilatura extracted (readers/bare_divs.py's finder); or else (a lead photo
  in the article's header, a figure nested deeper) it is inside the article's element (the nearest ``<article>``,
  or an element named by a body token of ``data/dom.json`` "article_body") and one of the next ``MAX_FOLLOWING``
  ``<p>``s in the page, inside that element, is an extracted paragraph: it goes before that one. A sidebar's
  thumbnails, a related-post card after the article or a footer's logo are not reached either way;
- its text is not in the extraction already.

It goes into the body after the extracted paragraph it follows in the page (before the first one when it comes
before them), as a paragraph of its own marked ``Block.caption``: the decision's body protection keeps it when a
detector fires on a cue in it (decision.py ``is_caption``), and the detectors still see it. Off with
``Cleaner(html_options={"recover_captions": False})``. Measured in docs/html.md ("Captions").
"""

from __future__ import annotations

import regex
from lxml import etree

from ..patterncache import compile_pattern
from ..dom_data import dom_data
from ..scripts import SENTENCE_END, UNSPACED, word_count
from .bare_divs import BlockFinder
from .standfirst import OUTSIDE_TAGS, class_parts, element_text, outside_article

MIN_CHARS = 20  # a caption says what the picture shows; shorter is a credit, a label, a file name
MIN_UNSPACED_WORDS = 4  # ...or, in a script without spaces (Chinese, Japanese, Thai), this many words' letters
MAX_ARTICLE_CLIMB = 10  # elements between the caption and the article's element (the second structural test)
MAX_FOLLOWING = 12  # <p>s after the caption looked at for the extracted one it goes before
MAX_CHARS = 600  # longer is not a caption: a box of text that happens to be named so
MAX_LINK_SHARE = 0.5  # a caption may link its source; a run of links is a card or a gallery's navigation
MAX_CLIMB = 4  # elements between the caption and the one holding the extracted <p>s (figcaption, figure, wrappers)
MAX_CANDIDATES = 200  # captions looked at on one page at most (the walk stops listing them there)
MAX_TAKEN = 30  # captions put back on one page at most
MAX_CREDIT_CHARS = 70  # a text opening with a credit word and no longer than this is only a credit
MAX_NAME_CREDIT_CHARS = 40  # "Jane Doe/ZDNet": a name and an agency, no sentence, no longer than this
_SENTENCE_END = SENTENCE_END
_CLOSERS = "\"'”’»)]*"
_CUT = ("…", "...", "[…]", "[...]")
_CAPTION_SKIP = OUTSIDE_TAGS - {"figure", "figcaption"}
_ALLOWED = dom_data().caption_boxes
_BLOCK_CHILDREN = ("p", "div")
_CREDIT_BOXES = dom_data().caption_credit_boxes
_ARTICLE_TOKENS = frozenset(token.lower() for token in dom_data().article_body)
_FOLLOWING_PS = etree.XPath(f"following::p[position() <= {MAX_FOLLOWING}]")


def _long_enough(text: str) -> bool:
    return len(text) >= MIN_CHARS or (UNSPACED.search(text) is not None and word_count(text) >= MIN_UNSPACED_WORDS)


def _article_of(element):
    """The element holding the article around ``element``: the nearest ``<article>``, or element whose class / id is
    one of the article body's tokens ("entry-content", "story-body"...: ``data/dom.json`` "article_body")."""
    node = element.getparent()
    for _ in range(MAX_ARTICLE_CLIMB):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return None
        if node.tag == "article":
            return node
        for attr in ("class", "id"):
            value = node.get(attr)
            if value and not _ARTICLE_TOKENS.isdisjoint(value.lower().split()):
                return node
        node = node.getparent()
    return None


def _before_next_paragraph(element, finder: BlockFinder) -> int | None:
    """The second structural test: the caption's figure is inside the article's element (a lead photo in the
    article's header, a figure nested deeper than ``MAX_CLIMB``), and an extracted paragraph of the same element
    follows it: the caption goes before that paragraph's block."""
    article = _article_of(element)
    if article is None:
        return None
    for paragraph in _FOLLOWING_PS(element):
        if not any(ancestor is article for ancestor in paragraph.iterancestors()):
            return None  # past the article's end
        text, _ = element_text(paragraph)
        if len(text) >= 20 and text[:40] in finder.extracted:
            return finder._block_of(paragraph, text)
    return None


#: the words a photo credit opens with ("Photo", "Foto", "©"...: data/dom.json "caption_credit"), longest first
_CREDIT_WORDS = "|".join(sorted(dom_data().caption_credit, key=lambda w: (-len(w), w)))
_CREDIT = compile_pattern(r"^\W{0,3}(?:" + _CREDIT_WORDS + r")(?![\p{L}\p{M}\p{N}])", regex.IGNORECASE)
#: a credit closing a caption, after its last sentence or a separator: "… on Friday. Photo: Jane Doe / AFP"
_TRAILING_CREDIT = compile_pattern(
    r"(?:(?<=[.!?。)\]»”\"'|–—/])\s*|\s+(?=[(\[]))[(\[]?\s*(?:"
    + _CREDIT_WORDS
    + r")(?![\p{L}\p{M}\p{N}])[^.!?。]{0,%d}$" % MAX_CREDIT_CHARS, regex.IGNORECASE)


def without_credit(text: str) -> str:
    """The caption without the photo credit that closes it ("… on Friday. Photo: Jane Doe / AFP")."""
    match = _TRAILING_CREDIT.search(text)
    return text[:match.start()].rstrip() if match and match.start() > 0 else text


def is_credit_only(text: str) -> bool:
    """A photo credit and nothing else: "Photo: AFP", "Foto: dpa / Jane Doe", "© Reuters", "Image by X on Y", and a
    short "Jane Doe/Agency" that is no sentence."""
    if len(text) > MAX_CREDIT_CHARS:
        return False
    if _CREDIT.search(text) is not None:
        return True
    return len(text) <= MAX_NAME_CREDIT_CHARS and "/" in text and not text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def is_credit_box(element) -> bool:
    """An inline element of a caption that holds its photo credit (``<span class="credit">``, "fig-media__credit",
    "copyright"...) or a label for screen readers only ("off-screen", "sr-only": BBC's "Image caption"), by its
    class / id parts or whole tokens (``data/dom.json`` "caption_credit_boxes"): left out of the caption put back."""
    for attr in ("class", "id"):
        value = element.get(attr)
        if value:
            if not (_CREDIT_BOXES.isdisjoint(class_parts(value)) and _CREDIT_BOXES.isdisjoint(value.lower().split())):
                return True
    return False


def _texts(element) -> list:
    """(element, its own text, characters in links) for the caption's text: the element's own inline text, or its
    ``<p>`` / ``<div>`` children's when it holds them."""
    text, linked = element_text(element, is_credit_box)
    if _long_enough(text):
        return [(element, text, linked)]
    found = []
    for child in element.iterchildren(*_BLOCK_CHILDREN):
        if is_credit_box(child):
            continue
        text, linked = element_text(child, is_credit_box)
        if text:
            found.append((child, text, linked))
    return found


def dropped_captions(blocks: list, candidates: list, finder: BlockFinder | None = None) -> list[tuple[object, int]]:
    """The captions of the article's figures that ``blocks`` (trafilatura's extraction) lack, each with the position
    it goes to in ``blocks`` (insert before that index), in page order. ``candidates``: ``DomIndex.captions``."""
    if not blocks or not candidates:
        return []
    if finder is None:
        finder = BlockFinder(blocks)
    found: list[tuple[object, int]] = []
    seen: set[str] = set()
    taken: set = set()
    for candidate in candidates:
        if candidate in taken or any(ancestor in taken for ancestor in candidate.iterancestors()):
            continue  # a "wp-caption-text" inside a <figcaption>, a caption box inside one taken
        for element, text, linked in _texts(candidate):
            if not _long_enough(text) or len(text) > MAX_CHARS or linked > MAX_LINK_SHARE * len(text):
                continue
            if text.endswith(_CUT) or is_credit_only(text) or text in seen:
                continue
            if text[:40] in finder.extracted or text[-40:] in finder.extracted:
                continue
            if outside_article(element, _CAPTION_SKIP, _ALLOWED):
                continue
            position = finder.position(element, MAX_CLIMB, through_any=True)
            if position is None:
                position = _before_next_paragraph(element, finder)
            if position is None:
                continue
            seen.add(text)
            taken.add(element)
            found.append((element, position))
            taken.add(candidate)
        if len(found) >= MAX_TAKEN:
            break
    return found
