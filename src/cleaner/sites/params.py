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


DEFAULT_PARAMS = SiteParams()
