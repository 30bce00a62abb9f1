"""Cleaning with a site profile: a pass after the decision that removes the blocks the site repeats, where the
page's own structure agrees.

A block *matches* the profile when every line it lies on is template evidence (seen on at least max(min_count,
share * N) of the site's N pages). A matching block is removed only when

- ``site.edge``: it is in the page's head or tail: every block before it (or after it) is template, already
  removed, blank, or the title;
- ``site.run``: it sits in a run of two or more blocks that match or were removed;
- ``site.weak``: a detector found something in it, too weak to remove it alone;

and never when it is the title (unless the title line itself is template and the line after it too: then it is the
site's masthead, not the article's headline), a code block or front matter, or when a kept prose block of the page
holds its text (the page's own body repeats it). A lone match between body blocks stays: a recurring in-body
heading ("Ingredients", "Step 1") is the site's article structure, and so is an item of a list whose other items
do not match (a list matches as a whole or not at all), and so is a unit the page itself holds ``PAGE_REPEAT``
times or more in lines that differ (in their digits: "€88", "€114" under the products of a listing): between the
page's edges it is kept and breaks a run. A line the page repeats as it is (a share bar at the top, in the middle
and at the end) is furniture like any other.
The removal's kind is the detector's kind when
a detector found something in the block, else ``template``; ``site_pages`` / ``site_total`` say on how many of the N
pages it was seen. When the site removals would leave less than ``min_kept_share`` of the characters the rules
kept, none is made and a warning says so.

A short line of the page's own between two removals, one of them the site's, goes with them (``site.gap``: a
template run interrupted by one line). So do the page's own short blocks inside the furniture regions the site
removals mark: a short run between the site's removals before the body's first prose (``site.head``), the short
blocks after the body's last prose from its first removal on (``site.tail``: the page's own related titles under
the site's lead, before its footer); see ``_regions``. In text, a kept block of several lines (a WET piece) in those
regions is judged a line at a time too, and its lines that go are cut out of it after the decision
(``_region_lines``, ``_cut_blocks``): in the head, a short line the profile holds, wherever it sits after the site's
first removal (a menu's or breadcrumb's label next to the headline).

For text and Markdown input, the segmenter cuts multi-line pieces (a WET-style page is one paragraph of
single-newline lines) at the edges of the runs of lines that match (``template_cuts``, the segmenter's ``cut`` hook:
one segmentation), so a run is judged as a block of its own; each piece is a paragraph of its own (a WET line is a
line). ``split_template_lines`` does the same to blocks already made.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import groupby
from dataclasses import dataclass
from typing import Any, cast

from ..decision import Decision, Verdict
from ..blocks import Unit
from ..detectors.base import has_words
from ..model import Block, Finding
from ..scripts import word_count
from .normalise import cache_generation, document_line_units, hash_normalised, normalise, normalise_cached
from .profile import SiteProfile

SITE_RULE_PREFIX = "site."
TEMPLATE_KIND = "template"
#: a block whose text a kept prose block holds is the page's own (a block of at least this many words)
BODY_REPEAT_MIN_WORDS = 3
#: a unit this many times on the page itself is the page's own structure (a list's repeated line), not the site's
PAGE_REPEAT = 3
#: a line between two removals, one of them the site's, goes with them up to this long (characters): ``site.gap``
GAP_MAX_CHARS = 80
#: ...and of at most this many words (a line of a menu, a date, a label; not a sentence)
GAP_MAX_WORDS = 6
#: the page's furniture regions (``site.head``, ``site.tail``): a kept block with a line of at least this many words
#: (``scripts.word_count``: a run of Chinese, Japanese or Thai letters counts as its letters over a word's average
#: length) is the body's prose; the head region runs from the first to the last site removal before the body's first prose
#: block, the tail region from the first removal after its last prose block (when a site removal follows) to the
#: page's end (``_regions``; the curve they were chosen on: docs/sites.md)
REGION_PROSE_WORDS = 12
#: ...a kept block of the head region goes when each of its lines has at most this many words (a menu item, a
#: label: the article's headline, which often sits between a site's menus, is longer)
REGION_HEAD_MAX_WORDS = 3
#: ...in a run of at most this many kept blocks between two of the head's removals (a longer run is the page's own
#: listing: a shop's facets, a forum's index)
REGION_HEAD_MAX_RUN = 3
#: ...and a kept block of the tail region when each of its lines has at most this many words (the page's own
#: related titles, a sidebar's items, a date; a sentence of the page's own before its footer stays)
REGION_TAIL_MAX_WORDS = 6
#: ...and neither region's blocks go when they hold more than this share of the characters the page keeps after
#: the site's other removals (a page whose prose is one line at the top is a listing: its items are its content)
REGION_MAX_SHARE = 0.5
#: a kept block this long (characters) is prose, for the body-repeat test
PROSE_CHARS = 120
#: the body-repeat test searches the prose for up to this many candidates a page before it makes the set of the
#: prose's words to rule most of the others out, and makes the set at once for a page of more matching blocks (a
#: search of 6 KB of prose costs about 4.5 µs, the set about 140 µs: timeit, warm; but the set makes an object a
#: word, and right after a garbage collection each costs 2-3 times as much: 24 -> 100 took the site pass from
#: 120-126 to 100-109 ms a round of wcxb_dev's WET-style pages, the same answers; round 29, docs/sites.md)
BODY_SEARCHES = 100


@dataclass(slots=True)
class SiteVerdict(Verdict):
    """A verdict made by the site pass: on how many of the profile's pages the block was seen."""

    site_pages: int | None = None
    site_total: int | None = None


_LINE_FEED = re.compile("\n")


class _Lines:
    """The lines of a text document with their offsets and units (None for a line with nothing left once
    normalised), computed once."""

    def __init__(self, document: str):
        self.document = document
        # each line's end is a line feed's offset (the document's end the last): found by one search, with no
        # piece of text a line (a page's lines cost an object each; round 29, docs/sites.md)
        self.ends: list[int] = [feed.start() for feed in _LINE_FEED.finditer(document)]
        self.starts: list[int] = [0, *[end + 1 for end in self.ends]]
        self.ends.append(len(document))
        #: each line's normal form as UTF-8 when the document was normalised whole (most), else empty: the site
        #: pass's body-repeat test reads the prose's from them (``_prose_normal``)
        self.normals: list[bytes] = []
        self.units: list[int | None] = document_line_units(document, None, self.normals)
        #: the runs of matching lines the split cut out: {start offset: lines} (a run of n lines is n blocks of
        #: furniture for the run and anchor rules)
        self.runs: dict[int, int] = {}
        #: the start offsets of the pieces the split cut out of list items (a piece is a line or lines of the item,
        #: not an item of the list: the list rule does not count it)
        self.list_pieces: set[int] = set()
        self.values: tuple[dict[int, int], set[int]] | None = None  # (the evidence, the page's own values)
        #: (the blocks, the evidence, their ``_text_counts``): computed once for the detectors' memo and the pass
        self.counts: tuple[list[Block], dict[int, int], list[int]] | None = None

    def unit(self, index: int) -> int | None:
        return self.units[index]

    def spanning(self, start: int, end: int) -> range:
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        return range(max(first, 0), last + 1)


def _check(profile: object) -> None:
    if not isinstance(profile, SiteProfile):
        from ..errors import InputTypeError

        raise InputTypeError(f"site must be a cleaner.SiteProfile (cleaner.learn_site), not {type(profile).__name__}")


_last: tuple[str, _Lines] | None = None  # the last document's lines: the split and the pass read the same document


def _lines_of(document: str) -> _Lines:
    global _last
    last = _last
    if last is not None and last[0] is document:
        return last[1]
    lines = _Lines(document)
    _last = (document, lines)
    return lines


