"""The one block model for every format: the units a reader yields, and the one segmenter that makes them blocks.

A reader (readers/text.py for text and Markdown, readers/html.py for HTML through trafilatura) yields ``Unit``s:
a heading, a paragraph, a list item, a quote, a table, a code block... as Markdown source, with where it came from
(offsets into the document for text and Markdown; nothing for HTML, whose removed blocks are located in the page
afterwards, readers/locate.py). ``Segmenter`` does the rest the same way for every format:

- splits a paragraph, a quote or a list item where a line or a sentence starts with a boilerplate cue ("Article
  Source:", "Rosina S Khan has authored this article."), so a credit glued to the last paragraph is judged on its
  own: a line of a text file and a ``<br>`` line of a page are the same kind of piece. Pieces of one unit share a
  ``group`` and are joined again when they are kept (``Block.line_break`` says whether a line break was before);
- strips the Markdown markers (heading "#", quote ">", list bullet);
- reads the inline links (``inline.parse_inline``) and reduces the text to ``plain``.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass
from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .captioncredit import caption_cuts
from .cues import CueIndex, normalize
from .datafiles import read_json
from .inline import HTML_TAG, INLINE_LINK, INVISIBLE_CHARS, may_hold_link, parse_inline
from .model import Block, LinkRef
from .names import NameMatcher
from .newslines import line_cuts
from .postmeta import record_cuts
from .tailcuts import end_cuts
from .scripts import GLUED, nfkc

# the closing "###" run: tried only where a run of blanks starts (from inside the run it was quadratic in its length)
_HEADING_MARKS = compile_pattern(r"^ {0,3}#{1,6}[ \t]*|(?<![ \t])[ \t]++#+[ \t]*$")
_QUOTE_MARKS = compile_pattern(r"(?m)^ {0,3}>[ \t]?")
_LIST_MARK = compile_pattern(r"^ {0,8}(?:[-*+•]|\d{1,9}[.)])[ \t]+")
# the end of a sentence, up to where the next one starts (the standard library engine: much faster here)
# (the Devanagari danda "।" and the Arabic question mark "؟" end sentences as "." and "?" do)
# One character class first, the alternatives told apart by a lookbehind: the engine then skips to the next sentence
# end in C (with two alternatives it tried a match at every character: 2.7x slower, the same matches)
_SENTENCE_START = re.compile(r"[.!?…।؟。！？](?:(?<=[.!?…।؟])[\"'”»)\]]?[ \t]+|(?<=[。！？]))(?=\S)")
# the first word: letters with their combining marks (a decomposed "Nguồn", the vowel signs of "साभार")
_PROBE_PREFIX = compile_pattern(r"[\s*_#>|•\-\[(]*(\p{L}[\p{L}\p{M}]*)")
#: ``_PROBE_PREFIX``'s word in an ASCII text that opens with a letter (the standard engine: ~4x faster a call)
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# (the standard engine, 2x faster here; its \S is the regex module's but for \x1c-\x1f, which are spelled out)
#: The ASCII characters ``cues.normalize`` removes or replaces besides blanks and case (quotes, emphasis, escapes)
_NORMALIZE_EDITS = re.compile(r"[`*_~\\]")
_LINE_START = re.compile(r"\n[ \t]*(?=[\x1c-\x1f]|\S)")
#: The ASCII signs ``cues.normalize`` keeps as a text's first character: no emphasis marker ("*", "_", "~", "\\"), no
#: quote it maps ("`"), no list or heading marker's ("#", ">", "-", "+", "|"), no symbol it strips first (the
#: categories Sm, Sk, So: "<", "=", "^"); a probe that opens with one (and no lead cue's first token does) opens with
#: no lead cue (``BlockSplitter._no_lead``; tests/test_text_speed.py)
_KEPT_SIGNS = "!\"$%&'(),./:;?@[]{}"
#: A probe's opening run of ASCII digits and the character after it
_DIGIT_RUN = re.compile(r"[0-9]+(.?)", re.DOTALL)
#: After an opening run of digits, the characters that may make it a list's marker once normalised ("1.", "2)", "3*.")
_MARKER_AFTER_DIGITS = ".)*_~\\"
#: A character every split point needs: a line break for ``_LINE_START``, a sentence end for ``_SENTENCE_START``.
_MAY_SPLIT = re.compile(r"[\n.!?…।؟。！？]")
_MAX_SENTENCE_PROBE = 300
#: The ASCII characters ``_PROBE_PREFIX`` reads past before a probe's first word (its marker class's ASCII members
#: besides the blanks): a probe that opens with another ASCII character that is no letter has no such word
_PREFIX_MARKS = frozenset("*_#>|-[(")
#: A character outside ASCII and the common punctuation, symbols and separators (Latin-1's, the general punctuation,
#: the currency signs, "™", arrows, box drawing, shapes, dingbats): a probe's head without one folds as an ASCII head does
#: for the continuation keys (``BlockSplitter._splits_here``, speed40; tests/test_speed40.py proves over every
#: character of the class what the gate needs: case-folded and lower-cased to no ASCII character and to none of a
#: continuation's, never decomposed, composed or reordered by NFC). The standard engine and literal ranges: ~0.6 µs a
#: head (the regex module's \p{P}\p{S}\p{Z} took 3.6 µs, as long as the ``may_start`` it spares)
_NOT_INERT = re.compile("[^\x00-\x7f\u00a0-\u00a9\u00ab\u00ac\u00ae-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7"
                        "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2122\u2190-\u2199\u2500-\u2775\u2794-\u27bf]")
#: How much of a probe ``names.NameMatcher.may_start`` reads
_NAME_HEAD = 200
#: How many characters after a lead token ``BlockSplitter._no_splitting_lead`` reads
_FOLLOW_READ = 16
#: How many lines ``BlockSplitter._heading_line_before`` keeps its answers for (then forgotten at once, speed40)
_HEADING_MEMO_SIZE = 4096
#: From how many probes a text's continuation keys are looked up first (``BlockSplitter._continuation_keys_at``)
_KEYS_FROM = 30
#: What ``parse_inline`` acts on besides runs of blanks: ``inline._MAY_HOLD_LINK``'s alternatives (the same engine
#: and flag), and every character ``inline.strip_emphasis`` removes or reads (code and emphasis markers, tags,
#: escapes, entities, the invisible characters).
_MAY_HOLD_MARKUP = re.compile("[\\[<`*_~\\\\&" + INVISIBLE_CHARS + "]|://|www\\.", re.IGNORECASE)
#: ``_MAY_HOLD_MARKUP``'s characters besides ``may_hold_link``'s
_MARKUP_CHARS = tuple("`*_~\\&" + INVISIBLE_CHARS)


def _may_hold_markup(text: str) -> bool:
    """``_MAY_HOLD_MARKUP.search(text) is not None``, several times faster on a long text with none (a scan for each
    character, in C: the site split's pieces of a WET page are long and most hold no markup)."""
    for char in _MARKUP_CHARS:
        if char in text:
            return True
    return may_hold_link(text)


#: A paragraph is probed for cues at its first and its last MAX_PROBES line and sentence starts only: boilerplate
#: glued to a paragraph sits at its start or its end, and a "paragraph" of 600,000 sentences ('1. ' * 600_000, 2 MB)
#: would otherwise cost a probe each (docs/reliability.md).
MAX_PROBES = 2000

#: The unit types the segmenter splits at cue lines and sentences.
SPLIT_TYPES = ("paragraph", "quote", "list_item")


@dataclass(slots=True)
class Unit:
    """What a reader yields: one structural unit of the document as Markdown source, before segmentation.

    ``start`` is the unit's offset into the document (text and Markdown; its end is ``start + len(text)``), None for
    HTML. A reader that reads the plain text itself (a table built from cells, a code block) gives ``plain`` and
    ``links``; the unit is then one block as it is."""

    type: str
    text: str
    start: int | None = None
    level: int = 0
    list_id: int = -1
    plain: str | None = None
    links: list[LinkRef] | None = None
    page_lines: bool = False  # cut from a paragraph of a page's own lines (readers/text.py ``line_groups``)
    line_run: bool = False  # ...a run of its short lines of one shape (Block.line_run)
    line_named: bool = False  # ...a line the cut's first pass named (Block.line_named)
    line_model: tuple[str, float, str] | None = None  # ...an edge run the line model took (Block.line_model)
    line_title: bool = False  # ...the title-like line the line model's head run ended above (Block.line_title)


#: The family whose sentence the segmenter splits off on both sides (mdfam32): a questions prompt of a closing.
ASK_FAMILY = "call_to_action.questions_prompt"
#: How many characters of a point ``BlockSplitter._with_asks`` looks up before anything else (a lead's first three)
_ASK_PREFIX = 3
_MARKS = compile_pattern(r"\p{M}+")
#: How much of a probe the questions prompt's lead is looked for in (its longest lead is shorter)
_ASK_PROBE = 80
#: A unit of more line and sentence starts than this is no closing paragraph (a WET page's lines, one unit of
#: hundreds): its questions prompts are not split off (``BlockSplitter._with_asks``; a loop over a WET page's points
#: cost 2.6 % of its time)
_ASK_MAX_POINTS = 30


def _fold(text: str) -> str:
    """Case-folded, without accents, "’" as "'", blanks single: detectors/chrome.py ``fold`` (the families' terms'
    form; that module is a detector's, above this layer)."""
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(nfkc(text).replace("’", "'").split())


@lru_cache(maxsize=1)
def _ask_vocabulary() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(the first three characters of the questions prompt's leads, lower case, as written and folded; its leads,
    lower case as written and folded, longest first; its reach terms, folded) from ``data/families.json`` (``ASK_FAMILY``)."""
    groups = read_json("families.json")["families"][ASK_FAMILY]["groups"]
    terms = {t.rstrip("*") for group in groups["question"].values() for t in group}
    leads = sorted({_fold(t) for t in terms} | {t.lower() for t in terms}, key=len, reverse=True)
    reach = tuple(sorted({_fold(t.rstrip("*")) for group in groups["reach"].values() for t in group}))
    prefixes = frozenset({t.lower()[:_ASK_PREFIX] for t in terms} | {lead[:_ASK_PREFIX] for lead in leads})
    return prefixes, tuple(leads), reach


@lru_cache(maxsize=16)
def _longest_lead(cues: CueIndex) -> int:
    return max((len(cue.phrase) for cue in cues.lead_phrases()), default=0)


def _outside_markup(text: str, points: list[int]) -> list[int]:
    """The points that fall inside no link and no inline tag: a piece must hold its markup whole, or the clean text
    (the pieces joined) would read differently ('<p\nSource:>' split at the cue: two pieces of text; joined: a tag)."""
    spans = sorted([m.span() for m in INLINE_LINK.finditer(text)] + [m.span() for m in HTML_TAG.finditer(text)])
    if not spans:
        return points
    kept, i, reach = [], 0, 0  # reach: the end of the spans that start before the point
    for point in points:
        while i < len(spans) and spans[i][0] < point:
            reach = max(reach, spans[i][1])
            i += 1
        if point >= reach:
            kept.append(point)
    return kept


def _opens_without(text: str, signs: frozenset[str], digits: bool) -> bool:
    """Whether ``text`` surely opens with no key of a cue set, without normalising it: it opens with one of ``signs``
    (the signs ``normalize`` keeps first that open no key), or, when no key opens with a digit (``digits``), with a
    run of ASCII digits that no list marker's character follows (``BlockSplitter._no_lead`` / ``_no_heading``)."""
    head = text[:1]
    if head in signs:
        return True
    if digits and "0" <= head <= "9":
        after = _DIGIT_RUN.match(text).group(1)  # type: ignore[union-attr]
        return after == "" or after.isascii() and after not in _MARKER_AFTER_DIGITS
    return False


class BlockSplitter:
    """Splits a paragraph at lines and sentences that start with a boilerplate cue."""

    def __init__(self, cues: CueIndex, names: NameMatcher):
        self.cues = cues
        self.names = names
        self._lead_chars = _longest_lead(cues)
        self._lead_probe = self._lead_chars + 32
        self._ascii_leads = cues.ascii_lead_tokens()  # ``cues.may_lead`` of an ASCII word
        # a probe that opens with a lower-case ASCII letter may start a name pattern only after one of these
        # (``names.lower_heads``), and a lead cue only with one of ``_ascii_leads``
        self._lower_stops = self._ascii_leads | names.lower_heads()
        self._heading_runs = cues.ascii_heading_runs()  # (``_heading_line_before``'s gate)
        # ``_splits_here``'s gate of ``names.may_start`` on a probe whose first 200 characters are ASCII and that
        # opens with a run of ASCII letters: a prefix ("written by") starts with one of ``lower_heads``; a name with
        # a continuation after it ("{name} is a freelance writer") needs the continuation within those characters,
        # so each of its words, and the longest of them; a word that holds another is left for the other
        self._name_heads = names.lower_heads()
        keys = {max(c.split(), key=len) for c in names.continuations() if c.isascii() and c.strip()}
        self._continuation_keys = tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))
        # ``_no_lead``'s signs and whether it may pass digits: none a lead cue's first token opens with
        lead_starts = cues.lead_token_starts()
        self._signs_without_lead = frozenset(_KEPT_SIGNS) - lead_starts
        self._digits_without_lead = lead_starts.isdisjoint("0123456789")
        # ``_heading_line_before``'s gate of a line that opens with a digit or a sign: the same test as ``_no_lead``'s,
        # with the heading keys' first characters (speed38)
        heading_starts = cues.heading_starts()
        self._signs_without_heading = frozenset(_KEPT_SIGNS) - heading_starts
        self._digits_without_heading = heading_starts.isdisjoint("0123456789")
        # ``_no_splitting_lead``: the characters after each ASCII lead token in the cues the splitter splits at
        self._lead_follows = cues.ascii_lead_follows()
        # (speed40) ``names.may_start`` of a probe that opens with one of these, an ASCII digit or sign that opens no
        # name prefix's first word, with an ASCII character or nothing after it: no prefix's first word opens the
        # probe (NFC leaves its first character), no capital and no CJK character either; False
        self._signs_without_name = frozenset(string.digits + string.punctuation) - names.prefix_starts()
        # (speed40) ``_heading_line_before``'s answers for the lines it normalised: a site's menu and footer lines
        # come again on its next page (half of the 16,000 lines 200 WET pages normalise here were asked before)
        self._heading_memo: dict[str, bool] = {}

    def _continuation_keys_at(self, text: str) -> list[int] | None:
        """The sorted offsets in ``text`` of ``_continuation_keys`` in its lower case (None when lower-casing changes
        the text's length, so that offsets would differ: not gated then). A name pattern's continuation in a probe
        of ASCII characters is one of these words, lower-cased, at the same offset (``_splits_here``)."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
        found: list[int] = []
        for key in self._continuation_keys:
            at = lowered.find(key)
            while at >= 0:
                found.append(at)
                at = lowered.find(key, at + 1)
        found.sort()
        return found

    def _splits_here(self, text: str, pos: int, keys: list[int] | None = None) -> bool:
        """Whether ``text`` is split at ``pos``: a lead cue or a name pattern starts there. ``keys``:
        ``_continuation_keys_at(text)`` (None: not known)."""
        end = pos + _MAX_SENTENCE_PROBE
        # the probe is ``text[pos:end]``; its run of ASCII letters read in ``text`` (not cut out first: most probes
        # that open with a lower-case letter are decided by it alone)
        run = _ASCII_WORD.match(text, pos, end)
        if run is not None and ((stop := run.end()) == end or stop == len(text) or text[stop].isascii()):
            # (most probes) ``_PROBE_PREFIX``'s first word is the run of ASCII letters the probe opens with, when an
            # ASCII character (no letter, no mark) or the end follows it
            word = run.group().lower()
            if text[pos].islower() and word not in self._lower_stops:
                return False  # (a wrapped line's start, most sentences: neither a lead cue's word nor a name's)
            probe = text[pos:end]
            leads = word in self._ascii_leads and not self._no_splitting_lead(word, probe)
            unread = not leads  # (no lead cue that splits starts here: not normalised for one below)
            if keys is not None and word not in self._name_heads and (
                    (head := probe[:_NAME_HEAD]).isascii() or _NOT_INERT.search(head) is None):
                # ``may_start`` reads the probe's first ``_NAME_HEAD`` characters: without a prefix's first word
                # and without a continuation's key word there, no name pattern starts here (tests/test_text_speed.py);
                # the same with punctuation, symbols and separators beside ASCII there (speed40: "’", "©", "–", "€")
                at = bisect_left(keys, pos)
                named = at < len(keys) and keys[at] < pos + _NAME_HEAD
            else:
                named = True
        else:
            probe = text[pos:end]
            if text[pos] in self._signs_without_name and text[pos + 1:pos + 2].isascii():
                # (speed40: a WET page's prices, counts, brackets) no name pattern starts here; and no first word
                # for ``_PROBE_PREFIX`` but after one of its markers (tests/test_speed40.py)
                first = _PROBE_PREFIX.match(probe) if text[pos] in _PREFIX_MARKS else None
                named = False
            else:
                first = _PROBE_PREFIX.match(probe)
                named = True
            leads = self.cues.may_lead(first.group(1).casefold()) if first is not None else not self._no_lead(probe)
            unread = False
        may_name = named and self.names.may_start(probe)
        if not leads and not may_name:
            return False  # cheap test first: no cue starts with this word, no name pattern can match
        if unread and word in self._ascii_leads:
            return self.names.at_start(probe) is not None  # (may_name: ``_no_splitting_lead`` said no lead cue)
        # A lead cue is at most ``_lead_chars`` long: normalising the start of the probe is enough when it leaves
        # more than that (the normalised start is the start of the normalised probe but for its last character).
        normalized = normalize(probe[:self._lead_probe])
        if len(normalized) < self._lead_chars + 2 and len(probe) > self._lead_probe:
            normalized = normalize(probe)
        for cue_match in self.cues.lead(normalized):
            phrase = cue_match.cue.phrase
            if ":" in phrase or " " in phrase or not phrase[:1].isalnum():
                return True
        return may_name and self.names.at_start(probe) is not None

    def _no_splitting_lead(self, word: str, probe: str) -> bool:
        """Whether no lead cue the splitter splits at (one with a colon or a space) opens ``probe``, an ASCII probe
        that opens with ``word`` (its run of ASCII letters, lower-cased; a lead cue's first token), read without
        normalising it (speed33b): such a cue opens with ``word`` and one or two characters of
        ``CueIndex.ascii_lead_follows``, and the normalised probe has after ``word`` what its next characters become
        once blanks are collapsed, lower-cased and a space before a colon dropped, when they hold none of the
        characters ``normalize`` edits (else not answered: False). tests/test_text_speed.py"""
        size = len(word)
        after = probe[size:size + 1]
        if not after.isascii() or after.isalnum() or after == "_":
            return False  # (a digit continues the token; a character NFKC or a fold may change is not read)
        follows = self._lead_follows[word]
        if not follows:
            return True  # (none of this token's cues holds a colon or a space)
        if after == " ":
            # (most) a space, then a letter or a digit and an ASCII character or the end: the normalised probe
            # has them lower-cased after the word (no fold of the probe's other characters reaches back to them)
            ahead = probe[size + 1:size + 3]
            if ahead[:1].isalnum() and ahead.isascii():
                return not (" " + ahead[:1].lower()).startswith(follows)
        if not probe.isascii():
            return False  # (a non-ASCII probe is folded)
        tail = probe[size:size + _FOLLOW_READ]
        if _NORMALIZE_EDITS.search(tail) is not None:
            return False
        cut = len(probe) > size + _FOLLOW_READ
        folded = " ".join(tail.split()).lower()
        if folded and after.isspace():
            folded = " " + folded
        if cut and tail[-1].isspace():
            folded += " "
        if " :" in folded:
            folded = folded.replace(" :", ":")
        if cut and len(folded) < 3:
            return False  # (what follows the cut may still change the two characters read)
        return not folded[:2].startswith(follows)

    def _no_lead(self, probe: str) -> bool:
        """Whether ``probe`` (one that opens with no letter after ``_PROBE_PREFIX``'s markers) surely opens with no
        lead cue, without normalising it (a WET page's lines that open with a number, a price, a bracket: 2 % of its
        time was their normalising; speed33): it opens with a sign ``normalize`` keeps first (``_KEPT_SIGNS``), or
        with a run of ASCII digits that no list marker's character follows, and no lead cue's first token opens with
        that character: the normalised probe opens with it, and so does its first token."""
        return _opens_without(probe, self._signs_without_lead, self._digits_without_lead)

    def opens_with_cue(self, text: str) -> bool:
        """Whether ``text`` opens with a line the segmenter would split at: a lead cue, or a heading cue line of its
        own (detectors/edge_chrome.py leaves such a piece whole to its cue)."""
        first = text.lstrip().split("\n", 1)[0].strip()
        return bool(first) and (self._splits_here(text.lstrip(), 0) or (
            len(first) <= 60 and bool(self.cues.heading(normalize(first)))))

    def _heading_line_before(self, text: str, pos: int) -> bool:
        """Whether the line ending just before ``pos`` is a heading cue on its own ("Related Posts", "分享到：")."""
        start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[start:pos].strip()
        if not 0 < len(line) <= 60:
            return False
        if line.isascii():
            # (most lines) an ASCII line that opens with a letter and holds no character ``normalize`` removes:
            # its heading key opens with its first run of letters, lower-cased (``CueIndex.ascii_heading_runs``)
            run = _ASCII_WORD.match(line)
            if run is not None and run.group().lower() not in self._heading_runs \
                    and _NORMALIZE_EDITS.search(line) is None:
                return False
        if self._no_heading(line):
            return False  # (a WET page's prices, counts, sizes, bracketed numbers: half its lines normalised here)
        known = self._heading_memo.get(line)
        if known is None:
            known = bool(self.cues.heading(normalize(line)))
            if len(self._heading_memo) >= _HEADING_MEMO_SIZE:
                self._heading_memo.clear()
            self._heading_memo[line] = known
        return known

    def _no_heading(self, line: str) -> bool:
        """Whether ``line`` (stripped, not blank) surely is no heading cue, without normalising it (speed38): it opens
        with a sign ``normalize`` keeps first (``_KEPT_SIGNS``), or with a run of ASCII digits that no list marker's
        character follows (``_no_lead``'s tests), and no heading key opens with that character (the normalised line
        opens with it, and so does its heading key; tests/test_speed38.py)."""
        return _opens_without(line, self._signs_without_heading, self._digits_without_heading)

    def split_points(self, text: str, line_starts: bool, template: "tuple[list, Any] | None" = None) -> list[int]:
        """The points where ``text`` is split. ``template``: (the (start, end) spans of ``text``, in order, that are
        a site's template runs, a memo): a point inside a span is looked up in the memo by the texts its tests read
        (the line before it, the probe after it: a site's template is the same text on its next page), else
        tested and kept there (``sites.apply.SplitMemo``; the same points)."""
        if _MAY_SPLIT.search(text) is None:
            return []  # no line break, no sentence end: nowhere to split (most short blocks)
        lines = {m.end(): m.start() for m in _LINE_START.finditer(text)} if line_starts else {}
        # (every match ends after its first character and before a character the lookahead reads: 0 < p < len(text))
        points = sorted({*lines, *(m.end() for m in _SENTENCE_START.finditer(text))})
        if len(points) > 2 * MAX_PROBES:
            points = points[:MAX_PROBES] + points[-MAX_PROBES:]
        if points and ("<" in text or "[" in text):
            points = _outside_markup(text, points)
        if points and template is not None:
            kept = self._template_points(text, points, lines, *template)
            return self._with_asks(text, points, kept) if len(points) <= _ASK_MAX_POINTS else kept
        # a text of several probes: where the name patterns' continuations may be, looked up once (a page's lines)
        keys = self._continuation_keys_at(text) if len(points) >= _KEYS_FROM else None
        kept = [p for p in points
                if (p in lines and self._heading_line_before(text, lines[p])) or self._splits_here(text, p, keys)]
        return self._with_asks(text, points, kept) if 0 < len(points) <= _ASK_MAX_POINTS else kept

    def _with_asks(self, text: str, points: list[int], kept: list[int]) -> list[int]:
        """``kept`` with a questions prompt's sentence split off on both sides (``ASK_FAMILY``, mdfam32): a sentence
        (from one of ``points``, or the text's start, to the next) that opens with the reader's questions ("If you
        have any questions", "Si tienes alguna pregunta", "如果你还有…问题") and holds a reach term ("contact me",
        "no dudes", "gerust", "评论区"): "Bueno, me despido. Si tienes alguna pregunta, no dudes en ponerte en
        contacto conmigo. Por último te invito a seguir aprendiendo." is three pieces. A piece kept is joined again
        (its group); families.py judges the sentence. One cheap test a point (in every script, scripts without
        spaces too) the point's first three characters, lower-cased, open a lead (``_ASK_PREFIX``); a unit of at most
        ``_ASK_MAX_POINTS`` points only."""
        prefixes, leads, reach = _ask_vocabulary()
        extra: list[int] = []
        for at, p in enumerate([0, *points]):
            if text[p:p + _ASK_PREFIX].lower() not in prefixes:
                continue  # (nearly every point: no lead opens with its first three characters)
            probe = text[p:p + _ASK_PROBE].lower()
            if not probe.startswith(leads):  # (one call in C: the leads as written and folded, lower case)
                if probe.isascii() and "\n" not in probe and "  " not in probe:
                    continue  # (nothing folding would change: "For example, …")
                if not _fold(probe).startswith(leads):
                    continue
            end = points[at] if at < len(points) else len(text)  # the next sentence's start (points[at] follows p)
            sentence = _fold(text[p:end])
            if any(term in sentence for term in reach):
                extra.extend(q for q in (p, end) if 0 < q < len(text))
        return sorted({*kept, *extra}) if extra else kept

    def _template_points(self, text: str, points: list[int], lines: dict[int, int], spans: list[tuple[int, int]],
                         memo: Any) -> list[int]:
        """``split_points``' last step with the points inside the template spans looked up in ``memo``."""
        kept: list[int] = []
        known = memo.current()
        # (the continuation keys' gate of ``split_points``, for the points the memo does not answer)
        keys = self._continuation_keys_at(text) if len(points) >= _KEYS_FROM else None
        i, n = 0, len(spans)
        for p in points:
            while i < n and spans[i][1] <= p:
                i += 1
            line = lines.get(p)
            key = None
            split = None
            # inside a template run, with all the tests read in it (the line before, the probe after): the same texts
            # on the site's next page; a point whose probe reaches past the run's end into the page's own lines (or
            # whose line before is the page's) is tested, not looked up: its key would rarely be met again, and
            # building it costs more than the test (round 16: on wcxb_dev's WET pages the memo cost more than it saved)
            if i < n and spans[i][0] < p and min(p + _MAX_SENTENCE_PROBE, len(text)) <= spans[i][1]:
                start = text.rfind("\n", 0, max(0, line - 1)) + 1 if line is not None else spans[i][0] + 1
                if start > spans[i][0]:
                    key = (text[start:line] if line is not None else None, text[p:p + _MAX_SENTENCE_PROBE])
                    split = known.get(key)
            if split is None:
                split = (line is not None and self._heading_line_before(text, line)) or \
                    self._splits_here(text, p, keys)
                if key is not None:  # (``known`` stays the memo's dict: a store clears it in place, never replaces it)
                    memo.store(key, split, len(key[1]) + (len(key[0]) if key[0] else 0))
            if split:
                kept.append(p)
        return kept


class Segmenter:
    """Units to blocks, the same way for every format (see the module's docstring)."""

    def __init__(self, cues: CueIndex, names: NameMatcher):
        self.splitter = BlockSplitter(cues, names)

    def pieces(self, unit: Unit, template: "tuple[list, Any] | None" = None,
               news: bool = False) -> list[tuple[int, int, bool]]:
        """(start, end, after a line break) of each piece of the unit's text: the unit whole, or its parts split
        at cue lines and sentences, blanks around them left out. ``template``: the unit's template runs and a memo
        of the tests made in them (``split_points``; ``sites.apply.TemplateCuts.template``). ``news``: a plain-text
        paragraph is also cut around a news page's lines (a teaser, an ad slot's label, a wire's credit:
        newslines.py)."""
        source = unit.text
        if unit.type not in SPLIT_TYPES or unit.plain is not None:
            return [(0, len(source), False)]
        # each piece, the unit whole too, without the blanks at its ends
        cuts = self.splitter.split_points(source, line_starts=True, template=template)
        # (not a page's own lines: they are cut already, their runs stay whole)
        if news and unit.type == "paragraph" and not unit.page_lines:
            # (and a widget's label glued to its end: tailcuts.py; a post's record over the paragraph: postmeta38)
            extra = line_cuts(source) + end_cuts(source) + record_cuts(source)
            if extra:
                cuts = sorted(set(cuts).union(extra))
        marker = _LIST_MARK.match(source) if unit.type == "list_item" else None
        if marker is not None:  # "1. Source:": the item's own number is no sentence before the cue
            cuts = [cut for cut in cuts if cut > marker.end()]
        edges = [0, *cuts, len(source)]
        spans: list[tuple[int, int, bool]] = []
        for a, b in zip(edges, edges[1:]):
            piece = source[a:b]
            stripped_end = len(piece.rstrip())
            lead = len(piece) - len(piece.lstrip())
            if stripped_end > lead:
                after_break = bool(spans) and "\n" in source[spans[-1][1]:a + lead]
                spans.append((a + lead, a + stripped_end, after_break))
        return spans

    def blocks(self, units: list[Unit], *, tags: bool = True,
               cut: "Callable[[Unit, list[tuple[int, int, bool]]], list[tuple[int, int, bool]]] | None" = None
               ) -> list[Block]:
        """The blocks of the units, in order; the pieces of one unit share its group (its position). ``tags``: HTML
        tags are markup (Markdown, HTML); in plain text they are text and stay. ``cut``: cuts the pieces of a unit of
        several lines further before they are made blocks (a site profile's template runs: sites/apply.py,
        ``TemplateCuts``)."""
        blocks: list[Block] = []
        first_line = _first_line(units)
        for group, unit in enumerate(units):
            if cut is not None and "\n" in unit.text:  # (a piece of one line is never cut)
                # a hook with a ``template`` method names the unit's template runs, whose split tests are looked up
                # (a site's template is the same text on its next page: the same pieces, fewer tests)
                template = getattr(cut, "template", None)
                pieces = cut(unit, self.pieces(unit, template(unit) if template is not None else None,
                                               news=not tags))
            else:
                pieces = self.pieces(unit, news=not tags)
            roles: list[str] = [""] * len(pieces)
            if unit.type in SPLIT_TYPES and unit.plain is None:
                # a picture's credit glued to its caption's front or end: two pieces (captioncredit.py)
                pieces, roles = _caption_pieces(unit.text, pieces, first_line)
            for number, (start, end, line_break) in enumerate(pieces):
                block = make_block(len(blocks), unit, unit.text[start:end], start, group, first=number == 0,
                                   tags=tags)
                block.line_break = line_break
                if roles[number]:
                    block.picture_credit = roles[number] == "credit"
                    block.caption = roles[number] == "caption"
                blocks.append(block)
        return blocks


def _first_line(units: list[Unit]) -> str:
    """The document's first line of text (its title, most often): a byline under it is no picture's credit."""
    for unit in units:
        line = unit.text.strip().split("\n", 1)[0].strip()
        if line:
            return line
    return ""


def _caption_pieces(text: str, pieces: list[tuple[int, int, bool]], first_line: str
                    ) -> tuple[list[tuple[int, int, bool]], list[str]]:
    """The pieces with each that holds a picture's credit and its caption cut in two, and each piece's role
    ("credit", "caption" or ""): captioncredit.py."""
    out: list[tuple[int, int, bool]] = []
    roles: list[str] = []
    for start, end, line_break in pieces:
        cuts = caption_cuts(text, start, end, first_line)
        if cuts is None:
            out.append((start, end, line_break))
            roles.append("")
            continue
        for number, (a, b, role) in enumerate(cuts):
            out.append((a, b, line_break if number == 0 else False))
            roles.append(role)
    return out, roles


def make_block(index: int, unit: Unit, source: str, offset: int, group: int, *, first: bool | None = None,
               tags: bool = True) -> Block:
    block = _make_block(index, unit, source, offset, group, first=first, tags=tags)
    if unit.page_lines:
        block.page_lines = True
        block.line_run = unit.line_run
        block.line_named = unit.line_named
        block.line_model = unit.line_model
        block.line_title = unit.line_title
    return block



def cut_block(block: Block, points: list[int], tags: bool, *, line_break: bool, hints: bool) -> list[Block]:
    """``block`` cut at ``points`` (ascending offsets inside its text): pieces of its group, the first at the block's
    own start, blank pieces left out; a later piece's ``line_break`` is ``line_break``; ``hints``: every piece keeps
    the block's ``dom_hints``. The line cuts of edge_chrome.py and the tail peel's cut (detectors/tail_peel.py)."""
    unit = Unit(block.type, block.text, start=block.start, level=block.level, list_id=block.list_id,
                page_lines=block.page_lines, line_run=block.line_run)
    bounds = [0, *points, len(block.text)]
    out = []
    for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
        piece = block.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        made = make_block(0, unit, piece, a + lead, block.group, first=n == 0 and not block.continues, tags=tags)
        made.continues = block.continues or n > 0
        made.line_break = block.line_break if n == 0 else line_break
        if hints:
            made.dom_hints = block.dom_hints
        out.append(made)
    return out

def _make_block(index: int, unit: Unit, source: str, offset: int, group: int, *, first: bool | None = None,
                tags: bool = True) -> Block:
    """One block from a unit's piece ``source`` (at ``offset`` in the unit's text): markers stripped, links read.
    ``first``: the first piece of its unit (an indented item starts after its indentation, and is no continuation
    for that: its marker is its own; default: the piece at offset 0); ``tags``: HTML tags are markup, not text."""
    if first is None:
        first = offset == 0
    start = unit.start + offset if unit.start is not None else None
    end = start + len(source) if start is not None else None
    if unit.plain is not None:  # read by the reader (a table from its cells, a code block)
        plain = unit.plain.strip() if unit.type in ("table", "code") else " ".join(unit.plain.split())
        return Block(index=index, type=unit.type, text=source, plain=plain, start=start, end=end,
                     links=list(unit.links or ()), level=unit.level, group=group, list_id=unit.list_id)
    if unit.type in ("code", "front_matter", "rule"):
        return Block(index=index, type=unit.type, text=source, plain=source if unit.type == "code" else "",
                     start=start, end=end, group=group)
    body = source
    if unit.type == "heading":
        if unit.level and source.lstrip().startswith("#"):
            # an ATX heading is one line in Markdown; an HTML heading with a <br> has two, read as one
            body = _HEADING_MARKS.sub("", " ".join(source.split("\n")) if "\n" in source else source)
        else:  # a setext heading: its text line, not the underline
            body = source.splitlines()[0]
    elif unit.type == "quote":
        body = _QUOTE_MARKS.sub("", source)
    elif unit.type == "list_item" and first:
        body = _LIST_MARK.sub("", source, count=1)
    if unit.type != "table" and not _may_hold_markup(body):
        # no link, no markup, nothing to unescape: parse_inline would only make each run of blanks one, which the
        # collapsing below does too (most paragraphs)
        plain, links = body, []
    else:
        plain, links = parse_inline(body, tags=tags)
    shift = source.find(body) if links and body != source else 0
    if shift > 0:
        for link in links:
            link.start += shift
            link.end += shift
    plain = " ".join(plain.split()) if unit.type != "table" else plain.strip()
    return Block(index=index, type=unit.type, text=source, plain=plain, start=start, end=end, links=links,
                 level=unit.level, group=group, list_id=unit.list_id, continues=not first)


def same_title(line: str, title: str) -> bool:
    """Whether a text is the page's title, or the title holds it ("Headline | Site"), or it holds the title: spaces
    collapsed, case-folded. The HTML pipeline protects a first block as the title only then, and the standfirst
    step (readers/standfirst.py) takes the <h1> for the article's headline only then."""
    line, title = " ".join(line.split()).casefold(), " ".join(title.split()).casefold()
    return bool(line) and (line in title or title in line)
