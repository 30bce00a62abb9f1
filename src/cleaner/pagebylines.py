"""More bylines of a page's text whose lines are its blocks (a crawler's WET text), by family (authors30, issue 11 item
5): asked after linebylines.py's ``wet_byline``, text format only, when every other source said nothing.

- ``label_value_byline``: a byline label whose name the earlier rules could not read: the label glued to a dash
  ("نوشته شده توسط- NAME"), an interviewer's label and a place before a slash ("حاوره في صنعاء / NAME -", "Interview
  by … in Lyon / NAME"), a role in brackets after the name ("NAME (lead developer)"); the label a field of a
  metadata card: a line of several fields ("时间:2014-09-23 来源:example.com 作者:NAME", "Date: … | Author: NAME"),
  a field line among other field lines ("Text added: …" / "Book author: NAME" / "Section: …"), or a field after a
  comma at the end of a record line ("…, author of the work — A. B. Doe, C. D. Roe");
- ``reporters_line``: several reporters' credits on one line ("NAME 記者, NAME 記者": detectors/reporters.py's shape
  for each part);
- ``head_name_line``: a person's name alone on a line at the article's head (``linebylines._head_zone``) in a shape
  that says "a person": after an honorific ("Prof. NAME", "प्रो. NAME", "Dr. NAME"), with initials ("Doe J. R.",
  "J. R. Doe", a list of them), a given name and a surname in capitals ("Jane DOE", "DOE Jane"), a picture's credit
  after it ("Jane Doe, Foto: private archive": the author's portrait), or, on the line just before the article's
  prose, a role after a comma that no sentence is ("Jane Doe, chief specialist of the planning department"). The
  guards: the person is named nowhere in the article's prose (not by one word of the name: its subject, a person it
  quotes), two such names at the head give none, no word of a cased name written in lower case in the text, no
  word of a team (``team_words``: an editorial team, a desk) in it.

Vocabulary: data/text_bylines.json (``page_byline_labels``, ``honorifics``, ``photo_labels``, ``team_words``; the
labels also serve linebylines.py's label lines); sizes: rules.TEXT_META.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

import regex

from .patterncache import compile_pattern
from . import linebylines as _lb
from .detectors.base import ENDS_SENTENCE
from .metashape import fold as _fold, has_date, has_digit
from .model import AUTHOR_SEPARATOR, Block
from .names import PARTICLES
from .rules import TEXT_META
from .textbylines import byline_data, document_lower_words, person_name
from .textmeta import join_names, metadata_vocabulary

#: One name with initials: "A. B. Doe", "А А. Джуров" (an initial's dot may be missing but one), "Doe A. B."
_INITIALS_NAME = (r"(?:\p{Lu}\.?[^\S\n]?){0,2}\p{Lu}\.[^\S\n]?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
                  r"|\p{Lu}\.?[^\S\n]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?=[^\S\n]*(?:,|$))"
                  r"|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?[^\S\n]\p{Lu}\.(?:[^\S\n]?\p{Lu}\.){1,2}")
_INITIALS_LIST = compile_pattern(r"^(?:" + _INITIALS_NAME + r")(?:[^\S\n]*[,;][^\S\n]*(?:" + _INITIALS_NAME
                               + r")){0,5}$")
_ONE_INITIALS = compile_pattern(_INITIALS_NAME)
#: A given name and a surname in capitals ("Jane DOE", "Jane Ann DOE"): the surname of 4 letters at least, 2 vowels
_MIXED_CAPS = compile_pattern(r"^(?:\p{Lu}[\p{Ll}\p{M}'’]+[^\S\n]){1,2}(?P<surname>\p{Lu}[\p{Lu}\p{M}'’]{3,}(?:-\p{Lu}[\p{Lu}\p{M}]+)?)$")
#: a vowel in capitals (Latin, Cyrillic, Greek): an acronym holds few ("CNET", "DSGVO"), a surname more ("DEMİRKAYA")
_CAPS_VOWEL = compile_pattern(r"[AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏİÒÓÔÕÖØÙÚÛÜÝŒĄĘŐŰАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ]")
#: A field of a metadata card: a short label and its colon ("Author:", "作者:", "Текст добавлен:")
_FIELD = compile_pattern(r"(?:^|(?<=[\s|·•,;/]))(?P<label>\p{L}[\p{L}\p{M}'’.-]*(?:[^\S\n][\p{L}\p{M}'’.-]+){0,3})"
                       r"[^\S\n]?[:：]")
_FIELD_LINE = compile_pattern(r"^[\s•·*–-]*\p{L}[\p{L}\p{M}'’.-]*(?:[^\S\n][\p{L}\p{M}'’.-]+){0,3}[^\S\n]?[:：][^\S\n]*\S")
#: a label glued to the dash after it ("نوشته شده توسط- NAME")
_AFTER_COMMA = compile_pattern(r"[,;](?P<sep>\s+)(?P<word>\S+)")
_GLUED_DASH = compile_pattern(r"(?<=\p{L})[-–—](?=\s)")
_BRACKETED_TAIL = compile_pattern(r"\s*[(\[（][^()\[\]（）]{1,80}[)\]）]\s*$")
_WORD = compile_pattern(r"[\p{L}\p{M}'’]+")
_ROMAN = compile_pattern(r"^[IVXLCDM]+$")
_LETTER = compile_pattern(r"\p{L}")
#: an initial: a capital letter alone (its dot after it, or a space)
_INITIAL = compile_pattern(r"(?<![\p{L}])\p{Lu}(?![\p{Ll}\p{M}])")
_PHOTO_CREDIT = compile_pattern(r"^(?P<name>[^,(|/]{3,60}?)\s*[,(|/–-]\s*(?P<label>[\p{L}.]+)\s*[:：]")
#: a sentence going on: a lower-case word (not an abbreviation's letter and dot: "к. філол. н.") then another
_CONTINUATION = compile_pattern(r"^\s*\p{Ll}[\p{Ll}\p{M}'’]+\s+\S")


@lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(the honorifics, longest first; the picture credits' labels; the teams' words), folded."""
    from .datafiles import read_json

    raw = read_json("text_bylines.json")
    honorifics = sorted({_fold(w) for ws in raw["honorifics"].values() for w in ws}, key=lambda w: (-len(w), w))
    photo = frozenset(_fold(w).rstrip(".") for ws in raw["photo_labels"].values() for w in ws)
    team = frozenset(_fold(w) for w in raw["team_words"])
    return tuple(honorifics), photo, team


