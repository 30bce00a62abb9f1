"""Author of text and Markdown documents from bylines without markup: the last fallbacks of result.py's chain.

Asked only when every earlier source of the author said nothing (a removed bio, the markup, the labelled bylines,
textmeta.py's fallbacks); each says None when unsure, a wrong author being worse than none:

- ``name_date_byline`` (text and Markdown): a bare name line in the title zone (the two lines after the first one, a
  menu bar aside, before the first paragraph of prose) whose own line holds a date ("Jane Doe | March 12, 2024 |
  Politics", "Jane Doe March 12, 2024") or whose next line is a date line ("Jane Doe" / "12 March 2024"). The name must
  have a person's name's shape in a cased script (2-3 capitalised words, or all of them in capitals, no month, record,
  organisation or page-chrome word, none of its words written in lower case anywhere in the document: "Featured Links",
  "Profit Loss", "New York" are words of the text, no word of ``not_name_words``), shown once (a name the text repeats
  is its subject, a place, the publication's name; no other bare name line there), the date not an answer's or a
  comment's ("answered May 2, 2009"); the other parts of the line are dates or a few words (an outlet, a section);
- ``script_label_byline``: an author label of the bios' data (and ``extra_author_labels``: Bengali, Persian, Hebrew),
  a colon and a name in a script without case ("लेखक: राहुल शर्मा", "ผู้เขียน: สมชาย ใจดี", "الكاتب: أحمد علي"; a
  label that means "by" needs no colon: "بقلم أحمد علي"): the line is only the label and 2-4 words of letters, before
  the first paragraph of prose or among the last blocks;
- ``cjk_record_byline``: a CJK byline label and a name inside a record line near the top that holds a date or another
  labelled field ("时间：2024-03-12 来源：新华网 作者：王小明");
- ``reporter_credit``: a news wire's credit after the article ("(Reporting by Jane Doe; Editing by John Smith)",
  "记者 王小明 报道", "（记者 王小明）", "/ Иван Петров /"): the first reporter, never an editor's or "additional
  reporting by" name;
- ``role_signature``: "Jean Dupont, correspondant à Lyon" alone on the line after the last paragraph of prose, the
  role a writer's or a reporter's (``writer_roles``); not after a quotation, not a name the text repeats.

- ``record_name_byline``, ``bare_signature``, ``author_box_name`` (meta38, the chain's last): a post's record line
  naming its writer by a handle or a name without case ("koomin·2024년 10월 15일", "by 분홍애비 2023. 1. 24."), the
  document's last line or a press signature after the prose ("Юрий СЕЙИДОВ"), a platform's "Written by <name>" box
  over a follower count (docs/structure.md, meta38).

Vocabulary: data/text_bylines.json; sizes: rules.TEXT_META.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

import regex

from .patterncache import compile_pattern
from .datafiles import read_json
from .detectors.structure import vocabulary as structure_vocabulary
from .detectors.terms import longest_first
from .metashape import fold as _fold, has_date as _has_date, meta_line_shape, vocabulary as date_vocabulary
from .model import Block
from .postmeta import glued_handle
from .scripts import fold_marks as _fold_marks  # (a word with or without its marks: "مُساهمة")
from .rules import TEXT_META
from .textmeta import TOKEN, is_prose, metadata_vocabulary, name_at, plain_lines
from .textmeta import AUTHOR_SEPARATOR, cjk_names, join_names, name_list
from .textmeta import head_lines as _head  # (the head lines, made once a document: speed23)

_T = TypeVar("_T")
#: What parts a name from the rest of its byline line ("Jane Doe | March 12, 2024 | Politics", "Jane Doe - Outlet").
_PARTS = compile_pattern(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")
#: A word of a cased script written as a name's word: a capital, then lower-case letters (a hyphen or an apostrophe
#: inside: "Jean-Pierre", "O'Neil", "McDonald" has one more capital after a lower-case letter)
_TITLE_WORD = compile_pattern(r"^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:(?:-|['’])?\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}\.$")
#: A name's word in capitals ("JANE", "O'NEIL", "JEAN-PIERRE"), read only when every word of the name is
_CAPS_WORD = compile_pattern(r"^\p{Lu}[\p{Lu}\p{M}]+(?:[-'’]\p{Lu}[\p{Lu}\p{M}]+)*$|^\p{Lu}\.$")
_LOWER_WORD = compile_pattern(r"\p{Ll}[\p{L}\p{M}'’-]*")
#: Where the first reporter's part of a wire's credit ends ("Reporting by Jane Doe; Editing by ...)")
_CREDIT_END = compile_pattern(r"[;)\]/]")  # ("Haber: Ahmet Yılmaz/İSTANBUL": the reporter, then the city)
#: A word of a script without case ("राहुल", "สมชาย", "أحمد"): letters and marks only
UNCASED_WORD = compile_pattern(r"^[\p{L}\p{M}]+$")


@lru_cache(maxsize=1)
def byline_data() -> dict:
    """The page-text bylines' words and patterns, from data/text_bylines.json (labels, roles, cards, names' stop
    words...), read once: this module's, linebylines.py's and pagebylines.py's."""
    data = read_json("text_bylines.json")
    reporter = sorted({w for words in data["reporter_labels"].values() for w in words}, key=longest_first)
    cjk = sorted(data["cjk_reporter_labels"], key=longest_first)
    return {
        "not_name": frozenset(_fold(w) for w in data["not_name_words"]),
        # "(Reporting by Jane Doe; Editing by ...)": the label opens the line or follows its "(" / "[" / a sentence
        "reporter": compile_pattern(r"(?:^|[(\[]|[.;]\s)\s*(?:"
                                  + "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in reporter)
                                  + r")\s+(?P<rest>.+)$", regex.IGNORECASE),
        # "记者 王小明 报道" / "（记者 王小明）" / "本报记者 王小明": 2-4 Han characters, then an end, a bracket or
        # a reporting word
        "cjk_reporter": compile_pattern(r"(?:^|[（(])[^\S\n]*(?:" + "|".join(regex.escape(w) for w in cjk)
                                      + r")[^\S\n]*(?P<name>\p{Han}{2,4})[^\S\n]*(?:$|[）)]|(?:"
                                      + "|".join(regex.escape(w) for w in data["cjk_reporter_after"]) + "))"),
        # "时间：2024-03-12 来源：新华网 作者：王小明": a CJK byline label inside a record line, after a space or a bar
        "cjk_field": compile_pattern(r"(?:^|(?<=[\s|｜/／,，;；]))(?:" + "|".join(regex.escape(w) for w in sorted(
            metadata_vocabulary()["cjk_labels"], key=longest_first)) + r")[^\S\n]*[:：][^\S\n]*"
            r"(?P<name>[\p{Han}·・]{2,4})(?=$|[\s|｜/／,，;；])"),
        "any_field": compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}]{1,6}[^\S\n]*[:：]"),
        "name_stop": metadata_vocabulary()["stop"] - frozenset(_fold(w) for w in data["month_given_names"]),
        "month_names": frozenset(_fold(w) for w in data["month_given_names"]),
        "reporter_after": frozenset(_fold(w) for w in data["reporter_name_followers"]),
        "not_date_words": frozenset(_fold(w) for w in data["not_byline_date_words"]),
        "writer_roles": tuple(sorted({_fold(w) for words in data["writer_roles"].values() for w in words},
                                     key=longest_first)),
        "without_colon": frozenset(_fold(w) for w in data["labels_without_colon"]),
        "labels": tuple(sorted({tuple(_fold(w).split()) for w in structure_vocabulary().author_labels}
                               | {tuple(_fold(w).split()) for words in data["extra_author_labels"].values()
                                  for w in words}, key=lambda w: (-len(w), w))),
        "cjk_not_a_name": frozenset(metadata_vocabulary()["cjk_not_a_name"]),
        # a platform's author card between a name and its date ("·", "Follow", "5 min read"): its words, longest first
        "card": compile_pattern(r"(?:" + "|".join(regex.escape(w) for w in sorted(
            {_fold(w) for words in data["card_words"].values() for w in words}, key=longest_first)) + r")"),
    }


