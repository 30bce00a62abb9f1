"""Paragraphs written as bare ``<div>``s inside the article, when trafilatura dropped them.

Rich-text editors (Blogger's, a browser's contentEditable, posts imported from them into WordPress) write a
paragraph as a ``<div>`` with no class and no id, often next to ordinary ``<p>`` paragraphs of the same post.
trafilatura's main extractor reads ``<div>`` text only when the page has little ``<p>`` text (``div`` joins its
"potential tags" below three times its minimum size), so on a page with enough ``<p>`` text it drops these paragraphs,
typically the last ones of the post ("discarding element: div …" in its debug log). This is not its comment
pruning: the same paragraphs are lost with ``include_comments=True`` and the same settings.

A ``<div>`` is put back when all of these hold:

- it has no class and no id (an editor's paragraph, not a widget, a caption box or a footer: those are named), and
  it sits outside navigation, asides, figures, forms, hidden elements and boxes whose class or id says share,
  related, comment, byline, newsletter... (the standfirst step's test, ``outside_article``);
- its own text (nested blocks left out) is prose: at least ``MIN_CHARS`` characters, at most ``MAX_LINK_SHARE`` of
  them in links, ending like a sentence;
- it is in the article's body by structure: climbing from it through bare ``<div>``s only (at most ``MAX_CLIMB``
  levels, never above ``<article>`` / ``<main>`` / ``<body>``: the page's layout is not the body), an element is reached whose own ``<p>`` children
  include a paragraph trafilatura extracted. A comment thread, a sidebar or a footer is not reached that way.
- its text is not in the extraction already.

It goes into the body after the extracted paragraph it follows in the page (before the first one when it comes
before them), and through the same detectors and decision as every other block: an editor's ``<div>`` that says
"Share this post" is still removed. Off with ``Cleaner(html_options={"recover_div_paragraphs": False})``.
Measured in docs/html.md ("Paragraphs in bare divs").
"""

from __future__ import annotations

from bisect import bisect_left

from lxml import etree

from ..scripts import SENTENCE_END
from .standfirst import element_text, outside_article

MIN_CHARS = 60  # a paragraph: a shorter bare div is a label, a date, a spacer's leftover
MAX_LINK_SHARE = 0.3  # prose, not a list of links
MAX_CLIMB = 3  # bare <div> levels between the paragraph and the element holding the extracted <p>s
MAX_TAKEN = 20  # paragraphs put back on one page at most
_NEAREST = 3  # extracted <p>s tried on each side (a <p> whose text the segmenter reshaped is not found: the next one)
MAX_CANDIDATES = 1000  # more bare <div>s with text than this: <div> soup, not an editor's paragraphs in a post
#: how a sentence (a paragraph's last one) ends, closing quotes and brackets after the mark allowed
_SENTENCE_END = (*SENTENCE_END, ":")  # and a paragraph that ends in ":" (its list follows)
_CLOSERS = "\"'”’»)]*"
_STOP = frozenset({"article", "main", "body", "html"})  # never climbed above: the page's layout is not the body

#: a <div> with text of its own, directly or in an inline child (readers/html.py tests it on each bare <div> of its
#: walk of the page)
BARE_DIV_TEXT = ("boolean(text()[normalize-space()] or "
                 "*[self::span or self::font or self::b or self::strong or self::i or self::em or self::a or self::u]"
                 "[normalize-space()])")
#: bare <div>s (no class, no id) with text of their own (in C: most pages have none)
_CANDIDATES = etree.XPath(
    "//div[not(@class) and not(@id)][text()[normalize-space()] or "
    "*[self::span or self::font or self::b or self::strong or self::i or self::em or self::a or self::u]"
    "[normalize-space()]]")


def _is_bare_div(element) -> bool:
    return element.tag == "div" and element.get("class") is None and element.get("id") is None


def _ends_like_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _block_after(blocks: list, text: str) -> int | None:
    """The index of the last block holding the end of ``text`` (a paragraph the segmenter may have split), or None."""
    tail = text[-40:]
    for block in blocks:
        if tail in block.plain:
            last = block.index
            while last + 1 < len(blocks) and blocks[last + 1].group == blocks[last].group:
                last += 1
            return last
    return None