class TemplateCuts:
    """Where a text document's template runs start and end: the segmenter's pieces cut there, in the segmenter (one
    segmentation: the pieces are the pipeline's own blocks, ``Segmenter.blocks(..., cut=cuts)``), or blocks already
    made cut afterwards (``split_template_lines``). A multi-line paragraph, list item or quote piece is cut at the
    edges of its runs of matching lines (see the module's docstring); ``template_cuts`` makes one for a document and
    a profile, or None when not one line of the page is template evidence."""

    __slots__ = ("lines", "evidence", "weak", "values", "cut", "memo")

    def __init__(self, lines: _Lines, evidence: dict[int, int], weak: dict[int, int], values: set[int],
                 memo: "SplitMemo | None" = None):
        self.memo = memo  # the segmenter's split tests in template runs, from page to page (``template``)
        self.lines = lines
        self.evidence = evidence
        self.weak = weak
        self.values = values
        self.cut: set[int] = set()  # the start offsets of the pieces cut out

    def _spans(self, start: int, end: int) -> list[tuple[int, int, bool]] | None:
        """(first line, last line, a run of matching lines) of each piece of the text at [start, end) when it is
        cut, else None (the lines' indexes)."""
        lines = self.lines
        span = lines.spanning(start, end)
        if len(span) < 2:
            return None
        line_units = lines.units
        span_units = line_units[span.start:span.stop]
        marks = list(map(self.evidence.__contains__, span_units))
        if True not in marks or False not in marks:  # (most pieces: none; the lone test below only turns some off)
            return None
        # a lone matching line between lines that are no evidence at all stays in its piece: between body lines it
        # is the page's own structure (the pass would keep it as a lone match); cutting it out costs two pieces
        weak = self.weak
        for k in [k for k in range(1, len(marks) - 1) if marks[k]]:
            if not marks[k - 1] and not marks[k + 1] and span_units[k - 1] not in weak \
                    and span_units[k + 1] not in weak:
                marks[k] = False
        values = self.values
        if values:
            # a line of the page's own values without a letter (a price, a count: "£753", "(1,842)") next to a line
            # that is no match stays in that line's piece: the pass keeps it either way (it breaks a run), and cut out
            # it is a block of its own the shape passes, the detectors and the pass test again on every page (its
            # digits differ: no memo holds it); a listing holds hundreds (round 12f, docs/sites.md). Only next to
            # such a line, not along a run of values: a facet list of numbers ("16GB", "12GB"...) stays cut out
            was = marks[:]
            last = len(was) - 1
            document, starts, ends = lines.document, lines.starts, lines.ends
            for k in [k for k in range(len(was)) if was[k] and span_units[k] in values]:
                if ((k > 0 and not was[k - 1]) or (k < last and not was[k + 1])) \
                        and not _LETTER.search(document, starts[span[k]], ends[span[k]]):
                    marks[k] = False
        if True not in marks or False not in marks:
            return None
        # pieces: a run of matching lines together (cut only at its edges), the runs of other lines together; a
        # line of the page's own values still marked is a piece of its own (kept between the edges, it breaks a run)
        spans: list[tuple[int, int, bool]] = []
        first = span[0]
        if not values:  # (most pages) the runs of equal marks, a step a run
            for mark, run in groupby(marks):
                size = len(list(run))
                spans.append((first, first + size - 1, mark))
                first += size
        else:
            for i, mark in zip(span, marks):
                own = mark and line_units[i] in values
                if i > first and (own or mark != marks[first - span[0]] or line_units[first] in values):
                    spans.append((first, i - 1, marks[first - span[0]]))
                    first = i
            spans.append((first, span[-1], marks[first - span[0]]))
        return spans

    def template(self, unit: Unit) -> "tuple[list[tuple[int, int]], SplitMemo] | None":
        """The segmenter's other hook: where in ``unit.text`` (start, end offsets) the runs of lines the profile
        holds lie (template or weak evidence; a span starts just before its first line, so the point at that line's
        start is in it), with the memo of the segmenter's split tests made there (``Segmenter.pieces``: the same
        pieces, the tests of the site's lines looked up from the site's earlier pages), or None."""
        memo = self.memo
        if memo is None or unit.type not in _CUT_TYPES or unit.start is None or unit.plain is not None:
            return None
        base = unit.start
        lines = self.lines
        span = lines.spanning(base, base + len(unit.text))
        weak = self.weak
        marks = list(map(weak.__contains__, lines.units[span.start:span.stop]))
        if True not in marks:
            return None
        starts, ends = lines.starts, lines.ends
        out = []
        first = span.start
        for mark, run in groupby(marks):
            size = len(list(run))
            if mark:
                out.append((max(starts[first] - base, 0) - 1, ends[first + size - 1] - base))
            first += size
        return out, memo

    def pieces(self, start: int, end: int, list_item: bool) -> list[tuple[int, int]] | None:
        """The pieces (start, end: document offsets, blanks at their ends left out) of the piece of text at
        [start, end) when it is cut, else None. Records the runs and the list pieces for the pass."""
        spans = self._spans(start, end)
        if spans is None:
            return None
        lines = self.lines
        document, starts, ends = lines.document, lines.starts, lines.ends
        runs, cut = lines.runs, self.cut
        out: list[tuple[int, int]] = []
        for first, last, mark in spans:
            a = starts[first]
            if a < start:
                a = start
            b = ends[last]
            if b > end:
                b = end
            source = document[a:b]
            stripped = source.strip()
            if not stripped:
                continue
            a += len(source) - len(source.lstrip())
            b = a + len(stripped)
            out.append((a, b))
            cut.add(a)
            if mark and last > first:
                runs[a] = last - first + 1
            if list_item:
                lines.list_pieces.add(a)
        return out

    def __call__(self, unit: Unit, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """The segmenter's hook: the unit's pieces (offsets into ``unit.text``, after a line break), cut."""
        if unit.type not in _CUT_TYPES or unit.start is None:
            return spans
        text, base = unit.text, unit.start
        out: list[tuple[int, int, bool]] | None = None
        for k, (a, b, line_break) in enumerate(spans):
            cut = self.pieces(base + a, base + b, unit.list_id >= 0) if text.find("\n", a, b) >= 0 else None
            if cut is None:
                if out is not None:
                    out.append((a, b, line_break))
                continue
            if out is None:
                out = spans[:k]
            out.extend((x - base, y - base, False) for x, y in cut)  # (a cut piece is a paragraph of its own)
        return spans if out is None else out

    def regroup(self, blocks: list[Block]) -> list[Block]:
        """The blocks the segmenter made with this hook, each piece cut out in a group of its own: a kept piece is
        its own paragraph, and the decision's same-paragraph neighbour rule does not take it with a removal."""
        if not self.cut:
            return blocks
        cut = self.cut
        groups: dict[tuple[int, int], int] = {}
        for index, block in enumerate(blocks):
            key = (block.group, index if block.start in cut else -1)
            block.group = groups.setdefault(key, len(groups))
        return blocks


#: the block types whose lines are cut at template runs (the segmenter's own split types)
_CUT_TYPES = ("paragraph", "list_item", "quote")


def template_cuts(document: str, profile: SiteProfile, memo: "SplitMemo | None" = None) -> TemplateCuts | None:
    """The cuts of a text document for a profile, or None when the profile has nothing on the page. ``memo``: the
    segmenter's split tests in the site's template runs, kept from page to page (one a ``Cleaner``)."""
    _check(profile)
    if profile.empty:
        return None
    lines = _lines_of(document)
    # what an earlier split of the same document (with another profile) cut is not this one's
    lines.runs, lines.list_pieces, lines.counts = {}, set(), None
    evidence = profile.evidence()  # (a weak line stays in its piece: the pass judges a piece of weak lines whole)
    if evidence.keys().isdisjoint(lines.units):
        return None
    return TemplateCuts(lines, evidence, profile.weak_evidence(), _line_values(lines, evidence), memo)


def split_template_lines(blocks: list[Block], document: str, profile: SiteProfile, *, tags: bool = True) -> list[Block]:
    """Text / Markdown blocks already made, cut at the edges of the runs of lines that match the profile (what
    ``Segmenter.blocks(..., cut=template_cuts(...))`` makes in one segmentation). Blocks without such a line are
    returned as they are; indexes are renumbered. ``tags``: HTML tags are markup (Markdown), not text (plain text),
    as for the segmenter."""
    cuts = template_cuts(document, profile)
    if cuts is None:
        return blocks
    from ..blocks import make_block

    out: list[Block] = []
    group_start: dict[int, int] = {}
    for block in blocks:
        group_start.setdefault(block.group, block.start if block.start is not None else 0)
        if block.type not in _CUT_TYPES or block.start is None or block.end is None or "\n" not in block.text:
            out.append(block)
            continue
        pieces = cuts.pieces(block.start, block.end, block.list_id >= 0)
        if pieces is None:
            out.append(block)
            continue
        unit_start = group_start[block.group]
        unit = Unit(block.type, document[unit_start:block.end], start=unit_start, level=block.level,
                    list_id=block.list_id)
        for start, end in pieces:
            piece = make_block(0, unit, document[start:end], start - unit_start, block.group,
                               first=start == unit_start, tags=tags)
            out.append(piece)
    if len(out) == len(blocks):
        return blocks
    for index, block in enumerate(out):
        block.index = index
    return cuts.regroup(out)


#: block types that never match
_UNMATCHED = frozenset({"code", "front_matter", "rule"})


def _block_units(block: Block, lines: _Lines | None) -> list[list[int]]:
    """Ways the block can match: for text, the units of the lines it lies on (all must match); for HTML, its plain
    text as one unit, or the units of its source lines when it has several."""
    if block.type in _UNMATCHED:
        return []
    if lines is not None and block.start is not None and block.end is not None and block.end > block.start:
        if "\n" not in block.text:  # one line (or a piece of one): the line it lies on
            unit = lines.units[bisect_right(lines.starts, block.start) - 1]
            return [[unit]] if unit is not None else []
        span = lines.spanning(block.start, block.end)
        found = [u for u in lines.units[span.start:span.stop] if u is not None]
        return [found] if found else []
    normal = normalise(block.plain)
    if not normal:
        return []
    ways = [[hash_normalised(normal)]]
    if "\n" in block.text.strip():
        ways.append([hash_normalised(n) for n in (normalise(line) for line in block.text.split("\n")) if n])
    return ways


def _block_seen(ways: list[list[int]], evidence: dict[int, int]) -> int:
    """The least count of the block's units when every one is template evidence, else 0."""
    best = 0
    for units in ways:
        if len(units) == 1:
            count = evidence.get(units[0], 0)
        else:
            counts = [evidence.get(unit, 0) for unit in units]
            count = min(counts) if all(counts) else 0
        if count > best:
            best = count
    return best


_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")  # a letter (a value line without one is a price or a count: ``_spans``)


def _line_values(lines: _Lines, evidence: dict[int, int]) -> set[int]:
    """The units the page holds ``PAGE_REPEAT`` times or more in lines that differ (in their digits, since digits are
    folded: "€88", "€114"): the page's own values. A line repeated as it is (a share bar) is not one. Only template
    units can be the page's own values. Computed once a document and profile."""
    cached = lines.values
    if cached is not None and cached[0] is evidence:
        return cached[1]
    on_page = Counter(filter(evidence.__contains__, lines.units))
    repeated = {unit for unit, count in on_page.items() if count >= PAGE_REPEAT}
    differ: set[int] = set()
    if repeated:  # (most pages: no template line three times; no line's text to read)
        first_text: dict[int, str] = {}
        document, starts, ends = lines.document, lines.starts, lines.ends
        for i, unit in enumerate(lines.units):
            if unit in repeated:
                text = document[starts[i]:ends[i]].strip()
                if first_text.setdefault(unit, text) != text:
                    differ.add(unit)
    values = differ
    lines.values = (evidence, values)
    return values


def _page_values(blocks: list[Block], units: list[list[list[int]]] | None, lines: _Lines | None,
                 evidence: dict[int, int]) -> set[int]:
    """The page's own values (``_line_values``), for text by its lines, for HTML by its blocks."""
    if lines is not None:
        return _line_values(lines, evidence)
    on_page: dict[int, int] = {}
    first_text: dict[int, str] = {}
    differ: set[int] = set()
    for block, ways in zip(blocks, units or ()):
        for unit in {unit for way in ways for unit in way}:
            if unit in evidence:
                on_page[unit] = on_page.get(unit, 0) + 1
                if first_text.setdefault(unit, block.plain.strip()) != block.plain.strip():
                    differ.add(unit)
    return {unit for unit in differ if on_page[unit] >= PAGE_REPEAT}


def _edges(furniture: list[bool], title: int | None) -> tuple[int, int]:
    """(the end of the page's head, the start of its tail): the furniture before the first block that is not, the
    title included, and after the last."""
    n = len(furniture)
    head = 0
    while head < n and (furniture[head] or head == title):
        head += 1
    tail = n
    while tail > head and furniture[tail - 1]:
        tail -= 1
    return head, tail


def _runs(flags: list[bool], start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(i, j)`` of each maximal run of true ``flags[i:j]`` within ``start:end``."""
    i = start
    while i < end:
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < end and flags[j]:
            j += 1
        yield i, j
        i = j


def _run_sizes(furniture: list[bool], words: list[bool], weight: list[int]) -> list[int]:
    """For each block, the number of blocks with words in the run of furniture it is in (0 outside any); a run of
    matching lines the split cut out as one block counts as its lines (``weight``)."""
    sizes = [0] * len(furniture)
    for i, j in _runs(furniture, 0, len(furniture)):
        size = sum(weight[k] for k in range(i, j) if words[k])
        for k in range(i, j):
            sizes[k] = size
    return sizes


def _anchored(furniture: list[bool], weak: list[int], seen: list[int], words: list[bool], verdicts: list,
              own: list[bool], title: int | None, anchor: int, head: int, tail: int, weight: list[int]) -> list[bool]:
    """The furniture with the weak matches that sit in a run of furniture holding ``anchor`` or more blocks of
    template evidence with words and touching the page's head or tail (``head``, ``tail``: the edges of the
    template evidence), a run through the weak matches; the title and the page's own values break it. Between the
    edges a weak match stays: a listing's items recur on some of the site's pages, its menus on all."""
    n = len(furniture)
    extended = [not own[i] and (furniture[i] or (bool(weak[i]) and verdicts[i].keep)) for i in range(n)]
    out = list(furniture)
    for i, j in _runs([extended[k] and k != title for k in range(n)], 0, n):
        strong = sum(weight[k] for k in range(i, j) if seen[k] and words[k] and verdicts[k].keep)
        if strong < anchor and (i == 0 or j == n):
            strong += sum(1 for k in range(i, j) if words[k] and not verdicts[k].keep)
        if strong >= anchor and (i <= head or j >= tail):
            for k in range(i, j):
                out[k] = True
    return out


def _kind_and_cue(found: list[Finding]) -> tuple[str, str]:
    """A site removal's kind and cue: what a detector recognises in the block (its strongest finding), else
    ``template`` and no cue."""
    return (found[0].kind, found[0].cue) if found else (TEMPLATE_KIND, "")


def _site_verdict(kind: str, rule: str, cue: str, count: int, pages: int) -> SiteVerdict:
    """The removal of a block by the site pass's ``rule`` (``site.edge`` ... ``site.tail``): its confidence is the
    share of the site's ``pages`` that hold it (``count``, often 0 for the page's own lines)."""
    return SiteVerdict(False, kind, f"{SITE_RULE_PREFIX}{rule}", cue, round(count / pages, 3), None, count, pages)


def _gaps(blocks: list[Block], findings: list[list[Finding]], verdicts: list, new: dict[int, SiteVerdict],
          seen: list[int], words: list[bool], title: int | None, kinds: tuple[str, ...], profile: SiteProfile,
          confirmed: frozenset[int] = frozenset()) -> None:
    """A short line (``GAP_MAX_CHARS``, ``GAP_MAX_WORDS``) the site's other pages do not hold (or hold too rarely to
    count) between two removals, one of them the site's, goes with them (``site.gap``): a template run interrupted by
    one line of its own (a date, a per-page link in a menu). Adds to ``new``."""
    n = len(blocks)
    site = new.keys() | confirmed
    near = sorted({j for i in site for j in (i - 1, i + 1) if 0 < j < n - 1})  # (the blocks next to a removal)
    gaps = [i for i in near
            if verdicts[i].keep and i not in new and i != title and words[i]
            and blocks[i].type not in _UNMATCHED and len(blocks[i].plain) <= GAP_MAX_CHARS
            and blocks[i].plain.count(" ") < GAP_MAX_WORDS
            and (i - 1 in new or not verdicts[i - 1].keep) and (i + 1 in new or not verdicts[i + 1].keep)]
    for i in gaps:
        kind, cue = _kind_and_cue(findings[i])
        if kind in kinds:
            new[i] = _site_verdict(kind, "gap", cue, seen[i], profile.pages)


#: ``_has_line_of``'s search for a line of n blank-separated tokens or more, by n (``\\s`` is the blank of
#: ``str.split``, and ``^`` in a multi-line pattern follows a line feed only, as ``str.split("\\n")`` does)
_TOKEN_LINES: dict[int, re.Pattern[str]] = {}


def _has_line_of(text: str, words: int) -> bool:
    """Whether a line of ``text`` has ``words`` words or more (``word_count``; a line of that many blank-separated
    tokens has, since ``word_count`` counts a token at least once: only a shorter line that is not ASCII is counted
    by ``word_count``). A search of the whole text finds the lines of that many tokens (a block of many lines is
    not split into lines and words)."""
    pattern = _TOKEN_LINES.get(words)
    if pattern is None:
        if words <= 0:
            return True  # (every text has a line of at least no words)
        pattern = _TOKEN_LINES[words] = re.compile(r"^[^\S\n]*(?:\S+[^\S\n]+){%d}\S" % (words - 1), re.M)
    if pattern.search(text) is not None:
        return True
    if text.isascii():
        return False
    return any(not line.isascii() and line.strip() and word_count(line) >= words for line in text.split("\n"))


def _lines_at_most(text: str, words: int) -> bool:
    """Whether every line of ``text`` has at most ``words`` words (no line of ``words + 1`` or more)."""
    return not _has_line_of(text, words + 1)


def _body_edges(blocks: list[Block], kept: list[bool], words: list[bool]) -> tuple[int, int] | None:
    """(first, last) kept block with a line of ``REGION_PROSE_WORDS`` words or more (the body's edges, each found
    from its own end of the page: the blocks between are not read), or None on a page without prose."""
    def prose(i: int) -> bool:
        return kept[i] and words[i] and blocks[i].type not in _UNMATCHED \
            and _has_line_of(blocks[i].text, REGION_PROSE_WORDS)

    n = len(blocks)
    first = next((i for i in range(n) if prose(i)), None)
    if first is None:
        return None
    return first, next(i for i in range(n - 1, first - 1, -1) if prose(i))


def _short_head_runs(kept: list[bool], head: list[int]) -> Iterator[tuple[int, int]]:
    """The runs of kept blocks between the head's site removals (``head``) of at most ``REGION_HEAD_MAX_RUN``."""
    if head:
        for i, j in _runs(kept, min(head), max(head)):
            if j - i <= REGION_HEAD_MAX_RUN:
                yield i, j


