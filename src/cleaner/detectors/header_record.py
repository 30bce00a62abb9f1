"""The post's record under the title, in plain text: a block of counts, dates and labels (2026-12-06, text11i).

Between a page's title and its first paragraph of prose, a crawler's text of a page prints the post's record: how
often it was read, commented on, liked; its page of a pager; a forum poster's card. In plain text such lines come as
one block of several lines ("commentaires 0 Partager" / "Lecture 29 min.", "Joined" / "09 2007" / "Posts" / "724",
"Page 1 of 3" / "Posted 01/10/2000 at 00:00") or fused with a byline ("by Jane Roe 53 views"), so the one-line shapes
of meta_lines.py and chrome.py never see them, and their weak strengths keep them anyway. Here a block goes at the
edge's strength (``navigation.header_record``) when:

- it sits in the header: after the title (the title step's, or the first block with words), before the article's
  first paragraph of prose, at most ``HEADER_RECORD.max_blocks`` blocks below the title; plain text only;
- it is short (``max_chars``) and every line of it (``line_max_chars``) is one of: a *count* (a number right next
  to a noun of ``data/meta_lines.json`` ``counts``: views, reads, comments, replies, posts, "min read" in 26
  languages, or a page number with the number of pages, its noun of ``pages``; at most ``own_max_words`` words of
  its own besides meta words: "53 views", "阅读:159", "Exibindo página 1 de 3", "by Jane Roe 53 views"), a date
  line or a counter (metashape.py), a widget's labels (chrome.line_shape), a line without letters ("724", "·"), or
  a short *label* (``label_max_words``, no digit, no sentence) right above a line of a value (a number, a date, a
  count);
- and the block holds the record's evidence: a count, a widget's line with a number ("commentaires 0 Partager"), or
  a count printed over two lines, its noun's label over the number (a poster's card: "Posts" / "724").

What stays: a date line, a byline or both alone (decision 3: the post's date and author stay), a block of numbers
only (a score, a table), a recipe's or a product's facts ("Prep time" / "10 min", "Serves 4": no count noun), a
subtitle ("Part 2: The reply": its noun is not next to the number), a printed page's marker ("Page 7", "Page: 784":
no number of pages), a standfirst or any sentence, everything from the first paragraph of prose on. Cost: a block
without a digit is passed over before its lines are read (every piece of evidence holds a number)."""

from __future__ import annotations

import math
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..metashape import fold, has_digit, meta_line_shape, vocabulary as meta_vocabulary, without_dates
from ..model import Block, Finding
from ..rules import BODY_LENGTH, HEADER_RECORD
from ..scripts import UNSPACED
from .base import rule_finding, with_finding
from .chrome import line_shape as chrome_line_shape
from .structure import body_start

KIND = "navigation"
RULE = "navigation.header_record"

_LETTER = compile_pattern(r"\p{L}")
#: A count's number, or a word (a script without spaces gives a run of letters as one token).
_TOKEN = compile_pattern(r"\d[\d.,]*[kKmM万千]?|[\p{L}\p{M}][\p{L}\p{M}'’]*")
_SENTENCE_MARK = compile_pattern(r"[.!?。！？]")
_QUESTION = compile_pattern(r"[?!？！]")


@lru_cache(maxsize=1)
def count_nouns() -> tuple[frozenset[tuple[str, ...]], tuple[str, ...], frozenset[tuple[str, ...]], tuple[str, ...]]:
    """(the spaced count nouns as word tuples, the count nouns of scripts without spaces, the same two of a pager's
    page nouns), folded."""
    data = read_json("meta_lines.json")

    def split(name: str) -> tuple[frozenset[tuple[str, ...]], tuple[str, ...]]:
        terms = {fold(term) for terms in data[name].values() for term in terms}
        spaced = frozenset(tuple(term.split()) for term in terms if not UNSPACED.search(term))
        unspaced = tuple(sorted((term for term in terms if UNSPACED.search(term)), key=lambda t: (-len(t), t)))
        return spaced, unspaced

    return split("counts") + split("pages")


def _spans(tokens: list[str], spaced: frozenset[tuple[str, ...]], unspaced: tuple[str, ...],
           numbers: list[int]) -> list[tuple[int, int]]:
    """The token spans of the nouns in ``tokens`` that touch a number (up to three words each). In a script without
    spaces a run of letters holds the noun at its edge that faces the number ("阅读:159", "阅读10544次", "อ่าน 1234
    ครั้ง"), never inside it ("阅读理解第2篇": a reading exercise, "ครั้งที่ 2": the second time)."""
    spans = []
    at = set(numbers)
    for i, token in enumerate(tokens):
        if token[0].isdigit():
            continue
        if UNSPACED.search(token):
            if (i + 1 in at and token.endswith(unspaced)) or (i - 1 in at and token.startswith(unspaced)):
                spans.append((i, i + 1))
            continue
        for size in (3, 2, 1):
            if tuple(tokens[i:i + size]) in spaced:
                if i - 1 in at or i + size in at:
                    spans.append((i, i + size))
                break
    return spans


