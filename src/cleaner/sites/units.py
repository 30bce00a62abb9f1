"""A page as a set of unit keys: the hashes of its normalised lines.

The units are the lines the pipeline's blocks are made of:

- text and Markdown: the document's non-blank lines (a block of the text adapter is one or more whole lines, or a
  piece of one; at cleaning time a block is matched by the lines it lies on, see ``sites.apply``);
- HTML: the page's visible text rendered by lines (``html_lines``: a line per block-level element and per ``<br>``,
  ``<head>``, scripts, styles and templates left out), the same text the blocks of the page hold. Learning reads the
  whole page with lxml, without trafilatura: it costs a fraction of cleaning, and the profile knows the page's
  furniture whichever part of it trafilatura keeps.

A page counts each unit once (a set), so a count is a number of pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from .normalise import unit_hash

#: Elements that start a new line of text (HTML block-level elements, table cells, list items).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "select", "button",
})
#: Elements whose text is not visible text of the page.
SKIP_TAGS = frozenset({"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"})


def html_lines(text: str) -> list[str]:
    """The visible text of an HTML page, by lines (one per block-level element and ``<br>``), blanks dropped."""
    from lxml import etree

    from ..readers.html import parse_html

    root = parse_html(text)
    if root is None:
        return []
    pieces: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in SKIP_TAGS or not tag:
                walker.skip_subtree()
                # the element's tail is read at its "end" event, which skip_subtree still sends
                continue
            if tag in BLOCK_TAGS or tag == "br":
                pieces.append("\n")
            if element.text and tag not in ("br",):
                pieces.append(element.text)
        else:
            if tag in BLOCK_TAGS:
                pieces.append("\n")
            if element.tail:
                pieces.append(element.tail)
    lines = []
    for line in "".join(pieces).split("\n"):
        line = " ".join(line.split())
        if line:
            lines.append(line)
    return lines


def text_lines(text: str) -> list[str]:
    """The non-blank lines of a text or Markdown document."""
    return [line for line in text.split("\n") if line.strip()]


def line_units(lines: Iterable[str]) -> set[int]:
    """The set of the lines' units (``unit_hash``; a line with nothing left once normalised has none)."""
    units = {unit_hash(line) for line in lines}
    units.discard(None)
    return units  # type: ignore[return-value]


def page_lines(document: str | bytes, format: str = "auto") -> tuple[str, list[str]]:
    """(the format, the page's lines) of one page, read as ``Cleaner.clean`` reads it (bytes decoded the same way)."""
    from ..decoding import decode, sanitize_to_utf8
    from ..errors import UnknownFormatError
    from ..pipeline import FORMATS, sniff_format

    if format not in FORMATS:
        raise UnknownFormatError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if isinstance(document, (bytes, bytearray, memoryview)):
        document, _charset = decode(bytes(document))
    elif not isinstance(document, str):
        from ..errors import InputTypeError

        raise InputTypeError(f"a page is str or bytes, not {type(document).__name__}")
    text, _utf8 = sanitize_to_utf8(document)
    fmt = sniff_format(text) if format == "auto" else format
    if not text.strip():
        return fmt, []
    return fmt, html_lines(text) if fmt == "html" else text_lines(text)


def page_units(document: str | bytes, format: str = "auto") -> set[int]:
    """The set of unit keys (unsigned 64-bit ints) of one page: the hashes of its normalised lines.

    The map step of learning: ``learn_site(pages)`` equals ``SiteProfile.from_counts(site, len(pages),
    count_units(page_units(p) for p in pages))`` (see ``cleaner.sites``)."""
    return line_units(page_lines(document, format)[1])