def _block_of(blocks: list, text: str) -> int | None:
    head = text[:40]
    for block in blocks:
        if head in block.plain:
            return block.index
    return None


def dropped_div_paragraphs(root, blocks: list, candidates: list | None = None) -> list[tuple[object, int]]:
    """The bare-``<div>`` paragraphs of the article that ``blocks`` (trafilatura's extraction) lack, each with the
    position it goes to in ``blocks`` (insert before that index), in page order. ``candidates``: the page's bare
    ``<div>``s with text of their own, in page order, when the caller has them (readers/html.py's walk)."""
    if root is None or not blocks:
        return []
    if candidates is None:
        candidates = _CANDIDATES(root)
    if not candidates or len(candidates) > MAX_CANDIDATES:
        return []  # none, or a page of <div> soup (trafilatura reads its divs itself when it has few <p>s)
    finder = BlockFinder(blocks)
    found: list[tuple[object, int]] = []
    for element in candidates:
        text, linked = element_text(element)
        if len(text) < MIN_CHARS or linked > MAX_LINK_SHARE * len(text) or not _ends_like_sentence(text):
            continue
        if text[:40] in finder.extracted or text[-40:] in finder.extracted:
            continue
        position = finder.position(element)
        if position is None or outside_article(element):
            continue
        found.append((element, position))
        if len(found) >= MAX_TAKEN:
            break
    return found


class BlockFinder:
    """Where a paragraph goes among the extracted blocks; each element's children are read once (a page with
    thousands of bare <div>s next to thousands of <p>s stays linear)."""

    def __init__(self, blocks: list):
        self.blocks = blocks
        self.extracted = "\n".join(block.plain for block in blocks)
        self._children: dict[object, tuple[dict, list[int], list]] = {}
        self._after: dict[object, int | None] = {}
        self._of: dict[object, int | None] = {}

    def _extracted_ps(self, node) -> tuple[dict, list[int], list]:
        """The node's children with their positions, and the positions and elements of its extracted <p>s."""
        known = self._children.get(node)
        if known is None:
            where: dict = {}
            positions: list[int] = []
            paragraphs: list = []
            for i, child in enumerate(node):
                where[child] = i
                if isinstance(child.tag, str) and child.tag == "p":
                    own, _ = element_text(child)
                    if len(own) >= 20 and own[:40] in self.extracted:
                        positions.append(i)
                        paragraphs.append((child, own))
            known = self._children[node] = (where, positions, paragraphs)
        return known

    def _block_after(self, paragraph, text: str) -> int | None:
        if paragraph not in self._after:
            self._after[paragraph] = _block_after(self.blocks, text)
        return self._after[paragraph]

    def _block_of(self, paragraph, text: str) -> int | None:
        if paragraph not in self._of:
            self._of[paragraph] = _block_of(self.blocks, text)
        return self._of[paragraph]

    def position(self, element, climb: int = MAX_CLIMB, through_any: bool = False) -> int | None:
        """Where the paragraph goes in the blocks, when it is in the body by structure (module docstring), else
        None. ``through_any``: climb through any element, not only bare ``<div>``s (readers/captions.py: a caption's
        figure and its boxes)."""
        branch, node = element, element.getparent()
        for _ in range(climb):
            if node is None or not isinstance(node.tag, str) or node.tag == "html":
                return None
            where, positions, paragraphs = self._extracted_ps(node)
            at = bisect_left(positions, where[branch])
            for k in range(at - 1, max(-1, at - 1 - _NEAREST), -1):  # the nearest extracted <p> before the branch...
                index = self._block_after(*paragraphs[k])
                if index is not None:
                    return index + 1
            for k in range(at, min(len(positions), at + _NEAREST)):  # ...else the nearest after it
                index = self._block_of(*paragraphs[k])
                if index is not None:
                    return index
            if not (through_any or _is_bare_div(node)) or node.tag in _STOP:
                return None
            branch, node = node, node.getparent()
        return None
