"""A picture's credit glued to its caption in one line: cut off, so the credit goes and the caption stays (caption32).

A page's text prints a figure as a group of lines: often a line repeating the picture's (or the page's) title, then
the caption, with the photographer's credit glued to its front ("Foto: Jan Nowak Uczestnicy warsztatów przy
stole", "Autor: Jan Nowak Jan Kowalski, konsultant, …") or to its end ("… dans le monde. (© AFP / Jean Dupont)").
Judged whole, such a line is either kept with its credit or removed with its caption (a byline label's lead cue took
the whole caption: the article's own text lost, and "photographer + the person in the picture" returned as the
author). The segmenter (blocks.py) cuts such a piece in two here:

- **at its front**: a photo label of ``data/captions.json`` ("Foto:", "Fot.", "Photo by"…), then a credit of one or
  two name tokens (capitalised; an agency in capitals or with a slash: "PAP", "Kowalski/PAP"; "/ AGENCY" after
  them), then a caption: at least ``CAPTION_CREDITS.min_words`` words opening with a capital or a quote, a
  lower-case word among them (a caption's sentence, not a list of names), not a byline's continuation (a comma, a
  date, "staff writer"…: ``byline_words``). A byline label ("Autor:", "Author:"), which opens real bylines too,
  cuts only inside a *figure group*: the line above it in the paragraph is short, title-like (no sentence end) and
  is not the document's first line (a byline right under the headline stays the byline it is);
- **at its end**: after at least ``CAPTION_CREDITS.tail_before_words`` words, a credit that opens with "©" (never "(c)": a list's third item) or with
  a bracket and a photo word ("(Photo: X)", "(Foto X/Agency)"): at most ``CAPTION_CREDITS.tail_max_words`` words,
  no sentence inside, no year (a rights notice "© 2024 Example Inc" is not a picture's credit), after a sentence's
  end or in brackets.

The credit piece is marked ``Block.picture_credit`` (detectors/captions.py removes it as a picture's credit; the
author steps never read a name from it), the rest ``Block.caption`` (the decision's body protection: a caption is
body even when it says "Source:"). A piece longer than ``CAPTION_CREDITS.max_chars`` is no caption. Cost: an
anchored match at each piece's start, a character test at its end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import read_json
from .rules import CAPTION_CREDITS

#: The name particles between a credit's first and last names ("Jean de La Tour")
_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "del", "van", "von", "der", "den", "la", "le", "bin", "al"})
_OPENERS = "\"'„“«‚‘»("
_SENTENCE_IN = re.compile(r"(?<![\s.][^\W\d_])[.!?]\s+\S")  # a sentence's end inside (an initial's dot is none)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_WORD_CHARS = frozenset("'’.-/&")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_json("captions.json")


def _label_pattern(labels: list[str]) -> str:
    parts = []
    for label in sorted(set(labels), key=lambda s: (-len(s), s)):
        stripped = label.rstrip(":： ")
        if label.endswith((":", "：")):
            parts.append(re.escape(stripped) + r"\s*[:：]")
        elif label.endswith((" —", " -")):
            parts.append(re.escape(label[:-2]) + r"\s+[—-]")
        elif label.endswith("."):
            parts.append(re.escape(label))
        else:  # a phrase ("photo by"): a blank after it
            parts.append(re.escape(label) + r"(?=\s)")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _front() -> "re.Pattern[str]":
    """The labels a credit at a caption's front opens with: group ``photo`` or group ``byline``."""
    data = _data()
    photo = [label for labels in data["photo_labels"].values() for label in labels]
    byline = [label for labels in data["byline_labels"].values() for label in labels]
    return re.compile(rf"[\s(\[*_]*(?:(?P<photo>{_label_pattern(photo)})|(?P<byline>{_label_pattern(byline)}))\s*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _tail() -> "re.Pattern[str]":
    """A credit at a caption's end: "©", or a bracket and a photo word ("(c)" is an enumeration's third item)."""
    words = "|".join(re.escape(w) for w in sorted(_data()["tail_labels"], key=lambda s: (-len(s), s)))
    return re.compile(rf"(?:\(\s*)?(?:©|ⓒ)|\(\s*(?:{words})(?=[\s:/])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byline_words() -> frozenset[str]:
    return frozenset(_data()["byline_words"])


def _name_like(token: str) -> bool:
    core = token.strip("()[],;")
    return len(core) >= 2 and core[0].isupper() and all(c.isalpha() or c in _WORD_CHARS for c in core)


def _agency(token: str) -> bool:
    core = token.strip("()[],;")
    return _name_like(core) and ("/" in core or (core.isupper() and sum(c.isalpha() for c in core) >= 2))


def _credit_length(rest: str) -> int:
    """The characters of ``rest`` (the text after a label) that are the credit's names; 0 when it opens with none."""
    tokens = list(re.finditer(r"\S+", rest[:200]))
    if not tokens or not _name_like(tokens[0].group()):
        return 0
    taken = 1
    if len(tokens) > 2 and tokens[1].group().casefold() in _PARTICLES and _name_like(tokens[2].group()):
        taken = 3
    elif len(tokens) > 1 and _name_like(tokens[1].group()) and not tokens[0].group().endswith((",", ";")):
        taken = 2
    elif not _agency(tokens[0].group()):
        return 0
    # "/ AGENCY" or "/AGENCY" after the names
    if len(tokens) > taken + 1 and tokens[taken].group() == "/" and _name_like(tokens[taken + 1].group()):
        taken += 2
    elif len(tokens) > taken and tokens[taken].group().startswith("/") and _name_like(tokens[taken].group()[1:]):
        taken += 1
    return tokens[taken - 1].end()


def _is_caption(rest: str) -> bool:
    """The text after a credit is a caption: it opens with a capital or a quote, says enough, holds a lower-case
    word, and is no byline's continuation."""
    words = rest.split()
    if len(words) < CAPTION_CREDITS.min_words or not (rest[0].isupper() or rest[0] in _OPENERS):
        return False
    folded = [w.strip(",.:;()").casefold() for w in words[:3]]
    if any(w in _byline_words() for w in folded):
        return False
    return any(w[0].islower() for w in words[1:])


def _figure_group(text: str, start: int, first_line: str) -> bool:
    """The line above ``start`` (in the unit's text) is short and title-like, and not the document's first line."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    if not above or "\n" not in text[:start]:
        return False
    if len(above.split()) > CAPTION_CREDITS.title_max_words or above[-1] in ".!?:;,":
        return False
    return " ".join(above.split()).casefold() != " ".join(first_line.split()).casefold()


def _front_cut(text: str, start: int, end: int, first_line: str) -> list[tuple[int, int, str]] | None:
    found = _front().match(text, start, end)
    if found is None:
        return None
    label_end = found.end()
    credit = _credit_length(text[label_end:end])
    if not credit:
        return None
    at = label_end + credit
    rest = text[at:end].strip()
    if not rest or not _is_caption(rest):
        return None
    if found.group("byline") is not None and not _figure_group(text, start, first_line):
        return None  # a byline label outside a figure: a byline (its lead cue judges the line whole, as before)
    caption = end - len(text[at:end].lstrip())
    return [(start, at, "credit"), (caption, end, "caption")]


@lru_cache(maxsize=1)
def _bare_tail() -> "re.Pattern[str]":
    """A photo word and its colon after a blank, no bracket ("… de água Foto: Lay Amorim/Achei Sudoeste"; meta36)."""
    words = "|".join(re.escape(w) for w in sorted(_data()["tail_labels"], key=lambda s: (-len(s), s)))
    return re.compile(rf"(?<=\s)(?:{words})\s*:\s*(?=\S)", re.IGNORECASE)


def _bare_tail_cut(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """A credit closing a title's or a caption's line without brackets and without a sentence's end before it (meta36,
    J1-F3): a photo word and its colon, then only capitalised names with an agency joined by a slash ("Foto: Lay
    Amorim/Achei Sudoeste"): the slash-joined names are a credit's, never a sentence's."""
    window = max(start, end - CAPTION_CREDITS.tail_max_chars)
    if "/" not in text[window:end] or ":" not in text[window:end]:
        return None
    for found in _bare_tail().finditer(text, window, end):
        at = found.start()
        before = text[start:at].rstrip()
        names = text[found.end():end].split()
        if len(before.split()) < CAPTION_CREDITS.tail_before_words or not names \
                or len(names) > CAPTION_CREDITS.tail_max_words or "\n" in text[at:end]:
            continue
        if all(_name_like(name) or name == "/" for name in names) and any("/" in name for name in names):
            return [(start, start + len(before), "caption"), (at, end, "credit")]
    return None


def _tail_cut(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    window = max(start, end - CAPTION_CREDITS.tail_max_chars)
    piece = text[window:end]
    if "©" not in piece and "ⓒ" not in piece and "(" not in piece:
        return _bare_tail_cut(text, start, end)  # (most pieces: None)
    for found in _tail().finditer(text, window, end):
        at = found.start()
        tail = text[at:end]
        before = text[start:at].rstrip()
        words = before.split()
        if len(words) < CAPTION_CREDITS.tail_before_words or len(tail.split()) > CAPTION_CREDITS.tail_max_words:
            continue
        if _SENTENCE_IN.search(tail) or _YEAR.search(tail) or words[-1].casefold().strip(":") == "copyright":
            continue
        if not (tail.startswith("(") or before[-1] in ".!?…\"'”»)"):
            continue
        return [(start, start + len(before), "caption"), (at, end, "credit")]
    return _bare_tail_cut(text, start, end)


def caption_cuts(text: str, start: int, end: int, first_line: str = "") -> list[tuple[int, int, str]] | None:
    """The piece ``text[start:end]`` (of a unit's text) cut into a picture's credit and its caption: (start, end,
    "credit" | "caption") in order; None when it holds no such pair. ``first_line``: the document's first line."""
    if end - start > CAPTION_CREDITS.max_chars:
        return None
    return _front_cut(text, start, end, first_line) or _tail_cut(text, start, end)
