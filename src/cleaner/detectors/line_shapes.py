"""A page's own lines by their shape at its head and tail, in plain text (2026-12-06, linefam13; issue 11).

A crawler's text of a page (WET) prints a page's widgets, records and credits one line each. When such a line is a
block of its own (a page whose lines are blocks, or a line the reader split off), the phrase detectors have nothing
to say about most of them: they are shapes, not phrases, in every language. This module names the families
``/work/meas/probeF/FAMILIES.md`` found by their shape, each as a finding with its evidence in ``rule`` and ``cue``:

- ``navigation.placeholder``: a template's placeholder left unrendered, alone on its line (``##RECOMMENDS##``,
  ``{{ related }}``, ``%%AD%%``): a line no article prints outside a code sample; at the edges only (a tutorial's
  template sits in its body);
- ``navigation.tracking_id``: an analytics, tag-manager or ad-network id alone on a line (``G-XXXXXXXXXX``,
  ``UA-1234567-1``; the patterns are data);
- ``navigation.result_count``: a pager's or a search's count, numbers in order with a few short words ("0 / 2097",
  "Page 1 / 2 12 Last", "Showing 1 to 10 of 14", "Hiển thị kết quả từ 1 đến 10 / 14"): weak alone (a score, a
  fraction, an ingredient has the shape too), it goes next to other removals at an edge;
- ``navigation.reading_time``: a reading-time line ("5 min read", "Lesezeit: 4 Minuten", "Czyta się kilka minut":
  a phrase of the data and a number or a minute word, a few words besides): the edge's strength;
- ``navigation.head_date``: a line that is a date or a clock and nothing else (``metashape.meta_line_shape`` "bare";
  ", 21:45": a date the page left empty) below the title and above the article's first paragraph of prose, or at
  the tail after its last: the edge's strength. Above the title it is decision 3's (a post's date with its day there
  stays);
- ``navigation.page_url``: a page's web address alone on a line of the head (a path after the host: a print view's
  or a reader mode's own address; onehead33); a site's bare address, an address under a lead ending with ":" and
  an address among other addresses alone on the page's lines (a directory's) stay;
- ``navigation.server_error``: a server's error output printed over the page ("Warning: include_once(…): failed
  to open stream … in /path/post.php on line 1"): a level, the script's path and its line, at the document's start
  (the blocks that open it), never below (a tutorial quotes such errors);
- ``source_credit.photo_line``: a picture's credit alone on a line: a photo label of the data and a few names or
  agencies ("Foto: Shutterstock", "Fot. Jan Kowalski / Agencja", "Photo: Reuters / AP"), no sentence, no lower-case
  words but particles: strong enough for the middle (the caption is its own line and stays; a caption that ends with
  a credit is not such a line); not after the article's last paragraph of prose, where a credit line closes the
  article as its own last line (human gold bodies keep "Main image credit: …" there).

Where: the head (before the article's first paragraph of prose) and the tail (after its last), one line blocks only;
the photo credit anywhere. Cost: one pass over the blocks; a block longer than ``LINE_SHAPES.max_chars`` or of
several lines is passed over before any regular expression; each shape has a character test first (a digit, a
``#`` / ``{``, a label's first letter)."""

from __future__ import annotations

import collections
import re
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..metashape import fold, has_digit, meta_line_shape, relative_time_words
from ..model import Block, Finding
from ..rules import BODY_LENGTH, LINE_SHAPES, RULES
from ..scripts import UNSPACED, UNSPACED_CLASS, word_count
from .base import with_finding
from .header_record import count_line, count_nouns
from .structure import body_edges, body_start

_PLACEHOLDER = compile_pattern(r"#{2,}[\p{Lu}\p{N}_\-]{2,40}#{2,}|\{\{[^{}\n]{1,60}\}\}|%%[\p{Lu}\p{N}_\-]{2,40}%%|"
                             r"\[\[[\p{Lu}\p{N}_\-]{2,40}\]\]")
_NUMBER = compile_pattern(r"\d+(?:[.,:\-/]\d+)*")
_ALONE_NUMBER = compile_pattern(r"(?<!\S)\d{1,7}(?![^\s,;])")
_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*")
_SENTENCE = compile_pattern(r"[.!?。！？](?:\s|$)")
#: A sentence's end followed by more words in lower case ("… at work. the team"; an initial "J. Doe" is a name's)
_CLAUSE = compile_pattern(r"\p{L}{2,}[.。]\s+\p{Ll}")
#: A web address and nothing else on its line (a scheme or "www.", no space): the page's own address printed in its
#: head (a print view's, a reader mode's), or another page's (onehead33)
_PAGE_URL = re.compile(r"(?:https?://|www\.)\S+(?<![.,;:!?)])", re.IGNORECASE)


def page_url(line: str) -> str | None:
    """The cue of a line that is a page's web address alone (``https://site/path``, ``www.site.org/x``, a path
    after the host); None for a site's address alone ("www.site.com"), a line
    with words around it ("Source: https://…"), a path alone, an e-mail address, an address that ends a sentence
    ("… the origin would be" / "https://example.com/.": a hard-wrapped line of prose)."""
    stripped = line.strip().strip("<>")
    if len(stripped) > LINE_SHAPES.url_max_chars or _PAGE_URL.fullmatch(stripped) is None:
        return None
    if not stripped.split("://", 1)[-1].partition("/")[2].strip("/"):
        return None  # a site's address without a page's path ("www.site.com"): a contact line's, a site's name (a
        # blog's, a shop's: cleaneval's gold keeps them), not a page's
    return f"a web address alone: {stripped[:40]}"


