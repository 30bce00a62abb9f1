"""A short "by <Name>" line under the title or between two copies of it, in any document language (meta36, issue
11): "by Marcin" between a Polish post's title and the title printed again. The by-word is a template's, not the
text's language (an English "by" over a Polish post), so the line is read with every language's by-words
(``data/post_meta.json`` ``by_words``) and, unlike textmeta's bylines, a single given name is enough there: the place
(the line right under the document's first line, or between two copies of one title) is the evidence. The name's
words are capitalised, hold no digit, and none is written in lower case elsewhere in the document ("by Night" under
"Paris" is a subtitle). Sizes in ``rules.POST_META``.

``original_label_byline``: a reposting platform's head record, one field a line: an "Original" label alone
(``data/post_meta.json`` ``original_labels``: "Original", "原创"), the author's name on the next line (two to four CJK
characters, or one to three capitalised words), a date line a few lines under it (the account's name between):
"Original" / "秦玥" / "直新闻" / "2021-06-26"."""

from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import read_json
from .metashape import fold, has_date
from .model import Block
from .patterncache import compile_pattern
from .postmeta import by_words
from .rules import POST_META
from .textbylines import document_lower_words
from .textmeta import plain_lines

#: A capitalised word of a name (any cased script), two letters or more.
_NAME_WORD = compile_pattern(r"^\p{Lu}[\p{L}\p{M}'’\-]+$")


@lru_cache(maxsize=1)
def _by_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in by_words())


def title_by_byline(blocks: list[Block]) -> str | None:
    """The name of a "by <Name>" line right under the document's first line or between two copies of one line, in
    the first ``POST_META.byline_zone_blocks`` blocks with words; None else."""
    # (a long block is no title nor by-line: stood for by its index, never stripped nor compared as text)
    head: list[str | int] = [block.plain.strip() if len(block.plain) <= POST_META.title_max_chars else i
                             for i, block in enumerate(blocks[:2 * POST_META.byline_zone_blocks])
                             if len(block.plain) > POST_META.title_max_chars or block.plain.strip()]
    head = head[:POST_META.byline_zone_blocks]
    by, firsts = by_words(), _by_firsts()
    for k in range(1, len(head)):
        line = head[k]
        if not isinstance(line, str) or "\n" in line or len(line) > POST_META.byline_max_chars:
            continue
        raw = line.split()
        if len(raw) < 2 or fold(raw[0]) not in firsts:
            continue
        name = None
        for words in by:
            if len(raw) > len(words) and tuple(fold(w) for w in raw[:len(words)]) == words:
                name = raw[len(words):]
                break
        if not name or len(name) > POST_META.name_max_words or not all(_NAME_WORD.match(w) for w in name):
            continue
        title = head[k - 1]
        if k != 1 and not (k + 1 < len(head) and head[k + 1] == title):
            continue  # neither under the document's first line nor between two copies of one line
        if not isinstance(title, str) or "\n" in title or title == line:
            continue
        lower = document_lower_words(blocks)
        if any(w.casefold() in lower for w in name):
            continue
        return " ".join(name)
    return None


@lru_cache(maxsize=1)
def _original_labels() -> frozenset[str]:
    return frozenset(fold(w) for w in read_json("post_meta.json")["original_labels"])


#: A name of two to four CJK characters (a Chinese, Japanese or Korean name line).
_CJK_NAME = compile_pattern(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,4}$")


#: The longest "Original" label line (a label and its colon).
_LABEL_MAX_CHARS = 12


@lru_cache(maxsize=1)
def _label_cores() -> tuple[str, ...]:
    """Each label as a plain substring to look for: without its first letter when that letter has a case
    ("riginal" finds "Original" and "ORIGINAL"'s lower-case spelling alike), else whole ("原创")."""
    return tuple(sorted({label[1:] if label[:1].upper() != label[:1].lower() else label
                         for label in _original_labels()}))


@lru_cache(maxsize=1)
def _label_end() -> "re.Pattern[str]":
    """A label's core (either case) closing a line, its colon allowed (the standard engine: literals, searched in C)."""
    cores = sorted({variant for core in _label_cores() for variant in (core, core.upper())})
    return re.compile("(?:" + "|".join(map(re.escape, cores)) + ")[:：]?\n")


def _may_hold_label(blocks: list[Block], labels: frozenset[str]) -> bool:
    """The cheap test: one of the labels closing a line of the first blocks' text (any case), before the lines are
    read."""
    seen, texts = 0, []
    for block in blocks:
        texts.append(block.text)
        seen += len(block.text)
        if seen >= POST_META.original_zone_chars:
            break
    text = "\n".join(texts)[:POST_META.original_zone_chars] + "\n"  # (the label ends its line: "Original\n")
    return _label_end().search(text) is not None


def original_label_byline(blocks: list[Block]) -> str | None:
    """The name under an "Original" label alone on its line, with a date line a few lines below, among the document's
    first ``POST_META.original_zone_lines`` lines; None else."""
    labels = _original_labels()
    if not _may_hold_label(blocks, labels):
        return None
    lines: list[str] = []
    for block in blocks:
        lines.extend(line.strip() for line in plain_lines(block) if line.strip())
        if len(lines) >= POST_META.original_zone_lines:
            break
    lines = lines[:POST_META.original_zone_lines]
    for k, line in enumerate(lines[:-2]):
        if len(line) > _LABEL_MAX_CHARS or fold(line).strip(":：") not in labels:
            continue
        name = lines[k + 1]
        words = name.split()
        if not (_CJK_NAME.match(name) or 0 < len(words) <= POST_META.name_max_words
                and all(_NAME_WORD.match(w) for w in words)):
            continue
        if any(has_date(after) and len(after) <= POST_META.byline_max_chars
               for after in lines[k + 2:k + 2 + POST_META.original_date_lines]):
            return name
    return None
