"""What every detector shares: the cue hits of a block (computed once), the context, and the strength scales.

A detector is small and pure: ``detect(block, hits, context)`` looks at one block and returns a ``Finding`` (its kind,
the rule that fired, the cue, a strength in 0..1) or None. It never removes anything: the decision step weighs the
finding with the block's position and neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from ..patterncache import compile_pattern
from ..cues import Cue, CueIndex, CueMatch, normalize
from ..model import Block, Finding
from ..names import NameMatcher
from ..rules import PHRASE, RULES
from ..scripts import unmarked_sentence

_YEAR = compile_pattern(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_URLISH = compile_pattern(r"https?://|www\.|\b[\w-]{2,63}\.(?:com|org|net|info|biz|fr|de|es|it|pt|nl|pl|ru|cn|jp|uk|io|co)\b",
                        regex.IGNORECASE)
#: What every ``_URLISH`` match holds (the same engine and flags): a literal search, before the costly word scan.
_URLISH_PROBE = compile_pattern(r"://|www\.|\.(?:com|org|net|info|biz|fr|de|es|it|pt|nl|pl|ru|cn|jp|uk|io|co)",
                              regex.IGNORECASE)
#: A sentence's end mark at the text's end, a quote or a bracket after it (decision, navigation, textmeta's names and
#: roles, the page-text bylines).
MD_LINK = compile_pattern(r"!?\[([^\]]*)\]\([^)]*\)")  # a Markdown link or image; group 1 its text
ENDS_SENTENCE = compile_pattern(r"[.!?。！？]['\"”»)]?$")


def ends_sentence(text: str) -> bool:
    """``ENDS_SENTENCE.search(text) is not None``, searched from the text's last three characters only: the pattern is
    anchored at the end (``$``: the end, or before a last newline), so its match lies in them; a search from the start
    tries every position of a long text first (a WET page's block: 60 us; speed34)."""
    return ENDS_SENTENCE.search(text, max(0, len(text) - 3)) is not None
def reads_as_sentence(text: str) -> bool:
    """``text`` ends a sentence (``ENDS_SENTENCE``), or holds a line of Thai or Lao prose, which ends none with a mark
    (``scripts.unmarked_sentence``; tidy40): the prose guards' one test of a sentence."""
    return ENDS_SENTENCE.search(text) is not None or unmarked_sentence(text)


#: A letter or a digit: the characters ``str.isalnum`` accepts (the same on every code point; ``re``, faster here).
_ALNUM = re.compile(r"[^\W_]")
_LETTER = compile_pattern(r"\p{L}")
#: An e-mail address (a contact line's, a bio's, a reporter's credit): the one pattern, compiled (``EMAIL``) and as
#: text for the patterns that embed it (reporters.py)
EMAIL_PATTERN = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
EMAIL = compile_pattern(EMAIL_PATTERN)


@dataclass(slots=True)
class BlockCues:
    """The cue hits of one block, for all kinds: each detector takes the ones of its kind."""

    normalized: str
    headings: list[Cue] = field(default_factory=list)
    leads: list[CueMatch] = field(default_factory=list)
    phrases: list[CueMatch] = field(default_factory=list)

    @classmethod
    def of(cls, block: Block, cues: CueIndex) -> "BlockCues":
        normalized = normalize(block.plain)
        headings = cues.heading(normalized) if len(normalized) <= 120 else []
        return cls(normalized, headings, cues.lead(normalized), cues.phrases(normalized))

    def heading(self, kind: str) -> Cue | None:
        return next((cue for cue in self.headings if cue.kind == kind), None)

    def lead(self, kind: str) -> CueMatch | None:
        return next((m for m in self.leads if m.cue.kind == kind), None)

    def phrases_of(self, kind: str) -> list[CueMatch]:
        return [m for m in self.phrases if m.cue.kind == kind]

    def coverage(self, kind: str) -> float:
        """Share of the block's characters covered by the ``phrase`` cues of ``kind``."""
        spans = sorted((m.start, m.end) for m in self.phrases_of(kind))
        covered, last_end = 0, 0
        for start, end in spans:
            start = max(start, last_end)
            if end > start:
                covered += end - start
                last_end = end
        return covered / max(1, len(self.normalized))


@dataclass(frozen=True, slots=True)
class Context:
    cues: CueIndex
    names: NameMatcher


class Detector:
    """One kind of boilerplate. Subclasses set ``kind`` and implement ``detect``."""

    kind: str = ""

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        raise NotImplementedError

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        """A necessary condition of ``detect`` returning a finding on a block that has no link and whose cue hits
        (headings, leads, phrases) hold none of this kind: ``detect_all`` skips the detector when it is False.
        True here (a detector that does not say); each built-in detector says what its rules without a cue of
        its kind need (most: a link)."""
        return True

    # -- helpers shared by the detectors ------------------------------------------------------------------------
    def finding(self, rule: str, cue: str, length: int = 0, *, variant: str = "", opens_section: bool = False,
                strength: float | None = None) -> Finding:
        """A finding of ``<kind>.<rule>``: its strength from ``rules.RULES`` (``<kind>.<rule>/<variant>`` when a
        variant is named) at the block's ``length``, unless ``strength`` is given (a phrase's coverage scale)."""
        name = f"{self.kind}.{rule}"
        entry = RULES[f"{name}/{variant}" if variant else name]
        value = entry.at(length) if strength is None else strength
        return Finding(self.kind, name, cue, round(min(1.0, max(0.0, value)), 3), opens_section, entry.match)

    def heading_finding(self, block: Block, hits: BlockCues) -> Finding | None:
        """A whole-block heading cue ("About the Author", "Related posts") opens a section."""
        cue = hits.heading(self.kind)
        if cue is not None and is_heading_like(block):
            return self.finding("heading", cue.label, opens_section=True)
        return None

    def phrase_finding(self, block: Block, hits: BlockCues, rule: str = "phrase") -> Finding | None:
        matches = hits.phrases_of(self.kind)
        if not matches:
            return None
        longest = max(matches, key=lambda m: len(m.cue.phrase))
        return self.finding(rule, longest.cue.label,
                            strength=phrase_strength(hits.coverage(self.kind), len(hits.normalized)))


def rule_finding(kind: str, rule: str, cue: str, length: int, variant: str = "") -> Finding:
    """A finding a findings pass adds (a line's shape, a run of chrome, a prompt) for ``rule``, a full name
    ("navigation.edge_chrome"): its strength from ``rules.RULES`` (``rule/variant`` when a variant is named) at the
    block's ``length``, as ``Detector.finding`` reads it; it never opens a section."""
    entry = RULES[f"{rule}/{variant}" if variant else rule]
    return Finding(kind, rule, cue, round(entry.at(length), 3), False, entry.match)


def reaches(found: list[Finding], strength: float) -> bool:
    """A finding of the block's reaches ``strength`` (an edge's: the block is found, it is no prose; tidy39: one
    helper for the zones' and the edges' passes)."""
    return any(f.strength >= strength for f in found)


def with_finding(found: list[Finding], extra: Finding) -> list[Finding]:
    """A block's findings with ``extra`` added, strongest first; ``found`` itself when one of them is as strong."""
    if any(f.strength >= extra.strength for f in found):
        return found
    return sorted(found + [extra], key=lambda f: -f.strength)


def with_added(findings: list[list[Finding]], added: dict[int, Finding], kinds: frozenset[str] | set[str] | None
               ) -> list[list[Finding]]:
    """Every block's findings with a findings pass's ``added`` (block index -> finding) merged in, strongest first: a
    finding of a kind outside ``kinds`` is dropped, and one whose block already has a finding of its kind as strong is
    left out. ``findings`` itself when nothing was added."""
    if not added:
        return findings
    out = list(findings)
    for i, found in sorted(added.items()):
        if kinds is not None and found.kind not in kinds:
            continue
        if any(f.kind == found.kind and f.strength >= found.strength for f in out[i]):
            continue
        out[i] = sorted(out[i] + [found], key=lambda f: -f.strength)
    return out


def is_heading_like(block: Block) -> bool:
    """A Markdown / HTML heading, or a short standalone line that does not read as a sentence."""
    if block.type == "heading":
        return True
    plain = block.plain.strip()
    return 0 < len(plain) <= 80 and not reads_as_sentence(plain) and block.type in ("paragraph", "list_item")


def phrase_strength(coverage: float, length: int) -> float:
    """A cue found inside a block: strong when it is most of a short block, weak in a long paragraph."""
    return PHRASE.at(coverage, length)


def has_words(block: Block) -> bool:
    """A block that says something, a letter or a digit: not a rule, not front matter, not an empty code fence (the
    decision's zones, the site pass)."""
    return block.type not in ("rule", "front_matter") and _ALNUM.search(block.plain) is not None


def has_letters(block: Block, code: bool = False) -> bool:
    """A block of words, a letter in its plain text: not a rule, not front matter, not code unless ``code`` (a page's
    chrome and zones are read on its text)."""
    return block.type not in (("rule", "front_matter") if code else ("rule", "front_matter", "code")) \
        and _LETTER.search(block.plain) is not None


def has_year(text: str) -> bool:
    return bool(_YEAR.search(text))


def has_url(block: Block) -> bool:
    return any(not link.is_image for link in block.links) or bool(
        _URLISH_PROBE.search(block.plain) and _URLISH.search(block.plain))


def non_link_text(block: Block) -> str:
    """The block's source with its links cut out (what is left between and around them)."""
    pieces, last = [], 0
    for link in sorted(block.links, key=lambda link: link.start):
        pieces.append(block.text[last:link.start])
        last = max(last, link.end)
    pieces.append(block.text[last:])
    return "".join(pieces)


_SEPARATORS = compile_pattern(r"[\s|/•·»«›‹>\-–—,;:*#\[\]()]+")
#: ``_SEPARATORS``' characters one by one (its ``\s`` is the regex module's: Unicode White_Space;
#: tests/test_text_speed.py checks every code point), and the length from which ``is_link_line`` counts them one by
#: one, in C, instead of removing their runs (a WET page's block with a link: a match every few characters, 1.4 ms
#: for 7,000 characters, against 0.3 ms; speed34).
_SEPARATOR_CHARS = ("\t\n\x0b\x0c\r #()*,-/:;>[]|\x85\xa0«·»\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                    "\u2008\u2009\u200a–—•\u2028\u2029\u202f‹›\u205f\u3000")
_COUNT_FROM = 400


def is_link_line(block: Block, min_links: int = 1) -> bool:
    """A block that exists to carry links: little text besides its anchors and separators."""
    real_links = [link for link in block.links if not link.is_image]
    if len(real_links) < min_links:
        return False
    text = non_link_text(block)
    if len(text) < _COUNT_FROM:
        rest = len(_SEPARATORS.sub("", text))
    else:  # (the same length: the characters that are no separator)
        rest = len(text) - sum(map(text.count, _SEPARATOR_CHARS))
    return rest <= max(12, 0.25 * len(block.plain))
