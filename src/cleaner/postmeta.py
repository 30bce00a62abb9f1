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
- ``comment``: a comment noun in the line ("Posted on December 10, 2009 Leave a Comment").

The vocabulary (by-words, comment nouns) is in ``data/post_meta.json``; the sizes in ``rules.POST_META``. Below the
detectors: it reads metashape and the data only.
"""

from __future__ import annotations

from functools import lru_cache

from .datafiles import read_json
from .metashape import _NUMERIC_DATE, _TIME, _named_dates, _words, fold, meta_line_shape, vocabulary
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
#: A capitalised word of a name (any script with cases: Latin, Cyrillic, Greek).
_NAME_WORD = compile_pattern(r"^\p{Lu}[\p{L}\p{M}'’.\-]*$")


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
    if issue is not None and _has_date(plain[issue.end():]):
        # a number no day can be (over 31) or marked as one ("#113", "№ 8"), after a label that is no date's word
        number = "".join(c for c in issue.group(0) if c.isdigit())
        label = _words(issue.group(0))[0] if not issue.group(0).lstrip()[:1].isdigit() else ""
        if (int(number) > 31 or "#" in issue.group(0) or "№" in issue.group(0)) and int(number) < 1000 \
                and label.rstrip(".") not in months and label.rstrip(".") not in _weekdays and label not in meta:
            kinds.append("issue")
    _by, comments = _vocabulary()
    if any(w in comments for w in words):
        kinds.append("comment")
    return tuple(kinds)


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
    data = read_json("post_meta.json")["category_leads"]
    return tuple(sorted({tuple(fold(w).split()) for terms in data.values() for w in terms}, key=len, reverse=True))


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
