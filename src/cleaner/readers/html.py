"""The HTML reader: trafilatura finds the main content; we keep its structure and add the DOM evidence it drops.

1. The page is parsed once, safely (no network, no entity expansion, no DTD).
2. One linear walk of the tree records the boxes whose class / id / itemprop / rel tokens say "author box", "share
   bar", "related posts"... (``DomIndex``), matched against the vocabulary the caller gives (the pipeline gives
   detectors/dom.py's): the reader reports where a block sat, it never decides what that is worth.
3. trafilatura extracts the main content as its XML tree (head, p, list/item, quote, table, ref, lb); the settings
   are chosen in ``TRAFILATURA_SETTINGS`` (reasons with numbers in docs/html.md).
4. Each element of that tree becomes a unit whose source is Markdown (blocks.py: links and structure survive, a
   ``<br>`` is a line break, a newline of the page's source a space); the segmenter shared with text and Markdown
   makes the blocks (split at cue lines and sentences, markers stripped, links read), and each block takes the hints
   of the box holding its text.
5. The standfirst under the headline, when trafilatura left it out, is put back before the body
   (readers/standfirst.py; its candidates come from the walk of step 2); an editor's bare-``<div>`` paragraphs
   (readers/bare_divs.py) and, when asked (``recover_captions``), the captions of the article's figures
   (readers/captions.py) go back at their place in the body.

Then the same detectors (and detectors/dom.py on the hints) and decision step as for text run on the blocks; the
removed ones are located in the page by readers/locate.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from lxml import etree, html as lxml_html

from ..patterncache import compile_pattern
from ..errors import DecodeError
from ..blocks import Segmenter, Unit
from ..model import Block
from .page_credit import CreditSource, dropped_credit_url
from .html_meta import BylineName, PersonTest, byline_marks, elements_by_tag, markup_metadata
from .forms import form_boxes
from .depth import MAX_DEPTH, MAX_ROW_CELLS, flatten_deep_html, split_wide_rows
from .xpath_speed import ELEMENT_LOOKUP
from ..inline import parse_inline
from .locate import Locator, canon
from .standfirst import INLINE_TAGS as _INLINE_TAGS, dropped_standfirst
from .dom_boxes import (CAPTION_KIND, HINTS_CACHE_SIZE, MAX_HINT_SHARE as _MAX_HINT_SHARE, STANDFIRST_KIND,
                        DomVocabulary, box_bounds, dom_vocabulary)
from .bare_divs import BARE_DIV_TEXT, dropped_div_paragraphs
from .captions import MAX_CANDIDATES as MAX_CAPTIONS, dropped_captions, is_credit_box, without_credit

#: Pages longer than this are extracted with trafilatura's ``fast`` setting (its readability and jusText fallbacks,
#: which compare whole extractions, are skipped): half the time on a 2.6 MB page of 50,000 links (6.1 s -> 3.5 s).
#: ``html_options={"fast": False}`` keeps them.
FAST_ABOVE_CHARS = 1_000_000

#: trafilatura settings, chosen on ../shared/bench (docs/html.md): comments off is better on 4 of 5 sets and faster.
TRAFILATURA_SETTINGS = dict(
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_formatting=False,
    include_links=True,
    favor_precision=False,
    favor_recall=False,
    fast=False,
    deduplicate=False,
)

MAX_STANDFIRST_BOXES = 20
#: readers/captions.py's step by default (``html_options={"recover_captions": True}`` turns it on): off, because the
#: bench golds disagree: scrapinghub's, the trafilatura set's and wcxb_dev's count captions out of the body (F1
#: -0.0045, "without" snippets -0.010), readability's and cleanportaleval's count them in (+0.0019, +0.0025):
#: docs/html.md, "Captions and leads trafilatura drops"
RECOVER_CAPTIONS = False
_SCHEMA_PERSON = compile_pattern(r"schema\.org/person\b", regex.IGNORECASE)
_NEVER_HINT_TAGS = frozenset({"html", "body", "main", "article"})
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


def element_hints(element, vocabulary: DomVocabulary) -> tuple[str, ...]:
    """DOM evidence carried by the element itself, as "kind:evidence" strings (e.g. "author_bio:class=bio-box")."""
    get = element.get
    class_, id_, itemprop, itemtype = get("class"), get("id"), get("itemprop"), get("itemtype")
    hints = vocabulary.class_hints("class", class_) if class_ else ()
    if id_:
        hints += vocabulary.class_hints("id", id_)
    if itemprop or itemtype:
        if (itemprop or "").lower() == "author" or _SCHEMA_PERSON.search(itemtype or ""):
            hints += ("author_bio:schema.org Person / itemprop=author",)
    if element.tag == "a":
        link_rel = get("rel")
        if link_rel and "author" in link_rel.lower().split():
            hints += ("author_bio:rel=author",)
    return tuple(dict.fromkeys(hints)) if len(hints) > 1 else hints


#: At most this many boxes are kept; past that (a hostile page) the rest give no evidence.
MAX_BOXES = 200
MIN_CONTAINED_CHARS = 15  # a block shorter than this must be a box's whole text to take its hints


@dataclass(slots=True)
class DomIndex:
    """DOM evidence: the text of each box (author box, share bar, related widget...) with its hints; a block of
    trafilatura's output inside a box (its text is the box's text, or part of it) takes the box's hints."""

    boxes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    #: for readers/standfirst.py: the elements whose class / id names a standfirst, and the page's <h1> elements
    #: (None when the pass stopped early)
    standfirst_boxes: list = field(default_factory=list)
    headings: list | None = field(default_factory=list)
    #: for the byline search (readers/html_meta.py): (element, ``byline_marks``) of the candidates with marks, in page
    #: order (None when the pass stopped early)
    marked: list | None = field(default_factory=list)
    #: for readers/bare_divs.py: the bare <div>s with text of their own, in page order, when the pass found them
    bare_divs: list | None = None
    #: for readers/captions.py: <figcaption>s and the elements whose class / id names a caption, in page order
    captions: list = field(default_factory=list)
    _joined: tuple[int, str] | None = None  # (number of boxes, their texts joined): a quick "in no box" answer

    def lookup(self, plain: str, heading: bool = False) -> tuple[str, ...]:
        """Hints of the boxes holding this text. A heading must be a box's whole text: the same words inside a
        table of contents or a related-posts list are the box's, not the heading's."""
        if not self.boxes:
            return ()  # (a page without boxes: no text to fold)
        key = text_key(plain)
        if not key:
            return ()
        if self._joined is None or self._joined[0] != len(self.boxes):
            self._joined = (len(self.boxes), _BOX_SEP + _BOX_SEP.join(box for box, _ in self.boxes) + _BOX_SEP)
        joined = self._joined[1]
        if not (key in joined if not heading and len(key) >= MIN_CONTAINED_CHARS else
                f"{_BOX_SEP}{key}{_BOX_SEP}" in joined):
            return ()  # most blocks: in no box (one search instead of one per box)
        hints: list[str] = []
        for box, box_hints in self.boxes:
            if key == box or (not heading and len(key) >= MIN_CONTAINED_CHARS and key in box):
                hints.extend(h for h in box_hints if h not in hints)
        return tuple(hints)


