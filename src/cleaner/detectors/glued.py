"""Glued plain-text lines by their shape (lines36, issue 11; docs/structure.md "Glued lines").

A text extraction whose lines are joined by single newlines reaches the detectors as one block: a link table in the
middle of the article, an advertiser's banner title over a caption, an image's file name over its paragraph. The line
cut (readers/text.py ``line_groups``) makes each line of these shapes a unit of its own (``glued_lines``, handed to the
reader with the cut's first pass by the pipeline), and ``glued_findings`` names them:

- ``navigation.link_table``: a run of at least ``GLUED.table_min_rows`` pipe-table rows whose last cell is the same
  call of two to ``cell_max_words`` words ("RBSE REET 2021 Notification | Click Here |", any language: a column that
  says the same thing on every row carries no data, it is a column of buttons); the run's header and separator rows
  go with it. A data table has values that differ from row to row, and numbers.
- ``navigation.image_remnant``: a file-name slug alone on a line (``slug_min_parts`` lower-case ASCII parts joined by
  hyphens, half of its letter parts words of the lines around it or of the title, transliterated: "7-nhan-to-thanh-
  cong-cot-loi-…-banner-2"), or an image label of data/glued_lines.json with a number, alone ("Illustration 1").
- ``affiliate.ad_slot``: an ad-slot word of data/glued_lines.json in capitals opening a line of at most
  ``ad_slot_max_words`` capitalised words and no sentence end ("BANNER A - ARLEIDE ÓTICA": a widget's title);
  "Banner Health said …" is a sentence.
- ``call_to_action.share_repeated``: a share bar by repetition: at least ``share_min_names`` network names of
  data/networks.json, each after the same ``share_prefix_words`` words ("Поделиться новостью в Facebook Поделиться
  новостью в VK …"), the bar at least ``share_run_share`` of its line; the prefix is learnt from the line, not
  listed, so any language. An article listing networks in prose has no prefix repeated before each.

A short "©" credit line is cut too (no finding of this module: ``rights_notice.copyright_line`` names it), so that
its removal does not take the caption sentence under it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate

import regex

from ..datafiles import read_json
from ..model import Block, Finding
from ..links import IMAGE_EXTENSION_PATTERN
from ..patterncache import compile_pattern
from ..rules import GLUED
from ..scripts import UNSPACED, fold_words
from .base import rule_finding, with_added

#: A line with two pipes at least (a table's row: ``_cells``), found at its newline.
_ROW = re.compile(r"\n[^\n|]*\|[^\n|]*\|")
#: A file name's slug, its picture's extension optional ("harbour-ferry-timetable-2024.jpg")
_SLUG = compile_pattern(r"(?P<stem>[a-z0-9]+(?:-[a-z0-9]+)+)(?:\.(?i:%s))?" % IMAGE_EXTENSION_PATTERN)
_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}]+")
_SENTENCE_END = frozenset(".!?。！？")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], "regex.Pattern[str]", "regex.Pattern[str]"]:
    """The ad-slot words, the image placeholder's pattern, the network names' pattern (a name at a word's start:
    "Twittere" glued to a case ending)."""
    data = read_json("glued_lines.json")
    slots = frozenset(fold_words(w) for w in data["ad_slot"])
    labels = sorted({fold_words(w) for w in data["image_labels"]}, key=lambda w: (-len(w), w))
    image = compile_pattern(r"(?:%s)\s*\d{1,4}" % "|".join(regex.escape(w) for w in labels))
    names = sorted({fold_words(w) for w in read_json("networks.json")["names"]}, key=lambda w: (-len(w), w))
    network = compile_pattern(r"(?<![\p{L}\p{M}\p{N}])(?:%s)" % "|".join(regex.escape(w) for w in names))
    return slots, image, network


@lru_cache(maxsize=1)
def _candidate() -> "re.Pattern[str]":
    """A line that may have a shape of ``_shapes_of`` (one search over a paragraph's lines): a slug alone, an ad-slot
    word in capitals then a word, an image label then a number alone, a "©" first."""
    data = read_json("glued_lines.json")
    slots = sorted({w.upper() for w in data["ad_slot"]}, key=lambda w: (-len(w), w))
    labels = sorted({w for w in data["image_labels"]}, key=lambda w: (-len(w), w))
    slot = "|".join(regex.escape(w) for w in slots)
    label = "|".join(regex.escape(w) for w in labels)
    # (``re``, searched over the lines joined after a newline: the pattern opens with that literal, which the search
    # jumps to, instead of trying a line start's pattern at every character)
    return re.compile(r"(?m)\n[ \t]*(?:[a-z0-9]+(?:-[a-z0-9]+){%d,}(?:\.[a-z]{3,4})?[ \t]*$|(?:%s)[ \t]+\S"
                           r"|(?i:%s)[ \t]*\d{1,4}[ \t]*$|©)" % (GLUED.slug_min_parts - 1, slot, label))


def _cells(line: str) -> list[str] | None:
    """A pipe-table row's non-empty cells, or None for a line that is no row."""
    if line.count("|") < 2:
        return None
    return [cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip()]


def _call_cell(cell: str) -> bool:
    """A cell that can be a button's label: letters, no digit, two to ``cell_max_words`` words (a label of a script
    without spaces: two characters or more)."""
    if any(ch.isdigit() for ch in cell) or not any(ch.isalpha() for ch in cell):
        return False
    words = len(cell.split())
    if words > GLUED.cell_max_words:
        return False
    return words >= 2 or (UNSPACED.search(cell) is not None and len(cell) >= 2)


def link_table_rows(lines: list[str | None]) -> set[int]:
    """The indexes of ``lines`` (None: not a line of text) in a run of pipe-table rows whose last cells are one call
    (see the module's docstring)."""
    found: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if line is None or "|" not in line or _cells(line) is None:
            i += 1
            continue
        j = i
        lasts: list[str | None] = []
        while j < n and (row := lines[j]) is not None and (cells := _cells(row)) is not None:
            lasts.append(fold_words(cells[-1]) if len(cells) >= 2 else None)
            j += 1
        counted = Counter(last for last in lasts if last is not None)
        if counted:
            call, times = min(counted.items(), key=lambda item: (-item[1], item[0]))
            data_rows = sum(1 for last in lasts if last is not None)
            if times >= GLUED.table_min_rows and times >= data_rows - 1 and _call_cell(call):
                found.update(range(i, j))
        i = j
    return found


def _ascii_words(text: str) -> set[str]:
    """The words of ``text`` transliterated to lower-case ASCII letters ("Mạng xã hội" -> mang, xa, hoi)."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return set(_WORD.findall(plain))


def slug_line(line: str, near: str | None = None) -> bool:
    """A file-name slug alone on the line; with ``near`` (the text around it), half its letter parts are its words."""
    text = line.strip()
    match = _SLUG.fullmatch(text) if len(text) <= GLUED.max_chars else None
    if match is None:
        return False
    stem = match.group("stem")
    parts = stem.split("-")
    if len(parts) < GLUED.slug_min_parts:
        return False
    letters = [p for p in parts if not p.isdigit()]
    if len(letters) < 2:
        return False
    if near is None:
        return True
    if len(letters) == len(parts) and stem == text:
        # letters only, no number, no image extension: a name of a value or a package as often as a file's
        # ("no-referrer-when-downgrade", "strict-origin-when-cross-origin"): only a longer slug
        if len(parts) < GLUED.slug_letters_min_parts:
            return False
    words = _ascii_words(near)
    return sum(1 for p in letters if p in words) >= GLUED.slug_word_share * len(letters)


def image_placeholder(line: str) -> bool:
    """An image label and its number alone ("Illustration 1", "Ảnh 2")."""
    text = line.strip()
    if len(text) > 40 or not text[-1:].isdigit():
        return False
    match = _vocabulary()[1].fullmatch(fold_words(text))
    return match is not None and int(regex.sub(r"\D", "", text[-4:]) or 0) <= GLUED.image_number_max


def ad_slot_line(line: str) -> bool:
    """An ad-slot word in capitals opening a line of capitalised words, no sentence end ("BANNER A - ARLEIDE
    ÓTICA")."""
    text = line.strip()
    if not text or len(text) > 120 or text[-1] in _SENTENCE_END:
        return False
    words = _WORD.findall(text)
    if len(words) < 2 or len(words) > GLUED.ad_slot_max_words + 1:
        return False
    first = words[0]
    if not first.isupper() or len(first) < 3:
        return False
    slots = _vocabulary()[0]
    if fold_words(first) not in slots and fold_words(" ".join(words[:2])) not in slots:
        return False
    if not all(w[0].isupper() or w.isdigit() for w in words[1:]):
        return False
    # the advertiser's name: a few words, or a slot's id and a dash before it ("BANNER A - ARLEIDE ÓTICA"); a
    # headline in capitals that opens with the word says more ("SPONSOR PULLS OUT OF CITY MARATHON")
    return len(words) - 1 <= GLUED.ad_slot_name_words or " - " in text or " – " in text


def share_repeated(text: str) -> str | None:
    """The repeated prefix of a share bar by repetition (see the module's docstring), or None."""
    if len(text) > GLUED.max_chars:
        return None
    folded = fold_words(text)
    hits = [hit for hit in _vocabulary()[2].finditer(folded)
            if folded[hit.start() - 1:hit.start()] not in (".", "/", "@") and folded[hit.end():hit.end() + 1] != "."]
    if len({hit.group() for hit in hits}) < GLUED.share_min_names:
        return None  # (three networks at least, none inside an address: "mdn.github.io" is a host)
    k = GLUED.share_prefix_words
    prefixes: list[tuple[str, int]] = []
    named: list[str] = []
    for hit in hits:
        words = list(_WORD.finditer(folded, 0, hit.start()))
        if len(words) < k:
            continue
        prefixes.append((" ".join(w.group() for w in words[-k:]), words[-k].start()))
        named.append(hit.group())
    counted = Counter(prefix for prefix, _ in prefixes)
    if not counted:
        return None
    prefix, times = min(counted.items(), key=lambda item: (-item[1], item[0]))
    if times < GLUED.share_min_names or len({name for (p, _), name in zip(prefixes, named) if p == prefix}) \
            < GLUED.share_min_names:
        return None
    starts = [start for p, start in prefixes if p == prefix]
    last_name = max(hit.end() for hit in hits)
    if last_name - starts[0] < GLUED.share_run_share * len(folded):
        return None
    return prefix


def credit_mark_line(line: str, below: str) -> bool:
    """A short copyright credit alone on its line ("© Paulo Pinto/Agência Brasil": a name after the sign, at most
    ``credit_max_words`` words, no sentence end) over a caption's sentence (``below``: ends a sentence, prose's
    length): cut from it, which the credit's removal would take with it."""
    text = line.strip()
    if text[:1] != "©" or len(text.split()) > GLUED.credit_max_words or text[-1] in _SENTENCE_END \
            or not any(ch.isalpha() for ch in text) or any(ch.isdigit() for ch in text):
        return False  # (a year: the page's copyright notice over its privacy line, not a picture's credit)
    under = below.strip()
    return len(under) >= GLUED.credit_caption_chars and under[-1:] in _SENTENCE_END


def _may_share(line: str) -> bool:
    """``share_repeated``'s cheap test: a line of many words that repeats most of them (a prefix before every name)."""
    words = line.split()
    return len(words) >= GLUED.share_min_names * (GLUED.share_prefix_words + 1) \
        and len(set(words)) <= GLUED.share_distinct_share * len(words)


def _shapes_of(line: str, below: str | None) -> bool:
    """Whether ``line`` (``below``: the line under it, if any) has a shape of this module but a link table's row and
    a share bar (a block of its own where met: ``glued_findings``), each shape's test behind its cheap one (most
    lines: none passes; a WET page's hundreds of lines pay four tests of a character or two)."""
    stripped = line.strip()
    if not stripped:
        return False
    first = stripped[0]
    if "-" in stripped and " " not in stripped and slug_line(stripped):
        return True
    if len(stripped) <= 40 and stripped[-1].isdigit() and image_placeholder(stripped):
        return True
    if stripped[:3].isupper() and ad_slot_line(stripped):
        return True
    return first == "©" and below is not None and credit_mark_line(stripped, below)


def glued_lines(texts: list[str]) -> set[int]:
    """The indexes of a paragraph's lines ``texts`` that have a shape of this module, each to be a unit of its own
    (readers/text.py's line cut; the pipeline hands it over with the cut's first pass). A slug needs no context
    here (``glued_findings`` checks its words)."""
    if len(texts) < 2 or len(texts) > GLUED.max_paragraph_lines:
        return set()  # (a page whose lines are all one paragraph, a WET page: its lines are the line model's and
        # edge_chrome's, and a cut in its middle parts the runs they judge: wet_text.py scrapinghub)
    found: set[int] = set()
    # the lines that may have a shape, found by searches over the paragraph (a WET page's hundreds of lines are not
    # each a Python call): a table's rows (two pipes), ``_candidate``
    joined = "\n" + "\n".join(texts)  # (a match starts at its line's newline: its offset in the lines joined)
    starts: list[int] = []
    last = len(texts) - 1
    if joined.count("|") >= 2 * GLUED.table_min_rows:
        starts = list(accumulate(len(t) + 1 for t in texts))
        rows = sorted({bisect_right(starts, m.start()) for m in _ROW.finditer(joined)})
        run: list[int] = []
        for i in rows + [-1]:  # (each run of consecutive rows on its own)
            if run and i != run[-1] + 1:
                found |= {run[0] + k for k in link_table_rows([texts[j] for j in run])}
                run = []
            run.append(i)
    for match in _candidate().finditer(joined):
        if not starts:
            starts = list(accumulate(len(t) + 1 for t in texts))
        i = bisect_right(starts, match.start())
        if i in found or i > last:
            continue
        line = texts[i]
        if len(line) <= GLUED.max_chars and _shapes_of(line, texts[i + 1] if i < last else None):
            found.add(i)
    return found


def _finding(rule: str, cue: str, length: int) -> Finding:
    """``base.rule_finding`` for ``rule``, its kind the rule's first part."""
    return rule_finding(rule.split(".")[0], rule, cue, length)


def glued_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None) -> list[list[Finding]]:
    """``findings`` with the shapes of this module on the one-line blocks (a share bar by repetition on any short
    block). Plain text and Markdown blocks alike (a table block is a Markdown table: not read here); an HTML page's
    blocks (an xpath) are its elements, not glued lines: none."""
    if not blocks or any(block.xpath is not None for block in blocks):
        return findings
    lines: list[str | None] = [b.plain.strip() if b.type in ("paragraph", "list_item") and "\n" not in b.plain.strip()
                               else None for b in blocks]
    added: dict[int, Finding] = {}
    if any(line is not None and "|" in line for line in lines):
        for i in sorted(link_table_rows(lines)):
            added[i] = _finding("navigation.link_table", "a row of a table whose last cells are one call",
                                len(blocks[i].plain))
    title = blocks[0].plain.split("\n", 1)[0] if blocks else ""
    for i, block in enumerate(blocks):
        if i in added or block.type not in ("paragraph", "list_item") or len(block.plain) > GLUED.max_chars:
            continue
        line = lines[i]
        found = None
        if line:
            if line[:3].isupper() and ad_slot_line(line):
                found = _finding("affiliate.ad_slot", f"an ad slot's title: {line[:40]}", len(line))
            elif len(line) <= 40 and line[-1].isdigit() and image_placeholder(line) \
                    and not any(0 <= j < len(lines) and (other := lines[j]) and image_placeholder(other)
                                for j in (i - 1, i + 1)):  # (a list of them: a figure index)
                found = _finding("navigation.image_remnant", f"an image placeholder: {line}", len(line))
            elif "-" in line and " " not in line and not (i and blocks[i - 1].plain.rstrip().endswith((":", "："))):
                # (a name a tutorial's sentence introduces with a colon is its command or package: "Install it:")
                near = " ".join(blocks[j].plain for j in range(max(0, i - GLUED.slug_near_lines),
                                                                 min(len(blocks), i + GLUED.slug_near_lines + 1))
                                if j != i)
                if slug_line(line, near + " " + title):
                    found = _finding("navigation.image_remnant", f"an image's file name: {line[:40]}", len(line))
        if found is None and _may_share(block.plain):
            prefix = share_repeated(block.plain)
            if prefix is not None:
                found = _finding("call_to_action.share_repeated", f"network names each after '{prefix}'",
                                 len(block.plain))
        if found is not None:
            added[i] = found
    if any(b.type == "list_item" for b in blocks):
        for i, cue in title_siblings(blocks, title).items():
            added.setdefault(i, _finding("related.title_siblings", cue, len(blocks[i].plain)))
    return with_added(findings, added, kinds)


# --- title-template siblings: list items that copy the title's template with another topic (J2-F6) ---------------
def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def title_siblings(blocks: list[Block], title: str) -> dict[int, str]:
    """The list items inside the body that copy the document title's template with another topic: a run of at most
    ``GLUED.siblings_max_items`` list items right after a paragraph, each of at most ``siblings_max_chars``, whose
    words are mostly the title's (``siblings_fixed_share``, ``siblings_min_fixed`` words at least) and whose other
    words (the topic: one to ``siblings_max_slot``) the rest of the document never uses ("- What Is Mobile In Hindi"
    under a post titled "What Is Floppy Disk In Hindi?": a related post's title in the same template). An article's
    own list of its sub-topics in the title's form names them again below (its sections): none. {index: cue}."""
    title_words = set(_words(title))
    if len(title_words) < GLUED.siblings_min_fixed:
        return {}
    found: dict[int, str] = {}
    n = len(blocks)
    i = 1
    while i < n:
        if blocks[i].type != "list_item" or blocks[i - 1].type != "paragraph":
            i += 1
            continue
        j = i
        while j < n and blocks[j].type == "list_item":
            j += 1
        run = range(i, j)
        if len(run) <= GLUED.siblings_max_items and j < n:
            slots: set[str] = set()
            ok = True
            for k in run:
                plain = blocks[k].plain.strip()
                words = _words(plain)
                fixed = [w for w in words if w in title_words]
                slot = [w for w in words if w not in title_words]
                if len(plain) > GLUED.siblings_max_chars or len(fixed) < GLUED.siblings_min_fixed \
                        or len(fixed) < GLUED.siblings_fixed_share * len(words) \
                        or not 1 <= len(set(slot)) <= GLUED.siblings_max_slot:
                    ok = False
                    break
                slots |= set(slot)
            if ok:
                rest = " ".join(b.plain for k, b in enumerate(blocks) if k not in run and b.type != "front_matter")
                other = set(_words(rest))
                if not slots & other:
                    for k in run:
                        found[k] = f"a list item in the title's template: {blocks[k].plain.strip()[:40]}"
        i = j
    return found
