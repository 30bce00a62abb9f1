"""The decision step: which blocks go, weighing each finding with position and neighbours, protecting the body.

jusText-style, in passes over the blocks:

1. Class: a block with a finding is a *candidate*; one without is *body* (prose: long enough, few links) or *short*.
2. Sections: a heading finding ("About the Author", "Related posts") takes the blocks under it, up to the next
   heading or a bounded size.
3. Zones: boilerplate gathers at the edges. The *head* ends at the first body block nobody claims, the *tail* starts
   after the last one. A candidate is removed when its strength reaches the threshold of its zone (the middle of the
   article asks for much more). A section may take body-sized paragraphs only at an edge: an "About the author"
   heading in the middle of a book review keeps its paragraphs.
4. Neighbours: in the tail, a short line or link line between removed blocks goes with them.
5. Protection: if the removals would leave less than ``min_body_ratio`` of the body, the body is kept and a warning
   says so. The title and code blocks are never removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .detectors.base import _SENTENCE_END
from .model import Block, Finding


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every number the decision uses, named (as jusText does). The presets are in ``PRESETS``."""

    edge: float = 0.6  # strength needed at the start / end of the document
    near_edge: float = 0.75  # ...near the end: between the last two body paragraphs (an undetected bio or notice
    # after a detected "Subscribe now" line must not make it "mid-article")
    middle: float = 0.9  # strength needed between body paragraphs
    neighbour_margin: float = 0.15  # a candidate this close under ``edge`` goes when a neighbour went
    body_length: int = 120  # a block without finding at least this long (and with few links) is body prose
    body_max_link_density: float = 0.5
    section_max_blocks: int = 6  # a heading takes at most this many blocks under it...
    section_max_chars: int = 2500  # ...and at most this many characters
    neighbour_max_chars: int = 80  # a short line between removed blocks goes with them up to this length
    min_body_ratio: float = 0.25  # never keep less than this share of the body's characters


#: Kinds whose heading may take prose paragraphs under it (a bio, a licence text, a disclosure); the others
#: ("Related posts", "Tags", "Share this") take only short lines and link lists.
SECTIONS_TAKE_PROSE = frozenset({"author_bio", "rights_notice", "affiliate"})
#: A one-word heading cue ("Email", "Share", "Tags") removes itself but opens a section only for these kinds
#: ("Biography", "License").
ONE_WORD_SECTIONS = frozenset({"author_bio", "rights_notice"})
SHORT_MEMBER_CHARS = 100  # a "Related posts" section takes blocks up to this long (or link lines, list items)
#: Menus and share bars take only link lines and list items under them ("Skip to content" does not take the title).
LINKS_ONLY_SECTIONS = frozenset({"navigation", "call_to_action"})
REPEATED_HEADING = 3

PRESETS: dict[str, Thresholds] = {
    "precision": Thresholds(edge=0.75, near_edge=0.9, middle=0.97, neighbour_margin=0.1, neighbour_max_chars=50),
    "balanced": Thresholds(),
    "recall": Thresholds(edge=0.45, near_edge=0.6, middle=0.85, neighbour_margin=0.2, neighbour_max_chars=120),
}


@dataclass(slots=True)
class Verdict:
    keep: bool = True
    kind: str = ""
    rule: str = ""
    cue: str = ""
    confidence: float = 0.0
    section: int | None = None  # index of the heading whose section this block was removed with


@dataclass(slots=True)
class Decision:
    verdicts: list[Verdict]
    warnings: list[str] = field(default_factory=list)
    title_index: int | None = None
    sections: dict[int, list[int]] = field(default_factory=dict)  # opener index -> claimed block indexes
    #: the strength each block's zone asks for (edge / near edge / middle): what a kept finding fell short of
    #: (``result.near_misses``)
    block_thresholds: list[float] = field(default_factory=list)


def _is_body(block: Block, thresholds: Thresholds) -> bool:
    return (block.type in ("paragraph", "quote", "list_item")
            and len(block.plain) >= thresholds.body_length
            and block.link_density < thresholds.body_max_link_density)


