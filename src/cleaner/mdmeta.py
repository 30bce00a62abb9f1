"""A Markdown post's author from the shapes its own boxes carry (mdfam31; issue 11, probeG FAMILIES.md "Authors").

Read after every other source of ``result.author`` (front matter, bylines, bios, the markup): they are the fallbacks
of a post whose byline is none of the usual shapes.

- ``self_intro_name``: a first-person about-the-author box ("Hi, I'm Jane Doe, a developer who …", "Je m'appelle …",
  "Меня зовут …") gives the capitalised words after its opener (``data/md_authors.json`` ``self_intro``), only in a
  removed author box or call to action: an interview's "I'm Jane" in the body is never read.
- ``by_label_name``: a byline's label alone on its line ("By:", "Autor:") with the name on the next short line (a
  crawler's dump writes the label and the author's link as two blocks), before the first paragraph of prose.
- ``signature_name`` (mdfam32): a signature line right after a removed closing, a name and an identifier ("Jan
  Kowalski 123456", a student's or an employee's number) as the first line of a removed block in the document's last
  ``MD_META.signature_blocks`` blocks with words: the name, without the number. A name in a kept block is never read.
- ``menu_name`` (mdauthor35): the guard of the text path's line bylines when they read Markdown (``result.py``
  ``_markdown_line_author``): a name whose every word the page links as a menu's or a tag's label is no author.
- ``sign_off_name``: a sign-off that names the writer ("З вами був Роман Севастьянов.", "Bis bald, euer Jan") in one of
  the document's last ``MD_META.sign_off_blocks`` blocks with words.

Names are 1-3 capitalised words (``_NAME``: letters of any cased script, hyphens, apostrophes, particles between);
vocabulary in ``data/md_authors.json``, numbers in ``rules.MD_META``."""

from __future__ import annotations

from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .datafiles import read_json
from .model import Block
from .rules import MD_META
from .scripts import fold_marks  # (without accents, lower case: "Pär Öngel" -> "par ongel")

#: A capitalised word of a name (any cased script), and what joins the next one (a blank; a particle between: "van",
#: "de"): ``_NAME``'s and ``_SIGNATURE``'s name
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'’-]+"
_NAME_NEXT = rf"\s+(?:(?:van|von|de|da|di|del|der|la|le)\s+)?{_NAME_WORD}"
#: A name: a capitalised word, then up to two more.
_NAME = compile_pattern(rf"{_NAME_WORD}(?:{_NAME_NEXT}){{0,2}}")
_OPEN = compile_pattern(r"^[\s*_>#]*")
#: A signature line: a name of two or three words, then an identifier of 5-10 digits (a year is no identifier; in
#: brackets or after "#" / "No." / "Nr" too), nothing else.
_SIGNATURE = compile_pattern(rf"(?P<name>{_NAME_WORD}(?:{_NAME_NEXT}){{1,2}})[\s,;–—-]+"
                           r"(?:\(|#|[Nn][Oo]\.?\s*|[Nn][Rr]\.?\s*)?\d{5,10}\)?\s*")
#: The kinds of a removed box a self-introduction is read in (an author box that the edge's run took is "navigation").
_BOX_KINDS = frozenset({"author_bio", "call_to_action", "navigation"})


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    data = read_json("md_authors.json")

    def pattern(groups: dict[str, list[str]]) -> regex.Pattern:
        terms = sorted({term for terms in groups.values() for term in terms}, key=len, reverse=True)
        return compile_pattern(r"^(?:" + "|".join(regex.escape(term).replace("'", "['’]") for term in terms)
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


def signature_name(blocks: list[Block], removed: list[bool], kinds: list[str]) -> str | None:
    """The name of a signature line (a name and an identifier: "Jan Kowalski 123456") that opens a removed block right
    after a removed closing (a call to action), in the document's last blocks."""
    seen = 0
    words = [k for k, block in enumerate(blocks)
             if block.type not in ("code", "rule", "front_matter") and block.plain.strip()]
    for at in range(len(words) - 1, 0, -1):
        seen += 1
        if seen > MD_META.signature_blocks:
            break
        k, before = words[at], words[at - 1]
        if not removed[k] or not removed[before] or kinds[before] != "call_to_action":
            continue
        line = _OPEN.sub("", blocks[k].text.strip().split("\n", 1)[0]).strip()
        if len(line) > MD_META.signature_max_chars:
            continue
        match = _SIGNATURE.fullmatch(line)
        if match is not None:
            return match.group("name")
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


_LINK_WORD = compile_pattern(r"[a-z0-9]+")


def menu_name(name: str, blocks: list[Block]) -> bool:
    """Every word of ``name`` is a link's whole anchor on the page, the name itself none (mdauthor35): a row of
    tags or a menu read as a name ("[Pressemitteilung](/suche?…) [Aktuell](/suche?…)" over "Pressemitteilung
    Aktuell 02. November 2021"). A person's link gives the whole name as its anchor ("By [Jane Doe](…)"), and its
    address says nothing sure (on the tuned pages "mailto:", "/bkuhn", "/mywinfuture,99800.html", "/topics/…"): it
    is not judged. A name of a script without ASCII letters is never judged."""
    words = _LINK_WORD.findall(fold_marks(name))
    if len(words) < 2:
        return False
    anchors = set()
    for block in blocks:
        for link in block.links:
            if not link.is_image:
                anchors.add(" ".join(_LINK_WORD.findall(fold_marks(link.text))))
    return " ".join(words) not in anchors and all(word in anchors for word in words)
