"""A platform's chrome and widget labels at the article's edges, by their shape, in any combination of words.

Around the article a scraped page prints the controls of its platform and its widgets: "Sign in", "Editer l'article
Suivre ce blog Administration + Créer mon blog", "Cerca nel blog", "Zwiń mapę", "Narzędzia / Typografia",
"Curtir", "Carregando...". No cue list can name these lines, but their shape is plain: a short line that is no
sentence, whose every content word, once stop words (``data/stopwords.json``), numbers and symbols are set aside, is
a control's label or a noun a control acts on (``data/chrome.json``: sign in, search, follow, share, edit, download,
print, loading, font size ... and article, post, blog, page, profile, map, mode, in the thirty cue languages), with at
least one label. A label alone says nothing; a line made of nothing else does.

The finding (``navigation.chrome``) is made only:

- before the article's first paragraph of prose or after its last (the head and the tail; between two body
  paragraphs a "Download" or "Share" line is the article's);
- on a paragraph, a heading that no paragraph of prose follows (a heading the body continues, "## Download" over
  the instructions, is the article's), or the item of a list whose items are all chrome (a table of contents, a
  list of tools the article names, stay);
- on a block of at most ``CHROME.max_chars`` characters whose lines (a text block joins several) are each chrome,
  or say nothing (numbers, symbols, a bare domain name, one word among chrome lines), one of them chrome at least.

What stays: a sentence (a line that ends with ".", "!", "?", not "..."), a question, a title or a subtitle with any
word of its own ("Download Festival 2019: the line-up", "How to Search a Database"), a long line, the title itself
(the decision protects it). Strength (``rules.RULES``): at the edge's threshold, so the line goes alone at the edges.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..model import Block, Finding
from ..rules import BODY_LENGTH, CHROME
from ..scripts import GLUED
from .meta_lines import META_RULES
from .structure import BlocksView, edges_of
from .base import has_letters, rule_finding, with_finding
from ..scripts import nfkc

KIND = "navigation"
RULE = "navigation.chrome"

_TOKEN = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’·._-]*")
_LETTER = compile_pattern(r"\p{L}")
#: A label matched anywhere, not between word edges (scripts.GLUED).
_UNSPACED = GLUED
#: A line that ends like a sentence ("..." and "…" are a widget's "Loading...", not a sentence end).
_SENTENCE_END = compile_pattern(r"(?<![.…])[.!?。！？]['\"”»)]?\s*$|[?？]")
_IMAGE = compile_pattern(r"!\[[^\]]*\]\([^)]*\)")
_LINK = compile_pattern(r"\[([^\]]*)\]\([^)]*\)")
#: A Pandoc bracketed span with its attributes ("[Curtir]{.button}": a WordPress page converted by Pandoc).
_SPAN = compile_pattern(r"\[([^\]\[]*)\]\{[^}]*\}")
_MARKUP = compile_pattern(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|>\s*)|[*_`]+")
_DOMAIN = compile_pattern(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?$", regex.IGNORECASE)


_MARK = compile_pattern(r"\p{Mn}+")


def fold(text: str) -> str:
    """Case-folded, without accents (a capital often loses its accent: "Editer" is "Éditer"), "’" as "'"."""
    text = _MARK.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(nfkc(text).replace("’", "'").split())


_RUN = compile_pattern(r"[\p{L}\p{M}\p{N}]+")


@lru_cache(maxsize=1)
def first_runs() -> frozenset[str]:
    """The first run of letters of every spaced label: a block holding none of them (and no letter of a script
    without spaces) holds no label, and is passed over before its lines are read (most blocks)."""
    return frozenset(label_runs())


@lru_cache(maxsize=1)
def label_runs() -> dict[str, tuple[frozenset[str], ...]]:
    """First run of letters -> the other runs of each spaced label that starts with it ("s" -> {"inscrire"},
    {"abonner"}): a label is in a line only when all its runs are (speed14b: "a", "in", "s" alone let most blocks
    through ``first_runs``)."""
    data = read_json("chrome.json")
    labels = {fold(term) for terms in data["ui"].values() for term in terms}
    rests: dict[str, set[frozenset[str]]] = {}
    for label in labels:
        if not _UNSPACED.search(label):
            runs = _RUN.findall(label)
            rests.setdefault(runs[0], set()).add(frozenset(runs[1:]))
    return {first: tuple(sorted(rest, key=sorted)) for first, rest in rests.items()}


def may_hold_label(folded: str) -> bool:
    """Whether the folded block may hold a label: a letter of a script without spaces, or every run of letters of a
    spaced label among its runs (a necessary condition, tested in tests/test_meta_speed.py)."""
    if _UNSPACED.search(folded):
        return True
    runs = _RUN.findall(folded)
    found = first_runs().intersection(runs)
    if not found:
        return False  # most blocks: no set of their runs is built
    table, present = label_runs(), set(runs)
    return any(rest <= present for first in found for rest in table[first])


#: A letter, a mark or a digit: what may not touch a spaced label's ends (the ``regex`` module's Unicode tables).
_WORDISH = compile_pattern(r"[\p{L}\p{M}\p{N}]")


class LabelMatcher:
    """The labels of one kind (spaced: between word edges; unspaced: anywhere), found as an alternation of the
    labels, longest first, would find them (leftmost match, at one place the longest label that fits), and replaced
    by a space. A set of strings and a walk over the places a label may start, not a compiled alternation: the
    alternation of the thirty languages' ~1,000 labels took ~40 ms to compile in every new process (issue 14's
    warm-up), the walk costs a few set look-ups a word on the few short lines at the edges that are read."""

    __slots__ = ("labels", "lengths", "bounded")

    def __init__(self, labels: list[str], *, bounded: bool):
        self.labels = frozenset(labels)
        by_first: dict[str, set[int]] = defaultdict(set)
        for label in self.labels:
            by_first[label[0]].add(len(label))
        #: for each character a label opens with, the lengths of those labels, longest first
        self.lengths = {first: tuple(sorted(found, reverse=True)) for first, found in by_first.items()}
        self.bounded = bounded

    def __bool__(self) -> bool:
        return bool(self.labels)

    def search(self, text: str) -> bool:
        """Whether ``text`` holds a label (the alternation's ``search``)."""
        return self.subn(text)[1] > 0

    def subn(self, text: str) -> tuple[str, int]:
        """``text`` with each label found replaced by a space, and how many were found."""
        labels, lengths, bounded = self.labels, self.lengths, self.bounded
        pieces: list[str] = []
        count = last = i = 0
        end = len(text)
        while i < end:
            sizes = lengths.get(text[i])
            if sizes is not None and not (bounded and i and _WORDISH.match(text, i - 1)):
                for size in sizes:
                    j = i + size
                    if j <= end and text[i:j] in labels and not (bounded and j < end and _WORDISH.match(text, j)):
                        pieces.append(text[last:i])
                        pieces.append(" ")
                        count += 1
                        i = last = j
                        break
                else:
                    i += 1
                continue
            i += 1
        if not count:
            return text, 0
        pieces.append(text[last:])
        return "".join(pieces), count


@lru_cache(maxsize=1)
def vocabulary() -> tuple[LabelMatcher, LabelMatcher | None, frozenset[str]]:
    """(spaced labels, labels in scripts without spaces, neutral words: objects and every language's stop words)."""
    data = read_json("chrome.json")
    labels = {fold(term) for terms in data["ui"].values() for term in terms}
    spaced = [t for t in labels if not _UNSPACED.search(t)]
    unspaced = [t for t in labels if _UNSPACED.search(t)]
    neutral = {fold(term) for terms in data["objects"].values() for term in terms}
    stop = read_json("stopwords.json")
    neutral.update(fold(word) for language, words in stop.items() if not language.startswith("_") for word in words)
    return (LabelMatcher(spaced, bounded=True), LabelMatcher(unspaced, bounded=False) if unspaced else None,
            frozenset(neutral))


def _plain_lines(block: Block) -> list[str]:
    """The block's lines with Markdown images, links and markers reduced to their text. Not lines.py's
    ``_plain_lines`` on purpose (tidy39 measured one function for both): a picture is none of a control line's
    words, so an image goes before its link is read ("[ ![Games Guide](…) ](…) Sponsored" is the label "Sponsored";
    with lines.py's reading, the alt text kept, md_pages lost 7 + 1 + 1 boilerplate lines on cleaneval,
    readability, chinese_cwced)."""
    lines = []
    for line in block.text.split("\n"):
        line = _SPAN.sub(r"\1", _LINK.sub(r"\1", _IMAGE.sub(" ", line)))
        line = _MARKUP.sub(" ", line).strip()
        if line:
            lines.append(line)
    return lines or [block.plain]


def line_shape(line: str) -> str:
    """"chrome" (a line of control labels), "empty" (says nothing: numbers, symbols, a domain), or "text"."""
    folded = fold(line)
    if not _LETTER.search(folded) or _DOMAIN.match(folded):
        return "empty"
    if len(folded) > CHROME.line_max_chars or _SENTENCE_END.search(folded):
        return "text"
    spaced, unspaced, neutral = vocabulary()
    labels = 0
    rest, found = spaced.subn(folded)
    labels += found
    if unspaced is not None:
        rest, found = unspaced.subn(rest)
        labels += found
    if not labels:
        return "text"
    words = [w.strip("'._-") for w in _TOKEN.findall(rest)]
    own = [w for w in words if w and _LETTER.search(w) and w not in neutral
           and not (w.startswith(("l'", "d'")) and w[2:] in neutral)]
    return "chrome" if not own and labels <= CHROME.max_labels else "text"


def block_shape(block: Block) -> str | None:
    """The cue of a block of chrome lines, or None."""
    if len(block.plain) > CHROME.max_chars:
        return None
    folded = fold(block.plain)
    if not may_hold_label(folded):
        return None  # no label can be in it
    lines = _plain_lines(block)
    shapes = [line_shape(line) for line in lines]
    chrome = [line for line, shape in zip(lines, shapes) if shape == "chrome"]
    if not chrome:
        return None
    for line, shape in zip(lines, shapes):
        # one word among chrome lines ("Overblog" over its controls) says nothing
        if shape == "text" and not (len(lines) > 1 and len(line.split()) == 1 and len(line) <= CHROME.word_max_chars
                                    and not _UNSPACED.search(line)):
            return None
    return " | ".join(chrome)


def _residue(block: Block) -> bool:
    """A block that says nothing: a counter's number or a separator left alone ("11", "·", "25 ·")."""
    plain = block.plain.strip()
    return block.type == "paragraph" and 0 < len(plain) <= CHROME.residue_max_chars and not _LETTER.search(plain)


def _record_runs(blocks: list[Block], findings: list[list[Finding]], cues: dict[int, str],
                 first: int) -> dict[int, str]:
    """The blocks of a run of the post's record right under the title (or at the document's start), before the
    first paragraph of prose: date lines, counters, chrome lines and the numbers and separators a widget leaves
    alone ("原创 于 2024-10-30 发布 · 921 阅读", "·", "11", "·", "25 ·"), at least ``CHROME.run_min`` blocks, a date line
    or a counter, a lone number and a lone separator among them (lone numbers without one: a score, a table). Block index -> what the block is in the run."""
    def record(i: int) -> str | None:
        if i in cues:
            return "chrome"
        if any(f.rule in META_RULES for f in findings[i]):  # a date line, a counter (meta_lines.py)
            return "meta"
        return "residue" if _residue(blocks[i]) else None

    runs: dict[int, str] = {}
    worded = [i for i in range(min(first, len(blocks))) if has_letters(blocks[i], code=True)]  # (a rule has no text)
    title = worded[0] if worded else None
    start = 0 if title is None else title + 1
    # the run starts at the document's start (nothing with words before it) or right after the title
    for begin in ((0, start) if title is not None else (0,)):
        members: list[tuple[int, str]] = []
        i = begin
        while i < first and i < len(blocks):
            what = record(i)
            if what is None:
                if blocks[i].type in ("rule", "front_matter") or not blocks[i].plain.strip():
                    i += 1
                    continue
                break
            members.append((i, what))
            i += 1
        kinds = [what for _, what in members]
        numbers = [any(c.isdigit() for c in blocks[j].plain) for j, what in members if what == "residue"]
        # a widget's bar leaves a count and a separator alone; lone numbers without a separator are a score, a
        # table written as lines: the article's
        if len(members) >= CHROME.run_min and "meta" in kinds and any(numbers) and not all(numbers):
            for j, what in members:
                runs[j] = what
    return runs


def chrome_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                    body_length: int = BODY_LENGTH, *, memo=None, view: BlocksView | None = None) -> list[list[Finding]]:
    """``findings`` with the chrome lines of the head and the tail added (strongest first). ``memo``: the document's
    ``sites.apply.ShapePage`` (a page cleaned with a site profile): ``block_shape`` (a function of the block's text
    and plain text alone) on the site's recurring blocks is looked up when met on an earlier page."""
    if kinds is not None and KIND not in kinds:
        return findings
    shape_of = block_shape if memo is None else memo.wrap(block_shape, "chrome.block_shape")
    first, last = edges_of(blocks, body_length, view)  # (``view``: the document's ``structure.BlocksView``)
    cues: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if first <= i <= last or block.type not in ("paragraph", "heading", "list_item"):
            continue
        if block.type == "heading" and i + 1 < len(blocks) and i + 1 == first:
            continue  # a heading the body continues
        cue = shape_of(block)
        if cue is not None:
            cues[i] = cue
    # a list goes only when every item of it is chrome
    items: dict[int, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        if block.type == "list_item" and block.list_id >= 0:
            items[block.list_id].append(i)
    for members in items.values():
        if not all(j in cues for j in members):
            for j in members:
                cues.pop(j, None)
    runs = _record_runs(blocks, findings, cues, first)
    if not cues and not runs:
        return findings
    result = []
    for i, (block, found) in enumerate(zip(blocks, findings)):
        if i in runs:
            rule, cue = f"{RULE}/run", f"a run of the post's record under the title: {runs[i]}"
        elif i in cues:
            rule, cue = RULE, f"a line of control labels: {cues[i]}"
        else:
            result.append(found)
            continue
        result.append(with_finding(found, rule_finding(KIND, rule, cue, len(block.plain))))
    return result
