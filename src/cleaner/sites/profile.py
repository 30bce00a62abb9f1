"""``SiteProfile`` (the template units of one site, with the number of pages each was seen on) and the counting
that builds it: ``UnitCounter`` (compact, mergeable) and ``count_units`` / ``merge_counts`` (pure functions).
"""

from __future__ import annotations

import json
import math
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from ..errors import CleanerError
from .normalise import NORMALISER_VERSION
from .params import DEFAULT_PARAMS, SiteParams

PROFILE_FORMAT = "cleaner.site-profile"
#: 2: the weak evidence (units between the weak threshold and the threshold, and its three parameters);
#: 3: the units are XXH64 keys (normaliser 2), no longer BLAKE2b's
PROFILE_VERSION = 3
#: the versions ``load`` reads
READS = (3,)
#: older versions: their keys are another hash's, which no migration can turn into this one's (a key is a hash of a
#: line the profile does not hold): ``load`` says so
RELEARN = {1: "BLAKE2b", 2: "BLAKE2b"}
#: ``UnitCounter`` folds its buffer of raw units when it holds this many (or half the distinct units) or more
FOLD_MIN = 256


def count_units(pages: Iterable[Iterable[int]]) -> dict[int, int]:
    """{unit: number of pages holding it} from the unit sets of some pages (each page counts a unit once)."""
    counts: dict[int, int] = {}
    get = counts.get
    for units in pages:
        for unit in set(units):
            counts[unit] = get(unit, 0) + 1
    return counts


def merge_counts(*parts: Mapping[int, int]) -> dict[int, int]:
    """The sum of partial counts (of disjoint sets of pages): associative and commutative, so any grouping of the
    pages into partitions gives the same total, and the same profile."""
    total: dict[int, int] = {}
    get = total.get
    for part in parts:
        for unit, count in part.items():
            total[unit] = get(unit, 0) + count
    return total