_EDGE_PUNCT = " \t,;:·•|-–—/()[]"
#: A clock after a separator whose date is missing (", 21:45", "• 09h40"); a clock alone is a timetable's too.
_EMPTY_DATE = compile_pattern(r"\s*[,·•|]\s*\p{N}{1,2}[:h]\p{N}{2}\s*")
#: A server's error output printed before the page (PHP's "Warning: include_once(…): failed to open stream … in
#: /path/post.php on line 1"): a level, a colon, and a script's path with its line number.
_SERVER_ERROR = compile_pattern(r"(?:PHP )?(?:Warning|Notice|Fatal error|Parse error|Deprecated|Strict Standards|"
                              r"Catchable fatal error)\s*:\s.{0,400}?\bin\s+/?\S+\.(?:php\d?|inc)\s+on\s+line\s+\d+",
                              regex.S)
_CLOCK = compile_pattern(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
_PAIR = compile_pattern(r"(\d+) / (\d+)(?!\s*\p{Ll})")  # not "1 / 2 cup": a measure
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_MONEY = compile_pattern(r"[$€£¥₹₽₩]|\b(?:usd|eur|gbp|rs|kr|zł)\b", regex.I)


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_json("line_shapes.json")


@lru_cache(maxsize=1)
def _tracking() -> "regex.Pattern[str]":
    return compile_pattern("(?:" + "|".join(_data()["tracking_ids"]) + ")")


@lru_cache(maxsize=1)
def _reading() -> tuple["regex.Pattern[str]", "regex.Pattern[str] | None", "regex.Pattern[str]", frozenset[str]]:
    """(the phrases of several words or of a script without spaces, the one-word phrases, the minute words as a
    pattern, the minute words), folded."""
    data = _data()
    phrases = {fold(p) for terms in data["reading_time"].values() for p in terms}
    strong = sorted((p for p in phrases if " " in p or UNSPACED.search(p)), key=lambda p: (-len(p), p))
    single = sorted((p for p in phrases if p not in strong), key=lambda p: (-len(p), p))
    minutes = frozenset(fold(w) for w in data["minute_words"])

    def alternation(terms: list[str]) -> str:
        return "|".join(regex.escape(t) for t in terms)

    bounded = r"(?<![\p{L}\p{M}])(?:%s)(?![\p{L}\p{M}])"
    spaced_minutes = sorted((m for m in minutes if not UNSPACED.search(m)), key=lambda m: (-len(m), m))
    unspaced_minutes = sorted((m for m in minutes if UNSPACED.search(m)), key=lambda m: (-len(m), m))
    minute_re = compile_pattern("(?:" + (bounded % alternation(spaced_minutes))
                              + ("|" + alternation(unspaced_minutes) if unspaced_minutes else "") + ")")
    strong_re = compile_pattern(bounded % alternation(strong)) if strong else compile_pattern(r"(?!)")
    single_re = compile_pattern(bounded % alternation(single)) if single else None
    return strong_re, single_re, minute_re, minutes


@lru_cache(maxsize=1)
def _photo_labels() -> "regex.Pattern[str]":
    labels = sorted({fold(p) for terms in _data()["photo_labels"].values() for p in terms}, key=lambda p: (-len(p), p))
    return compile_pattern(r"^(?:%s)(?:\s*[:：]\s*|\.\s+|\s*[©/|]\s*|\s+©\s*)" % "|".join(regex.escape(p) for p in labels))


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every word of the reading-time phrases and the minute words, the first words of the photo labels), folded,
    of the scripts with spaces: a line holds one of them before a pattern is tried (``line_shape``)."""
    data = _data()
    reading = {w.strip(".:") for terms in data["reading_time"].values() for p in terms for w in fold(p).split()
               if not UNSPACED.search(w)}
    reading |= {fold(w).strip(".:") for w in data["minute_words"] if not UNSPACED.search(w)}
    photo = {fold(p).split()[0].strip(".:") for terms in data["photo_labels"].values() for p in terms
             if not UNSPACED.search(p)}
    return frozenset(reading), frozenset(photo)


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """Every word of the count nouns of the scripts with spaces (``header_record.count_nouns``), folded: a line
    holds one before ``count_line`` is tried (headchrome33)."""
    spaced = count_nouns()[0]
    return frozenset(word for noun in spaced for word in noun)


#: What the cheap test strips off a line's words before it looks them up ("Foto:", "(5", "min.").
_GATE_STRIP = " \t.,:;!?()[]|/·•-–—'\"“”«»0123456789"


def placeholder(line: str) -> bool:
    """A template's placeholder alone on its line (``##RECOMMENDS##``, ``{{ related }}``)."""
    return ("#" in line or "{" in line or "%" in line or "[" in line) and _PLACEHOLDER.fullmatch(line.strip()) is not None


def server_error(text: str) -> bool:
    """A server's error output (PHP's warning with its script's path and line), the whole block; a line of at most
    ``LINE_SHAPES.server_error_tail_chars`` glued under it, no sentence, is the page's first label line that the
    crawler's text joined to it ("August | 2017 | site": textfam31)."""
    if " line " not in text or len(text) > LINE_SHAPES.server_error_max_chars:
        return False
    if _SERVER_ERROR.match(text.strip()) is None:
        return False
    rest = _SERVER_ERROR.sub("", text.strip()).strip(" .\n")
    return not rest or ("\n" not in rest and len(rest) <= LINE_SHAPES.server_error_tail_chars
                        and _SENTENCE.search(rest) is None and _SERVER_ERROR.sub("", text.strip())[:1] == "\n")


def no_title(text: str) -> bool:
    """A block the title step must not take: a server's error output, a tracking id or a template's placeholder
    alone (the first line of a page's text is often such a residue, and a title is protected), an archive's heading
    (a listing's, over its posts: "Archive for the 'News' Category"; textfam31)."""
    return server_error(text) or (len(text) <= LINE_SHAPES.max_chars
                                  and (has_digit(text) and tracking_id(text) or placeholder(text)
                                       or archive_heading(text) is not None))