def count_line(line: str, own_max: int | None = None) -> bool:
    """Whether ``line`` is a count of the post's record: a number right next to a count noun ("53 views", "Lecture
    29 min.", "阅读:159", "5 min read"), or a page number with the number of pages ("Page 1 of 3"), and at most
    ``HEADER_RECORD.own_max_words`` (or ``own_max``) other words besides meta words. "Page 7" alone is a printed
    page's marker."""
    if len(line) > HEADER_RECORD.line_max_chars or _QUESTION.search(line) or not has_digit(line):
        return False
    tokens = _TOKEN.findall(fold(without_dates(line)))
    numbers = [i for i, token in enumerate(tokens) if token[0].isdigit()]
    if not numbers or len(numbers) > 2:
        return False
    counts_spaced, counts_unspaced, pages_spaced, pages_unspaced = count_nouns()
    spans = _spans(tokens, counts_spaced, counts_unspaced, numbers)
    if len(numbers) == 2:
        spans += _spans(tokens, pages_spaced, pages_unspaced, numbers)
    if not spans:
        return False  # no noun next to a number ("Part 2: The reply")
    covered = {i for start, end in spans for i in range(start, end)}
    meta = meta_vocabulary()[2]
    own = 0
    for i, token in enumerate(tokens):
        if i in covered or token[0].isdigit() or token in meta:
            continue
        own += max(1, math.ceil(len(token) / 2)) if UNSPACED.search(token) else 1
    return own <= (HEADER_RECORD.own_max_words if own_max is None else own_max)


def _label(line: str) -> bool:
    """A short label line: a few words, no digit, no sentence mark ("Posts", "Ngày gia nhập", "Joined")."""
    return not has_digit(line) and not _SENTENCE_MARK.search(line) \
        and len(line.split()) <= HEADER_RECORD.label_max_words and len(line) <= HEADER_RECORD.label_max_chars


def line_class(line: str) -> str | None:
    """What a line of a header block is: "value" (no letters), "count", "date", "counter", "chrome" / "chrome_n" (a
    widget's labels, with a number), "label", or None (anything else: the block is no record)."""
    if len(line) > HEADER_RECORD.line_max_chars:
        return None
    if not _LETTER.search(line):
        return "value"
    if count_line(line):
        return "count"
    shape = meta_line_shape(line)
    if shape is not None:
        return "date" if shape[0] == "dateline" else "counter"
    if chrome_line_shape(line) == "chrome":
        return "chrome_n" if has_digit(line) else "chrome"
    return "label" if _label(line) else None


#: A sentence's end in a stray line: a stop, a question or an exclamation at the end, or after a word of at least
#: three letters ("Dr." and "J." are a name's).
_STRAY_SENTENCE = compile_pattern(r"[.!?。！？]['\"”»)]?\s*$|\p{L}{3,}[.!?]\s")


def _stray(line: str) -> bool:
    """A line a record block may hold besides its record's lines (headchrome33): short (``stray_max_words`` words),
    no sentence."""
    return len(line.split()) <= HEADER_RECORD.stray_max_words and _STRAY_SENTENCE.search(line) is None


def record_block(block: Block) -> str | None:
    """The cue of a block of the post's record (see the module's docstring), or None."""
    if block.type not in ("paragraph", "list_item") or len(block.plain) > HEADER_RECORD.max_chars \
            or not has_digit(block.plain):
        return None  # (every piece of evidence holds a number: the cheap test first)
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    classes = [line_class(line) for line in lines]
    counted = "count" in classes
    # (headchrome33) a block whose count holds the record and that has at least ``stray_min_record`` record lines
    # (counts, dates, counters, values) may also hold the post's other header lines: one line of its own ("AI,
    # Publications", a dated byline), widget labels under nothing ("Listen", "Share")
    loose = counted and sum(1 for what in classes if what in ("count", "date", "counter", "value")) \
        >= HEADER_RECORD.stray_min_record
    strays = 0
    for k, (line, what) in enumerate(zip(lines, classes)):
        if what is None:
            if has_digit(line) and without_dates(line) != line and counted and _stray(line):
                classes[k] = "dated"  # a date with a byline or a label on one line, in a block with a count
                continue
            if not loose or strays >= HEADER_RECORD.max_strays or not _stray(line):
                return None
            strays += 1
            classes[k] = "stray"
    evidence = [line for line, what in zip(lines, classes) if what in ("count", "chrome_n")]
    for k, what in enumerate(classes):
        if what != "label":
            continue
        after = classes[k + 1] if k + 1 < len(classes) else None
        if after not in ("value", "date", "counter", "count") and not loose:
            return None  # a label over nothing: a heading, a name
        if after == "value" and count_line(f"{lines[k]} {lines[k + 1]}"):
            evidence.append(f"{lines[k]} / {lines[k + 1]}")  # a count printed over two lines ("Posts" / "724")
    if not evidence:
        return None  # a byline and a date (decision 3), a recipe's or a fact box's labels and values
    return f"the post's record under the title: {evidence[0][:40]}"


def header_record_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                           body_length: int = BODY_LENGTH, title: int | None = None) -> list[list[Finding]]:
    """``findings`` with the record blocks of the header added (plain text; ``title``: the title step's block)."""
    if kinds is not None and KIND not in kinds:
        return findings
    first = body_start(blocks, body_length)  # (the article's first paragraph of prose)
    if title is None:
        title = next((i for i in range(min(first, len(blocks))) if _LETTER.search(blocks[i].plain)), None)
        if title is None:
            return findings
    end = min(first, title + 1 + HEADER_RECORD.max_blocks, len(blocks))
    result = None
    for i in range(title + 1, end):
        cue = record_block(blocks[i])
        if cue is None:
            continue
        extra = rule_finding(KIND, RULE, cue, len(blocks[i].plain))
        if result is None:
            result = list(findings)
        result[i] = with_finding(result[i], extra)
    return findings if result is None else result
