"""A Markdown post's author from the shapes its own boxes carry (mdfam31; issue 11, probeG FAMILIES.md "Authors").

Read after every other source of ``result.author`` (front matter, bylines, bios, the markup): they are the fallbacks
of a post whose byline is none of the usual shapes.

- ``self_intro_name``: a first-person about-the-author box ("Hi, I'm Jane Doe, a developer who …", "Je m'appelle …",
  "Меня зовут …") gives the capitalised words after its opener (``data/md_authors.json`` ``self_intro``), only in a
  removed author box or call to action: an interview's "I'm Jane" in the body is never read.
- ``by_label_name``: a byline's label alone on its line ("By:", "Autor:") with the name on the next short line (a
  crawler's dump writes the label and the author's link as two blocks), before the first paragraph of prose.
- ``sign_off_name``: a sign-off that names the writer ("З вами був Роман Севастьянов.", "Bis bald, euer Jan") in one of
  the document's last ``MD_META.sign_off_blocks`` blocks with words.

Names are 1-3 capitalised words (``_NAME``: letters of any cased script, hyphens, apostrophes, particles between);
vocabulary in ``data/md_authors.json``, numbers in ``rules.MD_META``."""

from __future__ import annotations

from functools import lru_cache

import regex

from .datafiles import read_json
from .model import Block
from .rules import MD_META

#: A capitalised word of a name (any cased script), then up to two more, particles ("van", "de") between.
_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:(?:van|von|de|da|di|del|der|la|le)\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}")
_OPEN = regex.compile(r"^[\s*_>#]*")
#: The kinds of a removed box a self-introduction is read in (an author box that the edge's run took is "navigation").
_BOX_KINDS = frozenset({"author_bio", "call_to_action", "navigation"})


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    data = read_json("md_authors.json")

    def pattern(groups: dict[str, list[str]]) -> regex.Pattern:
        terms = sorted({term for terms in groups.values() for term in terms}, key=len, reverse=True)
        return regex.compile(r"^(?:" + "|".join(regex.escape(term).replace("'", "['’]") for term in terms)
                             + r")\s*", regex.IGNORECASE)

    return pattern(data["self_intro"]), pattern(data["sign_off"]), frozenset(data["by_labels"])


def _name_after(text: str, opener: regex.Pattern) -> str | None:
    text = _OPEN.sub("", text)
    match = opener.match(text)
    if match is None:
        return None
    name = _NAME.match(text, match.end())
    if name is None:
        return None
    after = text[name.end():name.end() + 1]
    return name.group(0) if not after or not after.isalpha() else None


def self_intro_name(blocks: list[Block], removed: list[bool], kinds: list[str]) -> str | None:
    """The name a removed first-person author box introduces ("Hi, I'm Xiao, a tech enthusiast …" -> "Xiao")."""
    opener = _vocabulary()[0]
    for block, gone, kind in zip(blocks, removed, kinds):
        if gone and kind in _BOX_KINDS and block.type in ("paragraph", "quote", "list_item"):
            name = _name_after(block.plain, opener)
            if name:
                return name
    return None


def sign_off_name(blocks: list[Block]) -> str | None:
    """The writer a sign-off names in the document's last blocks ("З вами був Роман Севастьянов.")."""
    opener = _vocabulary()[1]
    seen = 0
    for block in reversed(blocks):
        if block.type in ("code", "rule", "front_matter") or not block.plain.strip():
            continue
        seen += 1
        if seen > MD_META.sign_off_blocks:
            break
        name = _name_after(block.plain, opener)
        if name:
            return name
    return None


def by_label_name(blocks: list[Block]) -> str | None:
    """The name on the line after a byline label alone ("By:" / "Margaret Doe"), before the first prose paragraph."""
    labels = _vocabulary()[2]
    words = [k for k, block in enumerate(blocks) if block.plain.strip() and block.type not in ("code", "rule")]
    for at, k in enumerate(words):
        plain = blocks[k].plain.strip()
        if len(plain) >= MD_META.prose_chars:
            return None  # the prose begins
        label = plain.rstrip(":： ").casefold()
        if label in labels and plain[-1:] in ":：" and at + 1 < len(words):
            following = blocks[words[at + 1]].plain.strip()
            name = _NAME.fullmatch(following)
            if name and len(following) <= MD_META.name_max_chars:
                return following
    return None
