"""Detectors: one module per kind of boilerplate, each small and pure (see base.py for the contract)."""

from __future__ import annotations

from .affiliate import AffiliateDetector
from .author_bio import ABOUT, AuthorBioDetector
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
    hits = BlockCues.of(block, context.cues)
    if not (hits.headings or hits.leads or hits.phrases or block.links or hits.normalized.startswith(ABOUT)):
        return []  # every rule needs a cue, a link or an "About <name>": most body paragraphs stop here
    findings = [f for d in detectors if (f := d.detect(block, hits, context)) is not None]
    return sorted(findings, key=lambda f: -f.strength)


__all__ = ["DETECTORS", "BlockCues", "Context", "Detector", "detect_all"]
