"""A post's record by its make-up (meta36, issue 11): the second piece of evidence that turns a date line
(``metashape.meta_line_shape``) into the post's record, and the empty value of a label.

A date line alone is weak (decision 3: a post's date over or under its title stays; the gold bodies keep such lines:
"Tuesday, December 26, 2006"). Next to its date, a post's record carries a second kind of evidence that an event's
date or a timeline's row does not, in any language:

- ``label``: a label of one to three words and a colon, the date right after it ("Dia: 8/01/2026", "Posted: May 29");
- ``stamps``: two stamps on one line ("Posted: … 10:40 AMUpdated: … 2:49 PM": a second label glued, or two dates
  with a meta word);
- ``clock``: a date and a time of day ("2021. 11. 25. 15:23", "15 января 2026, 16:24");
- ``rubric``: a section's name after a bullet or a bar closing the line ("… 16:24 • Новости дня");
- ``byname``: a by-word and a capitalised name closing the line ("… 19:12:27 di Maurizio Barra");
- ``issue``: a label and a number opening the line, the date after them ("Issue 58 Dec 03, 2023");
- ``comment``: a comment noun in the line ("Posted on December 10, 2009 Leave a Comment");
- (postmeta38) ``stamp_word``: a label without its colon, a stamp word of the data opening the line, the date right
  after it ("Diterbitkan 22 Nov 2024, 03:02 WIB", "Date 2017/11/04 05:13:54", "更新日 2022年8月15日"); unlike the
  ``label`` it is not one of the kinds decision.py takes over the title ("Posted on June 3, 2020" stays there);
- ``handle``: one token glued to the date's year or joined to the date by "·", "•", "|" or "/" ("xiaoxiao2022-07-07",
  "koomin·2024년 10월 15일"; who the handle is, is read by textbylines.py's record line, ``glued_handle`` here);
  ``section``: two or three words joined so ("Spor - 05-12-2025 15:34");
- ``byname`` also opening the line: a by-word and one to three tokens, then the date ("by dududlink 2022. 1. 23.",
  "oleh Liputan6 diperbarui 22 Nov 2024");
- ``count``: a view or reply count, a number next to a count word of ``meta_lines.json`` ("921 阅读") or a bare count
  closing the line apart from the date ("xiaoxiao2022-07-07  161", "… ( 07:26 )  21.5K").

The vocabulary (by-words, comment nouns) is in ``data/post_meta.json``; the sizes in ``rules.POST_META``. Below the
detectors: it reads metashape and the data only.
"""

from __future__ import annotations

from functools import lru_cache

from .datafiles import read_json
from .metashape import (_NUMERIC_DATE, _TIME, _named_dates, _words, fold, has_digit, meta_line_shape, vocabulary,
                        without_dates)
from .patterncache import compile_pattern
from .rules import POST_META

#: A label and its colon at the line's start ("Dia:", "Posted:", "Last update:"), the rest after it.
_LABEL = compile_pattern(r"^\s*(?P<label>\p{L}[\p{L}\p{M}'’.\- ]{0,30}?)\s*[:：]\s*(?P<rest>\S.*)$")
#: A second label glued to the stamp before it ("… 10:40 AMUpdated:", "… 2021Updated:").
_GLUED_LABEL = compile_pattern(r"[\p{Ll}\p{Lu}\d]\p{Lu}\p{Ll}+\s*[:：]")
#: A rubric closing the line after a bullet or a bar: one to a few words without a digit.
_RUBRIC = compile_pattern(r"[•|·]\s*(?P<rubric>[^\d•|·:]+?)\s*$")
#: An issue's or a number's label opening the line ("Issue 58", "No. 12", "#113", "Vol. 3").
_ISSUE = compile_pattern(r"^\s*(?:\p{L}{2,}\.?\s*)?[#№]?\d{1,4}\b")
#: (postmeta38) A game's score outside the dates: two numbers joined by a dash or a colon ("102 - 99", "2:1").
_SCORE = compile_pattern(r"(?<![\d.:])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.:])")
#: A capitalised word of a name (any script with cases: Latin, Cyrillic, Greek).
_NAME_WORD = compile_pattern(r"^\p{Lu}[\p{L}\p{M}'’.\-]*$")


