"""Where a removed block was in the page: the XPath of the deepest element holding its text, found in linear time.

One walk of the page in document order (the ``<head>``, scripts and styles left out) writes its text as one string
of letters and digits (``canon``: spaces, punctuation and the Markdown we add, "|" between table cells or "\\"
escapes, are left out, so a table, a breadcrumb or a line cut out of a paragraph at a ``<br>`` is found as well as
a whole paragraph) and records where each element's text starts and ends in it. Then, for each removed block, in
the page's order:

1. a short block is the element whose whole text it is (an index of the short elements by their text): "© Reuters"
   is the ``<i>`` that says it, not the first paragraph that mentions Reuters; the first such element after the
   previous removal, or the first of the page;
2. otherwise its letters are searched from where the previous removal was found (from the top when it is not
   after it), and the answer is the deepest element whose text covers them: the element whose text *is* the
   block's (a paragraph, a list item, a table) or the smallest one holding it (a line of a paragraph);
3. a block trafilatura assembled in another order or with parts left out is placed from its first letters to its
   last ones when they are near each other, or at its first letters;
4. a block of signs only ("|", "©") is the first text node of signs holding them.

Cost: the walk is linear in the page; the searches of removals in page order together read the page's text about
once. Searches from the top (removals out of order, text not in the page) are bounded by a budget of a few readings
of the page, so a hostile page of thousands of removals costs a bounded amount of work (``work`` counts it;
tests/test_locate.py checks that 4,000 removals cost about four times the work of 1,000).
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
#: The index of short elements holds at most this many readings of the page's text (plus ``_BUDGET_EXTRA``).
_INDEX_READINGS = 2
#: Elements whose text has at most this many letters and digits are indexed by it: a short block ("© Reuters",
#: "Comments") is the element whose whole text it is, not the first place its letters occur ("…by Reuters staff").
EXACT_MAX = 300


_START = itemgetter(0)
#: Elements whose text no block holds: the <head> (a heading is not the <title>), scripts, styles, templates.
_UNSEEN = frozenset({"head", "script", "style", "template"})
#: A block not found whole (trafilatura took its parts in another order, or left some out): the stretch from where
#: its first letters are (24 of them, or else 8) to where its last ones are, within ``_STRETCH`` times its length.
_ENDS = (24, 8)
_MARKS_TRIED = 50
_STRETCH = 4


#: ``_NOT_WORD``'s characters among the ASCII ones (all but letters and digits), deleted by ``str.translate``: on an
#: ASCII text (most text nodes) the same letters as the pattern's ``sub``, about twice as fast
_ASCII_NOT_WORD = str.maketrans(dict.fromkeys(chr(code) for code in range(128) if not chr(code).isalnum()))


def canon(text: str) -> str:
    """The text reduced to its letters and digits: how a block and the page's text are compared."""
    return text.translate(_ASCII_NOT_WORD) if text.isascii() else _NOT_WORD.sub("", text)