def _has_words(block: Block) -> bool:
    """A block that says something: not a rule, not front matter, not an empty code fence."""
    return block.type not in ("rule", "front_matter") and any(char.isalnum() for char in block.plain)


def _ends_section(opener: Block, block: Block) -> bool:
    if block.type != "heading":
        return False
    if opener.type == "heading" and opener.level and block.level:
        return block.level <= opener.level
    return True


def decide(blocks: list[Block], findings: list[list[Finding]], thresholds: Thresholds,
           title_index: int | None = None) -> Decision:
    n = len(blocks)
    verdicts = [Verdict() for _ in range(n)]
    decision = Decision(verdicts, title_index=title_index)
    if not n:
        return decision
    top: list[Finding | None] = [f[0] if f else None for f in findings]
    # a heading cue found three times or more in one document is its structure ("Biography" over every entry), not
    # boilerplate (a share bar at the top and the bottom is found twice)
    seen_cues: dict[str, int] = {}
    for finding in top:
        if finding is not None and finding.rule.endswith(".heading"):
            seen_cues[finding.cue] = seen_cues.get(finding.cue, 0) + 1
    top = [None if f is not None and f.rule.endswith(".heading") and seen_cues[f.cue] >= REPEATED_HEADING else f
           for f in top]
    prose = [_is_body(b, thresholds) for b in blocks]  # body-sized, whatever the findings
    body = [top[i] is None and prose[i] for i in range(n)]
    protected = [b.type == "code" or i == title_index for i, b in enumerate(blocks)]

    # 2. sections: a heading finding takes the blocks under it
    claimed_by: dict[int, int] = {}
    for i, finding in enumerate(top):
        if finding is None or not finding.opens_section or i in claimed_by:
            continue
        if len(blocks[i].plain.split()) == 1 and finding.kind not in ONE_WORD_SECTIONS:
            continue
        members, chars = [], 0
        for j in range(i + 1, n):
            block = blocks[j]
            other = top[j]
            if _ends_section(blocks[i], block) or (other is not None and other.opens_section):
                break
            lines = [line for line in block.text.splitlines() if line.strip()]
            linkish = block.type == "list_item" or (block.links and block.link_density >= 0.5) or (
                len(block.plain) <= 60 and not _SENTENCE_END.search(block.plain) and j != title_index) or (
                len(lines) >= 2 and all(len(line) <= SHORT_MEMBER_CHARS for line in lines))  # a list as lines
            if finding.kind in LINKS_ONLY_SECTIONS and not (linkish or other is not None):
                break
            if finding.kind not in SECTIONS_TAKE_PROSE and not linkish and (
                    body[j] or len(block.plain) > SHORT_MEMBER_CHARS):
                break
            if len(members) >= thresholds.section_max_blocks or chars + len(block.plain) > thresholds.section_max_chars:
                members = []  # the "section" runs on: it is not a box under a heading, claim nothing
                break
            members.append(j)
            chars += len(block.plain)
        decision.sections[i] = members
        for j in members:
            claimed_by.setdefault(j, i)

    # 3. zones
    unclaimed_body = [i for i in range(n) if body[i] and i not in claimed_by]
    head_end = unclaimed_body[0] if unclaimed_body else n
    tail_start = unclaimed_body[-1] + 1 if unclaimed_body else 0

    def at_edge(i: int) -> bool:
        return i < head_end or i >= tail_start

    # near the end: after the second-to-last unclaimed body paragraph
    near_tail_start = unclaimed_body[-2] + 1 if len(unclaimed_body) > 1 else tail_start

    def threshold_at(i: int) -> float:
        if at_edge(i):
            return thresholds.edge
        return thresholds.near_edge if i >= near_tail_start else thresholds.middle

    decision.block_thresholds = [threshold_at(i) for i in range(n)]

    # sections in the middle of the article may only take short blocks (link lists), never prose
    for opener, members in decision.sections.items():
        if not at_edge(opener) and any(body[j] for j in members):
            for j in members:
                if claimed_by.get(j) == opener:
                    del claimed_by[j]
            decision.sections[opener] = []
            top[opener] = None  # a lone heading cue in the body, with prose under it, is the article's own

    def remove(i: int, kind: str, rule: str, cue: str, confidence: float, section: int | None = None) -> None:
        if protected[i]:
            return
        verdicts[i] = Verdict(False, kind, rule, cue, round(confidence, 3), section)

    for i, finding in enumerate(top):
        if finding is None:
            continue
        if finding.strength >= threshold_at(i):
            remove(i, finding.kind, finding.rule, finding.cue, finding.strength)
    for j, opener in sorted(claimed_by.items()):
        opener_verdict = verdicts[opener]
        if opener_verdict.keep or not verdicts[j].keep:
            continue
        remove(j, opener_verdict.kind, f"{opener_verdict.kind}.section", opener_verdict.cue,
               opener_verdict.confidence * 0.95, section=opener)

    # 4. neighbours: near-threshold candidates next to a removal, short lines between removals (edges only).
    # In passes from the first block to the last, until a pass removes nothing: a removal is seen at once by the
    # block after it, and by the block before it on the next pass. Only a block next to a removal can change, so
    # each pass looks only at those (a chain of 8,000 weak "Source:" paragraphs that goes one block back per pass
    # took one pass over the whole document per block: quadratic). Same removals, same order, same verdicts.
    def neighbour_removal(i: int) -> bool:
        """Remove block ``i`` if a removed neighbour takes it with it; whether it was removed."""
        if not verdicts[i].keep or protected[i]:
            return False
        before = verdicts[i - 1] if i > 0 else None
        after = verdicts[i + 1] if i + 1 < n else None
        if before is not None and not before.keep:
            removed_neighbour = before
        elif after is not None and not after.keep:
            removed_neighbour = after
        else:
            return False  # most blocks: both neighbours kept
        if not at_edge(i):
            return False
        finding = top[i]
        if finding is not None and finding.strength >= thresholds.edge - thresholds.neighbour_margin:
            remove(i, finding.kind, finding.rule, finding.cue, finding.strength)
            return True
        block = blocks[i]
        same_paragraph = any(v is not None and not v.keep and blocks[j].group == block.group
                             for j, v in ((i - 1, before), (i + 1, after)) if 0 <= j < n)
        if finding is None and same_paragraph and len(block.plain) <= thresholds.neighbour_max_chars:
            # "Don't miss out!" split from "Subscribe now to..." goes with it
            remove(i, removed_neighbour.kind, "neighbour.same_paragraph", "", removed_neighbour.confidence * 0.8)
            return True
        closed = (before is None or not before.keep) and (after is None or not after.keep)
        if finding is None and not body[i] and closed and i >= tail_start and block.type not in ("rule", "table") \
                and len(block.plain) <= thresholds.neighbour_max_chars:
            remove(i, removed_neighbour.kind, "neighbour.between_removed", "", removed_neighbour.confidence * 0.8)
            return True
        return False

    to_visit: Iterable[int] = range(n)  # the first pass looks at every block
    while to_visit:
        next_pass: set[int] = set()
        last = -1  # the last block looked at in this pass
        for i in to_visit:
            if i <= last:
                continue  # looked at already, after the removal before it
            while neighbour_removal(i):
                if i > 0:
                    next_pass.add(i - 1)  # the block before sees it on the next pass...
                i += 1  # ...the block after at once
                if i >= n:
                    break
            last = i
        to_visit = sorted(next_pass)

    # 5. protect the body
    body_chars = sum(len(blocks[i].plain) for i in range(n) if body[i] or i in claimed_by and prose[i])
    kept_body = sum(len(blocks[i].plain) for i in range(n) if verdicts[i].keep and prose[i])
    if body_chars and kept_body < thresholds.min_body_ratio * body_chars:
        for i in range(n):
            if not verdicts[i].keep and prose[i]:
                verdicts[i] = Verdict()
        decision.warnings.append(
            "the rules would have removed most of the article body; its paragraphs were kept (check the result)")
    elif not body_chars and n and all(not verdicts[i].keep for i in range(n) if _has_words(blocks[i])) and \
            any(_has_words(block) for block in blocks):
        for i in range(n):
            verdicts[i] = Verdict()
        decision.warnings.append("every block looked like boilerplate; nothing was removed (check the input)")
    return decision
