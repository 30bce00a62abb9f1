"""A post's meta lines by their shape, in any language: date lines and counters.

A scraped page prints, around the article, the record of the post: when it was published and by whom, how often it
was read or commented on. These lines are short, hold a date, a time or a count, and little else:

- date line (``navigation.dateline``): a date or a time (2024-10-30, 18.06.2020, "2025. 5. 2.", 2019年5月7日, 22:00,
  09h40, or a month name of ``data/meta_lines.json`` next to a number) and, once the date, the numbers, the weekday
  and the meta words (posted, published, updated, by, on …: data) are taken out, at most ``META.dateline_max_words``
  words (``META.dateline_bare_max_words`` without a meta word) ("Friday, October 3, 2025", "Posted on Jul 7", "于 2024-10-30 10:00:00 发布", "Billet de blog 8 décembre 2017",
  "gradu 2025. 2. 18. 04:50"); ``/bare``: nothing but the date and the time;
- counter (``navigation.counter``): a number and at most ``META.counter_max_words`` words after it or before it in
  brackets ("921 阅读", "30 Billets", "0 Kommentare", "Commenti (3)", "Top comments (0)"), a meta word and its
  count ("Views 532", "조회 1234"), or numbers only ("0",
  "5211", "23 7 1 1 1"): a view, like or comment count.

What stays: a sentence (sentence punctuation after a word), a line longer than ``META.max_chars``, a numbered heading
("1. Introduction", "Chapter 3": the number is a marker or comes last without brackets), the items of a list of two
or more (a chronology, an ingredient list), a table. The strengths (``rules.RULES``) stay under the middle's
threshold: a meta line goes at the edges of the article, next to other removals or in the run of removals at the
end; a date heading between two body paragraphs (a diary's entries) stays.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from functools import lru_cache

import regex

from ..datafiles import read_json
from ..model import Block, Finding
from ..rules import META, RULES

KIND = "navigation"

#: A date by its digits: year-month-day in any order and separator (also "2025. 5. 2.", "2019年5月7日", "2019-01").
_NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?:\d{4}\s?[-./年]\s?\d{1,2}(?:\s?[-./月]\s?\d{1,2}\s?[.日]?)?|\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{2,4}"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?日)(?!\d)")
#: A time of day: 22:00, 14:28:05, 09h40, 9.30 pm is left to the words.
_TIME = regex.compile(r"(?<!\d)\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<!\d)\d{1,2}h\d{2}(?!\d)")
_NUMBER = regex.compile(r"^\d[\d.,]*[kKmM万千]?$")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’._-]*")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]")
#: A sentence: a word of three letters or more and sentence punctuation, then the end or more words.
_SENTENCE = regex.compile(r"\p{L}{3,}[.!?。！？](?:\s|$)")
#: A numbered heading or list marker at the start ("1. Introduction", "2) Setup"): a marker, not a count.
_MARKER = regex.compile(r"^\s*\d{1,3}[.)](?:\s|$)")
_BRACKETED_NUMBER = regex.compile(r"[(\[（【]\s*\d[\d.,]*\s*[)\]）】]")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month names, weekday names, meta words) of every language, folded."""
    data = read_json("meta_lines.json")

    def merged(name: str) -> frozenset[str]:
        return frozenset(fold(term).rstrip(".") for terms in data[name].values() for term in terms)

    return merged("months"), merged("weekdays"), merged("meta")


def _words(text: str) -> list[str]:
    """The words of ``text``, folded; a run of a script without spaces counts one word every two characters."""
    words = []
    for word in _WORD.findall(fold(text)):
        word = word.strip("'’._-")
        if not word:
            continue
        if _UNSPACED.search(word):
            words.extend([word] * max(1, math.ceil(len(word) / 2)) if len(word) > 2 else [word])
        else:
            words.append(word)
    return words


