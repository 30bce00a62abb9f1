"""Telling HTML, Markdown and plain text apart (``format="auto"``), by the document's structure.

HTML is a document that starts as HTML (a doctype, ``<html>``, ``<head>``, ``<body>``, ``<meta>`` or ``<title>``,
after a byte-order mark, blanks, an XML declaration or comments; or any element after an XML declaration), or one
that is mostly markup: half of its characters inside tags, or most of its text
stands on lines that hold a block-level tag, a comment or a script, or inside a block-level element. A text or
Markdown tutorial with a code sample (``<script src="app.js"></script>``, a few ``<div>`` lines) is not HTML: its
prose stands on lines of its own, outside any element. Code in Markdown fences and in backticks is text, not
markup.
"""

from __future__ import annotations

import re

import regex
from .patterncache import compile_pattern

#: How much of the document is looked at (the format is decided from its start).
SNIFF_CHARS = 5000
#: Share of the sample's non-blank characters that must stand on markup lines (or inside tags) for HTML.
MIN_MARKUP_LINE_SHARE = 0.6
MIN_TAG_CHAR_SHARE = 0.5
#: Share of the sample's non-blank characters in scripts, style sheets and comments that makes it HTML by itself.
MIN_OPAQUE_SHARE = 0.5
#: Block-level tags needed for HTML.
MIN_BLOCK_TAGS = 2
#: Open elements looked up further in the document (an element the sample does not close, ``<div>`` around a
#: long fragment): at most this many, and one ``str.rfind`` a tag name.
MAX_OPEN_LOOKUPS = 32

_HTML_START = compile_pattern(
    r"^[\s\ufeff]*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b"
    # an XML document (a feed, XHTML): markup, which only the HTML reader reads
    r"|^[\s\ufeff]*<\?xml[^>]{0,200}>\s*(?:<!--.{0,2000}?-->\s*)*<(?:!doctype|[A-Za-z])",
    regex.IGNORECASE | regex.DOTALL)
_MARKDOWN_SIGNAL = compile_pattern(r"(?m)^ {0,3}(?:#{1,6} |```|~~~|> |\|.*\|)|\]\([^)\s]{1,500}\)|^---\s*$")
#: ``_MARKDOWN_SIGNAL``'s alternative that may match anywhere (a link's "](url)"), searched where "](" is...
_LINK_SIGNAL = compile_pattern(r"\]\([^)\s]{1,500}\)")
#: ...and where its line-anchored ones may start: after a line break ("^" in multi-line mode matches after "\n"
#: only), up to three spaces and one of their first characters (found in C from the literal "\n")
_SIGNAL_LINE = re.compile(r"\n {0,3}[#`~>|\-]")
_TAG = compile_pattern(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])[^<>]{0,1000}+>")
# comments and the contents of script and style elements: markup, and no tag inside them is one
_OPAQUE = compile_pattern(
    r"<!--.{0,2000}?-->|<(script|style|noscript|template)\b[^<>]{0,1000}+>.{0,5000}?(?:</\1\s*>|\Z)",
    regex.DOTALL | regex.IGNORECASE)
# Markdown code: fenced blocks and inline code spans hold tags as text
_FENCED = compile_pattern(r"(?ms)^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)")
_CODE_SPAN = compile_pattern(r"`[^`\n]{1,500}`")
#: Elements that make the structure of a page (HTML's flow content that is not phrasing content).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "base", "area", "col", "embed", "source", "track",
                   "wbr", "param"})


def _blank(match: regex.Match) -> str:
    return regex.sub(r"[^\n]", " ", match.group())


def _enclosed(sample: str, text: str, tags: list[regex.Match]) -> list[tuple[int, int]]:
    """The spans of the sample inside a block-level element: from its opening tag to its closing tag (or to the end
    of the sample, when the element closes later in the document)."""
    spans = []
    stack: list[tuple[str, int]] = []
    for tag in tags:
        closing, name = tag.group(1), tag.group(2).lower()
        if name not in BLOCK_TAGS or name in _VOID:
            continue
        if not closing:
            stack.append((name, tag.end()))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == name:
                spans.append((stack[depth][1], tag.start()))
                del stack[depth:]
                break
    closed_later: dict[str, bool] = {}  # one search a name (a page's open wrappers are mostly divs)
    for name, start in stack[-MAX_OPEN_LOOKUPS:]:
        if name not in closed_later:  # from the end, where a wrapper closes
            closed_later[name] = (text.rfind(f"</{name}", len(sample)) >= 0
                                  or text.rfind(f"</{name.upper()}", len(sample)) >= 0)
        if closed_later[name]:
            spans.append((start, len(sample)))
    return spans


def looks_like_html(text: str) -> bool:
    """Whether the document is HTML: it starts as HTML, or it is mostly markup (see the module's docstring)."""
    sample = text[:SNIFF_CHARS]
    if _HTML_START.match(sample):
        return True
    if "<" not in sample:
        return False
    if "`" in sample or "~~~" in sample:
        sample = _CODE_SPAN.sub(_blank, _FENCED.sub(_blank, sample))
    base = sample  # code blanked: its tags are text, and its characters count for neither side
    opaque = [match.span() for match in _OPAQUE.finditer(sample)]
    if opaque:
        sample = _OPAQUE.sub(_blank, sample)
    total = len(base) - sum(map(str.isspace, base))
    if not total:
        return False
    if sum(end - start for start, end in opaque) >= MIN_OPAQUE_SHARE * total:
        return True  # a page that starts with a long script or style sheet
    tags = list(_TAG.finditer(sample))
    if len(tags) < MIN_BLOCK_TAGS:
        return False
    if sum(tag.end() - tag.start() for tag in tags) + sum(end - start for start, end in opaque) \
            >= MIN_TAG_CHAR_SHARE * total:
        return True  # mostly inside tags, whatever they are (a list of links, a feed)
    block = [tag for tag in tags if tag.group(2).lower() in BLOCK_TAGS]
    if len(block) < MIN_BLOCK_TAGS:
        return False
    # each line: markup when it holds a tag of a block-level element, a comment, a script, or lies inside a
    # block-level element
    marks = bytearray(len(sample) + 1)
    for tag in block:
        marks[tag.start()] = 1
    for start, end in [*opaque, *_enclosed(sample, text, tags)]:
        marks[start:end] = b"\x01" * (end - start)
    markup = 0
    position = 0
    for line in base.split("\n"):
        end = position + len(line)
        if 1 in marks[position:end]:
            markup += len(line) - sum(map(str.isspace, line))
        position = end + 1
    return markup >= MIN_MARKUP_LINE_SHARE * total


def _markdown_signal(sample: str) -> bool:
    """``_MARKDOWN_SIGNAL.search(sample) is not None``, without trying its alternatives at every character (most of
    them match only at a line start): the pattern tried at the text's start and at each line start ``_SIGNAL_LINE``
    finds, the link alternative searched where "](" occurs."""
    if _MARKDOWN_SIGNAL.match(sample) is not None:
        return True
    if "](" in sample and _LINK_SIGNAL.search(sample) is not None:
        return True
    return any(_MARKDOWN_SIGNAL.match(sample, m.start() + 1) is not None for m in _SIGNAL_LINE.finditer(sample))


def sniff_format(text: str) -> str:
    """"html", "markdown" or "text", from the document's first characters."""
    if looks_like_html(text):
        return "html"
    if _markdown_signal(text[:SNIFF_CHARS]):
        return "markdown"
    return "text"