#: (postmeta38) One token glued to the year of a date by its digits ("xiaoxiao2022-07-07", "name2024년 …").
_GLUED_HANDLE = compile_pattern(r"^\s*(?P<lead>\p{L}[\p{L}\p{M}\p{N}_.\-]{1,29}?)(?=\d{4}\s?[-./年년]\s?\d{1,2})")
#: (postmeta38) A lead of one to a few words without a digit joined to the rest by a bullet, a bar, a slash, a dash
#: between blanks or a wide gap of blanks ("koomin·2024년 10월 15일", "Spor - 05-12-2025 15:34", "符法    道教网    2022-10-21").
_JOINED_LEAD = compile_pattern(
    r"^\s*(?P<lead>[^\d\s·•|/:：][^\d·•|/:：]{0,40}?)(?P<sep>\s*(?:[·•|/]|\s[-–—]\s)\s*|\s{3,})(?P<rest>\S.*)$")
#: (postmeta38) A bare count closing the line: a number (and its "K", "万", "천" ...) apart from what is before it
#: (two blanks or a separator), or with its multiplier after one blank.
_CLOSING_COUNT = compile_pattern(
    r"(?:(?:\s{2,}|\s*[·•|/]\s*)(?P<bare>\d[\d.,]*)|\s(?P<scaled>\d[\d.,]*\s?[kKmM万千천]))\s*$")
_COUNT_NUMBER = compile_pattern(r"\d[\d.,]*")