_BOX_SEP = "\x00"  # never in a page's text (sanitize() replaced it), so a match cannot span two boxes


def text_key(text: str) -> str:
    """How a block of trafilatura's output and an element of the page are matched: their text, spaces collapsed,
    case-folded."""
    return " ".join(text.split()).casefold()


_TEXT_OF = etree.XPath("normalize-space(.)")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")  # len(_TEXT_OF(e)): characters, as Python counts
_LINK_TEXTS = etree.XPath("descendant::a//text()", smart_strings=False)  # plain strings: only their length counts


def _linked_size(element) -> int:
    """Length of the text inside links under an element (found in C)."""
    return len("".join(_LINK_TEXTS(element)).strip())


def _plan(hints: tuple[str, ...]) -> tuple | None:
    """What the DOM evidence does with an element carrying these hints (worked out once per distinct set of attribute
    values): (names a standfirst, its box hints as (hint, most characters, least link share), its mark hints, names a
    caption)."""
    if not hints:
        return None
    standfirst = any(h.startswith(STANDFIRST_KIND + ":") for h in hints)
    caption = any(h.startswith(CAPTION_KIND + ":") for h in hints)
    if standfirst or caption:
        hints = tuple(h for h in hints if not h.startswith((STANDFIRST_KIND + ":", CAPTION_KIND + ":")))
    container = [h for h in hints if h.partition(":")[2].startswith(("class=", "id="))]
    inline = tuple(h for h in hints if h not in container)
    boxes = tuple((h, *box_bounds(h)) for h in container)
    if caption and not (standfirst or boxes or inline):
        return _CAPTION_ONLY
    return standfirst, boxes, inline, caption


_NO_PLAN = object()
_CAPTION_ONLY = (False, (), (), True)  # the plan of an element whose class names a caption and nothing else


def _entry(element, key: tuple, vocabulary: DomVocabulary) -> tuple | None:
    """(the plan, the byline marks) of an element whose attribute values are ``key``, or None when it has neither.
    An id naming no box (most ids are unique: "post-4711") changes nothing: the entry of the same values without it
    is shared (a page's new ids cost one cached look-up each, not a new plan)."""
    plans = vocabulary.plans
    unnamed = None
    if key[1] is not None and not vocabulary.class_hints("id", key[1]):
        unnamed = (key[0], None, key[2], key[3], key[4])
        entry = plans.get(unnamed, _NO_PLAN)
        if entry is not _NO_PLAN:
            return entry
    plan, marks = _plan(element_hints(element, vocabulary)), byline_marks(element)
    entry = None if plan is None and marks is None else (plan, marks)
    if unnamed is not None:
        plans[unnamed] = entry
    return entry
_NO_ATTRIBUTES = (None, None, None, None, None)
_BLANKS = " \t\n\r"  # what XPath's normalize-space() removes


