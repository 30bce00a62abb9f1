"""call_to_action: share / follow / subscribe / newsletter / comment prompts, "Click here to download your free..."."""

from __future__ import annotations

from ..cues import normalize
from ..links import is_share_url
from ..model import Block, Finding
from .base import BlockCues, Context, Detector, is_link_line

_NETWORK_NAMES = frozenset({"facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "reddit",
                            "email", "e-mail", "print", "share", "tweet", "pin it", "mail", "vk", "xing", "tumblr",
                            "imprimer", "partager", "drucken", "teilen", "compartir", "imprimir", "condividi",
                            "stampa", "partilhar", "delen", "udostępnij"})


def is_share_bar(block: Block) -> bool:
    links = [link for link in block.links if not link.is_image]
    if not links or not is_link_line(block):
        return False
    social = sum(1 for link in links if is_share_url(link.url) or normalize(link.text) in _NETWORK_NAMES)
    return social >= max(1, (len(links) + 1) // 2)


class CallToActionDetector(Detector):
    kind = "call_to_action"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        return False  # without a cue of its kind, only a share bar (links) may fire (``detect_all`` runs every detector on those)

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        if is_share_bar(block):
            return self.finding("share_links", "share / social links")
        lead = hits.lead(self.kind)
        if lead is not None:
            return self.finding("lead", lead.cue.label, len(hits.normalized))
        return self.phrase_finding(block, hits)
