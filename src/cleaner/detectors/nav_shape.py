"""Navigation by its shape, in any wording and language: menus, breadcrumbs, pagination, previous / next links, skip
links, back-to-top links, tag / category lines, and runs of short link-only lines.

A line of navigation is made of short items between separators and says nothing: no sentence, no sentence
punctuation, mostly Title-case words or links. The shapes carry the evidence; the words of ``data/navigation.json``
(home, previous / next, page, skip, top, tag labels, in some thirty languages) only make a shape surer ("Accueil ›
Actualités": a home word opens the trail) or name a line whose shape says little ("Skip to content"):

- menu line (``navigation.menu``): three or more short items (four with "/" or an arrow) between separators (``|``,
  ``·``, ``•``, ``/``, ``»``, ``›``, ``>``, tabs), mostly Title case or links; surer with links or a home word;
- breadcrumb (``navigation.trail``): items between a repeated arrow separator ("News › World › Europe"), or after a
  home word ("Home > News"; ``/home``: strong enough for the middle of the article);
- pagination (``navigation.pager``): "Page 2 of 5", "第2页", a run of page numbers ("1 2 3 … 10 Next");
- previous / next (``navigation.prev_next``): previous / next words with arrows or separators and little else
  ("« Previous post | Next post »", "← Older posts", "Next post: <title>"); ``/pair``: both directions;
- skip link (``navigation.skip_link``): "Skip to content", "Aller au contenu", "本文へスキップ";
- back to top (``navigation.back_to_top``): "Back to top ↑", "Nach oben", "返回顶部";
- tag / category line (``navigation.tag_line``): a label and a colon over short items ("Tags: a, b, c"), labelled
  segments between separators ("Posted in X | Tagged Y"), or hashtags only;
- a menu rendered one item a line (``navigation.link_run``): three or more short lines that are each one link, in one
  block or in consecutive blocks.

What stays (precision first): prose with "|" or ">" (a sentence, math, a code sample: lower-case items, sentence
punctuation, long items), a Markdown table row or a table written with "|" (rows with the same number of cells), a
list of ingredients, a lyric with slashes, "Page 2 of the report says …", a sentence that mentions the next post. The
strengths (``rules.RULES``) say where a finding goes: only an unambiguous shape (a skip link, a page counter, a home
trail, a previous / next pair) reaches the middle of the article; the others go at the edges, or next to other
removals, by the decision's edge and neighbour passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..lazyre import LazyPattern
from ..model import Block, Finding
from ..scripts import UNSPACED, fold_words, word_count
from ..rules import (BODY_LENGTH, NAV_INTRO_MIN_WORDS, NAV_ITEM_MAX_CHARS, NAV_ITEM_MAX_WORDS, NAV_LINKS_PAGE_MIN_LINES,
                     NAV_LINKS_PAGE_MIN_PROSE, NAV_LINKS_PAGE_SHARE, NAV_MAX_CHARS, NAV_RUN_MAX_LINES,
                     NAV_TRAIL_LABEL_WORDS, RULES)

KIND = "navigation"
#: Sentence punctuation at the end of a line: a line that ends like a sentence is no navigation.
_SENTENCE_END = compile_pattern(r"[.!?。！？;；]['\"”»)]?\s*$")
_SENTENCE_INSIDE = compile_pattern(r"[\p{L}\p{N}][.!?。！？;](?:\s|$)")
_LIST_MARKER = compile_pattern(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_EMPHASIS = compile_pattern(r"(?<![\p{L}\p{N}])[*_]{1,3}|[*_]{1,3}(?![\p{L}\p{N}])|^#{1,6}\s+|^>\s*")
_NUMBER = compile_pattern(r"^\d{1,4}$")
_HASHTAG = compile_pattern(r"^#[\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*$")
_LETTER = compile_pattern(r"\p{L}")
_CASED = compile_pattern(r"[\p{Lu}\p{Ll}\p{Lt}]")
_UNSPACED = UNSPACED  # (scripts.py: the scripts without spaces, one definition; Korean is spaced)


#: The longest skip or back-to-top phrase, about: a line without any mark of a menu beyond this is none.
SHORT_PHRASE = 60
#: Marks that separate items as often as they point: not an arrow by themselves.
_PLAIN_MARKS = frozenset({"-", "–", "—", ":", "|", "·", "•"})
_TOKENS = compile_pattern(r"[\s|·•]+")
_TAG_ITEMS = compile_pattern(r"[,，、;|·•/]")
_SEGMENTS = compile_pattern(r"\s*[|·•]\s*")
#: What a line needs, besides a separator, to be anything but a lone skip / top phrase: a digit (page numbers), a
#: colon (a label), a hashtag.
_MARKS = compile_pattern(r"[\d:：#]")


fold = fold_words  # (the navigation vocabulary and the blocks are compared in this form)


@dataclass(frozen=True, slots=True)
class NavVocabulary:
    home: frozenset[str]
    previous: frozenset[str]
    next: frozenset[str]
    skip: frozenset[str]
    top: frozenset[str]
    tag_labels: tuple[str, ...]  # folded, longest first
    page_words: frozenset[str]
    of_words: frozenset[str]
    page_counter: LazyPattern  # "page 2 of 5", "seite 2 von 5", "page 2"
    page_cjk: LazyPattern  # "第2页", "共5页", "2ページ"
    splitter: LazyPattern  # a menu / crumb separator (with its spaces)
    crumb_separators: frozenset[str]
    shape_crumb_separators: frozenset[str]  # a trail without a home word: arrows only (a slash there is a list)
    arrows: frozenset[str]
    arrow_chars: str  # every character of an arrow: stripped from an item's ends
    arrow_pattern: LazyPattern  # an arrow that is not also a plain separator (a dash, a colon, a bar, a dot)
    separator_probe: re.Pattern  # a character of a separator (a quick test before ``splitter``)...
    separator_rest: tuple[str, ...]  # ...and the separators of several characters whose first character is none
    arrow_probe: re.Pattern  # a character of an arrow (a quick test before ``arrow_pattern``)
    first_words: frozenset[str]  # the first word of every skip, top, previous / next phrase, tag label, page word
    pager_phrases: tuple[str, ...]  # the previous / next words, longest first
    page_prefixes: tuple[str, ...]  # the page words
    ellipsis: frozenset[str]


def _all(entries: dict) -> frozenset[str]:
    return frozenset(fold(term) for terms in entries.values() for term in terms)


@lru_cache(maxsize=1)
def nav_vocabulary() -> NavVocabulary:
    """The navigation vocabulary (data/navigation.json); its patterns are compiled when first used (lazyre.py)."""
    data = read_json("navigation.json")
    separators = sorted(set(data["menu_separators"]) | set(data["crumb_separators"]), key=lambda s: (-len(s), s))
    tight = [s for s in separators if s in "|¦·•∙⋅‧◦"]  # a bar or a dot needs no spaces around it
    spaced = [s for s in separators if s not in tight]
    splitter = LazyPattern(r"\t+|\s*(?:" + "|".join(regex.escape(s) for s in tight) + r")\s*|\s+(?:"
                           + "|".join(regex.escape(s) for s in spaced) + r")\s+")
    page_words = _all(data["page"])
    of_words = _all(data["of"])
    words = lambda terms: "|".join(regex.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))  # noqa: E731
    page_counter = LazyPattern(rf"^(?:{words(page_words)})\s*(?P<n>\d{{1,4}})(?:\s*(?:{words(of_words)})\s*"
                               rf"(?P<m>\d{{1,4}}))?$")
    cjk = [regex.escape(fold(p)).replace(regex.escape("{n}"), r"\d{1,4}") for p in data["page_cjk"]]
    arrows = frozenset(data["arrows"])
    return NavVocabulary(
        home=_all(data["home"]), previous=_all(data["previous"]), next=_all(data["next"]), skip=_all(data["skip"]),
        top=_all(data["top"]),
        tag_labels=tuple(sorted(_all(data["tag_labels"]), key=lambda t: (-len(t), t))),
        page_words=page_words, of_words=of_words, page_counter=page_counter,
        page_cjk=LazyPattern("^(?:" + "|".join(cjk) + ")$"),
        splitter=splitter, crumb_separators=frozenset(data["crumb_separators"]),
        shape_crumb_separators=frozenset(data["shape_crumb_separators"]), arrows=arrows,
        arrow_chars="".join(sorted({c for a in arrows for c in a} | {" ", "\t", "[", "]", "(", ")", "*", "_"})),
        ellipsis=frozenset(data["ellipsis"]),
        arrow_pattern=LazyPattern("|".join(regex.escape(a)
                                           for a in sorted(arrows - _PLAIN_MARKS, key=lambda a: (-len(a), a)))),
        # (literal characters and strings: the standard engine finds the same, several times faster on a class)
        # (a class alone: the standard engine scans for it in C, where an alternation is tried at every position; a
        # separator of several characters that opens with one of the class's is found by its first character)
        separator_probe=re.compile("[" + "".join(re.escape(sep) for sep in separators if len(sep) == 1) + r"\t]"),
        separator_rest=tuple(sep for sep in separators if len(sep) > 1
                             and sep[0] not in {s for s in separators if len(s) == 1} | {"\t"}),
        arrow_probe=re.compile("[" + "".join(re.escape(c) for c in sorted({c for a in arrows - _PLAIN_MARKS
                                                                           for c in a})) + "]"),
        first_words=frozenset(term.split()[0] for key in ("skip", "top", "previous", "next", "tag_labels", "page")
                              for term in _all(data[key])),
        pager_phrases=tuple(sorted(_all(data["previous"]) | _all(data["next"]), key=lambda p: (-len(p), p))),
        page_prefixes=tuple(sorted(page_words, key=lambda p: (-len(p), p))),
    )


# --- lines and items ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Line:
    text: str  # the line, links reduced to their labels, list markers and emphasis dropped
    links: int  # how many links (not images) the line holds
    link_only: bool  # the line is one link and nothing else
    link_words: int  # words of that link's label


def block_lines(block: Block) -> list[Line]:
    """The block's non-empty source lines, each with its links reduced to their labels (any format: a link's
    offsets are in ``block.text``)."""
    text = block.text
    spans = sorted((link.start, link.end, link) for link in block.links if 0 <= link.start < link.end <= len(text))
    out: list[Line] = []
    pieces: list[str] = []
    links = 0
    last = 0
    current_links: list[str] = []

    def flush(rest: str) -> None:
        nonlocal links
        pieces.append(rest)
        line = "".join(pieces)
        pieces.clear()
        cleaned = _EMPHASIS.sub("", _LIST_MARKER.sub("", line)).strip()
        if cleaned:
            stripped = cleaned
            for label in current_links:
                stripped = stripped.replace(label, "", 1)
            link_only = len(current_links) == 1 and not stripped.strip(" \t|•·-–—:>»›") \
                and bool(current_links[0].strip())
            out.append(Line(cleaned, links, link_only, len(current_links[0].split()) if link_only else 0))
        links = 0
        current_links.clear()

    for start, end, link in spans:
        if start < last:
            continue
        segment = text[last:start]
        *done, rest = segment.split("\n")
        for piece in done:
            flush(piece)
        pieces.append(rest)
        if not link.is_image:
            pieces.append(link.text)
            current_links.append(link.text)
            links += 1
        last = end
    *done, rest = text[last:].split("\n")
    for piece in done:
        flush(piece)
    flush(rest)
    return out


def _strip_item(item: str, vocab: NavVocabulary) -> str:
    return item.strip(vocab.arrow_chars + "“”\"'")


def _words(text: str) -> int:
    """Words, script-aware (``scripts.word_count``: one definition for every layer)."""
    return word_count(text)


def _title_like(item: str) -> bool:
    """An item that reads as a menu entry: its first letter upper-case, or a short item of a script without case."""
    match = _LETTER.search(item)
    if match is None:
        return False
    letter = match.group(0)
    if _CASED.match(letter):
        return letter.isupper()
    return len(item) <= 12


def _short_item(item: str) -> bool:
    """A menu or trail item: a few words, no sentence punctuation, no comma, no label ("Processor: Apple M1")."""
    return 0 < len(item) <= NAV_ITEM_MAX_CHARS and _words(item) <= NAV_ITEM_MAX_WORDS \
        and not _SENTENCE_INSIDE.search(item) and not any(mark in item for mark in ",:：")


def _pager_word(item: str, vocab: NavVocabulary) -> str:
    """'previous' / 'next' when the folded item is such a word ("« Previous post" → previous), else ""."""
    folded = fold(item)
    if folded in vocab.previous:
        return "previous"
    if folded in vocab.next:
        return "next"
    return ""


def _tag_label(folded: str, vocab: NavVocabulary) -> str:
    """The tag / category label that opens the folded text followed by a colon ("tags:", "etiquetas :")."""
    if not folded.startswith(vocab.tag_labels):
        return ""  # (one C test first: most lines)
    for label in vocab.tag_labels:
        if folded.startswith(label):
            rest = folded[len(label):].lstrip()
            if rest.startswith((":", "：")):
                return label
    return ""


def _bare_label(folded: str, vocab: NavVocabulary) -> str:
    """The label that opens a segment without a colon ("posted in news", "tagged garden, soil")."""
    if not folded.startswith(vocab.tag_labels):
        return ""
    for label in vocab.tag_labels:
        if folded.startswith(label + " ") and len(label) >= 3:
            return label
    return ""


def _first_line(text: str) -> Line | None:
    """``block_lines``' first line of a block without links (None: it has none)."""
    for piece in text.split("\n"):
        cleaned = _EMPHASIS.sub("", _LIST_MARKER.sub("", piece)).strip()
        if cleaned:
            return Line(cleaned, 0, False, 0)
    return None


