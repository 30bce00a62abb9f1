"""The shape of a post's meta line, on its text alone: a date line or a counter (detectors/meta_lines.py says where
one is boilerplate). Below the segmenter and the detectors: it reads data/meta_lines.json and rules.META only, so a
lower layer may ask it too.

Tried and dropped (probe11): the segmenter splitting a paragraph of several lines around such a line ("…the
checklist.\nTop comments (0)"): it cut the rows of tables written as lines into pieces the detectors then took
(738 new removals on the 1,005 gold bodies of inject_quality.py --clean-gold, most of them standings and schedules).
"""

from __future__ import annotations

import math
from functools import lru_cache

import regex

from .confusables import fold_confusables
from .patterncache import compile_pattern
from .datafiles import read_json
from .rules import META
from .scripts import UNSPACED as _UNSPACED  # (one definition of the scripts without word spaces)
from .scripts import nfkc

#: A date by its digits: year-month-day in any order and separator (also "2025. 5. 2.", "2019年5月7日", "2019-01", and
#: postmeta38's Korean "2024년 10월 15일").
_NUMERIC_DATE = compile_pattern(
    r"(?<!\d)(?:\d{4}\s?[-./年년]\s?\d{1,2}(?:\s?[-./月월]\s?\d{1,2}\s?[.日일]?)?|\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{2,4}"
    r"|\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일])(?!\d)")
#: A time of day: 22:00, 14:28:05, 09h40, 9.30 pm is left to the words.
_TIME = compile_pattern(r"(?<!\d)\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<!\d)\d{1,2}h\d{2}(?!\d)")
_NUMBER = compile_pattern(r"^\d[\d.,]*[kKmM万千]?$")
_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’._-]*")
#: A sentence: a word of three letters or more and sentence punctuation, then the end or more words.
_SENTENCE = compile_pattern(r"\p{L}{3,}[.!?。！？](?:\s|$)")
#: A numbered heading or list marker at the start ("1. Introduction", "2) Setup"): a marker, not a count.
_MARKER = compile_pattern(r"^\s*\d{1,3}[.)](?:\s|$)")
_BRACKETED_NUMBER = compile_pattern(r"[(\[（【]\s*\d[\d.,]*\s*[)\]）】]")
#: A word of two letters or more closed by a dot ("janv.", "Oct.", "dez."): a month's abbreviation or a sentence's end.
_DOTTED_WORD = compile_pattern(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,})\.(?=\s|$)")


#: A quotation's signature: a dash, then a name and often a handle ("— Jane Doe (@jane) May 4, 2019").
_ATTRIBUTION = compile_pattern(r"^\s*[—–―-]\s*\S|.*@\w")
#: A price, a share, a currency: figures, not a post's record.
_MONEY = compile_pattern(r"[%$€£¥₩₹₽฿]|\p{Sc}")
#: Words of a time of day next to a number ("10 p.m."): a schedule's line, not a count.
_CLOCK = frozenset({"a.m", "p.m", "am", "pm", "uhr", "h"})


def _without_month_dots(plain: str, months: frozenset[str], meta: frozenset[str]) -> str:
    """``plain`` without the dot of each abbreviated month name next to a day or a year ("12 janv. 2021", "Oct. 3",
    "23 de fev. de 2022"), so that the dot does not read as a sentence's end; a month word in prose ("foi ao mar.
    Depois", "im Dez. nach Hause.") keeps its dot."""

    def undot(match: regex.Match) -> str:
        if fold(match.group(1)) not in months:
            return match.group(0)
        before, after = _words(plain[:match.start()])[-2:], _words(plain[match.end():])[:2]
        words = before + [fold(match.group(1))] + after
        return match.group(1) if _next_to_day_or_year(words, len(before), meta) else match.group(0)

    return _DOTTED_WORD.sub(undot, plain)


def _named_dates(words: list[str], months: frozenset[str], meta: frozenset[str]) -> list[str]:
    """The month names next to a day or a year ("October 3", "3 October", "8 décembre 2017", "28 de janeiro"): a
    month word alone, or next to a decimal or a count ("Score 4.5 out of 5"), is no date."""
    # (postmeta38) a word of a script without spaces comes as several copies of itself (``_words``): one date; a
    # Hebrew month takes its preposition glued to it ("באוקטובר": in October)
    return [word for k, word in enumerate(words)
            if (word.rstrip(".") in months or word[:1] == "ב" and word[1:] in months)
            and not (k and words[k - 1] == word) and _next_to_day_or_year(words, k, meta)]


def _next_to_day_or_year(words: list[str], k: int, meta: frozenset[str]) -> bool:
    """Whether ``words[k]`` has a day or a year beside it, or one meta word away ("28 de janeiro")."""
    near = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
    near += [words[j] for j, via in ((k - 2, k - 1), (k + 2, k + 1))
             if 0 <= j < len(words) and words[via] in meta]
    return any(_DAY_OR_YEAR.match(n if n.isascii() else n.translate(_DIGITS)) for n in near)


#: (postmeta38) The Arabic-Indic, Persian, Devanagari and Thai digits as ASCII ones, for a day or a year ("١٥ أكتوبر ٢٠٢٤",
#: "۱۵ مهر ۱۴۰۳": a Persian or Hijri year is in 1000-2999 too, a Thai Buddhist-era year in 2000-2999).
_DIGITS = {base + k: ord("0") + k for base in (0x0660, 0x06F0, 0x0966, 0x0E50) for k in range(10)}
#: A day of the month (1-31, "3rd", "22nd", "1er", "3.") or a year (1000-2999).
_DAY_OR_YEAR = compile_pattern(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|º|\.)?$|^[12]\d{3}$")