def _bare_div_text(element) -> bool:
    """Whether a <div> has text of its own, directly or in an inline child (readers/bare_divs.py's XPath)."""
    text = element.text
    if text and text.strip(_BLANKS):
        return True
    return _BARE_DIV_TEXT(element)


_BARE_DIV_TEXT = etree.XPath(BARE_DIV_TEXT)


def build_dom_index(root, candidates: list | None = None, vocabulary: DomVocabulary | None = None) -> DomIndex:
    """The DOM evidence of a page. Elements with a class / id / itemprop / rel are checked against the box tokens
    (what to do with an element is cached per set of attribute values); a real box is bounded in size and link share
    (a wrapper of the whole article that happens to be called "share-container" is not a share bar).

    ``candidates``: ``page_candidates(root)``, when the caller has them; without them, one walk of <body> finds them
    and, in the same pass, the bare ``<div>``s readers/bare_divs.py starts from (``DomIndex.bare_divs``): the XPath
    of ``page_candidates`` and bare_divs' own cost as much as the walk each (0.4 and 0.2 ms a bench page)."""
    index = DomIndex()
    boxes, standfirst_boxes, headings = index.boxes, index.standfirst_boxes, index.headings
    captions = index.captions
    total = 0
    if vocabulary is None:
        vocabulary = dom_vocabulary(None)
    plans = vocabulary.plans
    marked = index.marked
    if candidates is None:
        body = root.find("body")
        scope = body if body is not None else root
        elements = scope.iterdescendants(etree.Element)
        index.bare_divs = bare = []
        if root.getnext() is not None or root.getprevious() is not None or root.tag == "div" or (
                scope is not root and any(child is not body and isinstance(child.tag, str) and (
                    child.tag == "div" or child.find(".//div") is not None) for child in root)):
            # "//div" holds what is outside <body>, or the root itself, or a second top element a broken page can
            # have: bare_divs looks itself
            index.bare_divs = bare = None
    else:
        elements, bare = candidates, None
    for element in elements:
        get = element.get
        tag = element.tag
        key = (get("class"), get("id"), get("itemprop"), get("itemtype"), get("rel") if tag == "a" else None)
        if tag == "figcaption" and len(captions) < MAX_CAPTIONS:
            captions.append(element)
        if candidates is None:
            if key[0] is None and key[1] is None:
                if tag == "div" and bare is not None and _bare_div_text(element):
                    bare.append(element)
                if key == _NO_ATTRIBUTES and tag != "h1":
                    continue  # not a candidate (``page_candidates``' XPath)
        if len(boxes) >= MAX_BOXES:
            index.headings = index.marked = None  # not all seen: no headline box is looked at, no byline taken
            index.bare_divs = None
            break
        if tag == "h1":
            headings.append(element)
        if not isinstance(tag, str):
            continue
        entry = plans.get(key, _NO_PLAN)
        if entry is _NO_PLAN:  # the plan and the byline marks are functions of these values only
            if len(plans) >= HINTS_CACHE_SIZE:
                plans.clear()
            entry = plans[key] = _entry(element, key, vocabulary)
        if entry is None:
            continue
        plan, marks = entry
        if marks is not None:
            marked.append((element, marks))
        if plan is None or tag in _NEVER_HINT_TAGS or tag in _INVISIBLE_TAGS:
            continue
        standfirst, container, inline, caption = plan
        if caption and tag != "figcaption" and len(captions) < MAX_CAPTIONS:
            captions.append(element)
        if standfirst and len(standfirst_boxes) < MAX_STANDFIRST_BOXES:
            standfirst_boxes.append(element)
        if container:
            text = _TEXT_OF(element)
            size = len(text)
            container = [box for box in container if size <= box[1]]
            if container:
                if not total:
                    total = int(_TEXT_LENGTH(root))  # counted in C: no Python string of the page's text
                if size <= _MAX_HINT_SHARE * max(total, 1):
                    if size and any(box[2] for box in container):  # only related / navigation ask for link text
                        linked = _linked_size(element)
                        container = [box for box in container if linked / size >= box[2]]
                    hints = tuple(box[0] for box in container)
                    if hints:
                        boxes.append((text_key(text), hints))
        if inline:  # rel="author" / itemprop="author": the element, or the block holding a link or name
            holder = element.getparent() if tag in ("a", "span") and element.getparent() is not None else element
            text = text_key(_TEXT_OF(holder))
            if len(text) <= 300:
                boxes.append((text, inline))
    return index


# --- trafilatura's XML to Markdown blocks ---------------------------------------------------------------------------
def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]") if ("[" in text or "]" in text) else text


_NESTED_BLOCKS = frozenset({"list", "table", "quote", "p", "head", "code", "div", "row", "cell", "item", "section"})


_BREAK = "\x00"  # a <lb/> inside a container: a paragraph break


@lru_cache(maxsize=4096)
def _absolute(base: str, target: str) -> str:
    """A link target resolved against the page's base URL, exactly as trafilatura would (its ``convert_link``)."""
    from trafilatura.utils import safe_relative_url

    return safe_relative_url(base, target) or target