@lru_cache(maxsize=1)
def _label_index() -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]], dict[str, tuple[int, tuple[str, ...]]],
                            int, int]:
    """``byline_data()["labels"]`` indexed for ``_label_rest`` (speed23): (the labels of several words by their first word,
    the labels of one word by that word, the longest such word, the most words of a label), each label with its
    place in the labels' order."""
    several: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    single: dict[str, tuple[int, tuple[str, ...]]] = {}
    for position, label in enumerate(byline_data()["labels"]):
        if len(label) == 1:
            single.setdefault(label[0], (position, label))
        else:
            several.setdefault(label[0], []).append((position, label))
    return (several, single, max((len(word) for word in single), default=0),
            max((len(label) for label in byline_data()["labels"]), default=0))


#: An e-mail address or a web address: its lower-case words are no words of the text ("jane_doe@harbour.com" does not
#: write "doe" in lower case; authors11e)
_ADDRESS = compile_pattern(r"\S+@\S+|\S*://\S+|www\.\S+")


#: the last document's lower-case words: (its blocks list, the blocks in it, the words); the fallbacks of
#: result.py's chain and linebylines.py ask in a row about the same blocks (authors11f: a page text's fallbacks
#: asked it up to four times)
_LOWER_MEMO: tuple[list[Block], tuple[Block, ...], frozenset[str]] | None = None


#: a run of non-blanks, as ``_ADDRESS`` reads them
_NON_BLANK = compile_pattern(r"\S+")


def _strip_addresses(text: str) -> str:
    """``_ADDRESS.sub(" ", text)`` in linear time (speed36). A match holds no blank, and each of the pattern's
    alternatives ends in a greedy ``\\S+``: a match runs to the end of its run of non-blanks, and in a run it starts
    at the run's start when the run holds an "@" with a character before and after it or a "://" with one after it,
    else at its first "www." with one after it; the pattern itself tried every start of a long run (a whole-page
    Markdown's line of links, 4,000 characters: ~16 million steps)."""
    out: list[str] = []
    last = 0
    for match in _NON_BLANK.finditer(text):
        word = match.group()
        size = len(word)
        if word.find("@", 1, size - 1) >= 0:
            cut = 0
        else:
            at = word.find("://")
            if 0 <= at and at + 3 < size:
                cut = 0
            else:
                at = word.find("www.")
                cut = at if 0 <= at and at + 4 < size else -1
        if cut >= 0:
            out.append(text[last:match.start() + cut])
            out.append(" ")
            last = match.end()
    out.append(text[last:])
    return "".join(out)


