"""affiliate: disclosures ("As an Amazon Associate I earn...") and blocks that only carry affiliate links."""

from __future__ import annotations

from ..links import mentions_buying
from ..model import Block, Finding
from ..rules import AFFILIATE_PHRASE_OVER_LEAD
from .base import BlockCues, Context, Detector, is_link_line, non_link_text


def affiliate_links(block: Block) -> int:
    return sum(1 for link in block.links if link.kind == "affiliate" and not link.is_image)


class AffiliateDetector(Detector):
    kind = "affiliate"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        return False  # without a cue of its kind, only a block with an affiliate link (a link) may fire (``detect_all`` runs every detector on those)

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        count = affiliate_links(block)
        if count and is_link_line(block):
            return self.finding("link_block", f"{count} affiliate link(s)")
        rest = non_link_text(block).strip() if count else ""  # (what is left besides the links: only with one)
        if count and len(rest) <= 60 and mentions_buying(rest):  # "Check the price on Amazon: <affiliate link>"
            return self.finding("buy_line", f"{count} affiliate link(s) after a short call to buy")
        if count and block.type == "table" and count >= max(1, block.text.count("\n") // 2):
            return self.finding("link_table", f"{count} affiliate link(s) in a table")
        lead = hits.lead(self.kind)
        found = self.phrase_finding(block, hits, "disclosure")
        if lead is not None and (found is None or found.strength < AFFILIATE_PHRASE_OVER_LEAD):
            return self.finding("lead", lead.cue.label, len(hits.normalized))
        return found
