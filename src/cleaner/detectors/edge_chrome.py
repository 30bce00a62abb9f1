"""A page's chrome around the article in scraped plain text, by the shape of its lines (jusText-like, any language).

A crawler's text of a page (WET-style: a line per element, or paragraphs between blank lines) prints the site's
chrome before and after the article: the site's name and section line, menus and breadcrumbs, font-size and print
widgets ("Smaller Small Medium Big Bigger"), pagers ("PREVIOUS BACK TO LIST NEXT"), archive labels, "Sponsored",
comment counters ("| 1 comment ]"), the footer's links. No cue names them all; their shape does: short lines that are
no sentences, label-like (``label_like``: few words, Title Case or capitals, separators, a count or a date with a
word or two), in a run that touches the document's edge, before the first paragraph of prose or after the last.

Two steps, both for plain text only (Markdown and HTML keep their readings):

1. ``peel_edges`` (segmentation, before the detectors): the first and the last text blocks of several lines (a WET
   page's lines joined by single newlines are one paragraph) lose their label-like lines on their outer side, each
   becoming a block of its own: the head block its leading lines, the tail block its trailing lines. Never inside
   the body, never a line that continues the sentence of the line before it (a wrap), never past the title.
2. ``edge_chrome_findings`` (a detector after the others): in the head (before the first paragraph of prose) the
   run of label-like blocks from the document's start, blocks already found as boilerplate passed over, up to the
   title; in the tail (after the last paragraph of prose) the run from the document's end, likewise. Each gets
   ``navigation.edge_chrome`` (``rules.RULES``: at the edge's threshold) with its evidence in ``cue``. The first and
   the last paragraph of prose are the article's zone's (``body_zone``, branch wet11): an island of text at an edge
   that the page's chrome parts from the article (a site's blurb, a cookie line, a teaser) is passed over by the runs.

Guards (each with a negative case in tests/test_edge_chrome.py): the title stays (the first title-like line of the
head, ``title_like``, and everything after it: a lead, a byline, a date line); the title step's title (chosen before
this detector, on the blocks before the peeling: the pipeline passes it as ``title``) stays with everything after it,
unless a breadcrumb, a widget's labels or a menu part it from a headline (``result.title_after_chrome``: a site's name); the run stops at any line that is not
label-like, so headings, lists, tables, poems and code inside the body are never reached; a poem's or a song's lines
(lower-case words) are no labels; code lines are no labels; a document without a paragraph of prose loses nothing; a
reference list at the end stops the tail run (its heading, ``references.reference_heading``, and its entries,
``REFERENCE_LIKE``); one weak label line alone at the end (a sign-off, a closing heading) stays. Every number is in
``rules.EDGE_CHROME``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..blocks import cut_block
from ..metashape import meta_line_shape
from ..model import Block, Finding
from ..rules import BODY_LENGTH, EDGE_CHROME, EDGE_STRENGTH, META, TEXT_ZONE
from ..scripts import UNSPACED_CLASS, spaced_length, word_count
from .chrome import line_shape as chrome_line_shape
from .line_shapes import result_count
from .references import reference_heading
from .structure import REFERENCE_LIKE
from .base import has_letters as _words_in, reaches, rule_finding, with_finding

KIND = "navigation"
_NEVER = 1 << 30  # a run length no run reaches
RULE = "navigation.edge_chrome"

_LETTER = compile_pattern(r"\p{L}")
_CASED = compile_pattern(r"[\p{Lu}\p{Ll}]")
_UNSPACED = compile_pattern(f"[{UNSPACED_CLASS}]")
#: A sentence's end at the end of the line ("..." and "…" are a widget's "Loading...", not an end).
_SENTENCE_END = compile_pattern(r"(?<![.…])[.!?。！？।؟]['\"”»)\]]?\s*$")
#: A sentence boundary inside the line: "... word. Next ...".
_INNER_SENTENCE = compile_pattern(r"\p{Ll}{2,}[.!?]\s+\p{Lu}")
#: What separates the items of a menu, a breadcrumb or a footer line.
_SEPARATOR = compile_pattern(r"\s[|»›>/·•–—:]\s|\s?[|»›·•]\s?")
_SEPARATORS = compile_pattern(r"[|»›·•]|\s[/>–—-]\s")
#: What parts the items of a label line in a script without spaces.
_UNSPACED_ITEMS = compile_pattern(r"[\s|»›·•/]+")
#: Code: braces, semicolons, assignments, calls ("foo(").
_CODE = compile_pattern(r"[{};=<>]|\w\(|^\s{4}|^\t")
_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*")
_DIGIT = compile_pattern(r"\p{N}")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _unspaced(line: str) -> bool:
    return _UNSPACED.search(line) is not None


@lru_cache(maxsize=8192)
def label_like(line: str) -> bool:
    """A line that reads as a label, not as text: no sentence, few words, label-shaped (see the module). Memoised
    (speed23): the head's and the tail's lines are asked about by ``peel_edges``, the detector and their helpers."""
    line = line.strip()
    if not line or len(line) > EDGE_CHROME.line_max_chars:
        return False
    if not _LETTER.search(line):  # a widget's "×", "·", a lone count: passed over, never a title
        return len(line) <= EDGE_CHROME.residue_max_chars and not _CODE.search(line)
    if _SENTENCE_END.search(line) or _INNER_SENTENCE.search(line) or _CODE.search(line) or line.endswith(","):
        return False
    if REFERENCE_LIKE.search(line):
        return False
    words = _words(line)
    if len(words) > EDGE_CHROME.short_words and _DIGIT.search(line) and result_count(line) is not None:
        return True  # a pager's or a search's count ("Showing results 1 to 10 / 14"): a label (textfam32)
    separated = len(_SEPARATORS.findall(line)) >= 1 and len(_SEPARATORS.split(line)) >= 2
    if _unspaced(line):
        # Han, kana, Thai: no case and no spaces; a label is a few characters (or items between separators)
        pieces = [p for p in _UNSPACED_ITEMS.split(line) if p]
        return all(len(p) <= EDGE_CHROME.unspaced_item_chars for p in pieces) and (
            len(line) <= EDGE_CHROME.unspaced_max_chars or separated)
    if separated:
        items = [p for p in _SEPARATORS.split(line) if _LETTER.search(p)]
        return all(len(_words(p)) <= EDGE_CHROME.item_max_words for p in items)
    if len(words) >= 2 and line[:1].islower() and not _record(line):
        # "the rain falls" is a poem's line (or a wrapped sentence's), "Back to top" a label; a date line of
        # languages whose weekdays and months are lower case ("domenica, 1 dicembre 2024") is a label (text11f)
        return False
    if len(words) <= EDGE_CHROME.short_words:
        return True
    if len(words) > EDGE_CHROME.max_words:
        return False
    if not _CASED.search(line):
        return len(words) <= EDGE_CHROME.uncased_max_words
    if _DIGIT.search(line) and meta_line_shape(line) is not None:
        return True  # a date line or a counter
    # Title Case or capitals: every content word opens with a capital or a digit
    content = [w for w in words if len(w) >= EDGE_CHROME.content_word_chars and _LETTER.match(w)]
    return all(not w[0].islower() for w in content)


@lru_cache(maxsize=8192)
def _record(line: str) -> bool:
    """A post's date line or counter of few words ("Thursday, January 18, 2001", "12 comments"): not a headline
    that holds a date ("Protests at the Docklands, London, 11th Sept 2003")."""
    return (_DIGIT.search(line) is not None and len(_words(line)) <= EDGE_CHROME.record_max_words
            and meta_line_shape(line) is not None)


def is_record(line: str) -> bool:
    """A post's date line or counter (``_record``), for the title step (result.py)."""
    return _record(line.strip())


