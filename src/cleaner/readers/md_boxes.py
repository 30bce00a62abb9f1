"""Boxes in Markdown: a raw HTML block or a Pandoc fenced div / directive that names its box by class or id.

Markdown made by converters (pandoc, html2text, Jekyll / Hugo exports of WordPress pages) keeps a page's boxes as raw
HTML (``<div class="sharedaddy sd-sharing-enabled">`` ... ``</div>``, ``<aside class="related-posts">``) or as
Pandoc fenced divs and directives (``::: {.jp-relatedposts}`` ... ``:::``, ``:::: {#jp-post-flair .sharedaddy}``,
``:::readnext``). Their class / id tokens are the DOM evidence the HTML reader reads on a page's elements: every
block inside such a box (up to its closing ``</div>`` / fence, nesting counted) takes the same hints
("call_to_action:class=sharedaddy"), from the same vocabulary and within the same bounds (readers/dom_boxes.py);
detectors/dom.py turns them into the same ``<kind>.dom`` findings.

- A box never closed ends at the end of its first run of lines (the next blank line) or at the next heading: never
  the whole document.
- A box whose tokens name the article (``data/dom.json`` ``article_body``: "entry-content", "post-body",
  "article", "content"...), or an ``<article>`` / ``<main>`` element, is the body: it gives nothing, and the boxes
  around it give nothing to the blocks inside it (a share wrapper around the post's content).
- Code fences are not looked into (a tutorial showing ``<div class="share">``); inline HTML inside a paragraph
  (``<span>``, ``<a>``, ``<br>``) is no container; only lines that open with a tag are read as raw HTML.
- The fence lines are markup (readers/text.py makes them ``rule`` units); a line of tags alone reads as no text
  (the inline parser drops tags in Markdown): neither is body text, and every character stays in a unit. A raw HTML
  block stays the paragraph it is (CommonMark: up to the next blank line), so a cue at its top still takes it whole.
- A block takes a box's hints only when it lies inside the box (from its opening line to its closing one): a
  paragraph that runs past the closing tag is not the box's.

The reader reports where a block sat, like the HTML reader; what that is worth is said by detectors/dom.py.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from ..patterncache import compile_pattern
from ..dom_data import dom_data
from ..inline import parse_inline
from ..model import Block
from .dom_boxes import CAPTION_KIND, STANDFIRST_KIND, MAX_HINT_SHARE, DomVocabulary, box_bounds
from .text import source_lines

#: The HTML elements that make a box in Markdown (a raw HTML block); inline ones (span, a, br, em) never do.
CONTAINER_TAGS = frozenset({"div", "section", "aside", "nav", "footer", "header", "article", "main", "figure",
                            "details", "form"})
#: Elements that hold the article: the body, never a box (readers/html.py ``_NEVER_HINT_TAGS``, less html / body).
ARTICLE_TAGS = frozenset({"article", "main"})
#: A Pandoc fenced div's fence or a container directive's: colons, then attributes, a class word or nothing.
_FENCE = compile_pattern(r"^ {0,3}:{3,}[ \t]*(.*?)[ \t]*$")
_FENCE_WORD = compile_pattern(r"^([\w-]+)[ \t]*(?:\[[^\]]*\])?[ \t]*(\{[^}]*\}?)?[ \t]*:*$")
_ATTR_TOKEN = compile_pattern(r"""([#.])([^\s#.{}="']+)|([\w-]+)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s}]+))""")
_TAG = compile_pattern(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_HTML_ATTR = compile_pattern(r"""\b(class|id)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", regex.IGNORECASE)
_ATX = compile_pattern(r"^ {0,3}#{1,6}(?:[ \t]|$)")
#: Pandoc's attributes after a link or a span ("{.share-linkedin .sd-button rel=\"nofollow\"}"): markup a browser
#: never shows, left out of a box's size (the bound is on the text a reader sees, as on a page).
_PANDOC_ATTRS = compile_pattern(r"\{[#.][^{}]*\}")
#: A box whose source is longer than this (markup and text) is a wrapper, not a box: not measured.
MAX_BOX_SOURCE = 100_000
#: At most this many boxes a document (the HTML reader's ``MAX_BOXES``); past that (a hostile document) none.
MAX_BOXES = 200
#: At most this many elements and fences open at once; deeper (a hostile document), the scan stops: no boxes.
MAX_OPEN = 256


@dataclass(slots=True)
class MdBox:
    """A box of a Markdown document: its span (from its opening line to its closing one), its hints, and whether its
    tokens name the article."""

    start: int
    end: int
    hints: tuple[str, ...]
    article: bool = False


def _fence_tokens(rest: str) -> tuple[list[str], list[str]]:
    """(classes, ids) of a fence's attributes: "{#id .a .b key=v}", "sd-content", "readnext{.x}"."""
    classes: list[str] = []
    ids: list[str] = []
    attrs = rest
    if not rest.startswith("{"):
        word = _FENCE_WORD.match(rest)
        if word is None:
            return classes, ids
        classes.append(word.group(1))
        attrs = word.group(2) or ""
    for match in _ATTR_TOKEN.finditer(attrs.strip("{}")):
        sign, name, key = match.group(1), match.group(2), match.group(3)
        if sign == "#":
            ids.append(name)
        elif sign == ".":
            classes.append(name)
        elif key is not None and key.lower() in ("class", "id"):
            value = next(v for v in match.group(4, 5, 6) if v is not None)
            (classes if key.lower() == "class" else ids).extend(value.split())
    return classes, ids


def _tag_tokens(attrs: str) -> tuple[list[str], list[str]]:
    classes: list[str] = []
    ids: list[str] = []
    for match in _HTML_ATTR.finditer(attrs):
        value = next(v for v in match.group(2, 3, 4) if v is not None)
        (classes if match.group(1).lower() == "class" else ids).extend(value.split())
    return classes, ids


def _box_of(classes: list[str], ids: list[str], vocabulary: DomVocabulary, article: frozenset[str],
            tag: str = "") -> tuple[tuple[str, ...], bool]:
    """(hints, names the article) of a box's tokens: the HTML reader's hints of the same class / id values."""
    if tag in ARTICLE_TAGS or any(token.lower() in article for token in (*classes, *ids)):
        return (), True
    hints: tuple[str, ...] = ()
    if classes:
        hints += vocabulary.class_hints("class", " ".join(classes))
    if ids:
        hints += vocabulary.class_hints("id", " ".join(ids))
    hints = tuple(dict.fromkeys(h for h in hints if not h.startswith((STANDFIRST_KIND + ":", CAPTION_KIND + ":"))))
    return hints, False


def _skipped_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in blocks if b.type in ("code", "front_matter") and b.start is not None
            and b.end is not None]


def markdown_boxes(document: str, blocks: list[Block], vocabulary: DomVocabulary) -> list[MdBox]:
    """The boxes of a Markdown document with hints or naming the article (code and front matter not looked into)."""
    if "<" not in document and ":::" not in document:
        return []
    article = frozenset(dom_data().article_body)
    skipped = _skipped_spans(blocks)
    boxes: list[MdBox] = []
    #: open boxes: (what closes it: "fence" or a tag name, start, hints, names the article, line index)
    stack: list[tuple[str, int, tuple[str, ...], bool, int]] = []
    open_names: dict[str, int] = {}  # how many of each closer are open (a stray closing tag costs no search)
    lines = source_lines(document)
    s = 0
    for index, (start, end, line) in enumerate(lines):
        while s < len(skipped) and skipped[s][1] <= start:
            s += 1
        if s < len(skipped) and skipped[s][0] <= start < skipped[s][1]:
            continue  # inside a code block or the front matter
        stripped = line.lstrip(" \t")
        if stripped.startswith(":::"):
            fence = _FENCE.match(line)
            if fence is None:
                continue
            rest = fence.group(1).rstrip(":").strip()
            if not rest:  # a closing fence: the innermost open fence
                box = _close_innermost(stack, open_names, "fence", end)
                if box is not None:
                    boxes.append(box)
                    if len(boxes) >= MAX_BOXES:
                        return []
                continue
            if len(stack) >= MAX_OPEN:
                return []
            hints, names_article = _box_of(*_fence_tokens(rest), vocabulary, article)
            stack.append(("fence", start, hints, names_article, index))
            open_names["fence"] = open_names.get("fence", 0) + 1
            continue
        if not stripped.startswith("<") and not stripped.endswith(">"):
            continue
        for tag in _TAG.finditer(line):
            closing, name, attrs = tag.group(1), tag.group(2).lower(), tag.group(3)
            if name not in CONTAINER_TAGS or attrs.rstrip().endswith("/"):
                continue
            if closing:
                box = _close_innermost(stack, open_names, name, start + tag.end())
                if box is not None:
                    boxes.append(box)
            elif stripped.startswith("<"):  # an opening tag counts only in a line of raw HTML
                if len(stack) >= MAX_OPEN:
                    return []
                hints, names_article = _box_of(*_tag_tokens(attrs), vocabulary, article, name)
                stack.append((name, start + tag.start(), hints, names_article, index))
                open_names[name] = open_names.get(name, 0) + 1
        if len(boxes) >= MAX_BOXES:
            return []
    unclosed = [entry for entry in stack if entry[2] or entry[3]]
    if unclosed:  # never closed: the box ends with its first run of lines, or at the next heading
        run_end = _run_ends(lines)
        for closer, box_start, hints, names_article, index in unclosed:
            k = index + 1
            while k < len(lines) and not lines[k][2].strip():
                k += 1
            box_end = lines[run_end[k]][1] if k < len(lines) and not _ATX.match(lines[k][2]) else lines[index][1]
            boxes.append(MdBox(box_start, box_end, hints, names_article))
    return boxes


def _close_innermost(stack: list, open_names: dict[str, int], closer: str, end: int) -> MdBox | None:
    """Close the innermost open box ``closer`` closes ("fence" or a tag name; nothing when none is open: a stray
    closing tag costs no search), ending at ``end``: the box, when it has hints or names the article."""
    if closer not in open_names:
        return None
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == closer:
            _, box_start, hints, names_article, _ = _close(stack, k, open_names)
            return MdBox(box_start, end, hints, names_article) if hints or names_article else None
    return None


def _close(stack: list, k: int, open_names: dict[str, int]) -> tuple:
    """Close the open box at ``k`` and whatever opened inside it and is still open (left unclosed: no box)."""
    for entry in stack[k:]:
        open_names[entry[0]] -= 1
        if not open_names[entry[0]]:
            del open_names[entry[0]]
    entry = stack[k]
    del stack[k:]
    return entry


def _run_ends(lines: list[tuple[int, int, str]]) -> list[int]:
    """For each line, the index of the last line of its run (up to a blank line or before a heading), in one pass."""
    ends = [0] * len(lines)
    following = len(lines) - 1
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k][2]
        if not line.strip():
            ends[k] = following = k - 1
            continue
        if k + 1 < len(lines) and (not lines[k + 1][2].strip() or _ATX.match(lines[k + 1][2])):
            following = k
        ends[k] = following
    return ends


def _shown_length(plain: str) -> int:
    return len(_PANDOC_ATTRS.sub("", plain)) if "{" in plain else len(plain)


def _text_block(block: Block) -> bool:
    return block.type not in ("rule", "code", "front_matter") and block.start is not None \
        and block.end is not None and any(char.isalnum() for char in block.plain)


def _visible(source: str) -> tuple[int, int]:
    """(characters of text, characters of link text) a reader sees in a box's source: its fence lines, tags, link
    targets and Pandoc attributes left out, blanks collapsed (the HTML reader's ``normalize-space`` text)."""
    if ":::" in source:
        source = "\n".join(line for line in source.split("\n") if not _FENCE.match(line))
    plain, links = parse_inline(source, tags=True)
    if "{" in plain:
        plain = _PANDOC_ATTRS.sub("", plain)
    return len(" ".join(plain.split())), sum(len(link.text.strip()) for link in links if not link.is_image)


def _says_something(text: str) -> bool:
    return any(char.isalnum() for char in parse_inline(text, tags=True)[0]) if text.strip() else False


def attach_box_hints(document: str, blocks: list[Block], vocabulary: DomVocabulary) -> None:
    """Give every text block inside Markdown boxes their hints (``Block.dom_hints``), as the HTML reader gives a block
    inside a page's box. A box is one only within the HTML reader's bounds (``box_bounds``: its kind's most
    characters, a related list's or a menu's link share; at most ``MAX_HINT_SHARE`` of the document's text). A block
    takes the hints of the boxes it overlaps when none of its text lies outside them (a raw HTML paragraph holding a
    share box and a likes box takes both; a paragraph running on past ``</div>`` takes none), less those of a box
    around an article box it sits in."""
    boxes = markdown_boxes(document, blocks, vocabulary)
    if not boxes:
        return
    texts = [b for b in blocks if _text_block(b)]
    total = sum(_shown_length(b.plain) for b in texts)
    articles = [box for box in boxes if box.article]
    bounded: list[tuple[MdBox, tuple[str, ...]]] = []  # every named box, with its hints within the bounds
    for box in boxes:
        if box.article:
            continue
        hints: tuple[str, ...] = ()
        if box.end - box.start <= MAX_BOX_SOURCE:
            size, linked = _visible(document[box.start:box.end])
            if size and size <= MAX_HINT_SHARE * max(total, 1):
                hints = tuple(hint for hint in box.hints
                              if size <= box_bounds(hint)[0] and linked / size >= box_bounds(hint)[1])
        bounded.append((box, hints))
    if not any(hints for _, hints in bounded):
        return
    #: the article boxes inside each box (a box around one says nothing of the blocks inside it)
    inner_articles = {id(box): [a for a in articles if box.start <= a.start and a.end <= box.end]
                      for box, _ in bounded}
    # the blocks a box with hints overlaps (found by bisection: blocks are in order and do not overlap; a box with
    # hints holds a few thousand characters at most, so it overlaps few blocks)
    starts = [b.start for b in texts]
    ends = [b.end for b in texts]
    candidates: set[int] = set()
    for box, hints in bounded:
        if hints:
            candidates.update(range(bisect_right(ends, box.start), bisect_left(starts, box.end)))
    for i in sorted(candidates):
        block = texts[i]
        start, end = block.start, block.end
        over = [(box, hints) for box, hints in bounded if box.start < end and start < box.end]
        if articles and over:
            over = [(box, hints) for box, hints in over if not any(
                a.start < end and start < a.end for a in inner_articles[id(box)])]
        if not any(hints for _, hints in over):
            continue
        # (a named box out of its bounds gives no hint, but its text is no article text outside the boxes either)
        spans = sorted((max(box.start, start), min(box.end, end)) for box, _ in over)
        point, outside = start, []
        for left, right in spans:
            if left > point:
                outside.append(document[point:left])
            point = max(point, right)
        outside.append(document[point:end])
        if any(_says_something(text) for text in outside):
            continue  # part of its text is not the boxes'
        block.dom_hints = tuple(dict.fromkeys((*block.dom_hints, *(h for _, hints in over for h in hints))))
