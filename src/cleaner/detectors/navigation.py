"""navigation: menus, breadcrumbs, tag lists, previous / next links, reading-time lines."""

from __future__ import annotations

import regex

from ..patterncache import compile_pattern
from ..model import Block, Finding
from ..rules import LINES
from .base import BlockCues, Context, Detector, is_link_line, reads_as_sentence

_CRUMB_SEPARATOR = compile_pattern(r"\s(?:›|»|>|/|\||→|::)\s")
_MENU_SEPARATOR = compile_pattern(r"\s[|•·]\s")


class NavigationDetector(Detector):
    kind = "navigation"

    def may_fire_uncued(self, block: Block, hits: BlockCues) -> bool:
        # without a cue of its kind and without a link, only the menu line may fire: four items or more between
        # ``_MENU_SEPARATOR``s in a block of up to ``LINES.nav_line_max_chars`` characters (the breadcrumb and the link list need links)
        return len(hits.normalized) <= LINES.nav_line_max_chars and _MENU_SEPARATOR.search(block.plain) is not None

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        length = len(hits.normalized)
        lead = hits.lead(self.kind)
        if lead is not None:
            return self.finding("lead", lead.cue.label, length)
        if length <= LINES.nav_line_max_chars and len(_CRUMB_SEPARATOR.findall(block.plain)) >= 2 and is_link_line(block, 2):
            return self.finding("breadcrumb", "separated link trail")
        items = _MENU_SEPARATOR.split(block.plain) if length <= LINES.nav_line_max_chars else ()  # (a longer block is no menu line)
        if 4 <= len(items) <= 15 and all(0 < len(item.split()) <= 3 for item in items) \
                and not reads_as_sentence(block.plain):
            return self.finding("menu_line", f"{len(items)} short items between separators")
        real_links = [link for link in block.links if not link.is_image]
        if len(real_links) >= 3 and is_link_line(block) and \
                sum(len(link.text.split()) for link in real_links) / len(real_links) <= 3:
            return self.finding("link_list", f"{len(real_links)} short links")
        return self.phrase_finding(block, hits)
