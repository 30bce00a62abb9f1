"""``learn_site``: the profile of one site from its pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .params import DEFAULT_PARAMS, SiteParams
from .profile import SiteProfile, UnitCounter
from .units import page_units


def learn_site(documents: Iterable[str | bytes], *, format: str = "auto", min_pages: int | None = None,
               site: str = "", params: SiteParams | None = None) -> SiteProfile:
    """The template profile of one site from its pages (str / bytes; text, Markdown or HTML, ``format="auto"``
    sniffs each page). Below ``min_pages`` pages (default 3) the profile is empty. The result does not depend on the
    order of the pages."""
    params = params or DEFAULT_PARAMS
    if min_pages is not None:
        params = replace(params, min_pages=min_pages)
    counter = UnitCounter()
    for document in documents:
        counter.add_page(page_units(document, format))
    return SiteProfile.from_counter(site, counter, params)