def team_name(name: str) -> bool:
    """A word of ``name`` (or a part of a hyphenated word) is a team's or a desk's ("Paradisi-Redaktion")."""
    team = _vocab()[2]
    return any(part in team for word in _fold(name).split() for part in regex.split(r"[-‐]", word) + [word])


def _initials_list(text: str) -> str | None:
    """``text`` is one name with initials or a list of them ("Doe J. R.", "A. B. Doe, C. Roe"), joined."""
    text = " ".join(text.split()).strip(" *_;")
    if not text or len(text) > TEXT_META.byline_max_chars or "." not in text:
        return None
    if not _INITIALS_LIST.match(text) and not (text[-1] == "." and _INITIALS_LIST.match(text[:-1])):
        return None
    names = [" ".join(m.group(0).split()) for m in _ONE_INITIALS.finditer(text)]
    if not names or any(not regex.search(r"\p{L}{3}", n) for n in names):
        return None
    return join_names(names)


def _initials_name(line: str, lower: Callable[[], frozenset[str]]) -> str | None:
    """``_initials_list`` alone on a line: two initials at least a name ("T. R. Doe", "Doe J. R."; "I. Management",
    "Michael C." are a heading's and a poster's), no word of it written in lower case in the text nor an
    organisation's ("U.S. Army": "army", "U.S. Senate")."""
    name = _initials_list(line)
    if not name:
        return None
    from .textmeta import metadata_vocabulary

    organisations = metadata_vocabulary()["organisations"]
    for one in name.split(AUTHOR_SEPARATOR):
        if len(_INITIAL.findall(one)) < 2:
            return None
    for one in name.split(AUTHOR_SEPARATOR):
        if any(len(w) > 2 and (w.casefold() in lower() or _fold(w) in organisations) for w in _WORD.findall(one)):
            return None
    return name


def _uncased_with_tail(text: str) -> str | None:
    """A name of a script without case, a role in brackets after it aside ("NAME (lead developer)")."""
    return _lb.uncased_name(_BRACKETED_TAIL.sub("", text))


def _value_name(text: str, blocks: list[Block]) -> str | None:
    """The person's name(s) a byline label's value is: the value after a place and a slash ("في صنعاء / NAME"),
    a role in brackets after it aside."""
    text = " ".join(text.split()).strip(" *_:：|｜-–—")
    if not text:
        return None
    before, slash, after = text.rpartition("/")
    if slash and len(before.split()) <= 3 and after.strip(" -–—"):
        text = after.strip(" -–—")  # ("حاوره في صنعاء / NAME -": the interview's place, then the interviewer)
    stripped = _BRACKETED_TAIL.sub("", text)
    name = _lb.name_then(stripped, None, TEXT_META.byline_max_chars) or _initials_list(stripped) \
        or _lb.uncased_name(stripped)
    if not name or team_name(name):
        return None
    lower = document_lower_words(blocks)  # (asked only now: the text's words cost a pass over the page; speed)
    if any(w.casefold() in lower for one in name.split(AUTHOR_SEPARATOR) for w in one.split()
           if w not in PARTICLES and not w.endswith(".")):
        return None  # (a heading's words: "By Public Transport and Private Cars")
    return name


def _is_field(line: str) -> bool:
    return len(line) <= TEXT_META.role_byline_max_chars and _FIELD_LINE.match(line) is not None


def _label_at(text: str) -> tuple[str, str] | None:
    """(the label, its value) when ``text`` opens with a byline label (its dash glued: "نوشته شده توسط- NAME"); a
    value in a script without case needs a colon or a dash after the label, or a label that means "by" ("लेखक के
    बारे में" is "about the author"; ``linebylines.separated_label``)."""
    text = text.strip(" •·*–-\t")
    words = text[:60].split(maxsplit=1)
    if not words or _quick_fold(words[0]).rstrip(":：-–—") not in _lb.label_prefixes():
        return None  # (no label opens with the first word: the common line, told without the label search; speed.
        # A label glued to the name, "ByJane Doe", is linebylines.py's)
    text = _GLUED_DASH.sub(" -", text)
    found = _lb.after_label(text)
    if found is None or _lb.uncased_name(_BRACKETED_TAIL.sub("", found[1].rpartition("/")[2].strip(" -–—"))) is None:
        return found
    return found if _lb.separated_label(text, found[0]) else None


