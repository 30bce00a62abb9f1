"""call_to_action: share / follow / subscribe / newsletter / comment prompts, "Click here to download your free..."."""

from __future__ import annotations

import re

from ..cues import normalize
from ..links import is_share_url
from ..model import Block, Finding
from ..rules import SHARE_QUOTE_MIN_WORDS
from .base import BlockCues, Context, Detector, is_link_line

_NETWORK_NAMES = frozenset({"facebook", "twitter", "x", "linkedin", "pinterest", "whatsapp", "telegram", "reddit",
                            "email", "e-mail", "print", "share", "tweet", "pin it", "mail", "vk", "xing", "tumblr",
                            "imprimer", "partager", "drucken", "teilen", "compartir", "imprimir", "condividi",
                            "stampa", "partilhar", "delen", "udostępnij"})


#: the end of a sentence in a link's label, closing quotes and brackets included
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)]*")


def quotes_a_sentence(label: str) -> bool:
    """A link label that holds a sentence of ``SHARE_QUOTE_MIN_WORDS`` words or more before a sentence end, none of
    them a network's or sharing's word: the quote a "Click to Tweet" box or a pin button offers ("I believe the #1
    enemy of … every day.Click To Tweet"), or the sentence a pinned picture's link runs into. "Share this on
    Facebook!" and "Email this page." name what they do."""
    ends = [m.start() for m in _SENTENCE_END.finditer(label)]
    if not ends:
        return False
    words = [normalize(word.strip("\"'\u2019\u201c\u201d,;:()")) for word in label[: ends[-1]].split()]
    return len(words) >= SHARE_QUOTE_MIN_WORDS and not any(word in _NETWORK_NAMES for word in words)


def is_share_bar(block: Block) -> bool:
    links = [link for link in block.links if not link.is_image]
    if not links or not is_link_line(block):
        return False
    if any(quotes_a_sentence(link.text) for link in links):
        return False  # an article's sentence offered for sharing, not a bar of networks (keep34)
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