@lru_cache(maxsize=8192)
def strong_label(line: str) -> bool:
    """A label line that needs no run to go: items between separators, a widget's control labels (chrome.py). A date
    line or a counter is no anchor: a post's record stays at the top and at the end (decision 3)."""
    line = line.strip()
    if not label_like(line):
        return False
    return len(_SEPARATORS.findall(line)) >= 2 or chrome_line_shape(line) == "chrome"


@lru_cache(maxsize=8192)
def title_like(line: str) -> bool:
    """The head's first line that may be the article's title: several words (or characters), no menu separators, not
    a widget's labels, not a date line or a counter."""
    line = line.strip()
    if not line or strong_label(line):
        return False
    if _DIGIT.search(line) and result_count(line) is not None:
        return False  # a pager's or a search's count ("Page 1 / 2 12 Last": textfam32)
    if _unspaced(line) and " " not in line.strip():
        return len(line) >= EDGE_CHROME.title_min_chars
    return len(_words(line)) >= EDGE_CHROME.title_min_words


def continues(previous: str, line: str, sentence_end: regex.Pattern = _SENTENCE_END) -> bool:
    """``line`` continues the sentence of ``previous`` (a wrapped line): it opens in lower case after a line that
    does not end a sentence (``sentence_end``: this module's by default; md_chrome passes its own), or ``previous``
    ends with a comma, a hyphen or a conjunction-like open end."""
    previous, line = previous.rstrip(), line.lstrip()
    if not previous or not line:
        return False
    if previous.endswith((",", "-", "(", "—", "–", ";")):
        return True
    return line[:1].islower() and not sentence_end.search(previous)


def _lines(block: Block) -> list[tuple[int, int]]:
    """(start, end) of the block's non-blank lines, as offsets into ``block.text``."""
    return line_spans(block.text)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's non-blank lines (detectors/md_chrome.py too)."""
    spans, position = [], 0
    for piece in text.split("\n"):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        position += len(piece) + 1
    return spans


def _one_line(block: Block) -> bool:
    return "\n" not in block.text.strip()


def head_chrome(items: list[tuple[str, bool]], before_prose: bool) -> int:
    """How many of the head's first items (a line's text, and whether it was found as boilerplate already) are
    chrome: the run of label lines from the start, up to the title. The title is the first title-like line of the
    run after its last removal (a site's name above a menu is no title), everything after it stays (a byline, a date
    line, a title wrapped over lines); else the line that ends the run when it may be a title (a long one, no
    sentence: ``_title_line``); else the run's first title-like line (a title over a share bar); without one the run's
    last line
    stays when the prose comes right after it (a short title), unless it is strongly a label. ``before_prose``: the
    item after the run is the article's first paragraph of prose."""
    run = 0
    while run < len(items) and (items[run][1] or label_like(items[run][0])):
        run += 1
    # a title is not parted from its article by a removal: it comes after the last one
    after = max((k for k in range(run) if items[k][1]), default=-1) + 1
    titles = [k for k in range(run) if not items[k][1] and title_like(items[k][0]) and not _record(items[k][0])]
    later = [k for k in titles if k >= after]
    if later:
        # the first: a title wrapped over lines, a byline or a speech's header under it are no menu; a row of
        # widget words above the title ("Smaller Small Medium Big Bigger") stays with it
        return _before_records(items, later[0])
    if run < len(items) and not items[run][1] and _title_line(items[run][0]) and not (
            run > 0 and continues(items[run - 1][0], items[run][0])):
        return _before_records(items, run)  # a long title (no label): every label line before it is chrome
    if titles:
        return _before_records(items, titles[0])  # the title over a share bar ("E-mail", "Print") above the prose
    if run and (before_prose and run == len(items) or run < len(items) and _prose_line(items[run][0])):
        last = max((k for k in range(run) if not items[k][1]), default=-1)
        if last >= 0 and not strong_label(items[last][0]):
            return last
    return run


def _before_records(items: list[tuple[str, bool]], title: int) -> int:
    """``title`` less the date lines and counters right above the title (decision 3: a post's date stays)."""
    while title > 0 and not items[title - 1][1] and _record(items[title - 1][0]):
        title -= 1
    return title


def anchored(lines: list[str], found: bool, min_run: int = EDGE_CHROME.min_run) -> bool:
    """Whether a run of label lines is the page's chrome and not an article's own short lines (its title's words, a
    list, a poll's results, a signature): a removal touches it or is in it, or one of its lines is strongly a label
    (``strong_label``), or it is ``min_run`` lines long (the head's; at the end, where an article's lists, tables of
    contents and signatures are, no length is enough); more than ``META.run_max`` dates or counts in a
    row are a table or a poll's results, never chrome."""
    streak = 0
    for line in lines:
        streak = streak + 1 if _record(line) else 0
        if streak > META.run_max:
            return False
    return found or len(lines) >= min_run or any(strong_label(line) for line in lines)


