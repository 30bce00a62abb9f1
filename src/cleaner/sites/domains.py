"""The site of a URL: its registered domain (``www.bbc.co.uk`` -> ``bbc.co.uk``), by the Public Suffix List that
the ``publicsuffixlist`` package bundles (read from the installed package: no network at run time)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit


@lru_cache(maxsize=1)
def _psl():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


@lru_cache(maxsize=65536)
def registered_domain(url: str) -> str | None:
    """The registered domain of a URL (or a bare host name), lowercased; the host itself when it has none (an IP
    address, ``localhost``, a public suffix alone); None when there is no host."""
    if not isinstance(url, str) or not url.strip():
        return None
    text = url.strip()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        pass
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    return _psl().privatesuffix(host) or host
