"""An article's own reference list: its sources, references, bibliography or notes, in any language.

A blog post's or a news story's list of its sources is links with titles ("## Sources" then "- [Hugo website](…)",
"Fuentes:" then three linked reports), not the bibliographic entries ``structure.REFERENCE_LIKE`` knows (years in
brackets, "et al.", a DOI). By its shape alone such a list is a menu (``navigation.link_run``), a related list
(``related.title_list``) or a credit (``source_credit.credit_line``); its heading says what it is. This module finds
the shape; ``decision.protect_reference_lists`` decides (the list must sit at the end of the article, and an item
with a strong finding of its own still goes).

- a *reference heading*: a short line, alone or the first line of its block, whose whole text (numbering, emphasis,
  brackets and a closing colon stripped; folded) is a heading of ``data/references.json`` ("References", "Sources",
  "Quellen", "Fuentes", "Kaynaklar", "Источники", "参考资料", "출처", "แหล่งที่มา"), or several of them joined
  ("Notes and references", "Fuentes y referencias"). "Related sources" and "More from our sources" are not whole
  matches: a related heading stays a related heading;
- an *item*: a list item, or a line of a paragraph that is a bibliographic reference or opens with a list /
  footnote marker ("[1]", "1.", "-", "^2"), or a short line with a link or an address; in the heading's own
  paragraph (its lines, or the pieces split off it) a name or a title of one sentence too;
- a *titled* item: one that says what it cites (a link's label, a name, a title), not a bare address: a content
  farm's "Source:" credit is one address; a list of bare addresses is no list of titled sources.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..model import Block
from ..rules import REFERENCES
from ..scripts import fold_words, word_count
from .nav_shape import Line, block_lines
from .structure import REFERENCE_LIKE

#: What is stripped from both ends of a heading line before it is looked up: emphasis, brackets, a colon, dashes.
_HEADING_EDGES = " \t*_#:：.·-–—=()[]【】「」『』〔〕<>《》\"'“”«»"
#: A heading's numbering: "5. References", "IV. Notes", "3) Sources", "第五章"-like numbers are not stripped.
_NUMBERING = compile_pattern(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivxlc]{1,5}[.)])\s+")  # ("civil sources" is none)
#: An address in an item (a URL, "www.…", a domain): what is left without it says whether the item has a title.
_ADDRESS = compile_pattern(r"(?:https?|ftp)://\S+|www\.\S+|(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*"
                         r"\.\p{L}{2,}(?:/\S*)?", regex.IGNORECASE)
#: A list or footnote marker opening a raw line: "- ", "* ", "1. ", "2) ", "[3] ", "^4 ", "(5) ", "① ".
_MARKER = compile_pattern(r"^\s*(?:[-*+•·]\s|\d{1,3}[.)]\s|\[\d{1,3}\]|\^\d{1,3}|\(\d{1,3}\)\s|[\u2460-\u2473])")
_LETTER = compile_pattern(r"[\p{L}]")
_TWO_SENTENCES = compile_pattern(r"[.!?]['\"”»)]?\s+[\p{Lu}\p{N}]|[。！？]\s*\S")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], regex.Pattern]:
    """The folded headings, and the pattern that splits a heading at its joiners."""
    data = read_json("references.json")
    headings = frozenset(fold_words(term) for terms in data["headings"].values() for term in terms)
    bare = sorted({fold_words(j) for j in data["joiners"].get("any", ())}, key=lambda j: (-len(j), j))
    words = sorted({fold_words(j) for lang, terms in data["joiners"].items() if lang != "any" for j in terms},
                   key=lambda j: (-len(j), j))
    parts = [r"\s*(?:" + "|".join(regex.escape(j) for j in bare) + r")\s*"] if bare else []
    if words:
        parts.append(r"\s+(?:" + "|".join(regex.escape(j) for j in words) + r")\s+")
    return headings, compile_pattern("|".join(parts) or r"(?!)")


@lru_cache(maxsize=8192)  # (a pure function of the line; a site's pieces meet the same short lines page after page)
def reference_heading(line: str) -> str:
    """The folded reference heading ``line`` is ("" when it is none): the whole line, numbering, emphasis, brackets
    and a closing colon aside, is one heading of ``data/references.json`` or several joined ("Notes and sources")."""
    if not line or len(line) > REFERENCES.heading_max_chars:
        return ""
    folded = fold_words(line).strip(_HEADING_EDGES)
    folded = _NUMBERING.sub("", folded).strip(_HEADING_EDGES)
    if not folded or len(folded.split()) > REFERENCES.heading_max_words:
        return ""
    headings, joiners = _vocabulary()
    if folded in headings:
        return folded
    parts = [part.strip(_HEADING_EDGES) for part in joiners.split(folded)]
    if len(parts) >= 2 and all(part in headings for part in parts):
        return folded
    return ""


def heading_of(block: Block) -> tuple[str, list[str] | None]:
    """(the reference heading ``block`` opens with, the items of the lines after it in the block) for a heading
    block or a short line of its own with no link (a paragraph "Sources:", "**Fuentes**", or "Sources:" over its
    item lines in one text paragraph); ("", None) otherwise. The items are None when a line after the heading is no
    item (a heading over prose)."""
    if block.type not in ("heading", "paragraph"):
        return "", None
    first = block.text.lstrip().split("\n", 1)[0]
    if len(first) > REFERENCES.heading_max_chars * 2 or not reference_heading(first):
        return "", None  # (the line as written, its markup at the ends: most blocks stop here)
    lines = block_lines(block)
    if not lines or lines[0].links:
        return "", None
    heading = reference_heading(lines[0].text)
    if not heading:
        return "", None
    if len(lines) == 1:
        return heading, []
    raw = _raw_lines(block)
    if block.type != "paragraph" or len(raw) != len(lines) or \
            not all(is_item_line(r, line, loose=True) for r, line in zip(raw[1:], lines[1:])):
        return heading, None
    return heading, [line.text for line in lines[1:]]


def _raw_lines(block: Block) -> list[str]:
    return [line for line in block.text.splitlines() if line.strip()]


def is_item_line(raw: str, line: Line, loose: bool = False) -> bool:
    """A line of a reference list: a bibliographic reference, or a line that opens with a list or footnote marker
    (up to ``item_max_chars``), or a short line (``line_max_chars``) with a link or an address. ``loose``: a short
    name or title of one sentence too ("Ministério da Saúde"), for the lines of the heading's own paragraph only (a
    run of short paragraphs under "Reference" is as often a menu). A paragraph of prose, a bio with its website, is
    none."""
    text = line.text
    if len(text) > REFERENCES.item_max_chars:
        return False
    if REFERENCE_LIKE.search(text) or _MARKER.match(raw):
        return True
    return len(text) <= REFERENCES.line_max_chars and (
        bool(line.links or _ADDRESS.search(text)) or loose and not _TWO_SENTENCES.search(text))


def titled(text: str) -> bool:
    """An item that says what it cites: letters left once its addresses and markers are taken out ("Hugo website:
    https://gohugo.io/", "Smith (2019) …"), not a bare address ("https://example.com/post", "example.com")."""
    rest = _ADDRESS.sub(" ", text)
    return len(_LETTER.findall(rest)) >= REFERENCES.title_min_letters


def item_lines(block: Block, loose: bool = False) -> list[str] | None:
    """The texts of the items ``block`` holds (one for a list item; one a line for a paragraph of item lines), or
    None when the block is no part of a reference list (a paragraph of prose, a heading, a table, a rule). ``loose``:
    a line of the heading's own paragraph (``is_item_line``)."""
    if block.type == "list_item":
        text = block.plain.strip()
        return [text] if text and len(text) <= REFERENCES.item_max_chars * 2 else None
    if block.type != "paragraph":
        return None
    raw = _raw_lines(block)
    lines = block_lines(block)
    if not lines or len(raw) != len(lines):
        # (a line that is only markup: the raw and plain lines do not pair; take the block as one item when it is
        # one short line with a link)
        return [block.plain.strip()] if len(lines) == 1 and is_item_line(raw[0] if raw else "", lines[0], loose) \
            else None
    if not all(is_item_line(r, line, loose) for r, line in zip(raw, lines)):
        return None
    return [line.text for line in lines]


@lru_cache(maxsize=1)
def _recommendation_hosts() -> tuple[frozenset[str], tuple[str, ...]]:
    data = read_json("references.json")["recommendation_hosts"]
    return frozenset(data["hosts"]), tuple(data["prefixes"])


def _host(url: str) -> str:
    """The lower-cased host of an absolute http(s) address ("" for a relative one, a fragment, a mail address)."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://", "//")):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def reference_host(host: str) -> bool:
    """A code, package or documentation host (``data/references.json`` "recommendation_hosts")."""
    hosts, prefixes = _recommendation_hosts()
    return host in hosts or any(host.endswith("." + h) for h in hosts) or host.startswith(prefixes)


def _item_host(block: Block) -> tuple[str, bool] | None:
    """(the host an item of a recommendation list links to, whether the item writes its address out): a list item
    (or a one-line paragraph) whose real links all go to one absolute address's host, or that names one bare
    address ("Gleam on GitHub: https://github.com/…"); None when it is no such item."""
    if block.type not in ("list_item", "paragraph") or "\n" in block.plain.strip() \
            or len(block.plain) > REFERENCES.line_max_chars:
        return None
    real = [link for link in block.links if not link.is_image]
    urls = [link.url for link in real] if real else [m.group(0) for m in _BARE_URL.finditer(block.plain)]
    hosts = {_host(url) for url in urls}
    if len(hosts) != 1:
        return None
    host = hosts.pop()
    if not host:
        return None
    shown = not real or all(_URL_TEXT.match(link.text.strip()) for link in real)
    return host, shown


_URL_TEXT = compile_pattern(r"(?:https?://|www\.)\S+$")
_BARE_URL = compile_pattern(r"https?://[^\s<>()\[\]]+")


def recommendation_items(blocks: list[Block], i: int) -> list[int]:
    """The items of the recommendation list led by block ``i`` ([] when there is none): the article's further
    reading, not the site's related posts (md30). The lead is a sentence in the article's own voice that ends with a
    colon, at least ``REFERENCES.lead_min_words`` words with no link ("If you want to build more complex
    drag-and-drop solutions, I recommend these libraries:", "Looking for more on the language? A few useful
    sources:"), over ``min_items`` to ``max_items`` items, each linking to one absolute address; the items' hosts
    are other hosts than the site's: every one a code / package / documentation host (``reference_host``: GitHub,
    PyPI, a "docs." site), or two hosts or more with the items' addresses written out ("Gleam docs:
    https://gleam.run/…", the author's own list). A site's related posts link to its own host (one host, or relative
    addresses) with titles, under a label ("Related posts:", "Read more:") or a sentence ("To learn more about this
    topic, check out:" over two titled links stays a related list)."""
    block = blocks[i]
    plain = block.plain.strip()
    if not plain.endswith((":", "：")) or block.type != "paragraph" or block.links \
            or len(plain) > REFERENCES.lead_max_chars or word_count(plain) < REFERENCES.lead_min_words:
        return []
    items: list[int] = []
    hosts: set[str] = set()
    shown = True
    j = i + 1
    while j < len(blocks) and len(items) <= REFERENCES.max_items:
        item = _item_host(blocks[j])
        if item is None:
            break
        items.append(j)
        hosts.add(item[0])
        shown = shown and item[1]
        j += 1
    if not REFERENCES.min_items <= len(items) <= REFERENCES.max_items:
        return []
    if all(map(reference_host, hosts)) or len(hosts) >= 2 and shown:
        return items
    return []
