"""A news page's lines inside the article by their shape (news34; newslines.py): a teaser for another story
(``related.teaser_line``), an ad slot's label (``affiliate.ad_marker``), a wire's credit in parentheses
(``source_credit.wire_credit``), each a block of one line (the segmenter cuts a plain-text paragraph around them).
Strengths: ``rules.RULES`` (the middle's: they go anywhere)."""

from __future__ import annotations

import regex

from ..patterncache import compile_pattern
from ..model import Block, Finding
from ..newslines import news_line
from ..rules import NEWS_LINES
from .base import rule_finding, with_finding

_TYPES = ("paragraph", "heading", "list_item")
_SENTENCE_END = compile_pattern(r"[.!?。！？…][\"'”’»)]*(?:\s|$)")


def _prose(block: Block) -> bool:
    """A paragraph of prose: at least ``NEWS_LINES.prose_min_chars`` long, with a sentence's end."""
    plain = block.plain
    return block.type == "paragraph" and len(plain) >= NEWS_LINES.prose_min_chars \
        and _SENTENCE_END.search(plain) is not None


def news_line_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None) -> list[list[Finding]]:
    """``findings`` with the news lines' findings added (strongest first)."""
    result = findings
    # the news lines sit inside the article: after its first paragraph of prose (the head above it is the page's
    # title, menus, a hatnote: "Watch: Steve Case discusses …" over a video page is its title)
    prose = next((i for i, block in enumerate(blocks) if _prose(block)), len(blocks))
    for i, block in enumerate(blocks):
        if i <= prose:
            continue
        plain = block.plain
        # (not a line a page's text cut on its own (a WET page, ``Block.page_lines``): there the decision's runs of
        # short lines judge it; a finding on one of them changed the runs around it on CleanPortalEval's pages)
        if block.type not in _TYPES or not plain or len(plain) > NEWS_LINES.line_max_chars or block.page_lines \
                or "\n" in block.text.strip():
            continue
        found = news_line(plain)
        if found is None:
            continue
        rule, cue = found
        kind = rule.split(".", 1)[0]
        if kinds is not None and kind not in kinds:
            continue
        if result is findings:
            result = list(findings)
        result[i] = with_finding(result[i], rule_finding(kind, rule, cue, len(plain)))
    return result
