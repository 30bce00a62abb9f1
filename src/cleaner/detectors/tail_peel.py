"""Tail peeling: boilerplate sentences fused into the article's last paragraph (fused34, issue 11).

The segmenter splits a paragraph where a sentence opens with a cue phrase ("Follow us on …", "All rights
reserved."). A boilerplate sentence without such a cue that a scraper glued to the last paragraph of the body (a
third-person bio, a contact or self-promotion sentence, a resource box's sentences) stayed: the detectors judge
the paragraph whole, and its body sentences hide it. Here the last kept paragraph (the article's last, or the last
before a removed run at the end) is cut at the starts of its trailing sentences that may open such a run
(``peel_points``: cheap necessary conditions of the detectors that fire on a sentence with no cue), and the
pipeline judges the cut document again with the same detectors and the same decision (pipeline.py
``Cleaner._peel_tail``). The cut is kept only when the pieces that go are a run at the paragraph's end opened by a
piece removed by its own finding (``TAIL_PEEL.opener_min``), the body part stays, and no other block's verdict
changes (``accept``); the kept pieces are joined again (one group).
"""

from __future__ import annotations

from collections.abc import Callable

import re
from functools import lru_cache

from ..blocks import Unit, _outside_markup, cut_block, make_block
from ..cues import normalize
from ..model import Block, Finding
from ..rules import LOW_OVERLAP_BONUS, TAIL_PEEL
from .base import has_words, reaches
from .families import family_finding
from .structure import (_CONTACT_PROBE, _LEADING_NAME, REFERENCE_LIKE, _role_after, bio_sentence, contact_line,
                        follow_line, third_person_bio, vocabulary)

#: Where a sentence starts: after ".", "!", "?", "…", the danda or the Arabic question mark, a closing quote or
#: bracket and a blank; after "。", "！", "？" and a closing quote or bracket, blanks or none (``blocks._SENTENCE_START``
#: cuts no sentence after "。 " nor between "。" and its closing "”")
_SENTENCE_START = re.compile(r"(?:[.!?…।؟][\"'”»)\]]?[ \t]+|[。！？][\"'”»)\]」』]?[ \t]*)(?=\S)")
#: What closes a quotation or a bracket: no sentence starts with it
_CLOSERS = frozenset(")]}”»」』’›")
#: The block types whose end is peeled
PEELED_TYPES = ("paragraph",)


def candidate(blocks: list[Block], keep: list[bool], protected: Callable[[int], bool]) -> int | None:
    """The index of the last kept block with words when it is a paragraph with sentences after its first and
    every block after it went or holds no words; None otherwise."""
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not keep[i] or not has_words(block):
            continue
        if block.type not in PEELED_TYPES or block.start is None or protected(i) or not paragraph_sized(block):
            return None
        return i
    return None


def paragraph_sized(block: Block) -> bool:
    """A paragraph, not a page: at most ``TAIL_PEEL.max_block_chars`` characters in lines of
    ``min_mean_line_chars`` on average (a WET page's text is one block of hundreds of short lines: its end is a
    footer's lines, and judging the page again costs a page)."""
    text = block.text
    return len(text) <= TAIL_PEEL.max_block_chars and len(text) >= TAIL_PEEL.min_mean_line_chars * (text.count("\n") + 1)


def head_candidate(blocks: list[Block], keep: list[bool], protected: Callable[[int], bool],
                   body_length: int, removed_bio: Callable[[int], bool] | None = None) -> int | None:
    """The index of the article's first paragraph: the first kept paragraph of ``body_length`` characters (the
    title and the short kept lines over it skipped), or a removed one before it that ``removed_bio`` says a bio's
    own finding took whole (a bio glued before the body's first sentences: only the bio's run may go, keep35);
    None when a kept block of that size that is no paragraph comes first."""
    for i, block in enumerate(blocks):
        if protected(i) or len(block.plain) < body_length:
            continue
        if not keep[i]:
            if removed_bio is not None and removed_bio(i) and block.type in PEELED_TYPES \
                    and block.start is not None and paragraph_sized(block):
                return i
            continue
        return i if block.type in PEELED_TYPES and block.start is not None and paragraph_sized(block) else None
    return None


def removed_by_own_bio(verdict) -> bool:
    """A removal by the block's own bio finding (not a neighbour's, a section's or a run's)."""
    return not verdict.keep and verdict.kind in TAIL_PEEL.opener_kinds and verdict.section is None \
        and not verdict.by_neighbours and "in the run of removals" not in verdict.cue