def _content_words(text: str) -> set[str]:
    """The words of ``own_word_chars`` letters or more, folded: what a title shares with its article."""
    return {w.casefold() for w in _words(text) if len(w) >= EDGE_CHROME.own_word_chars and _LETTER.match(w)}


content_words = _content_words  # (the same words for decision._head_copies, head36)



def article_words(blocks: list[Block], start: int) -> tuple[frozenset[str], str]:
    """The content words of the document from block ``start`` on (the headline, the standfirst, the prose), and
    their text folded (for scripts without spaces)."""
    text = "\n".join(block.plain for block in blocks[start:])
    return frozenset(_content_words(text)), text.casefold()


def shares_words(line: str, words: frozenset[str], text: str) -> bool:
    """Whether ``line`` shares a content word with the article's prose (``article_words``): a title, a standfirst, a
    section of the article does; a site's name, a skip link, a section label of the site mostly do not. In a script
    without spaces: two of its letters in a row that the prose holds."""
    if _content_words(line) & words:
        return True
    letters = [c for c in line.casefold() if _UNSPACED.match(c)]
    return any(letters[k] + letters[k + 1] in text for k in range(len(letters) - 1))


def _name_like(line: str) -> bool:
    """Two to four capitalised words and nothing else ("Jane Doe", "Maria de Souza" is not): a byline's name, which
    a run above a headline never takes (decision 3: a top byline stays)."""
    words = _words(line)
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _DIGIT.search(line) \
        and not _SEPARATORS.search(line)


name_like = _name_like  # (a byline's name: decision._start_run keeps it, head36)


def confirmed_headline(blocks: list[Block], findings: list[list[Finding]], j: int, edge: float,
                       body_length: int) -> bool:
    """Block ``j`` is the article's headline: one title-like line (``title_like``, no sentence, no date line or
    counter, not found as boilerplate) with the article's first paragraph of prose right below it, at most
    ``EDGE_CHROME.headline_gap`` one-line blocks between them, short or date lines (a byline, a date line, the
    site's name; a second title-like line makes the headline unsure: a byline over a question heading)."""
    block = blocks[j]
    if block.type not in ("paragraph", "heading") or not _one_line(block):
        return False
    line = block.plain.strip()
    if not title_like(line) or _record(line) or reaches(findings[j], edge):
        return False
    if block.type != "heading" and (_SENTENCE_END.search(line) or _prose_line(line)):
        return False
    gap = 0
    for k in range(j + 1, len(blocks)):
        if not _words_in(blocks[k]):
            continue
        if _prose(blocks[k], body_length):
            return True
        between = blocks[k].plain.strip()
        if not _one_line(blocks[k]) or gap >= EDGE_CHROME.headline_gap or (
                title_like(between) and not _record(between)):
            return False  # a second title-like line before the prose: which of them is the headline is unsure
        gap += 1
    return False


def foreign_run(lines: list[str], blocks: list[Block], headline: int) -> bool:
    """A run of label lines none of which is the article's: no line shares a content word with the document from
    its headline (block ``headline``) on (``shares_words``: a short title shares one with its standfirst or its
    prose) and none is a bare name (a byline). Such a run above a confirmed headline is the page's chrome however
    short (a skip link, a site's name, a section label: text11f)."""
    if not lines:
        return False
    words, text = article_words(blocks, headline)
    return not any(shares_words(line, words, text) or _name_like(line) for line in lines)


def headline_after_chrome(blocks: list[Block], before: list[list[Finding]], after: list[list[Finding]], title: int,
                          edge: float, body_length: int) -> int | None:
    """When the head's run (``after``: the findings with edge_chrome's) takes the block the title step chose
    (``title``): the first block after it that the run does not take (date lines, counters and short labels passed
    over) when it
    is a confirmed headline (``confirmed_headline``) and the chosen block is foreign to the article
    (``foreign_run``): the chosen block was a skip link or the site's name over the headline. Else None."""
    for j in range(title + 1, len(blocks)):
        block = blocks[j]
        if not _words_in(block):
            continue
        if after[j] is not before[j] or (_one_line(block) and label_like(block.plain) and (
                not title_like(block.plain) or meta_line_shape(block.plain) is not None)):
            continue  # the run's lines, a date line, a short label ("News") between the chrome and the headline
        return j if confirmed_headline(blocks, before, j, edge, body_length) and foreign_run(
            [blocks[title].plain], blocks, j) else None
    return None


def _head_peel(blocks: list[Block], cue_piece=None) -> dict[int, int]:
    """Block index -> the number of its leading lines to peel off, for the head's blocks of several lines up to
    the one that holds the first line of text (the title, the prose). ``cue_piece``: whether a block opens with a
    cue the segmenter cuts at ("Skip to main content" over the menu): such a piece is left whole to its cue."""
    items: list[tuple[str, bool]] = []
    owners: list[tuple[int, int]] = []  # (block, line) of each item; line -1: a block of one line
    for i, block in enumerate(blocks):
        if not _words_in(block):
            continue
        if _one_line(block):
            if not label_like(block.plain):
                if not any(line >= 0 for _, line in owners):
                    return {}  # text before any block of several lines: not the head's chrome
                # a block of label lines only over a line of text (the title): the page's head glued into one
                # paragraph over it (a forum's pager and its poster's card over the thread's title: textfam32)
                # (only under a title's line, and only a run a strong label anchors: a list of ingredients over a
                # sentence is no page's head)
                if not _title_line(block.plain):
                    return {}
                items.append((block.plain, False))
                owners.append((i, -1))
                return _peel_run(items, owners, _prose_line(block.plain), _NEVER)
            items.append((block.plain, False))
            owners.append((i, -1))
            continue
        if block.type != "paragraph":
            return {}
        spans = _lines(block)
        lines = [block.text[a:b] for a, b in spans]
        if cue_piece is not None and cue_piece(block.text):
            items.extend((line, True) for line in lines)  # as a removal: passed over, the title comes after it
            owners.extend((i, -1) for _ in lines)
            continue
        run = 0
        while run < len(lines) and label_like(lines[run]) and not (
                run + 1 < len(lines) and continues(lines[run], lines[run + 1])):
            run += 1
        items.extend((line, False) for line in lines[:run + 1])
        owners.extend((i, k) for k in range(min(run + 1, len(lines))))
        if run == len(lines):
            continue  # a block of label lines only: the head goes on
        if len(items) == 1:
            return {}  # the first block opens with text, no label line before it: nothing to peel (speed23: no walk)
        return _peel_run(items, owners, _prose_line(lines[run]))
    return {}


