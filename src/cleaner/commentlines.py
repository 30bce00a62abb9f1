"""A comment system's template lines (comment37; famK's family C): the same words on every site of a platform, in
its UI languages (``data/comment_ui.json``, with its sources). Read by detectors/comment_zone.py (a block made only of
them at a page's end) and by tailcuts.end_cuts (such lines glued under a plain-text paragraph's last sentence, a
Blogger post's "No hay comentarios: / Publicar un comentario"). Below the segmenter and the detectors."""

from __future__ import annotations

from functools import lru_cache

import regex

from .datafiles import read_json
from .patterncache import compile_pattern
from .rules import COMMENT_ZONE
from .scripts import fold_words

_EDGES = " .:!?()[]/|-–—…*•·\t"
_STARS = compile_pattern(r"\s*\*\s*")
_DIGIT = compile_pattern(r"\p{Nd}")
_KEY = 2  # (every lead is longer: normalised, at least 4 characters)
#: Markdown's link and image residue (its text kept), emphasis and heading marks, bare addresses
MARKDOWN = compile_pattern(r"!?\[([^\]]*)\]\([^)]*\)|[#>*_`]+|https?://\S+")


def normalise(line: str) -> str:
    """A line as the vocabulary is written: folded, stars dropped, blanks collapsed, edges stripped."""
    return " ".join(_STARS.sub(" ", fold_words(line)).split()).strip(_EDGES)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The whole lines, the leads by their first ``_KEY`` characters (~500 leads in ~60 languages: a line is
    compared with the few that share its start), the embed addresses."""
    data = read_json("comment_ui.json")
    lines = frozenset(normalise(w) for words in data["lines"].values() for w in words)
    grouped: dict[str, list[str]] = {}
    for lead in sorted({normalise(w) for words in data["leads"].values() for w in words}):
        grouped.setdefault(lead[:_KEY], []).append(lead)
    return lines, {key: tuple(group) for key, group in grouped.items()}, tuple(data["addresses"])


@lru_cache(maxsize=1)
def _counts() -> regex.Pattern:
    """The platforms' comment-count templates (``counts``: "%n comments", "댓글 %n개"), one pattern that takes a
    whole normalised line, ``%n`` a number in any digits."""
    templates = sorted({normalise(t) for words in read_json("comment_ui.json")["counts"].values() for t in words})
    return compile_pattern("(?:" + "|".join(regex.escape(t).replace(regex.escape("%n"), r"\p{Nd}[\p{Nd}.,]*")
                                          for t in templates) + ")")


def count_template(text: str) -> bool:
    """Whether a normalised line is a platform's comment count ("5 comentários", "Komentáre (3)")."""
    return len(text) <= COMMENT_ZONE.count_max_chars and _DIGIT.search(text) is not None \
        and _counts().fullmatch(text) is not None


def ui_line(line: str) -> bool:
    """Whether ``line`` is a comment system's template line (``data/comment_ui.json``)."""
    if len(line) > COMMENT_ZONE.ui_line_max_chars:
        return False
    lines, leads, addresses = _vocabulary()
    bare = line.strip()
    if bare.startswith(("http://", "https://")) and " " not in bare:  # a comment system's embed address alone
        return any(address in bare for address in addresses)
    text = normalise(MARKDOWN.sub(lambda m: m.group(1) or " ", line))
    return bool(text) and (text in lines or text.startswith(leads.get(text[:_KEY], ())) or count_template(text))


def trailing_ui(text: str) -> int | None:
    """The offset of the first of a paragraph's last lines that are comment-UI lines (at most ``cut_max_lines``,
    each of ``cut_min_chars`` normalised characters or more), with text before them; else None."""
    end = len(text.rstrip())
    at = None
    for _ in range(COMMENT_ZONE.cut_max_lines):
        start = text.rfind("\n", 0, end) + 1
        if start <= 0:
            break
        line = text[start:end]
        if len(line) > COMMENT_ZONE.ui_line_max_chars or len(normalise(line)) < COMMENT_ZONE.cut_min_chars \
                or not ui_line(line):
            break
        at = start
        end = len(text[:start - 1].rstrip())
    return at if at is not None and text[:at].strip() else None