#: A run of blanks holding a line break, in the page's text: a space, as a browser shows it. Only a ``<br>`` (trafilatura's
#: ``<lb/>``) is a line break of the block, so the segmenter splits at the lines a reader sees, as in a text file.
_SOURCE_NEWLINES = re.compile(r"[ \t]*[\r\n][ \t\r\n]*")


def _flat(text: str) -> str:
    return _SOURCE_NEWLINES.sub(" ", text) if "\n" in text or "\r" in text else text


def _spaced(raw: str, markdown: str, out: list, tail: str | None) -> str:
    """An inline element's Markdown with the blanks its text had at its ends put outside it: "<a>document </a>for"
    reads "[document](x) for", not "[document](x)for" (a label is trimmed; its words must not be glued)."""
    if not markdown:
        return markdown
    if raw[:1].isspace() and out and isinstance(out[-1], str) and out[-1] and not out[-1][-1].isspace():
        markdown = " " + markdown
    if raw[-1:].isspace() and not (tail or "")[:1].isspace():
        markdown += " "
    return markdown


_CODE_MARKUP = frozenset("*_`\\~[]<>&|")


def _inline_code(node) -> bool:
    """A ``<code>`` of one line with text of its paragraph before or after it ("a utility function <code>fetch()</code>
    that …"): a word of the sentence, read in place, not a code block of its own pulled out after the paragraph
    (keep34). A program (lines) or a ``<code>`` alone in its element stays a block."""
    raw = "".join(node.itertext()).strip()
    if not raw or "\n" in raw or any(char in raw for char in _CODE_MARKUP):
        return False  # (Markdown's marks in it, "__init__": the plain text would lose them; a block keeps them)
    if (node.tail or "").strip():
        return True
    parent = node.getparent()
    if parent is not None and (parent.text or "").strip():
        return True
    for sibling in node.itersiblings(preceding=True):
        if (sibling.tail or "").strip() or (isinstance(sibling.tag, str) and sibling.tag in ("ref", "hi")):
            return True
    return False


def _code_span(raw: str) -> str:
    """Markdown inline code for a one-line text without Markdown's marks."""
    return f"`{' '.join(raw.split())}`"


def _pieces(element, nested: frozenset[str], breaks: bool, base: str = "", flat: bool = True) -> list:
    """The element's content in order: Markdown strings for inline content, and the nested block elements.
    ``flat``: a newline of the page's text is a space (not in a quote, which trafilatura also makes of a <pre>)."""
    out: list = []
    _flat_or_not = _flat if flat else str

    def walk(node) -> None:
        text = node.text  # (each read of an lxml text, tail or tag makes a new string: read once)
        if text:
            out.append(_escape(_flat_or_not(text)))
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                tag = ""
            if tag == "ref":
                raw = "".join(child.itertext())
                label = " ".join(raw.split())
                target = child.get("target", "")
                if target and base:
                    target = _absolute(base, target)
                if target and label and not target.lower().startswith("javascript:"):
                    safe = target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                    out.append(_spaced(raw, f"[{_escape(label)}]({safe})", out, child.tail))
                else:
                    out.append(_spaced(raw, _escape(label), out, child.tail))
                if len(child) and any(True for _ in child.iter("lb")):
                    # a line break inside the link ("<a>My Stupid Co-Workers<br></a><a>…"): the line ends after
                    # it, its label is not glued to the next one (keep34)
                    out.append(_BREAK if breaks else "\n")
            elif tag == "hi":
                raw = "".join(child.itertext())
                inner = " ".join(raw.split())
                rend = child.get("rend", "")
                mark = "**" if "b" in rend else "*" if "i" in rend else ""
                out.append(_spaced(raw, f"{mark}{_escape(inner)}{mark}", out, child.tail) if inner else "")
            elif tag == "lb":
                out.append(_BREAK if breaks else "\n")
            elif tag == "code" and _inline_code(child):
                raw = "".join(child.itertext())
                out.append(_spaced(raw, _code_span(raw), out, child.tail))
            elif tag in nested:
                out.append(child)  # a block of its own
            elif tag:
                walk(child)
            tail = child.tail
            if tail:
                out.append(_escape(_flat_or_not(tail)))

    walk(element)
    return out


def _page_markdown(element, base: str = "", skip=None) -> str:
    """The Markdown of a page element's own inline content (text, links; nested blocks left out). ``skip``: a test of
    inline children left out too (a caption's credit, readers/captions.py)."""
    out: list[str] = []

    def walk(node) -> None:
        if node.text:
            out.append(_escape(node.text))
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "a" and child.get("href"):
                raw = child.text_content()
                label = " ".join(raw.split())
                target = child.get("href", "").strip()
                if base:
                    target = _absolute(base, target)
                if label and target and not target.lower().startswith(("javascript:", "#")):
                    safe = target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                    out.append(_spaced(raw, f"[{_escape(label)}]({safe})", out, child.tail))
                else:
                    out.append(_spaced(raw, _escape(label), out, child.tail))
            elif tag == "br":
                out.append(" ")
            elif tag in _INLINE_TAGS and not (skip is not None and skip(child)):
                walk(child)
            if child.tail:
                out.append(_escape(child.tail))

    walk(element)
    return " ".join("".join(out).split())