def _over_share(taken_chars: int, blocks: list[Block], kept: list[bool]) -> bool:
    """Whether the regions take more than ``REGION_MAX_SHARE`` of the characters the page keeps."""
    return taken_chars > REGION_MAX_SHARE * sum([len(block.plain) for block, keep in zip(blocks, kept) if keep])


def _regions(blocks: list[Block], findings: list[list[Finding]], verdicts: list, new: dict[int, SiteVerdict],
             seen: list[int], words: list[bool], title: int | None, kinds: tuple[str, ...],
             profile: SiteProfile, found_edges: list | None = None,
             confirmed: frozenset[int] = frozenset()) -> dict[int, SiteVerdict]:
    """The page's own blocks inside the regions its site removals mark as furniture go with them (the body: from
    the first to the last kept block with a line of ``REGION_PROSE_WORDS`` words or more):

    - ``site.head``: in the head, a run of at most ``REGION_HEAD_MAX_RUN`` kept blocks between two removals, after
      the first site removal and before the last one that come before the body, each line of each block at most
      ``REGION_HEAD_MAX_WORDS`` words (an edition, a date label, a per-page menu item: the headline is longer);
    - ``site.tail``: after the body, from its first removal on when a site removal is among them (a related list's
      lead, the site's footer), every kept block whose lines have at most ``REGION_TAIL_MAX_WORDS`` words (the
      page's own related titles under the site's "More from us", a forum's own sidebar items; a sentence stays).

    Never the title, code or front matter; nothing on a page without prose (a listing: its items are its content),
    nor when the regions hold more than ``REGION_MAX_SHARE`` of the characters the page keeps. ``site_pages`` says
    on how many pages the block was seen (often 0). Returns the verdicts to add to ``new``; the body's edges are
    appended to ``found_edges`` (for ``_region_lines``: the same edges, see there)."""
    out: dict[int, SiteVerdict] = {}
    n = len(blocks)
    kept = [verdict.keep and i not in new for i, verdict in enumerate(verdicts)]

    edges = _body_edges(blocks, kept, words)
    if found_edges is not None:
        found_edges.append(edges)
    if edges is None:
        return out
    first, last = edges
    site = new.keys() | confirmed
    head = [i for i in site if i < first]
    # the tail opens at the first block removed after the last prose block (the site's, or a detector's: a related
    # list's lead), when a site removal is among what follows it
    tail = [i for i in range(last + 1, n) if not verdicts[i].keep or i in new] if any(i > last for i in site) else []

    def short(i: int, most: int) -> bool:
        return kept[i] and i != title and words[i] and blocks[i].type not in _UNMATCHED \
            and _lines_at_most(blocks[i].text, most)

    taken: list[tuple[int, str]] = []
    for i, j in _short_head_runs(kept, head):  # the kept runs between the head's site removals
        taken += [(k, "head") for k in range(i, j) if short(k, REGION_HEAD_MAX_WORDS)]
    taken += [(i, "tail") for i in range(min(tail), n) if short(i, REGION_TAIL_MAX_WORDS)] if tail else []
    if not taken or _over_share(sum([len(blocks[i].plain) for i, _ in taken]), blocks, kept):
        return out
    for i, region in taken:
        kind, cue = _kind_and_cue(findings[i])
        if kind in kinds:
            out[i] = _site_verdict(kind, region, cue, seen[i], profile.pages)
    return out


