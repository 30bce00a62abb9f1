"""Detectors: one module per kind of boilerplate, each small and pure (see base.py for the contract)."""

from __future__ import annotations

from .affiliate import AffiliateDetector
from .author_bio import ABOUT, AuthorBioDetector
from ..cues import normalize
from .base import BlockCues, Context, Detector
from .call_to_action import CallToActionDetector
from .navigation import NavigationDetector
from .related import RelatedDetector
from .rights_notice import RightsNoticeDetector
from .source_credit import SourceCreditDetector

#: Every detector, in the order their findings are listed.
DETECTORS: tuple[Detector, ...] = (
    AuthorBioDetector(),
    SourceCreditDetector(),
    AffiliateDetector(),
    RightsNoticeDetector(),
    CallToActionDetector(),
    RelatedDetector(),
    NavigationDetector(),
)


def detect_all(block, context: Context, detectors=DETECTORS) -> list:
    """All findings on one block, strongest first."""
    # (``BlockCues.of``, the object made only for the blocks that go on)
    cues = context.cues
    # (a block's plain text has its blanks collapsed when it is built, blocks.make_block, but a table's or code's)
    normalized = normalize(block.plain, collapsed=block.type not in ("table", "code"))
    headings = cues.heading(normalized) if len(normalized) <= 120 else []
    leads, phrases = cues.lead(normalized), cues.phrases(normalized)
    if not (headings or leads or phrases or block.links or normalized.startswith(ABOUT)):
        return []  # every rule needs a cue, a link or an "About <name>": most body paragraphs stop here
    hits = BlockCues(normalized, headings, leads, phrases)
    if block.links:
        findings = [f for d in detectors if (f := d.detect(block, hits, context)) is not None]
    else:  # (gates) a detector whose kind no cue hit names fires only by what ``may_fire_uncued`` says it needs
        cued = {cue.kind for cue in headings} | {match.cue.kind for match in leads} \
            | {match.cue.kind for match in phrases}
        findings = [f for d in detectors if (d.kind in cued or d.may_fire_uncued(block, hits))
                    and (f := d.detect(block, hits, context)) is not None]
    return sorted(findings, key=lambda f: -f.strength)


__all__ = ["DETECTORS", "BlockCues", "Context", "Detector", "detect_all"]
