"""A line that only points the reader elsewhere for the article or more of it (pointer37; famK family I: 11 strings
on 9 sites of probeK half A, de en pt ru zh, and 2 sites of probeJ half A; plain text and Markdown).

A repost, an aggregator or a news site's feed copy ends (or follows each teaser) with a line that sends the reader to
the article's full or original text: "Read the full article at <address>", "Den vollständigen Artikel finden Sie
unter: <address>", "Читайте на <site>", "Leia mais em <site>", "Read original article here", "阅读原文"; a page
text keeps a button's label whose link was dropped: "展开全文" (expand the full text), "Ver receita" (see the recipe),
"View full coverage". The shape, in any language of ``data/pointer_lines.json``:

- a one-line paragraph (no list item, quotation, heading, code or table; not opened by a quotation mark) of at most
  ``POINTER_LINES.max_chars`` without its addresses;
- a ``source`` pointer opening the line, the rest of which is only one of: nothing, an address or a domain, a link,
  a word of ``targets`` ("here", "hier", "здесь", "our website"), or a site's name of at most
  ``max_name_words`` words (the first and the last capitalised or a domain, short particles between: "Jornal do
  Porto"), each optionally after a word of ``preps`` ("on", "auf", "на");
  a pointer that ends with such a word ("Читайте на", "Continue reading on") needs what follows it; or
- a ``more`` label that is the whole line.

Strength (``rules.RULES``): ``source_credit.pointer_line/link`` (one address with a path on a ``source`` pointer's
line, after it or as its link: the article's address; the middle's strength, and ``result.source_url`` reads it as a
removed credit's link) or ``related.pointer_line`` (the others: a site's name or home page, a label), at the edges;
the same line (addresses left out) ``min_repeats`` times or more in the document (an aggregator's label after each
teaser), the middle's strength too. Pointers to several articles' addresses are a digest's: ``related``, no source.
A sentence that recommends another article ("You can read more about the study in Nature.") does not open with a
pointer; "Read the full article at the library" has lower-case words after the pointer: both stay.

Cost: a single-line paragraph's first characters against one alternation of the pointers (one search a block)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import lru_cache

import regex

from ..datafiles import read_json
from ..model import Block, Finding
from ..patterncache import compile_pattern
from ..rules import EDGE_STRENGTH, POINTER_LINES
from ..scripts import spaced_length
from .base import reaches, rule_finding, with_finding

_URL = compile_pattern(r"(?:https?://|www\.)[^\s)\]>\"']+")
#: an address with a path after its host: the article's, not the site's home page
_ARTICLE_URL = compile_pattern(r"^(?:https?://)?[^/\s]+/[^\s?#]*[^\s/?#]")
_DOMAIN = compile_pattern(r"(?:https?://)?(?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:/\S*)?")
#: the marks that may open the line (a link's bullet or arrow) or close it (a colon, an arrow, an ellipsis)
_LEAD_MARKS = "»›>→▶►•·-–—*#| \t"
_END_MARKS = "»›→▶►>:：.。!！…| \t"
_QUOTES = "\"'“”„«‘’「『"


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    data = read_json("pointer_lines.json")
    fold = str.casefold
    source = sorted({fold(p) for phrases in data["source"].values() for p in phrases}, key=lambda p: (-len(p), p))
    more = frozenset(fold(p) for phrases in data["more"].values() for p in phrases)
    preps = frozenset(fold(p) for p in data["preps"])
    return {
        "source": compile_pattern("^(?:" + "|".join(regex.escape(p) for p in source) + r")(?![\p{L}\p{N}])"),
        "more": more,
        "preps": preps,
        "targets": frozenset(fold(t) for t in data["targets"]),
        "pages": frozenset(fold(t) for t in data["pages"]),
    }


def _target(rest: str) -> str | None:
    """What follows the pointer: "" (nothing), "link" (an address, a domain or a link), "here", "name" (a site's
    name), or None (anything else: a sentence goes on)."""
    vocabulary = _vocabulary()
    rest = rest.strip(_END_MARKS + "-–—(")
    if not rest:
        return ""
    words = rest.split()
    if len(words) > 1 and words[0].casefold() in vocabulary["preps"]:
        rest = " ".join(words[1:]).strip(_END_MARKS)
        words = rest.split()
    if not words:
        return None
    if len(words) == 1 and (_URL.fullmatch(rest) or _DOMAIN.fullmatch(rest)):
        return "link"
    if rest.casefold() in vocabulary["targets"]:
        return "here"
    if words[0].casefold() in vocabulary["pages"]:
        return None  # a print edition's jump ("Read on Page 4"): the article goes on, no site is named
    if len(words) <= POINTER_LINES.max_name_words and _name_word(words[0]) and _name_word(words[-1]) and all(
            _name_word(w) or len(w) <= POINTER_LINES.max_particle_chars for w in words):
        return "name"  # (a short particle inside: "Jornal do Porto", "The Times of Malta")
    return None


def _name_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or _DOMAIN.fullmatch(word) is not None


def pointer_line(block: Block) -> tuple[str, str, str] | None:
    """(kind, variant, cue) when ``block`` is a pointer line, else None. ``variant`` is "link" for a source
    pointer before an article's address."""
    if block.type != "paragraph":
        return None
    plain = block.plain.strip()
    if not plain or "\n" in plain or plain[0] in _QUOTES:
        return None
    if spaced_length(_URL.sub("", plain)) > POINTER_LINES.max_chars:
        return None
    line = plain.lstrip(_LEAD_MARKS)
    folded = line.casefold()
    vocabulary = _vocabulary()
    match = vocabulary["source"].match(folded) if len(folded) == len(line) else None
    if match is not None:
        phrase = match.group()
        target = _target(line[match.end():])
        if target is None or (target == "" and phrase.rsplit(" ", 1)[-1] in vocabulary["preps"]):
            return None
        if _article_url(block) is not None:  # (after it, or as the link of the pointer's own words)
            return "source_credit", "link", phrase
        return "related", "", phrase
    label = folded.rstrip(_END_MARKS)
    if label in vocabulary["more"]:
        return "related", "", label
    return None


