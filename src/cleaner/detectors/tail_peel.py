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

from ..blocks import _SENTENCE_START, Unit, _outside_markup, make_block
from ..model import Block, Finding
from ..rules import TAIL_PEEL
from .base import has_words
from .structure import _CONTACT_PROBE, bio_sentence, vocabulary

#: The block types whose end is peeled
PEELED_TYPES = ("paragraph",)


def candidate(blocks: list[Block], keep: list[bool], protected: Callable[[int], bool]) -> int | None:
    """The index of the last kept block with words when it is a paragraph with sentences after its first and
    every block after it went or holds no words; None otherwise."""
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not keep[i] or not has_words(block):
            continue
        if block.type not in PEELED_TYPES or block.start is None or protected(i):
            return None
        return i
    return None


def sentence_starts(block: Block) -> list[int]:
    """The offsets in ``block.text`` where its sentences after the first start (outside links and tags), the last
    ``TAIL_PEEL.max_sentences`` within ``TAIL_PEEL.max_chars`` of its end, leaving ``min_body_chars`` before."""
    text = block.text
    if len(text) < TAIL_PEEL.min_body_chars + 20:
        return []
    floor = max(TAIL_PEEL.min_body_chars, len(text) - TAIL_PEEL.max_chars)
    points = [m.end() for m in _SENTENCE_START.finditer(text, floor)]
    points = [p for p in points if p < len(text) and "\n" not in text[p - 1:p]][-TAIL_PEEL.max_sentences:]
    if points and ("<" in text or "[" in text):
        points = _outside_markup(text, points)
    return points


def split_at(block: Block, points: list[int], tags: bool) -> list[Block]:
    """The block cut at ``points`` (offsets in its text): pieces of its group, the first the block's own start."""
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
        made.line_break = block.line_break if n == 0 else False
        made.dom_hints = block.dom_hints
        out.append(made)
    return out


def peel_points(block: Block, found: list[Finding], detect: Callable[[Block], list[Finding]],
                tags: bool) -> list[int]:
    """The sentence starts of ``block`` where a run of boilerplate may open, by cheap necessary conditions of the
    detectors that fire on a sentence with no cue the segmenter splits at: the sentence opens as a bio
    (``structure.bio_sentence``: a name and a copula and a role, a bio's shape or verb, the first person, Han, kana
    or an uncased script's bio), it holds an e-mail address or a website (a contact sentence), or, when the
    paragraph whole has a finding (a cue phrase somewhere in it), the detectors find something in it alone."""
    points = sentence_starts(block)
    if not points:
        return []
    text = block.text
    vocab = vocabulary()
    kept = []
    for at, p in enumerate(points):
        end = points[at + 1] if at + 1 < len(points) else len(text)
        sentence = text[p:end].strip()
        if not sentence:
            continue
        if _CONTACT_PROBE.search(sentence.lower()) is not None:
            kept.append(p)
            continue
        alone = make_block(0, Unit(block.type, sentence, start=0), sentence, 0, block.group, tags=tags)
        if bio_sentence(alone, vocab) is not None or (found and detect(alone)):
            kept.append(p)
    return kept


def accept(before: list[bool], after: list[bool], index: int, pieces: int, verdicts, min_strength: float) -> bool:
    """Whether the cut document's verdicts (``after`` keep flags, ``verdicts`` the cut document's) take the peel:
    the blocks other than the cut paragraph keep their verdicts (``before``: the uncut document's), the first piece
    stays, and the pieces that go are a run to the paragraph's end whose first goes by its own finding, at least
    ``min_strength``."""
    if after[:index] != before[:index] or after[index + pieces:] != before[index + 1:]:
        return False
    own = after[index:index + pieces]
    if not own[0] or all(own):
        return False
    first = own.index(False)
    if not all(not keep for keep in own[first:]):
        return False
    opener = verdicts[index + first]
    return not opener.rule.startswith("neighbour.") and opener.section is None \
        and "in the run of removals" not in opener.cue and opener.confidence >= min_strength