def _inline_markdown(element, nested: frozenset[str] = _NESTED_BLOCKS, base: str = "", flat: bool = True) -> str:
    """The Markdown of an element's inline content: text, links, emphasis, line breaks; elements whose tag is in
    ``nested`` are left out (they become blocks of their own)."""
    return "".join(p for p in _pieces(element, nested, False, base, flat) if isinstance(p, str)).strip()


@dataclass(slots=True)
class HtmlPage:
    blocks: list[Block]
    metadata: dict[str, str | None]
    root: object = None  # the parsed page, to locate removed blocks
    warnings: list[str] = field(default_factory=list)  # what the parsing had to do (a page flattened...)

    _locator: Locator | None = None

    def locate(self, block: Block) -> str | None:
        """The XPath of the removed block (readers/locate.py): call it for the removed blocks in their order."""
        if self.root is None:
            return None
        if self._locator is None:
            self._locator = Locator(self.root)
        return self._locator.locate(block.plain)

    def between(self, lead: Block, item: Block) -> tuple[int, int] | None:
        """(how many levels above ``lead``'s element the lowest element holding both ``lead``'s and ``item``'s is,
        how many letters and digits of the page's text stand between the two: text no block holds), ``item`` after
        ``lead`` in the page; None when either is not found (a fresh walk: call it rarely)."""
        if self.root is None:
            return None
        locator = Locator(self.root)
        first = locator.locate(lead.plain)
        lead_end = locator.cursor
        second = locator.locate(item.plain) if first is not None else None
        if first is None or second is None:
            return None
        gap = max(0, locator.cursor - len(canon(item.plain)) - lead_end)
        steps, others = first.strip("/").split("/"), second.strip("/").split("/")
        common = next((k for k, (a, b) in enumerate(zip(steps, others)) if a != b), min(len(steps), len(others)))
        return len(steps) - common, gap


_BLOCKS_IN_CELLS = ("table", "p", "list", "quote", "head", "div")


def _is_simple_table(node) -> bool:
    """Rows of cells holding only inline content: a data table, rendered as a Markdown table."""
    if (node.text or "").strip():
        return False
    for row in node:
        if not isinstance(row.tag, str):
            continue
        if row.tag != "row" or (row.tail or "").strip():
            return False
        for cell in row:
            if isinstance(cell.tag, str) and any(True for _ in cell.iter(*_BLOCKS_IN_CELLS)):
                return False
    return True


_CLOSES_LINK = ",.;:!?)"


def _ends_mid_sentence(text: str) -> bool:
    return bool(text) and (text[-1].isalnum() or text[-1] == ",")


def rejoin_link_splits(body) -> None:
    """Undo trafilatura's split of a text run at its links (keep34). The text of a ``<div>`` (a Blogger post, a
    shop's deal box) comes out of its link-keeping extraction as one ``<p>`` a link, each link opening a paragraph
    and its text's blank lost: "… all for</p><p><ref>the blog at work</ref>so I figured …". A ``<p>`` that opens with
    a link whose text runs on without a blank (a letter, or a closing comma or stop) joins the paragraph before it
    when that one stops mid-sentence (a word or a comma last), and the link gets its blank back, so the sentence is
    one again. A paragraph that opens on a link after a blank, or follows a full stop or a colon, stays as it is (and
    "<ref>Legis</ref>lative Update" keeps its word whole)."""
    for paragraph in list(body.iter("p")):
        if len(paragraph) == 0 or (paragraph.text or "").strip():
            continue
        first = paragraph[0]
        tail = first.tail or ""
        if first.tag != "ref" or not tail or tail[0].isspace() or not (tail[0].isalpha() or tail[0] in _CLOSES_LINK):
            continue
        previous = paragraph.getprevious()
        if previous is None or previous.tag != "p" or (previous.tail or "").strip() or (paragraph.tail or "").strip():
            continue
        if not _ends_mid_sentence("".join(previous.itertext()).rstrip()):
            continue  # (a link on a word's first letters, "<ref>Legis</ref>lative Update", opens a paragraph too)
        if tail[0].isalpha():
            first.tail = " " + tail
        if len(previous):
            previous[-1].tail = (previous[-1].tail or "").rstrip() + " "
        else:
            previous.text = (previous.text or "").rstrip() + " "
        for child in list(paragraph):
            previous.append(child)
        paragraph.getparent().remove(paragraph)


