"""Profiles on disk and in scraping jobs: the site of a record, a directory of profiles (one JSON file a site),
learning every site of a JSONL stream in one pass (``cleaner learn``, ``cleaner batch --learn-sites``).

A directory of profiles holds ``<site>.json`` per site (the site name percent-encoded when it holds anything but
letters, digits, ``.``, ``-`` and ``_``; a long name is cut and given a hash). A record's site is its
``--site-field`` when given, else the registered domain of its URL (``domains.registered_domain``).
"""

from __future__ import annotations

import gzip
import json
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from hashlib import blake2b
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from ..errors import CleanerError
from .domains import registered_domain
from .params import DEFAULT_PARAMS, SiteParams
from .profile import SiteProfile, UnitCounter
from .units import page_units

#: profiles kept in memory per process by ``ProfileStore`` (a batch meets sites in any order)
CACHED_PROFILES = 1024
_MAX_NAME = 150


def profile_filename(site: str) -> str:
    name = quote(site, safe="") if site else "_"
    if name.startswith("."):
        name = "%2E" + name[1:]
    if len(name) > _MAX_NAME:
        name = name[:_MAX_NAME] + "-" + blake2b(site.encode("utf-8"), digest_size=8).hexdigest()
    return name + ".json"


def site_of(record: dict[str, Any], *, site_field: str | None = None, url_field: str = "url") -> str | None:
    """The record's site: its ``site_field`` (a non-empty string or number), else the registered domain of its URL;
    None when it has neither."""
    if site_field is not None:
        value = record.get(site_field)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
        return None
    url = record.get(url_field)
    return registered_domain(url) if isinstance(url, str) else None


class ProfileStore:
    """The profiles of a directory, read when first asked for (a missing file: no profile), a bounded cache."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise CleanerError(f"the profile directory {directory} does not exist")
        self._cache: OrderedDict[str, SiteProfile | None] = OrderedDict()

    def get(self, site: str | None) -> SiteProfile | None:
        if site is None:
            return None
        if site in self._cache:
            self._cache.move_to_end(site)
            return self._cache[site]
        path = self.directory / profile_filename(site)
        profile = SiteProfile.load(path) if path.is_file() else None
        self._cache[site] = profile
        if len(self._cache) > CACHED_PROFILES:
            self._cache.popitem(last=False)
        return profile


_stores: dict[str, ProfileStore] = {}


def profile_for(record: dict[str, Any], directory: str, *, site_field: str | None = None,
                url_field: str = "url") -> SiteProfile | None:
    """The profile of the record's site in ``directory`` (one store per directory and process), or None."""
    store = _stores.get(directory)
    if store is None:
        store = _stores[directory] = ProfileStore(directory)
    return store.get(site_of(record, site_field=site_field, url_field=url_field))


@dataclass
class LearnStats:
    records: int = 0
    learned: int = 0  # records counted into a site
    no_site: int = 0
    errors: int = 0
    sites: int = 0
    profiles: int = 0  # sites with a profile that is not empty
    messages: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        self.errors += 1
        if len(self.messages) < 5:
            self.messages.append(message)


def _document(record: dict[str, Any], field_name: str | None) -> tuple[str | None, str | None]:
    if field_name is not None:
        value = record.get(field_name)
        return (value, field_name) if isinstance(value, str) else (None, field_name)
    for name in ("html", "text"):
        if isinstance(record.get(name), str):
            return record[name], name
    return None, None


def learn_stream(stream: IO[bytes], *, field_name: str | None = None, url_field: str = "url",
                 site_field: str | None = None, input_format: str = "auto",
                 ) -> tuple[dict[str, UnitCounter], LearnStats]:
    """Count every site's units over a JSONL stream (bytes) in one pass. A line that cannot be read, a record
    without a document or without a site is skipped and counted (``LearnStats``); nothing is raised for a record.
    Memory: the distinct (site, unit) pairs, in ``UnitCounter`` arrays."""
    counters: dict[str, UnitCounter] = {}
    stats = LearnStats()
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        stats.records += 1
        try:
            record = json.loads(line)
        except ValueError as error:
            stats.note(f"line {number}: invalid JSON ({error})")
            continue
        if not isinstance(record, dict):
            stats.note(f"line {number}: not a JSON object")
            continue
        site = site_of(record, site_field=site_field, url_field=url_field)
        if site is None:
            stats.no_site += 1
            continue
        document, name = _document(record, field_name)
        if document is None:
            stats.note(f"line {number}: no document field")
            continue
        fmt = "html" if input_format == "auto" and name == "html" else input_format
        try:
            units = page_units(document, fmt)
        except Exception as error:  # noqa: BLE001 - learning never stops on one record
            stats.note(f"line {number}: {type(error).__name__}: {error}")
            continue
        counter = counters.get(site)
        if counter is None:
            counter = counters[site] = UnitCounter()
        counter.add_page(units)
        stats.learned += 1
    stats.sites = len(counters)
    return counters, stats


def save_profiles(counters: dict[str, UnitCounter], directory: str | Path, params: SiteParams = DEFAULT_PARAMS,
                  stats: LearnStats | None = None) -> int:
    """Write one profile a site (sites below ``params.min_pages`` pages too: an empty profile says the site was
    seen); the number written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for site in sorted(counters):
        profile = SiteProfile.from_counter(site, counters[site], params)
        profile.save(directory / profile_filename(site))
        written += 1
        if stats is not None and not profile.empty:
            stats.profiles += 1
    return written


def open_jsonl(path: str) -> IO[bytes]:
    """A JSONL file (gzip by its magic bytes) as a binary stream."""
    raw = open(path, "rb")
    if raw.read(2) == b"\x1f\x8b":
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    raw.seek(0)
    return raw


def learn_files(paths: list[str], directory: str | Path, *, field_name: str | None = None, url_field: str = "url",
                site_field: str | None = None, input_format: str = "auto", min_pages: int | None = None,
                ) -> LearnStats:
    """Learn every site of some JSONL files and write their profiles into ``directory``."""
    params = DEFAULT_PARAMS if min_pages is None else replace(DEFAULT_PARAMS, min_pages=min_pages)
    counters: dict[str, UnitCounter] = {}
    total = LearnStats()
    for path in paths:
        with open_jsonl(path) as stream:
            found, stats = learn_stream(stream, field_name=field_name, url_field=url_field, site_field=site_field,
                                        input_format=input_format)
        for site, counter in found.items():
            if site in counters:
                counters[site].merge(counter)
            else:
                counters[site] = counter
        for name in ("records", "learned", "no_site", "errors"):
            setattr(total, name, getattr(total, name) + getattr(stats, name))
        total.messages += stats.messages[:5 - len(total.messages)]
    total.sites = len(counters)
    save_profiles(counters, directory, params, total)
    return total


def iter_profiles(directory: str | Path) -> Iterator[SiteProfile]:
    for path in sorted(Path(directory).glob("*.json")):
        yield SiteProfile.load(path)