def _peel_run(items: list[tuple[str, bool]], owners: list[tuple[int, int]], before_prose: bool,
              min_run: int = EDGE_CHROME.min_run) -> dict[int, int]:
    """``_head_peel``'s answer once the head's run met a line of text (its last item); ``min_run``: ``anchored``'s."""
    chrome = min(head_chrome(items, before_prose=before_prose), len(items) - 1)
    if not anchored([text for text, _ in items[:chrome] if not _record(text)], False, min_run):
        return {}
    peel: dict[int, int] = {}
    for block_index, line in owners[:chrome]:
        if line >= 0:
            peel[block_index] = line + 1
    return peel


def _title_line(line: str) -> bool:
    """A line that may be a title though it is no label (too many words for one): no sentence, not prose."""
    line = line.strip()
    first = next((c for c in line if _LETTER.match(c)), "")
    return (first != "" and not first.islower() and not _prose_line(line) and _SENTENCE_END.search(line) is None
            and not _CODE.search(line) and title_like(line))


def _prose_line(line: str) -> bool:
    """A line of the article's prose: a sentence's end, or long."""
    return len(line) >= EDGE_CHROME.prose_line_chars or (
        _SENTENCE_END.search(line) is not None and len(_words(line)) > EDGE_CHROME.short_words)


def _tail_peel(blocks: list[Block], cue_piece=None) -> tuple[int, int] | None:
    """(block index, number of trailing lines) to peel off the tail's last block of several lines, or None."""
    after: list[str] = []  # the label lines of one-line blocks after it (the same run)
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not _words_in(block):
            continue
        if _one_line(block):
            if not label_like(block.plain) or reference_heading(block.plain):
                return None
            after.append(block.plain)
            continue
        if block.type != "paragraph" or (cue_piece is not None and cue_piece(block.text)):
            return None
        spans = _lines(block)
        count = 0
        for k in range(len(spans) - 1, 0, -1):
            line = block.text[spans[k][0]:spans[k][1]]
            previous = block.text[spans[k - 1][0]:spans[k - 1][1]]
            if not label_like(line) or reference_heading(line) or continues(previous, line):
                break
            if line.rstrip().endswith((":", "：")):
                count = 0  # a lead line over its items: they are the article's
                break
            count += 1
        lines = [block.text[a:b] for a, b in spans[len(spans) - count:]]
        return (i, count) if count > 0 and anchored(lines + after, False, min_run=_NEVER) else None
    return None


def split_at_lines(block: Block, cut_lines: list[int], tags: bool, hints: bool = False) -> list[Block]:
    """The block cut before each of its lines in ``cut_lines`` (indexes of its non-blank lines); ``hints``: each
    piece keeps the block's ``dom_hints`` (detectors/md_chrome.py)."""
    spans = _lines(block)
    edges = sorted({spans[k][0] for k in cut_lines if 0 < k < len(spans)})
    if not edges or block.start is None:
        return [block]
    return cut_block(block, edges, tags, line_break=True, hints=hints)


def _foreign_prose(blocks: list[Block], cue_piece=None) -> dict[int, tuple[int, ...]]:
    """Block index -> the lines before which a cue's piece is cut: a block that opens with a cue line the segmenter
    cut at (a rights heading, a subscribe lead), or that follows such a line cut off as a block of its own (a
    heading's section takes the block under it), then at least ``EDGE_CHROME.foreign_gap_lines`` short lines that
    end no sentence (the publisher's record, a breadcrumb: the page's lines a crawler glued under it), then a line
    of prose (at least ``foreign_prose_words`` words, no cue of its own): that prose is not the cue's (a cue's own
    text follows its line, or ends a sentence before more of it), and the cue's finding would take it with the
    block (textfam32: t-he-news1's rights heading took the standfirst and a caption). The cue's line is cut from the
    short lines too (they may be the article's title and byline under a "Subscribe to X" line: cleaneval): each
    piece a paragraph of its own that no heading's section takes (cleaneval's "Next Article" over the next title).
    In the head only (up to the
    first block of prose): below it, a related lead's teaser is glued so too. Cheap tests first: a block of several
    lines, its first lines short; the cue is asked last."""
    found: dict[int, tuple[int, ...]] = {}
    if cue_piece is None:
        return found
    gap, most, words = EDGE_CHROME.foreign_gap_lines, EDGE_CHROME.foreign_gap_max_lines, EDGE_CHROME.foreign_prose_words
    # the head only: after the article's first paragraph of prose (a menu's lines are none), what a cue's lines glue
    # under them is as often its own (a related lead's teaser: wcxb_dev)
    head_end = -1  # (found when a block of several lines is met: most documents have none)
    for i, block in enumerate(blocks):
        text = block.text
        if block.type != "paragraph" or text.count("\n", 0, 2000) < gap:
            continue
        if head_end < 0:
            head_end = next((j for j, other in enumerate(blocks) if _prose(other, BODY_LENGTH)
                             and _has_prose_line(other.text)), len(blocks))
        if i > head_end:
            break
        spans = line_spans(text[:_first_lines_end(text, most + 2)])
        if len(spans) < gap + 1 or spans[0][1] - spans[0][0] > EDGE_CHROME.line_max_chars:
            continue
        cut = 0
        for k in range(1, min(len(spans), most + 2)):
            line = text[spans[k][0]:spans[k][1]]
            if len(line) <= EDGE_CHROME.line_max_chars and _SENTENCE_END.search(line) is None \
                    and word_count(line) < words:
                continue  # a short line that ends no sentence: the page's record, a breadcrumb
            if k >= gap and word_count(line) >= words and not continues(text[spans[k - 1][0]:spans[k - 1][1]], line):
                cut = k  # (a line that goes on with the one before it is the same sentence's)
            break
        if not cut or cue_piece(text[spans[cut][0]:]):
            continue
        first = text[spans[0][0]:spans[0][1]]
        opens = cut > gap and cue_piece(text) and _SENTENCE_END.search(first) is None
        if not opens and not (i and block.group == blocks[i - 1].group and _one_line(blocks[i - 1])
                              and len(blocks[i - 1].text) <= EDGE_CHROME.line_max_chars
                              and cue_piece(blocks[i - 1].text)):
            continue
        # the short lines are a piece of their own too (they may be the article's title and byline under a
        # "Subscribe to X" line; a footer's links under its copyright line stay so too: cleaneval, readability)
        found[i] = (1, cut) if opens else (cut,)
    return found