class _UnitBuilder:
    """trafilatura's XML to units (blocks.py): Markdown source per heading, paragraph, list item, quote, table, code."""

    def __init__(self, base: str = ""):
        self.base = base  # the page's base URL: relative link targets are resolved against it
        self.units: list[Unit] = []
        self.list_id = 0

    def add(self, type_: str, source: str, level: int = 0, list_id: int = -1, plain: str | None = None,
            links: list | None = None) -> None:
        source = source.strip()
        if source:
            self.units.append(Unit(type_, source, None, level, list_id, plain, links))

    def element(self, node) -> None:
        tag = node.tag
        if not isinstance(tag, str):
            tag = ""
        if tag == "head":
            rend = node.get("rend", "h2")
            level = int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2
            self.add("heading", "#" * level + " " + _inline_markdown(node, base=self.base), level=level)
        elif tag == "p":
            self.add("paragraph", _inline_markdown(node, base=self.base))
            self._nested(node)
        elif tag == "list":
            self.list_id += 1
            list_id = self.list_id
            own = (node.text or "").strip()
            if own:  # text of the list itself, before its items (a list's title): a paragraph (keep34)
                self.add("paragraph", _escape(_flat(own)))
            for item in node:
                if isinstance(item.tag, str) and item.tag == "item":
                    text = _inline_markdown(item, base=self.base).replace("\n", " ")
                    self.add("list_item", "- " + text, list_id=list_id)
                    self._nested(item)
                elif isinstance(item.tag, str) and item.tag in _NESTED_BLOCKS:
                    # a block straight under the list, not in an item (a nested list, a quote): read, not dropped
                    self.element(item)
                if (item.tail or "").strip():
                    self.add("paragraph", _escape(_flat(item.tail.strip())))
        elif tag == "quote":
            text = _inline_markdown(node, base=self.base, flat=False)
            if text:
                self.add("quote", "\n".join("> " + line for line in text.splitlines()))
            self._nested(node)
        elif tag == "table":
            self.table(node)
        elif tag == "code":
            code = "".join(node.itertext())
            if code.strip():
                self.add("code", f"```\n{code.strip(chr(10))}\n```", plain=code)
        elif tag in ("div", "section", "body", "row", "cell", "item"):  # containers (a table without <table>)
            self.container(node)
        elif tag == "graphic":
            return
        else:
            text = _inline_markdown(node, base=self.base)
            if text:
                self.add("paragraph", text)

    def container(self, node) -> None:
        """Text runs between the nested blocks become paragraphs (a <lb/> ends one); nested blocks follow in order."""
        run: list[str] = []

        def flush() -> None:
            for paragraph in "".join(run).split(_BREAK):
                if paragraph.strip():
                    self.add("paragraph", paragraph)
            run.clear()

        for piece in _pieces(node, _NESTED_BLOCKS, True, self.base):
            if isinstance(piece, str):
                run.append(piece)
            else:
                flush()
                self.element(piece)
        flush()

    def recovered(self, elements: list, skip=None, caption: bool = False) -> list[Unit]:
        """Units for page elements trafilatura dropped (readers/standfirst.py, bare_divs.py, captions.py); ``skip``:
        inline children left out (``_page_markdown``); ``caption``: a caption, its closing photo credit left out."""
        body, self.units = self.units, []
        for element in elements:
            source = _page_markdown(element, self.base, skip)
            self.add("paragraph", without_credit(source) if caption else source)
        units, self.units = self.units, body
        return units

    def _nested(self, node) -> None:
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag in _NESTED_BLOCKS and not (tag == "code" and _inline_code(child)):
                self.element(child)

    def table(self, node) -> None:
        if not _is_simple_table(node):  # a layout table (text in it, tables in cells): a container like a div
            self.container(node)
            return
        rows = []
        for row in node:
            if not (isinstance(row.tag, str) and row.tag == "row"):
                continue
            cells = [_inline_markdown(cell, frozenset(), self.base).replace("\n", " ").replace("|", "\\|")
                     for cell in row if isinstance(cell.tag, str) and cell.tag == "cell"]
            cells = [cell for cell in cells if cell]
            if cells:
                rows.append((row, cells))
        if not rows:
            return
        if all(len(cells) == 1 for _, cells in rows):
            # a one-column table is a layout box (a "Resource Box"): its rows are paragraphs
            for row, cells in rows:
                header = any(cell.get("role") == "head" for cell in row if isinstance(cell.tag, str))
                if header and len(cells[0]) <= 80:
                    self.add("heading", "### " + cells[0], level=3)
                else:
                    self.add("paragraph", cells[0])
            return
        width = max(len(cells) for _, cells in rows)
        lines = ["| " + " | ".join(cells + [""] * (width - len(cells))) + " |" for _, cells in rows]
        lines.insert(1, "|" + " --- |" * width)
        source = "\n".join(lines)
        plain_rows = []
        for _, cells in rows:
            plain_rows.append(" | ".join(parse_inline(cell)[0] for cell in cells))
        _, links = parse_inline(source)
        self.add("table", source, plain="\n".join(plain_rows), links=links)


# --- parsing ---------------------------------------------------------------------------------------------------------
def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, remove_blank_text=False,
                                collect_ids=False, default_doctype=False, huge_tree=False)


