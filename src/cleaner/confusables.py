"""Look-alike letters folded (meta36, issue 11): a Latin letter inside a Cyrillic or Greek word ("Tекст" typed with a
Latin T) hides the word from every cue; a word of mixed script is folded to its majority script before the cues
match (cues.normalize), so "Tекст:" is the byline label "Текст:" again. Only a word holding letters of two of these
scripts changes; the test is one regex search on a non-ASCII text (a mixed pair of letters side by side).

Vocabulary in ``data/confusables.json`` (lowercase pairs: the text is case-folded before). Below the cues: it reads
the data only."""

from __future__ import annotations

import re
from functools import lru_cache

from .datafiles import read_json


@lru_cache(maxsize=1)
def _patterns() -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """(a Latin letter next to a Greek or Cyrillic one inside a word, either order: a word of mixed script; a word
    holding such a pair: only those words are rebuilt). The standard engine: character classes, searched in C;
    compiled the first time a text holds a Greek or Cyrillic letter (speed37: a process's warm-up)."""
    return (re.compile("[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z]"),
            re.compile("[^\\W\\d_]*(?:[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z])[^\\W\\d_]*"))


@lru_cache(maxsize=1)
def _maps() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(Latin -> Cyrillic, Cyrillic -> Latin, Latin -> Greek)."""
    data = read_json("confusables.json")
    to_cyrillic = dict(data["latin_to_cyrillic"])
    return to_cyrillic, {v: k for k, v in to_cyrillic.items()}, dict(data["latin_to_greek"])


def _fold_word(match: re.Match) -> str:
    word = match.group(0)
    latin = sum("a" <= c <= "z" for c in word)
    if not latin or latin == len(word):
        return word
    to_cyrillic, to_latin, to_greek = _maps()
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in word)
    greek = sum("\u0370" <= c <= "\u03ff" for c in word)
    if cyrillic >= latin and cyrillic >= greek:
        folded, left = "".join(to_cyrillic.get(c, c) for c in word), "latin"
    elif greek >= latin:
        folded, left = "".join(to_greek.get(c, c) for c in word), "latin"
    elif cyrillic and not greek:
        folded, left = "".join(to_latin.get(c, c) for c in word), "cyrillic"
    else:
        return word
    # only when every stray letter has its look-alike in the word's script (else the word is left as it is)
    if left == "latin":
        return word if any("a" <= c <= "z" for c in folded) else folded
    return word if any("\u0400" <= c <= "\u04ff" for c in folded) else folded


#: A Greek or Cyrillic letter (the standard engine: one character class, searched in C: the cheap test first).
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def fold_confusables(text: str) -> str:
    """``text`` (case-folded) with its words of mixed Latin and Cyrillic / Greek letters folded to their majority
    script ("tекст" -> "текст"); ``text`` itself when it holds none (most texts: no Greek or Cyrillic letter)."""
    if _OTHER_SCRIPT.search(text) is None:
        return text
    mixed, mixed_word = _patterns()
    if mixed.search(text) is None:
        return text
    return mixed_word.sub(_fold_word, text)