# --- one line ----------------------------------------------------------------------------------------------------
def line_shape(line: Line, vocab: NavVocabulary) -> tuple[str, str, str] | None:
    """(rule, variant, cue) when the line is navigation by its shape, else None."""
    text = line.text
    if not text or len(text) > NAV_MAX_CHARS or not any(map(str.isalnum, text)):
        return None
    # without a separator, a hashtag or a script without spaces, only a line that opens with a word of the data (a
    # skip, top, previous / next phrase, a tag label, a page word) or holds page numbers may be navigation
    ascii_text = text.isascii()
    # (once: the separators' test below reads it too)
    probe = vocab.separator_probe.search(text) is not None or any(map(text.__contains__, vocab.separator_rest))
    if not probe and "#" not in text and (ascii_text or _UNSPACED.search(text) is None):
        words = text.strip(vocab.arrow_chars + "“”\"'").split(None, 1)
        head_word = (words[0].lower() if ascii_text else fold(words[0])) if words else ""
        first = head_word.split(":", 1)[0].split("：", 1)[0]
        if first not in vocab.first_words and (_DIGIT.search(text) is None or len(_LONE_NUMBER.findall(text)) < 2):
            return None  # (most lines stop here)
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return None  # a table row ("| Name | Age | City |")
    separators = [m.group(0).strip() or "tab" for m in vocab.splitter.finditer(text)] if probe else []
    has_arrow = vocab.arrow_probe.search(text) is not None and vocab.arrow_pattern.search(text) is not None
    if not separators and not has_arrow and not _MARKS.search(text) and len(text) > SHORT_PHRASE:
        return None  # no separator, no arrow, no number, no label, and too long for a skip / top phrase
    folded = fold(text)
    if not separators and not _one_item_shape(text, folded, vocab):
        return None  # (most short lines: a few set look-ups and C tests)
    items = [i for i in (_strip_item(x, vocab) for x in vocab.splitter.split(text)) if i]
    folded_items = [fold(i) for i in items]
    # skip links and back-to-top: every item is such a phrase (a one-word "Top" / "Up" only with an arrow)
    if folded_items and all(i in vocab.skip for i in folded_items):
        return "skip_link", "", f"skip link '{items[0]}'"
    if folded_items and all(i in vocab.top and (" " in i or has_arrow or _UNSPACED.search(i)) for i in folded_items):
        return "back_to_top", "", f"back-to-top link '{items[0]}'"
    if _SENTENCE_END.search(text) and not text.rstrip().endswith(("»", "›", ">")):
        return None  # a sentence: "Page 2 of the report says …", "In the next post I will explain."
    # pagination
    if not separators and not has_arrow and not _MARKS.search(text):
        return None  # a short line with nothing of a menu, a pager or a label
    tokens = [t for t in _TOKENS.split(folded) if t]
    counter = vocab.page_counter.match(folded)
    if counter or vocab.page_cjk.match(folded.replace(" ", "")):
        # "Page 2" alone may mark a printed page in a document's text: weaker than "Page 2 of 5"
        alone = counter is not None and counter.group("m") is None
        return "pager", "numbers" if alone else "", f"page counter '{text[:30]}'"
    core = [t.strip(vocab.arrow_chars) for t in tokens]
    core = [t for t in core if t and t not in vocab.ellipsis]
    numbers = [int(t) for t in core if _NUMBER.match(t)]
    if len(numbers) >= 2 and len(core) <= 16:
        others = [t for t in core if not _NUMBER.match(t)]
        pager_words = " ".join(others)
        wordy = not others or all(t in vocab.previous or t in vocab.next or t in vocab.page_words for t in others) \
            or pager_words in vocab.previous or pager_words in vocab.next \
            or _pager_phrases(others, vocab)
        ascending = all(b > a for a, b in zip(numbers, numbers[1:]))
        if wordy and ascending and numbers[0] <= 2 and (len(numbers) >= 3 or others):
            marked = bool(others) or any(t in vocab.ellipsis for t in tokens) or has_arrow
            return "pager", "" if marked else "numbers", f"{len(numbers)} page numbers" + (
                " + previous / next" if others else "")
    # hashtags only
    if len(tokens) >= 3 and all(_HASHTAG.match(t) for t in text.split()):
        return "tag_line", "", f"{len(tokens)} hashtags"
    # a tag / category line: "Tags: a, b, c"
    label = _tag_label(folded, vocab)
    if label:
        rest = text.split(":", 1)[1] if ":" in text else text.split("：", 1)[-1]
        parts = [p.strip() for p in _TAG_ITEMS.split(rest) if p.strip()]
        if parts and all(_short_item(_strip_item(p, vocab)) or line.links >= len(parts) for p in parts) \
                and len(parts) <= 20 and (len(parts) >= 2 or line.links):  # "Topic: Penguins" may be a thread's title
            return "tag_line", "", f"label '{label}' over {len(parts)} short item(s)"
    # labelled segments between separators: "Posted in News | Tagged garden, soil | 3 Comments"
    segments = [s.strip() for s in _SEGMENTS.split(text) if s.strip()]
    if len(segments) >= 2:
        labelled = [s for s in segments if _tag_label(fold(s), vocab) or _bare_label(fold(s), vocab)]
        if len(labelled) >= 2 and all(_words(s) <= 10 for s in segments):
            labels = [(_tag_label(fold(s), vocab) or _bare_label(fold(s), vocab)) for s in labelled]
            return "tag_line", "", f"labelled segments: {', '.join(labels[:3])}"
    # previous / next
    pagers = [p for p in (_pager_word(i, vocab) for i in items) if p]
    if pagers and len(pagers) == len(items) and (has_arrow or len(items) >= 2):
        variant = "pair" if {"previous", "next"} <= set(pagers) or len(items) >= 2 else ""
        return "prev_next", variant, f"previous / next: {', '.join(items[:3])}"
    lead = _pager_lead(text, vocab)
    if lead:
        return "prev_next", "", f"'{lead}' over a title"
    if not separators:
        return None
    # a breadcrumb trail
    crumbs = [s for s in separators if s in vocab.crumb_separators]
    if len(items) >= 2 and crumbs and len(crumbs) == len(separators):
        same = len(set(crumbs)) == 1
        home = folded_items[0] in vocab.home
        head = items[:-1]
        if home and same and all(_short_item(i) for i in head) and _words(items[-1]) <= 14:
            return "trail", "home", f"home word '{items[0]}' + {len(crumbs)} '{crumbs[0]}'"
        trail_label = _trail_label(items[0], vocab) if not home and same else None
        if trail_label is not None and all(_short_item(i) for i in [trail_label[1]] + head[1:]) \
                and _words(items[-1]) <= 14:
            # "Navigation: Home » Other » News", "You are here: Home > Topics" (headchrome33): the trail's own label
            # before its home word; at the edges' strength (a how-to's "Go to: Home > Settings" is the article's)
            return "trail", "label", \
                f"label '{trail_label[0]}:' + home word '{trail_label[1]}' + {len(crumbs)} '{crumbs[0]}'"
        if same and len(crumbs) >= 2 and crumbs[0] in vocab.shape_crumb_separators \
                and all(_short_item(i) and (_title_like(i) or line.links) for i in head) \
                and _words(items[-1]) <= 14 and _title_like(items[-1]) and _crumb_items(items):
            return "trail", "", f"{len(crumbs)} '{crumbs[0]}' between short Title-case items"
    # a menu line
    count = len(items)
    needed = 3 if any(s not in ("/", ">", "»", "›", "→") for s in separators) else 4
    if count >= needed and count <= 20 and all(_short_item(i) for i in items) and _crumb_items(items):
        titled = sum(1 for i in items if _title_like(i))
        if titled >= count - max(0, count // 4) or line.links >= count - 1:
            homes = [i for i, f in zip(items, folded_items) if f in vocab.home]
            variant = "home" if homes else "links" if line.links >= max(2, count - 1) else ""
            return "menu", variant, f"{count} short items between '{separators[0]}'" + (
                f" (home '{homes[0]}')" if homes else f" ({line.links} links)" if line.links else "")
    return None


_DIGIT = compile_pattern(r"\d")
_LONE_NUMBER = compile_pattern(r"(?<![^\s«»‹›<>←→\[(])\d{1,4}(?![^\s«»‹›<>←→…\])])")


def _one_item_shape(text: str, folded: str, vocab: NavVocabulary) -> bool:
    """Whether a line without separators may be navigation: a skip, top or previous / next phrase, page numbers, a
    page counter, hashtags, a tag label or a previous / next word opening it."""
    bare = folded.strip(vocab.arrow_chars + "“”\"'")
    return bare in vocab.skip or bare in vocab.top or bare in vocab.previous or bare in vocab.next \
        or "#" in text or folded.startswith(vocab.tag_labels) or folded.startswith(vocab.pager_phrases) \
        or folded.startswith(vocab.page_prefixes) or len(_LONE_NUMBER.findall(text)) >= 2 \
        or (_UNSPACED.search(text) is not None and vocab.page_cjk.match(folded.replace(" ", "")) is not None)


def _pager_phrases(words: list[str], vocab: NavVocabulary) -> bool:
    """Whether the words around page numbers are previous / next phrases ("next page", "older posts")."""
    text = " ".join(words)
    for phrase in vocab.pager_phrases:
        if phrase in text:
            text = text.replace(phrase, " ")
    return not text.strip()


def _pager_lead(text: str, vocab: NavVocabulary) -> str:
    """A previous / next word and a colon over a short title: "Next post: How to grow tomatoes"."""
    head, sep, rest = text.partition(":")
    if not sep:
        head, sep, rest = text.partition("：")
    if not sep or not rest.strip():
        return ""
    label = _strip_item(head, vocab)
    if _pager_word(label, vocab) and _words(rest) <= 14 and _title_like(rest.strip(vocab.arrow_chars)):
        return label
    return ""


def _trail_label(item: str, vocab: NavVocabulary) -> tuple[str, str] | None:
    """(label, home word) when a trail's first item is a short label, a colon and a home word ("Navigation: Home",
    "Vous êtes ici : Accueil", "当前位置：首页"): the label of at most ``NAV_TRAIL_LABEL_WORDS`` words, no sentence,
    no number (a how-to's "Step 3: Home > Settings" is a step);
    else None (headchrome33)."""
    head, sep, rest = item.replace("：", ":").rpartition(":")
    if not sep or not head.strip() or fold(rest.strip()) not in vocab.home:
        return None
    if _words(head) > NAV_TRAIL_LABEL_WORDS or _SENTENCE_INSIDE.search(head) or ":" in head \
            or _DIGIT.search(head):
        return None
    return head.strip(), rest.strip()


def _crumb_items(items: list[str]) -> bool:
    """Items with letters (not a row of numbers, not one-letter variables: "a > b > c", "1 | 2 | 3")."""
    return all(len(_LETTER.findall(i)) >= 2 for i in items)


def _is_table(lines: list[Line]) -> bool:
    """Two or more lines with the same number (two or more) of "|": a table written with bars."""
    counts = [line.text.count("|") for line in lines]
    return len([c for c in counts if c >= 2]) >= 2 and len({c for c in counts if c >= 2}) == 1


# --- one block ---------------------------------------------------------------------------------------------------
_ORDER = ("skip_link", "back_to_top", "pager", "prev_next", "trail", "tag_line", "menu", "link_run")


def block_shape(block: Block, vocab: NavVocabulary | None = None,
                lines: list[Line] | None = None) -> tuple[str, str, str] | None:
    """(rule, variant, cue) when every line of the block is navigation by its shape."""
    if block.type not in ("paragraph", "list_item", "heading") or len(block.plain) > NAV_MAX_CHARS * 2:
        return None
    plain = block.plain
    if len(plain) > 160 and _SENTENCE_END.search(plain[-8:]):  # (the end only: a search for "$" reads it all)
        return None  # most body paragraphs stop here
    vocab = vocab or nav_vocabulary()
    if not block.links and "\n" not in block.text.strip():  # one line, no link: its plain text is the line
        line = plain.strip()  # (a line beyond ``NAV_MAX_CHARS`` is none: ``line_shape``'s first test, without a call)
        return line_shape(Line(line, 0, False, 0), vocab) if len(line) <= NAV_MAX_CHARS else None
    if lines is None and not block.links:
        # (gate) without links, no line is a link run's, so the first line that is not navigation ends the test
        # below (a table's rows end it too): that line alone first, before every line of the block is read
        first = _first_line(block.text)
        if first is None or line_shape(first, vocab) is None:
            return None
    lines = block_lines(block) if lines is None else lines
    if not lines:
        return None
    if len(lines) == 1:
        return line_shape(lines[0], vocab)
    if _is_table(lines):
        return None
    if len(lines) >= 3 and all(line.link_only and 0 < line.link_words <= NAV_ITEM_MAX_WORDS for line in lines):
        return "link_run", "", f"{len(lines)} lines that are each one short link"
    shapes: list[tuple[str, str, str]] = []
    for line in lines:
        found = line_shape(line, vocab)
        if found is None:
            return None  # (the first line that is not navigation ends the test)
        shapes.append(found)
    if shapes:
        best = min(shapes, key=lambda s: _ORDER.index(s[0]))
        return best[0], best[1], best[2] + f" ({len(lines)} lines of navigation)"
    return None


def _finding(rule: str, variant: str, cue: str, length: int) -> Finding:
    name = f"{KIND}.{rule}"
    entry = RULES[f"{name}/{variant}" if variant else name]
    return Finding(KIND, name, cue, round(entry.at(length), 3), False, entry.match)


def _short_link_line(block: Block, lines: list[Line] | None = None) -> bool:
    """A block that is one short link and nothing else (a menu item on a line of its own)."""
    if not block.links or block.type not in ("paragraph", "list_item") or len(block.plain) > NAV_ITEM_MAX_CHARS:
        return False
    lines = block_lines(block) if lines is None else lines
    return len(lines) == 1 and lines[0].link_only and 0 < lines[0].link_words <= NAV_ITEM_MAX_WORDS


def _introduces(block: Block) -> bool:
    """A sentence of the article that introduces what follows: prose (``NAV_INTRO_MIN_WORDS`` words or more) ending
    with a colon. "You are here:", "Tags:" are labels of the navigation, not sentences."""
    plain = block.plain.rstrip()
    return block.type in ("paragraph", "quote", "list_item") and plain.endswith((":", "：")) \
        and _words(plain) >= NAV_INTRO_MIN_WORDS


def _links_page(blocks: list[Block], link_lines: list[bool], body_length: int) -> bool:
    """A page whose blocks with words are mostly lines of one short link (``NAV_LINKS_PAGE_SHARE``, and at least
    ``NAV_LINKS_PAGE_MIN_LINES`` of them) and whose prose
    paragraphs (``body_length`` characters or more) hold fewer than ``NAV_LINKS_PAGE_MIN_PROSE`` characters."""
    if sum(link_lines) < NAV_LINKS_PAGE_MIN_LINES:
        return False  # (most pages: fewer such lines in all than needed among the blocks with words)
    worded = [i for i, block in enumerate(blocks) if any(map(str.isalnum, block.plain))]
    lines = sum(link_lines[i] for i in worded)
    if lines < NAV_LINKS_PAGE_MIN_LINES or lines < NAV_LINKS_PAGE_SHARE * len(worded):
        return False  # (a short article under a menu of a few links is no links page)
    prose = sum(len(block.plain) for block in blocks if block.type == "paragraph" and len(block.plain) >= body_length)
    return prose < NAV_LINKS_PAGE_MIN_PROSE


def navigation_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                        body_length: int = BODY_LENGTH, *, memo=None) -> list[list[Finding]]:
    """``findings`` with the navigation found by shape added (strongest first). ``memo``: the document's
    ``sites.apply.ShapePage`` (``block_shape`` on a site's recurring blocks looked up), or None."""
    if kinds is not None and KIND not in kinds:
        return findings
    vocab = nav_vocabulary()
    # the lines of the blocks with links, found once (both tests below read them)
    lines = [block_lines(block) if block.links and len(block.plain) <= NAV_MAX_CHARS * 2 else None for block in blocks]
    shape_of = block_shape if memo is None else memo.wrap(block_shape, "nav.block_shape")
    shapes: list[tuple[str, str, str] | None] = [shape_of(block, vocab, found)
                                                 for block, found in zip(blocks, lines)]
    # an example the article shows: right after a sentence of its own that introduces it ("a typical trail looks
    # like this:"), a menu or a trail is the article's content
    for i in range(1, len(blocks)):
        if shapes[i] is not None and _introduces(blocks[i - 1]):
            shapes[i] = None
    # a table written with bars, one row a block: a menu line by shape alone next to a line with as many bars is a row
    for i, shape in enumerate(shapes):
        if shape is not None and shape[:2] == ("menu", "") and "|" in blocks[i].plain:
            bars = blocks[i].plain.count("|")
            if any(0 <= j < len(blocks) and blocks[j].plain.count("|") == bars for j in (i - 1, i + 1)):
                shapes[i] = None
    # a menu rendered one item a line: three or more consecutive blocks that are each one short link (not items of a
    # list whose other items are more than a short link); not on a page
    # that is mostly such lines and has little prose (a links page, a directory, a table of contents: the links are
    # its content)
    link_lines = [_short_link_line(block, found) for block, found in zip(blocks, lines)]
    # a list whose other items carry text or long titles is the article's ("Appearances", "Links"), not a menu
    mixed = {block.list_id for block, link in zip(blocks, link_lines)
             if block.type == "list_item" and block.list_id >= 0 and not link}
    link_lines = [link and not (block.type == "list_item" and block.list_id in mixed)
                  for block, link in zip(blocks, link_lines)]
    if _links_page(blocks, link_lines, body_length):
        shapes = [None if shape is not None and shape[0] == "link_run" else shape for shape in shapes]
        link_lines = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and link_lines[j]:
            j += 1
        if 3 <= j - i <= NAV_RUN_MAX_LINES:  # (a longer run is a list, an index: not a menu)
            for k in range(i, j):
                if shapes[k] is None:
                    shapes[k] = ("link_run", "", f"one of {j - i} consecutive lines that are each one short link")
        i = max(j, i + 1)
    added = [_finding(*shape, len(block.plain)) if shape is not None else None for shape, block in zip(shapes, blocks)]
    result = []
    for found, extra in zip(findings, added):
        if extra is None or extra.strength <= 0 or any(f.kind == KIND and f.strength >= extra.strength for f in found):
            result.append(found)
        else:
            result.append(sorted(found + [extra], key=lambda f: -f.strength))
    return result