def line_shape(block: Block) -> tuple[str, str, str] | None:
    """(rule, variant, cue) of a meta line, or None."""
    plain = block.plain.strip()
    if not plain or len(plain) > META.max_chars or block.type not in ("paragraph", "heading", "list_item") \
            or "\n" in plain or _SENTENCE.search(plain) or not any(char.isdigit() for char in plain):
        return None
    months, weekdays, meta = vocabulary()
    dates = _NUMERIC_DATE.findall(plain) + _TIME.findall(plain)
    rest = _TIME.sub(" ", _NUMERIC_DATE.sub(" ", plain))
    words = _words(rest)
    named = [w for w in words if w.rstrip(".") in months]
    numbers = [w for w in words if _NUMBER.match(w)]
    if dates or (named and numbers):
        own = [w for w in words if not _NUMBER.match(w) and w.rstrip(".") not in months
               and w.rstrip(".") not in weekdays and w not in meta and not any(c.isdigit() for c in w)]
        # without a meta word ("posted", "by", "le", "am") a date line says less: fewer words of its own
        limit = META.dateline_max_words if any(w in meta for w in words) else META.dateline_bare_max_words
        if len(own) <= limit:
            found = ", ".join(dates + named[:1]) or "a date"
            if not own:
                return "dateline", "bare", f"a date or time and nothing else: {found}"
            return "dateline", "", f"a date or time ({found}) and {len(own)} other word(s)"
        return None
    if len(plain) > META.counter_max_chars or _MARKER.match(plain):
        return None
    tokens = _words(plain)
    counts = [t for t in tokens if _NUMBER.match(t)]
    others = [t for t in tokens if not _NUMBER.match(t)]
    if not counts:
        return None
    if not others:
        return ("counter", "", f"numbers only: {' '.join(counts[:4])}") if len(counts) <= META.counter_max_numbers \
            else None
    if len(others) > META.counter_max_words:
        return None
    first = _NUMBER.match(tokens[0]) is not None
    # "921 阅读", "Commenti (3)", or a meta word and its count ("조회 1234", "Views: 532")
    if first or _BRACKETED_NUMBER.search(plain) or all(other in meta for other in others):
        return "counter", "", f"a count and {len(others)} word(s): {plain[:40]}"
    return None


def _in_list(block: Block, sizes: Counter) -> bool:
    """An item of a list of two items or more: a chronology or an ingredient list is the article's."""
    return block.type == "list_item" and block.list_id >= 0 and sizes[block.list_id] >= 2


def _opens_prose(blocks: list[Block], i: int, body_length: int) -> bool:
    """Whether the block after ``i`` is a paragraph of prose (``body_length`` characters or more, few links)."""
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return following is not None and following.type == "paragraph" and len(following.plain) >= body_length \
        and following.link_density < 0.5


def meta_line_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                       body_length: int = 120) -> list[list[Finding]]:
    """``findings`` with the date lines and counters added (strongest first)."""
    if kinds is not None and KIND not in kinds:
        return findings
    sizes = Counter(block.list_id for block in blocks if block.type == "list_item")
    shapes = [None if _in_list(block, sizes) else line_shape(block) for block in blocks]
    # date lines that each open a paragraph of prose, two or more: the entries of a diary, a log, a live blog (the
    # article's structure, as a heading cue repeated through the document is), not the post's record
    openers = [i for i, shape in enumerate(shapes) if shape is not None and shape[0] == "dateline"
               and _opens_prose(blocks, i, body_length)]
    if len(openers) >= META.dateline_entries:
        for i in openers:
            shapes[i] = None
    result = []
    for block, found, shape in zip(blocks, findings, shapes):
        if shape is None:
            result.append(found)
            continue
        rule, variant, cue = shape
        name = f"{KIND}.{rule}"
        entry = RULES[f"{name}/{variant}" if variant else name]
        extra = Finding(KIND, name, cue, round(entry.at(len(block.plain)), 3), False, entry.match)
        if any(f.strength >= extra.strength for f in found):
            result.append(found)
        else:
            result.append(sorted(found + [extra], key=lambda f: -f.strength))
    return result
