"""source_credit: "Source: <url> | [link](#)", "Article Source: ...", "Originally published at ...", "Quelle:"."""

from __future__ import annotations

from ..model import Block, Finding
from .base import BlockCues, Context, Detector, has_url
from .leads import is_prose_credit


class SourceCreditDetector(Detector):
    kind = "source_credit"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        return False  # without a cue of its kind, only its cues fire (``has_url`` only adds to a lead or a phrase) (``detect_all`` runs every detector on those)

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        length = len(hits.normalized)
        lead = hits.lead(self.kind)
        if lead is not None:
            if has_url(block):
                return self.finding("lead_with_link", lead.cue.label, length)
            if is_prose_credit(block, lead):  # "Originally published in 1962, the novel sold poorly at first …"
                return self.finding("lead", lead.cue.label + " · a year, then the article's own sentence", length,
                                    variant="prose")
            return self.finding("lead", lead.cue.label, length)
        found = self.phrase_finding(block, hits)
        if found and has_url(block) and length <= 300:
            floor = self.finding("phrase_with_link", found.cue, length)
            return self.finding("phrase_with_link", found.cue, strength=max(found.strength, floor.strength))
        return found