def fold(text: str) -> str:
    # (an ASCII word, most of them, without the call: this runs once a word of every line tested; speed37)
    return (text if text.isascii() else nfkc(text)).casefold()


def fold_label(text: str) -> str:
    """``fold``, and a word of mixed Latin and Cyrillic / Greek letters folded to its script (meta36: confusables.py,
    "Tекст" is "текст"): for a byline label's words, read against the data's labels."""
    folded = nfkc(text).casefold()
    return folded if folded.isascii() else fold_confusables(folded)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month names, weekday names, meta words) of every language, folded."""
    data = read_json("meta_lines.json")

    def merged(name: str) -> frozenset[str]:
        return frozenset(fold(term).rstrip(".") for terms in data[name].values() for term in terms)

    return merged("months"), merged("weekdays"), merged("meta")


@lru_cache(maxsize=1)
def relative_time_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the relative words, the time units) of a relative date ("3 hours ago", "il y a 2 heures", "vor 3 Stunden",
    "3小时前"), folded: ``relative_time_words`` (every language's) and ``relative_time_units`` of
    data/text_bylines.json (authors11f's). One reading for both tests of a relative date: line_shapes'
    ``relative_date`` (a line alone, a few words of its own) and linebylines' ``_is_relative_time`` (under a name,
    the record's words only)."""
    data = read_json("text_bylines.json")
    return (frozenset(fold(w) for terms in data["relative_time_words"].values() for w in terms),
            frozenset(fold(u) for u in data["relative_time_units"]))


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


#: An ASCII digit: the common case of ``has_digit``.
_ASCII_DIGIT = compile_pattern(r"[0-9]")


def has_digit(text: str) -> bool:
    """``any(char.isdigit() for char in text)``, the ASCII digits searched first (speed14b): an ASCII text without
    them holds no digit; another text is read character by character as before (superscripts, other scripts' digits)."""
    if _ASCII_DIGIT.search(text) is not None:
        return True
    return not text.isascii() and any(map(str.isdigit, text))  # (each character's isdigit, read in C)


def without_dates(plain: str) -> str:
    """``plain`` with its dates by digits and its times of day replaced by a space ("2024-10-30 10:00 · 921 阅读" ->
    "  · 921 阅读"): what is left of a line once its date is set aside (detectors/header_record.py counts in it)."""
    return _TIME.sub(" ", _NUMERIC_DATE.sub(" ", plain))


def meta_line_shape(plain: str) -> tuple[str, str, str] | None:
    """(rule, variant, cue) of a meta line ("dateline" or "counter", "" or "bare", the evidence), or None."""
    plain = plain.strip()
    if not plain or len(plain) > META.max_chars or "\n" in plain or not has_digit(plain):
        return None
    months, weekdays, meta = vocabulary()
    if _SENTENCE.search(plain) and _SENTENCE.search(_without_month_dots(plain, months, meta)):
        return None  # a sentence's end, not an abbreviated month's dot ("12 janv. 2021", "Oct. 3, 2025")
    if plain.endswith(("?", "!", "？", "！")) or _ATTRIBUTION.match(plain) or _MONEY.search(plain):
        return None  # a question, a quotation's signature ("— Name (@handle) May 4, 2019"), a price or a share
    numeric = _NUMERIC_DATE.findall(plain)
    dates = numeric + _TIME.findall(plain)
    rest = _TIME.sub(" ", _NUMERIC_DATE.sub(" ", plain))
    words = _words(rest)
    named = _named_dates(words, months, meta)
    if len(numeric) + len(named) >= 2 and not any(w in meta for w in words):
        return None  # two dates and no meta word: a date range, an event's days ("29 November 2018 | 20 January 2019")
    if numeric or named:
        own = [w for w in words if not _NUMBER.match(w) and w.rstrip(".") not in months
               and w.rstrip(".") not in weekdays and w not in meta and not any(c.isdigit() for c in w)]
        # without a meta word ("posted", "by", "le", "am") a date line says less: fewer words of its own
        limit = META.dateline_max_words if any(w in meta for w in words) else META.dateline_bare_max_words
        if own and plain.rstrip().endswith((".", "。")) and len(own) >= 2:
            return None  # "Schiff replied on May 27, 2005.": a sentence about a date
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
    if len(counts) != 1 or not others or len(others) > META.counter_max_words or _TIME.search(plain) \
            or any(o.rstrip(".") in _CLOCK for o in others):
        return None  # one count and a word or two: numbers only, a row of figures, a time of day are not
    first = _NUMBER.match(tokens[0]) is not None
    # "921 阅读", "Commenti (3)", or a meta word and its count ("조회 1234", "Views: 532")
    if first or _BRACKETED_NUMBER.search(plain) or all(other in meta for other in others):
        return "counter", "", f"a count and {len(others)} word(s): {plain[:40]}"
    return None


def has_date(plain: str) -> bool:
    """``plain`` holds a date: it is a date line (``meta_line_shape``), or holds a date by its digits or a month's name
    next to a day or a year (the text metadata's bylines: "Jane Doe, 12 March 2024 - Business")."""
    shape = meta_line_shape(plain)
    if shape is not None and shape[0] == "dateline":
        return True
    months, _weekdays, meta = vocabulary()
    return bool(_NUMERIC_DATE.search(plain)) or bool(_named_dates(_words(plain), months, meta))