class Locator:
    """Locates the removed blocks of one page, in page order (stateful: one per page, blocks in document order)."""

    def __init__(self, root):
        self.tree = root.getroottree()
        self.top = root
        self.work = 0  # characters searched and elements climbed: what the cost is counted in
        self.cursor = 0
        pieces: list[str] = []
        self.starts: list[int] = []  # where each non-empty text node starts in ``text``
        self.owners: list = []  # the element each text node belongs to (a tail belongs to its parent)
        self.spans: dict = {}  # element -> (start, end) of its text in ``text``
        #: text nodes of signs only ("|", "©", "+++"): (position in ``text``, element, the signs), in page order
        self.marks: list[tuple[int, object, str]] = []
        position = 0
        opened: list[int] = []
        # the loop below runs for every node of the page: its lookups are bound once, and a node's text and tail
        # (a new Python string at each access) are read once
        starts, owners, marks, spans, top = self.starts, self.owners, self.marks, self.spans, root
        push, pop, add = opened.append, opened.pop, pieces.append
        ascii_not_word, sub = _ASCII_NOT_WORD, _NOT_WORD.sub
        #: the elements with a short text by its length: (start, element, the lengths of those before it), in the
        #: order their ends come (for ``_exact``: a text is sliced only when a block of its length asks)
        shorts: dict[int, list[tuple[int, object, int]]] = {}
        bucket_of = shorts.get
        sliced = 0  # the lengths of the short texts so far
        walk = etree.iterwalk(top, events=("start", "end"))
        for event, element in walk:
            if event == "start":
                push(position)
                tag = element.tag
                if not isinstance(tag, str):
                    continue
                if tag in _UNSEEN:
                    walk.skip_subtree()  # its "end" comes next
                    continue
                text = element.text
                if text and not text.isspace():  # blanks (most text nodes between tags) give no letters, no signs
                    letters = text.translate(ascii_not_word) if text.isascii() else sub("", text)  # (``canon``)
                    if letters:
                        starts.append(position)
                        owners.append(element)
                        add(letters)
                        position += len(letters)
                    else:
                        marks.append((position, element, "".join(text.split())))
                continue
            first = pop()
            spans[element] = (first, position)
            size = position - first
            if 0 < size <= EXACT_MAX:
                bucket = bucket_of(size)
                if bucket is None:
                    shorts[size] = [(first, element, sliced)]
                else:
                    bucket.append((first, element, sliced))
                sliced += size
            tail = element.tail
            if tail and not tail.isspace() and element is not top:
                parent = element.getparent()
                if parent is None:
                    continue
                letters = tail.translate(ascii_not_word) if tail.isascii() else sub("", tail)
                if letters:
                    starts.append(position)
                    owners.append(parent)
                    add(letters)
                    position += len(letters)
                else:
                    marks.append((position, parent, "".join(tail.split())))
        self.text = text = "".join(pieces)
        self.work += len(spans)
        self.budget = _BUDGET_READINGS * len(text) + _BUDGET_EXTRA
        # The index of short elements by their text (``_exact``) holds the deepest of those with the same span:
        # children end before their parents, so the first seen of a span is the deepest. Bounded: at most two
        # readings of the page are sliced (a page nested deep around short texts gets a partial index: the elements
        # whose text ends after that many characters of short texts are left out). A length's texts are sliced
        # when a block of that length asks (most lengths never are); the work counts the whole index, as when it
        # was sliced at once
        self._most = most = _INDEX_READINGS * len(text) + _BUDGET_EXTRA
        if sliced >= most:  # the index is cut where the sliced texts reach ``most``
            sliced = min((before for bucket in shorts.values() for _, _, before in bucket if before >= most),
                         default=sliced)
        self.work += sliced
        self._shorts = shorts
        self._by_text: dict[int, dict[str, dict[int, object]]] = {}
        self._sorted: dict[str, list] = {}

    def _exact(self, key: str) -> list | None:
        """(start, element) of the short elements whose text is ``key``, in page order (None: no such element)."""
        elements = self._sorted.get(key)
        if elements is None:
            by_text = self._by_text.get(len(key))
            if by_text is None:  # the texts of this length, sliced once: text -> {start: element}
                by_text = self._by_text[len(key)] = {}
                text, most, size = self.text, self._most, len(key)
                for first, element, before in self._shorts.get(size, ()):
                    if before >= most:
                        break
                    found = by_text.setdefault(text[first:first + size], {})
                    if first not in found:
                        found[first] = element
            found = by_text.get(key)
            if not found:
                return None
            elements = self._sorted[key] = sorted(found.items(), key=_START)
        return elements

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

    def _locate_signs(self, signs: str) -> str | None:
        """A block of signs only ("|", "©", "==="): the first text node of signs holding them from the previous
        removal on (at most ``_MARKS_TRIED`` nodes looked at)."""
        if not signs:
            return None
        at = bisect_left(self.marks, self.cursor, key=_START)
        for position, element, text in self.marks[at:at + _MARKS_TRIED]:
            self.work += 1
            if signs in text:
                self.cursor = position
                return self.tree.getpath(element)
        return None

    def locate(self, plain: str) -> str | None:
        """The XPath of the deepest element holding the block's text (found after the previous one), or None."""
        key = canon(plain)
        if not key:
            return self._locate_signs("".join(plain.split()))
        if not self.text:
            return None
        elements = self._exact(key) if len(key) <= EXACT_MAX else None
        if elements:  # an element whose text is the block's: the first after the previous removal, or the first
            self.work += 1
            at = bisect_left(elements, self.cursor, key=_START)
            first, element = elements[at] if at < len(elements) else elements[0]
            self.cursor = first + len(key)
            return self.tree.getpath(element)
        before = self.budget
        start = self._find(key)
        end = start + len(key)
        if start < 0 and len(key) > 2 * _ENDS[-1]:  # its first and its last letters, not far apart
            sizes = [size for size in _ENDS if 2 * size < len(key)]
            for size in sizes:
                start = self._find(key[:size])
                if start >= 0:
                    break
            if start >= 0:
                end = start + size
                limit = start + _STRETCH * len(key)
                for size in sizes:
                    last = self.text.find(key[-size:], end, limit)
                    self.budget -= max(0, min(limit, len(self.text)) - end)
                    if last >= 0:
                        end = last + size
                        break
        self.work += before - self.budget
        if start < 0:
            return None
        self.cursor = end
        element = self.owners[bisect_right(self.starts, start) - 1]
        while element is not self.top:
            self.work += 1
            first, last = self.spans[element]
            if first <= start and end <= last:
                break
            element = element.getparent()
        return self.tree.getpath(element)
