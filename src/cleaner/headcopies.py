"""Plain text's head lines that are chrome by repetition or by a copy of the title (head36, issue 11).

A page's text prints its masthead and its breadcrumb above the article, and some of those lines say what they are
only by what they repeat, in any language and with no vocabulary:

- a site's name printed twice on one line ("Dainik Bhaskar Dainik Bhaskar": a logo's text and its alt text);
- a breadcrumb whose last part is the title, with or without separators ("Home News <the title>");
- a run of lines printed twice in a row (a masthead's "supervision / <name> / editor-in-chief / <name>" twice);
- a site's name printed twice with its tagline between (the header's logo, the tagline, the logo's alt text).

This module holds the line tests (pure functions on strings); ``decision._head_copies`` applies them to the head of
a plain text (before its first paragraph of prose). Numbers: ``rules.HEAD_COPIES``.
"""

from __future__ import annotations

from functools import lru_cache

from .datafiles import read_json
from .detectors.families import fold
from .patterncache import compile_pattern
from .rules import HEAD_COPIES

_SPACES = compile_pattern(r"\s+")
#: A sentence's end inside a breadcrumb's label words ("It rained. <title>" is no breadcrumb).
_STOP = compile_pattern(r"[.!?。！？।؟]")
#: A breadcrumb's separators and list marks, passed over in front of its label words.
_CRUMB_MARKS = compile_pattern(r"[|»›>/·•\-–—]+")


def norm(line: str) -> str:
    """``line`` folded, its runs of spaces one space."""
    return _SPACES.sub(" ", fold(line)).strip()


def doubled(line: str) -> str | None:
    """The half ``X`` when ``line`` is ``X X``: the same run of at least ``doubled_min_words`` words printed twice
    ("Dainik Bhaskar Dainik Bhaskar"); else None. "Bye Bye", "New York, New York" (a comma) are no such line."""
    words = norm(line).split(" ")
    half = len(words) // 2
    if len(words) % 2 or half < HEAD_COPIES.doubled_min_words or words[:half] != words[half:]:
        return None
    return " ".join(words[:half])


def crumb_to(line: str, title: str) -> bool:
    """Whether ``line`` is a breadcrumb that ends with ``title`` (both ``norm``-ed): one to ``crumb_max_words``
    label words (separators passed over) before the title's copy, no sentence end among them ("Home Aktuelles
    <title>", "Home › News › <title>")."""
    if len(title) < HEAD_COPIES.title_min_chars or not line.endswith(title) or len(line) == len(title):
        return False
    before = line[: len(line) - len(title)]
    if before and not before.endswith(" ") and not _CRUMB_MARKS.search(before[-1]):
        return False  # ("Subhome <title>" with the title glued to a word: no boundary)
    if before.rstrip().endswith((":", "：")):
        return False  # ("Chapter I: <title>", "Exclusive: <title>": a heading's own label, not a breadcrumb)
    label = _CRUMB_MARKS.sub(" ", before).strip()
    if not label or len(label) > HEAD_COPIES.crumb_max_chars or _STOP.search(label):
        return False
    return len(label.split()) <= HEAD_COPIES.crumb_max_words


def repeated_run(lines: list[str]) -> set[int]:
    """The indexes of the lines that form runs printed twice in a row (``L1 … Lk L1 … Lk``, k at least
    ``run_min_lines``; ``lines`` ``norm``-ed, empty ones never match)."""
    found: set[int] = set()
    n = len(lines)
    k_min = HEAD_COPIES.run_min_lines
    for start in range(n):
        for k in range((n - start) // 2, k_min - 1, -1):
            first, second = lines[start:start + k], lines[start + k:start + 2 * k]
            if all(first) and first == second:
                found.update(range(start, start + 2 * k))
                break
    return found


def labelled_title(line: str, title: str) -> bool:
    """Whether ``line`` is ``title`` with one to ``suffix_max_words`` label words after it (both ``norm``-ed), no
    sentence end among them: a page's title with a label of its platform ("<title> 본문", "<title> - Blog")."""
    if len(title) < HEAD_COPIES.title_min_chars or not line.startswith(title + " "):
        return False
    label = _CRUMB_MARKS.sub(" ", line[len(title):]).strip()
    if not label or len(label) > HEAD_COPIES.crumb_max_chars or _STOP.search(label):
        return False
    return len(label.split()) <= HEAD_COPIES.suffix_max_words


#: A table of contents' placeholder that a Markdown editor expands ("[toc]", "[[toc]]", "{:toc}", "<!-- toc -->").
def toc_marker(line: str) -> bool:
    return norm(line) in _toc_markers()


@lru_cache(maxsize=1)
def _toc_markers() -> frozenset[str]:
    return frozenset(norm(m) for m in read_json("head_lines.json")["toc_markers"])