def _has_prose_line(text: str) -> bool:
    """Whether one of ``text``'s lines is a line of prose (``_prose_line``), with string tests first (a WET page's
    menu of hundreds of lines has none: its lines are short and end no sentence)."""
    lines = text.split("\n")
    if max(map(len, lines)) >= EDGE_CHROME.prose_line_chars:
        return True
    return any(line.rstrip()[-1:] in _ENDS and _prose_line(line.strip()) for line in lines)


#: The last characters of a line that may end a sentence (``_SENTENCE_END``'s).
_ENDS = frozenset(".!?。！？।؟'\"”»)]")


def _first_lines_end(text: str, count: int) -> int:
    """The offset after the first ``count`` lines of ``text`` (its end when it has fewer)."""
    at = -1
    for _ in range(count):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at


def peel_edges(blocks: list[Block], *, tags: bool = False, paragraphs: list[int] | None = None,
               cue_piece=None, sources: list[int] | None = None) -> list[Block]:
    """The blocks with the head block's leading label lines and the tail block's trailing ones made blocks of their
    own (see the module); ``blocks`` itself when nothing is peeled. Only before the first paragraph of prose (the
    head block may hold it: its lines after the title stay together) and after the last. A peeled line is a
    paragraph of its own for the decision (no ``neighbour.same_paragraph`` runs across it); ``paragraphs``, when
    given, receives each block's group as the source paragraph gives it, for the output (``restore_paragraphs``:
    the kept lines of one source paragraph are joined as before). ``cue_piece(text)``: whether a block opens with a
    cue the segmenter cuts at (``BlockSplitter.opens_with_cue``): it is never peeled, its cue takes it whole.
    ``sources``, when given, receives each block's index among the blocks before the peeling (``title_index``)."""
    head = _head_peel(blocks, cue_piece)
    tail = _tail_peel(blocks, cue_piece)
    foreign = _foreign_prose(blocks, cue_piece)
    if not head and tail is None and not foreign:
        if sources is not None:
            sources[:] = range(len(blocks))
        return blocks
    cuts: dict[int, list[int]] = {}  # block -> the lines cut before
    peeled: dict[int, set[int]] = {}  # block -> the lines that become blocks of their own
    for index, lines in foreign.items():  # a cue's piece cut before the prose that is not its own
        cuts.setdefault(index, []).extend(lines)
    for index, count in head.items():
        cuts.setdefault(index, []).extend(range(1, count + 1))
        peeled.setdefault(index, set()).update(range(count))
    if tail is not None:
        total = len(_lines(blocks[tail[0]]))
        cuts.setdefault(tail[0], []).extend(range(total - tail[1], total))
        peeled.setdefault(tail[0], set()).update(range(total - tail[1], total))
    out: list[Block] = []
    own: set[int] = set()  # the peeled lines: a paragraph each (as a site profile's template cuts make them)
    source: list[int] = []
    for i, block in enumerate(blocks):
        if i not in cuts:
            out.append(block)
            source.append(i)
            continue
        spans = _lines(block)
        base = block.start or 0  # (text blocks have offsets; ``_split`` leaves a block without them whole)
        starts = {base + spans[k][0] for k in peeled.get(i, ())}
        # the pieces cut from a cue's piece but the cue's own line: a paragraph each, never the cue's section's (the
        # short lines may be the article's title and byline)
        cue_line = base + spans[0][0] if foreign.get(i, (0,))[0] == 1 else -1
        for piece in split_at_lines(block, cuts[i], tags):
            apart = i in foreign and piece.start != cue_line
            if piece.start in starts and "\n" not in piece.text or apart:
                own.add(len(out))
                piece.foreign_prose = apart
            out.append(piece)
            source.append(i)
    if sources is not None:
        sources[:] = source
    groups: dict[tuple[int, int], int] = {}
    if paragraphs is not None:
        paragraphs[:] = [block.group for block in out]
    for index, block in enumerate(out):
        block.index = index
        block.group = groups.setdefault((block.group, index if index in own else -1), len(groups))
    return out


def restore_paragraphs(blocks: list[Block], paragraphs: list[int]) -> None:
    """Give the blocks back the groups of their source paragraphs (``peel_edges``'s ``paragraphs``), once decided."""
    if len(paragraphs) == len(blocks):
        for block, group in zip(blocks, paragraphs):
            block.group = group


def prose_sized(text: str, body_length: int) -> bool:
    """Long enough to be prose for the chrome passes: ``body_length`` characters, or ``prose_min_words`` words, or,
    outside ASCII, ``body_length`` characters as a spaced script writes them (``spaced_length``: a Chinese paragraph
    of 40 letters says as much as an English one of 120). The decision's own prose (decision.py ``_is_body``)
    counts characters only: with the spaced length, chinese_cwced's HTML lost 0.001 F1 (docs/benchmarks.md,
    site12g); its "short" test uses the spaced length."""
    if len(text) >= body_length or word_count(text) >= EDGE_CHROME.prose_min_words:
        return True
    return not text.isascii() and spaced_length(text) >= body_length


def _prose(block: Block, body_length: int) -> bool:
    """A paragraph of prose (``prose_sized``)."""
    return block.type in ("paragraph", "quote", "list_item") and prose_sized(block.plain, body_length)


def _headline_below(block: int, end: int, blocks: list[Block], findings: list[list[Finding]], edge: float,
                    body_length: int) -> bool:
    """The line after a head's run (of block ``block``, or -1: the block ``end`` that ended the run) is a
    confirmed headline (``confirmed_headline``): a short run above it needs no other anchor when it is foreign to
    the article (``foreign_run``)."""
    j = end if block < 0 else block
    return 0 <= j < len(blocks) and confirmed_headline(blocks, findings, j, edge, body_length)