def tracking_id(line: str) -> bool:
    """An analytics, tag-manager or ad id alone on its line (``data/line_shapes.json`` ``tracking_ids``)."""
    return "-" in line and has_digit(line) and _tracking().fullmatch(line.strip()) is not None


def result_count(line: str) -> str | None:
    """The cue of a pager's or a search's count: two numbers parted by "/" (the first not above the second: "0 /
    2097", "Page 1 / 2 12 Last") or three numbers in order with words between ("Showing 1 to 10 of 14"), at most
    ``LINE_SHAPES.count_max_words`` short words, no sentence, no date, no price; else None."""
    if len(line) > LINE_SHAPES.count_max_chars or not has_digit(line):
        return None
    # numbers standing alone between spaces: not a phone number's, a date's, a verse's or a postcode's parts
    # ("316-831-6143", "10/19/2003", "3:15", "01605-3109")
    numbers = [float(n) for n in _ALONE_NUMBER.findall(line)]
    if len(numbers) < 2 or len(numbers) < len(_NUMBER.findall(line)):
        return None
    words = _WORD.findall(line)
    if len(words) > LINE_SHAPES.count_max_words or any(len(w) > LINE_SHAPES.count_word_max_chars for w in words):
        return None
    cue = None
    pair = _PAIR.search(line)
    if pair is not None and float(pair.group(1)) <= float(pair.group(2)) and (words or float(pair.group(2)) >= 10):
        # "0 / 2097", "1 / 2 12 Last": a counter or a pager ("3/4" alone: a fraction, a score)
        cue = f"a count of a pager or a widget: {line.strip()[:40]}"
    elif len(numbers) >= 3 and words and numbers[0] <= numbers[1] <= numbers[2] \
            and numbers[1] - numbers[0] < LINE_SHAPES.count_page_size:  # a page of results, not a phone number
        cue = f"a count of results: {line.strip()[:40]}"  # "Showing 1 to 10 of 14"
    if cue is None or _MONEY.search(line) or _SENTENCE.search(line) or meta_line_shape(line) is not None:
        return None  # (the costlier tests last) a price list, a sentence, a date
    return cue


def reading_time(line: str) -> str | None:
    """A reading-time line: a phrase of ``reading_time`` and a number or a minute word, at most
    ``LINE_SHAPES.reading_max_words`` other words, no sentence. "phrase": its phrase is of several words or of a
    script without spaces ("min read", "Czyta się", "読了時間"); "word": one word with a minute word ("Lesezeit: 4
    Minuten", "Lecture 29 min."; "Lecture 45 min" is a syllabus's line too: the edges only); None."""
    if len(line) > LINE_SHAPES.reading_max_chars or line.rstrip().endswith(("?", "!", "？", "！")):
        return None
    folded = fold(line)
    strong_re, single_re, minute_re, _ = _reading()
    found = strong_re.search(folded)
    minute = minute_re.search(folded)
    what = "phrase"
    if found is None:
        what = "word"
        if single_re is None or minute is None:
            return None
        found = single_re.search(folded)
        if found is None:
            return None  # a one-word phrase ("lecture", "leitura") needs a minute word: "Lecture 3" is a course's
    elif minute is None and not has_digit(folded):
        return None
    rest = folded[:found.start()] + " " + folded[found.end():]
    if minute is not None:
        rest = minute_re.sub(" ", rest)
    own = [w for w in _WORD.findall(rest) if not UNSPACED.search(w)]
    own_unspaced = sum(len(w) for w in _WORD.findall(rest) if UNSPACED.search(w))
    return what if len(own) + (own_unspaced + 1) // 2 <= LINE_SHAPES.reading_max_words else None


def bare_date(line: str) -> str | None:
    """The cue of a line that is a date or a clock and nothing else (", 21:45": the date the page left empty)."""
    if len(line) > LINE_SHAPES.date_max_chars or not has_digit(line):
        return None
    stripped = line.strip(_EDGE_PUNCT)
    if not stripped:
        return None
    if _EMPTY_DATE.fullmatch(line):
        return f"a clock after an empty date: {line.strip()}"  # ", 21:45": the page's date field left empty
    shape = meta_line_shape(stripped)
    if shape is None or shape[:2] != ("dateline", "bare"):
        return None
    return shape[2]


def photo_credit(line: str) -> str | None:
    """The cue of a picture's credit alone on its line: a photo label, then at most ``LINE_SHAPES.credit_max_words``
    words of names or agencies (capitalised, or parted by "/" "," "|"), no sentence, no number but a year."""
    if len(line) > LINE_SHAPES.credit_max_chars:
        return None
    folded = fold(line.strip())
    found = _photo_labels().match(folded)
    if found is None:
        return None
    rest = line.strip()[found.end():].strip(" /|,-–—")
    if not rest or _CLAUSE.search(rest) or "?" in rest or "!" in rest:
        return None  # a sentence goes on after a full stop: a caption
    words = _WORD.findall(rest)
    if not words or len(words) > LINE_SHAPES.credit_max_words:
        return None
    # a brand written in camel case ("iStock") is a name
    cased = [w for w in words if w[:1].isupper() or not w[:1].islower() or not w[1:].islower()]
    lower = [w for w in words if w not in cased]
    if len(lower) > 1 and len(cased) < len(lower) * 2 and "/" not in rest:
        return None  # "Photo: the team at work in the lab": a caption that says what it shows
    if not cased:
        return None
    return f"a picture's credit line: {line.strip()[:40]}"


@lru_cache(maxsize=1)
def _record_labels() -> frozenset[str]:
    return frozenset(fold(label) for terms in _data()["record_labels"].values() for label in terms)


