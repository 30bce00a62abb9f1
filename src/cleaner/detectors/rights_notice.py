"""rights_notice: copyright lines, "All rights reserved", reprint permissions, PLR / resale rights."""

from __future__ import annotations

from ..model import Block, Finding
from .base import BlockCues, Context, Detector, has_year

_COPYRIGHT_LEADS = ("copyright", "©", "(c)", "版权", "著作権", "copyright ©")


class RightsNoticeDetector(Detector):
    kind = "rights_notice"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        return False  # without a cue of its kind, only its cues fire: no rule reads a link either (``detect_all`` runs every detector on those)

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        length = len(hits.normalized)
        lead = hits.lead(self.kind)
        if lead is not None:
            if lead.cue.phrase in _COPYRIGHT_LEADS:
                # "Copyright law changed..." is prose; "Copyright © 2009 Jane Doe" carries a year or a sign.
                text = hits.normalized
                # "(c) is largely antithetical..." is an enumeration; "(c) 2009 Jane Doe" is a notice
                if has_year(text) or "©" in text or ("rights" in text and lead.cue.phrase != "(c)"):
                    return self.finding("copyright_line", lead.cue.label, length)
            else:
                return self.finding("lead", lead.cue.label, length)
        return self.phrase_finding(block, hits)
