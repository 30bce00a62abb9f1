"""Links: what kind a link is (affiliate / tracking / normal) and how to strip its tracking parameters.

The networks and parameters are data (``data/links.json``, documented in docs/links.md), not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .datafiles import read_json

#: Hosts of share / social buttons: a block made only of links to these is a share bar.
SHARE_URL_MARKERS = (
    "facebook.com/sharer", "facebook.com/share", "twitter.com/intent", "twitter.com/share", "x.com/intent",
    "linkedin.com/share", "linkedin.com/sharearticle", "pinterest.com/pin/create", "reddit.com/submit",
    "wa.me/?", "api.whatsapp.com/send", "t.me/share", "tumblr.com/share", "vk.com/share", "mailto:?",
    "plus.google.com/share", "getpocket.com/save", "news.ycombinator.com/submitlink", "buffer.com/add",
)

#: A picture file's extensions, with their dots (tidy39: the one list; a file name alone, a slug's file, a credit's
#: link to a picture are read by them: detectors/image_residue.py, detectors/glued.py, textmeta.credit_source).
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".heic", ".svg", ".bmp", ".tif", ".tiff")
#: The same extensions as a pattern's alternation, without their dots, the longest first ("jpeg" before "jpg").
IMAGE_EXTENSION_PATTERN = "(?:%s)" % "|".join(sorted((e[1:] for e in IMAGE_EXTENSIONS), key=lambda e: (-len(e), e)))


@dataclass(frozen=True, slots=True)
class LinkRules:
    affiliate_hosts: frozenset[str]
    affiliate_params: dict[str, frozenset[str]]  # host marker ("amazon.", "*") -> parameter names
    tracking_params: frozenset[str]
    buy_words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def link_rules() -> LinkRules:
    data = read_json("links.json")
    return LinkRules(
        affiliate_hosts=frozenset(h.lower() for h in data["affiliate_hosts"]),
        affiliate_params={marker.lower(): frozenset(p.lower() for p in params)
                          for marker, params in data["affiliate_params"].items()},
        tracking_params=frozenset(p.lower() for p in data["tracking_params"]),
        buy_words=tuple(w.casefold() for w in data.get("buy_words", ())),
    )


def host_of(url: str) -> str:
    """``url``'s host, lower case, "www." aside; "" when it has none or cannot be read."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def on_hosts(host: str, candidates: frozenset[str]) -> bool:
    """``host`` is one of ``candidates`` (dotted names) or a subdomain of one."""
    if host in candidates:
        return True
    parts = host.split(".")
    return any(".".join(parts[i:]) in candidates for i in range(1, len(parts) - 1))


def _query_keys(url: str) -> set[str]:
    try:
        query = urlsplit(url.strip()).query
    except ValueError:
        return set()
    return {key.lower() for key, _ in parse_qsl(query, keep_blank_values=True)}


def classify_link(url: str) -> str:
    """"affiliate", "tracking" or "normal"."""
    rules = link_rules()
    host = host_of(url)
    if not host:
        return "normal"
    if on_hosts(host, rules.affiliate_hosts) or ".hop.clickbank.net" in f".{host}":
        return "affiliate"
    keys = _query_keys(url)
    if keys:
        for marker, params in rules.affiliate_params.items():
            if (marker == "*" or marker in host) and keys & params:
                return "affiliate"
        if keys & rules.tracking_params or any(key.startswith("utm_") for key in keys):
            return "tracking"
    return "normal"


def strip_tracking(url: str) -> str:
    """The URL without tracking parameters (utm_*, fbclid, gclid, ...); other parameters keep their order."""
    rules = link_rules()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in rules.tracking_params and not k.lower().startswith("utm_")]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept, doseq=True)))


def mentions_buying(text: str) -> bool:
    """Whether a short text reads as a call to buy ("Check the price on Amazon:", "Jetzt kaufen")."""
    lowered = text.casefold()
    return any(word in lowered for word in link_rules().buy_words)


def is_share_url(url: str) -> bool:
    lowered = url.lower()
    return any(marker in lowered for marker in SHARE_URL_MARKERS)


def is_placeholder(url: str) -> bool:
    """``#``, ``javascript:`` and empty targets: links that lead nowhere."""
    stripped = url.strip().lower()
    return stripped in ("", "#") or stripped.startswith("javascript:")
