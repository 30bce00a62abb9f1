"""A news page's lines inside the article by their shape (news34; newslines.py): a teaser for another story
(``related.teaser_line``), an ad slot's label (``affiliate.ad_marker``), a wire's credit in parentheses
(``source_credit.wire_credit``), each a block of one line (the segmenter cuts a plain-text paragraph around them).
Strengths: ``rules.RULES`` (the middle's: they go anywhere)."""

from __future__ import annotations

from ..model import Block, Finding
from ..newslines import news_line
from ..rules import NEWS_LINES
from .base import rule_finding, with_finding

_TYPES = ("paragraph", "heading", "list_item")


def news_line_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None) -> list[list[Finding]]:
    """``findings`` with the news lines' findings added (strongest first)."""
    result = findings
    for i, block in enumerate(blocks):
        plain = block.plain
        if block.type not in _TYPES or not plain or len(plain) > NEWS_LINES.line_max_chars \
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
