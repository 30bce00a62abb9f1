"""related: "Related posts:", "Read more:", "Lire aussi :", "Lesen Sie auch:" and their link lists."""

from __future__ import annotations

from ..model import Block, Finding
from .base import BlockCues, Context, Detector, has_url
from .leads import is_prose_lead


class RelatedDetector(Detector):
    kind = "related"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        return False  # without a cue of its kind, only its cues fire (``has_url`` only adds to a lead) (``detect_all`` runs every detector on those)

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        lead = hits.lead(self.kind)
        if lead is not None:
            if is_prose_lead(block, hits.normalized, lead):
                # "Lesen Sie auch die Packungsbeilage und fragen Sie Ihren Arzt.": a sentence, not a lead line
                return self.finding("lead", lead.cue.label, len(hits.normalized), variant="prose")
            # "Related posts:" alone on its line opens a list; "Read more: <a link>" is a line of its own
            opens = len(hits.normalized) - lead.end <= 3
            return self.finding("lead", lead.cue.label, len(hits.normalized),
                                variant="with_url" if has_url(block) else "", opens_section=opens)
        return self.phrase_finding(block, hits)