class UnitCounter:
    """Counts units over pages in compact arrays: a sorted array('Q') of distinct units with an array('I') of their
    counts, plus a buffer of raw units folded in when it reaches half their number. Memory: 12 bytes per distinct
    unit and up to 12 more while the arrays grow (docs/sites.md), not a Python object per line."""

    __slots__ = ("pages", "_units", "_counts", "_buffer")

    def __init__(self) -> None:
        self.pages = 0
        self._units = array("Q")
        self._counts = array("I")
        self._buffer = array("Q")

    def add_page(self, units: Iterable[int]) -> None:
        self.pages += 1
        self._buffer.extend(sorted(set(units)))
        if len(self._buffer) > max(FOLD_MIN, len(self._units) // 2):
            self._fold()

    def add_counts(self, counts: Mapping[int, int], pages: int) -> None:
        """Fold in the counts of other pages (another partition's)."""
        self._fold()
        self.pages += pages
        self._merge(sorted(counts.items()))

    def merge(self, other: "UnitCounter") -> None:
        other._fold()
        self._fold()
        self.pages += other.pages
        self._merge(zip(other._units, other._counts))

    def _fold(self) -> None:
        if not self._buffer:
            return
        runs: dict[int, int] = {}
        get = runs.get
        for unit in self._buffer:
            runs[unit] = get(unit, 0) + 1
        self._buffer = array("Q")
        self._merge(sorted(runs.items()))

    def _merge(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Merge sorted (unit, count) pairs into the sorted arrays (a linear merge)."""
        units, counts = array("Q"), array("I")
        old_units, old_counts = self._units, self._counts
        i, n = 0, len(old_units)
        for unit, count in pairs:
            while i < n and old_units[i] < unit:
                units.append(old_units[i])
                counts.append(old_counts[i])
                i += 1
            if i < n and old_units[i] == unit:
                count += old_counts[i]
                i += 1
            units.append(unit)
            counts.append(count)
        units.extend(old_units[i:])
        counts.extend(old_counts[i:])
        self._units, self._counts = units, counts

    def items(self) -> Iterator[tuple[int, int]]:
        """(unit, count) in increasing unit order."""
        self._fold()
        return zip(self._units, self._counts)

    def counts(self) -> dict[int, int]:
        return dict(self.items())

    def __len__(self) -> int:
        self._fold()
        return len(self._units)

    def nbytes(self) -> int:
        """Bytes held by the arrays."""
        return sum(a.itemsize * a.buffer_info()[1] for a in (self._units, self._counts, self._buffer))


class SiteProfile:
    """The template units of one site: the units seen on at least ``weak_threshold`` of its ``pages`` pages (max of
    ``params.weak_min_count`` and ``params.weak_share`` x pages, at most ``threshold``), with their counts (hashes
    and counts only, never page text). ``seen(unit)`` is the count when the unit is template evidence (on at least
    ``threshold`` pages: max of ``params.min_count`` and ``params.share`` x pages), else 0; a unit between the two
    thresholds is weak evidence."""

    __slots__ = ("site", "pages", "params", "_units", "_counts", "threshold", "weak_threshold", "_evidence", "_weak")

    def __init__(self, site: str, pages: int, units: Iterable[tuple[int, int]] = (),
                 params: SiteParams = DEFAULT_PARAMS):
        self.site = site
        self.pages = int(pages)
        self.params = params
        self.threshold = max(params.min_count, math.ceil(params.share * self.pages - 1e-9))
        self.weak_threshold = min(self.threshold, max(params.weak_min_count,
                                                      math.ceil(params.weak_share * self.pages - 1e-9)))
        kept = sorted((int(u), int(c)) for u, c in units if c >= self.weak_threshold) \
            if self.pages >= params.min_pages else []
        self._units = array("Q", (u for u, _ in kept))
        self._counts = array("I", (c for _, c in kept))
        self._evidence: dict[int, int] | None = None
        self._weak: dict[int, int] | None = None

    # -- building ---------------------------------------------------------------------------------------------------
    @classmethod
    def from_counts(cls, site: str, pages: int, counts: Mapping[int, int] | Iterable[tuple[int, int]],
                    params: SiteParams = DEFAULT_PARAMS) -> "SiteProfile":
        """The profile of ``pages`` pages whose units were counted into ``counts`` ({unit: pages holding it})."""
        items = counts.items() if isinstance(counts, Mapping) else counts
        return cls(site, pages, items, params)

    @classmethod
    def from_counter(cls, site: str, counter: UnitCounter, params: SiteParams = DEFAULT_PARAMS) -> "SiteProfile":
        return cls(site, counter.pages, counter.items(), params)

    # -- reading ----------------------------------------------------------------------------------------------------
    def count(self, unit: int) -> int:
        """On how many pages the unit was seen (0 below ``weak_threshold``: those are not kept)."""
        i = bisect_left(self._units, unit)
        return self._counts[i] if i < len(self._units) and self._units[i] == unit else 0

    def seen(self, unit: int) -> int:
        """The unit's count when it is template evidence, else 0."""
        return self.evidence().get(unit, 0)

    def evidence(self) -> dict[int, int]:
        """{unit: count} of the template evidence (built once: cleaning looks units up in it)."""
        if self._evidence is None:
            self._evidence = {unit: count for unit, count in zip(self._units, self._counts)
                              if count >= self.threshold}
        return self._evidence

    def weak_evidence(self) -> dict[int, int]:
        """{unit: count} of every unit kept (seen on at least ``weak_threshold`` pages): the template evidence and
        the weak evidence, which counts only inside a run of template blocks (``sites.apply``)."""
        if self._weak is None:
            self._weak = dict(zip(self._units, self._counts))
        return self._weak

    def items(self) -> Iterator[tuple[int, int]]:
        return zip(self._units, self._counts)

    def __len__(self) -> int:
        return len(self._units)

    def __bool__(self) -> bool:
        return True  # an empty profile is still a profile (``if profile:`` must not mean "has units")

    @property
    def empty(self) -> bool:
        """No template evidence at all (fewer than ``params.min_pages`` pages, or nothing repeats)."""
        return not self.evidence()

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SiteProfile) and self.site == other.site and self.pages == other.pages
                and self.params == other.params and self._units == other._units and self._counts == other._counts)

    def __repr__(self) -> str:
        return f"SiteProfile(site={self.site!r}, pages={self.pages}, units={len(self)}, threshold={self.threshold})"

    # -- storing ----------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "format": PROFILE_FORMAT,
            "version": PROFILE_VERSION,
            "normaliser": NORMALISER_VERSION,
            "unicode": unicodedata.unidata_version,
            "site": self.site,
            "pages": self.pages,
            "params": {"min_pages": self.params.min_pages, "min_count": self.params.min_count,
                       "share": self.params.share, "min_kept_share": self.params.min_kept_share,
                       "weak_min_count": self.params.weak_min_count, "weak_share": self.params.weak_share,
                       "weak_anchor": self.params.weak_anchor},
            # hex: a JSON reader in JavaScript would round an integer over 2**53
            "units": {f"{unit:016x}": count for unit, count in self.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "SiteProfile":
        if not isinstance(data, Mapping) or data.get("format") != PROFILE_FORMAT:
            raise CleanerError("not a cleaner site profile (no \"format\": \"cleaner.site-profile\")")
        if data.get("version") in RELEARN:
            raise CleanerError(
                f"a version {data['version']} site profile: its units are {RELEARN[data['version']]} keys, this "
                f"cleaner's are XXH64 (profile version {PROFILE_VERSION}); a key cannot be converted without the "
                f"line it was made from: learn the profile again (cleaner learn, or cleaner.learn_site)")
        if data.get("version") not in READS:
            raise CleanerError(f"site profile version {data.get('version')!r}; this cleaner reads "
                               f"{', '.join(map(str, READS))}")
        if data.get("normaliser") != NORMALISER_VERSION:
            raise CleanerError(f"the profile was learned with normaliser {data.get('normaliser')!r}, this cleaner "
                               f"uses {NORMALISER_VERSION}: learn it again")
        try:
            params = SiteParams(**data.get("params", {}))
            units = [(int(key, 16), int(count)) for key, count in data["units"].items()]
            return cls(str(data["site"]), int(data["pages"]), units, params)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CleanerError(f"a malformed site profile: {error}") from error

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (sorted units, one line)."""
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n",
                              encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "SiteProfile":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CleanerError(f"cannot read the site profile {path}: {error}") from error
        return cls.from_dict(data)