#: A field's label: letters (and spaces, hyphens) right before a colon, at the line's start or after a space, a digit
#: or a separator ("时间:2014-09-23 00:41 来源:site 作者:NAME", "Doc no.:6374231阅读:159"); a clock's "04:29" has no
#: letter before its colon.
_FIELD = compile_pattern(r"(?:^|(?<=[\s\p{N}|·•,;/]))(\p{L}[\p{L}\p{M}\-'’ ]{0,30}?)\s*[:：]")


def meta_fields(line: str) -> str | None:
    """The cue of a line of the page's record fields: two "LABEL: value" fields or more (labels of at most
    ``LINE_SHAPES.field_label_words`` words, or ``field_label_chars`` letters in a script without spaces), one of
    whose labels is a record's (``record_labels``: source, views, section, tags, joined …, any language), a
    number among the values (a date, a count, an id), at most ``field_value_words`` words a field, no sentence. A
    recipe's "Prep time: 25 min | Cook time: 1 h", an event's "Date: 5 May | Place: Town hall", the post's own
    "Published: … Updated: …" (decision 3), a dialogue's "Anna: yes. Ben: no." are none."""
    if ":" not in line and "：" not in line or len(line) > LINE_SHAPES.fields_max_chars or not has_digit(line):
        return None  # (the page's record carries a number: a date, a count, an id; "Source: X Editor: Y" is a credit
        # the article's own text may keep: chinese_cwced's gold)
    labels = []
    for found in _FIELD.finditer(line):
        label = fold(found.group(1).strip(" -'’"))
        if UNSPACED.search(label):
            if len(label) > LINE_SHAPES.field_label_chars:
                return None
        elif len(label.split()) > LINE_SHAPES.field_label_words:
            continue  # (a sentence's words before a colon: not a field)
        labels.append(label)
    if len(labels) < 2 or _SENTENCE.search(line.strip().rstrip(".")):
        return None
    record = _record_labels()
    if not any(label in record for label in labels):
        return None
    if len(_WORD.findall(line)) > LINE_SHAPES.field_value_words * len(labels) + len(labels):
        return None
    return f"a line of the page's record fields: {', '.join(labels[:4])}"


#: One "LABEL: value" field alone on its line: a label of letters (and spaces, hyphens) at the line's start, a colon,
#: its value (``card_field``).
_ONE_FIELD = compile_pattern(r"(\p{L}[\p{L}\p{M}\-'’ ]{0,30}?)\s*[:：]\s*(\S.*)")


def card_field(line: str) -> str | None:
    """The folded label of a line that is one "LABEL: value" field of a record card ("Возрастные ограничения: +12",
    "Current page: 2 (of 3)", "Section: Business books"): a label of at most ``LINE_SHAPES.field_label_words`` words
    (``field_label_chars`` letters in a script without spaces), a value of at most ``field_value_words`` words, no
    sentence; else None (``card_runs``). A list's marker before it is passed over ("• Text added: …")."""
    line = line.strip().lstrip("•·▪*-–— \t")
    if len(line) > LINE_SHAPES.fields_max_chars or ":" not in line and "：" not in line:
        return None
    found = _ONE_FIELD.fullmatch(line)
    if found is None:
        return None
    label = fold(found.group(1).strip(" -'’"))
    if UNSPACED.search(label) and len(label) > LINE_SHAPES.field_label_chars \
            or not UNSPACED.search(label) and len(label.split()) > LINE_SHAPES.field_label_words:
        return None
    value = found.group(2)
    if len(_WORD.findall(value)) > LINE_SHAPES.field_value_words or _SENTENCE.search(value.rstrip(".")) \
            or _FIELD.search(value) is not None:
        return None  # (a sentence; a line of several fields is ``meta_fields``')
    return label


def card_runs(lines: list[str | None]) -> set[int]:
    """Of a page's one-line blocks in order (None for any other block), the indexes of the fields of its record
    cards: a run of at least ``LINE_SHAPES.card_min_fields`` one-field lines (``card_field``), at most one short
    line without a field between two of them (the card's title line), at least ``card_min_record`` of whose labels
    are a record's (``record_labels``: section, age rating, current page, views, joined, text added …, any
    language; the post's own date and byline labels are none, decision 3). A recipe's "Prep time / Cook time /
    Serves", an event's "Date / Place / Price" and a dialogue are no record cards, nor are cards whose record labels
    come back in another card (a forum thread's poster card over every post) (textfam32)."""
    record = _record_labels()
    cards: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    gap = 0

    def close() -> None:
        if len(run) >= LINE_SHAPES.card_min_fields \
                and len({label for _, label in run if label in record}) >= LINE_SHAPES.card_min_record:
            cards.append(list(run))

    for i, line in enumerate(lines):
        label = card_field(line) if line is not None else None
        if label is not None:
            run.append((i, label))
            gap = 0
            continue
        if run and line is not None and gap == 0 and len(line) <= LINE_SHAPES.max_chars \
                and line.strip().rstrip("\"'»”)]")[-1:] not in (".", "!", "?", "。", "！", "？", ""):
            gap = 1  # the card's title line between its fields ("Text of the book 'X'")
            continue
        close()
        run, gap = [], 0
    close()
    # a card printed over every post of a thread (its poster's "Joined / Posts / Posted on"; cleaneval's gold keeps
    # them) is the thread's structure, not the page's record: a record label met in two cards ends them all
    seen: dict[str, int] = {}
    for card in cards:
        for label in {label for _, label in card if label in record}:
            seen[label] = seen.get(label, 0) + 1
    return {i for card in cards if all(seen.get(label, 0) < 2 for _, label in card) for i, _ in card}