def _keeps_most(blocks: list[Block], decision: Decision, new: dict[int, SiteVerdict], profile: SiteProfile, *,
                warn: bool = True, more: int = 0) -> bool:
    """Whether the page keeps at least ``min_kept_share`` of what the rules kept (the blocks of ``new`` and ``more``
    characters taken; ``decision`` before ``new`` is applied to it, or after); else a warning says why not
    (``warn``)."""
    kept_before = sum([len(block.plain) for i, (block, verdict) in enumerate(zip(blocks, decision.verdicts))
                       if verdict.keep or i in new])
    taken = sum([len(blocks[i].plain) for i in new]) + more
    if kept_before and kept_before - taken < profile.params.min_kept_share * kept_before:
        if not warn:
            return False
        decision.warnings.append(
            f"the site profile ({profile.site or 'site'}, {profile.pages} pages) matched most of the page "
            f"({taken:,} of {kept_before:,} characters); those blocks were kept")
        return False
    return True


def _region_lines(blocks: list[Block], verdicts: list, new: dict[int, SiteVerdict], words: list[bool],
                  title: int | None, lines: _Lines, evidence: dict[int, int],
                  profile: SiteProfile, found_edges: list | None = None,
                  confirmed: frozenset[int] = frozenset()) -> dict[int, list[tuple[int, int, int, str]]]:
    """The lines of a text page's furniture regions that go although the block they are in stays (round 12c). In
    WET-style text (lines joined by single newlines) a kept piece mixes the page's own lines with the site's, and
    the region rules (``_regions``) judge a block whole: a piece with one longer line (a headline, a product's
    name) keeps its menu and label lines. Here each line of a kept *line block* (a block of several lines, or a
    line a single newline parts from a neighbouring block; not the title's, not code or front matter) is judged
    alone:

    - in the head, after the site's first removal before the body's first prose block (a kept block with a line of
      ``REGION_PROSE_WORDS`` words or more): a line of at most ``REGION_HEAD_MAX_WORDS`` words that the profile
      holds (template or weak evidence), wherever it sits there (a breadcrumb's, a filter list's or a button's
      label among the page's own lines, above the headline); and, in a run of at most ``REGION_HEAD_MAX_RUN`` kept
      blocks between two of the head's site removals, any line of at most ``REGION_HEAD_MAX_WORDS`` words
      (``site.head``'s rule, a line at a time);
    - in the tail (``_regions``'s: from the first removal after the body's last prose block, when a site removal
      is among what follows it): a line of at most ``REGION_TAIL_MAX_WORDS`` words (``site.tail``'s rule, a line at
      a time);

    never a line of the page's own values (``_line_values``), a line without a letter or digit, nor a line whose
    text a kept line of the body (from its first to its last prose block) repeats: a table of contents whose
    entries are the page's headings. The body itself is never cut. Returns {block index: [(start, end, count,
    rule) of each line to remove]}; nothing when those lines hold more than ``REGION_MAX_SHARE`` of the characters
    the page keeps. ``found_edges``: the body's edges ``_regions`` found on the same page, if it did (found once a
    page: the blocks it kept that the verdicts now remove are the site's, its gaps' and its regions' removals, and a
    region's block has no line of ``REGION_PROSE_WORDS`` words, so the prose blocks and the edges are the same)."""
    n = len(blocks)
    kept = [verdict.keep for verdict in verdicts]
    document = lines.document

    def line_block(i: int) -> bool:
        block = blocks[i]
        if not kept[i] or i == title or not words[i] or block.type not in _CUT_TYPES or block.start is None \
                or block.end is None:
            return False
        if "\n" in block.text:
            return True
        for j in (i - 1, i + 1):  # a line of a paragraph of lines: a single newline parts it from a neighbour
            other = blocks[j] if 0 <= j < n else None
            if other is not None and other.start is not None and other.end is not None:
                gap = document[other.end:block.start] if j < i else document[block.end:other.start]
                if gap.count("\n") == 1 and not gap.strip():
                    return True
        return False

    edges = found_edges[0] if found_edges else _body_edges(blocks, kept, words)
    if edges is None:
        return {}
    first, last = edges
    site = new.keys() | confirmed
    head = [i for i in site if i < first]
    todo = [k for k in range(min(head) + 1, first) if line_block(k)] if head else []
    tail = next((i for i in range(last + 1, n) if not kept[i]), None) if any(i > last for i in site) else None
    todo += [k for k in range(tail, n) if line_block(k)] if tail is not None else []
    if not todo:
        return {}
    short_runs: set[int] = set()  # the kept blocks in a short run between two of the head's site removals
    for i, j in _short_head_runs(kept, head):
        short_runs.update(range(i, j))
    values = _line_values(lines, profile.evidence())
    starts, ends, units = lines.starts, lines.ends, lines.units
    body: set[int | None] | None = None  # the units of the body's kept lines
    plan: dict[int, list[tuple[int, int, int, str]]] = {}
    for k in todo:
        block = blocks[k]
        assert block.start is not None and block.end is not None
        in_tail = k > last
        cuts: list[tuple[int, int, int, str]] = []
        for i in lines.spanning(block.start, block.end):
            a, b = max(starts[i], block.start), min(ends[i], block.end)
            text = document[a:b]
            unit = units[i]
            if unit is None or unit in values or not _ALNUM.search(text):
                continue
            count = evidence.get(unit, 0)
            if in_tail:
                if _has_line_of(text, REGION_TAIL_MAX_WORDS + 1):
                    continue
            elif _has_line_of(text, REGION_HEAD_MAX_WORDS + 1) or not (count or k in short_runs):
                continue
            if body is None:
                body = set()
                for m in range(first, last + 1):
                    start, end = blocks[m].start, blocks[m].end
                    if kept[m] and start is not None and end is not None:
                        span = lines.spanning(start, end)
                        body.update(units[span.start:span.stop])
            if unit in body:
                continue
            a += len(text) - len(text.lstrip())
            cuts.append((a, a + len(text.strip()), count, "tail" if in_tail else "head"))
        if cuts:
            plan[k] = cuts
    if not plan or _over_share(sum(b - a for cuts in plan.values() for a, b, _, _ in cuts), blocks, kept):
        return {}
    return plan