def _word_tuples(key: str) -> tuple[tuple[str, ...], ...]:
    """The terms of every language under ``key`` in ``data/post_meta.json``, folded, as word tuples, longest first."""
    data = read_json("post_meta.json")[key]
    return tuple(sorted({tuple(fold(w).split()) for terms in data.values() for w in terms}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _stamp_words() -> tuple[tuple[str, ...], ...]:
    """(postmeta38) The stamp words of every language (``data/post_meta.json``), folded, word tuples, longest first."""
    return _word_tuples("stamp_words")


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """(postmeta38) The count nouns of ``meta_lines.json`` ("views", "阅读", "조회") of one word, folded."""
    data = read_json("meta_lines.json")["counts"]
    return frozenset(fold(w) for terms in data.values() for w in terms if len(w.split()) == 1)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(the by-words as word tuples, longest first; the comment nouns), folded."""
    data = read_json("post_meta.json")
    tails = read_json("text_bylines.json")["record_tail_words"]["comment_words"]
    by = sorted({tuple(fold(w).split()) for w in data["by_words"]}, key=len, reverse=True)
    comments = {fold(w) for w in data["comment_words"]} | {fold(w) for terms in tails.values() for w in terms}
    return tuple(by), frozenset(comments)


def by_words() -> tuple[tuple[str, ...], ...]:
    """The by-words of every language (``data/post_meta.json``), folded, as word tuples, longest first."""
    return _vocabulary()[0]


def _has_date(text: str) -> bool:
    months, _weekdays, meta = vocabulary()
    return bool(_NUMERIC_DATE.search(text)) or bool(_named_dates(_words(text), months, meta))


def _dates(text: str) -> int:
    months, _weekdays, meta = vocabulary()
    return len(_NUMERIC_DATE.findall(text)) + len(_named_dates(_words(text), months, meta))


def _byname(plain: str) -> bool:
    """A by-word and one to ``POST_META.name_max_words`` capitalised words closing the line."""
    by, _comments = _vocabulary()
    raw = plain.split()
    for size in range(1, POST_META.name_max_words + 1):
        if len(raw) < size + 1:
            break
        name = raw[-size:]
        if not all(_NAME_WORD.match(w.strip(",.")) and not any(c.isdigit() for c in w) for w in name):
            break
        before = [fold(w) for w in raw[:-size]]
        if any(tuple(before[-len(words):]) == words for words in by if len(before) > len(words)):
            return True
    return False


@lru_cache(maxsize=4096)
def record_evidence(plain: str) -> tuple[str, ...]:
    """The kinds of evidence besides its date that make ``plain``, a date line, a post's record ("label", "stamps",
    "clock", "rubric", "byname", "issue", "comment"); () when ``plain`` is no date line or has none."""
    plain = plain.strip()
    shape = meta_line_shape(plain)
    if shape is None or shape[0] != "dateline" or len(plain) > POST_META.max_chars:
        return ()
    kinds = []
    label = _LABEL.match(plain)
    if label is not None and len(label.group("label").split()) <= POST_META.label_max_words \
            and not any(c.isdigit() for c in label.group("label")) and _has_date(label.group("rest")[:40]):
        kinds.append("label")
    months, _weekdays, meta = vocabulary()
    words = _words(plain)
    if _GLUED_LABEL.search(plain) or (_dates(plain) >= 2 and any(w in meta for w in words)):
        kinds.append("stamps")
    if _TIME.search(plain) and _has_date(_TIME.sub(" ", plain)):
        kinds.append("clock")
    rubric = _RUBRIC.search(plain)
    if rubric is not None and 0 < len(rubric.group("rubric").split()) <= POST_META.rubric_max_words \
            and _has_date(plain[:rubric.start()]):
        kinds.append("rubric")
    if _byname(plain):
        kinds.append("byname")
    issue = _ISSUE.match(plain)
    if issue is not None and _has_date(plain[issue.end():]) and not _SCORE.search(without_dates(plain)):
        # (postmeta38: not a result's score, "Lakers 102 - 99 Celtics | 12.05.2024 21:30")
        # a number no day can be (over 31) or marked as one ("#113", "№ 8"), after a label that is no date's word
        number = "".join(c for c in issue.group(0) if c.isdigit())
        label = _words(issue.group(0))[0] if not issue.group(0).lstrip()[:1].isdigit() else ""
        if (int(number) > 31 or "#" in issue.group(0) or "№" in issue.group(0)) and int(number) < 1000 \
                and label.rstrip(".") not in months and label.rstrip(".") not in _weekdays and label not in meta:
            kinds.append("issue")
    _by, comments = _vocabulary()
    if any(w in comments for w in words):
        kinds.append("comment")
    if "label" not in kinds and _stamp_lead(plain):
        kinds.append("stamp_word")
    lead = _joined_lead(plain)
    if lead:
        kinds.append(lead)
    if "byname" not in kinds and _byname_lead(plain):
        kinds.append("byname")
    if _count(plain, words):
        kinds.append("count")
    return tuple(kinds)


def _opens_with_date(text: str) -> bool:
    """(postmeta38) ``text`` opens with its date: a digit, or a month's or a weekday's name, first or after one word
    (a meta word: "on", "le", "am")."""
    text = text.lstrip("([ ")
    if text[:1].isdigit():
        return True
    months, weekdays, meta = vocabulary()
    words = _words(text)[:2]
    if not words:
        return False
    first = words[0].rstrip(".")
    if first in months or first in weekdays:
        return True
    return first in meta and len(words) > 1 and (words[1][:1].isdigit() or words[1].rstrip(".") in months
                                                 or words[1].rstrip(".") in weekdays)


def _lead_word(token: str) -> bool:
    """A token that may be a handle or a section's word: a letter in it, no month, weekday, meta or stamp word."""
    months, weekdays, meta = vocabulary()
    folded = fold(token).strip(",.")
    return any(c.isalpha() for c in folded) and folded not in months and folded not in weekdays \
        and folded not in meta and (folded,) not in _stamp_words()


def _stamp_lead(plain: str) -> bool:
    """(postmeta38) A stamp word of the data opening the line without a colon, the date right after it."""
    raw = plain.split()
    folded = [fold(w).rstrip(":：") for w in raw[:4]]
    for words in _stamp_words():
        if len(raw) > len(words) and tuple(folded[:len(words)]) == words:
            return _opens_with_date(" ".join(raw[len(words):])) and _has_date(" ".join(raw[len(words):])[:40])
    return False


def glued_handle(plain: str) -> str | None:
    """(postmeta38) The token glued to the year of the date that follows it, opening the line ("xiaoxiao" in
    "xiaoxiao2022-07-07  161"), when it may be a handle (a letter in it, no month, weekday, meta or stamp word); the
    record's ``handle`` kind here, the writer's name for textbylines.py's record line (tidy39: one reading of it)."""
    glued = _GLUED_HANDLE.match(plain)
    return glued.group("lead") if glued is not None and _lead_word(glued.group("lead")) else None


def _joined_lead(plain: str) -> str | None:
    """(postmeta38) "handle" for one token glued to the date's year (``glued_handle``) or joined to the date by a
    bullet, a bar or a slash; "section" for one to three words joined by a dash or a wide gap, or two or three by a
    bullet; None else."""
    if glued_handle(plain) is not None:
        return "handle"
    joined = _JOINED_LEAD.match(plain)
    if joined is None or not _opens_with_date(joined.group("rest")):
        return None
    tokens = joined.group("lead").split()
    if not tokens or len(tokens) > POST_META.lead_max_words or not all(_lead_word(t) for t in tokens):
        return None
    # (a dash or a wide gap puts a section before the date, "Spor - …"; a bullet or a bar a handle, "koomin·…")
    return "handle" if len(tokens) == 1 and any(c in joined.group("sep") for c in "·•|/") else "section"


def _byname_lead(plain: str) -> bool:
    """(postmeta38) A by-word opening the line, one to ``POST_META.name_max_words`` tokens without a digit, then the
    date (a meta or stamp word may stand before it: "oleh Liputan6 diperbarui 22 Nov 2024")."""
    by, _comments = _vocabulary()
    raw = plain.split()
    folded = [fold(w) for w in raw[:POST_META.name_max_words + 5]]
    for words in by:
        if len(raw) <= len(words) + 1 or tuple(folded[:len(words)]) != words:
            continue
        for size in range(1, POST_META.name_max_words + 1):
            name = raw[len(words):len(words) + size]
            if len(name) < size or not _lead_word(name[-1]):
                break
            rest = raw[len(words) + size:]
            if rest and _opens_with_date(" ".join(rest)):
                return True
            if len(rest) > 1 and (fold(rest[0]),) in _stamp_words() and _opens_with_date(" ".join(rest[1:])):
                return True
        return False
    return False


def _count(plain: str, words: list[str]) -> bool:
    """(postmeta38) A view or reply count on the date line: a count word of the data next to a number outside the
    date ("921 阅读", "조회 1234"), or a bare count closing the line apart from the date, at least
    ``POST_META.count_min`` and no year ("… 2022-07-07  161", "… ( 07:26 )  21.5K")."""
    rest = without_dates(plain)
    if not any(c.isdigit() for c in rest):
        return False
    counts = _count_words()
    tokens = _words(rest)
    for k, token in enumerate(tokens):
        if token in counts and any(_COUNT_NUMBER.fullmatch(t) for t in tokens[max(0, k - 1):k + 2]):
            return True
    closing = _CLOSING_COUNT.search(rest)
    if closing is None:
        return False
    number = closing.group("bare") or closing.group("scaled")
    digits = "".join(c for c in _COUNT_NUMBER.match(number).group(0) if c.isdigit())  # type: ignore[union-attr]
    if closing.group("bare") and (len(digits) == 4 and digits[:2] in ("19", "20") or int(digits) < POST_META.count_min):
        return False  # a year, a day: part of a date in words
    months, _weekdays, _meta = vocabulary()
    before = _words(rest[:closing.start()])[-1:]
    return not (before and before[0].rstrip(".") in months)


def record_cuts(text: str) -> list[int]:
    """(postmeta38) Where a plain-text paragraph of several lines is cut around each line of its first
    ``POST_META.cut_max_lines`` that is a post's record with a date by its digits or a clock (``record_evidence``: at
    least ``POST_META.record_min_kinds`` kinds besides its date; "정일관 승인 2022.04.07 11:25 |
    최종 수정 … 의견 0" over a picture's caption, "Date 2017/11/04 05:13:54" among a forum post's header lines): the
    record becomes a block of its own, which meta_lines.py judges at the head only."""
    if "\n" not in text:
        return []
    cuts: list[int] = []
    start, size = 0, len(text)
    for _ in range(POST_META.cut_max_lines):  # (a record sits in a paragraph's first lines: a WET page's block is long)
        if start >= size:
            break
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        # (the cheap test first: a date by its digits or a clock, which the records cut so far all hold)
        if 0 < len(line) <= POST_META.max_chars and has_digit(line) \
                and (_NUMERIC_DATE.search(line) is not None or _TIME.search(line) is not None) \
                and len(record_evidence(line)) >= POST_META.record_min_kinds:
            cuts.extend((start, end + 1))
        start = end + 1
    return sorted({c for c in cuts if 0 < c < size and text[c:].strip() and text[:c].strip()})


#: A label and a colon followed only by separators: an empty value ("Tagged with: , , , ,").
_EMPTY_VALUE = compile_pattern(r"^\s*(?P<label>\p{L}[\p{L}\p{M}'’\- ]{0,40}?)\s*[:：]\s*(?P<slots>(?:[,;|/·•、，]\s*)+)$")


def empty_value_label(plain: str) -> str | None:
    """The label of ``plain`` when it is a label whose value is empty: a colon followed only by separators, at least
    ``POST_META.empty_value_min_separators`` of them, the label of at most ``POST_META.label_max_words`` + 1 words
    ("Tagged with: , , ,"); None else."""
    if len(plain) > POST_META.max_chars or ":" not in plain and "：" not in plain:
        return None
    match = _EMPTY_VALUE.match(plain)
    if match is None or len(match.group("label").split()) > POST_META.label_max_words + 1:
        return None
    slots = sum(not c.isspace() for c in match.group("slots"))
    return match.group("label") if slots >= POST_META.empty_value_min_separators else None


#: A quoted name closing a line: "…", «…», “…”, „…“, 「…」, 『…』, '…' (an optional full stop after it).
_QUOTED_NAME = compile_pattern(r"""^\s*(?:"[^"]{1,60}"|«[^»]{1,60}»|“[^”]{1,60}”|„[^“”]{1,60}[“”]|「[^」]{1,60}」|『[^』]{1,60}』|'[^']{1,60}')\s*[.。]?\s*$""")
#: The quotes a quoted name opens with (``_QUOTED_NAME``'s).
_QUOTES = ('"', "«", "“", "„", "「", "『", "'")
#: A colon, a dash or nothing between a source lead and its rest.
_LEAD_GAP = compile_pattern(r"^\s*[:：\-–—]?\s*")


@lru_cache(maxsize=1)
def _source_leads() -> tuple[str, ...]:
    """The bare source leads of every language, folded, their spaces taken out, longest first."""
    data = read_json("post_meta.json")["source_leads"]
    return tuple(sorted({"".join(fold(w).split()) for terms in data.values() for w in terms}, key=len, reverse=True))


@lru_cache(maxsize=1024)
def _squeezed(text: str) -> str:
    return "".join(fold(text).split())


def source_line(plain: str, title: str | None) -> str | None:
    """The lead of ``plain`` when it is a bare credit of a source: a source lead at its start (spaces ignored), then
    only a quoted name ("Issu du site "Des lettres".") or the document's first line ``title`` again ("원문링크 : <the
    title>"), the line at most ``POST_META.source_max_chars`` long; None else."""
    plain = plain.strip()
    if not plain or len(plain) > POST_META.source_max_chars or "\n" in plain:
        return None
    if not any(q in plain for q in _QUOTES) and (title is None or _squeezed(title)[:8] not in _squeezed(plain)):
        return None  # (the cheap test: no quoted name, not the title again)
    squeezed = _squeezed(plain)
    for lead in _source_leads():
        if not squeezed.startswith(lead):
            continue
        # the rest of the line after the lead's letters (the lead found again in the spaced text)
        taken, cut = 0, 0
        for cut, char in enumerate(plain):
            if taken == len(lead):
                break
            if not char.isspace():
                taken += len(fold(char))
        else:
            cut = len(plain)
        rest = plain[cut:]
        if rest[:1].isalpha() and plain[cut - 1:cut].isalpha():
            continue  # the lead is a word's beginning ("Sourcebook"): a shorter lead may still fit
        rest = _LEAD_GAP.sub("", rest, count=1)
        if not rest:
            return None
        if _QUOTED_NAME.match(rest) or title is not None and _squeezed(rest) == _squeezed(title) \
                and len(_squeezed(title)) >= POST_META.source_title_min_chars:
            return lead
        return None
    return None


#: A token of a date printed in figures and names: a number, a "/"-joined piece ("/12", "/Déc", "/2014"), a clock.
_STAMP_TOKEN = compile_pattern(r"^/?[\p{L}\p{N}]+\.?,?$|^\d{1,2}(?::\d{2}){1,2}$")


def doubled_stamp(plain: str) -> bool:
    """``plain`` is one date printed twice with its clock and nothing else ("Lundi 15 décembre 2014 1 15 /12 /Déc
    /2014 00:26": a blog platform's date in words, then in figures): only weekdays, months, numbers and a time of
    day; a clock; a day and a year that both come back. An event's range ("3 May 2021 10:00 – 4 May 2021 18:00")
    has two different days; a date line with a meta word is ``meta_line_shape``'s."""
    plain = plain.strip()
    if len(plain) > POST_META.max_chars or "\n" in plain or not _TIME.search(plain):
        return False
    months, weekdays, _meta = vocabulary()
    tokens = plain.split()
    numbers: list[str] = []
    for token in tokens:
        if _TIME.fullmatch(token):
            continue
        if not _STAMP_TOKEN.match(token):
            return False
        core = fold(token).strip("/.,")
        if core.isdigit():
            numbers.append(str(int(core)))
        elif core not in months and core not in weekdays:
            return False
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    return len(years) >= 2 and len(set(years)) == 1 and any(days.count(d) >= 2 for d in set(days))


#: A site's name written as one token: letters (and digits, dots) without a blank ("TheStatesTimes", "example.com").
_SITE_TOKEN = compile_pattern(r"^[\p{L}][\p{L}\p{N}.\-]{3,30}$")


def site_name_line(line: str, rest: str) -> bool:
    """``line`` is a site's name written as one token that the document's ``rest`` (folded) never uses."""
    line = line.strip()
    return bool(_SITE_TOKEN.match(line)) and fold(line) not in rest


@lru_cache(maxsize=1)
def _category_leads() -> tuple[tuple[str, ...], ...]:
    """The category leads of every language, folded, as word tuples, longest first."""
    return _word_tuples("category_leads")


@lru_cache(maxsize=1)
def _category_firsts() -> frozenset[str]:
    return frozenset(lead[0] for lead in _category_leads())


#: The separators between a post's categories.
_CATEGORY_SEPARATORS = compile_pattern(r"\s*[,/|·•;>»]\s*")


def category_line(plain: str) -> str | None:
    """The lead of ``plain`` when it is a post's categories: a category lead at the line's start ("in category",
    "Publicaciones de la categoría"), an optional colon, then 1 to ``POST_META.category_max_items`` items between
    separators, each of at most ``POST_META.category_item_words`` words opening with a capital or a digit, no sentence
    end; the line at most ``POST_META.max_chars``; None else ("In category after category the jury chose ...": a
    sentence)."""
    plain = plain.strip()
    if not plain or len(plain) > POST_META.max_chars or "\n" in plain or plain.endswith(("?", "!")):
        return None
    raw = plain.split()
    if fold(raw[0]) not in _category_firsts():
        return None  # (the cheap test: the line's first word opens no lead)
    folded = [fold(w).strip(":：") for w in raw]
    for lead in _category_leads():
        if len(raw) <= len(lead) or tuple(folded[:len(lead)]) != lead:
            continue
        rest = " ".join(raw[len(lead):]).lstrip(":： ")
        if raw[len(lead) - 1].endswith((":", "：")) is False and rest[:1] in (":", "："):
            rest = rest[1:].strip()
        items = [item for item in _CATEGORY_SEPARATORS.split(rest) if item]
        if not items or len(items) > POST_META.category_max_items:
            return None
        if any(len(item.split()) > POST_META.category_item_words or not (item[0].isupper() or item[0].isdigit())
               for item in items):
            return None
        if rest.rstrip().endswith((".", "。")) and len(items) == 1 and len(rest.split()) > 2:
            return None  # a sentence closing on its full stop
        return " ".join(lead)
    return None
