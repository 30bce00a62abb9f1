"""Where a removed block was in the page: the XPath of the deepest element holding its text, found in linear time.

One walk of the page's ``<body>`` in document order writes its text as one string of letters and digits (``canon``:
spaces, punctuation and the Markdown we add, "|" between table cells or "\\" escapes, left out, so a table, a
breadcrumb or a line cut out of a paragraph at a ``<br>`` is found as well as a whole paragraph) and records where
each element's text starts and ends in it. A block is found by searching its canonical text from where the previous
removal was found (the removals come in the order of the page), then by climbing from the text node it starts in to
the first element whose text covers it: the element whose text *is* the block's text when there is one (a
paragraph, a list item, a table), otherwise the smallest one holding it (a line of a paragraph).

Cost: the walk is linear in the page; the searches of removals in page order together read the page's text once.
Removals out of order search again from the top, within a budget of a few readings of the page, so a hostile page of
thousands of removals costs a bounded amount of work (``work`` counts it; tests/test_locate.py checks that 4,000
removals cost four times the work of 1,000).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from lxml import etree

#: Everything but letters and digits (and "_"... which Markdown escapes and emphasis also use): left out on both sides.
_NOT_WORD = re.compile(r"[\W_]+")
#: The searches from the top (removals out of page order, text not in the page) read at most this many times the
#: page's text, plus ``_BUDGET_EXTRA`` characters; past that, a block is not located (its ``xpath`` stays None).
_BUDGET_READINGS = 8
_BUDGET_EXTRA = 100_000
#: Elements whose text has at most this many letters and digits are indexed by it: a short block ("© Reuters",
#: "Comments") is the element whose whole text it is, not the first place its letters occur ("…by Reuters staff").
EXACT_MAX = 300


_START = itemgetter(0)


def canon(text: str) -> str:
    """The text reduced to its letters and digits: how a block and the page's text are compared."""
    return _NOT_WORD.sub("", text)


class Locator:
    """Locates the removed blocks of one page, in page order (stateful: one per page, blocks in document order)."""

    def __init__(self, root):
        self.tree = root.getroottree()
        body = root.find("body") if root.tag == "html" else None
        self.top = body if body is not None else root
        self.work = 0  # characters searched and elements climbed: what the cost is counted in
        self.cursor = 0
        pieces: list[str] = []
        self.starts: list[int] = []  # where each non-empty text node starts in ``text``
        self.owners: list = []  # the element each text node belongs to (a tail belongs to its parent)
        self.spans: dict = {}  # element -> (start, end) of its text in ``text``
        position = 0
        opened: list[int] = []
        for event, element in etree.iterwalk(self.top, events=("start", "end")):
            named = isinstance(element.tag, str)
            if event == "start":
                opened.append(position)
                text = canon(element.text) if named and element.text else ""
                if text:
                    self.starts.append(position)
                    self.owners.append(element)
                    pieces.append(text)
                    position += len(text)
                continue
            self.spans[element] = (opened.pop(), position)
            if element is not self.top and element.tail:
                text = canon(element.tail)
                parent = element.getparent()
                if text and parent is not None:
                    self.starts.append(position)
                    self.owners.append(parent)
                    pieces.append(text)
                    position += len(text)
        self.text = "".join(pieces)
        self.work += len(self.spans)
        self.budget = _BUDGET_READINGS * len(self.text) + _BUDGET_EXTRA
        # short elements by their text: (start, element) in page order, the deepest of those with the same span.
        # Children end before their parents, so the first seen of a span is the deepest. Bounded: at most a few
        # readings of the page are sliced (a page nested deep around short texts gets a partial index)
        exact: dict[str, dict[int, object]] = {}
        sliced = 0
        for element, (first, last) in self.spans.items():
            if 0 < last - first <= EXACT_MAX and sliced < self.budget:
                sliced += last - first
                exact.setdefault(self.text[first:last], {}).setdefault(first, element)
        self.work += sliced
        self.exact = {key: sorted(found.items(), key=lambda item: item[0]) for key, found in exact.items()}

    def _find(self, key: str) -> int:
        text = self.text
        if self.budget <= 0:
            return -1
        found = text.find(key, self.cursor)
        self.budget -= (found - self.cursor + len(key)) if found >= 0 else len(text) - self.cursor
        if found < 0 and self.cursor and self.budget > 0:  # out of page order: from the top
            found = text.find(key, 0, self.cursor + len(key) - 1)
            self.budget -= (found + len(key)) if found >= 0 else self.cursor
        return found

    def locate(self, plain: str) -> str | None:
        """The XPath of the deepest element holding the block's text (found after the previous one), or None."""
        key = canon(plain)
        if not key or not self.text:
            return None
        elements = self.exact.get(key) if len(key) <= EXACT_MAX else None
        if elements:  # an element whose text is the block's: the first after the previous removal, or the first
            self.work += 1
            at = bisect_left(elements, self.cursor, key=_START)
            first, element = elements[at] if at < len(elements) else elements[0]
            self.cursor = first + len(key)
            return self.tree.getpath(element)
        before = self.budget
        start = self._find(key)
        self.work += before - self.budget
        if start < 0:
            return None
        end = start + len(key)
        self.cursor = end
        element = self.owners[bisect_right(self.starts, start) - 1]
        while element is not self.top:
            self.work += 1
            first, last = self.spans[element]
            if first <= start and end <= last:
                break
            element = element.getparent()
        return self.tree.getpath(element)