def _stripped(block: Block, document: str) -> tuple[int, int]:
    """The block's offsets with the blanks at its ends left out."""
    assert block.start is not None and block.end is not None
    source = document[block.start:block.end]
    start = block.start + len(source) - len(source.lstrip())
    return start, start + len(source.strip())


def _cut_blocks(blocks: list[Block], findings: list[list[Finding]], decision: Decision,
                plan: dict[int, list[tuple[int, int, int, str]]], document: str, markdown: bool, pages: int) -> None:
    """Cut the lines of ``plan`` (``_region_lines``) out of their blocks, in place: each block of the plan becomes its
    pieces (each line removed, ``site.head`` or ``site.tail`` with the line's count, and the lines kept between
    them, which keep the block's verdict and group: kept together they read as before), and the indexes the
    decision holds (the title, the sections, each block's threshold) are moved with them."""
    from dataclasses import replace

    from ..blocks import make_block

    verdicts, thresholds = decision.verdicts, decision.block_thresholds
    # the removals of one rule and count share a verdict (nothing changes a verdict once made: site_pass's ``made``)
    made: dict[tuple[str, int], SiteVerdict] = {}

    def removal(rule: str, count: int) -> SiteVerdict:
        verdict = made.get((rule, count))
        if verdict is None:
            verdict = made[rule, count] = _site_verdict(TEMPLATE_KIND, rule, "", count, pages)
        return verdict

    whole = [k for k, cuts in plan.items() if len(cuts) == 1 and _stripped(blocks[k], document) == cuts[0][:2]]
    for k in whole:  # a block that is its one line: its verdict changes, nothing is cut (most: a line of a WET piece)
        _, _, count, rule = plan[k][0]
        verdicts[k] = removal(rule, count)
    if len(whole) == len(plan):
        return
    plan = {k: cuts for k, cuts in plan.items() if k not in whole}
    # the blocks between two cut blocks are copied a slice at a time (most of a page's blocks)
    n, thresholded = len(blocks), len(thresholds)
    out_blocks: list[Block] = []
    out_findings: list[list[Finding]] = []
    out_verdicts: list = []
    out_thresholds: list[float] = []
    where: list[int] = []  # old index -> new index (of its first piece)
    done = 0  # the blocks before this are copied
    for k in sorted(plan):
        base = len(out_blocks) - done
        where += range(done + base, k + base)
        out_blocks += blocks[done:k]
        out_findings += findings[done:k]
        out_verdicts += verdicts[done:k]
        out_thresholds += thresholds[done:min(k, thresholded)]
        done = k + 1
        where.append(len(out_blocks))
        block, cuts = blocks[k], plan[k]
        assert block.start is not None and block.end is not None
        unit = Unit(block.type, document[block.start:block.end], start=block.start, level=block.level,
                    list_id=block.list_id)
        # the block's pieces: the lines cut, and what lies between them (blanks at their ends left out)
        pieces: list[tuple[int, int, int | None, str]] = []
        position: int = block.start
        for a, b, count, rule in cuts:
            if document[position:a].strip():
                pieces.append((position, a, None, ""))
            pieces.append((a, b, count, rule))
            position = b
        if document[position:block.end].strip():
            pieces.append((position, block.end, None, ""))
        given = False
        for a, b, cut_count, rule in pieces:
            source = document[a:b]
            a += len(source) - len(source.lstrip())
            b = a + len(source.strip())
            piece = make_block(0, unit, document[a:b], a - block.start, block.group,
                               first=a == block.start and not block.continues, tags=markdown)
            piece.line_break = a != block.start or block.line_break
            out_blocks.append(piece)
            if cut_count is None:
                out_verdicts.append(verdicts[k])
                out_findings.append(findings[k] if not given else [])  # (the block's near miss, once)
                given = True
            else:
                out_verdicts.append(removal(rule, cut_count))
                out_findings.append([])
            if k < thresholded:
                out_thresholds.append(thresholds[k])
    base = len(out_blocks) - done
    where += range(done + base, n + base)
    out_blocks += blocks[done:]
    out_findings += findings[done:]
    out_verdicts += verdicts[done:]
    out_thresholds += thresholds[done:]
    moved: dict[int, Verdict] = {}
    for j, verdict in enumerate(out_verdicts):
        if verdict.section is not None and where[verdict.section] != verdict.section:
            if id(verdict) not in moved:
                moved[id(verdict)] = replace(verdict, section=where[verdict.section])
            out_verdicts[j] = moved[id(verdict)]
    if decision.title_index is not None:
        decision.title_index = where[decision.title_index]
    decision.sections = {where[opener]: [where[i] for i in claimed] for opener, claimed in decision.sections.items()}
    for index, block in enumerate(out_blocks):
        block.index = index
    blocks[:] = out_blocks
    findings[:] = out_findings
    verdicts[:] = out_verdicts
    if thresholds:
        thresholds[:] = out_thresholds