@lru_cache(maxsize=1)
def _prompts() -> tuple[frozenset[str], "regex.Pattern[str] | None", "regex.Pattern[str]", "regex.Pattern[str]",
                        frozenset[str]]:
    """(the key word of each spaced phrase of ``prompt_read_on`` / ``prompt_access``, folded: its longest; the
    phrases of the scripts without spaces as one pattern; the read-on phrases, the access phrases as patterns; the
    first words of the spaced access phrases, lower-cased and folded)."""
    data = _data()
    groups = [sorted({fold(p) for terms in data[key].values() for p in terms}, key=lambda p: (-len(p), p))
              for key in ("prompt_read_on", "prompt_access")]
    keys = frozenset(max(p.split(), key=len).strip(".,:;!?") for group in groups for p in group
                     if not UNSPACED.search(p))
    unspaced = sorted({p for group in groups for p in group if UNSPACED.search(p)}, key=lambda p: (-len(p), p))
    bounded = r"(?<![\p{L}\p{M}])(?:%s)(?![\p{L}\p{M}])"
    read_on, access = (compile_pattern(bounded % "|".join(map(regex.escape, group))) for group in groups)
    firsts = frozenset(w for terms in data["prompt_access"].values() for p in terms if not UNSPACED.search(p)
                       for w in (p.split()[0].lower(), fold(p.split()[0])))
    return keys, compile_pattern("|".join(map(regex.escape, unspaced))) if unspaced else None, read_on, access, firsts


#: A line that asks or exclaims (a read-on question; an access pitch not at the line's start needs one too).
_ASKS = re.compile("[?!\uff1f\uff01\u061f]")


_PROMPT_STRIP = " \t.,:;!?()[]|/·•-–—'\"“”«»¿¡"
_QUOTES = ("\"", "“", "”", "«", "»", "„", "「", "」")


def may_prompt(line: str) -> bool:
    """The cheap test of ``prompt_line``: a short line that holds a phrase's key word (or, in a script without
    spaces, a phrase)."""
    if len(line) > LINE_SHAPES.prompt_max_chars:
        return False
    keys, unspaced, _, _, firsts = _prompts()
    if _ASKS.search(line) is None:  # (most lines) no question: only an access phrase that opens the line is one
        words = line.split(None, 2)
        if not words or words[0].lower().strip(_PROMPT_STRIP) not in firsts and (
                line.isascii() or unspaced is None or unspaced.match(line.lstrip()) is None):
            return False
    if not line.isascii() and unspaced is not None and UNSPACED.search(line) is not None:
        return unspaced.search(line) is not None
    return not keys.isdisjoint(w.strip(_PROMPT_STRIP) for w in line.lower().split())


def prompt_line(line: str) -> str | None:
    """The cue of a paywall's or an account wall's prompt alone on its line (textfam32): a short line (at most
    ``LINE_SHAPES.prompt_max_words`` words), not quoted, that asks whether the reader wants to read on (a phrase of
    ``prompt_read_on`` near the line's start, a "?" or "!" right after it: "Want to read on?", "Envie de lire la
    suite ?", "Do you want to read on?"; "Why did I keep reading? Because …" is a story's) or pitches the
    site's access (``prompt_access``, opening the line or in a line that asks or exclaims: "Unlimited access to X?
    You can!", "Log in or create an account and …", "Turn off ads"); else None. A listing's "Read more" link, a how-to's "Create an account." and a story that quotes a
    paywall are none."""
    line = line.strip()
    if not line or len(line) > LINE_SHAPES.prompt_max_chars or any(q in line for q in _QUOTES):
        return None
    if word_count(line) > LINE_SHAPES.prompt_max_words:
        return None
    folded = fold(line)
    _, _, read_on, access, _ = _prompts()
    found = read_on.search(folded)
    if found is not None and found.start() <= LINE_SHAPES.prompt_lead_chars \
            and _ASKS.search(folded, found.end(), found.end() + 3) is not None:
        return f"a paywall's question: {line[:40]}"  # the question opens the line and ends at the phrase
    found = access.search(folded)
    if found is not None and (found.start() <= 2 or any(mark in folded for mark in "?!？！؟")):
        return f"a paywall's pitch: {line[:40]}"  # (it opens the line, or the line asks or exclaims: "Members get
    return None  # unlimited access to the archive." is a statement)