def _headline_block(block: int, end: int) -> int:
    return end if block < 0 else block


#: a word as the stopword lists count one (letters and marks, an apostrophe or a hyphen inside): ``stop_density``
#: here, decision.py's ``widget_row``
ZONE_WORD = compile_pattern(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")


@lru_cache(maxsize=1)
def folded_function_words() -> frozenset[str]:
    """Every function word of ``data/stopwords.json``, folded (``families.fold``): ``stop_density`` here, decision.py's
    ``widget_row``."""
    from ..language import function_words  # (data/stopwords.json, read once)
    from .families import fold

    return frozenset(fold(word) for word in function_words())


@lru_cache(maxsize=8192)
def stop_density(text: str) -> float | None:
    """The share of ``text``'s words that are function words of some language of ``data/stopwords.json`` (jusText's
    stopword density, over every listed language at once); None for a text in a script without spaces (Han, kana,
    Thai: the lists have no words for them) or without words. Memoised: the zone is weighed by the decision and by
    edge_chrome, on the same lines."""
    if _unspaced(text):
        return None
    from .families import fold

    words = ZONE_WORD.findall(fold(text))  # (folded once: the same words as folding each)
    if not words:
        return None
    stop = folded_function_words()
    return sum(1 for word in words if word in stop) / len(words)


def zone_weights(blocks: list[Block], findings: list[list[Finding]], body_length: int = BODY_LENGTH,
                 edge: float = EDGE_STRENGTH) -> list[float]:
    """Each block's weight for ``body_zone``: a block of prose (``_prose``: ``body_length`` characters or
    ``EDGE_CHROME.prose_min_words`` words, few links, enough function words when the page's language has a list)
    with no finding weighs its length in ``body_length`` units (at most ``TEXT_ZONE.prose_weight_cap``); a label line
    (``label_like``), a block found at ``edge`` strength or more, or a long line without function words (a glued menu)
    costs ``TEXT_ZONE.label_cost``; a shorter line of text (more than ``EDGE_CHROME.short_words`` words, no label,
    function words) weighs its share of a prose block (a hard-wrapped paragraph's lines); anything else (a date line,
    a short list item, code, a table, a blank) weighs nothing."""
    words, prose, base = _zone_base(blocks, body_length)
    weights: list[float] = []
    for i in range(len(blocks)):
        if not words[i]:
            weights.append(0.0)
        elif reaches(findings[i], edge):
            weights.append(-TEXT_ZONE.label_cost)  # found at the edge's strength
        elif findings[i] and not prose[i]:
            weights.append(0.0)  # a weak finding on a short block: no text of the article's, no chrome either
        else:
            weights.append(base[i])
    return weights


#: the last page's ``_zone_base``: (its blocks list, the blocks in it, the body length, the value); edge_chrome's
#: findings and decision's ``find_zones`` ask about the same blocks (lines13)
_BASE_MEMO: tuple[list[Block], tuple[Block, ...], int, tuple[list[bool], list[bool], list[float]]] | None = None


def _zone_base(blocks: list[Block], body_length: int) -> tuple[list[bool], list[bool], list[float]]:
    """``zone_weights``' part that no finding changes: each block's words, prose and weight without a finding."""
    global _BASE_MEMO
    memo = _BASE_MEMO
    if memo is not None and memo[0] is blocks and memo[2] == body_length and memo[1] == tuple(blocks):
        return memo[3]
    densities: list[float | None] = [None] * len(blocks)
    words = [_words_in(block) for block in blocks]
    prose = [words[i] and _prose(block, body_length) for i, block in enumerate(blocks)]
    long = []
    for i, block in enumerate(blocks):
        if prose[i]:
            densities[i] = stop_density(block.plain)
            if densities[i] is not None:
                long.append(densities[i])
    # a page in a language the lists do not cover (Korean, Arabic, Hindi...) has no function words at all: its
    # prose is measured by its length alone
    long.sort()
    listed = bool(long) and long[len(long) // 2] >= TEXT_ZONE.min_stop_density
    base: list[float] = []
    for i, block in enumerate(blocks):
        if not words[i]:
            base.append(0.0)
            continue
        if prose[i]:
            density = densities[i]
            if block.link_density >= TEXT_ZONE.max_link_density or (
                    listed and density is not None and density < TEXT_ZONE.min_stop_density):
                base.append(-TEXT_ZONE.label_cost)  # a glued menu, a tag line, a list of links
                continue
            size = max(len(block.plain) / body_length, word_count(block.plain) / EDGE_CHROME.prose_min_words)
            base.append(min(size, TEXT_ZONE.prose_weight_cap))
            continue
        if block.page_lines and not _one_line(block):
            # a run of a page's short lines (readers/text.py ``line_groups``) costs what its label lines would
            own = [block.text[a:b] for a, b in _lines(block)]
            labels = sum(1 for line in own if label_like(line))
            base.append(-TEXT_ZONE.label_cost * labels if labels == len(own) else 0.0)
            continue
        label = len(block.plain.strip()) <= EDGE_CHROME.line_max_chars and label_like(block.plain)  # (memoised)
        if label and block.type in ("paragraph", "heading") and _one_line(block):
            # (a date line or a counter is the post's record: decision 3, it weighs nothing)
            base.append(0.0 if _record(block.plain) else -TEXT_ZONE.label_cost)
            continue
        if not label and word_count(block.plain) > EDGE_CHROME.short_words and not (
                listed and (stop_density(block.plain) or 0.0) < TEXT_ZONE.min_stop_density):
            # a shorter line of text (a hard-wrapped paragraph's line, a short paragraph): its share of a prose
            # block's weight
            base.append(max(len(block.plain) / body_length,
                            word_count(block.plain) / EDGE_CHROME.prose_min_words))
            continue
        base.append(0.0)
    value = (words, prose, base)
    _BASE_MEMO = (blocks, tuple(blocks), body_length, value)
    return value


def body_zone(blocks: list[Block], findings: list[list[Finding]], body_length: int = BODY_LENGTH,
              edge: float = EDGE_STRENGTH, title: int | None = None) -> tuple[int, int] | None:
    """The article's zone in a plain-text page whose lines are blocks, as (first, last) block indexes of text
    (``zone_weights`` above 0); None when the page has no such block. jusText's / CCNet's main body region: the
    page's text less the *islands* at its edges that the page's chrome parts from the rest, peeled one by one from
    each side. An island is a run of text blocks with less than ``TEXT_ZONE.island_gap`` label cost between its own
    blocks; it is peeled when it weighs at most ``TEXT_ZONE.island_max_weight`` (a boilerplate sentence or two, not
    an article's part), at most ``TEXT_ZONE.island_max_share`` of the text left inside (the article dominates: a
    two-paragraph story keeps its last paragraph after a share bar), and less than the label lines between it and
    the next text inward (a newsletter prompt, a cookie line, a related story's teaser after the footer's menu). So
    such a line no longer moves the body's edges, and the article's own parts between long lists stay in the zone
    (an island of several paragraphs weighs more).
    Only islands of one-line blocks are peeled: a block of several lines (a WET page joined by single newlines is
    one paragraph, its cue pieces too) is the page's text, whatever its weight; at the start, only islands before
    ``title`` (the title step's block, when known) and not right under a line that reads as a title (a standfirst
    under its headline, with the byline and the sidebars' labels after it)."""
    return _zone(blocks, findings, body_length, edge, title)[0]


def lines_page(blocks: list[Block]) -> bool:
    """Whether the page is one whose lines are blocks, where the article's zone is looked for (``body_zone``, by
    edge_chrome's runs and decision's ``find_zones``): at least ``TEXT_ZONE.min_line_share`` of its blocks, and
    ``TEXT_ZONE.island_gap`` of them, are one-line blocks of a label's width (a WET page's menus). An article of
    paragraphs with its headings and a few boxes is not: the zone's weights cost it 5 % (speed.py, lines29)."""
    line_max = EDGE_CHROME.line_max_chars
    lines = sum(1 for block in blocks if len(block.plain) <= line_max and "\n" not in block.plain.strip())
    return lines >= TEXT_ZONE.min_line_share * len(blocks) and lines >= TEXT_ZONE.island_gap


def _zone(blocks: list[Block], findings: list[list[Finding]], body_length: int, edge: float,
          title: int | None) -> tuple[tuple[int, int] | None, list[float]]:
    """``body_zone`` and the blocks' ``zone_weights`` (edge_chrome reads both)."""
    weights = zone_weights(blocks, findings, body_length, edge)
    text = [i for i, weight in enumerate(weights) if weight > 0]
    if not text:
        return None, weights

    def gap(a: int, b: int) -> float:  # the label cost between text blocks a < b
        return -sum(weight for weight in weights[a + 1:b] if weight < 0)

    def islands() -> list[list[int]]:
        out: list[list[int]] = [[text[0]]]
        for before, after in zip(text, text[1:]):
            if gap(before, after) >= TEXT_ZONE.island_gap:
                out.append([])
            out[-1].append(after)
        return out

    def lines(island: list[int]) -> bool:  # an island of the page's lines: a paragraph of several is text
        return all(_one_line(blocks[i]) for i in island)

    parts = islands()
    sizes = [sum(weights[i] for i in island) for island in parts]

    def peel(k: int, gap_cost: float, rest: float) -> bool:  # whether island k, at an edge, is left out
        return sizes[k] <= TEXT_ZONE.island_max_weight and sizes[k] < gap_cost and lines(parts[k]) \
            and sizes[k] <= TEXT_ZONE.island_max_share * rest

    def lead(island: list[int]) -> bool:  # the island right under a line that reads as a title: its lead
        above = next((i for i in range(island[0] - 1, -1, -1) if _words_in(blocks[i])), None)
        return above is not None and not findings[above] and _one_line(blocks[above]) \
            and title_like(blocks[above].plain) and not _record(blocks[above].plain)

    first, last = 0, len(parts) - 1
    while last > first and peel(last, gap(parts[last - 1][-1], parts[last][0]), sum(sizes[first:last])):
        last -= 1  # the end's islands
    while first < last and (title is None or parts[first][-1] < title) and not lead(parts[first]) \
            and peel(first, gap(parts[first][-1], parts[first + 1][0]), sum(sizes[first + 1:last + 1])):
        first += 1  # the start's, before the title (a lead, the first paragraphs under it are the article's)
    return (parts[first][0], parts[last][-1]), weights


def _tail_run(order: list[int], blocks: list[Block], findings: list[list[Finding]],
              edge: float, outside: set[int] | frozenset[int] = frozenset()) -> tuple[list[int], bool]:
    """The label blocks of the run from the edge in ``order`` (blocks found at ``edge`` or more passed over, and
    ``outside``: prose the article's zone leaves out), and whether the run touches a removal."""
    members: list[int] = []
    touches = False
    last_found = False  # the word block looked at before (nearer the end) was a removal
    over_removal = False  # ...when the last member was taken
    for i in order:
        block = blocks[i]
        if not _words_in(block):
            continue
        if reaches(findings[i], edge):
            touches = last_found = True
            continue
        if i in outside:
            continue  # a boilerplate sentence after the article's zone: no anchor, no end of the run
        if block.type not in ("paragraph", "heading") or not (block.page_lines or _one_line(block)):
            break
        # a run of a page's short label lines (readers/text.py ``line_groups``) is judged by its lines
        lines = [block.plain] if _one_line(block) else [block.text[a:b].strip() for a, b in _lines(block)]
        if not all(label_like(line) for line in lines) or reference_heading(lines[0]):
            break
        if any(line.rstrip().endswith((":", "：")) for line in lines):
            return [], touches  # a lead line over its items ("Contacts:" over names and numbers): the article's
        members.append(i)
        over_removal, last_found = last_found, False
    # the run's line nearest the prose, right over a removal and no strong label, is the author's sign-off or the
    # box's own heading ("Cheryl" over a bio): left to the box's rules
    if members and over_removal and not strong_label(blocks[members[-1]].plain):
        members.pop()
    return members, touches


#: a table's row: a key and its value ("Weight: 13.2 kg", "Frame: aluminium")
_KEY_VALUE = compile_pattern(r"^[^:：]{1,%d}[:：]\s*\S" % EDGE_CHROME.table_key_max_chars)


def table_rows(lines: list[str]) -> bool:
    """Whether a run of a page's lines after the article is a table, not chrome (a cut page's tail, readers/text.py
    ``line_groups``; lines12 lost them): at least ``EDGE_CHROME.table_min_rows`` rows, a line with a figure and a word
    ("45 EUR", "Pack of 6") or a key and its value ("Weight: 13.2 kg"), and at least ``table_row_share`` of the run's
    lines (a price list, a product's specifications; a pager's bare numbers, a footer's one dated line are none)."""
    rows = sum(1 for line in lines if (_DIGIT.search(line) and _LETTER.search(line)) or _KEY_VALUE.match(line.strip()))
    return rows >= EDGE_CHROME.table_min_rows and rows >= EDGE_CHROME.table_row_share * len(lines)


def edge_chrome_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None, body_length: int = BODY_LENGTH,
                         edge: float = EDGE_STRENGTH, title: int | None = None) -> list[list[Finding]]:
    """``findings`` with ``navigation.edge_chrome`` added to the label lines of the head's and the tail's runs.
    ``title``: the block the title step takes as the article's title (``result.find_title_index``, before this
    detector): the head's run ends above it, it and every block after it stay."""
    if kinds is not None and KIND not in kinds:
        return findings
    # the first paragraph of prose and the last (read from the document's end: speed23)
    first_prose = next((i for i, block in enumerate(blocks) if _prose(block, body_length)), None)
    if first_prose is None:
        return findings  # a short article, a poem, a list: nothing to stand the chrome against
    last_prose = next(i for i in range(len(blocks) - 1, first_prose - 1, -1) if _prose(blocks[i], body_length))
    outside: set[int] = set()  # prose the article's zone leaves out (``body_zone``): the run passes over it
    if last_prose > first_prose and lines_page(blocks):
        zone, weights = _zone(blocks, findings, body_length, edge, title)
        if zone is not None and (zone[0] > first_prose or zone[1] < last_prose):
            # the islands' prose (text the zone left out; a long line without function words, a legend of
            # abbreviations or a glued menu, is no island and still ends a run)
            outside = {i for i in range(first_prose, last_prose + 1)
                       if not zone[0] <= i <= zone[1] and _prose(blocks[i], body_length) and weights[i] > 0}
            # the tail's run starts after the zone's last block of text, or after a block of prose found at the
            # edge's strength after it (a copyright notice, an injected box: they bounded the run before the zone,
            # and an article's own list before them, a product's details, stays out of its reach)
            last_prose = max([zone[1]] + [i for i in range(zone[1] + 1, last_prose + 1)
                                          if _prose(blocks[i], body_length)
                                          and reaches(findings[i], edge)])
            # the head's run goes on past an island before the zone, to the zone's first prose, or to a block of
            # prose found at the edge's strength before it (it bounded the run before the zone: a short title under
            # a disclosure stays out of the run's reach)
            first_prose = min([next((i for i in range(zone[0], zone[1] + 1) if _prose(blocks[i], body_length)),
                                    zone[0])]
                              + [i for i in range(first_prose, zone[0]) if _prose(blocks[i], body_length)
                                 and reaches(findings[i], edge)])
    chosen: dict[int, str] = {}
    items: list[tuple[int, str, bool]] = []  # (block, a line of it, found): the head's lines up to the prose's
    end = first_prose  # the block that ends the run
    for i in range(first_prose + 1):
        block = blocks[i]
        if not _words_in(block):
            continue
        found = (i in outside or reaches(findings[i], edge)) and i < first_prose
        lines = [block.text[a:b] for a, b in _lines(block)] if not _one_line(block) else [block.plain]
        member = i < first_prose and (title is None or i < title) and block.type in ("paragraph", "heading") and (
            found or all(label_like(line) for line in lines))
        if not member:
            # the lines of the block that ends the run count for the title (never chosen: no block of their own)
            items.extend((-1, line, False) for line in lines)
            end = i
            break
        items.extend((i, line, found) for line in lines)
    count = head_chrome([(text, found) for _, text, found in items], before_prose=False)
    # a post's date line or counter at the top is its record (decision 3): never the head's chrome
    run = [text for i, text, found in items[:count] if not found and i >= 0 and not _record(text)]
    if not anchored(run, any(found for _, _, found in items[:count])) and not (
            count >= EDGE_CHROME.headline_run and count < len(items)
            and _headline_below(items[count][0], end, blocks, findings, edge, body_length)
            and foreign_run(run, blocks, _headline_block(items[count][0], end))):
        count = 0
    inside = {i for i, _, _ in items[:count]} - {i for i, _, _ in items[count:]}  # every line of the block
    for i in sorted(inside):
        if i >= 0 and i not in outside and not reaches(findings[i], edge) \
                and not _record(blocks[i].plain):
            chosen[i] = "head"
    tail, touches = _tail_run(list(range(len(blocks) - 1, max(last_prose, -1 if title is None else title), -1)),
                              blocks, findings, edge, outside)
    above = next((i for i in range(min(tail, default=0) - 1, -1, -1) if _words_in(blocks[i])), None)
    cut = min((i for i in outside if above is not None and i > above), default=None)
    if tail and above is not None and cut is not None and blocks[above].plain.rstrip().endswith((":", "：")) \
            and not reaches(findings[above], edge):  # (a found "Share this:" is a box's heading)
        # the zone's last line is a lead over the run's lines up to the island the run passed over ("… see these
        # pages:" over their titles): they are its items; the footer after the island is still the page's
        tail = [i for i in tail if i > cut]
    # a run of label lines goes when a removal touches it, or when it is long enough, or strongly labels; lines
    # without case (a Chinese poem's, "月光照老屋") only with a removal or a strong label: their shape says less
    lines = [line for i in reversed(tail) for line in ([blocks[i].plain] if _one_line(blocks[i])
                                                        else [blocks[i].text[a:b] for a, b in _lines(blocks[i])])]
    if tail and anchored(lines, touches, min_run=_NEVER) and not (
            any(blocks[i].page_lines for i in tail) and table_rows(lines)):
        for i in tail:
            chosen[i] = "tail"
    if not chosen:
        return findings
    result: list[list[Finding]] = []
    for i, existing in enumerate(findings):
        if i not in chosen:
            result.append(existing)
            continue
        cue = f"a label line in the {chosen[i]}'s run of chrome: {blocks[i].plain[:60]}"
        result.append(with_finding(existing, rule_finding(KIND, RULE, cue, len(blocks[i].plain))))
    return result
