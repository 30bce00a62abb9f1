"""The text and Markdown reader: the document's units, each with its offset into the document.

One line-based pass recognises front matter, fenced code, ATX and setext headings, rules, list items, quotes, tables
and paragraphs (plain text is Markdown without the syntax, so one reader serves both). The shared segmenter
(blocks.py) makes them blocks: it splits a paragraph where a line or a sentence starts with a boilerplate cue, strips
the markers and reads the links, the same way as for HTML.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

import regex

from ..patterncache import compile_pattern
from ..blocks import MAX_PROBES, BlockSplitter, Segmenter, Unit  # noqa: F401  (MAX_PROBES, BlockSplitter: were here)
from ..cues import CueIndex
from ..model import Block
from ..names import NameMatcher
from ..postmeta import record_evidence
from ..rules import LINE_CUTS, POST_META
from ..scripts import spaced_length

_ATX = compile_pattern(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = compile_pattern(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = compile_pattern(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}"
                      r"|(?:[—─━＿＝－═][ \t]*){5,}"  # (a run of long dashes or box lines: a separator, probe11)
                      r"|:{3,}(?:[ \t]*\{[^}]*\}?|[ \t]*[\w-]+)?[ \t]*)$")  # (a Pandoc fenced div's fence: markup)
_FENCE = compile_pattern(r"^ {0,3}(`{3,}|~{3,})")
_LIST = compile_pattern(r"^( {0,8})(?:[-*+•]|\d{1,9}[.)])[ \t]+\S")
#: The ASCII characters a ``_LIST`` match may open with after its spaces (a bullet, a digit; "•" and the digits of
#: other scripts are not ASCII): a line whose first other character is another ASCII one is no list item.
_LIST_FIRST = "-*+0123456789"
_QUOTE = compile_pattern(r"^ {0,3}>")
_TABLE = compile_pattern(r"^ {0,3}\|")
_FRONT_MATTER_OPEN = compile_pattern(r"^(?:---|\+\+\+)[ \t]*$")


@dataclass(slots=True)
class _Raw:
    type: str
    start: int
    end: int
    level: int = 0
    list_id: int = -1
    lines: int = 0  # how many lines it holds so far
    first: int = 0  # the index of its first line (a plain-text paragraph's line cuts)
    page_lines: bool = False  # cut from a paragraph of a page's own lines (``line_groups``)
    line_run: bool = False  # ...a run of its short lines of one shape
    line_named: bool = False  # ...a line the cut's first pass named (``line_groups``)
    line_model: tuple[str, float, str] | None = None  # ...an edge run the line model took (``line_groups``)
    line_title: bool = False  # ...the line the line model's head run ended above: the article's title (``line_groups``)


def source_lines(document: str) -> list[tuple[int, int, str]]:
    """(start, end, line without its newline and the carriage returns before it) for every line (none after a final
    newline). The one line split of the text readers (text.py, md_boxes.py)."""
    result = []
    start = 0
    pieces = document.split("\n")
    if not pieces[-1]:
        pieces.pop()  # after the last newline: no line
    for piece in pieces:
        stripped = piece.rstrip("\r")
        result.append((start, start + len(stripped), stripped))
        start += len(piece) + 1
    return result


def front_matter_head(document: str) -> str | None:
    """The YAML / TOML front matter block that opens ``document`` (its fences included), or None. An HTML export
    can carry one before its markup (a feed's or a fetcher's: "---", "author: …", "---", then "<p>…"; authors11d)."""
    if not document.startswith(("---", "+++")):
        return None
    head = document[:20_000]
    lines = source_lines(head)
    end = _front_matter_end(lines)
    return head[lines[0][0]:lines[end][1]] if end >= 0 else None


def _front_matter_end(lines: list[tuple[int, int, str]]) -> int:
    """Index of the closing line of a YAML/TOML front matter block at the top, or -1."""
    if not lines or not _FRONT_MATTER_OPEN.match(lines[0][2]):
        return -1
    fence = lines[0][2].strip()
    closers = {"---": ("---", "..."), "+++": ("+++",)}[fence]
    for i in range(1, min(len(lines), 300)):
        if lines[i][2].strip() in closers:
            body = [line[2] for line in lines[1:i] if line[2].strip()]
            if body and all(":" in line or line.startswith((" ", "\t", "-")) for line in body):
                return i
            return -1
    return -1


def _scan(document: str, markdown: bool, line_cuts: bool = True, origins: list[int] | None = None,
          named: FirstPass | None = None, scored: "EdgeModel | None" = None,
          glued: "GluedLines | None" = None) -> list[_Raw]:
    """First pass: the structural blocks, as spans of the document. ``line_cuts``: plain text's paragraphs of a
    page's own lines are cut at them (``line_groups``); ``origins``, when given, receives each block's index among
    the blocks before those cuts (the title step judges the paragraph whole, as before the cuts); ``named``: the
    cut's first pass (``line_groups``)."""
    lines = source_lines(document)
    # (a page of more lines, a WET page's, keeps its items whole: its bullets' lines are the line model's runs, and
    # an item cut there moved a run's edge: wet_text.py cleaneval, lines36)
    glued_items = len(lines) <= LINE_CUTS.item_max_doc_lines
    raws: list[_Raw] = []
    paragraph: _Raw | None = None
    item: _Raw | None = None
    list_id = 0
    in_list = False

    def flush() -> None:
        nonlocal paragraph, item
        for open_block in (paragraph, item):
            if open_block is not None:
                raws.append(open_block)
        paragraph = item = None

    i = 0
    fm_end = _front_matter_end(lines) if markdown else -1
    if fm_end >= 0:
        raws.append(_Raw("front_matter", lines[0][0], lines[fm_end][1]))
        i = fm_end + 1
    while i < len(lines):
        start, end, line = lines[i]
        if not line.strip():
            # a blank line between items ends the item, not the list. In plain text only a bullet ("-", "*", "•")
            # continues a list over a blank line: "2." after "- a" and two blank lines is a paragraph, and after
            # one blank line (the clean text of the same input) it must be a paragraph again, not an item
            flush()
            following = lines[i + 1][2] if i + 1 < len(lines) else ""
            in_list = in_list and bool(_LIST.match(following)) and (markdown or following.lstrip()[:1] in "-*•")
            i += 1
            continue
        if markdown and (fence := _FENCE.match(line)):
            flush()
            marker = fence.group(1)
            j = i + 1
            while j < len(lines) and not lines[j][2].lstrip().startswith(marker):
                j += 1
            j = min(j, len(lines) - 1)
            raws.append(_Raw("code", start, lines[j][1]))
            i = j + 1
            continue
        if markdown and (atx := _ATX.match(line)):
            flush()
            raws.append(_Raw("heading", start, end, level=len(atx.group(1))))
            in_list = False
            i += 1
            continue
        if markdown and paragraph is not None and item is None and _SETEXT.match(line) \
                and paragraph.lines == 1:
            paragraph.type, paragraph.level, paragraph.end = "heading", 1 if "=" in line else 2, end
            flush()
            i += 1
            continue
        if markdown and _RULE.match(line):
            flush()
            raws.append(_Raw("rule", start, end))
            in_list = False
            i += 1
            continue
        first = line[:1] if line[:1] != " " else line.lstrip(" ")[:1]  # (``_LIST``'s marker: tested in C first)
        if (not first.isascii() or first in _LIST_FIRST) and _LIST.match(line) \
                and (markdown or line.lstrip()[:1] in "-*•" or in_list):
            flush()
            if not in_list:
                list_id += 1
                in_list = True
            item = _Raw("list_item", start, end, list_id=list_id, lines=1)
            i += 1
            continue
        if markdown and _QUOTE.match(line):
            if paragraph is None or paragraph.type != "quote":
                flush()
                paragraph = _Raw("quote", start, end)
            paragraph.lines += 1
            paragraph.end = end
            i += 1
            continue
        if markdown and _TABLE.match(line):
            if paragraph is None or paragraph.type != "table":
                flush()
                paragraph = _Raw("table", start, end)
            paragraph.lines += 1
            paragraph.end = end
            i += 1
            continue
        if item is not None and not markdown and item.lines == 1 and glued_items \
                and _glued_after_item(document, item, line):
            flush()  # (plain text: a prose line glued under a one-line item is the next paragraph, lines36)
        if item is not None and (markdown or not _record_after_item(line)):  # continuation of a list item
            item.lines += 1  # (indented or lazy; meta36: a post's record under a "•" item starts a block of its own)
            item.end = end
            i += 1
            continue
        if item is not None:
            flush()
        if paragraph is not None and paragraph.type in ("quote", "table"):
            flush()
        if paragraph is None:
            in_list = False
            paragraph = _Raw("paragraph", start, end, first=i)
        paragraph.lines += 1
        paragraph.end = end
        i += 1
    flush()
    if not markdown and line_cuts:
        return _cut_page_lines(raws, lines, origins, named, scored, glued)
    if origins is not None:
        origins[:] = range(len(raws))
    return raws