def sentence_starts(block: Block, head: bool = False) -> list[int]:
    """The offsets in ``block.text`` where its sentences after the first start (outside links and tags, none after
    a line break): the last ``TAIL_PEEL.max_sentences`` within ``TAIL_PEEL.max_chars`` of its end, leaving
    ``min_body_chars`` before; ``head``: the first ones within ``max_chars`` of its start, leaving as much after."""
    text = block.text
    if len(text) < TAIL_PEEL.min_body_chars + 20:
        return []
    if head:
        found = _SENTENCE_START.finditer(text, 0, min(len(text) - TAIL_PEEL.min_body_chars, TAIL_PEEL.max_chars))
        points = [p for m in found if "\n" not in text[(p := m.end()) - 1:p]][:TAIL_PEEL.max_sentences]
    else:
        floor = max(TAIL_PEEL.min_body_chars, len(text) - TAIL_PEEL.max_chars)
        points = [m.end() for m in _SENTENCE_START.finditer(text, floor)]
        points = [p for p in points if p < len(text) and "\n" not in text[p - 1:p]][-TAIL_PEEL.max_sentences:]
    # not before a closing quote or bracket: the sentence before ends there (' … get out.\' " Article Source:')
    points = [p for p in points if text[p] not in _CLOSERS and not (text[p] in "\"'" and text.count(text[p], 0, p) % 2)]
    if points and ("<" in text or "[" in text):
        points = _outside_markup(text, points)
    return points


def split_at(block: Block, points: list[int], tags: bool) -> list[Block]:
    """The block cut at ``points`` (offsets in its text): pieces of its group, the first the block's own start."""
    return cut_block(block, points, tags, line_break=False, hints=True)


def _may_open(sentence: str, block: Block, found: list[Finding], detect: Callable[[Block], list[Finding]],
              tags: bool) -> bool:
    """Whether a sentence may be (the start of) a run of boilerplate with no cue, by cheap necessary conditions of
    the detectors that fire on such a sentence: it holds an e-mail address or a website (a contact sentence, a bio's
    contact), it opens as a bio (``structure.bio_sentence``: a name and a copula and a role, a bio's shape or verb,
    the first person, Han, kana or an uncased script's bio), or, when the paragraph whole has a finding (a cue
    phrase somewhere in it), the detectors find something in it alone."""
    if _CONTACT_PROBE.search(sentence.lower()) is not None:
        return True
    if not found and not _may_be_bio(sentence):
        return False  # (most sentences: no name, no first person, no role opens it)
    if tags or not sentence.isascii():
        alone = make_block(0, Unit(block.type, sentence, start=0), sentence, 0, block.group, tags=tags)
    else:  # (what ``make_block`` makes of plain ASCII text without markup: the text, its blanks collapsed)
        alone = Block(index=0, type=block.type, text=sentence, plain=" ".join(sentence.split()), group=block.group)
    return bio_sentence(alone, vocabulary()) is not None or bool(found and detect(alone))


def _may_be_bio(sentence: str) -> bool:
    """A necessary condition of ``structure.bio_sentence`` on an ASCII sentence, cheap: it opens with a name (two
    capitalised words), with a first-person bio's first word, or with a role (a list of roles); any sentence that
    is not ASCII is asked (Han, kana, the uncased scripts, accented names)."""
    if not sentence.isascii():
        return True
    if _LEADING_NAME.match(sentence) is not None:
        return True
    vocab = vocabulary()
    first = sentence.split(None, 1)[0].strip("*_\"'“,.:;!?()").lower() if sentence.strip() else ""
    return first in _first_person_words() or _role_after(sentence[:60], vocab, 2) is not None


@lru_cache(maxsize=1)
def _first_person_words() -> frozenset[str]:
    """The first words of the first-person bio verbs and openers ("i", "je", "escribo", "hi")."""
    vocab = vocabulary()
    return frozenset(phrase.split()[0].strip("'’,") for phrase in (*vocab.first_person_verbs, *vocab.first_person)
                     if phrase.split())


def peel_points(block: Block, found: list[Finding], detect: Callable[[Block], list[Finding]],
                tags: bool, head: bool = False) -> list[int]:
    """The points to try a cut at, in the order to try them (``_may_open`` on each sentence). At the end: the
    starts of the trailing sentences that may open a run, the longest run first. At the head (``head``): when the
    first sentence may open one, the ends of the leading sentences that may belong to it, the shortest run first.
    A run with a bibliography's shape (``structure.REFERENCE_LIKE``: "(2019).", "et al.", "doi:"), read from the
    start of the line it opens in (at the head: to the end of the line it ends in), is never tried (an entry's
    "Retrieved from <url>")."""
    points = sentence_starts(block, head)
    if not points:
        return []
    text = block.text
    if head:
        ends = []
        for at, p in enumerate(points):
            sentence = text[points[at - 1] if at else 0:p].strip()
            if _may_open(sentence, block, found, detect, tags):
                line_end = text.find("\n", p)
                if REFERENCE_LIKE.search(text[:line_end if line_end >= 0 else len(text)]) is None:
                    ends.append(p)
            elif not at:
                return []  # (the run opens with the paragraph's first sentence)
        return ends
    kept = []
    for at, p in enumerate(points):
        sentence = text[p:points[at + 1] if at + 1 < len(points) else len(text)].strip()
        if sentence and _may_open(sentence, block, found, detect, tags) \
                and REFERENCE_LIKE.search(text, text.rfind("\n", 0, p) + 1) is None:
            kept.append(p)  # (a reference entry's "Retrieved from <url>", its line and those after it: no run)
    return kept


