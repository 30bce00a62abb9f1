"""Pages nested deeper than the HTML parser goes: flattened before parsing, so nothing after the deep part is lost.

libxml2 stops at 256 levels of nesting (``ERR_RESOURCE_LIMIT``, "Excessive depth in document") and drops the rest of
the page. ``flatten_deep_html`` removes the wrapper tags (div, span, b...) that open below ``max_depth``, and any tag
below ``max_depth + 40``, with their closing tags, keeping their text where it stood; the parser then sees a page of
at most ``max_depth + 40`` levels. It runs only for a page on
which the parser hit its limit (readers/html.py), in one linear pass: every tag is read once, the ``>`` that ends a
tag is searched for once, and an element's closing tag is matched through a per-name index of the open elements.
"""

from __future__ import annotations

import re

#: Levels kept; deeper wrapper tags (div, span, b...) are flattened, and every tag from ``MAX_DEPTH + 40`` on: always
#: below the parser's 256 levels. Paragraphs, headings and list items under the limit stay what they are.
MAX_DEPTH = 200
_HARD_MARGIN = 40
_WRAPPERS = frozenset("div span section article aside header footer main nav font center form fieldset figure b i u "
                      "em strong small big sub sup s strike tt code abbr cite mark q label ins del dl ul ol table "
                      "tbody thead tfoot tr td th blockquote details summary".split())

_TOKEN = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
#: Elements whose start closes an open element of the same name right above it (<p>a<p>b, <li>a<li>b).
_SIBLINGS = frozenset("p li dt dd option tr td th".split())
#: Elements whose content is raw text: a "<" in them starts no tag.
_RAW = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())


def flatten_deep_html(text: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """(the page with its tags below ``max_depth`` removed, how many tags were removed)."""
    out: list[str] = []
    last = 0  # text[last:] is not copied yet
    resume = 0  # where the next tag may start (after the end of the previous one, a comment, a script)
    next_gt = -1  # the first ">" at or after the current tag's start
    stack: list[tuple[str, bool]] = []  # open elements: (name, removed)
    kept = 0  # open elements that were not removed: the depth the parser will see
    where: dict[str, list[int]] = {}  # name -> stack indexes of the open elements of that name
    removed = 0

    def pop_to(size: int) -> None:
        nonlocal kept
        while len(stack) > size:
            name, was_removed = stack.pop()
            where[name].pop()
            kept -= not was_removed

    def drop(start: int, end: int) -> None:
        nonlocal last, removed
        out.append(text[last:start])
        out.append(" ")
        last = end
        removed += 1

    for match in _TOKEN.finditer(text):
        start = match.start()
        if start < resume:
            continue
        if match.group(0) == "<!--":
            close = text.find("-->", start + 4)
            if close < 0:
                break
            resume = close + 3
            continue
        if next_gt < start:
            next_gt = text.find(">", start)
            if next_gt < 0:
                break
        end = next_gt + 1
        resume = end
        name = match.group(2).lower()
        if match.group(1):  # a closing tag: closes the innermost open element of that name
            open_at = where.get(name)
            if open_at:
                index = open_at[-1]
                was_removed = stack[index][1]
                pop_to(index)
                if was_removed:
                    drop(start, end)
            continue
        if name in _VOID or text[end - 2] == "/":
            if kept >= max_depth + _HARD_MARGIN:
                drop(start, end)
            continue
        if name in _SIBLINGS and stack and stack[-1][0] == name:
            pop_to(len(stack) - 1)
        deep = kept >= max_depth and (name in _WRAPPERS or kept >= max_depth + _HARD_MARGIN)
        if name in _RAW:  # its content is no markup: skip to its closing tag (a deep one goes whole)
            close = re.compile(rf"</{name}\b", re.IGNORECASE).search(text, end)
            resume = close.start() if close else len(text)
            if deep:
                close_end = text.find(">", resume)
                resume = len(text) if close_end < 0 else close_end + 1
                drop(start, resume)
                continue
        where.setdefault(name, []).append(len(stack))
        stack.append((name, deep))
        kept += not deep
        if deep:
            drop(start, end)
    if not removed:
        return text, 0
    out.append(text[last:])
    return "".join(out), removed


#: Cells a table row keeps; the rest move to new rows below it. trafilatura's table handler costs the square of a
#: row's width (lxml's len() walks the row for each new cell): 100,000 cells in one row took 65 s.
MAX_ROW_CELLS = 500


def split_wide_rows(root, max_cells: int = MAX_ROW_CELLS, rows: list | None = None) -> int:
    """Split every table row of more than ``max_cells`` cells into rows of ``max_cells``; how many rows were split.
    One pass over the rows, each cell moved once. ``rows``: the page's ``<tr>`` elements in page order, when the
    caller has them."""
    split = 0
    for row in list(root.iter("tr")) if rows is None else rows:
        if len(row) <= max_cells:  # most rows: no Python object per cell
            continue
        cells = list(row)
        parent = row.getparent()
        if parent is None:
            continue
        at = parent.index(row)
        for k, start in enumerate(range(max_cells, len(cells), max_cells)):
            extra = row.makeelement("tr", {})
            extra.extend(cells[start:start + max_cells])
            parent.insert(at + 1 + k, extra)
        split += 1
    return split


__all__ = ["MAX_DEPTH", "MAX_ROW_CELLS", "flatten_deep_html", "split_wide_rows"]
