"""Every number site learning uses, named, in one place (chosen on dev data: docs/sites.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SiteParams:
    #: below this many pages a site's profile is empty (nothing can be told apart from one article)
    min_pages: int = 3
    #: a unit is template evidence when it is on at least max(min_count, share * N) of the site's N pages...
    min_count: int = 3
    #: ...(the share: docs/sites.md has the curve it was chosen on)
    share: float = 0.7
    #: a page whose site removals would leave less than this share of the characters the rules kept keeps them all
    #: (with a warning): a page made of the site's template is the site's content, or the profile is wrong for it
    min_kept_share: float = 0.2
    #: a unit on fewer pages than that but on at least max(weak_min_count, weak_share * N) is *weak* evidence: it is
    #: removed only inside a run of the page's blocks that holds ``weak_anchor`` or more blocks of (strong) evidence
    #: (a menu or footer whose items vary a little from page to page: hysteresis, as an edge detector's two
    #: thresholds). The profile keeps the units seen on at least the weak threshold.
    weak_min_count: int = 2
    weak_share: float = 0.3
    weak_anchor: int = 2

    @property
    def keep_min(self) -> int:
        """No profile keeps a unit seen on fewer pages than this (an engine may drop those before gathering)."""
        return min(self.min_count, self.weak_min_count)


DEFAULT_PARAMS = SiteParams()