#: The matches of a finding that never open a peeled run: a cue at the piece's start that the segmenter did not
#: split at is one it does not trust inside a paragraph (a one-word lead, "Previous", "Updated:" before the first
#: sentence), and its finding speaks for the label, not for the sentence glued to it
NOT_OPENERS = ("lead", "heading")


_LANGUAGE_TAG = re.compile(r" \[[a-z]{2,3}(?:-[a-z]+)?\]$")


def _cue_phrase(cue: str) -> str:
    """The cue phrase of a cue finding's ``cue`` ("if you enjoyed this article [en]" -> its phrase)."""
    return _LANGUAGE_TAG.sub("", cue)


def _opens(verdict, found: list[Finding], min_strength: float, piece: Block | None = None) -> bool:
    """A removal by the block's own finding (not a neighbour's, a section's or a run's), at least ``min_strength``,
    whose evidence opens the piece or is all of it: a bio (``TAIL_PEEL.opener_kinds``: it names its person first), a
    contact or follow line (``opener_rules``: a short line), a cue phrase the piece opens with (``piece``: a run at
    the end, whose piece starts at a sentence's start): a lead the segmenter splits at (with a space or a colon) or
    any lead of a short piece ("Copyright 2017 Example.net."), a phrase. Not a heading cue, a one-word lead over a
    longer piece, a lead at the head (its piece is the paragraph's first
    sentence, its label and the body after it: "Updated: 10/31/2024 The moving process …"), nor a phrase or a
    family's terms elsewhere in the piece (after a body sentence the cut left in it: "1 Timothy 3:15-16 If you
    enjoyed this article, please share it")."""
    if verdict.by_neighbours or verdict.section is not None \
            or "in the run of removals" in verdict.cue or verdict.confidence < min_strength:
        return False
    finding = next((f for f in found if f.rule == verdict.rule), None)
    if finding is not None and finding.match in NOT_OPENERS:
        phrase = _cue_phrase(finding.cue)
        return finding.match == "lead" and piece is not None and (
            " " in phrase or ":" in phrase or len(piece.plain) <= TAIL_PEEL.short_piece_chars)
    if verdict.kind in TAIL_PEEL.opener_kinds or verdict.rule in TAIL_PEEL.opener_rules:
        return True
    if finding is not None and finding.match == "phrase" and piece is not None:
        return normalize(piece.plain).startswith(_cue_phrase(finding.cue))
    return False


def prejudge(piece: Block, rest: Callable[[], str], detect: Callable[[Block], list[Finding]], head: bool,
             weak: bool = False, author: Callable[[], str | None] | None = None) -> bool:
    """Whether the run's first piece may go by its own finding in the cut document, before it is judged again: the
    per-block detectors, a bio, a contact or a follow line, a lexical family on the piece alone reach
    ``TAIL_PEEL.opener_min`` less the low-overlap bonus the judgement may add (``weak``: any finding, a run after a
    removed piece at the head). A necessary condition, cheap: the document is judged again only then. ``rest()``:
    the article's other text (a bio's name there is the article's subject); ``author()``: the document's author (a
    bio of that person: ``third_person_bio``)."""
    floor = 0.0 if weak else TAIL_PEEL.opener_min - LOW_OVERLAP_BONUS
    found = detect(piece)
    if reaches(found, floor):
        return True
    vocab = vocabulary()
    for finding in (third_person_bio([piece], 0, vocab, rest, "head" if head else "tail", author),
                    contact_line(piece, vocab), follow_line(piece, vocab), family_finding(piece)):
        if finding is not None and finding.strength >= floor:
            return True
    return False


def accept(before: list[bool], after: list[bool], index: int, pieces: int, verdicts, findings: list[list[Finding]],
           min_strength: float, head: bool = False, prior=None, prior_found: list[Finding] | None = None,
           blocks: list[Block] | None = None) -> bool:
    """Whether the cut document's verdicts (``after`` keep flags, ``verdicts`` the cut document's) take the peel:
    ``findings``: the cut document's. The blocks other than the cut paragraph keep their verdicts (``before``: the uncut document's), the body piece
    (the first; at the head the last) stays, and the pieces that go are a run to the paragraph's end (at the head:
    from its start) whose first goes by its own finding, at least ``min_strength``. At the head the run may also
    go on a removal of the same paragraph right before it (``prior``: its verdict, a cue's piece the segmenter cut
    off, "Claire Martin est journaliste indépendante." before "Retrouvez ses articles sur …"): then its first piece
    goes by its own finding, weak or not."""
    if after[:index] != before[:index] or after[index + pieces:] != before[index + 1:]:
        return False
    own = after[index:index + pieces]
    if head:
        own = own[::-1]
    if not own[0] or all(own):
        return False
    first = own.index(False)
    if not all(not keep for keep in own[first:]):
        return False
    at = index if head else index + first
    piece = None if head or blocks is None else blocks[at]  # (a lead or a phrase opens a run at the end only)
    if prior is not None and _opens(prior, prior_found or [], min_strength):
        return _opens(verdicts[at], findings[at], 0.0, piece)
    return _opens(verdicts[at], findings[at], min_strength, piece)