def _article_url(block: Block) -> str | None:
    """The block's one address with a path (an article's, not a home page), or None (none, or several)."""
    urls = {link.url for link in block.links if not link.is_image} or set(_URL.findall(block.plain))
    articles = [url for url in urls if _ARTICLE_URL.match(url)]
    return articles[0] if len(articles) == 1 else None


def _visible(block: Block) -> str:
    """The line without its addresses, folded: what repeats after each teaser of an aggregator."""
    return " ".join(_URL.sub(" ", block.plain).casefold().split())


def pointer_findings(blocks: list[Block], findings: list[list[Finding]], kinds: Collection[str]) -> list[list[Finding]]:
    """Findings for the pointer lines (module doc): a copy of ``findings`` with them added."""
    if "source_credit" not in kinds and "related" not in kinds:
        return findings
    found: dict[int, tuple[str, str, str]] = {}
    for i, block in enumerate(blocks):
        # (a line another detector already takes at the edges keeps its finding: "Read the original article." is
        # a source credit's lead)
        if block.type == "paragraph" and len(block.plain) <= POINTER_LINES.block_factor * POINTER_LINES.max_chars \
                and not reaches(findings[i], EDGE_STRENGTH):
            hit = pointer_line(block)
            if hit is not None and hit[0] in kinds:
                found[i] = hit
    if not found:
        return findings
    copies = Counter(_visible(blocks[i]) for i in found)
    # pointers to several articles' addresses: a digest's, none of them the document's source
    digest = len({_article_url(blocks[i]) for i, hit in found.items() if hit[1] == "link"}) > 1
    out = list(findings)
    for i, (kind, variant, cue) in found.items():
        if digest and variant == "link":
            kind, variant = "related", ""
        if not variant and copies[_visible(blocks[i])] >= POINTER_LINES.min_repeats:
            variant = "repeat"
        rule = f"{kind}.pointer_line"
        out[i] = with_finding(findings[i], rule_finding(kind, rule, f"a pointer line: '{cue}'", len(blocks[i].plain),
                                                        variant))
    return out