@lru_cache(maxsize=1)
def _archive_labels() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(the archive labels of the scripts with spaces, of those without), folded, longest first; the first words of
    the spaced ones, folded and only case-folded (the cheap test)."""
    raw = {label for terms in _data()["archive_labels"].values() for label in terms}
    labels = sorted({fold(label) for label in raw}, key=lambda label: (-len(label), label))
    firsts = {word for label in raw if not UNSPACED.search(label)
              for word in (label.split()[0].casefold(), fold(label.split()[0]))}
    return tuple(x for x in labels if not UNSPACED.search(x)), tuple(x for x in labels if UNSPACED.search(x)), \
        frozenset(firsts)


_ARCHIVE_STRIP = " \t:：-–—|»›'\"‘’“”«»()[]"


def archive_heading(line: str) -> str | None:
    """The cue of an archive's or a category listing's heading ("Monthly Archive:: August 2017", "Archive for the
    'News' Category", "Browsing Category", "Archives de la catégorie : Cuisine", "分类目录归档：新闻"): a label of
    ``archive_labels`` opens the line, at most ``LINE_SHAPES.archive_max_words`` words follow it (the category's
    name, a month and a year), no sentence. The head only (``line_shape_findings``): the article's own heading
    "Archives" in its body stays."""
    stripped = line.strip(_ARCHIVE_STRIP)
    if len(line) > LINE_SHAPES.max_chars or not stripped:
        return None
    spaced, unspaced, firsts = _archive_labels()
    unspaced_line = not line.isascii() and UNSPACED.search(stripped) is not None
    if not unspaced_line and stripped.split(None, 1)[0].strip(":：").casefold() not in firsts:
        return None  # (the cheap test: most lines open with no label's first word)
    if _SENTENCE.search(line.strip()):
        return None
    folded = fold(stripped)
    for label in unspaced if UNSPACED.search(folded) else spaced:
        if folded.startswith(label) and (UNSPACED.search(label) or folded[len(label):len(label) + 1] in ("", " ", ":")):
            rest = folded[len(label):].strip(_ARCHIVE_STRIP)
            if UNSPACED.search(label):
                return f"an archive's heading: {line.strip()[:40]}" if len(rest) <= LINE_SHAPES.field_label_chars * 2 \
                    else None
            if len(_WORD.findall(rest)) <= LINE_SHAPES.archive_max_words:
                return f"an archive's heading: {line.strip()[:40]}"
            return None
    return None


@lru_cache(maxsize=1)
def _relative() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], "regex.Pattern[str]"]:
    """(the relative words of one word, those of several, the time units, a script without spaces' relative date)
    of ``metashape.relative_time_words``."""
    words, units = relative_time_words()
    unspaced_units = sorted((u for u in units if UNSPACED.search(u)), key=lambda u: (-len(u), u))
    unspaced_words = sorted((w for w in words if UNSPACED.search(w)), key=lambda w: (-len(w), w))
    cjk = compile_pattern(r"\d+\s*(?:%s)\s*(?:%s)" % ("|".join(map(regex.escape, unspaced_units)) or "(?!)",
                                                 "|".join(map(regex.escape, unspaced_words)) or "(?!)"))
    return (frozenset(w for w in words if " " not in w and not UNSPACED.search(w)),
            tuple(sorted(w for w in words if " " in w)), units, cjk)


def relative_date(line: str) -> bool:
    """A relative date alone ("2 years ago", "il y a 3 heures", "vor 2 Tagen", "3小时前"): a number, a time unit and
    a relative word of ``data/text_bylines.json``, at most ``LINE_SHAPES.relative_max_words`` words (linebylines'
    ``_is_relative_time`` is the stricter test of the line under a name: the same words)."""
    if len(line) > LINE_SHAPES.date_max_chars:
        return False
    folded = fold(line.strip(_EDGE_PUNCT))
    single, multi, units, cjk = _relative()
    if cjk.fullmatch(folded):
        return True
    phrase = any(w in folded for w in multi)
    for w in multi:
        folded = folded.replace(w, " ")
    tokens = folded.replace(",", " ").split()
    if len(tokens) > LINE_SHAPES.relative_max_words or not any(t.isdigit() for t in tokens) \
            or not any(t in units for t in tokens) or not (phrase or any(t in single for t in tokens)):
        return False
    own = [t for t in tokens if not t.isdigit() and t not in units and t not in single]
    return len(own) <= LINE_SHAPES.relative_own_words  # "Updated 2 years ago"; not "It was 3 days ago"


def line_shape(line: str, at_edge: bool, dates: bool = True) -> tuple[str, str, str] | None:
    """(rule, variant, cue) of a one-line block, or None. ``at_edge``: the block is in the head or the tail; a tracking id, a
    ``##WORD##`` placeholder, a reading time with a phrase of several words and a picture's credit line are looked
    for anywhere (no article prints them as a line of its own), the other shapes at the edges only; ``dates``: date
    lines are looked for (the first pass's tail takes none: ``first_pass``)."""
    digit = has_digit(line)
    if digit and tracking_id(line):
        return "navigation.tracking_id", "", f"a tracking id alone: {line.strip()[:40]}"
    if placeholder(line) and (at_edge or "{" not in line):  # "{{ title }}" is a template tutorial's line too
        return "navigation.placeholder", "", f"a template's placeholder: {line.strip()[:40]}"
    # the cheap test before the vocabularies' patterns: a word of theirs in the line (a photo label: its first
    # word), or a letter of a script without spaces; most lines have none
    unspaced = not line.isascii() and UNSPACED.search(line) is not None
    words = () if unspaced else [w.strip(_GATE_STRIP) for w in line.casefold().split()]
    reading_words, photo_words = _gate_words()
    if unspaced or not reading_words.isdisjoint(words):
        reading = reading_time(line)
        if reading == "phrase" or reading == "word" and at_edge:
            return "navigation.reading_time", "" if reading == "phrase" else "word", \
                f"a reading time: {line.strip()[:40]}"
    if at_edge and digit:
        cue = bare_date(line) if dates else None
        if cue is not None:  # a timestamp (a date and its clock, or a clock whose date is empty) is the page's
            # record; a date alone is as often the article's own (a diary's, a letter's): weak, decision 3's ground
            return "navigation.head_date", "clock" if _CLOCK.search(line) else "", cue
        if dates and relative_date(line):
            return "navigation.head_date", "relative", f"a relative date: {line.strip()[:40]}"
        cue = result_count(line)
        if cue is not None:
            return "navigation.result_count", "", cue
        if (unspaced or not _count_words().isdisjoint(words)) and _MONEY.search(line) is None \
                and count_line(line, LINE_SHAPES.record_count_own_words):
            # "21 curtidas", "Views (839)", "0shares" alone at an edge: the post's record (headchrome33)
            return "navigation.record_count", "", f"a count of the post's record: {line.strip()[:40]}"
    if unspaced or words and words[0] in photo_words:
        cue = photo_credit(line)
        if cue is not None:
            return "source_credit.photo_line", "", cue
    return None


#: The first pass's cheap test on an ASCII line (``re``: thrice as fast as ``regex`` on a page's lines): a digit (an
#: id, a date, a count, a reading time's minutes) or a placeholder's sign.
_ASCII_MAY = re.compile(r"[0-9#{%\[]")
#: The same on another line, with a letter of a script without spaces (its reading times and credits have no spaces).
_MAY = compile_pattern(r"[\p{Nd}#{%%\[%s]" % UNSPACED_CLASS)


@lru_cache(maxsize=1)
def _first_pass_words() -> tuple["re.Pattern[str]", tuple[str, ...]]:
    """(the minute words of the scripts with spaces, none inside another, as a pattern of substrings; the photo labels' first
    words), folded: a line without a digit is a reading time only with a minute word ("Czyta się kilka minut"), a
    picture's credit only when it opens with a photo label ("Foto: Shutterstock")."""
    words = {fold(w).strip(".:") for w in _data()["minute_words"] if not UNSPACED.search(w)}
    minutes = sorted(w for w in words if not any(o != w and o in w for o in words))
    return re.compile("|".join(map(re.escape, minutes))), tuple(sorted(_gate_words()[1]))


def may_shape(line: str) -> bool:
    """The first pass's cheap test: whether ``line_shape`` may name ``line`` at an edge (a digit, a placeholder's
    sign, a letter of a script without spaces, a minute word, a photo label first; never False where it names one
    but for case foldings that change a word's length). Most menu lines are refused by two string tests."""
    if (_ASCII_MAY if line.isascii() else _MAY).search(line) is not None:
        return True
    minutes, photo = _first_pass_words()
    low = line.lower()
    return minutes.search(low) is not None or low.lstrip().startswith(photo)


def first_pass(texts: list[str], head_end: int, tail_start: int) -> set[int]:
    """The line cut's first pass (readers/text.py ``line_groups``, handed over by the pipeline: a reader imports no
    detector): of a page's own lines ``texts``, the indexes of the head's (before ``head_end``, the first line of
    prose) and the tail's (from ``tail_start``, after the last) whose shape this module names where they stand,
    each to be a unit of its own that ``line_shape_findings`` meets alone. The same places as there: a date line in
    the head only, and only when the head holds at most ``LINE_SHAPES.date_max_lines`` of them; a picture's credit
    line not in the tail; a line longer than ``LINE_SHAPES.max_chars`` never. Cost: ``may_shape`` first, then
    ``line_shape`` on the few lines it lets through."""
    named: list[tuple[int, str]] = []
    max_chars = LINE_SHAPES.max_chars
    for first, last, head in ((0, head_end, True), (tail_start, len(texts), False)):
        for index in range(first, last):
            line = texts[index]
            shape = None
            if len(line) <= max_chars and may_shape(line):
                shape = line_shape(line.strip(), True, dates=head and LINE_SHAPES.first_pass_dates)
            if head and shape is None:
                break  # the head's named lines are its first ones only (a residue over the page: below them, a line
                # cut out parts the title above it from the article, and the title goes with the head's menu; a
                # record-fields line named lower in the head left the menu above it one unit of body's size, and a
                # share bar's unit took a headline: textfam31, dropped)
            if shape is None or not head and shape[0] == "source_credit.photo_line":
                continue  # (a credit at the tail closes the article: ``line_shape_findings``)
            named.append((index, shape[0]))
    if sum(1 for _, rule in named if rule == "navigation.head_date") > LINE_SHAPES.date_max_lines:
        named = [entry for entry in named if entry[1] != "navigation.head_date"]
    found = {index for index, _ in named}
    if head_end:
        found |= _url_head(texts, head_end)
    # a paywall's or an account wall's prompt among the article's lines of prose (the body stops at it: textfam32);
    # the head's lines stay as above (a line cut out there parts the title). Cost: a
    # line that asks or exclaims only ("Want to read on?", "Unlimited access? You can!"), and the line under a
    # prompt (its pitch: "Log in or create an account …"); one search of a character class a line
    # (between the prose lines and the line after the last: a WET page's footer of hundreds of lines is not read;
    # the lines that ask found by one search over them, not line by line)
    last = min(tail_start + 1, len(texts))
    joined = "\n".join(texts[head_end:last])
    index, at = head_end, 0
    for ask in _ASKS.finditer(joined):
        index += joined.count("\n", at, ask.start())
        at = ask.start()
        line = texts[index]
        if index not in found and may_prompt(line) and prompt_line(line) is not None:
            found.add(index)
            if index + 1 < len(texts) and may_prompt(texts[index + 1]) and prompt_line(texts[index + 1]) is not None:
                found.add(index + 1)
    return found


def _url_head(texts: list[str], head_end: int) -> set[int]:
    """The head's lines to cut when a line of it is a web address alone (onehead33): the address's line, and, in a
    head of at most ``LINE_SHAPES.url_head_lines`` lines (a page's record glued over its article: a print view's
    site name, dates, address, "printed"), every line of the head, each a unit the detectors meet alone. A head
    without an address stays as the first pass leaves it (a title, a standfirst glued over the body). Cost: one
    substring test over the head's lines, then ``page_url`` on the lines that hold "://" or "www."."""
    if not _may_url("\n".join(texts[:head_end])):
        return set()
    urls = {i for i in range(head_end) if _may_url(texts[i]) and page_url(texts[i])
            and not _lead(texts[i - 1] if i else "")}
    if not urls or len(_addresses(texts)) > 1:
        return set()  # (another address alone on a line: a listing's, a link list's; ``line_shape_findings``)
    if head_end <= LINE_SHAPES.url_head_lines:
        return set(range(head_end))
    return urls


def _may_url(line: str) -> bool:
    """``page_url``'s cheap test: a scheme's "://" or a "www." in ``line`` (substring tests, no case folding)."""
    return "://" in line or "www." in line or "WWW." in line


def _lead(line: str) -> bool:
    """Whether ``line`` ends with a colon: a lead whose link the line under it is ("… in the archives:" / an address:
    the text's own reference, cleaneval's gold keeps it)."""
    return line.rstrip().endswith((":", "："))


def _addresses(lines: list[str]) -> set[str]:
    """The web addresses alone on a line among ``lines``, folded (``page_url``)."""
    return {line.strip().strip("<>").casefold().rstrip("/") for line in lines
            if _may_url(line) and page_url(line)}


def line_shape_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None, body_length: int = BODY_LENGTH,
                        title: int | None = None) -> list[list[Finding]]:
    """``findings`` with the line shapes of the head (below the title, before the first paragraph of prose) and the
    tail (after the last) added; a tracking id, a placeholder, a reading time and a picture's credit line anywhere
    (plain text). A date line goes in the head only, and only when the head holds at most
    ``LINE_SHAPES.date_max_lines`` of them (more are a list of dated entries: an archive's, a blog's, a timeline's)."""
    first, last = body_edges(blocks, body_length)
    if last < 0:
        last = len(blocks)  # (a page without prose has a head below its title and no tail)
    found_at: list[tuple[int, str, str, str]] = []
    # the page's record cards, anywhere: one-field lines in a run (textfam32)
    fields_max, prompt_max = LINE_SHAPES.fields_max_chars, LINE_SHAPES.prompt_max_chars
    cards = card_runs([block.plain if block.type in ("paragraph", "list_item") and "\n" not in block.plain.strip()
                       else None for block in blocks]) \
        if sum(1 for b in blocks if len(b.plain) <= fields_max and (":" in b.plain or "：" in b.plain)) \
        >= LINE_SHAPES.card_min_fields else set()
    leading = True
    for i, block in enumerate(blocks):
        if block.type not in ("paragraph", "list_item"):
            continue
        if i in cards:
            found_at.append((i, "navigation.meta_fields", "card",
                             f"a field of the page's record card: {block.plain.strip()[:40]}"))
            continue
        plain = block.plain
        if leading:  # the document's first blocks: a server's error output over the page
            if server_error(plain) or "\n" in block.text.strip() and server_error(block.text):
                found_at.append((i, "navigation.server_error", "", f"a server's error output: {plain[:40]}"))
                if i == first:  # (its length made it the first "prose": the head starts below it)
                    first = body_start(blocks[i + 1:], body_length) + i + 1
                    last = len(blocks) if first == len(blocks) else last
                continue
            leading = False
        edge = i < first or i > last
        if edge and len(plain) <= LINE_SHAPES.fields_max_chars and ("：" in plain or ":" in plain) \
                and "\n" not in plain.strip():
            cue = meta_fields(plain)  # (textfam31) the page's record fields on one line, at either edge
            if cue is not None:
                found_at.append((i, "navigation.meta_fields", "", cue))
                continue
        if i < first and len(plain) <= LINE_SHAPES.max_chars and "\n" not in plain.strip():
            cue = archive_heading(plain)  # an archive's heading at the head, above or below the title
            if cue is not None and i != title:
                found_at.append((i, "navigation.archive_heading", "", cue))
                continue
        if len(plain) <= prompt_max and "\n" not in plain.strip() and may_prompt(plain):
            cue = prompt_line(plain)  # a paywall's prompt, anywhere: no article's line of its own (textfam32)
            if cue is not None and i != title:
                found_at.append((i, "call_to_action.prompt_line", "", cue))
                continue
        if i < first and i != title and _may_url(plain) and "\n" not in plain.strip():
            cue = page_url(plain)  # a web address alone in the head: the page's own, printed (onehead33)
            if cue is not None and not (i and _lead(blocks[i - 1].plain)):
                found_at.append((i, "navigation.page_url", "", cue))
                continue
        if len(plain) > LINE_SHAPES.max_chars or "\n" in plain and "\n" in plain.strip():
            continue  # (the cheap tests first: most blocks are longer, or of several lines)
        head = i < first and title is not None and i > title
        found = line_shape(plain, head or i > last)
        if found is None or found[0] == "navigation.head_date" and not head:
            continue  # a date line above the title is decision 3's; at the tail, a post's or a comment's
        if found[0] == "source_credit.photo_line" and i > last:
            continue  # the article's last line ("Main image credit: …" in gold bodies, tests/test_bios.py)
        found_at.append((i, *found))
    if sum(1 for _, rule, _, _ in found_at if rule == "navigation.head_date") > LINE_SHAPES.date_max_lines:
        found_at = [entry for entry in found_at if entry[1] != "navigation.head_date"]
    if any(rule == "navigation.record_count" for _, rule, _, _ in found_at):
        # a count printed again on the page with another number is each post's or each poster's (a thread's "Posts:
        # 18" / "Posts: 8", a blog's "Comments (0)" under every post: cleaneval's gold keeps them), not the page's
        shapes = collections.Counter(_DIGITS.sub("#", block.plain.strip().casefold()) for block in blocks
                                     if len(block.plain) <= LINE_SHAPES.max_chars and has_digit(block.plain))
        found_at = [entry for entry in found_at if entry[1] != "navigation.record_count"
                    or shapes[_DIGITS.sub("#", blocks[entry[0]].plain.strip().casefold())] < 2]
    if any(rule == "navigation.page_url" for _, rule, _, _ in found_at):
        # another address alone on a line of the page is a listing's or a link list's (a directory prints each
        # entry's address under its name: cleaneval's gold keeps them), not the page's own printed in its head
        if len(_addresses([block.plain for block in blocks if "\n" not in block.plain.strip()])) > 1:
            found_at = [entry for entry in found_at if entry[1] != "navigation.page_url"]
    if not found_at:
        return findings
    result = list(findings)
    for i, rule, variant, cue in found_at:
        kind = rule.split(".", 1)[0]
        if kinds is not None and kind not in kinds:
            continue
        entry = RULES[f"{rule}/{variant}" if variant else rule]
        extra = Finding(kind, rule, cue, round(entry.at(len(blocks[i].plain)), 3), False, entry.match)
        result[i] = with_finding(result[i], extra)
    return result