def _text_own(blocks: list[Block], head: int, tail: int, lines: _Lines, values: set[int]) -> list[bool]:
    """Whether each text block of ``blocks[head:tail]`` lies on a line of the page's own values: ``any(not
    values.isdisjoint(way) for way in _block_units(block, lines))`` (the same answers), read from the line units
    the split computed, without a list a block: a block of one line is its line's unit (``None`` is never a value),
    a block of several any of its lines'; the others (no offsets, a type that never matches) by ``_block_units``."""
    starts, line_units = lines.starts, lines.units
    out: list[bool] = []
    for block in blocks[head:tail]:
        start, end = block.start, block.end
        if block.type in _UNMATCHED:
            out.append(False)
        elif start is None or end is None or end <= start:
            out.append(any(not values.isdisjoint(way) for way in _block_units(block, lines)))
        elif "\n" not in block.text:
            out.append(line_units[bisect_right(starts, start) - 1] in values)
        else:
            span = lines.spanning(start, end)
            out.append(not values.isdisjoint(line_units[span.start:span.stop]))
    return out


#: the inline markup a block's plain text drops from its lines (emphasis, code): ASCII punctuation, a blank for
#: ``normalise``
_MARKUP_RUN = re.compile(r"[*_`]+")
#: the characters ``normalise`` makes a blank whatever stands around them (ASCII blanks and punctuation)
_BLANK_CHARS = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f" + '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')


def _markup_only(own: str, plain: str) -> bool:
    """Whether ``plain`` is ``own`` without its runs of inline markup (``_MARKUP_RUN``), each of which stands at an
    end of ``own`` or next to a character ``normalise`` makes a blank: then both have the same normal form (on a
    document normalised whole, each character's normal form is its own, and a markup run is a blank next to a blank,
    collapsed with it), and ``_prose_normal`` reads it from the lines (round 29's review: 111 blocks a round of
    wcxb_dev's WET-style pages, 0.75 MB, normalised again before)."""
    if len(plain) >= len(own):
        return False
    kept: list[str] = []
    last = 0
    for run in _MARKUP_RUN.finditer(own):
        start, end = run.span()
        if start > 0 and end < len(own) and own[start - 1] not in _BLANK_CHARS and own[end] not in _BLANK_CHARS:
            return False  # (a run inside a word: "snake_case", "a*b")
        kept.append(own[last:start])
        last = end
    kept.append(own[last:])
    return "".join(kept) == plain


def _prose_normal(blocks: list[Block], prose_at: list[int], lines: _Lines) -> str:
    """``normalise`` of the text of ``blocks[prose_at]`` (their plain texts, a line feed apart: the words of each
    block's normal form, one space apart), read from the normal forms of the document's lines (``_Lines.normals``)
    for a block that is whole lines of the document as they are, blanks at their ends aside (most prose blocks of a
    text page; a blank line's normal form is empty and left out), normalised here for another (a sentence of a line
    the segmenter split, a list item without its marker)."""
    document, starts, ends, normals = lines.document, lines.starts, lines.ends, lines.normals
    parts: list[bytes] = []
    for j in prose_at:
        block = blocks[j]
        start, end = block.start, block.end
        if start is not None and end is not None and end > start:
            span = lines.spanning(start, end)
            first, last = starts[span.start], ends[span.stop - 1]
            if (first == start or document[first:start].isspace()) and (last == end or document[end:last].isspace()):
                own = document[start:end].replace("\n", " ")
                if block.plain == own or _markup_only(own, block.plain):  # (a block's lines, a space apart)
                    parts += normals[span.start:span.stop]
                    continue
        parts.append(normalise(block.plain).encode("utf-8", "surrogatepass"))
    return b" ".join(filter(None, parts)).decode("utf-8", "surrogatepass")


def _text_counts(blocks: list[Block], lines: _Lines, evidence: dict[int, int]) -> list[int]:
    """``_block_seen(_block_units(block, lines), evidence)`` of every block of a text document (the same values):
    for a block of one line (most), the count of the line it starts on, in one list pass; the others one by one."""
    starts, line_units, get = lines.starts, lines.units, evidence.get
    # (a block without a start is one of the others: the 0 below is a placeholder)
    counts = [get(line_units[bisect_right(starts, block.start or 0) - 1], 0) for block in blocks]
    contains = evidence.__contains__
    for i in [i for i, block in enumerate(blocks) if "\n" in block.text or block.type in _UNMATCHED
              or block.start is None or block.end is None or block.end <= block.start]:
        block = blocks[i]
        if block.type in _UNMATCHED or block.start is None or block.end is None or block.end <= block.start:
            counts[i] = _block_seen(_block_units(block, lines), evidence)
            continue
        span = lines.spanning(block.start, block.end)
        lying = line_units[span.start:span.stop]
        # (the lines with nothing left once normalised left out: a rule of dashes in a piece; most pieces have none)
        found = [u for u in lying if u is not None] if None in lying else cast("list[int]", lying)
        # every line template evidence (most pieces of body lines stop at their first), then the least count
        counts[i] = min(map(get, found)) if found and all(map(contains, found)) else 0
    return counts


def recurring_blocks(blocks: list[Block], cuts: "TemplateCuts | None") -> list[bool] | None:
    """Which blocks of a text document the profile of ``cuts`` knows: every line they lie on is template or weak
    evidence (the site's other pages hold them as they are, digits aside), or None when no block is. The counts are
    kept for the site pass (``site_pass`` reads the same ``_text_counts``)."""
    if cuts is None:
        return None
    lines = cuts.lines
    evidence = cuts.weak
    counts = _text_counts(blocks, lines, evidence)
    lines.counts = (blocks, evidence, counts)
    if not any(counts):
        return None
    return [bool(count) for count in counts]