def _without_addresses(text: str) -> str:
    """``_ADDRESS.sub(" ", text)``, piece by piece: every match of ``_ADDRESS`` is a run of non-blanks, so none holds
    a space, and the whole text's scan reads each run of characters between two spaces as that run alone is read;
    only the runs that hold an "@", a "://" or a "www." (each match holds one) are searched (speed29: the pattern
    tries its ``\\S+`` from every character of the text, a page text's whole length: ~3 ms a WET page of the bench,
    where a few runs hold them)."""
    spans: set[tuple[int, int]] = set()
    for needle in ("@", "://", "www."):
        at = text.find(needle)
        while at >= 0:
            end = text.find(" ", at)
            end = len(text) if end < 0 else end
            spans.add((text.rfind(" ", 0, at) + 1, end))
            at = text.find(needle, end)
    out: list[str] = []
    last = 0
    for start, end in sorted(spans):
        out.append(text[last:start])
        out.append(_strip_addresses(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def document_lower_words(blocks: list[Block]) -> frozenset[str]:
    """The words the document's text writes in lower case (casefolded; its e-mail and web addresses left out): the
    bare name's guard (a name none of whose words the text writes in lower case is no word of its prose: "By Tom
    Waters" over "the harbour's shallow waters"); asked by this module's bylines, linebylines.py's and result.py's
    (the last document's, memoised)."""
    global _LOWER_MEMO
    memo = _LOWER_MEMO
    if memo is not None and memo[0] is blocks and memo[1] == tuple(blocks):  # (the same blocks)
        return memo[2]
    text = " ".join(block.plain for block in blocks)
    if "@" in text or "://" in text or "www." in text:
        text = _without_addresses(text)
    words = frozenset(map(str.casefold, _LOWER_WORD.findall(text)))
    _LOWER_MEMO = (blocks, tuple(blocks), words)
    return words


def person_name(text: str, lower: frozenset[str], capitals: bool = False,
                 max_words: int = TEXT_META.bare_name_max_words) -> str | None:
    """``text`` when it is a person's name in a cased script and nothing else ("Jane Doe", "Иван Петров", "Nguyễn
    Văn An", "Jan de Vries"; with ``capitals``, "JANE DOE" too: every word in capitals), else None."""
    text = " ".join(text.split()).strip(" *_")
    if not text or len(text) > TEXT_META.name_max_chars:
        return None
    vocab = metadata_vocabulary()
    name = name_at(TOKEN.findall(text), byline_data()["name_stop"])
    if name is None or name != text.rstrip("."):
        return None
    words = [w for w in name.split() if w != "-" and w[:1].isupper()]
    if any(_fold(w) in byline_data()["month_names"] for w in words[1:]):
        return None  # a month may open a name ("Jan Kowalski", "April Ryan"), not follow its first word ("Jan May")
    if not TEXT_META.name_min_words <= len(words) <= max_words:
        return None
    not_name = byline_data()["not_name"]
    shape = _CAPS_WORD if capitals and all(_CAPS_WORD.match(w) for w in words) else _TITLE_WORD
    for i, word in enumerate(words):
        folded = _fold(word).rstrip(".")
        record = folded in vocab["record"] and not (i == 0 and folded in byline_data()["month_names"])
        if not shape.match(word) or record or folded in vocab["organisations"] \
                or folded in not_name or word.casefold() in lower:
            return None  # "RELATED SITES", "Local News", "Profit Loss" ("profit" in the text); no test of the
            # stop words of every language: they hold names ("Hans" is Danish "his", "An" English)
    if sum(len(w) > 2 or len(w) == 2 and w[1].islower() for w in words) < TEXT_META.name_min_words:
        return None  # initials only ("J. R."; a first name of two letters is a name's word: "Al Root", "Ed Cara";
        # authors33)
    return name


def heading_name(line: str, blocks: list[Block]) -> bool:
    """``line``, the first line of a removed bio's section, names a person (a bio label before the name aside:
    "About Jane Doe", "Jane Doe"): ``person_name``'s shape with up to ``name_max_words`` words, or a list of such
    names; not a menu's line under a bio's heading ("Texte", "Contact Us", "About Inexhibit", "Careers": a page
    text's lines, authors11e)."""
    from .detectors.structure import strip_author_label

    name = strip_author_label(" ".join(line.split()).strip(" *_:"))
    lower = document_lower_words(blocks)
    return bool(person_name(name, lower, capitals=True, max_words=TEXT_META.name_max_words)
                or _person_names(name, lower))


def _person_names(text: str, lower: frozenset[str]) -> str | None:
    """A list of persons' names and nothing else ("Jane Doe, John Smith and Ann Lee", ``name_list``'s shape; each a
    name ``person_name`` takes), joined; else None (authors11c)."""
    tokens = TOKEN.findall(" ".join(text.split()).strip(" *_"))
    found = name_list(tokens, byline_data()["name_stop"])
    if found is None or len(found[0]) < 2 or found[1] != len(tokens):
        return None
    if not all(person_name(name, lower, capitals=True) == name for name in found[0]):
        return None
    return join_names(found[0])


def _last_prose(blocks: list[Block], default: _T) -> int | _T:
    """The index of the last paragraph of prose, else ``default`` (read from the end: speed23)."""
    return next((i for i in range(len(blocks) - 1, -1, -1) if is_prose(blocks[i])), default)


def _is_dateline(line: str) -> bool:
    shape = meta_line_shape(line)
    return shape is not None and shape[0] == "dateline"


def name_date_byline(blocks: list[Block]) -> str | None:
    """A bare name line in the title zone with a date in its own line or in the next line."""
    lines = _title_on(blocks)
    card = lines[:TEXT_META.title_zone_lines + 2 + TEXT_META.card_lines_max]  # (a platform's card: see below)
    lines = lines[:TEXT_META.title_zone_lines + 2]  # the title, the zone, the date line after the zone's last line
    data = byline_data()
    lower: frozenset[str] | None = None
    for k in range(1, min(len(lines), TEXT_META.title_zone_lines + 1)):  # lines[0] is the title: no byline
        parts = [p.strip() for p in _PARTS.split(lines[k]) if p.strip()]
        if not parts or len(parts) > TEXT_META.byline_parts_max or len(lines[k]) > TEXT_META.role_byline_max_chars:
            continue
        head, others = parts[0], parts[1:]
        dates = [p for p in others if _has_date(p)]
        joined = _name_then_date(head)
        if joined is not None:  # "Jane Doe March 12, 2024 · 5 min read": the name, then the date on its line
            head = joined[0]
            dates.append(joined[1])
        if not dates and k + 1 < len(lines) and _is_dateline(lines[k + 1]):
            dates.append(lines[k + 1])
        if not dates and not others:  # a platform's author card: "Jane Doe" / "·" / "Follow" / "5 min read" /
            # "·" / "Mar 3, 2024" (authors11c): the card's lines skipped, the date line after them
            j = k + 1
            while j < len(card) and j - k <= TEXT_META.card_lines_max and is_card_line(card[j]):
                j += 1
            if k + 1 < j < len(card) and _is_dateline(card[j]):
                dates.append(card[j])
        if not dates or any(not _has_date(p) and (len(p.split()) > TEXT_META.role_max_words
                                                  or p.rstrip().endswith((".", "!", "?"))) for p in others):
            continue
        if any(w.strip(".,:;") in data["not_date_words"] for d in dates for w in _fold(d).split()):
            continue  # "Kevin Dente" / "answered May 2, 2009": an answer's, a comment's date
        if lower is None:
            lower = document_lower_words(blocks)
            text = " ".join(block.plain for block in blocks).casefold()
        name = person_name(head, lower, capitals=True) or _person_names(head, lower)
        if name is not None and name != lines[0].strip() \
                and all(text.count(one.casefold()) == 1 for one in name.split(AUTHOR_SEPARATOR)):
            # (a name the text repeats is its subject, a place or the publication: "Việt Nam"); another bare name
            # line in the zone makes it ambiguous ("Jane Doe" / "John Smith" / "Posted on ...": whose?)
            if any(person_name(other, lower, capitals=True) for j, other in enumerate(lines) if j != k):
                return None
            return name
    return None


#: What a card line holds besides its words: numbers, separators, spaces
_CARD_REST = compile_pattern(r"[\d\s·•|/\\,.:()–—-]+")


def is_card_line(line: str) -> bool:
    """A line of a platform's author card: only a follow button's label, a reading time's words, numbers and
    separators ("·", "Follow", "5 min read")."""
    if len(line) > TEXT_META.card_line_max_chars:
        return False
    return not _CARD_REST.sub("", byline_data()["card"].sub(" ", _fold(line)))


def _title_on(blocks: list[Block]) -> list[str]:
    """The head lines from the title on (a menu bar before it skipped: "Home | News | Business | Tech")."""
    lines = list(_head(blocks))
    while lines and len(_PARTS.split(lines[0])) > TEXT_META.byline_parts_max - 1:
        lines.pop(0)
    return lines


def writer_role(role: str, anywhere: bool = False) -> bool:
    """``role`` is a writer's role of a few words, no sentence ("Staff Writer", "correspondant à Lyon"): it opens with
    one of ``writer_roles`` (with ``anywhere``, one of its words does: "Harbour Correspondent")."""
    role = role.strip()
    if not role or len(role.split()) > TEXT_META.role_max_words or role.endswith((".", "!", "?", ":")):
        return False
    words = _fold(role).split()
    starts = range(len(words)) if anywhere else range(1)
    roles = byline_data()["writer_roles"]  # (a tuple: one ``startswith`` call tries them all, the same answer)
    return any(" ".join(words[j:]).startswith(roles) for j in starts)


def role_line_byline(blocks: list[Block]) -> str | None:
    """A person's name with a writer's role and no label in the title zone (authors11c): "Jane Doe, Staff Writer",
    "JEAN DUPONT, envoyé spécial à Brest" on one line, or "Jane Doe" then "Harbour Correspondent" on the next; the
    bare name's guards (``person_name``, shown once in the text, not the title)."""
    lines = _title_on(blocks)[:TEXT_META.title_zone_lines + 2]
    lower: frozenset[str] | None = None
    text = ""
    for k in range(1, min(len(lines), TEXT_META.title_zone_lines + 1)):
        line = unicodedata.normalize("NFC", lines[k])
        if len(line) > TEXT_META.role_byline_max_chars:
            continue
        head, comma, role = line.partition(",")
        if comma:
            if not writer_role(role):
                continue
        elif not (k + 1 < len(lines) and len(lines[k + 1]) <= TEXT_META.role_byline_max_chars
                  and writer_role(lines[k + 1], anywhere=True)):
            continue
        if lower is None:
            lower = document_lower_words(blocks)
            text = " ".join(block.plain for block in blocks).casefold()
        name = person_name(head, lower, capitals=True)
        if name is not None and name != lines[0].strip() and text.count(name.casefold()) == 1:
            return name
    return None


#: "<name> (jane@example.com)", "<name>, jane.doe@example.com", "<name> @janedoe": a name and its contact
_CONTACT = compile_pattern(r"^(?P<name>[^@()|,]+?)\s*(?:[,|·•–—-]\s*|\(\s*)?"
                         r"(?P<contact>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]{2,30})\s*\)?$")
_ASCII_WORD = compile_pattern(r"[a-z]{3,}")


def contact_byline(blocks: list[Block]) -> str | None:
    """A person's name with an e-mail address or a handle that spells a word of it, alone on a line in the title
    zone (authors11c): "Jane Doe (jane.doe@harbourtimes.com)", "Jane Doe @janedoe". Not at the end: "Media contact:
    Jane Doe, jane@…" there is a press release's contact, not its author."""
    lines = _title_on(blocks)[:TEXT_META.title_zone_lines + 1]
    for line in lines[1:]:
        match = _CONTACT.match(unicodedata.normalize("NFC", line.strip(" *_")))
        if match is None or len(line) > TEXT_META.role_byline_max_chars:
            continue
        contact = match.group("contact")
        local = contact.split("@")[1 if contact.startswith("@") else 0].casefold()
        # (the address's own words aside: "jane" of "jane.doe@…" is no word the text writes in lower case)
        lower = document_lower_words(blocks) - {w.casefold() for w in _LOWER_WORD.findall(contact)}
        name = person_name(match.group("name"), lower, capitals=True)
        words = set(_ASCII_WORD.findall(_fold(name).casefold())) if name else set()
        if name and any(word in local for word in words):
            return name
    return None


def _name_then_date(text: str) -> tuple[str, str] | None:
    """("Jane Doe", "March 12, 2024") of "Jane Doe March 12, 2024": capitalised words, then a date line's shape."""
    tokens = TOKEN.findall(text)
    name = name_at(tokens, metadata_vocabulary()["stop"])
    if name is None or len(tokens) <= len(name.split()):
        return None
    rest = " ".join(tokens[len(name.split()):])
    return (name, rest) if _is_dateline(rest) else None


def cjk_record_byline(blocks: list[Block]) -> str | None:
    """A CJK byline label and a name inside a post's record line near the top, with a date or another labelled field
    on the line ("时间：2024-03-12 来源：新华网 作者：王小明", "投稿日：2024年3月12日 著者：山田太郎")."""
    data = byline_data()
    for line in _head(blocks)[:TEXT_META.record_zone_lines]:
        if len(line) > TEXT_META.role_byline_max_chars:
            continue
        line = unicodedata.normalize("NFC", line.strip(" *_"))
        match = data["cjk_field"].search(line)
        if match is None or match.group("name") in data["cjk_not_a_name"]:
            continue
        rest = line[:match.start()] + " " + line[match.end():]
        if _has_date(rest) or data["any_field"].search(rest):
            return join_names(cjk_names(match.group("name"), line[match.end():]))
    return None


def script_label_byline(blocks: list[Block]) -> str | None:
    """An author label and a name of 2-4 words of a script without case, alone on a line before the first paragraph
    of prose or among the last blocks ("लेखक: राहुल शर्मा", "بقلم أحمد علي")."""
    data = byline_data()
    candidates = list(_head(blocks))
    last_prose = _last_prose(blocks, len(blocks) - 1)
    for block in blocks[last_prose + 1:last_prose + 1 + TEXT_META.tail_blocks]:
        if block.type in ("paragraph", "list_item", "heading"):
            candidates.extend(plain_lines(block))
    for line in candidates:
        if len(line) > TEXT_META.role_byline_max_chars or line.isascii():
            continue
        words = _label_rest(unicodedata.normalize("NFC", line).strip(" *_"), data)
        if words and TEXT_META.name_min_words <= len(words) <= TEXT_META.name_max_words \
                and all(UNCASED_WORD.match(w) and not any(c.isupper() or c.islower() for c in w) for w in words):
            return " ".join(words)
    return None


def _label_rest(line: str, data: dict) -> list[str] | None:
    """The words after an author label that opens ``line`` and a colon (or after a label that means "by" and needs
    none: "بقلم"), the line's last dot aside; None without such a label."""
    tokens = line.split()
    if not tokens:
        return None
    # the labels the line's first word may open, in the labels' order (the first that fits decides): a label of
    # several words is that word, one of one word a prefix of it ("author:" of "author:Jane")
    several, single, longest, most = _label_index()
    folded = [_fold(t) for t in tokens[:max(most, 1)]]
    first = folded[0]
    candidates = list(several.get(first, ()))
    candidates.extend(single[first[:k]] for k in range(1, min(len(first), longest) + 1) if first[:k] in single)
    for _, label in sorted(candidates):
        n = len(label)
        if len(tokens) <= n - 1:
            continue
        head = folded[:n]
        if head[:-1] != list(label[:-1]):
            continue
        last = head[-1]
        if last == label[-1]:
            rest = tokens[n:]
        elif last.startswith(label[-1]) and last[len(label[-1]):] in (":", "："):
            rest = [":"] + tokens[n:]
        elif last.startswith(label[-1] + ":") or last.startswith(label[-1] + "："):
            rest = [":", tokens[n - 1][len(label[-1]) + 1:]] + tokens[n:]
        else:
            continue
        colon = bool(rest) and rest[0][:1] in (":", "：", "-", "–", "—")  # (a dash: "كتب - أحمد علي", authors11c)
        if colon:
            rest = [rest[0][1:]] + rest[1:]
        elif " ".join(label) not in data["without_colon"]:
            return None  # "लेखक के बारे में" ("about the author"): a label without a colon reads as a phrase
        words = [w for w in rest if w]
        if words:
            words[-1] = words[-1].rstrip(".")
        return [w for w in words if w]
    return None


@lru_cache(maxsize=1)
def zh_surnames() -> tuple[str, ...]:
    """The Chinese surnames of the bios' data (data/bios/zh.json)."""
    return tuple(read_json("bios", "zh.json").get("surnames", ()))


def cjk_label_name(line: str, start: int) -> bool:
    """The Han characters at ``start`` of ``line``, right after a reporter's label, may be a name: a space parts
    them from the label, or they open with a Chinese surname ("本报记者王小明"; "记者节快乐" is Journalists' Day)."""
    return start > 0 and line[start - 1].isspace() or line[start:].startswith(zh_surnames())


#: What ``byline_data()["reporter"]``'s label follows when it does not open the text (its ``(?:^|[(\[]|[.;]\s)``):
#: a line without one of them is matched at its start only, the same match as the search (speed34).
_REPORTER_AFTER = re.compile(r"[(\[.;]")


def reporter_credit(blocks: list[Block]) -> str | None:
    """The first reporter of a wire's credit line among the first lines before the prose or after the article's last
    paragraph of prose (or in its last paragraph's last line): "(Reporting by Jane Doe; Editing by John Smith)",
    "Haber: Ahmet Yılmaz/İSTANBUL", "记者 王小明 报道", "/ Иван Петров /"."""
    data = byline_data()
    vocab = metadata_vocabulary()
    last_prose = _last_prose(blocks, None)
    if last_prose is None:  # (short paragraphs: Chinese or Japanese prose is shorter than prose_min_chars)
        last_prose = max(0, len(blocks) - TEXT_META.tail_blocks)
    # (a run of a page's short lines is no paragraph whose last line a credit ends)
    lines = (plain_lines(blocks[last_prose]) or [""])[-1:] if blocks and not blocks[last_prose].line_run else []
    budget = TEXT_META.tail_blocks  # (a run of a page's short lines, Block.line_run, counts its lines: they were
    # blocks of one line each, readers/text.py ``line_groups``)
    for block in blocks[last_prose + 1:last_prose + 1 + TEXT_META.tail_blocks]:
        if budget <= 0:
            break
        own = plain_lines(block)[:budget] if block.line_run else None
        budget -= len(own) if own is not None else 1
        if block.type in ("paragraph", "list_item"):
            lines.extend(own if own is not None else plain_lines(block))
    head = _head(blocks)[:TEXT_META.record_zone_lines]  # a credit under the title ("Haber: …/İSTANBUL")
    for line in head + lines:
        line = unicodedata.normalize("NFC", line.strip())
        tail = line[-TEXT_META.role_byline_max_chars:]
        # (the label opens the tail or follows "(", "[", "." or ";": without one of them only the start is tried)
        match = data["reporter"].search(tail) if _REPORTER_AFTER.search(tail) is not None \
            else data["reporter"].match(tail)
        if match is not None:
            segment = " ".join(TOKEN.findall(_CREDIT_END.split(match.group("rest"))[0]))
            name = name_at(TOKEN.findall(segment), vocab["stop"])
            if name:
                after = segment[len(name):].lstrip()
                # the name ends the credit's part, or a comma, "and" (a second reporter) or a place follows it
                if not after or after[0] == "," or after.split()[0].casefold() in data["reporter_after"]:
                    return name
        # (at the end of the last paragraph too: "…。（记者 王小明）"; the name is of Han characters: an ASCII line
        # holds none)
        match = None if tail.isascii() else data["cjk_reporter"].search(tail)
        if match is not None and match.group("name") not in data["cjk_not_a_name"] \
                and cjk_label_name(tail, match.start("name")):
            return match.group("name")
        if len(line) > TEXT_META.role_byline_max_chars:
            continue
        if line.startswith("/") and line.endswith("/") and len(line) > 2:  # "/ Иван Петров /"
            name = name_at(TOKEN.findall(line.strip("/ ")), vocab["stop"])
            if name and name == line.strip("/ ").rstrip("."):
                return name
    return None


def role_signature(blocks: list[Block]) -> str | None:
    """A name and its role after a comma alone on the line after the article's last paragraph of prose ("Jean
    Dupont, correspondant à Lyon", "Jane Doe, staff writer"): the role is a writer's (``writer_roles``); not
    after a quotation (its attribution), not a name the text repeats (a person quoted or written about)."""
    from .textmeta import QUOTE_END

    last_prose = _last_prose(blocks, None)
    if last_prose is None:
        return None
    for i in range(last_prose + 1, min(len(blocks), last_prose + 1 + TEXT_META.tail_blocks)):
        name = _name_and_role(blocks[i])
        if name is None:
            continue
        if QUOTE_END.search(blocks[i - 1].plain.strip()):
            return None  # a quotation's attribution
        break
    else:
        return None
    if " ".join(b.plain for b in blocks).casefold().count(name.casefold()) > 1:
        return None
    return name


def _name_and_role(block: Block) -> str | None:
    """The name of a one-line paragraph "<name>, <role> ..." whose role opens with a writer's role ("correspondant à
    Lyon", "staff writer"; not "Founder of Base44": a testimonial's signature)."""
    lines = plain_lines(block)
    if block.type != "paragraph" or len(lines) != 1 or len(lines[0]) > TEXT_META.role_byline_max_chars:
        return None
    head, comma, role = unicodedata.normalize("NFC", lines[0]).partition(",")
    role = role.strip()
    if not comma or not role or len(role.split()) > TEXT_META.role_max_words or role.endswith((".", "!", "?")):
        return None
    name = person_name(head, frozenset())
    folded = _fold(role)
    if name is None or not any(folded.startswith(w) for w in byline_data()["writer_roles"]):
        return None
    return name


def _record_names() -> dict:
    return read_json("text_bylines.json")["record_names"]


@lru_cache(maxsize=1)
def _record_name_vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The record line's labels, the Korean family names, the words no name is (folded, marks aside)."""
    from .linebylines import byline_labels

    data = _record_names()
    labels = frozenset(" ".join(_fold_marks(label).split()) for label in data["labels"]) \
        | frozenset(_fold_marks(label) for label in byline_labels())  # (every language's byline labels)
    surnames = frozenset(read_json("bios", "ko.json")["uncased"]["surnames"])  # (the reporters' credit's)
    return labels, surnames, frozenset(_fold_marks(word) for word in data["not_names"])


#: A platform's handle: Latin letters and digits ("koomin", "TeaC", "lobst3r", "jane_doe")
_HANDLE = compile_pattern(r"^[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]$")
#: A handle's own shape, not a word's: a digit or an underscore, a lower-case first letter, a capital after a
#: lower-case letter ("koomin", "lobst3r", "TeaC"; not "Home", "News", "UPDATE")
_HANDLE_MARK = compile_pattern(r"[0-9_]|^[a-z]|[a-z][A-Z]")
#: A name's word of a record line: letters, marks, digits ("مسلم11"), a handle's joiners
_RECORD_WORD = compile_pattern(r"^[\p{L}\p{M}][\p{L}\p{M}\d_.-]*$")
_HANGUL_NAME = compile_pattern(r"^\p{Hangul}{2,4}$")
#: What parts a record line's fields ("koomin·2024년 10월 15일", "Jane | 2024-03-12", "jane — 12.03.2024",
#: "by jane » Sun Dec 17, 2023", "Автор: jane, 12.03.2024")
_RECORD_SEPARATORS = compile_pattern(r"\s*[|·•»]\s*|\s+[–—-]\s+|,\s+")
_DIGIT = compile_pattern(r"\d")
#: A record line's last field after a separator ("2024-03-12 10:32 | jane")
_SEPARATED_LAST = compile_pattern(r"[|·•»–—]\s*(?:@|u/)?[\p{L}\p{M}\d_.-]+\s*$")
#: A handle's mark before it ("@jane", "u/jane")
_HANDLE_PREFIX = compile_pattern(r"^(?:@|u/)(?=\w)")


def _is_handle(word: str) -> bool:
    """``word`` has a platform handle's shape (``_HANDLE``, ``_HANDLE_MARK``) and length (``TEXT_META.handle_*``)."""
    return bool(_HANDLE.match(word)) and TEXT_META.handle_min_chars <= len(word) <= TEXT_META.handle_max_chars \
        and _HANDLE_MARK.search(word) is not None


def _record_name(words: list[str], labelled: bool, vocabulary: tuple[frozenset[str], frozenset[str], frozenset[str]]
                 ) -> str | None:
    """The writer's name of a record line's words before (or after) its date: after a label, 1 to
    ``record_name_max_words`` words of letters; without one, a handle (``_HANDLE_MARK``) or a Korean name (a family
    name and two syllables); never a word of ``not_names``, a label or a date's."""
    labels, surnames, not_names = vocabulary
    if not words or len(words) > TEXT_META.record_name_max_words or not all(_RECORD_WORD.match(w) for w in words):
        return None
    months, weekdays, meta = date_vocabulary()
    if any(_fold_marks(w) in not_names or _fold_marks(w) in labels or _fold(w) in byline_data()["not_date_words"]
           or _fold(w).rstrip(".") in months or _fold(w).rstrip(".") in weekdays or _fold(w) in meta
           for w in words) or _has_date(" ".join(words)):
        return None  # ("answered May 2, 2009": an answer's record, its writer on the line above)
    name = " ".join(words)
    if labelled:
        return name if _labelled_name(words) else None
    if len(words) != 1:
        return None
    word = words[0]
    if _is_handle(word):
        return word
    if _HANGUL_NAME.match(word) and (len(word) == 3 and word[0] in surnames or len(word) == 4 and word[:2] in surnames) \
            and word[-1] not in _record_names()["ko_not_name_ends"]:
        return word  # ("정일관"; not "서울", "강남구")
    return None


@lru_cache(maxsize=1)
def _not_persons() -> frozenset[str]:
    """The words no person's name after a record label holds: an agency's, a team's or a desk's, an organisation's,
    the names' stop words ("By Reuters", "Por Redacción", "By The Associated Press", "By Our Reporter"), folded."""
    raw = read_json("text_bylines.json")
    return frozenset(_fold(w) for w in (*raw["agency_names"], *raw["team_words"])) \
        | metadata_vocabulary()["organisations"] | byline_data()["name_stop"] | byline_data()["not_name"]


def _labelled_name(words: list[str]) -> bool:
    """``words`` after a record label are a person's name or handle: one handle ("lobst3r", "koomin"), or words of a
    script without case ("분홍애비", "محمد علو"), or one capitalised word ("Samah"), not an agency's, a team's, an
    organisation's or a stop word, not in capitals ("AFP"); several capitalised words are the earlier bylines' (their
    guards)."""
    if len(words) == 1 and _is_handle(words[0]):
        return _fold(words[0]) not in _not_persons()
    if len(words) > 1 and any(c.isupper() or c.islower() for c in "".join(words)):
        return False  # (capitalised words after a label are read by the earlier bylines, with their guards: "Published
        # by The Harbour Gazette in April 2004" is a publisher)
    roles = byline_data()["writer_roles"]
    for word in words:
        cased = any(c.isupper() or c.islower() for c in word)
        folded = _fold(word).rstrip(".")
        if cased and not _TITLE_WORD.match(word) or folded in _not_persons() or folded.startswith(roles):
            return False  # ("AFP", "By Our Reporter", "Staff Writer")
    return True


def record_line_name(line: str, following: str | None = None, bare: bool = True) -> str | None:
    """The writer a post's record line names by a handle or a name of a script without case (``_record_line_name``),
    ``following`` the line under it; a name without its label only when ``bare``. The one reading of a record line's
    name (tidy39: postmeta38's ``record_name``, never read by the library, gave the first word of a full name,
    "Jesus" of "by Jesus Eligio, 12/15/06 12:24", and a desk, "Redaksi"; its glued handle is read here)."""
    return _record_line_name(line, following, _record_name_vocabulary(), bare)


def _record_line_name(line: str, following: str | None,
                      vocabulary: tuple[frozenset[str], frozenset[str], frozenset[str]], bare: bool) -> str | None:
    """The name of one head line: "[label] name date…", "date… label name", "[label] name" over a date line, or a
    handle glued to its date (``postmeta.glued_handle``); a name without its label only when ``bare``."""
    if len(line) > TEXT_META.role_byline_max_chars or not _DIGIT.search(line) \
            and (following is None or not _DIGIT.search(following)):
        return None  # (a date has digits, on the line or the next: most lines are read no further; speed)
    labels = vocabulary[0]
    words: list[str] = []
    part_of: list[int] = []  # the field each word is of (a name is one field's words: "kovarex, TOGos" is a list)
    normal = unicodedata.normalize("NFC", line).strip(" *_#>")
    fields = _RECORD_SEPARATORS.split(normal)
    commas = [sep.strip() == "," for sep in _RECORD_SEPARATORS.findall(normal)]
    for part, field in enumerate(fields):
        for word in field.split():
            words.append(_HANDLE_PREFIX.sub("", word))
            part_of.append(part)
    if not words:
        return None
    folded = [_fold_marks(w).rstrip(":：") for w in words]
    labelled = False
    start = 0
    for size in (3, 2, 1):  # ("publicado por", "by")
        if " ".join(folded[:size]) in labels and len(words) > size:
            labelled, start = True, size
            break
    if not labelled:  # "2025-12-18 di lobst3r": the date, the label, the name ending the line
        for k in range(1, len(words) - 1):
            if folded[k] in labels and _is_dateline(" ".join(words[:k])) and not _has_date(" ".join(words[k + 1:])):
                return _record_name(words[k + 1:], True, vocabulary)
    if not (labelled or bare):
        return None
    glued = None if labelled else glued_handle(normal)
    if glued is not None:  # "xiaoxiao2022-07-07  161": a handle glued to its post's date (postmeta's record shape)
        return _record_name([glued], False, vocabulary)
    rest = words[start:]
    for size in range(min(len(rest), TEXT_META.record_name_max_words), 0, -1):  # (the longest name first)
        after = " ".join(rest[size:])
        if after and _is_dateline(after) or not after and following is not None and _date_line(following):
            date = after or following or ""
            if any(w.strip(".,:;") in byline_data()["not_date_words"] for w in _fold(date).split()):
                return None  # ("Jane" / "Joined: Jun 2009": a member card's, an answer's date)
            if size < len(rest) and _TITLE_WORD.match(rest[size]) and not _dateish(rest[size]):
                continue  # (the name goes on: "By The Associated Press March 3": not "The Associated")
            part = part_of[start + size - 1]
            if part_of[start] != part or size < len(rest) and part_of[start + size] != part \
                    and commas[part] and not _has_date(fields[part + 1]):
                continue  # (a name is one field's words; a comma after it, then no date: a list of names)
            name = _record_name(rest[:size], labelled, vocabulary)
            if name is not None:
                return name
    if bare and len(words) >= 2 and _SEPARATED_LAST.search(line) and folded[-1] not in labels \
            and _bare_date(" ".join(words[:-1])):
        return _record_name(words[-1:], False, vocabulary)  # "2024-03-12 10:32 | jane": a handle after its
        # post's date and a separator
    return None


def _dateish(word: str) -> bool:
    """``word`` is a date's: a month's, a weekday's or a date line's meta word ("March", "Sun", "Posted")."""
    months, weekdays, meta = date_vocabulary()
    folded = _fold(word).rstrip(".,")
    return folded in months or folded in weekdays or folded in meta


def _bare_date(text: str) -> bool:
    """``text`` is a date or a time and nothing else ("2024-03-12 10:32:11")."""
    shape = meta_line_shape(text)
    return shape is not None and shape[0] == "dateline" and shape[1] == "bare"


def _date_line(line: str) -> bool:
    """A date line, or a short line holding a date ("2 พฤษภาคม 2564 ( 07:26 )": a date of a script the date line's
    shape does not read word by word)."""
    return _is_dateline(line) or len(line.split()) <= TEXT_META.role_max_words and _has_date(line) \
        and not line.rstrip().endswith((".", "!", "?"))


def record_name_byline(blocks: list[Block]) -> str | None:
    """A post's record line among the head lines naming its writer by a handle or a name of a script without case, with
    the post's date on the line or the next one ("koomin·2024년 10월 15일", "TeaC" / "2 พฤษภาคม 2564 ( 07:26 )",
    "by 분홍애비 2023. 1. 24.", "مُساهمة Samah الأحد سبتمبر 18, 2011 9:44 am", "정일관 승인 2022.04.07 11:25",
    "2025-12-18 di lobst3r"): the name after a record label (``record_names``), or a handle's shape or a Korean name
    alone; never a name the prose writes (its subject), never two different names (whose?); meta38."""
    lines = _head(blocks)[:TEXT_META.record_scan_lines]
    if not lines:
        return None
    vocabulary = _record_name_vocabulary()
    found: str | None = None
    for k, line in enumerate(lines):
        # (a handle or a name alone, without its label: among the first lines under the title only)
        bare = 1 <= k < TEXT_META.record_zone_lines
        name = _record_line_name(line, lines[k + 1] if k + 1 < len(lines) else None, vocabulary, bare)
        if name is None or name == found:
            continue
        if found is not None:
            return None
        found = name
    if found is None:
        return None
    folded = found.casefold()
    if any(is_prose(block) and folded in block.plain.casefold() for block in blocks):
        return None  # the prose's person, place or product
    return found


#: A press signature's name: a given name, then the surname in capitals, four letters or more ("Юрий СЕЙИДОВ",
#: "Jean DUPONT"; not "Anthills MTB": an acronym)
_PRESS_SIGNATURE = compile_pattern(r"^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*\s+\p{Lu}[\p{Lu}\p{M}'’-]{3,}$")


def bare_signature(blocks: list[Block]) -> str | None:
    """A person's name alone on the line right after the article's last paragraph of prose: the writer's signature.
    The document's last line with ``person_name``'s shape ("Margaret Hill" under a letter), or a press signature's
    shape (a given name, the surname in capitals: "Юрий СЕЙИДОВ") with no prose nor a date line after it (a comment's
    header: "Jane" / "March 3, 2024 at 10:32"); the text names it nowhere else (a person quoted or written about), the
    paragraph before it is no quotation (its attribution). A bare capitalised line with more after it is a heading
    ("Works Cited", "Best Practices": measured on the tuned dumps); meta38."""
    from .textmeta import QUOTE_END

    last_prose = _last_prose(blocks, None)
    if last_prose is None or last_prose + 1 >= len(blocks):
        return None
    block = blocks[last_prose + 1]
    lines = plain_lines(block)
    if block.type != "paragraph" or len(lines) != 1 or len(lines[0]) > TEXT_META.name_max_chars:
        return None
    line = " ".join(unicodedata.normalize("NFC", lines[0]).split()).strip(" *_")
    lower = document_lower_words(blocks)
    following = next((b for b in blocks[last_prose + 2:] if b.plain.strip()), None)
    if following is None:  # the document's last line
        name = person_name(line, lower, capitals=True)
    elif _PRESS_SIGNATURE.match(line) and person_name(line.title(), lower) is not None:
        name = line  # (a press signature's shape, whatever follows it: the page's share and tag lines)
        following_lines = plain_lines(following)
        if is_prose(following) or following_lines and _date_line(following_lines[0]):
            return None
    else:
        return None  # (a bare capitalised line with more after it: a heading, "Works Cited", "Best Practices")
    if name is None or QUOTE_END.search(blocks[last_prose].plain.strip()):
        return None
    if " ".join(b.plain for b in blocks).casefold().count(name.casefold()) > 1:
        return None
    return name


#: A follower count's number ("2.4K", "1,204", "12 万")
_COUNT = compile_pattern(r"^\d[\d.,\s]*[kKmM万千]?\+?$")


@lru_cache(maxsize=1)
def _author_box_vocabulary() -> tuple[tuple[str, ...], frozenset[str]]:
    data = read_json("text_bylines.json")["author_box"]
    return (tuple(sorted({_fold(w) for w in data["labels"]}, key=longest_first)),
            frozenset(_fold(w) for w in data["followers"]))


def _follower_count(line: str, followers: frozenset[str]) -> bool:
    """"2.4K followers", "1,204 Followers", "Followers: 120": a count and a follower's noun, nothing else."""
    words = _fold(line).replace(":", " ").split()
    nouns = [w for w in words if w in followers]
    return len(nouns) == 1 and len(words) <= 3 and all(w in followers or _COUNT.match(w) for w in words) \
        and len(words) >= 2


def author_box_name(blocks: list[Block]) -> str | None:
    """The name of a platform's author box after the article: a short block "Written by <name>" (a heading, or a
    heading in a link) over the author's follower count in the next two blocks ("2.4K followers"): the rest of the
    heading whole, in any case ("Written by jane doe", "Written by Abhijeet kumawat"); meta38."""
    labels, followers = _author_box_vocabulary()
    limit = TEXT_META.name_max_chars + 20
    for i, block in enumerate(blocks):
        if len(block.plain) > 2 * limit:
            continue  # (a long block is no box's heading: not split at all; speed)
        plain = " ".join(block.plain.split()).lstrip("#* ").strip()
        if not plain or len(plain) > limit:
            continue
        folded = _fold(plain)
        label = next((w for w in labels if folded.startswith(w + " ")), None)
        if label is None:
            continue
        name = plain[len(label):].strip(" :*_")
        words = name.split()
        if not 1 <= len(words) <= TEXT_META.name_max_words or not all(_RECORD_WORD.match(w) for w in words):
            continue
        after = [b for b in blocks[i + 1:i + 4] if b.plain.strip()][:2]
        if any(_follower_count(" ".join(b.plain.split()), followers) for b in after):
            return name
    return None
