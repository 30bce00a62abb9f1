"""Site-level learning: a site's repeated boilerplate found from its own pages, deterministically.

A page is read as a set of *units*: the stable 64-bit hashes of its normalised lines (``page_units``; the
normaliser and the hash: ``normalise.py``, versioned by ``NORMALISER_VERSION``). A site's profile counts, for every
unit, on how many of its N pages it was seen, and keeps the units seen on at least max(weak_min_count,
weak_share * N) pages (weak evidence, which counts only in a template run at the page's edge); a unit is template
evidence when seen on at least max(min_count, share * N) pages (``SiteParams``). Cleaning with a profile
(``Cleaner.clean(..., site=profile)``) removes template blocks where the page's own structure agrees
(``apply.py``), each removal saying on how many of the N pages it was seen.

The function contract (what a distributed engine implements with a groupBy, and gets exactly ``learn_site``):

    units  = page_units(page, format)                    # map: a page -> a set of unsigned 64-bit ints
    counts = count_units(units of the pages of a partition)   # {unit: pages}, per (site, partition)
    total  = merge_counts(counts_a, counts_b, ...)       # reduce: a sum; associative and commutative
    pages  = the number of pages of the site (every page counts, even one with no unit)
    profile = SiteProfile.from_counts(site, pages, total, params)

    learn_site(pages, format=f, site=s, params=p) == SiteProfile.from_counts(s, len(pages),
        count_units(page_units(x, f) for x in pages), p)

for any order of the pages and any partitioning. In Spark: explode ``page_units`` into (site, unit) rows (a unit
as a signed INT64 with ``to_signed``; ``to_unsigned`` back), ``groupBy(site, unit).count()`` and
``groupBy(site).count()`` for the pages, then ``from_counts`` per site. A profile is saved as JSON (``save`` /
``load``: format, version, normaliser version, site, pages, parameters and ``{hex unit: count}``; no page text).
"""

from __future__ import annotations

from .learn import learn_site
from .normalise import NORMALISER_VERSION, normalise, to_signed, to_unsigned, unit_hash
from .params import DEFAULT_PARAMS, SiteParams
from .profile import SiteProfile, UnitCounter, count_units, merge_counts
from .units import html_lines, page_units

__all__ = [
    "DEFAULT_PARAMS", "NORMALISER_VERSION", "SiteParams", "SiteProfile", "UnitCounter", "count_units", "html_lines",
    "learn_site", "merge_counts", "normalise", "page_units", "to_signed", "to_unsigned", "unit_hash",
]