def parse_html(text: str, warnings: list[str] | None = None, utf8: bytes | None = None,
               by_tag: dict[str, list] | None = None):
    """The page's element tree, parsed without network access, entity expansion or DTD loading (None when the page
    has no element at all: a doctype, comments or blanks). ``by_tag``: a dict to fill with ``elements_by_tag(root)``
    (readers/html_meta.py), found in the pass that finds the table rows (their order holds after the rows are split).

    A page nested deeper than the parser goes (256 levels) is flattened below ``depth.MAX_DEPTH`` and parsed again,
    with a line in ``warnings``: the parser would otherwise drop everything after the deep part."""
    # lxml refuses str input that declares an encoding; the text is already decoded. ``utf8``: the text's UTF-8
    # bytes, when the caller has them (decoding.sanitize_to_utf8)
    for attempt in (0, 1):
        data = utf8 if utf8 is not None and not attempt else text.encode("utf-8", errors="surrogatepass")
        parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, collect_ids=False,
                                      default_doctype=False, encoding="utf-8")
        parser.set_element_class_lookup(ELEMENT_LOOKUP)  # trafilatura's "//p//text()" in linear time
        try:
            root = lxml_html.document_fromstring(data, parser=parser)
        except (etree.ParserError, ValueError) as error:
            if "Document is empty" in str(error):
                return None  # a doctype, comments or blanks and no element: an empty page, not an error
            raise DecodeError(f"the HTML could not be parsed: {error}") from error
        if attempt or not any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            break
        text, flattened = flatten_deep_html(text)
        if not flattened:
            break
        if warnings is not None:
            warnings.append(f"the page is nested deeper than {MAX_DEPTH} levels: {flattened:,} tags below that "
                            "depth were removed (their text was kept)")
    if by_tag is not None:
        by_tag.update(elements_by_tag(root))
    wide = split_wide_rows(root, rows=by_tag["tr"] if by_tag is not None else None)
    if wide and warnings is not None:
        warnings.append(f"{wide:,} table row(s) of more than {MAX_ROW_CELLS} cells were split into rows of "
                        f"{MAX_ROW_CELLS}")
    return root


def _merge_metadata(ours: dict[str, str | None], document) -> dict[str, str | None]:
    """Our markup metadata, with trafilatura's filling the gaps (its title and author heuristics look further)."""
    if document is None:
        return ours
    merged = dict(ours)
    for key in ("title", "author", "date", "sitename", "url", "description", "language"):
        theirs = getattr(document, key, None)
        if key in ("title", "author") and theirs:  # trafilatura cleans titles and bylines better
            merged[key] = theirs
        elif not merged.get(key) and theirs:
            merged[key] = theirs
    return merged


def _base_url(url: str) -> str:
    from trafilatura.utils import safe_base_url

    return safe_base_url(url)


_DEFAULT_SEGMENTER: list[Segmenter] = []


def _default_segmenter() -> Segmenter:
    if not _DEFAULT_SEGMENTER:
        from ..cues import load_cues
        from ..names import NameMatcher

        cues = load_cues()
        _DEFAULT_SEGMENTER.append(Segmenter(cues, NameMatcher(cues)))
    return _DEFAULT_SEGMENTER[0]


def _blocks(segmenter: Segmenter, units: list[Unit], index: DomIndex) -> list[Block]:
    """The blocks of the units, each with the DOM evidence of the box it sits in (``Block.dom_hints``, judged by
    detectors/dom.py)."""
    blocks = segmenter.blocks(units, tags=False)  # a page's text holds no tag: "<parent_folder>" is its text (keep34)
    for block in blocks:
        block.dom_hints = index.lookup(block.plain, heading=block.type == "heading")
    return blocks


def _insert_recovered(blocks: list[Block], found: list, segmenter: Segmenter, builder: _UnitBuilder,
                      index: DomIndex, captions: frozenset = frozenset()) -> list[Block]:
    """``blocks`` with the blocks of the recovered page elements ((element, position) pairs: inserted before
    ``blocks[position]``), indices and groups renumbered in order (a recovered paragraph is a group of its own).
    The blocks of the elements in ``captions`` are marked ``Block.caption``."""
    if not found:
        return blocks
    at: dict[int, list[tuple[int, Block]]] = {}
    for source, (element, position) in enumerate(found, start=1):
        caption = element in captions
        for block in _blocks(segmenter, builder.recovered([element], is_credit_box if caption else None, caption),
                             index):
            block.caption = caption
            at.setdefault(position, []).append((source, block))
    merged: list[tuple[int, Block]] = []
    for position, block in enumerate(blocks):
        merged.extend(at.get(position, ()))
        merged.append((0, block))
    merged.extend(at.get(len(blocks), ()))
    groups: dict[tuple[int, int], int] = {}
    for position, (source, block) in enumerate(merged):
        block.index = position
        block.group = groups.setdefault((source, block.group), len(groups))
    return [block for _, block in merged]


def trafilatura_extraction(root, settings: dict, url: str | None = None, full_metadata: bool = False):
    """trafilatura's extraction on our parsed tree (``settings``: ``TRAFILATURA_SETTINGS`` and the caller's options):
    its ``Document``, or None. The one call into trafilatura (benchmarks/html_speed.py ``--parts`` times it alone).
    It copies the tree (it prunes its copy in place) and never parses the page again; without ``full_metadata`` it
    runs no metadata extraction."""
    import trafilatura

    return trafilatura.bare_extraction(
        # output_format "xml": the same extraction, without the plain-text rendering of the body that "python"
        # adds (we read the body's tree, never that text: 0.3 ms a page)
        root, url=url, with_metadata=full_metadata, output_format="xml",
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        **settings)