class _Answers(dict):
    """A memo's answers: a dict the garbage collector tracks for good. CPython untracks a plain dict whose keys and
    values all hold no reference (a full collection finds the split memo's tuples of strings and booleans so) and
    tracks it again as a young object at its next insertion: then every young collection (every 700 allocations or
    so) traverses the whole memo, tens of thousands of entries, until the dict is old again; a page of a site was
    cleaned with about one such traversal (round 14, docs/sites.md: +6 of the profile's +7.5 % on wcxb_dev, in a
    benchmark that collects before each page). A dict subclass is never untracked: it ages once, like any old object."""

    __slots__ = ()


class _TextMemo:
    """What the site's memos share: answers kept by keys that hold a block's texts, in-process only (no hash is
    stored or compared across processes), all forgotten when ``size`` answers or ``chars`` characters of keys are
    held, and when ``clear_line_cache`` is called (``cache_generation`` moves)."""

    __slots__ = ("_values", "_chars", "_generation", "_size", "_limit")

    def __init__(self, size: int, chars: int) -> None:
        self._values: dict[tuple[str, ...], Any] = _Answers()
        self._chars = 0
        self._generation = cache_generation()
        self._size, self._limit = size, chars

    def _current(self) -> dict[tuple[str, ...], Any]:
        """The answers kept, forgotten first when the line cache was cleared since they were kept."""
        generation = cache_generation()
        if generation != self._generation:
            self._values.clear()
            self._chars = 0
            self._generation = generation
        return self._values

    def _store(self, key: tuple[str, ...], value: Any, chars: int) -> None:
        if len(self._values) >= self._size or self._chars >= self._limit:
            self._values.clear()
            self._chars = 0
        self._values[key] = value
        self._chars += chars


#: ``FindingsMemo`` keeps up to this many blocks' findings, and texts of up to this many characters in all
_MEMO_SIZE = 20_000
_MEMO_CHARS = 4_000_000


