"""A picture's credit cut off its caption (captioncredit.py, caption32): removed as a credit, never an author's byline.

The segmenter marks the credit piece ``Block.picture_credit``; here it gets one finding,
``source_credit.caption_credit``, in place of any other: "Autor: Jan Nowak" cut off a caption is the photographer's
credit, not an author box's lead (``author_bio.lead`` took the whole caption line and the author step its names).
"""

from __future__ import annotations

from ..model import Block, Finding
from ..rules import strength

RULE = "source_credit.caption_credit"


def caption_credit_findings(blocks: list[Block], findings: list[list[Finding]], kinds) -> list[list[Finding]]:
    """``findings`` with each picture credit's replaced by a credit finding (nothing when credits are not removed)."""
    if "source_credit" not in kinds or not any(block.picture_credit for block in blocks):
        return findings
    out = list(findings)
    for i, block in enumerate(blocks):
        if block.picture_credit:
            out[i] = [Finding("source_credit", RULE, f"a picture's credit cut off its caption: {block.plain[:40]}",
                              strength(RULE))]
    return out
