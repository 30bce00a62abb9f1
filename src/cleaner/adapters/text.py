"""Text and Markdown to blocks, each keeping its offsets into the document.

One line-based pass recognises front matter, fenced code, ATX and setext headings, rules, list items, quotes, tables
and paragraphs (plain text is Markdown without the syntax, so one reader serves both). A second step splits a
paragraph where a line or a sentence starts with a boilerplate cue ("Article Source:", "Rosina S Khan has authored
this article."), so a credit glued to the last paragraph can be judged on its own; pieces of one paragraph share a
``group`` and are joined again when they are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..cues import CueIndex, normalize
from ..model import Block
from .inline import _INLINE, _TAG, parse_inline
from ..names import NameMatcher

_ATX = regex.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = regex.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = regex.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST = regex.compile(r"^( {0,8})(?:[-*+•]|\d{1,9}[.)])[ \t]+\S")
_QUOTE = regex.compile(r"^ {0,3}>")
_TABLE = regex.compile(r"^ {0,3}\|")
_FRONT_MATTER_OPEN = regex.compile(r"^(?:---|\+\+\+)[ \t]*$")
# the closing "###" run: tried only where a run of blanks starts (from inside the run it was quadratic in its length)
_HEADING_MARKS = regex.compile(r"^ {0,3}#{1,6}[ \t]*|(?<![ \t])[ \t]++#+[ \t]*$")
_QUOTE_MARKS = regex.compile(r"(?m)^ {0,3}>[ \t]?")
_LIST_MARK = regex.compile(r"^ {0,8}(?:[-*+•]|\d{1,9}[.)])[ \t]+")
# the end of a sentence, up to where the next one starts (the standard library engine: much faster here)
# (the Devanagari danda "।" and the Arabic question mark "؟" end sentences as "." and "?" do)
_SENTENCE_START = re.compile(r"[.!?…।؟][\"'”»)\]]?[ \t]+(?=\S)|[。！？](?=\S)")
# the first word: letters with their combining marks (a decomposed "Nguồn", the vowel signs of "साभार")
_PROBE_PREFIX = regex.compile(r"[\s*_#>|•\-\[(]*(\p{L}[\p{L}\p{M}]*)")
_LINE_START = regex.compile(r"\n[ \t]*(?=\S)")
#: A character every split point needs: a line break for ``_LINE_START``, a sentence end for ``_SENTENCE_START``.
_MAY_SPLIT = re.compile(r"[\n.!?…।؟。！？]")
_MAX_SENTENCE_PROBE = 300
#: A paragraph is probed for cues at its first and its last MAX_PROBES line and sentence starts only: boilerplate
#: glued to a paragraph sits at its start or its end, and a "paragraph" of 600,000 sentences ('1. ' * 600_000, 2 MB)
#: would otherwise cost a probe each (docs/reliability.md).
MAX_PROBES = 2000


@dataclass(slots=True)
class _Raw:
    type: str
    start: int
    end: int
    level: int = 0
    list_id: int = -1
    lines: int = 0  # how many lines it holds so far


def _lines(document: str) -> list[tuple[int, int, str]]:
    """(start, end, line without its newline and the carriage returns before it) for every line."""
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


def _scan(document: str, markdown: bool) -> list[_Raw]:
    """First pass: the structural blocks, as spans of the document."""
    lines = _lines(document)
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
        if _LIST.match(line) and (markdown or line.lstrip()[:1] in "-*•" or in_list):
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
        if item is not None:  # continuation of a list item (indented or lazy)
            item.lines += 1
            item.end = end
            i += 1
            continue
        if paragraph is not None and paragraph.type in ("quote", "table"):
            flush()
        if paragraph is None:
            in_list = False
            paragraph = _Raw("paragraph", start, end)
        paragraph.lines += 1
        paragraph.end = end
        i += 1
    flush()
    return raws


@lru_cache(maxsize=16)
def _longest_lead(cues: CueIndex) -> int:
    return max((len(cue.phrase) for cue in cues.lead_phrases()), default=0)


def _outside_markup(text: str, points: list[int]) -> list[int]:
    """The points that fall inside no link and no inline tag: a piece must hold its markup whole, or the clean text
    (the pieces joined) would read differently ('<p\nSource:>' split at the cue: two pieces of text; joined: a tag)."""
    spans = sorted([m.span() for m in _INLINE.finditer(text)] + [m.span() for m in _TAG.finditer(text)])
    if not spans:
        return points
    kept, i, reach = [], 0, 0  # reach: the end of the spans that start before the point
    for point in points:
        while i < len(spans) and spans[i][0] < point:
            reach = max(reach, spans[i][1])
            i += 1
        if point >= reach:
            kept.append(point)
    return kept


class BlockSplitter:
    """Splits a paragraph at lines and sentences that start with a boilerplate cue."""

    def __init__(self, cues: CueIndex, names: NameMatcher):
        self.cues = cues
        self.names = names
        self._lead_chars = _longest_lead(cues)
        self._lead_probe = self._lead_chars + 32

    def _splits_here(self, text: str, pos: int) -> bool:
        probe = text[pos:pos + _MAX_SENTENCE_PROBE]
        first = _PROBE_PREFIX.match(probe)
        may_name = self.names.may_start(probe)
        if first is not None and not self.cues.may_lead(first.group(1).casefold()) and not may_name:
            return False  # cheap test first: no cue starts with this word, no name pattern can match
        # A lead cue is at most ``_lead_chars`` long: normalising the start of the probe is enough when it leaves
        # more than that (the normalised start is the start of the normalised probe but for its last character).
        normalized = normalize(probe[:self._lead_probe])
        if len(normalized) < self._lead_chars + 2 and len(probe) > self._lead_probe:
            normalized = normalize(probe)
        for cue_match in self.cues.lead(normalized):
            phrase = cue_match.cue.phrase
            if ":" in phrase or " " in phrase or not phrase[:1].isalnum():
                return True
        return may_name and self.names.at_start(probe) is not None

    def _heading_line_before(self, text: str, pos: int) -> bool:
        """Whether the line ending just before ``pos`` is a heading cue on its own ("Related Posts", "分享到：")."""
        start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[start:pos].strip()
        return 0 < len(line) <= 60 and bool(self.cues.heading(normalize(line)))

    def split_points(self, text: str, line_starts: bool) -> list[int]:
        if _MAY_SPLIT.search(text) is None:
            return []  # no line break, no sentence end: nowhere to split (most short blocks)
        lines = {m.end(): m.start() for m in _LINE_START.finditer(text)} if line_starts else {}
        points = sorted(p for p in {*lines, *(m.end() for m in _SENTENCE_START.finditer(text))} if 0 < p < len(text))
        if len(points) > 2 * MAX_PROBES:
            points = points[:MAX_PROBES] + points[-MAX_PROBES:]
        if points and ("<" in text or "[" in text):
            points = _outside_markup(text, points)
        return [p for p in points
                if (p in lines and self._heading_line_before(text, lines[p])) or self._splits_here(text, p)]


def text_blocks(document: str, *, markdown: bool, cues: CueIndex, names: NameMatcher) -> list[Block]:
    """The blocks of a text or Markdown document, with offsets into ``document``."""
    splitter = BlockSplitter(cues, names)
    blocks: list[Block] = []
    for group, raw in enumerate(_scan(document, markdown)):
        spans = [(raw.start, raw.end)]
        if raw.type in ("paragraph", "quote", "list_item"):
            source = document[raw.start:raw.end]
            cuts = splitter.split_points(source, line_starts=True)
            marker = _LIST_MARK.match(source) if raw.type == "list_item" else None
            if marker is not None:  # "1. Source:": the item's own number is no sentence before the cue
                cuts = [cut for cut in cuts if cut > marker.end()]
            edges = [0, *cuts, len(source)]
            spans = []
            for a, b in zip(edges, edges[1:]):
                piece = source[a:b]
                stripped_end = len(piece.rstrip())
                lead = len(piece) - len(piece.lstrip())
                if stripped_end > lead:
                    spans.append((raw.start + a + lead, raw.start + a + stripped_end))
        for number, (start, end) in enumerate(spans):
            source = document[start:end]
            blocks.append(_make_block(len(blocks), raw, source, start, end, group, first=number == 0,
                                      tags=markdown))
    return blocks


def _make_block(index: int, raw: _Raw, source: str, start: int, end: int, group: int, *, first: bool = True,
                tags: bool = True) -> Block:
    """One block; ``first``: the first piece of its source block (an indented item starts after its indentation,
    and is no continuation for that: its marker is its own); ``tags``: HTML tags are markup (Markdown), not text."""
    if raw.type in ("code", "front_matter", "rule"):
        return Block(index=index, type=raw.type, text=source, plain=source if raw.type == "code" else "",
                     start=start, end=end, group=group)
    body = source
    if raw.type == "heading":
        body = _HEADING_MARKS.sub("", source.splitlines()[0]) if raw.level and source.lstrip().startswith("#") \
            else source.splitlines()[0]
    elif raw.type == "quote":
        body = _QUOTE_MARKS.sub("", source)
    elif raw.type == "list_item" and first:
        body = _LIST_MARK.sub("", source, count=1)
    plain, links = parse_inline(body, tags=tags)
    offset = source.find(body) if body != source else 0
    if offset > 0:
        for link in links:
            link.start += offset
            link.end += offset
    plain = " ".join(plain.split()) if raw.type != "table" else plain.strip()
    return Block(index=index, type=raw.type, text=source, plain=plain, start=start, end=end, links=links,
                 level=raw.level, group=group, list_id=raw.list_id, continues=not first)