def label_value_byline(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A byline label's value the earlier label rules could not read, at the article's head (``wet_label_head_before``
    lines before its prose), or a card's field up to as many lines after the prose's start (a card after a notice)."""
    stop = min(len(lines), (start if start is not None else 0) + TEXT_META.wet_label_head_before)
    for k in range(max(0, (start or 0) - TEXT_META.wet_label_head_before), stop):
        line = lines[k]
        if len(line) > TEXT_META.byline_max_chars * 2 or (start is not None and k >= start
                                                          and ":" not in line and "：" not in line):
            continue
        found = _label_at(line)
        if found is not None:
            if start is not None and k >= start and not (_card_around(lines, k) and _prose_between(lines, start, k) <= 1):
                continue  # (after the prose's start a label line is read in a card only, a notice's paragraph before
                # it at most: a card further down is a listed item's, "Authors: …" of a module under a post)
            if k > 0 and lines[k - 1].rstrip().endswith((",", ";")) or _lb.label_repeated(
                    found[0], lines, k, range(max(0, k - TEXT_META.wet_label_head_before),
                                          start if start is not None and start > k else k + 1)):
                continue  # (a list's item wrapped before its "by …"; the label on other lines: each item's byline)
            name = _value_name(found[1], blocks)
            if name:
                return name
        if start is not None and k >= start:
            continue
        name = _field_in_line(line, blocks)
        if name:
            return name
    return None


def _prose_between(lines: list[str], start: int, k: int) -> int:
    flags = _lb.prose_flags(lines)
    return sum(_lb.prose_at(lines, j, flags) for j in range(start, k))


def _card_around(lines: list[str], k: int) -> bool:
    """Two field lines at least among the three lines before ``k`` and the three after it."""
    return sum(_is_field(lines[j]) for j in range(max(0, k - 3), min(len(lines), k + 4)) if j != k) >= 2


def _field_in_line(line: str, blocks: list[Block]) -> str | None:
    """The author field of a line of several fields ("时间:… 来源:… 作者:NAME"), or a label after a comma at a record
    line's end ("…, author of the work — NAMES")."""
    if line.count(":") + line.count("：") >= 2:  # (two fields at least, each with its colon)
        fields = list(_FIELD.finditer(line))
        if len(fields) >= 2:
            for i, field in enumerate(fields):
                if field.start() == 0:
                    continue
                words = field.group("label").split()
                for n in range(min(3, len(words)), 0, -1):
                    label = " ".join(words[-n:])
                    if " ".join(_fold(label).split()) not in _lb.byline_labels():
                        continue
                    end = fields[i + 1].start() if i + 1 < len(fields) else len(line)
                    value = line[field.end():end]
                    cjk = _lb.cjk_line_name(label + "：" + value.strip()) if not value.isascii() else None
                    name = cjk or _value_name(value, blocks)
                    if name:
                        return name
    if not any(mark in line for mark in "—–-:"):
        return None  # (the label's dash or colon after a comma)
    for comma in _AFTER_COMMA.finditer(line):
        if _quick_fold(comma.group("word")).rstrip(":：") not in _lb.label_prefixes():
            continue
        found = _lb.after_label(line[comma.end("sep"):])
        if found is not None and found[1][:1] in "—–-:":
            name = _initials_list(found[1].strip(" —–-:"))
            if name:
                return name
    return None


def reporters_line(lines: list[str], start: int | None) -> str | None:
    """Several reporters' credits on one line at the head ("NAME 記者, NAME 記者"), each detectors/reporters.py's."""
    from .detectors.reporters import reporter_name

    if start is None:
        return None
    for k in range(max(0, start - TEXT_META.wet_head_before), start):
        line = lines[k].strip(" •·*\t")
        if line.isascii() or "," not in line or len(line) > TEXT_META.role_byline_max_chars:
            continue
        names = [reporter_name(part.strip()) for part in line.split(",")]
        if len(names) > 1 and all(names):
            return join_names([n for n in names if n])
    return None


@lru_cache(maxsize=1)
def _honorific_heads() -> frozenset[str]:
    """The first word of every honorific (folded): a line whose first word is none has no honorific (speed)."""
    return frozenset(h.split()[0] for h in _vocab()[0])


@lru_cache(maxsize=1)
def _dotted_heads() -> tuple[str, ...]:
    return tuple(h for h in _honorific_heads() if h.endswith("."))


def _quick_fold(word: str) -> str:
    """``metashape.fold`` of a word, an ASCII one only casefolded (its NFKC form is itself; speed)."""
    return word.casefold() if word.isascii() else _fold(word)


def _may_be_honorific(line: str) -> bool:
    """The line's first word is an honorific's first word, or opens with a dotted one ("Prof.Dr."): cheap (speed)."""
    first = _quick_fold(line[:20].split(maxsplit=1)[0])
    return first in _honorific_heads() or first.startswith(_dotted_heads())


def without_honorifics(author: str) -> str:
    """``author`` (names parted by ``AUTHOR_SEPARATOR``) without the academic or professional titles before each name
    ("JUDr. Jane Doe", "Prof. Dr. Jane Doe", "ผศ. ดร. NAME" -> the name: ``honorifics``, every language); a name
    that is a title alone or a title and nothing after it stays as it is (authors33)."""
    out = []
    for name in author.split(AUTHOR_SEPARATOR):
        while name.strip() and _may_be_honorific(name.lstrip()):
            rest = _after_honorific(name.strip())
            if rest is None or not rest[:1].isalpha():
                break
            name = rest
        out.append(name)
    return AUTHOR_SEPARATOR.join(out)


def _after_honorific(line: str) -> str | None:
    """What follows the longest honorific ``line`` opens with (a dotted one, or a word and a space), else None."""
    folded = _fold(line)
    for honorific in _vocab()[0]:
        if folded.startswith(honorific) and len(line) > len(honorific) and (
                honorific.endswith(".") or line[len(honorific)].isspace()):
            return line[len(honorific):].strip()
    return None


def _honorific_name(line: str, lower: Callable[[], frozenset[str]]) -> str | None:
    rest = _after_honorific(line)
    if not rest or rest[0] in ".:":
        return None
    return _lb.uncased_name(rest) or person_name(rest, lower(), capitals=True)


def _mixed_caps_name(line: str, lower: Callable[[], frozenset[str]]) -> str | None:
    match = _MIXED_CAPS.match(line)
    if not match:
        return None
    not_name = byline_data()["not_name"]
    words = line.split()
    surname = match.group("surname")
    if _ROMAN.match(surname) or len(_CAPS_VOWEL.findall(surname)) < 2:
        return None  # "Chapter VIII", "All CNET", "Leitfaden DSGVO": a numeral, an acronym
    if _fold(words[0]).rstrip(".") in {h.rstrip(".") for h in _vocab()[0]}:
        return None  # "Mr ICON": a title before a word in capitals
    if any(_fold(w) in not_name for w in words) or any(w.casefold() in lower() for w in words):
        return None
    return line


def _photo_credit_name(line: str, lower: Callable[[], frozenset[str]]) -> str | None:
    """"Jane Doe, Foto: private archive", "Jane Doe (Photo: …)": a name, then a picture's credit label and its colon."""
    if ":" not in line and "：" not in line:
        return None
    match = _PHOTO_CREDIT.match(line)
    if not match or _fold(match.group("label")).rstrip(".") not in _vocab()[1]:
        return None
    name = match.group("name").strip()
    return _lb.uncased_name(name) or person_name(name, lower(), capitals=True)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Every function word of ``data/stopwords.json`` (``language.function_words``: the file read once), folded."""
    from .language import function_words

    return frozenset(_fold(w) for w in function_words())


def _role_line_name(line: str, lower: Callable[[], frozenset[str]]) -> str | None:
    """"Jane Doe, chief specialist of the planning department": a name, a comma, then a role in lower case that no
    sentence is (no end mark, its first word no function word)."""
    head, comma, role = line.partition(",")
    words = role.split()
    if not comma or not 2 <= len(words) <= 25 or not role.strip()[:1].islower() or ENDS_SENTENCE.search(line):
        return None
    if _fold(words[0]) in _stopwords():
        return None  # "Jane Doe, who …", "Jane Doe, la …": a sentence's apposition
    return person_name(head.strip(), lower(), capitals=True)


def _name_words(name: str) -> list[str]:
    return [w.casefold() for one in name.split(AUTHOR_SEPARATOR) for w in _WORD.findall(one)
            if len(w) > 2 and w not in PARTICLES]


def _named_elsewhere(name: str, lines: list[str], k: int) -> bool:
    """A word of ``name`` comes in a line of prose other than line ``k`` (the article's subject, a person quoted)."""
    words = set(_name_words(name))
    flags = _lb.prose_flags(lines)
    return any(j != k and _lb.prose_at(lines, j, flags) and words & set(_WORD.findall(line.casefold()))
               for j, line in enumerate(lines))


#: a sentence's end inside a line, a space after it
_INNER_END = compile_pattern(r"[.!?。！？।॥۔؟][\"'”»)]?\s+\S")


def _long_prose_start(lines: list[str]) -> int | None:
    """The first line of ``page_long_prose_chars`` at least that holds a sentence's end before its own end: a
    paragraph of prose whose last sentence ends with a colon (a song, a list after it) or is cut; read only when
    no line of prose was found (``linebylines.article_start`` None)."""
    return next((i for i, line in enumerate(lines[:TEXT_META.wet_label_head_before * 2])
                 if len(line) >= TEXT_META.page_long_prose_chars and _INNER_END.search(line)), None)


def head_name_line(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A person's name alone on a line at the article's head in a shape that says "a person" (the module's doc)."""
    if start is None:
        start = _long_prose_start(lines)
        if start is None:
            return None
    def lower() -> frozenset[str]:  # (asked only when a shape's cheap test passed: a pass over the page; speed)
        return document_lower_words(blocks)

    found: str | None = None
    at = -1
    zone = range(max(0, start - TEXT_META.wet_label_head_before), start)
    for k in zone:
        line = unicodedata.normalize("NFC", " ".join(lines[k].split())).strip(" *_|•·")
        if not line or len(line) > TEXT_META.byline_max_chars * 2 or not _LETTER.match(line):
            continue
        before = lines[k - 1].rstrip()[-1:] if k > 0 else ""
        if before in (",", ";") or before.islower() and k + 1 < len(lines) and _CONTINUATION.match(lines[k + 1]):
            continue  # a sentence's piece between its links' lines ("… follows the" / "PRPL Pattern" / "that makes …")
        short = len(line) <= TEXT_META.role_byline_max_chars
        honorific = short and _may_be_honorific(line)
        initials = short and "." in line and _initials_list(line) is not None
        caps = short and _MIXED_CAPS.match(line) is not None
        photo = short and (":" in line or "：" in line)
        role = k == start - 1 and "," in line
        if not (honorific or initials or caps or photo or role):
            continue  # (no shape's cheap test passed: the text's lower-case words are not asked; speed)
        name = (honorific and _honorific_name(line, lower) or initials and _initials_name(line, lower)
                or caps and _mixed_caps_name(line, lower) or photo and _photo_credit_name(line, lower)) or None
        if name is None and role:
            name = _role_line_name(line, lower)
        if not name or team_name(name) or _named_elsewhere(name, lines, k):
            continue
        if found is not None and found != name:
            return None  # two persons at the head: a panel's, a list's, whose?
        found, at = name, k
    if found is not None and _other_person(lines, zone, at, lower()):
        return None  # a list of teasers each with its author's name ("Dr. Jane Doe" / a title / "John Roe" …)
    return found


def _other_person(lines: list[str], zone: range, k: int, lower: frozenset[str]) -> bool:
    """Another line of ``zone`` than ``k`` is a person's bare name ("Paul Roe")."""
    return any(j != k and len(lines[j]) <= TEXT_META.role_byline_max_chars
               and person_name(lines[j], lower, capitals=True) is not None for j in zone)


# --- authors32: a post's record line and a name with its own handle ---------------------------------------------

#: a date's digit glued to the label after it ("2.03.2018von Jane Doe")
_DIGIT_LABEL = compile_pattern(r"(?<=\d)(?=\p{L}{2})")
#: what parts a post's record line into its fields ("12 March 2024 · by Jane · in News")
_RECORD_SEPARATORS = "|·•/"
#: one word that may be a person's first name or a handle: capitalised, a lower-case letter in it ("Kathrin",
#: "HansG"; not "DT", not "AP": capitals alone are an agency's or a desk's as often), digits at its end at most
_ONE_NAME = compile_pattern(r"^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*\d{0,4}$")
_ASCII_WORD = compile_pattern(r"[a-z]{3,}")
#: a sentence's end inside a line: a word of four letters, its end mark, a capital ("fractured. Hurt"; not a date's
#: "29. Juni", "Nov. 20")
_PROSE_END = compile_pattern(r"\p{Ll}{3}[.!?]\s+\p{Lu}")
#: quotation marks: a quoted title before "by" is a reference's
_QUOTES = "\"“”„«»‘’‚「」『』"
#: the parts of a word in camel case ("HansG", "AnthonyJanuary")
_CAMEL_PART = compile_pattern(r"\p{Lu}[^\p{Lu}]*")


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    from .datafiles import read_json

    return frozenset(_fold(w) for w in read_json("text_bylines.json")["agency_names"])


@lru_cache(maxsize=1)
def _label_heads() -> frozenset[str]:
    """The first words of the byline labels (folded): a record line's cheap test."""
    return frozenset(label.split()[0] for label in _lb.byline_labels()
                     if len(label) > 1 and label not in _lb._opening_not())


def _record_label_at(words: list[str], i: int) -> int:
    """How many words of ``words`` from ``i`` are a byline label (3, 2, 1), or 0."""
    for n in (3, 2, 1):
        if i + n < len(words):
            head = " ".join(_fold(w) for w in words[i:i + n]).rstrip(":：")
            if head in _lb.byline_labels() and len(head) > 1 and head not in _lb._opening_not():
                return n
    return 0


def _record_prefix(prefix: str) -> bool:
    """The words before a label in a post's record line are none, end with a field's separator, or hold a date
    ("Posted on 12 March 2024 by", "12.03.2024 ·"); never a sentence's end or a quotation mark among them ("… is
    broken. Hurt on December 26 by guards", '"A Family Chart" (1968) by Jane Doe,': a sentence, a reference)."""
    prefix = prefix.strip()
    if not prefix:
        return True
    if _PROSE_END.search(prefix) or any(q in prefix for q in _QUOTES) or _lb.record_words(prefix) > \
            TEXT_META.record_date_words:
        return False  # (and a title before it: "A Call for Proposals Is Open Until July 31 by Jane Doe", a feed's)
    return prefix[-1] in _RECORD_SEPARATORS or has_date(prefix)


def _record_name(words: list[str]) -> tuple[str, str]:
    """(the name's words that open ``words``: up to ``name_max_words``, up to a separator, a digit or a lower-case word
    after the first; what follows them)."""
    taken: list[str] = []
    months = _lb.meta_vocabulary()[0]
    for k, word in enumerate(words):
        bare = word.rstrip(",;:")
        if not bare or bare[0] in _RECORD_SEPARATORS or bare[0].isdigit() or len(taken) >= TEXT_META.name_max_words \
                or taken and (bare[0].islower() and bare not in PARTICLES or _fold(bare).rstrip(".") in months
                              and k + 1 < len(words) and words[k + 1][:1].isdigit()):
            return " ".join(taken), " ".join(words[k:])  # (a month after the name: the date, "by Jane December 6")
        taken.append(bare)
        if bare != word:
            return " ".join(taken), " ".join(words[k + 1:])
    return " ".join(taken), ""


def _one_name(name: str, lines: list[str], k: int, lower: Callable[[], frozenset[str]]) -> bool:
    """``name`` is one word a person's first name or handle may be (``_ONE_NAME``), no word the text writes in lower
    case, no function word, no team's, agency's, organisation's, month's or record's word, and named in no line of
    the article's prose ("by Harry" where the prose tells of Harry: a person it names)."""
    folded = _fold(name)
    vocab = metadata_vocabulary()
    data = byline_data()
    if any(_fold(part) in _lb.meta_vocabulary()[0] or _fold(part) in vocab["record"]
           for part in _CAMEL_PART.findall(name)[1:]):
        return False  # "By AnthonyJanuary 4, 2026": a name glued to the date's month
    return bool(_ONE_NAME.match(name)) and len(name) > 2 and folded not in _stopwords() \
        and folded not in _agencies() and not team_name(name) and folded not in vocab["organisations"] \
        and folded not in data["not_name"] and folded not in data["month_names"] and folded not in vocab["record"] \
        and folded not in lower() and not _named_elsewhere(name, lines, k)


def _record_line_name(line: str, lines: list[str], k: int, lower: Callable[[], frozenset[str]]) -> str | None:
    """The author a post's record line names after a byline label: the label opens the line or one of its fields,
    or comes after the record's date ("12 March 2024 | by Jane Doe", "Veröffentlicht am 12.03.2024 von Jane Doe",
    "von Tobi · 18. Oktober 2019", "Posted by Jane in News"); a name of one word only with a date on the line or on
    the line next to it.

    Not ``textbylines.record_line_name`` (the one reader of a record line's handle or uncased name), on purpose
    (tidy40): the two read different names at different places of the line, and each leaves the other's to it.
    This one reads a cased person's name (``person_name`` with the page's lower-case words, never a team's), with
    its label anywhere after the record's date or a field's separator, the words after the name read as the
    record's rest ("in News", "on March 12"), a one-word name only with the page's checks (``_one_name``: no word
    the prose writes, named in no prose line). ``record_line_name`` takes its label as the line's first words only
    (or "date label name" at the line's end), reads a handle, a Korean name or words of a script without case, a
    name without its label, and turns down several capitalised words after a label ("Published by The Harbour
    Gazette": the cased readers', this one's, with their guards). Folded into one they would read "by Jane Doe
    in News" twice, with two sets of guards."""
    if line[:1].islower() and _fold(line.split()[0]).rstrip(":：") not in _label_heads() or line.endswith(","):
        return None  # a sentence's or a list item's piece wrapped over lines ("is broken. Hurt on … by …", "… by
        # Jane Doe,")
    words = _DIGIT_LABEL.sub(" ", line).split()
    heads = _label_heads()
    for i, word in enumerate(words):
        if _fold(word).rstrip(":：") not in heads:
            continue
        n = _record_label_at(words, i)
        if not n or not _record_prefix(" ".join(words[:i])):
            continue
        after = words[i + n:]
        if after and after[0][:1] in ":：":  # a spaced colon glued to the name ("الكاتب :د. طارق العفيفي")
            after = [after[0][1:], *after[1:]] if len(after[0]) > 1 else after[1:]
        if after and _may_be_honorific(after[0]):
            titled = _after_honorific(" ".join(after))  # a title before the name ("Dr. Jane Doe", "د. …"): off
            after = titled.split() if titled else after
        name, rest = _record_name(after)
        if not name:
            continue
        rest = rest.lstrip()
        if rest and not (rest[0] in _RECORD_SEPARATORS or rest[0].isdigit() or rest[0].islower()
                         or _fold(rest.split()[0]).rstrip(".,") in _lb.meta_vocabulary()[0]
                         and rest.split()[1:2] != [] and rest.split()[1][:1].isdigit()):
            continue  # ("by Jane Doe Events": the name's words go on; not a date's month, "by Jane December 6")
        if rest[:1].islower() and (_fold(rest.split()[0]) in metadata_vocabulary()["joiners"]
                                   or len(rest.split()) > TEXT_META.record_rest_words and not has_date(rest)):
            continue  # the record goes on in a few words ("in News") or to its date ("on March 12, 2024 at 9:00"),
            # never to a list ("by Jane Doe and the harbour team": textmeta.py's lists judge that)
        if " " in name:
            if not i and not has_date(rest):
                continue  # (a label that opens the line before a full name: the label lines' own rules judged it,
                # "By Christmas Eve, the harbour"; here only with the record's date after it)
            found = person_name(name, lower(), capitals=True) or _lb.uncased_name(name)  # (an Arabic name)
            if found and not team_name(found):
                return found
            continue
        dated = has_date(line) or any(0 <= j < len(lines) and _lb._is_date_line(lines[j]) for j in (k - 1, k + 1))
        if dated and _one_name(name, lines, k, lower):
            return name
    return None


def record_line_byline(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A post's record line at the article's head (``wet_label_head_before`` lines before its prose) whose byline
    label is not the line's first word, or names one word (``_record_line_name``); two different names there give
    none (a list of posts or of comments)."""
    if start is None:
        return None
    def lower() -> frozenset[str]:
        return document_lower_words(blocks)

    heads = _label_heads()
    found: str | None = None
    for k in range(max(0, start - TEXT_META.wet_label_head_before), start):
        raw = lines[k]
        if not raw or len(raw) > TEXT_META.byline_max_chars:
            continue
        digit = has_digit(raw)
        if not any(w.rstrip(":：") in heads for w in (_DIGIT_LABEL.sub(" ", raw) if digit else raw).casefold().split()):
            continue  # (the cheap tests: a label's first word among the line's words...)
        if not digit and not any(c in raw for c in _RECORD_SEPARATORS) and not (
                len(raw) <= TEXT_META.role_byline_max_chars and any(
                    0 <= j < len(lines) and has_digit(lines[j]) for j in (k - 1, k + 1))):
            continue  # (...and a record's date or separator on the line, or a date line next to it)
        line = unicodedata.normalize("NFC", " ".join(raw.split())).strip(" *_")
        if not line:
            continue
        name = _record_line_name(line, lines, k, lower)
        if name is None:
            continue
        if found is not None and found != name or _lb.dated_label_elsewhere(lines, k):
            return None  # (two names, or the record's label and a date on another line of the page: a thread's
            # posts, "By Jane on Thursday, May 1, 2003" over each)
        found = name
    return found


def _handle_of(contact: str, name: str) -> bool:
    """The handle's or the address's local part holds a word of ``name`` (3 letters at least, accents aside):
    "@janedoe", "jdoe@example.com" for "Jane Doe" ("doe" needs 3 letters)."""
    local = _ascii(contact.lstrip("@").split("@")[0])
    return any(word in local for word in _ASCII_WORD.findall(_ascii(name)))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def handle_name_line(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A person's name with their own handle or e-mail address at the article's head ("Jane Doe@janedoe", "Jane Doe,
    @janedoe", "Jane Doe | jdoe@example.com"), or a name's line and the handle's line under it ("Jane Doe" /
    "@janedoe"): the handle holds a word of the name; two such names there give none."""
    if start is None:
        return None
    found: str | None = None
    for k in range(max(0, start - TEXT_META.wet_label_head_before), start):
        line = lines[k]
        if "@" not in line and not (k + 1 < len(lines) and lines[k + 1].lstrip().startswith("@")):
            continue
        line = unicodedata.normalize("NFC", " ".join(line.split())).strip(" *_")
        if len(line) > TEXT_META.role_byline_max_chars:
            continue
        text, contact = _lb.without_contact(line)
        if contact is None and k + 1 < len(lines):
            below = lines[k + 1].strip()
            if below.startswith("@") and " " not in below:
                text, contact = line, below
        if contact is None:
            continue
        name = person_name(text, document_lower_words(blocks), capitals=True)
        if not name or not _handle_of(contact, name) or team_name(name):
            continue
        if found is not None and found != name:
            return None
        found = name
    return found


@lru_cache(maxsize=1)
def _archive_patterns() -> tuple[regex.Pattern, regex.Pattern, frozenset[str], frozenset[str], tuple[str, ...],
                                 tuple[str, ...]]:
    """(a link to an author's archive before the name, one after it, the first links' first words and the second
    links' last words in the cases a page writes them: "recent", "Recent", "RECENT"): ``author_archive_links`` of
    every language, longest first ("Recent from " NAME, NAME "View More Articles" glued or after a space or a
    separator). The words gate the patterns (a line's first and last word looked up, no split of every line)."""
    from .datafiles import read_json

    raw = read_json("text_bylines.json")["author_archive_links"]

    def cases(words: set[str]) -> frozenset[str]:
        return frozenset(form for w in words for form in (w, w.capitalize(), w.upper()))

    firsts = cases({_fold(w).split()[0] for ws in raw["before"].values() for w in ws})
    lasts = cases({_fold(w).split()[-1] for ws in raw["after"].values() for w in ws})
    openings = tuple(sorted({_fold(w) + " " for ws in raw["before"].values() for w in ws}))
    endings = tuple(sorted({_fold(w) for ws in raw["after"].values() for w in ws}))

    def alternatives(key: str) -> str:
        words = sorted({_fold(w) for ws in raw[key].values() for w in ws}, key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words)

    before = compile_pattern(r"^(?:" + alternatives("before") + r")[^\S\n]*:?[^\S\n]+(?P<name>.+?)[^\S\n]*[›»>]?$",
                           regex.IGNORECASE)
    after = compile_pattern(r"^(?P<name>.+?)(?:[^\S\n]*[|·•:–—-][^\S\n]*|[^\S\n]+|(?<=\p{Ll})(?=\p{Lu}))(?:"
                          + alternatives("after") + r")[^\S\n]*[›»>]?$", regex.IGNORECASE)
    return before, after, firsts, lasts, openings, endings


def archive_link_byline(blocks: list[Block], lines: list[str]) -> str | None:
    """A link to an author's other posts printed with the name, anywhere on the page ("Recent from Jane Doe" over her
    posts' cards, "Alles von Jane Doe" under her box, "Jane DoeView More Articles" glued at the head): the name a
    person's of two words at least (no word the text writes in lower case: "More from The Harbour Times", "Más de
    tres" are none; no team's, no agency's), printed on another short line of the page (her byline, her cards, her
    box), named in no line of prose, not even one it opens (a topic's page: "More from Taylor Swift" on a post about
    her); two such names give none (a sidebar of columnists). authors34."""
    before, after, firsts, lasts, openings, endings = _archive_patterns()
    found: str | None = None
    lower: frozenset[str] | None = None
    flags: list[bool | None] | None = None
    for k, line in enumerate(lines):
        if len(line) > TEXT_META.archive_link_max_chars or len(line) < 8:
            continue
        first = line.partition(" ")[0].lstrip("*_") in firsts
        if not first and line.rpartition(" ")[2].rstrip("*_›»>") not in lasts:
            continue
        text = " ".join(line.split()).strip(" *_")
        folded = text.casefold()
        match = before.match(text) if first and folded.startswith(openings) else None
        if match is None and folded.rstrip(" ›»>").endswith(endings):
            match = after.match(text)
        if match is None:
            continue
        candidate = match.group("name").strip(" ,|·•:–—-")
        if lower is None:
            lower = document_lower_words(blocks)
        name = person_name(candidate, lower, capitals=True)
        if name is None or name != candidate or len(name.split()) < 2 or team_name(name) \
                or any(_fold(w) in _lb._agencies() for w in name.split()):
            continue
        if not any(j != k and name in other and len(other) <= TEXT_META.role_byline_max_chars
                   and before.match(" ".join(other.split())) is None for j, other in enumerate(lines)):
            continue
        if flags is None:
            flags = _lb.prose_flags(lines)
        if any(name in other and _lb.prose_at(lines, j, flags) for j, other in enumerate(lines)):
            continue  # (any line of prose: a sentence it opens too, "Jane Doe, the council's chair, said …")
        if found is not None and found != name:
            return None
        found = name
    return found


def record_word_byline(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A post's record of three lines up to ``wet_label_far_before`` lines above the article's prose (a standfirst, a
    gallery's captions between it and the prose), or at a short head (fewer than ``wet_page_head_lines`` lines above
    the prose, where linebylines.py's ``name_date_line`` does not read: a news site's text that opens at its
    headline): a bare name (or a list of names, a writer's role or an outlet after a comma), then a line of the
    record's words alone ("Updated", "Published") or a news outlet's name, then the date line ("Jane Doe" /
    "Updated" / "1:39 am EST, Wednesday, November 20, 2019", "Jane Doe and John Roe" / "USA TODAY" / "Published
    7:07 PM EST Nov 19, 2019"). A name of a person (no word the text writes in lower case, no team's, no agency's),
    named in no line of prose, its line printed on at most ``record_name_repeats_max`` other lines (a listing's
    artist over each item); two such names give none; a name with the outlet's line under it needs a headline over
    it (``_outlet_then_date``). authors34."""
    if start is None:
        return None
    found: str | None = None
    lower: frozenset[str] | None = None
    flags: list[bool | None] | None = None
    for k in range(max(1, start - TEXT_META.wet_label_far_before), start - 2):
        if not has_digit(lines[k + 2]) or has_digit(lines[k + 1]) or not (
                _lb._record_word_line(lines[k + 1]) or _lb._outlet_then_date(lines, k)) or not _lb._dated(lines[k + 2]):
            continue  # (the cheap tests first: a date holds a digit, the record's word and the outlet none)
        bare = _lb._bare(lines[k])
        head, comma, after = bare.partition(",")
        if comma and not _lb._role_line(after) and not _lb._writer_role_words(after.strip()) \
                and not _lb._outlet(after):
            continue
        if sum(_lb._bare(other) == bare for other in lines) > TEXT_META.record_name_repeats_max + 1:
            continue  # (a listing: the same name over each of its items)
        if lower is None:
            lower = document_lower_words(blocks)
        name = _lb.name_then(head.strip(), lower)
        if name is None or any(person_name(one, lower, capitals=True) != one or team_name(one)
                               or any(_fold(w) in _lb._agencies() for w in one.split())
                               for one in name.split(AUTHOR_SEPARATOR)):
            continue
        if flags is None:
            flags = _lb.prose_flags(lines)
        if any(one in other and _lb.prose_at(lines, j, flags) for one in name.split(AUTHOR_SEPARATOR)
               for j, other in enumerate(lines)):
            continue
        if found is not None and found != name:
            return None
        found = name
    return found


@lru_cache(maxsize=1)
def _button_labels() -> frozenset[str]:
    """Every button's label of ``data/prompts.json`` (``buttons``, every group and language, folded): "Buy Now",
    "Jetzt kaufen", "Sign Up" are a widget's, never a person's name."""
    from .datafiles import read_json

    return frozenset(_fold(term) for group in read_json("prompts.json")["buttons"].values()
                     for terms in group.values() for term in terms)


def twice_name_byline(blocks: list[Block], lines: list[str], start: int | None) -> str | None:
    """A person's name alone on two lines in a row just above the article's prose (``wet_head_before`` lines: an
    author card's portrait, its alt text, then the name: "Jane Doe" / "Jane Doe" / "Share"): a person's name (no word
    the text writes in lower case, no team's) under a headline (``outlet_headline_words`` words at least), named in no
    line of prose, the only such pair. authors34."""
    if start is None:
        return None
    found: str | None = None
    headed = False
    for k in range(max(0, start - TEXT_META.wet_head_before), start - 1):
        line = _lb._bare(lines[k])
        if not line or line != _lb._bare(lines[k + 1]) or len(line) > TEXT_META.name_max_chars:
            continue
        name = person_name(line, document_lower_words(blocks), capitals=True)
        if name != line or len(name.split()) < 2 or team_name(name) or _fold(name) in _button_labels():
            continue  # (a shop's button printed twice under a product's name: "Buy Now" / "Buy Now")
        flags = _lb.prose_flags(lines)
        if any(name in other and _lb.prose_at(lines, j, flags) for j, other in enumerate(lines)):
            continue
        if found is not None and found != name:
            return None  # (two pairs: a sidebar's cards, whose?)
        found = name
        headed = k > 0 and len(lines[k - 1].split()) >= TEXT_META.outlet_headline_words
    return found if headed else None  # (a headline over the pair; "Startseite" / "Die Menschen" / "Homo
    # Brandenburgensis" twice: a breadcrumb's last item and the page's heading)


def page_byline(blocks: list[Block]) -> str | None:
    """``label_value_byline``, then ``reporters_line``, then ``head_name_line``, then ``record_line_byline``, then
    ``handle_name_line``, then linebylines.py's label lines further up (``wet_label_far_before``; authors32), then
    ``record_word_byline``, ``twice_name_byline`` and ``archive_link_byline`` (authors34)."""
    lines = _lb.page_lines(blocks)
    if not lines:
        return None
    start = _lb.article_start(lines)
    return label_value_byline(blocks, lines, start) or reporters_line(lines, start) \
        or head_name_line(blocks, lines, start) or record_line_byline(blocks, lines, start) \
        or handle_name_line(blocks, lines, start) \
        or _lb.label_line_byline(blocks, TEXT_META.wet_label_far_before, TEXT_META.wet_label_head_before) \
        or record_word_byline(blocks, lines, start) or twice_name_byline(blocks, lines, start) \
        or archive_link_byline(blocks, lines)


__all__ = ["archive_link_byline", "handle_name_line", "record_word_byline", "twice_name_byline", "head_name_line", "label_value_byline", "page_byline", "record_line_byline",
           "reporters_line", "team_name"]