class FindingsMemo(_TextMemo):
    """The detectors' findings (``detect_all``) on the blocks a site repeats, kept from one page to the next: a
    site's template blocks (a menu, a footer, a follow line) are the same text on each of its pages, and the
    detectors' findings on a block are a function of its type and text (its plain text, no links, no DOM tokens:
    blocks with links or DOM tokens are not kept). One a ``Cleaner`` (its cues and detectors); keyed by the text
    itself (``_TextMemo``). The findings are the detectors' own: the pipeline's output is the same with or without
    it."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(_MEMO_SIZE, _MEMO_CHARS)

    def findings(self, block: Block, detect) -> list[Finding]:
        """``detect(block)``, looked up when a block of the same type and text was met lately (a new list: later
        steps may add to it)."""
        if block.links or block.dom_hints:
            return detect(block)
        key = (block.type, block.text, block.plain)
        found = self._current().get(key)
        if found is None:
            found = detect(block)
            self._store(key, found, len(block.text) + len(block.plain))
        return list(found)


#: ``SplitMemo`` keeps up to this many answers, and texts of up to this many characters in all
_SPLIT_MEMO_SIZE = 40_000
_SPLIT_MEMO_CHARS = 8_000_000


class SplitMemo(_TextMemo):
    """The segmenter's split tests (``blocks.BlockSplitter.split_points``: does a cue start the line or sentence
    at this point, is the line before it a heading cue) at the points on a text page's lines the profile holds (its
    template and weak evidence: ``TemplateCuts.template``), kept from
    one page to the next: a test reads only the line before the point and the probe after it, and in a site's
    template run both are the same text on its next page. One a ``Cleaner`` (its segmenter's cues and names);
    keyed by the texts themselves (``_TextMemo``). The answers are the tests' own: the same pieces with or without
    it."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(_SPLIT_MEMO_SIZE, _SPLIT_MEMO_CHARS)

    def current(self) -> dict[tuple[str, ...], Any]:
        return self._current()

    def store(self, key: tuple, value: bool, chars: int) -> None:
        self._store(key, value, chars)


#: ``ShapeMemo`` keeps the answers on up to this many blocks' texts, of up to this many characters in all (about
#: four tests a text: as many answers as the 40,000 answers and 4 MB of keys of round 13, one key a text)
_SHAPE_MEMO_SIZE = 10_000
_SHAPE_MEMO_CHARS = 1_000_000
_MISSING = object()


class ShapeMemo(_TextMemo):
    """The answers of the document-level shape passes' per-block tests (``structure_findings``, ``line_findings``,
    ``navigation_findings``, ``chrome_findings``: ``nav_shape.block_shape``, ``chrome.block_shape``,
    ``lines.share_tokens``, ``structure.follow_line``...) on the
    blocks a site repeats, kept from one page to the next, as ``FindingsMemo`` keeps the detectors' findings. A
    test kept is a function of the block's type and plain text and source text alone (no links, no DOM tokens:
    blocks with either are not kept) and of the passes' fixed vocabularies; its answer is never changed by its
    callers (a tuple, a frozen ``Finding``, ``ShareTokens`` read only). One a ``Cleaner``; keyed by the text itself
    (``_TextMemo``). The passes' output is the same with or without it."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(_SHAPE_MEMO_SIZE, _SHAPE_MEMO_CHARS)

    def page(self, blocks: list[Block], recurring: list[bool] | None) -> "ShapePage | None":
        """The memo for one document's blocks (``recurring``: the blocks the profile knows, ``recurring_blocks``),
        or None when none may be kept. Each kept block's answers are looked up once here, by its texts: the tests
        then find them by the block (``ShapePage``), with no key to build and compare a test."""
        if recurring is None:
            return None
        keep = [block for block, recurs in zip(blocks, recurring) if recurs and not block.links and not block.dom_hints]
        if not keep:
            return None
        values = self._current()
        entries: dict[int, dict[str, Any]] = {}
        for block in keep:
            key = (block.type, block.text, block.plain)
            entry = values.get(key)
            if entry is None:
                entry = {}
                self._store(key, entry, len(block.text) + len(block.plain))
            entries[id(block)] = entry
        return ShapePage(entries)


class ShapePage:
    """``ShapeMemo`` for one document: ``wrap(test, name)`` is ``test`` (a function of a block first, then of
    arguments that are the same for the same block text, or None where the test computes them from the block),
    its answers on the document's recurring blocks kept."""

    __slots__ = ("_entries",)

    def __init__(self, entries: dict[int, dict[str, Any]]):
        #: the blocks of this document (alive while it is cleaned) that may be kept, by id: their texts' answers,
        #: by test (the memo's own entries: what one page adds, the site's next page finds)
        self._entries = entries

    def holds(self, block: Block) -> bool:
        """Whether ``block``'s answers may be kept (then a test's other arguments are left to the test)."""
        return id(block) in self._entries

    def answer(self, block: Block, name: str) -> Any:
        """The answer of the test ``name`` kept on ``block``'s text, or None (not kept, or not a block kept)."""
        entry = self._entries.get(id(block))
        return entry.get(name) if entry is not None else None

    def keep(self, block: Block, name: str, value: Any) -> None:
        """Keep ``value`` (not None) as the answer of the test ``name`` on ``block``'s text, if its answers are kept."""
        entry = self._entries.get(id(block))
        if entry is not None:
            entry[name] = value

    def wrap(self, test, name: str):
        entries = self._entries

        def kept(block: Block, *args):
            entry = entries.get(id(block))
            if entry is None:
                return test(block, *args)
            value = entry.get(name, _MISSING)
            if value is _MISSING:
                value = entry[name] = test(block, *args)
            return value

        return kept


def site_pass(blocks: list[Block], findings: list[list[Finding]], decision: Decision, profile: SiteProfile, *,
              kinds: tuple[str, ...], document: str | None = None, markdown: bool = False) -> Decision:
    """Remove the blocks the site repeats where the page's structure agrees (see the module's docstring). For a
    text document (``document``; ``markdown``: HTML tags are markup) the lines of the regions ``_region_lines`` finds
    are cut out of their blocks: ``blocks``, ``findings`` and the decision are then changed in place."""
    _check(profile)
    n = len(blocks)
    if not n or profile.empty:
        return decision
    verdicts = decision.verdicts
    lines = _lines_of(document) if document is not None else None
    evidence = profile.weak_evidence()  # the strong evidence and the weak
    if lines is not None:
        if evidence.keys().isdisjoint(lines.units):
            return decision  # most pages of a text batch: not one line of the template (a set test, in C)
        units = None  # (a text block's units are its lines': read from them where needed)
        cached = lines.counts
        if cached is not None and cached[0] is blocks and cached[1] is evidence and len(cached[2]) == n:
            weak = cached[2]
        else:
            weak = _text_counts(blocks, lines, evidence)
    else:
        units = [_block_units(block, lines) for block in blocks]
        weak = [_block_seen(ways, evidence) for ways in units]  # every unit of the block at least weak evidence
    if not any(weak):
        return decision
    words = list(map(has_words, blocks))
    # a list is one piece of structure: an item matches only when every item of its list does ("olive oil" in every
    # recipe's ingredient list is the recipe's, not the site's); a piece the split cut out of a list item is lines of
    # the item (in WET-style text every line after a "- " line is the item's, to the page's end), judged as lines
    pieces = lines.list_pieces if lines is not None else set()
    partial_lists = {block.list_id for block, count, word, verdict in zip(blocks, weak, words, verdicts)
                     if block.list_id >= 0 and word and not count and verdict.keep and block.start not in pieces}
    if partial_lists:
        weak = [0 if block.list_id in partial_lists and block.start not in pieces else count
                for block, count in zip(blocks, weak)]
    threshold = profile.threshold
    seen = [count if count >= threshold else 0 for count in weak]  # the template evidence
    runs = lines.runs if lines is not None else {}
    weight = [runs.get(block.start, 1) if block.start is not None else 1 for block in blocks] if runs else [1] * n
    title = decision.title_index
    if title is not None and seen[title] and weight[title] > 1:
        title = None  # a run of template lines: the site's masthead
    if title is not None and seen[title]:
        following = next((j for j in range(title + 1, n) if words[j]), None)
        if following is not None and seen[following]:
            title = None  # the first line is the site's masthead, in a run of template lines
    # furniture: matches, removed already, or says nothing
    furniture = [bool(count) or not verdict.keep or not word for count, verdict, word in zip(seen, verdicts, words)]
    # the page's own values (units it holds PAGE_REPEAT times in lines that differ) are its content between the
    # page's edges: kept, and they break a run
    # and page's edges are those of the template evidence (the weak evidence anchored below does not move them)
    values = _page_values(blocks, units, lines, profile.evidence())
    head, tail = _edges(furniture, title)
    own = [False] * n
    if values:
        if lines is not None:
            own[head:tail] = _text_own(blocks, head, tail, lines, values)
        else:
            for i in range(head, tail):
                own[i] = any(not values.isdisjoint(way) for way in units[i])  # type: ignore[index]
    if any(count and not strong for count, strong in zip(weak, seen)):
        furniture = _anchored(furniture, weak, seen, words, verdicts, own, title, profile.params.weak_anchor,
                              head, tail, weight)
        head, tail = _edges([f and not o for f, o in zip(furniture, own)] if values else furniture, title)
    run_size = _run_sizes([f and not o for f, o in zip(furniture, own)] if values else furniture, words, weight)
    seen = [count if f else 0 for count, f in zip(weak, furniture)]  # weak evidence counts where it was anchored
    prose: list[str] | None = None  # the kept prose: listed when a candidate of three words or more first needs it
    prose_at: list[int] = []  # where they are
    body: list = []  # the same, normalised (blocks a space apart, a space at each end), and the searches made or the
    # set of its words

    def in_body(normal: str) -> bool:
        # the prose normalised once a page (in C but for each distinct character outside ASCII, normalise.py); the
        # first candidates searched for in it (in C); past ``BODY_SEARCHES`` of them, its words in a set first: a
        # candidate with a word the prose lacks is not in it, with no search (the same answer: a candidate's words
        # in a row are words of the prose)
        if not body:
            if all(words[j] for j in prose_at):  # (one call; a block with words never normalises to nothing)
                # (most text pages: from the normal forms of the lines, made already)
                text = _prose_normal(blocks, prose_at, lines) if lines is not None and lines.normals \
                    else normalise("\n".join(prose or ()))
            else:  # (prose without a word: a blank between its neighbours' words, as the blocks are joined)
                text = " ".join(normalise(plain) for plain in prose or ())
            body.append(f" {text} ")
            body.append(0 if len(candidates) <= BODY_SEARCHES else frozenset(text.split()))
        if body[1].__class__ is int:
            if body[1] < BODY_SEARCHES:
                body[1] += 1
                return f" {normal} " in body[0]
            body[1] = frozenset(body[0].split())
        return body[1].issuperset(normal.split()) and f" {normal} " in body[0]

    made: dict[tuple[str, str, str, int], SiteVerdict] = {}
    new: dict[int, SiteVerdict] = {}
    body_edges: list = []  # the body's edges, found once a page (``_regions``, read again by ``_region_lines``)
    candidates = [i for i, count in enumerate(seen) if count]
    for i in candidates:
        if not verdicts[i].keep or i == title or not words[i] or blocks[i].type == "code" or own[i]:
            continue
        if i < head or i >= tail:
            reason = "edge"
        elif run_size[i] >= 2:
            reason = "run"
        elif findings[i]:
            reason = "weak"
        else:
            continue  # a lone match between body blocks: the site's article structure
        normal = normalise_cached(blocks[i].plain)
        if normal.count(" ") >= BODY_REPEAT_MIN_WORDS - 1:  # (a normalised text's words are one space apart)
            if prose is None:
                prose_at = [j for j, (block, verdict, count) in enumerate(zip(blocks, verdicts, seen))
                            if verdict.keep and not count and len(block.plain) >= PROSE_CHARS]
                prose = [blocks[j].plain for j in prose_at]
            if prose and in_body(normal):  # (without prose no body holds it: nothing to normalise)
                continue  # the page's own body holds it
        kind, cue = _kind_and_cue(findings[i])
        if kind in kinds:
            # blocks of one page removed for the same reason share a verdict (nothing changes a verdict once made)
            key = (kind, reason, cue, seen[i])
            verdict = made.get(key)
            if verdict is None:
                verdict = made[key] = _site_verdict(kind, reason, cue, seen[i], profile.pages)
            new[i] = verdict
    # the page's own removals of blocks the site holds (a detector or the page's chrome passes took them before this
    # pass could): they mark the site's furniture regions as the site's removals do
    confirmed = frozenset(i for i in candidates if not verdicts[i].keep and words[i])
    if new or confirmed:
        _gaps(blocks, findings, verdicts, new, weak, words, title, kinds, profile, confirmed)
        regions = _regions(blocks, findings, verdicts, new, weak, words, title, kinds, profile, body_edges, confirmed)
        if regions and _keeps_most(blocks, decision, {**new, **regions}, profile, warn=False):
            new.update(regions)  # (a page the regions would empty keeps them, and the site's other removals)
    if (new or confirmed) and _keeps_most(blocks, decision, new, profile):
        for i, verdict in new.items():
            verdicts[i] = verdict
        if lines is not None and TEMPLATE_KIND in kinds:
            plan = _region_lines(blocks, verdicts, new, words, title, lines, evidence, profile, body_edges,
                                 confirmed)
            if plan and _keeps_most(blocks, decision, new, profile, warn=False,
                                    more=sum(b - a for cuts in plan.values() for a, b, _, _ in cuts)):
                _cut_blocks(blocks, findings, decision, plan, lines.document, markdown, profile.pages)
    return decision