def html_document(text: str, *, url: str | None = None, options: dict | None = None,
                  utf8: bytes | None = None, segmenter: Segmenter | None = None,
                  dom_tokens: dict[str, tuple[str, ...]] | None = None, person: PersonTest | None = None,
                  byline: BylineName | None = None, credit: CreditSource | None = None) -> HtmlPage:
    """Blocks and metadata of an HTML page (``utf8``: the text's UTF-8 bytes, when the caller has them).

    ``segmenter``: the shared segmenter (blocks.py) with the cleaner's cues (default: the built-in cues);
    ``dom_tokens``: the class / id tokens naming each kind's boxes (the pipeline gives detectors/dom.py's), matched
    to report where a block sat; without them, no box evidence; ``person``: the test of a person's name two author
    rules need (the pipeline gives ``textmeta.looks_like_name``; html_meta.markup_metadata); ``byline``: the name in
    a byline element's text (``textmeta.byline_name``; authors11d); ``credit``: the source URL of a credit paragraph's
    text (``textmeta.credit_source``): without it, the credit paragraphs trafilatura dropped are not read
    (readers/page_credit.py; htmlmeta35)."""
    warnings: list[str] = []
    by_tag: dict[str, list] = {}  # rows, scripts, links, <time>, forms, <title>: one pass (html_meta.PAGE_TAGS)
    root = parse_html(text, warnings, utf8, by_tag)
    if root is None:
        return HtmlPage([], {"url": url}, None, warnings + ["the HTML has no element (only a doctype, comments or "
                                                            "blanks)"])
    # one walk of <body>: the DOM evidence, the byline search's candidates, the bare <div>s
    index = build_dom_index(root, None, dom_vocabulary(dom_tokens))
    # sign-up boxes: a form asking for an e-mail (readers/forms.py)
    index.boxes.extend(form_boxes(root, text_key, by_tag["form"]))
    settings = {**TRAFILATURA_SETTINGS, **(options or {})}
    if len(text) > FAST_ABOVE_CHARS and "fast" not in (options or {}):
        settings["fast"] = True  # a huge page: no second and third extractor (docs/reliability.md)
    full_metadata = settings.pop("trafilatura_metadata", False)
    recover_standfirst = settings.pop("recover_standfirst", True)
    recover_divs = settings.pop("recover_div_paragraphs", True)
    # off by default: the bench gold disagrees on captions (docs/html.md, "Captions"); on for a reader's body
    recover_captions = settings.pop("recover_captions", RECOVER_CAPTIONS)
    metadata = markup_metadata(root, url, marked=index.marked, by_tag=by_tag, person=person, byline=byline)
    # Without its own metadata, trafilatura needs the URL only to resolve relative links, which it does for every
    # link of the page (~14,000 on 200 pages, 0.6 ms a page); we resolve the few in the extracted body, the same way.
    base = "" if full_metadata or not url else _base_url(url)
    document = trafilatura_extraction(root, settings, url if full_metadata else None, full_metadata)
    if full_metadata:
        metadata = _merge_metadata(metadata, document)
    builder = _UnitBuilder(base)
    body = getattr(document, "body", None) if document is not None else None
    if body is not None:
        rejoin_link_splits(body)
        builder.container(body)
    segmenter = segmenter or _default_segmenter()
    blocks = _blocks(segmenter, builder.units, index)
    if (recover_divs or recover_captions and index.captions) and blocks:
        # an editor's paragraphs written as bare <div>s inside the body (readers/bare_divs.py) and the captions of
        # the article's figures (readers/captions.py), when trafilatura left them out, each after the extracted
        # paragraph it follows in the page
        found = dropped_div_paragraphs(root, blocks, index.bare_divs) if recover_divs else []
        captions = dropped_captions(blocks, index.captions) if recover_captions else []
        if captions:
            found = sorted(found + captions, key=lambda pair: (pair[1], pair[0].sourceline or 0))
        blocks = _insert_recovered(blocks, found, segmenter, builder, index,
                                   frozenset(element for element, _ in captions))
    if recover_standfirst and blocks:
        # the paragraph under the headline, when trafilatura left it out (readers/standfirst.py), before the body
        elements = dropped_standfirst(blocks, index.standfirst_boxes, index.headings, metadata.get("title"))
        recovered = _blocks(segmenter, builder.recovered(elements), index) if elements else []
        if recovered:
            shift = recovered[-1].group + 1
            for block in blocks:
                block.group += shift
            blocks = recovered + blocks
            for position, block in enumerate(blocks):
                block.index = position
    if credit is not None and by_tag.get("a"):
        metadata["dropped_credit_url"] = dropped_credit_url(by_tag["a"], [block.plain for block in blocks],
                                                            (url, metadata.get("url")), credit)
    return HtmlPage(blocks, metadata, root, warnings)