def _record_after_item(line: str) -> bool:
    """(meta36, J1-F2) A lazy line under a plain text's "•" item that is a post's record: a date line with two kinds of
    evidence besides its date ("15 января 2026, 16:24 • Новости дня" under a ticker's item): no continuation of the
    item but the page's record line; a cheap test first (a digit and a time's colon)."""
    return ":" in line and any(c.isdigit() for c in line) and len(record_evidence(line)) >= POST_META.record_min_kinds


#: A line's end that leaves its sentence open: the next line goes on with it.
_OPEN = frozenset("-‐,、，")


#: A line's end that closes a sentence: a short line so ended is a sentence of its own (a line of dialogue).
_ENDED = frozenset(".!?。！？…\"'»”’」』")


#: A sentence's end inside a line (a full stop, a danda, an ideographic stop, then a blank).
_SENTENCE_INSIDE = compile_pattern(r"[.!?।。！？][\s\u3000]")


def _glued_after_item(document: str, item: "_Raw", line: str) -> bool:
    """Plain text: whether ``line``, not indented, under a list item of one line, is a paragraph a scraper glued to
    the item with a single newline (lines36): a line of prose (``LINE_CUTS.long_chars`` or more, not opening with a
    lower-case letter; or of ``LINE_CUTS.item_prose_chars`` with a sentence's end inside) under an item line of at
    most ``LINE_CUTS.item_max_chars`` that ends as a title does (a letter, a digit, "?", a closing parenthesis: no
    full stop, no dash, colon or bracket that goes on): "- What Is Mobile In Hindi" over the article's next
    paragraph. A wrapped item's next line is indented, opens in lower case, or follows a long line."""
    if line[:1].isspace() or len(line) < LINE_CUTS.item_prose_chars or line.lstrip()[:1].islower():
        return False
    text = document[item.start:item.end].rstrip()
    if len(text) > LINE_CUTS.item_max_chars:
        return False
    if spaced_length(line.strip()) < LINE_CUTS.long_chars and _SENTENCE_INSIDE.search(line) is None:
        return False
    return text[-1:].isalnum() or text[-1:] in "?？)）"  # (a title's end; a dash, a colon or a bracket goes on)


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` goes on with the line before it: it opens with a lower-case letter (a wrap, a broken
    sentence: edge_chrome's peel never cuts there either), or ``previous`` ends with a hyphen or a comma."""
    first = line.lstrip()[:1]
    return first.islower() or previous.rstrip()[-1:] in _OPEN


def _line_shape(text: str, width: int) -> str | None:
    """A short line's shape for the head's and tail's runs: "label" (letters, no sentence end), "figure" (no letter:
    a count, a date, a price); None for a line that is a unit of its own (a prose-sized line, a sentence)."""
    if width >= LINE_CUTS.run_line_chars:
        return None
    stripped = text.strip()
    if not stripped or stripped[-1] in _ENDED:
        return None
    return "label" if any(ch.isalpha() for ch in stripped) else "figure"


#: The glued lines' shapes (handed over by the pipeline: ``detectors.glued.glued_lines``): of a paragraph's lines,
#: the indexes of those to be units of their own.
GluedLines = Callable[[list[str]], "set[int]"]


def _cut_out(alone: set[int], n: int) -> list[tuple[int, int]]:
    """Of ``n`` lines, the groups with the lines ``alone`` cut out: each such line a group, the lines between them
    one group each."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i in sorted(alone):
        if i > start:
            groups.append((start, i))
        groups.append((i, i + 1))
        start = i + 1
    if start < n:
        groups.append((start, n))
    return groups


def _glued_groups(texts: list[str], glued: GluedLines, runs: list[bool], singled: list[bool],
                  modelled: list, titled: list[bool]) -> list[tuple[int, int]] | None:
    """A paragraph's groups with its glued lines (``glued``) cut out, each a unit, the lines between them one unit
    each; None when it has none (most paragraphs)."""
    alone = glued(texts)
    if not alone:
        return None
    groups = _cut_out(alone, len(texts))
    runs[:] = [False] * len(groups)
    singled[:] = [b - a == 1 and a in alone for a, b in groups]
    modelled[:] = [None] * len(groups)
    titled[:] = [False] * len(groups)
    return groups


#: The line cut's first pass (handed over by the pipeline: ``detectors.line_shapes.first_pass``): of a paragraph's
#: lines, its first prose line's index and the index after its last prose line, the indexes of the head's and the
#: tail's lines it names.
FirstPass = Callable[[list[str], int, int], "set[int]"]
#: The line model's edge runs (handed over by the pipeline: ``detectors.line_model.edge_runs``): of a paragraph's
#: lines, {index: (edge, score, cue)} of the head's run from its first line and the tail's run to its last.
EdgeModel = Callable[..., "dict[int, tuple[str, float, str]]"]


def line_groups(texts: list[str], runs: list[bool] | None = None, named: FirstPass | None = None,
                singled: list[bool] | None = None, scored: EdgeModel | None = None,
                modelled: list[tuple[str, float, str] | None] | None = None,
                lead: bool = False, titled: list[bool] | None = None) -> list[tuple[int, int]] | None:
    """Where a plain-text paragraph's lines are a page's own lines (a WET page text: one line a block), the groups
    of its lines ``[start, end)`` that are units of their own; None when the paragraph stays one unit.

    Gate: at least ``min_lines`` lines, a short line but the last (``short_chars``, spaced length) and a prose line
    (``long_chars``) among them; a hard-wrapped paragraph (lines of similar width, at most ``wrap_max_chars``) stays
    whole, and so do short-line paragraphs (a poem, an address, a menu: no prose line). Then one pass: a line is cut
    from the one before it unless it continues its sentence (``_continues``) or both are short lines between the
    paragraph's first and last prose lines and the first leaves its sentence open (a run of short lines inside the
    body stays one unit: a poem's stanza, an address, ingredients, a table's rows; a line of dialogue, a sentence,
    is a unit of its own); so every prose line is a unit of its own, and so is each line of the page's head and tail
    (before the first prose line, after the last) but a run of its lines narrower than ``run_line_chars`` of one
    shape (``_line_shape``: labels, or lines without a letter), which is one unit (a menu of labels; its lines are
    judged one by one where a line matters: ``Block.line_run``). ``named``: the first pass over those run lines
    (``FirstPass``): a line it names (a placeholder, a tracking id, a reading time, a date, a count, a picture's
    credit) is a unit of its own, cut from the lines on both sides (``singled``, when given, receives whether each
    group is such a line), and the rest of its run stays whole. ``runs``,
    when given, receives whether each group is such a run. ``scored``: the line model's edge runs (``EdgeModel``,
    on the paragraph that passed the gate, with ``LINE_CUTS.runs`` off): the head's run is ONE unit, and so is the
    tail's (a menu of 100 lines is one block, not 100: wet_cost.py), the first pass's lines inside them left to it;
    ``modelled``, when given, receives each group's (edge, lowest score, cue), None for the others; ``lead``: the
    paragraph before ends with ":" (its lines may be the lead's list: handed to ``scored``); ``titled``, when given,
    receives whether each group is the title-like line ``scored``'s head run ended above (the article's title, a
    unit of its own: never taken as a line between two removals, ``Block.line_title``)."""
    n = len(texts)
    if n < LINE_CUTS.min_lines:
        return None
    widths = [spaced_length(text.strip()) for text in texts]
    widest = max(widths)
    if widest < LINE_CUTS.long_chars or min(widths[:-1]) >= LINE_CUTS.short_chars:
        return None
    if widest <= LINE_CUTS.wrap_max_chars:
        wide = LINE_CUTS.wrap_width_share * widest
        if sum(1 for width in widths[:-1] if width >= wide) >= LINE_CUTS.wrap_lines_share * (n - 1):
            return None  # hard-wrapped prose
    long_chars = LINE_CUTS.long_chars
    first_long = next(i for i, width in enumerate(widths) if width >= long_chars)
    last_long = n - 1 - next(i for i, width in enumerate(reversed(widths)) if width >= long_chars)
    alone = named(texts, first_long, last_long + 1) if named is not None else set()
    if scored is not None and not LINE_CUTS.runs:
        zone: list[int] = []
        joins: list[int] = []
        title: list[int] = []
        taken = scored(texts, zone=zone, widths=widths, all_cues=False, lead=lead, joins=joins, title=title)
        if taken:
            groups = _model_groups(n, alone, taken, runs, singled, modelled, (zone[0], zone[1] + 1), set(joins))
            if titled is not None:
                titled[:] = [a in title for a, b in groups]
            return groups
    if modelled is not None:
        modelled[:] = []
    if titled is not None:
        titled[:] = []
    if not LINE_CUTS.runs:  # the cut only where the first pass names a line: each such line a unit, the lines
        # between them one unit each as before the cut (a WET page's cost: a unit a line doubled it, runs of one
        # shape cost a third more; wet_cost.py, lines29)
        if not alone:
            return None
        groups = _cut_out(alone, n)
        if runs is not None:
            runs[:] = [False] * len(groups)
        if singled is not None:
            singled[:] = [b - a == 1 and a in alone for a, b in groups]
        return groups
    # the body's lines are cut only on a page of prose (most of its text in prose lines): on a listing or a
    # page of menus the middle stays one unit (a WET page's cost: every line a block, wet_cost.py)
    middle = sum(width for width in widths if width >= long_chars) >= LINE_CUTS.middle_prose_share * sum(widths)
    # the page's head and tail (before the first prose line, after the last): a run of short lines of one shape
    # (``_line_shape``: label lines, or lines without a letter) is one unit (a menu of labels is judged whole, and a
    # WET page's hundreds of lines cost tens of units, not hundreds: wet_cost.py)
    near = LINE_CUTS.run_near_lines  # (the lines next to the article, its title's and byline's zone and its
    # footer's, stay units of one line)
    shapes = [_line_shape(text, width) if not first_long - near <= i <= last_long + near else None
              for i, (text, width) in enumerate(zip(texts, widths))]
    for i in alone:
        shapes[i] = None
    groups = []
    start = 0
    for i in range(1, n):
        if alone and (i in alone or i - 1 in alone):
            groups.append((start, i))  # a line the first pass named: a unit of its own
            start = i
            continue
        if _continues(texts[i - 1], texts[i]):
            continue
        if shapes[i] is not None and shapes[i] == shapes[i - 1]:
            continue
        if first_long < i <= last_long and (not middle or widths[i - 1] >= long_chars and widths[i] >= long_chars):
            continue
        if first_long < i - 1 and i < last_long and widths[i - 1] < long_chars and widths[i] < long_chars \
                and texts[i - 1].rstrip()[-1:] not in _ENDED:
            continue  # a short line inside the body goes on to the next short one (a stanza, an address, a table)
        groups.append((start, i))
        start = i
    groups.append((start, n))
    if singled is not None:
        singled[:] = [b - a == 1 and a in alone for a, b in groups]
    if runs is not None:  # which groups are runs of the head's or the tail's short lines of one shape
        runs[:] = [b - a > 1 and shapes[a] is not None and all(shapes[k] == shapes[a] for k in range(a + 1, b))
                   for a, b in groups]
    return groups if len(groups) > 1 else None


def _model_groups(n: int, alone: set[int], taken: dict[int, tuple[str, float, str]], runs: list[bool] | None,
                  singled: list[bool] | None,
                  modelled: list[tuple[str, float, str] | None] | None,
                  prose: tuple[int, int], joins: set[int] | None = None) -> list[tuple[int, int]]:
    """``line_groups`` with the line model's runs: [0, head) and [tail, n) one unit each, the first pass's named
    lines between them units of their own, the lines between those one unit each, cut also at the paragraph's first
    line of prose and after its last (``prose``): the article's unit opens with its text, as the page's did before
    the cut (a share button's line left over it made the whole article one "Share on" block); never at a line of
    ``joins`` (it goes on with the line above it: a sentence broken by a link, linemodel31)."""
    head = 0
    while head in taken and taken[head][0] == "head":
        head += 1
    tail = n
    while tail - 1 in taken and taken[tail - 1][0] == "tail" and tail - 1 >= head:
        tail -= 1
    groups: list[tuple[int, int]] = []
    marks: list[tuple[str, float, str] | None] = []

    def run_mark(first: int, last: int) -> tuple[str, float, str]:
        edge = taken[first][0]
        cue = taken[first if edge == "tail" else last - 1][2]
        low = min(taken[i][1] for i in range(first, last))
        return edge, low, f"{last - first} line(s); {cue}" if last - first > 1 else cue

    if head:
        groups.append((0, head))
        marks.append(run_mark(0, head))
    start = head
    cuts = {k: False for k in prose if head < k < tail}
    if prose[0] - head <= LINE_CUTS.model_head_lines:  # the lines between the head's run and the article: a unit
        # each (a title, a byline, a share button's line: judged alone, as on a page whose lines are blocks)
        cuts.update((k, False) for k in range(head + 1, prose[0]))
    for k in joins or ():
        cuts.pop(k, None)
    cuts.update((k, True) for k in alone if head <= k < tail)
    for i in sorted(cuts):
        if i > start:
            groups.append((start, i))
            marks.append(None)
        if not cuts[i]:
            start = i
            continue
        groups.append((i, i + 1))
        marks.append(None)
        start = i + 1
    if start < tail:
        groups.append((start, tail))
        marks.append(None)
    if tail < n:
        groups.append((tail, n))
        marks.append(run_mark(tail, n))
    if runs is not None:
        runs[:] = [False] * len(groups)
    if singled is not None:
        singled[:] = [b - a == 1 and a in alone and mark is None for (a, b), mark in zip(groups, marks)]
    if modelled is not None:
        modelled[:] = marks
    return groups


def _cut_page_lines(raws: list[_Raw], lines: list[tuple[int, int, str]],
                    origins: list[int] | None = None, named: FirstPass | None = None,
                    scored: EdgeModel | None = None, glued: "GluedLines | None" = None) -> list[_Raw]:
    """Plain text's paragraphs cut at their lines where ``line_groups`` finds them a page's own lines; ``glued``
    (detectors/glued.py ``glued_lines``, handed over by the pipeline): in a paragraph of two lines or more that
    ``line_groups`` leaves whole, the lines of a glued shape (a link table's rows, an image's file name, an ad
    slot's title) are cut out all the same, each a unit, the lines between them one unit each (lines36)."""
    out: list[_Raw] = []
    origin: list[int] = []
    short = LINE_CUTS.short_chars
    runs: list[bool] = []
    singled: list[bool] = []
    modelled: list[tuple[str, float, str] | None] = []
    titled: list[bool] = []
    asked: list[bool] = []  # (``line_groups`` asked the first pass, which holds the glued lines' test: not twice)
    first_pass: FirstPass | None = None
    if named is not None:
        def first_pass(texts: list[str], head_end: int, tail_start: int) -> set[int]:
            asked.append(True)
            return named(texts, head_end, tail_start)
    for index, raw in enumerate(raws):
        groups = None
        asked.clear()
        if raw.type == "paragraph" and raw.lines >= LINE_CUTS.min_lines:
            own = lines[raw.first:raw.first + raw.lines]
            # the cheap test first: a short line among them (most paragraphs of prose have none but their last)
            if any(len(line[2]) < short for line in own[:-1]):
                # the paragraph before ends with ":": a lead over this paragraph's lines (its list, an outline)
                before = raws[index - 1] if index else None
                lead = (scored is not None and before is not None and before.type == "paragraph" and before.lines > 0
                        and lines[before.first + before.lines - 1][2].rstrip().endswith((":", "：")))
                groups = line_groups([line[2] for line in own], runs, first_pass, singled, scored, modelled,
                                     lead, titled)
        if groups is None and not asked and glued is not None and raw.type == "paragraph" and raw.lines >= 2:
            own = lines[raw.first:raw.first + raw.lines]
            groups = _glued_groups([line[2] for line in own], glued, runs, singled, modelled, titled)
        if groups is None:
            out.append(raw)
            origin.append(index)
            continue
        marks = modelled if len(modelled) == len(groups) else [None] * len(groups)
        titles = titled if len(titled) == len(groups) else [False] * len(groups)
        for (first, last), run, alone, mark, title in zip(groups, runs, singled, marks, titles):
            out.append(_Raw("paragraph", own[first][0], own[last - 1][1], lines=last - first,
                            first=raw.first + first, page_lines=True,
                            line_run=run, line_named=alone, line_model=mark, line_title=title))
            origin.append(index)
    if origins is not None:
        origins[:] = origin
    return out


def text_units(document: str, *, markdown: bool, line_cuts: bool = True,
               origins: list[int] | None = None, named: FirstPass | None = None,
               scored: EdgeModel | None = None, glued: "GluedLines | None" = None) -> list[Unit]:
    """The units of a text or Markdown document, each with its offset into ``document``. Plain text's paragraphs
    of a page's own lines are cut at them unless ``line_cuts`` is false (``line_groups``); ``origins``: see
    ``_scan``; ``named``: the cut's first pass, ``scored``: the line model's edge runs (``line_groups``);
    ``glued``: the glued lines' shapes (``_cut_page_lines``)."""
    return [Unit(raw.type, document[raw.start:raw.end], raw.start, raw.level, raw.list_id, page_lines=raw.page_lines,
                 line_run=raw.line_run, line_named=raw.line_named, line_model=raw.line_model,
                 line_title=raw.line_title)
            for raw in _scan(document, markdown, line_cuts, origins, named, scored, glued)]


def unit_sources(blocks: list[Block], units: list[Unit], origins: list[int]) -> list[int]:
    """Each block's paragraph before the line cuts (``origins`` of ``units``), by its offset: the title step's
    ``sources`` (a cut paragraph is judged whole, as it was before the cuts)."""
    starts = [unit.start or 0 for unit in units]
    return [origins[max(0, bisect_right(starts, block.start or 0) - 1)] for block in blocks]


def text_blocks(document: str, *, markdown: bool, cues: CueIndex, names: NameMatcher) -> list[Block]:
    """The blocks of a text or Markdown document, with offsets into ``document`` (the shared segmenter)."""
    return Segmenter(cues, names).blocks(text_units(document, markdown=markdown), tags=markdown)
