"""A blog platform's post footer that names the writer and the time of posting (meta35; issue 11 item 5).

``clock_byline``: a line that opens with a footer's byline label of ``footer_byline_labels`` (Blogger's and its
kind's wording, per language: "Posted by", "Publié par", "Eingestellt von", "Lähettänyt", "Gönderen", "Đăng bởi" …),
then a person's name, then within ``TEXT_META.clock_between_max_tokens`` lower-case words or signs ("at", "à",
"um", "klo", "kl.", "zaman:", "a les") a clock time ("10:32", "10.32", "22h32"): "Posted by Jane Doe at 10:32 PM",
"Lähettänyt Matti Virtanen klo 10.32". Every format, any block (the footer comes after the post, before or after
its comments). Not in a quotation (a forum's quoted post), not a name whose words the text writes in lower case, and
None when two such lines name different people (a forum thread's or a list of posts' several posters).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import regex

from .datafiles import read_json
from .patterncache import compile_pattern
from .detectors.terms import longest_first
from .metashape import fold as _fold
from .model import AUTHOR_SEPARATOR, Block
from .rules import TEXT_META
from .textbylines import byline_data, document_lower_words, person_name
from .textmeta import TOKEN, join_names, name_list, plain_lines

#: a clock time somewhere in a block: the fast gate (most blocks hold none; ``re``: faster than ``regex`` here)
_ANY_CLOCK = re.compile(r"\d[:.h]\d\d")
#: a token that is a clock time ("10:32", "10.32", "22h32", "10:32:05", "10:32PM", "10:32,")
_CLOCK = compile_pattern(r"^\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?[,.;]?$", regex.IGNORECASE)
#: what may come before a footer's label on its line: blanks, Markdown's emphasis, a bullet, an old template's "//"
_PREFIX = " \t*_#/|•·-"


@lru_cache(maxsize=1)
def _footer_label() -> regex.Pattern:
    """The labels of ``footer_byline_labels`` at a line's start (after Markdown's emphasis, a bullet, or an old
    template's "//": "// posted by Jane Doe @ 12:30 AM"), a colon after them or not."""
    data = read_json("text_metadata.json")["footer_byline_labels"]
    words = sorted({_fold(w) for terms in data.values() for w in terms}, key=longest_first)
    body = "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words)
    return compile_pattern(r"^[^\S\n]*[" + regex.escape(_PREFIX.strip()) + r"]*[^\S\n]*(?:" + body
                         + r")(?![\p{L}\p{M}\p{N}])[^\S\n]*[:：]?[*_]*[^\S\n]*", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _label_heads() -> frozenset[str]:
    """The first word of every label of ``footer_byline_labels``, folded: a line whose first word is none of them is
    not searched (the gate: most lines of a page)."""
    data = read_json("text_metadata.json")["footer_byline_labels"]
    return frozenset(_fold(w).split()[0] for terms in data.values() for w in terms)


def _timed(tokens: list[str]) -> bool:
    """A clock time opens ``tokens`` after at most ``clock_between_max_tokens`` lower-case words or signs."""
    for k, token in enumerate(tokens[:TEXT_META.clock_between_max_tokens + 1]):
        if _CLOCK.match(token):
            return True
        if k == TEXT_META.clock_between_max_tokens or token[:1].isupper() or token[:1].isdigit():
            return False
    return False


_READ_TYPES = ("paragraph", "list_item", "heading")


def _footer_lines(blocks: list[Block]) -> tuple[list[str | None], list[int]]:
    """The lines of the blocks a footer may be in, in order, None for a block it is never in (a quotation, code, a
    table), which no footer spans; and the lines a footer's label may open: the line of each clock time and the two
    before it. The gate: a block's text is searched for a clock time at once, and only the blocks around a block
    that holds one are read line by line (the two before it, where its label and name may be, and the one after)."""
    clocked = [i for i, block in enumerate(blocks) if block.type in _READ_TYPES and _ANY_CLOCK.search(block.plain)]
    if not clocked:
        return [], []
    wanted = sorted({j for i in clocked for j in range(i - 2, i + 2) if 0 <= j < len(blocks)})
    clocks = frozenset(clocked)
    lines: list[str | None] = []
    near: set[int] = set()
    previous = -2
    for i in wanted:
        block = blocks[i]
        if block.type not in _READ_TYPES or i != previous + 1:
            lines.append(None)  # (a block no footer is in, or a gap: no footer spans either)
            if block.type not in _READ_TYPES:
                previous = i
                continue
        previous = i
        own = plain_lines(block)
        if i in clocks:
            if len(own) == 1:
                near.update((len(lines) - 2, len(lines) - 1, len(lines)))
            else:
                ends = list(accumulate(map((1).__add__, map(len, own))))
                for match in _ANY_CLOCK.finditer("\n".join(own)):
                    k = len(lines) + bisect_right(ends, match.start())
                    near.update((k - 2, k - 1, k))
        lines.extend(own)
    return lines, sorted(k for k in near if k >= 0)


def footer_names(blocks: list[Block]) -> list[str]:
    """The names of every post footer line of ``blocks`` ("Posted by Jane Doe at 10:32 PM"), in order. A page's text
    breaks the footer at its links: the name on the label's line or alone on the next one ("Posted by" / "Jane Doe"
    / "at 10:32 PM"), split over the two ("Publié par Jean" / "Dupont à 10:32"), the time on the name's line or the
    next."""
    lines, candidates = _footer_lines(blocks)
    if not candidates:
        return []
    label, heads = _footer_label(), _label_heads()
    stop = byline_data()["name_stop"]

    def tokens_at(j: int) -> list[str] | None:
        line = lines[j] if j < len(lines) else None
        if line is None or len(line) > TEXT_META.byline_max_chars:
            return None
        return TOKEN.findall(unicodedata.normalize("NFC", line))

    found: list[str] = []
    for k in candidates:
        line = lines[k]
        if line is None or len(line) > TEXT_META.byline_max_chars:
            continue
        head = line.lstrip(_PREFIX).split(None, 1)
        if not head or head[0].casefold().rstrip(":：") not in heads:
            continue
        line = unicodedata.normalize("NFC", line)
        match = label.match(line)
        if not match:
            continue
        rest, j = TOKEN.findall(line[match.end():]), k
        if not rest or len(rest) == 1:
            # the name alone on the next line, or its first word on the label's line and the others on the next
            following = tokens_at(k + 1)
            if following is None:
                continue
            rest, j = rest + following, k + 1
        names = name_list(rest, stop)
        if names is None or names[1] <= len(rest) - len(tokens_at(j) or []) and j > k:
            continue  # (no name, or a name that ends before the line it was joined with)
        after = rest[names[1]:] + (tokens_at(j + 1) or [])
        if _timed(after):
            found.append(join_names(names[0]))
    return found


def clock_byline(blocks: list[Block]) -> str | None:
    """The writer a post's footer names ("Posted by Jane Doe at 10:32 PM"), or None (none, or several people)."""
    found = footer_names(blocks)
    if not found or len({_fold(name) for name in found}) > 1:
        return None
    name = found[0]
    lower = document_lower_words(blocks)
    if not all(person_name(part, lower, capitals=True, max_words=TEXT_META.name_max_words) == part
               for part in name.split(AUTHOR_SEPARATOR)):
        return None
    return name


__all__ = ["clock_byline", "footer_names"]
