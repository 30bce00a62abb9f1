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

The walk is lazy (``Locator``): it stops where the blocks asked for no longer need the page's text, and the answers
are those of the whole walk.

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


#: The walk goes on by at least this many characters of text at a time, and by at least a ``1 / _WALK_GROWTH`` of the
#: text it has (the text walked is joined again after each step: the steps grow with the text, so the joins stay
#: linear in the page). Small steps: the walk stops close to where the blocks asked for end (replaying the 200
#: html_speed pages' locations: steps of 512 characters or a sixteenth 0.33 ms a page, of 4,096 or a quarter 0.38,
#: the whole walk first 0.55)
_WALK_STEP = 512
_WALK_GROWTH = 16
_NO_END = 1 << 62  # a walk's target: the page's end


class Locator:
    """Locates the removed blocks of one page, in page order (stateful: one per page, blocks in document order).

    The walk is lazy: it goes as far into the page as the blocks asked for need (removals and near misses end on
    average about 60 % of the way into a bench page's text) and to the end only when an answer depends on what
    follows (a short block with no element of its text after the previous one, text not found, the budgets). The
    answers are those of the whole walk: a part's text, elements and spans are what the whole walk has for it,
    and an element still open when the walk stops holds everything from its start to where the walk is."""

    def __init__(self, root):
        self.tree = root.getroottree()
        self.top = root
        self.work = 0  # characters searched, elements walked and climbed: what the cost is counted in
        self.cursor = 0
        self._pieces: list[str] = []
        self.starts: list[int] = []  # where each non-empty text node starts in the text
        self.owners: list = []  # the element each text node belongs to (a tail belongs to its parent)
        self.spans: dict = {}  # element -> (start, end) of its text, once its end is walked
        #: text nodes of signs only ("|", "©", "+++"): (position in the text, element, the signs), in page order
        self.marks: list[tuple[int, object, str]] = []
        self._position = 0  # the length of the text walked
        self._opened: list[int] = []  # where the elements open on the walk's path started, root first
        #: the elements with a short text by its length: (start, element, the lengths of those before it), in the
        #: order their ends come (for ``_exact``: a text is sliced only when a block of its length asks)
        self._shorts: dict[int, list[tuple[int, object, int]]] = {}
        self._sliced = 0  # the lengths of the short texts walked
        self._walk = etree.iterwalk(root, events=("start", "end"))
        self._done = False  # the walk reached the page's end
        self._text = ""  # the text walked, joined
        self._spent = 0  # characters the searches read (``_BUDGET_READINGS``)
        #: per length: (text -> [(start, element)] of the short elements in the index, in page order; how many of
        #: ``_shorts[length]`` were read into it)
        self._by_text: dict[int, tuple[dict[str, list[tuple[int, object]]], list[int]]] = {}

    @property
    def text(self) -> str:
        """The page's text reduced to letters and digits (the whole walk)."""
        self._walk_to(_NO_END)
        return self._text

    def _walk_to(self, need: int) -> None:
        """Walk on until the text holds ``need`` characters (and at least ``_WALK_STEP`` and a ``1 / _WALK_GROWTH``
        more than it had), or to the page's end (``_NO_END``)."""
        if self._done:
            return
        target = max(need, self._position + max(_WALK_STEP, self._position // _WALK_GROWTH))
        position, opened, spans = self._position, self._opened, self.spans
        walked = len(spans)
        # the loop below runs for every node of the page: its lookups are bound once, and a node's text and tail
        # (a new Python string at each access) are read once
        starts, owners, marks, top, shorts = self.starts, self.owners, self.marks, self.top, self._shorts
        push, pop, add = opened.append, opened.pop, self._pieces.append
        ascii_not_word, sub, bucket_of = _ASCII_NOT_WORD, _NOT_WORD.sub, shorts.get
        sliced = self._sliced
        walk = self._walk
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
                        if position >= target:
                            break
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
                    if position >= target:
                        break
                else:
                    marks.append((position, parent, "".join(tail.split())))
        else:
            self._done = True
        self._position, self._sliced = position, sliced
        self._text = "".join(self._pieces)
        self.work += len(spans) - walked

    def _exact_at(self, key: str) -> tuple[int, object] | None:
        """(start, element) of the short element whose text is ``key``: the first after the previous removal, or
        the first of the page (None: no such element). Elements of the same length end in the order they start, so
        the first one walked after the cursor is the first in the page."""
        size = len(key)
        while True:
            found = self._index(size).get(key)
            if found:
                at = bisect_left(found, self.cursor, key=_START)
                if at < len(found):
                    return found[at]
            if self._done:
                return found[0] if found else None
            self._walk_to(self._position + 1)

    def _index(self, size: int) -> dict[str, list[tuple[int, object]]]:
        """The short elements of this length walked so far, by their text: the deepest of those with the same span
        (children end before their parents, so the first seen of a span is the deepest). Bounded: the index holds
        the short texts until two readings of the page (``_INDEX_READINGS``) are sliced; a page nested deep around
        short texts gets a partial index (whether an element is in it depends on the page's whole length: the
        walk then goes to the end)."""
        entry = self._by_text.get(size)
        if entry is None:
            entry = self._by_text[size] = ({}, [0])
        by_text, read = entry
        bucket = self._shorts.get(size, [])
        i = read[0]
        while i < len(bucket):
            first, element, before = bucket[i]
            if before >= _INDEX_READINGS * len(self._text) + _BUDGET_EXTRA:
                if not self._done:
                    self._walk_to(_NO_END)  # the bound is the whole page's: known at its end
                    continue
                break  # (and every one after it: the lengths before them only grow)
            text = self._text[first:first + size]
            self.work += size
            elements = by_text.get(text)
            if elements is None:
                by_text[text] = [(first, element)]
            elif elements[-1][0] != first:  # (one span's elements come one after the other)
                elements.append((first, element))
            i += 1
        read[0] = i
        return by_text

    def _over_budget(self) -> bool:
        """Whether the searches read ``_BUDGET_READINGS`` times the page's text plus ``_BUDGET_EXTRA`` (the whole
        page is walked only when the part walked does not decide it)."""
        if self._spent < _BUDGET_READINGS * len(self._text) + _BUDGET_EXTRA:
            return False
        self._walk_to(_NO_END)
        return self._spent >= _BUDGET_READINGS * len(self._text) + _BUDGET_EXTRA

    def _find(self, key: str) -> int:
        if self._over_budget():
            return -1
        cursor = self.cursor
        found = self._text.find(key, cursor)
        while found < 0 and not self._done:  # further in the page (an occurrence the walk has not reached yet)
            known = len(self._text)
            self._walk_to(known + 1)
            found = self._text.find(key, max(cursor, known - len(key) + 1))
        self._spent += (found - cursor + len(key)) if found >= 0 else len(self._text) - cursor
        if found < 0 and cursor and not self._over_budget():  # out of page order: from the top
            found = self._text.find(key, 0, cursor + len(key) - 1)
            self._spent += (found + len(key)) if found >= 0 else cursor
        return found

    def _locate_signs(self, signs: str) -> str | None:
        """A block of signs only ("|", "©", "==="): the first text node of signs holding them from the previous
        removal on (at most ``_MARKS_TRIED`` nodes looked at)."""
        if not signs:
            return None
        at = bisect_left(self.marks, self.cursor, key=_START)
        while len(self.marks) < at + _MARKS_TRIED and not self._done:  # (later marks come after these)
            self._walk_to(self._position + 1)
        for position, element, text in self.marks[at:at + _MARKS_TRIED]:
            self.work += 1
            if signs in text:
                self.cursor = position
                return self.tree.getpath(element)
        return None

    def _span(self, element) -> tuple[int, int]:
        """The element's (start, end) in the text; an element the walk is still in (an ancestor of where it
        stopped) holds everything walked from its start on."""
        span = self.spans.get(element)
        if span is None:
            depth = sum(1 for _ in element.iterancestors())  # its place on the path of open elements
            return self._opened[depth], _NO_END
        return span

    def locate(self, plain: str) -> str | None:
        """The XPath of the deepest element holding the block's text (found after the previous one), or None."""
        key = canon(plain)
        if not key:
            return self._locate_signs("".join(plain.split()))
        while not self._text and not self._done:
            self._walk_to(1)
        if not self._text:
            return None
        exact = self._exact_at(key) if len(key) <= EXACT_MAX else None
        if exact is not None:  # an element whose text is the block's: the first after the previous removal, or the first
            self.work += 1
            first, element = exact
            self.cursor = first + len(key)
            return self.tree.getpath(element)
        before = self._spent
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
                if limit > len(self._text):
                    self._walk_to(limit)
                for size in sizes:
                    last = self._text.find(key[-size:], end, limit)
                    self._spent += max(0, min(limit, len(self._text)) - end)
                    if last >= 0:
                        end = last + size
                        break
        self.work += self._spent - before
        if start < 0:
            return None
        self.cursor = end
        element = self.owners[bisect_right(self.starts, start) - 1]
        while element is not self.top:
            self.work += 1
            first, last = self._span(element)
            if first <= start and end <= last:
                break
            element = element.getparent()
        return self.tree.getpath(element)
